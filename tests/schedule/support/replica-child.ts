/**
 * One Parley replica for the kill test, run as `node --import tsx replica-child.ts '<json>'`: the
 * real core (`Core.postDue`: claims and leases, the pool, shared builds) and the real Slack poster
 * against the test's fake, on the shared SQLite file or PostgreSQL schema. It prints `ready`, then runs one pass per
 * `pass ISO` line on stdin and prints `pass {…}` with the report; `stop` closes it.
 */
import { createInterface } from 'node:readline';
import { createSlackPoster } from '../../../src/adapters/slack/slack-poster.js';
import { createCore } from '../../../src/core/create-core.js';
import { silentLogger } from '../../../src/core/logger.js';

interface ReplicaArgs {
  id: string;
  dbPath: string;
  /** Set: the replicas share this PostgreSQL database (a schema of the test's) instead of the file. */
  databaseUrl?: string;
  slackApi: string;
  token: string;
}

const args = JSON.parse(process.argv[2]!) as ReplicaArgs;
const say = (line: string) => process.stdout.write(`${line}\n`);
const core = createCore({ dbPath: args.dbPath, ...(args.databaseUrl ? { databaseUrl: args.databaseUrl } : {}) });
const posters = { slack: createSlackPoster({ botToken: args.token, apiUrl: args.slackApi, logger: silentLogger }) };

say('ready');
for await (const line of createInterface({ input: process.stdin })) {
  const [cmd, at] = line.split(' ');
  if (cmd === 'pass' && at) {
    const r = await core.postDue({ at: new Date(at), posters, runner: args.id, logger: silentLogger });
    say(`pass ${JSON.stringify({ posted: r.posted, skipped: r.skipped, failed: r.failed, details: r.lines.map((l) => l.detail) })}`);
  } else if (cmd === 'stop') {
    break;
  }
}
await core.close();
process.exit(0);
