/**
 * One scheduler process for the multi-process tests, run as
 * `node --import tsx runner-child.ts '<json>'`. It opens the shared SQLite file itself (its own
 * connection, its own migrations race), says it is ready (a file), waits for the go file the test
 * writes once every runner is ready, runs one pass and prints the report as JSON. A barrier, not a
 * start instant: on a busy machine a runner may take seconds to start. mode `crash` kills itself with SIGKILL inside the first post: the
 * claim is written, the outcome never is.
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { silentLogger } from '../../../src/core/logger.js';
import { runDueBriefings } from '../../../src/core/schedule/index.js';
import { openDb } from '../../../src/core/store/db.js';
import { createSqliteClient } from '../../../src/core/store/sql.js';

interface ChildArgs {
  dbPath: string;
  now: string;
  log: string;
  mode: 'post' | 'crash';
  /** Written by this runner once it is ready; absent: start at once. */
  ready?: string;
  /** Waited for before the pass. */
  go?: string;
  runnerId: string;
}

const args = JSON.parse(process.argv[2]!) as ChildArgs;
const db = openDb(args.dbPath);
if (args.ready && args.go) {
  writeFileSync(args.ready, '');
  while (!existsSync(args.go)) await delay(5);
}

const report = await runDueBriefings(new Date(args.now), {
  sql: createSqliteClient(db),
  runnerId: args.runnerId,
  logger: silentLogger,
  concurrency: 3,
  buildDoc: (sub, w) => ({ summary: `${sub.channel} ${w.since} → ${w.until}`, blocks: [] }),
  posters: {
    slack: {
      async post(target, doc) {
        if (args.mode === 'crash') process.kill(process.pid, 'SIGKILL');
        // A little real latency so the two processes' runs interleave.
        await delay(Math.floor(Math.random() * 4));
        appendFileSync(args.log, `${JSON.stringify({ runner: args.runnerId, channel: target.channel, summary: doc.summary })}\n`);
      },
    },
  },
});
db.close();
process.stdout.write(JSON.stringify(report));
