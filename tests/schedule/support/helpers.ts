import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../../../src/core/logger.js';
import type { Doc } from '../../../src/core/render/doc.js';
import { type PostTarget, type Poster, type RunDueDeps, type RunReport, runDueBriefings } from '../../../src/core/schedule/index.js';
import { createSubscriptions, type SubscribeInput, type Subscription } from '../../../src/core/schedule/subscriptions.js';
import { type Db, openDb } from '../../../src/core/store/db.js';
import { sqliteClientFor } from '../../support/store.js';

/** A real SQLite file in a fresh temp folder. */
export function tempDb(): { db: Db; dbPath: string; dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'parley-schedule-'));
  const dbPath = join(dir, 'parley.db');
  const db = openDb(dbPath);
  return {
    db,
    dbPath,
    dir,
    cleanup() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A post a fake poster received. */
export interface Posted {
  target: PostTarget;
  doc: Doc;
  /** The fake clock when the runner posted (the run's `now`). */
  at: string;
}

/** A poster that records posts; `script` decides per call (1-based per channel) to throw instead. */
export function fakePoster(script: (target: PostTarget, call: number) => Error | undefined = () => undefined) {
  const posts: Posted[] = [];
  const calls = new Map<string, number>();
  let clock = '';
  const poster: Poster = {
    async post(target, doc) {
      const n = (calls.get(target.channel) ?? 0) + 1;
      calls.set(target.channel, n);
      const err = script(target, n);
      if (err) throw err;
      posts.push({ target, doc, at: clock });
    },
  };
  return {
    poster,
    posts,
    calls: (channel: string) => calls.get(channel) ?? 0,
    setClock(iso: string) {
      clock = iso;
    },
  };
}

/** A cheap stand-in for the real briefing: the tests of timing only need the window. */
export const windowDoc: RunDueDeps['buildDoc'] = (sub, w) => ({
  title: `briefing ${sub.channel}`,
  summary: `${sub.channel} ${w.since ?? '-'} → ${w.until}`,
  blocks: [],
});

/** A logger that keeps warnings and errors for assertions. */
export function recordingLogger(): Logger & { lines: { level: string; msg?: string; obj: object }[] } {
  const lines: { level: string; msg?: string; obj: object }[] = [];
  const make = (): Logger => ({
    debug() {},
    info() {},
    warn: (obj, msg) => lines.push({ level: 'warn', obj, ...(msg ? { msg } : {}) }),
    error: (obj, msg) => lines.push({ level: 'error', obj, ...(msg ? { msg } : {}) }),
    child: () => make(),
  });
  return Object.assign(make(), { lines });
}

/** Subscribes with a fixed clock and the repo's dossiers. */
export async function subscribe(db: Db, input: Partial<SubscribeInput> & { channel: string }): Promise<Subscription> {
  const subs = createSubscriptions(sqliteClientFor(db), { now: () => new Date('2025-03-01T00:00:00Z') });
  return (await subs.subscribe({ platform: 'slack', workspace: 'T1', by: 'U1', ...input })).subscription;
}

export const noSleep = async (_ms: number): Promise<void> => {};

/** Runs one pass with fakes, the clock at `iso`. */
export function runAt(iso: string, deps: Partial<Omit<RunDueDeps, 'sql'>> & Pick<RunDueDeps, 'posters'> & { db: Db }): Promise<RunReport> {
  const { db, ...rest } = deps;
  return runDueBriefings(new Date(iso), {
    sql: sqliteClientFor(db),
    buildDoc: windowDoc,
    logger: recordingLogger(),
    runnerId: 'test',
    sleep: noSleep,
    random: () => 0.5,
    ...rest,
  });
}

/**
 * Drives the runner every `stepMinutes` from `from` to `to` (like node-cron would) and returns
 * every post with the fake instant it happened at.
 */
export async function sweep(db: Db, from: string, to: string, stepMinutes = 1): Promise<Posted[]> {
  const fake = fakePoster();
  for (let t = Date.parse(from); t <= Date.parse(to); t += stepMinutes * 60_000) {
    const iso = new Date(t).toISOString();
    fake.setClock(iso);
    await runAt(iso, { db, posters: { slack: fake.poster, discord: fake.poster } });
  }
  return fake.posts;
}
