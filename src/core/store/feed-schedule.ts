import type { SqlClient } from './sql.js';

/** What the poller reads of a feed's row. */
export interface FeedScheduleRow {
  id: number;
  status: string;
  failures: number;
  next_poll_at: string | null;
}

/** Adds a dossier's feed (or updates its interval): the row must exist before the first fetch. */
export async function registerFeed(sql: SqlClient, f: { url: string; name: string; weight: number; intervalMinutes: number }): Promise<void> {
  await sql.run(
    `INSERT INTO feeds (url, name, weight, interval_minutes) VALUES (?, ?, ?, ?)
     ON CONFLICT (url) DO UPDATE SET interval_minutes = excluded.interval_minutes`,
    [f.url, f.name, f.weight, f.intervalMinutes],
  );
}

/** A feed's schedule and health, by URL. */
export function feedSchedule(sql: SqlClient, url: string): Promise<FeedScheduleRow | undefined> {
  return sql.get<FeedScheduleRow>('SELECT id, status, failures, next_poll_at FROM feeds WHERE url = ?', [url]);
}

/**
 * Leases a due feed for one poll by pushing its `next_poll_at` to `leaseUntil`: true for exactly
 * one of the processes (or replicas) asking, false when the feed is not due or another has it.
 * On PostgreSQL the row is taken `FOR UPDATE SKIP LOCKED`, so a replica never waits behind
 * another's lease of the same feed: it moves on to the next one.
 */
export async function leaseFeed(sql: SqlClient, feedId: number, now: string, leaseUntil: string): Promise<boolean> {
  if (sql.dialect === 'postgres') {
    return sql.tx(async (t) => {
      const due = await t.get<{ id: number }>('SELECT id FROM feeds WHERE id = ? AND (next_poll_at IS NULL OR next_poll_at <= ?) FOR UPDATE SKIP LOCKED', [feedId, now]);
      if (!due) return false;
      await t.run('UPDATE feeds SET next_poll_at = ? WHERE id = ?', [leaseUntil, feedId]);
      return true;
    });
  }
  // SQLite serialises writers: the conditional UPDATE is the compare-and-swap.
  return (await sql.run('UPDATE feeds SET next_poll_at = ? WHERE id = ? AND (next_poll_at IS NULL OR next_poll_at <= ?)', [leaseUntil, feedId, now])).changes === 1;
}

/** Sets when the feed is next due. */
export async function scheduleFeed(sql: SqlClient, feedId: number, nextPollAt: string): Promise<void> {
  await sql.run('UPDATE feeds SET next_poll_at = ? WHERE id = ?', [nextPollAt, feedId]);
}

/** Records a feed's status change, for the "feed failing / recovered" notice to announce once. */
export async function recordFeedTransition(sql: SqlClient, t: { feedId: number; at: string; from: string; to: string; reason: string | null }): Promise<void> {
  await sql.run('INSERT INTO feed_transitions (feed_id, at, from_status, to_status, reason) VALUES (?, ?, ?, ?, ?)', [t.feedId, t.at, t.from, t.to, t.reason]);
}
