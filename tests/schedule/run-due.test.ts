import { afterEach, describe, expect, it } from 'vitest';
import { createSubscriptions } from '../../src/core/schedule/subscriptions.js';
import { LEASE_MS, MAX_ATTEMPTS_PER_DAY, PostError, runDueBriefings } from '../../src/core/schedule/run-due.js';
import type { Db } from '../../src/core/store/db.js';
import { fakePoster, noSleep, recordingLogger, runAt, subscribe, tempDb, windowDoc } from './support/helpers.js';
import { sqliteClientFor } from '../support/store.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function fresh(): Db {
  const t = tempDb();
  cleanups.push(t.cleanup);
  return t.db;
}

/** 08:00 in Kyiv on 24 March 2025 (UTC+2). */
const SLOT = '2025-03-24T06:00:00.000Z';
const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

function postRow(db: Db, subId: number, date = '2025-03-24') {
  return db
    .prepare<[number, string], { state: string; attempts: number; takeovers: number; claimed_by: string; error: string | null; next_attempt_at: string | null }>(
      'SELECT state, attempts, takeovers, claimed_by, error, next_attempt_at FROM briefing_posts WHERE subscription_id = ? AND local_date = ?',
    )
    .get(subId, date);
}

describe('runDueBriefings: when a subscription is due', () => {
  it('posts nothing before the local time, then exactly once however often it runs that day', async () => {
    const db = fresh();
    await subscribe(db, { channel: 'C1' });
    const fake = fakePoster();
    const before = await runAt(at(SLOT, -1), { db, posters: { slack: fake.poster } });
    expect(before).toMatchObject({ posted: 0, notDue: 1, lines: [] });
    const first = await runAt(SLOT, { db, posters: { slack: fake.poster } });
    expect(first.posted).toBe(1);
    expect(first.lines[0]).toMatchObject({ destination: 'slack:T1:C1', localDate: '2025-03-24', outcome: 'posted' });
    for (const m of [1, 30, 600, 890]) {
      const again = await runAt(at(SLOT, m), { db, posters: { slack: fake.poster } });
      expect(again).toMatchObject({ posted: 0, skipped: 1 });
      expect(again.lines[0]!.detail).toMatch(/^already posted at /);
    }
    expect(fake.posts).toHaveLength(1);
    expect(fake.posts[0]!.target).toEqual({ workspace: 'T1', channel: 'C1' });
  });

  it('covers each day from where the previous post ended, and records it in briefings_sent for the channel', async () => {
    const db = fresh();
    await subscribe(db, { channel: 'C1' });
    const fake = fakePoster();
    const r1 = await runAt(SLOT, { db, posters: { slack: fake.poster } });
    const r2 = await runAt('2025-03-25T06:00:00Z', { db, posters: { slack: fake.poster } });
    expect(r1.lines[0]!.window).toEqual({ start: '2025-03-23T06:00:00.000Z', end: SLOT, catchUp: false });
    expect(r2.lines[0]!.window).toEqual({ start: SLOT, end: '2025-03-25T06:00:00.000Z', catchUp: false });
    const sent = db.prepare('SELECT destination, window_start, window_end FROM briefings_sent ORDER BY window_end').all();
    expect(sent).toEqual([
      { destination: 'slack:T1:C1', window_start: '2025-03-23T06:00:00.000Z', window_end: SLOT },
      { destination: 'slack:T1:C1', window_start: SLOT, window_end: '2025-03-25T06:00:00.000Z' },
    ]);
  });

  it('after a three-day outage posts ONE catch-up covering the whole gap, claimed for today only', async () => {
    const db = fresh();
    const sub = await subscribe(db, { channel: 'C1' });
    const fake = fakePoster();
    await runAt('2025-03-20T06:00:00Z', { db, posters: { slack: fake.poster } });
    // Down from the 20th's post until 09:12 local on the 24th: the 21st, 22nd and 23rd were missed.
    const back = await runAt('2025-03-24T07:12:00Z', { db, posters: { slack: fake.poster } });
    expect(back.posted).toBe(1);
    expect(back.lines[0]!.window).toEqual({ start: '2025-03-20T06:00:00.000Z', end: '2025-03-24T07:12:00.000Z', catchUp: true });
    expect(back.lines[0]!.detail).toContain('catch-up');
    await runAt('2025-03-24T08:00:00Z', { db, posters: { slack: fake.poster } });
    expect(fake.posts).toHaveLength(2);
    const dates = db.prepare<[number], { local_date: string }>('SELECT local_date FROM briefing_posts WHERE subscription_id = ? ORDER BY 1').all(sub.id);
    expect(dates.map((d) => d.local_date)).toEqual(['2025-03-20', '2025-03-24']);
  });

  it('unsubscribing removes the channel from later runs along with its post history', async () => {
    const db = fresh();
    await subscribe(db, { channel: 'C1' });
    const fake = fakePoster();
    await runAt(SLOT, { db, posters: { slack: fake.poster } });
    await createSubscriptions(sqliteClientFor(db)).unsubscribe({ platform: 'slack', workspace: 'T1', channel: 'C1' });
    const r = await runAt('2025-03-25T06:00:00Z', { db, posters: { slack: fake.poster } });
    expect(r).toMatchObject({ posted: 0, notDue: 0, lines: [] });
    expect(db.prepare<[], { n: number }>('SELECT count(*) AS n FROM briefing_posts').get()!.n).toBe(0);
  });

  it('leaves a subscription of a platform this process cannot post to unclaimed, for a process that can', async () => {
    const db = fresh();
    await subscribe(db, { channel: 'D1', platform: 'discord', workspace: 'G1' });
    const slackOnly = await runAt(SLOT, { db, posters: { slack: fakePoster().poster } });
    expect(slackOnly.lines[0]).toMatchObject({ outcome: 'skipped', detail: 'no discord poster in this process' });
    const discord = fakePoster();
    expect((await runAt(at(SLOT, 1), { db, posters: { discord: discord.poster } })).posted).toBe(1);
    expect(discord.posts[0]!.target).toEqual({ workspace: 'G1', channel: 'D1' });
  });
});

describe('runDueBriefings: platform errors', () => {
  it('waits Retry-After on a 429, then posts', async () => {
    const db = fresh();
    await subscribe(db, { channel: 'C1' });
    const fake = fakePoster((_t, n) => (n === 1 ? new PostError('rate-limited', 'HTTP 429', { retryAfterMs: 1_500 }) : undefined));
    const sleeps: number[] = [];
    const r = await runAt(SLOT, { db, posters: { slack: fake.poster }, sleep: async (ms) => void sleeps.push(ms) });
    expect(sleeps).toEqual([1_500]);
    expect(r.lines[0]).toMatchObject({ outcome: 'posted', attempts: 2, detail: 'posted after 2 attempts' });
    expect(fake.posts).toHaveLength(1);
  });

  it('hands a long Retry-After to a later run instead of holding the claim through it', async () => {
    const db = fresh();
    await subscribe(db, { channel: 'C1' });
    const fake = fakePoster((_t, n) => (n === 1 ? new PostError('rate-limited', 'HTTP 429', { retryAfterMs: 10 * 60_000 }) : undefined));
    const sleeps: number[] = [];
    const r = await runAt(SLOT, { db, posters: { slack: fake.poster }, sleep: async (ms) => void sleeps.push(ms) });
    expect(sleeps).toEqual([]);
    expect(r.lines[0]!.detail).toMatch(/^HTTP 429; asked to wait 600 s, retrying after 2025-03-24T06:10:00/);
    expect((await runAt(at(SLOT, 5), { db, posters: { slack: fake.poster } })).posted).toBe(0);
    expect((await runAt(at(SLOT, 11), { db, posters: { slack: fake.poster } })).posted).toBe(1);
    expect(fake.posts).toHaveLength(1);
  });

  it('retries 5xx twice with growing, jittered, capped backoff, then posts', async () => {
    const db = fresh();
    await subscribe(db, { channel: 'C1' });
    const fake = fakePoster((_t, n) => (n <= 2 ? new PostError('transient', 'HTTP 503') : undefined));
    const sleeps: number[] = [];
    const r = await runAt(SLOT, { db, posters: { slack: fake.poster }, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 });
    expect(sleeps).toEqual([750, 1_500]);
    expect(r.lines[0]).toMatchObject({ outcome: 'posted', attempts: 3 });
    // Jitter keeps each wait between half and all of its exponential step.
    const lo: number[] = [];
    const hi: number[] = [];
    const failing = fakePoster(() => new PostError('transient', 'ECONNRESET'));
    const db2 = fresh();
    await subscribe(db2, { channel: 'C1' });
    await runAt(SLOT, { db: db2, posters: { slack: failing.poster }, sleep: async (ms) => void lo.push(ms), random: () => 0 });
    const db3 = fresh();
    await subscribe(db3, { channel: 'C1' });
    await runAt(SLOT, { db: db3, posters: { slack: failing.poster }, sleep: async (ms) => void hi.push(ms), random: () => 0.999999 });
    expect(lo).toEqual([500, 1_000, 2_000]);
    expect(hi).toEqual([1_000, 2_000, 4_000]);
  });

  it('gives up after 4 attempts in a run, retries in a run 5 minutes later, and stops for the day after 12 attempts', async () => {
    const db = fresh();
    const sub = await subscribe(db, { channel: 'C1' });
    const fake = fakePoster(() => new Error('socket hang up'));
    const r1 = await runAt(SLOT, { db, posters: { slack: fake.poster } });
    expect(r1.lines[0]).toMatchObject({ outcome: 'failed', attempts: 4, detail: 'socket hang up after 4 attempts' });
    const r2 = await runAt(at(SLOT, 1), { db, posters: { slack: fake.poster } });
    expect(r2.lines[0]!.outcome).toBe('skipped');
    expect(fake.calls('C1')).toBe(4);
    for (let m = 2; m <= 120; m++) await runAt(at(SLOT, m), { db, posters: { slack: fake.poster } });
    expect(fake.calls('C1')).toBe(MAX_ATTEMPTS_PER_DAY);
    expect(postRow(db, sub.id)).toMatchObject({ state: 'failed', next_attempt_at: null, attempts: MAX_ATTEMPTS_PER_DAY });
    const last = await runAt(at(SLOT, 600), { db, posters: { slack: fake.poster } });
    expect(last.lines[0]!.detail).toMatch(/^gave up for today/);
  });

  it('recovers on a later run once the platform does', async () => {
    const db = fresh();
    await subscribe(db, { channel: 'C1' });
    let down = true;
    const fake = fakePoster(() => (down ? new PostError('transient', 'HTTP 502') : undefined));
    await runAt(SLOT, { db, posters: { slack: fake.poster } });
    down = false;
    const r = await runAt(at(SLOT, 6), { db, posters: { slack: fake.poster } });
    expect(r.lines[0]).toMatchObject({ outcome: 'posted', detail: 'posted (re-claimed)' });
    expect(fake.posts).toHaveLength(1);
  });

  it('marks a channel the bot can no longer post to unreachable, reports it in list, and does not retry it', async () => {
    const db = fresh();
    await subscribe(db, { channel: 'C1' });
    const fake = fakePoster(() => new PostError('gone', 'channel_not_found'));
    const r = await runAt(SLOT, { db, posters: { slack: fake.poster } });
    expect(r).toMatchObject({ gone: 1, posted: 0 });
    expect(r.lines[0]).toMatchObject({ outcome: 'gone', detail: 'channel unreachable: channel_not_found', attempts: 1 });
    const listed = await createSubscriptions(sqliteClientFor(db)).list('slack', 'T1');
    expect(listed[0]).toMatchObject({ status: 'unreachable', statusReason: 'channel_not_found' });
    for (const t of [at(SLOT, 1), at(SLOT, 60), '2025-03-25T06:00:00Z', '2025-03-26T06:00:00Z']) {
      const again = await runAt(t, { db, posters: { slack: fake.poster } });
      expect(again.lines[0]).toMatchObject({ outcome: 'skipped', detail: 'channel unreachable: channel_not_found' });
    }
    expect(fake.calls('C1')).toBe(1);
    // Re-subscribing once the bot is back in the channel makes it active again.
    await subscribe(db, { channel: 'C1' });
    const ok = fakePoster();
    expect((await runAt('2025-03-26T06:05:00Z', { db, posters: { slack: ok.poster } })).posted).toBe(1);
  });

  it('keeps channels isolated: a gone, a fatal, a throwing builder and a flaky channel do not stop the others', async () => {
    const db = fresh();
    for (const c of ['A', 'GONE', 'FATAL', 'BUILD', 'FLAKY', 'Z']) await subscribe(db, { channel: c });
    const fake = fakePoster((t, n) => {
      if (t.channel === 'GONE') return new PostError('gone', 'is_archived');
      if (t.channel === 'FATAL') return new PostError('fatal', 'invalid_blocks');
      if (t.channel === 'FLAKY' && n < 3) return new PostError('transient', 'HTTP 500');
      return undefined;
    });
    const r = await runDueBriefings(new Date(SLOT), {
      sql: sqliteClientFor(db),
      posters: { slack: fake.poster },
      buildDoc: (sub, w) => {
        if (sub.channel === 'BUILD') throw new Error('disk I/O error');
        return windowDoc(sub, w);
      },
      logger: recordingLogger(),
      runnerId: 'test',
      sleep: noSleep,
      concurrency: 2,
    });
    expect(Object.fromEntries(r.lines.map((l) => [l.destination.split(':')[2], l.outcome]))).toEqual({
      A: 'posted',
      GONE: 'gone',
      FATAL: 'failed',
      BUILD: 'failed',
      FLAKY: 'posted',
      Z: 'posted',
    });
    expect(r).toMatchObject({ posted: 3, failed: 2, gone: 1, skipped: 0 });
    expect(fake.posts.map((p) => p.target.channel).sort()).toEqual(['A', 'FLAKY', 'Z']);
    // A fatal refusal is not retried later the same day.
    const later = await runAt(at(SLOT, 30), { db, posters: { slack: fake.poster } });
    expect(later.lines.find((l) => l.destination.endsWith(':FATAL'))!.detail).toBe('gave up for today: invalid_blocks');
  });
});

describe('runDueBriefings: claims, leases and takeovers', () => {
  function strandClaim(db: Db, subId: number, claimedAt: string, takeovers = 0): void {
    db.prepare(
      `INSERT INTO briefing_posts (subscription_id, local_date, claimed_at, claimed_by, lease_until, takeovers, state)
       VALUES (?, '2025-03-24', ?, 'crashed#1', ?, ?, 'claimed')`,
    ).run(subId, claimedAt, new Date(Date.parse(claimedAt) + LEASE_MS).toISOString(), takeovers);
  }

  it('leaves a claim alone while its lease holds (the owner may still be posting)', async () => {
    const db = fresh();
    const sub = await subscribe(db, { channel: 'C1' });
    strandClaim(db, sub.id, SLOT);
    const fake = fakePoster();
    const r = await runAt(at(SLOT, 9), { db, posters: { slack: fake.poster } });
    expect(r.lines[0]!.detail).toMatch(/^in progress: claimed by crashed#1 until /);
    expect(fake.posts).toHaveLength(0);
  });

  it('takes over a claim whose lease expired exactly once, then the date is done', async () => {
    const db = fresh();
    const sub = await subscribe(db, { channel: 'C1' });
    strandClaim(db, sub.id, SLOT);
    const fake = fakePoster();
    const logger = recordingLogger();
    const r = await runAt(at(SLOT, 11), { db, posters: { slack: fake.poster }, logger });
    expect(r.lines[0]).toMatchObject({ outcome: 'posted', detail: 'posted (took over)' });
    expect(logger.lines.some((l) => l.msg?.startsWith('taking over an expired claim'))).toBe(true);
    expect(postRow(db, sub.id)).toMatchObject({ state: 'posted', takeovers: 1 });
    await runAt(at(SLOT, 30), { db, posters: { slack: fake.poster } });
    expect(fake.posts).toHaveLength(1);
  });

  it('does not take over a second time: a runner that keeps crashing on a channel cannot flood it', async () => {
    const db = fresh();
    const sub = await subscribe(db, { channel: 'C1' });
    strandClaim(db, sub.id, SLOT, 1);
    const fake = fakePoster();
    const r = await runAt(at(SLOT, 60), { db, posters: { slack: fake.poster } });
    expect(r.lines[0]!.detail).toMatch(/already taken over once/);
    expect(fake.posts).toHaveLength(0);
    // Nothing is lost: the next day's post covers from the last POSTED window end (catch-up if > 36 h).
    await runAt('2025-03-23T06:00:00Z', { db, posters: { slack: fake.poster } });
    const next = await runAt('2025-03-25T06:00:00Z', { db, posters: { slack: fake.poster } });
    expect(next.lines[0]!.window).toMatchObject({ start: '2025-03-23T06:00:00.000Z', catchUp: true });
  });

  it('a runner paused past its lease finds the claim taken over and does not post behind the new owner', async () => {
    const db = fresh();
    await subscribe(db, { channel: 'C1' });
    const fake = fakePoster((_t, n) => (n === 1 ? new PostError('transient', 'HTTP 503') : undefined));
    let second: Awaited<ReturnType<typeof runAt>> | undefined;
    const first = await runAt(SLOT, {
      db,
      posters: { slack: fake.poster },
      runnerId: 'slow',
      // While the first runner waits to retry, another process runs after the lease has expired.
      sleep: async () => {
        second = await runAt(at(SLOT, 11), { db, posters: { slack: fake.poster }, runnerId: 'fast' });
      },
    });
    expect(second!.lines[0]).toMatchObject({ outcome: 'posted', detail: 'posted (took over)' });
    expect(first.lines[0]).toMatchObject({ outcome: 'skipped', detail: 'claim taken over by another runner before posting' });
    expect(fake.posts).toHaveLength(1);
  });
});
