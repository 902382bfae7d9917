import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { Doc } from '../render/doc.js';
import {
  type BriefingClaim,
  briefingAttempts,
  briefingPost,
  claimBriefing,
  lastPostedWindowEnd,
  lastSentWindowEnd,
  reclaimBriefing,
  recordBriefingFailed,
  recordBriefingGone,
  recordBriefingPosted,
  renewBriefingClaim,
  takeOverBriefing,
} from '../store/briefing-posts.js';
import type { SqlClient } from '../store/sql.js';
import { allSubscriptions } from '../store/subscriptions.js';
import { localDate, zonedTime } from '../time.js';
import { type Platform, type Subscription, toSubscription } from './subscriptions.js';

/**
 * The exactly-once rule, in one place.
 *
 * A post is keyed by (subscription, local date) in `briefing_posts`. A runner first CLAIMS the
 * key with `INSERT … ON CONFLICT DO NOTHING` and only posts when its insert changed a row; the
 * unique key (SQLite serialising writers, PostgreSQL's unique index) lets exactly one of two
 * processes or replicas win. The outcome (posted, failed, gone) is written after the post. The
 * statements are in store/briefing-posts.ts.
 *
 * The crash case is the only hard one: a claim left in `claimed` means the runner died between
 * claiming and recording, and nobody knows whether the message reached the channel. We choose
 * **at-most-once within a lease, then exactly one takeover**:
 * - a claim carries `lease_until`; while it holds, nobody else touches the key, and the owner
 *   renews it before every attempt (and gives up if the renewal finds the key taken over, so a
 *   runner that was paused past its lease never posts behind the new owner's back);
 * - once the lease has expired, ONE later run may take the claim over (`takeovers` 0 → 1, a
 *   compare-and-swap) and post. A crash before the HTTP call (building the briefing, network
 *   setup) is far likelier than one in the few microseconds between a 2xx and the outcome write,
 *   so a takeover turns a probable miss into a post, at the price of a rare duplicate;
 * - a claim that was already taken over and is stuck again is left alone for the day: a process
 *   crashing repeatedly on this channel would otherwise post over and over. Nothing is lost by
 *   that: the next day's window starts at the last POSTED window end, so its briefing covers the
 *   missed day (labelled catch-up when the gap exceeds 36 h).
 */
export const LEASE_MS = 10 * 60_000;
/** How many times an expired claim may be taken over (see above). */
export const MAX_TAKEOVERS = 1;
/** Post attempts within one run: the first plus three retries. */
export const MAX_ATTEMPTS_PER_RUN = 4;
/** Post attempts per subscription and local date across runs, so a broken channel is not retried all day. */
export const MAX_ATTEMPTS_PER_DAY = 12;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;
/** A Retry-After longer than this ends the run's attempts (the lease must cover one wait); a later run retries. */
const MAX_WAIT_IN_RUN_MS = 2 * 60_000;
/** A run whose attempts all failed transiently hands over to a run at least this much later. */
const RETRY_LATER_MS = 5 * 60_000;
/** Mirrors briefingWindow: a gap of more than a day and a half is a catch-up. */
const CATCH_UP_AFTER_MS = 36 * 3_600_000;
const DAY_MS = 86_400_000;

/** How a platform refused a post; adapters map their HTTP/API errors onto these kinds. */
export type PostErrorKind = 'rate-limited' | 'transient' | 'gone' | 'fatal';

/**
 * The error a `Poster` throws. `rate-limited` (429: wait `retryAfterMs`), `transient` (5xx,
 * network, timeout: retry with backoff), `gone` (channel deleted or archived, bot removed,
 * permission missing: mark the subscription unreachable, stop), `fatal` (a request the
 * platform will never accept, e.g. an invalid payload: stop for today).
 * Anything else a poster throws is treated as `transient`.
 */
export class PostError extends Error {
  override readonly name = 'PostError';
  readonly kind: PostErrorKind;
  /** For `rate-limited`: how long the platform asked us to wait. */
  readonly retryAfterMs: number | undefined;

  constructor(kind: PostErrorKind, message: string, opts: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, opts.cause !== undefined ? { cause: opts.cause } : undefined);
    this.kind = kind;
    this.retryAfterMs = opts.retryAfterMs;
  }
}

/** Where a post goes, in the platform's own ids. */
export interface PostTarget {
  /** Slack team id or Discord guild id. */
  workspace: string;
  channel: string;
}

/** The port each adapter implements for scheduled posts. */
export interface Poster {
  /**
   * Posts one Doc (split into continuation messages/thread replies as the platform needs).
   * Must settle well within `LEASE_MS` (use a request timeout) and throw `PostError` on failure.
   */
  post(target: PostTarget, doc: Doc): Promise<void>;
}

/** The window handed to `buildDoc`: ISO instants; `since` is always given by this runner. */
export interface PostWindow {
  since?: string;
  until: string;
}

/** What `runDueBriefings` needs; everything with a side effect is injected. */
export interface RunDueDeps {
  /** The store holding subscriptions and claims. */
  sql: SqlClient;
  /** Builds the channel's briefing for the window (see `scheduledBriefingDoc`). */
  buildDoc(sub: Subscription, window: PostWindow): Doc | Promise<Doc>;
  /** One poster per configured platform; subscriptions of an unconfigured platform are skipped unclaimed. */
  posters: Partial<Record<Platform, Poster>>;
  logger: Logger;
  /** Names this process in claims (e.g. `host:pid`); each run adds a random suffix so claims never alias. */
  runnerId: string;
  /** Waits between retries; tests pass a fake that returns at once. */
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source in [0, 1). */
  random?: () => number;
  /** Channels posted in parallel; each is isolated either way. Default 4. */
  concurrency?: number;
}

/** What happened to one subscription in a run. */
export type RunOutcome = 'posted' | 'skipped' | 'failed' | 'gone';

/** One subscription's line in a run report. */
export interface RunLine {
  subscriptionId: number;
  destination: string;
  dossier: string;
  localDate: string;
  outcome: RunOutcome;
  /** Why, in words: "already posted at …", "HTTP 503 after 4 attempts", … */
  detail: string;
  /** Post attempts for this local date so far, across runs. */
  attempts: number;
  window?: { start: string; end: string; catchUp: boolean };
}

/** The result of one pass: counts by outcome plus a line per subscription whose time has come. */
export interface RunReport {
  at: string;
  runner: string;
  posted: number;
  skipped: number;
  failed: number;
  gone: number;
  /** Subscriptions whose local time has not come yet today. */
  notDue: number;
  /** One line per subscription whose time has passed today, by subscription id. */
  lines: RunLine[];
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * One pass of the scheduler: posts every subscription whose local time has come today and has
 * no post for today's local date yet. Safe to run every minute, from several processes, and
 * after any crash: see the exactly-once rule above. Never throws for one channel's failure.
 */
export async function runDueBriefings(now: Date, deps: RunDueDeps): Promise<RunReport> {
  const { sql, logger } = deps;
  const sleep = deps.sleep ?? defaultSleep;
  const random = deps.random ?? Math.random;
  const token = `${deps.runnerId}#${randomUUID().slice(0, 8)}`;
  // Time moves on during a run (retries, slow posts). With a fake sleep, the slept time counts,
  // so leases and retry times stay consistent under a fake clock too.
  const startedReal = Date.now();
  let slept = 0;
  const clock = () => new Date(now.getTime() + Math.max(Date.now() - startedReal, slept));
  const wait = async (ms: number) => {
    slept += ms;
    await sleep(ms);
  };

  /**
   * The window: from this subscription's last posted window end (so a missed day is covered by
   * the next post, never dropped), else the channel's last briefing of the same dossier (a re-subscribed channel
   * carries on where it left off), else the last 24 h.
   */
  async function windowFor(sub: Subscription, until: Date): Promise<{ start: string; end: string; catchUp: boolean }> {
    const own = await lastPostedWindowEnd(sql, sub.id);
    const prev = own ?? (await lastSentWindowEnd(sql, sub.destination, sub.dossier, until.toISOString()));
    let since = prev ? new Date(prev) : new Date(until.getTime() - DAY_MS);
    // Clocks of two hosts sharing a file may disagree: never hand the builder an empty or reversed window.
    if (since.getTime() >= until.getTime()) since = new Date(until.getTime() - DAY_MS);
    return { start: since.toISOString(), end: until.toISOString(), catchUp: until.getTime() - since.getTime() > CATCH_UP_AFTER_MS };
  }

  type Acquired = { ok: true; how: 'claimed' | 'took over' | 're-claimed'; window: { start: string; end: string; catchUp: boolean } } | { ok: false; outcome: RunOutcome; detail: string };

  async function acquire(sub: Subscription, date: string): Promise<Acquired> {
    const t = clock();
    // The window ends at the run's own instant, not the wall clock: `post-due --now X` is reproducible
    // and every channel of one run covers the same period.
    const window = await windowFor(sub, now);
    const claim: BriefingClaim = { subscriptionId: sub.id, localDate: date, at: t.toISOString(), token, leaseUntil: new Date(t.getTime() + LEASE_MS).toISOString(), window };
    if (await claimBriefing(sql, claim)) return { ok: true, how: 'claimed', window };
    const row = await briefingPost(sql, sub.id, date);
    if (!row) return { ok: false, outcome: 'skipped', detail: 'subscription removed during the run' };
    switch (row.state) {
      case 'posted':
        return { ok: false, outcome: 'skipped', detail: `already posted at ${row.posted_at}` };
      case 'gone':
        // The subscription is active again (re-subscribed after the channel was fixed): try once more.
        if (await reclaimBriefing(sql, claim)) return { ok: true, how: 're-claimed', window };
        return { ok: false, outcome: 'skipped', detail: `channel unreachable: ${row.error ?? 'gone'}` };
      case 'failed':
        if (row.next_attempt_at === null) return { ok: false, outcome: 'skipped', detail: `gave up for today: ${row.error ?? 'failed'}` };
        if (await reclaimBriefing(sql, claim)) return { ok: true, how: 're-claimed', window };
        return { ok: false, outcome: 'skipped', detail: `failed (${row.error ?? 'error'}); next attempt after ${row.next_attempt_at}` };
      case 'claimed':
        if (row.lease_until > claim.at) return { ok: false, outcome: 'skipped', detail: `in progress: claimed by ${row.claimed_by} until ${row.lease_until}` };
        if (row.takeovers >= MAX_TAKEOVERS) {
          return { ok: false, outcome: 'skipped', detail: `abandoned claim by ${row.claimed_by} already taken over once; left for tomorrow's window` };
        }
        if (await takeOverBriefing(sql, claim, MAX_TAKEOVERS)) {
          logger.warn({ subscription: sub.id, date, previous: row.claimed_by }, 'taking over an expired claim: the previous runner died mid-post');
          return { ok: true, how: 'took over', window };
        }
        return { ok: false, outcome: 'skipped', detail: 'another runner took the expired claim over first' };
    }
  }

  const attemptsOf = (sub: Subscription, date: string) => briefingAttempts(sql, sub.id, date);

  /** Records a failure; retried by a later run unless the day's attempts are spent or the error is final. */
  async function fail(sub: Subscription, date: string, error: string, opts: { final?: boolean; retryAt?: Date } = {}): Promise<void> {
    const retry = !opts.final && (await attemptsOf(sub, date)) < MAX_ATTEMPTS_PER_DAY;
    const at = opts.retryAt ?? new Date(clock().getTime() + RETRY_LATER_MS);
    await recordBriefingFailed(sql, sub.id, date, token, error, retry ? at.toISOString() : null);
  }

  function backoff(attempt: number): number {
    // Equal jitter: at least half the exponential step, so retries from many channels spread out but still back off.
    const step = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
    return Math.round(step / 2 + (step / 2) * random());
  }

  async function one(sub: Subscription, date: string): Promise<RunLine> {
    const log = logger.child({ subscription: sub.id, destination: sub.destination, date });
    const line = async (outcome: RunOutcome, detail: string, window?: RunLine['window']): Promise<RunLine> => ({
      subscriptionId: sub.id,
      destination: sub.destination,
      dossier: sub.dossier,
      localDate: date,
      outcome,
      detail,
      attempts: await attemptsOf(sub, date),
      ...(window ? { window } : {}),
    });
    if (sub.status === 'unreachable') return line('skipped', `channel unreachable: ${sub.statusReason ?? 'unknown reason'}`);
    const poster = deps.posters[sub.platform];
    // Not claimed: a process with the platform configured may still post it.
    if (!poster) return line('skipped', `no ${sub.platform} poster in this process`);

    const got = await acquire(sub, date);
    if (!got.ok) return line(got.outcome, got.detail);
    const { window } = got;

    let doc: Doc;
    try {
      doc = await deps.buildDoc(sub, { since: window.start, until: window.end });
    } catch (err) {
      const msg = `could not build the briefing: ${(err as Error).message}`;
      log.error({ err }, 'briefing build failed');
      await renewBriefingClaim(sql, sub.id, date, token, new Date(clock().getTime() + LEASE_MS).toISOString());
      await fail(sub, date, msg);
      return line('failed', msg, window);
    }

    const target = { workspace: sub.workspace, channel: sub.channel };
    let last = '';
    for (let attempt = 1; attempt <= MAX_ATTEMPTS_PER_RUN; attempt++) {
      // Renewing is also the ownership check: a runner paused past its lease must not post behind a takeover.
      if (!(await renewBriefingClaim(sql, sub.id, date, token, new Date(clock().getTime() + LEASE_MS).toISOString()))) {
        log.warn({}, 'claim lost before posting; not posting');
        return line('skipped', 'claim taken over by another runner before posting', window);
      }
      try {
        await poster.post(target, doc);
        const at = clock().toISOString();
        const recorded = await recordBriefingPosted(sql, { subscriptionId: sub.id, localDate: date, token, at, destination: sub.destination, dossier: sub.dossier, window });
        if (!recorded) {
          log.warn({}, 'posted, but the claim was taken over (or the subscription removed) meanwhile: possible duplicate');
          return line('posted', `posted (${got.how}), but the claim had been taken over or removed meanwhile: possible duplicate`, window);
        }
        log.info({ attempts: attempt, catchUp: window.catchUp }, 'briefing posted');
        const extra = attempt > 1 ? ` after ${attempt} attempts` : '';
        return line('posted', `posted${got.how === 'claimed' ? '' : ` (${got.how})`}${extra}${window.catchUp ? ', catch-up' : ''}`, window);
      } catch (err) {
        const pe = err instanceof PostError ? err : new PostError('transient', (err as Error)?.message ?? String(err), { cause: err });
        last = pe.message;
        if (pe.kind === 'gone') {
          await recordBriefingGone(sql, sub.id, date, token, pe.message);
          log.warn({ reason: pe.message }, 'channel unreachable; subscription marked');
          return line('gone', `channel unreachable: ${pe.message}`, window);
        }
        if (pe.kind === 'fatal') {
          await fail(sub, date, pe.message, { final: true });
          log.error({ reason: pe.message }, 'briefing refused by the platform');
          return line('failed', `refused: ${pe.message}`, window);
        }
        if (attempt === MAX_ATTEMPTS_PER_RUN) break;
        const delay = pe.kind === 'rate-limited' && pe.retryAfterMs !== undefined ? pe.retryAfterMs : backoff(attempt);
        if (delay > MAX_WAIT_IN_RUN_MS) {
          const retryAt = new Date(clock().getTime() + delay);
          await fail(sub, date, pe.message, { retryAt });
          return line('failed', `${pe.message}; asked to wait ${Math.round(delay / 1000)} s, retrying after ${retryAt.toISOString()}`, window);
        }
        log.warn({ kind: pe.kind, attempt, delayMs: delay, reason: pe.message }, 'post failed; retrying');
        await wait(delay);
      }
    }
    await fail(sub, date, last);
    log.error({ reason: last }, 'briefing not posted');
    return line('failed', `${last} after ${MAX_ATTEMPTS_PER_RUN} attempts`, window);
  }

  const due: { sub: Subscription; date: string }[] = [];
  let notDue = 0;
  const broken: RunLine[] = [];
  for (const row of await allSubscriptions(sql)) {
    const sub = toSubscription(row);
    try {
      const date = localDate(now, sub.tz);
      if (now.getTime() < zonedTime(date, sub.time, sub.tz).getTime()) notDue++;
      else due.push({ sub, date });
    } catch (err) {
      // A zone this Node's ICU no longer knows: report that channel, keep scheduling the rest.
      const detail = `cannot work out the local time in "${sub.tz}": ${(err as Error).message}`;
      broken.push({ subscriptionId: sub.id, destination: sub.destination, dossier: sub.dossier, localDate: '', outcome: 'failed', detail, attempts: 0 });
    }
  }

  const lines: RunLine[] = [...broken];
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const { sub, date } = due[next++]!;
      try {
        lines.push(await one(sub, date));
      } catch (err) {
        // Only a database failure gets here; one channel's trouble must still not stop the rest.
        logger.error({ err, subscription: sub.id }, 'scheduled briefing failed unexpectedly');
        lines.push({
          subscriptionId: sub.id,
          destination: sub.destination,
          dossier: sub.dossier,
          localDate: date,
          outcome: 'failed',
          detail: `internal error: ${(err as Error).message}`,
          attempts: 0,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(deps.concurrency ?? 4, due.length)) }, worker));
  lines.sort((a, b) => a.subscriptionId - b.subscriptionId);

  const count = (o: RunOutcome) => lines.filter((l) => l.outcome === o).length;
  return {
    at: now.toISOString(),
    runner: token,
    posted: count('posted'),
    skipped: count('skipped'),
    failed: count('failed'),
    gone: count('gone'),
    notDue,
    lines,
  };
}
