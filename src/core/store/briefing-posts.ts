import type { SqlClient } from './sql.js';

/**
 * The durable once-per-local-date claims of scheduled briefings (table briefing_posts, keyed by
 * subscription and local date). The rule they serve is written out in schedule/run-due.ts; each
 * function here is one atomic step of it, the same on SQLite and PostgreSQL: a claim is a row
 * under the unique key (INSERT … ON CONFLICT DO NOTHING), every later step a compare-and-swap
 * UPDATE whose WHERE names what it expects, so of two runners exactly one sees its change.
 */

/** A claim's state. */
export type BriefingPostState = 'claimed' | 'posted' | 'failed' | 'gone';

/** A row of briefing_posts, as the runner reads it. */
export interface BriefingPostRow {
  state: BriefingPostState;
  claimed_by: string;
  lease_until: string;
  takeovers: number;
  attempts: number;
  next_attempt_at: string | null;
  posted_at: string | null;
  error: string | null;
}

/** What a runner asks for when it claims (or takes over, or re-claims) a post. */
export interface BriefingClaim {
  subscriptionId: number;
  localDate: string;
  /** The runner's clock, ISO. */
  at: string;
  /** The runner's token: later steps only succeed for the token that holds the claim. */
  token: string;
  leaseUntil: string;
  window: { start: string; end: string; catchUp: boolean };
}

const params = (c: BriefingClaim) => ({
  id: c.subscriptionId,
  date: c.localDate,
  at: c.at,
  token: c.token,
  lease: c.leaseUntil,
  start: c.window.start,
  end: c.window.end,
  catchUp: c.window.catchUp ? 1 : 0,
});

/** Atomically claims the (subscription, local date) post: true for exactly one caller, false when a row exists. */
export async function claimBriefing(sql: SqlClient, c: BriefingClaim): Promise<boolean> {
  const r = await sql.run(
    `INSERT INTO briefing_posts (subscription_id, local_date, claimed_at, claimed_by, lease_until, state, window_start, window_end, catch_up)
     VALUES (@id, @date, @at, @token, @lease, 'claimed', @start, @end, @catchUp)
     ON CONFLICT (subscription_id, local_date) DO NOTHING`,
    params(c),
  );
  return r.changes === 1;
}

/** The post's row, or undefined (never claimed, or its subscription removed). */
export function briefingPost(sql: SqlClient, subscriptionId: number, localDate: string): Promise<BriefingPostRow | undefined> {
  return sql.get<BriefingPostRow>(
    `SELECT state, claimed_by, lease_until, takeovers, attempts, next_attempt_at, posted_at, error
       FROM briefing_posts WHERE subscription_id = ? AND local_date = ?`,
    [subscriptionId, localDate],
  );
}

/**
 * Takes over a claim whose lease has expired, at most `maxTakeovers` times per post: true for
 * exactly one caller among those racing for it.
 */
export async function takeOverBriefing(sql: SqlClient, c: BriefingClaim, maxTakeovers: number): Promise<boolean> {
  const r = await sql.run(
    `UPDATE briefing_posts SET claimed_at = @at, claimed_by = @token, lease_until = @lease, takeovers = takeovers + 1,
            window_start = @start, window_end = @end, catch_up = @catchUp
      WHERE subscription_id = @id AND local_date = @date AND state = 'claimed' AND lease_until <= @at AND takeovers < @maxTakeovers`,
    { ...params(c), maxTakeovers },
  );
  return r.changes === 1;
}

/**
 * Claims again a post that failed and whose retry time has come, or whose channel was gone and
 * has been re-subscribed since (the subscription is active again, read now: a runner that listed
 * the subscriptions before another marked the channel gone must not post there again): true for
 * exactly one caller.
 */
export async function reclaimBriefing(sql: SqlClient, c: BriefingClaim): Promise<boolean> {
  const r = await sql.run(
    `UPDATE briefing_posts SET state = 'claimed', claimed_at = @at, claimed_by = @token, lease_until = @lease, error = NULL,
            next_attempt_at = NULL, window_start = @start, window_end = @end, catch_up = @catchUp
      WHERE subscription_id = @id AND local_date = @date
        AND ((state = 'failed' AND next_attempt_at IS NOT NULL AND next_attempt_at <= @at)
          OR (state = 'gone' AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.id = @id AND s.status = 'active')))`,
    params(c),
  );
  return r.changes === 1;
}

/**
 * Extends the lease and counts one post attempt, only while `token` still holds the claim: false
 * means the claim was taken over (or removed), and the caller must not post.
 */
export async function renewBriefingClaim(sql: SqlClient, subscriptionId: number, localDate: string, token: string, leaseUntil: string): Promise<boolean> {
  const r = await sql.run(
    `UPDATE briefing_posts SET lease_until = ?, attempts = attempts + 1
      WHERE subscription_id = ? AND local_date = ? AND state = 'claimed' AND claimed_by = ?`,
    [leaseUntil, subscriptionId, localDate, token],
  );
  return r.changes === 1;
}

/** Post attempts made for the (subscription, local date) so far, across runs. */
export async function briefingAttempts(sql: SqlClient, subscriptionId: number, localDate: string): Promise<number> {
  return (await sql.get<{ attempts: number }>('SELECT attempts FROM briefing_posts WHERE subscription_id = ? AND local_date = ?', [subscriptionId, localDate]))?.attempts ?? 0;
}

/**
 * Records a post that reached the channel, and the window it covered for the channel's
 * "since the last briefing", in one transaction. False when `token` no longer held the claim
 * (taken over or removed meanwhile): the window is recorded all the same, since the post was made.
 */
export function recordBriefingPosted(
  sql: SqlClient,
  p: { subscriptionId: number; localDate: string; token: string; at: string; destination: string; dossier: string; window: { start: string; end: string } },
): Promise<boolean> {
  return sql.tx(async (t) => {
    const n = (
      await t.run(
        `UPDATE briefing_posts SET state = 'posted', posted_at = ?, error = NULL
          WHERE subscription_id = ? AND local_date = ? AND claimed_by = ?`,
        [p.at, p.subscriptionId, p.localDate, p.token],
      )
    ).changes;
    await recordBriefingSent(t, { destination: p.destination, dossier: p.dossier, window: p.window, at: p.at });
    return n === 1;
  });
}

/** Remembers a briefing a channel was given (scheduled or on demand), once per (destination, dossier, window end). */
export async function recordBriefingSent(sql: SqlClient, s: { destination: string; dossier: string; window: { start: string; end: string }; at: string }): Promise<void> {
  await sql.run(
    `INSERT INTO briefings_sent (destination, dossier, window_start, window_end, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (destination, dossier, window_end) DO NOTHING`,
    [s.destination, s.dossier, s.window.start, s.window.end, s.at],
  );
}

/** Records a failed post; `retryAt` null means no more attempts today. Only while `token` holds the claim. */
export async function recordBriefingFailed(sql: SqlClient, subscriptionId: number, localDate: string, token: string, error: string, retryAt: string | null): Promise<void> {
  await sql.run(
    `UPDATE briefing_posts SET state = 'failed', next_attempt_at = ?, error = ?
      WHERE subscription_id = ? AND local_date = ? AND claimed_by = ?`,
    [retryAt, error, subscriptionId, localDate, token],
  );
}

/** Records that the channel is gone and marks its subscription unreachable, in one transaction. */
export function recordBriefingGone(sql: SqlClient, subscriptionId: number, localDate: string, token: string, reason: string): Promise<void> {
  return sql.tx(async (t) => {
    await t.run(`UPDATE briefing_posts SET state = 'gone', error = ? WHERE subscription_id = ? AND local_date = ? AND claimed_by = ?`, [
      reason,
      subscriptionId,
      localDate,
      token,
    ]);
    await t.run(`UPDATE subscriptions SET status = 'unreachable', status_reason = ? WHERE id = ?`, [reason, subscriptionId]);
  });
}

/** Where the subscription's last posted window ended, if it was ever posted. */
export async function lastPostedWindowEnd(sql: SqlClient, subscriptionId: number): Promise<string | null> {
  return (await sql.get<{ last_end: string | null }>(`SELECT max(window_end) AS last_end FROM briefing_posts WHERE subscription_id = ? AND state = 'posted'`, [subscriptionId]))?.last_end ?? null;
}

/** Where the channel's last briefing of the dossier (scheduled or on demand) ended, no later than `until`. */
export async function lastSentWindowEnd(sql: SqlClient, destination: string, dossier: string, until: string): Promise<string | null> {
  return (
    (await sql.get<{ last_end: string | null }>('SELECT max(window_end) AS last_end FROM briefings_sent WHERE destination = ? AND dossier = ? AND window_end <= ?', [destination, dossier, until]))
      ?.last_end ?? null
  );
}
