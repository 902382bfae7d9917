/**
 * Two replicas on one database (the SQLite file; PostgreSQL when a server answers), one SIGKILLed in the middle of the morning pass: the other posts
 * what was never claimed at once, leaves the dead one's claims alone while their lease holds, and
 * takes them over after it. Every channel gets its briefing exactly once.
 *
 * Deterministic on a loaded machine: the fake HOLDS replica A's requests once it has answered a
 * few (held requests are not posted; when A is dead they are dropped), and A is killed only once
 * it has recorded every post the fake answered. So A dies with claims in flight whose messages
 * never went out, the case the lease exists for, and no timing decides the outcome.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/create-core.js';
import { LEASE_MS } from '../../src/core/schedule/index.js';
import type { SqlClient } from '../../src/core/store/sql.js';
import { record } from '../faults/ledger.js';
import { SlackFake } from '../support/slack-fake.js';
import { sqliteClientFor } from '../support/store.js';
import { contractStores, type OpenedStore, schemaUrl } from '../support/stores.js';
import { tempDb } from './support/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CHILD = join(import.meta.dirname, 'support', 'replica-child.ts');
const SLOT = Date.parse('2025-03-24T06:00:00Z');
const at = (ms: number) => new Date(SLOT + ms).toISOString();

interface Replica {
  child: ChildProcessWithoutNullStreams;
  next(prefix: string): Promise<string>;
  send(line: string): void;
  exited: Promise<NodeJS.Signals | null>;
}

function startReplica(args: { id: string; dbPath: string; databaseUrl?: string; slackApi: string; token: string }): Replica {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(args)], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PARLEY_ENV_FILE: 'none' } });
  const lines: string[] = [];
  let read = 0;
  let stderr = '';
  createInterface({ input: child.stdout }).on('line', (l) => lines.push(l));
  child.stderr.on('data', (d) => {
    stderr += String(d);
  });
  child.stdin.on('error', () => {});
  const exited = new Promise<NodeJS.Signals | null>((r) => child.on('close', (_code, signal) => r(signal)));
  return {
    child,
    exited,
    send: (line) => child.stdin.write(`${line}\n`),
    // The bound only turns a hang into a failure; it is wide.
    async next(prefix) {
      const deadline = Date.now() + 150_000;
      for (;;) {
        const i = lines.findIndex((l, k) => k >= read && l.startsWith(prefix));
        if (i >= 0) {
          read = i + 1;
          return lines[i]!.slice(prefix.length);
        }
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${args.id}: no "${prefix}" line; stderr:\n${stderr.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

async function until(cond: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

// On the SQLite file, and on PostgreSQL when a server answers (skipped, saying why, when none does).
const stores = await contractStores();

describe.each(stores)('a replica SIGKILLed in the middle of the morning pass, on $name', (store) => {
  it.skipIf(store.skip !== undefined)('the other replica posts the rest at once and the dead one’s claims after their lease: every channel once, none missed', async () => {
    // SQLite: a file the replica processes open; PostgreSQL: a fresh schema of this test's.
    let sql: SqlClient;
    let dbPath = '/nonexistent/unused.db';
    let databaseUrl: string | undefined;
    if (store.name === 'postgres') {
      const opened: OpenedStore = await store.open();
      cleanups.push(() => opened.drop());
      sql = opened.sql;
      databaseUrl = schemaUrl(opened);
    } else {
      const t = tempDb();
      cleanups.push(t.cleanup);
      sql = sqliteClientFor(t.db);
      dbPath = t.dbPath;
    }
    const count = async (where: string) => (await sql.get<{ n: number }>(`SELECT count(*) AS n FROM briefing_posts WHERE ${where}`))!.n;
    const channels = Array.from({ length: 40 }, (_, i) => `CK${String(i).padStart(2, '0')}`);
    const seed = createCore({ dbPath, ...(databaseUrl ? { databaseUrl } : {}), now: () => new Date('2025-03-01T00:00:00Z') });
    for (const c of channels) await seed.subscriptions.subscribe({ platform: 'slack', workspace: 'T1', by: 'U1', channel: c });
    await seed.close();
    const slack = (await new SlackFake().start()).enforceRateLimits();
    cleanups.push(() => slack.stop());

    const A_TOKEN = 'xoxb-replica-a';
    const fromA = (r: { headers: Record<string, unknown> }) => r.headers.authorization === `Bearer ${A_TOKEN}`;
    const ANSWERED_BEFORE_HOLD = 5;
    let seenA = 0;
    slack.hold((r) => r.path === '/api/chat.postMessage' && fromA(r) && ++seenA > ANSWERED_BEFORE_HOLD);

    const where = { dbPath, ...(databaseUrl ? { databaseUrl } : {}) };
    const a = startReplica({ id: 'replica-a', ...where, slackApi: slack.apiUrl, token: A_TOKEN });
    const b = startReplica({ id: 'replica-b', ...where, slackApi: slack.apiUrl, token: 'xoxb-replica-b' });
    cleanups.push(() => {
      for (const r of [a, b]) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
    });
    await Promise.all([a.next('ready'), b.next('ready')]);

    // A starts the pass; once the fake holds its requests, it is mid-post on every worker of its pool.
    a.send(`pass ${at(0)}`);
    const postedByA = () => count("state = 'posted' AND claimed_by LIKE 'replica-a#%'");
    await until(async () => slack.heldRequests().length > 0 && (await postedByA()) === ANSWERED_BEFORE_HOLD);
    a.child.kill('SIGKILL');
    expect(await a.exited).toBe('SIGKILL');
    // The fake sees the dead process's connections close before it lets go of what it held.
    const heldAtKill = slack.heldRequests();
    await until(() => heldAtKill.every((r) => r.clientGone === true));
    slack.release();

    const inFlight = await count("state = 'claimed' AND claimed_by LIKE 'replica-a#%'");
    expect(inFlight).toBeGreaterThan(0);

    // B's pass half a minute later: everything A never claimed; A's claims are still leased.
    b.send(`pass ${at(30_000)}`);
    const first = JSON.parse(await b.next('pass ')) as { posted: number; details: string[] };
    expect(first.posted).toBe(channels.length - ANSWERED_BEFORE_HOLD - inFlight);
    expect(first.details.filter((d) => d.startsWith('in progress: claimed by replica-a#'))).toHaveLength(inFlight);

    // Past the lease: B takes each of A's claims over once and posts it.
    b.send(`pass ${at(LEASE_MS + 60_000)}`);
    const second = JSON.parse(await b.next('pass ')) as { posted: number; details: string[] };
    expect(second.posted).toBe(inFlight);
    expect(second.details.filter((d) => d === 'posted (took over)')).toHaveLength(inFlight);

    // And a later pass finds nothing left to do.
    b.send(`pass ${at(LEASE_MS + 120_000)}`);
    const third = JSON.parse(await b.next('pass ')) as { posted: number; skipped: number };
    expect(third).toMatchObject({ posted: 0, skipped: channels.length });
    b.send('stop');
    await b.exited;

    const heads = (c: string) => slack.postedTo(c).filter((r) => r.body.thread_ts === undefined).length;
    const perChannel = channels.map(heads);
    record({ faults: 1, duplicatesPosted: perChannel.reduce((s, n) => s + Math.max(0, n - 1), 0) });
    expect(perChannel).toEqual(channels.map(() => 1));
    // A's held messages never went out; some of its claims had not even sent theirs.
    expect(slack.requests.filter((r) => r.dropped)).toHaveLength(heldAtKill.length);
    expect(heldAtKill.length).toBeLessThanOrEqual(inFlight);
    expect(await count("state = 'posted'")).toBe(channels.length);
  });
});
