/**
 * One Parley replica for `npm run bench -- --fanout`: the real core (`Core.postDue`: claims,
 * shared builds, the pool) and the real posters, against the parent's rate-limiting fakes, on the
 * shared database. Like the bot's node-cron job it runs a pass every minute (the next one only
 * once the last has finished), its clock starting at the bench's slot. Lines on stdout:
 * `ready`, then `start` and `pass {...}` around each pass; on `stop` (stdin) a `done {...}` with its peak memory.
 *
 *   node --import tsx bench/fanout-replica.ts '<json args>'
 */
import { createInterface } from 'node:readline';
import { createDiscordPoster } from '../src/adapters/discord/discord-poster.js';
import { createSlackPoster } from '../src/adapters/slack/slack-poster.js';
import type { CoreOptions } from '../src/core/core.js';
import { createCore } from '../src/core/create-core.js';
import { type Logger, silentLogger } from '../src/core/logger.js';
import { POST_CONCURRENCY, type RunDueDeps, type RunReport, runDueBriefings, shareBuilds } from '../src/core/schedule/index.js';
import { openStore, storeTarget } from '../src/core/store/open.js';

export interface ReplicaArgs {
  id: string;
  dbPath: string;
  /** PARLEY_DATABASE_URL when the bench runs on PostgreSQL (the store of the pg-write branch). */
  databaseUrl?: string;
  slackApi: string;
  discordApi: string;
  /** The instant the pass starts at (the subscriptions' common due minute). */
  slot: string;
  replicas: number;
  concurrency?: number;
  /**
   * A fixed stand-in briefing instead of the core's (`--stub-briefings`): the claims, leases, pool,
   * posters and limits run as they are, through `runDueBriefings` on the store directly. For
   * PostgreSQL, until the briefing reads are ported there (the core refuses to build one on it).
   */
  stub?: boolean;
}

const args = JSON.parse(process.argv[2]!) as ReplicaArgs;
const say = (line: string) => process.stdout.write(`${line}\n`);

const storeOptions: CoreOptions = { dbPath: args.dbPath, ...(args.databaseUrl ? { databaseUrl: args.databaseUrl } : {}) };
const core = createCore(storeOptions);
const store = args.stub ? await openStore(storeTarget(storeOptions)) : undefined;
/** The stand-in: one message with the title a real briefing has, built once per (dossier, zone, topics, window). */
const stubBuild: RunDueDeps['buildDoc'] = (sub, w) => ({
  title: `${sub.dossier} — briefing for ${w.until.slice(0, 10)}`,
  summary: `${sub.dossier} ${w.since ?? '-'} → ${w.until}`,
  blocks: [{ type: 'paragraph', spans: [{ text: `Topics: ${sub.topics.join(', ') || 'all'}. A stand-in for the briefing, the size of a quiet day's.` }] }],
});
const posters = {
  slack: createSlackPoster({ botToken: 'xoxb-bench-fanout', apiUrl: args.slackApi, logger: silentLogger }),
  discord: createDiscordPoster({ token: 'bench.fanout.token', apiUrl: args.discordApi, logger: silentLogger, replicas: args.replicas }),
};

let started = 0;
let stopping = false;
let running: Promise<void> | undefined;
let timer: NodeJS.Timeout | undefined;

/** Silent, except that it keeps the count of briefings the pass built (Core.postDue logs it at debug). */
let builds = 0;
const passLog: Logger = {
  ...silentLogger,
  debug(obj, msg) {
    if (msg === 'briefings built for the pass') builds = (obj as { builds: number }).builds;
  },
  child: () => passLog,
};

async function pass(): Promise<void> {
  builds = 0;
  const at = new Date(Date.parse(args.slot) + (Date.now() - started));
  const t0 = Date.now();
  say('start');
  const concurrency = args.concurrency ? { concurrency: args.concurrency } : {};
  let r: RunReport;
  if (store) {
    const shared = shareBuilds(stubBuild);
    r = await runDueBriefings(at, { sql: store.sql, buildDoc: shared.buildDoc, posters, runnerId: args.id, logger: silentLogger, concurrency: POST_CONCURRENCY, ...concurrency });
    builds = shared.builds();
  } else {
    r = await core.postDue({ at, posters, runner: args.id, logger: passLog, ...concurrency });
  }
  say(`pass ${JSON.stringify({ at: at.toISOString(), ms: Date.now() - t0, builds, posted: r.posted, skipped: r.skipped, failed: r.failed, gone: r.gone, failures: r.lines.filter((l) => l.outcome === 'failed').slice(0, 3).map((l) => l.detail) })}`);
}

function tick(): void {
  if (stopping || running) return;
  running = pass()
    .catch((err: unknown) => {
      say(`error ${JSON.stringify(String(err))}`);
    })
    .finally(() => {
      running = undefined;
    });
}

say('ready');
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'go') {
    started = Date.now();
    tick();
    timer = setInterval(tick, 60_000);
  } else if (line === 'stop') {
    stopping = true;
    if (timer) clearInterval(timer);
    await running;
    await store?.close();
    await core.close();
    say(`done ${JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}`);
    break;
  }
}
process.exit(0);
