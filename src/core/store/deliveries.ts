import type { SqlClient } from './sql.js';

/** How long a delivery is remembered: Slack retries within minutes, and refuses requests signed over 5 minutes ago. */
export const DELIVERY_TTL_MS = 60 * 60_000;

/**
 * How long a claim may wait for SQLite's write lock. The claim runs on the thread that answers
 * chat, while the ingest may hold the lock for a whole feed's write: past this, the claim falls
 * back to this process's own memory rather than delay an acknowledgement.
 */
const CLAIM_BUSY_MS = 50;
/** The busy timeout the rest of the store uses (see openDb). */
const STORE_BUSY_MS = 5_000;

/** Remembers chat deliveries (events, commands, interactions) so that each is answered once. */
export interface Deliveries {
  /**
   * True the first time `key` is seen within the TTL, by any Parley process on this store;
   * false for a retry or a replay. Never rejects: when the store cannot record the key (locked,
   * read-only, unreachable), this process's memory decides.
   */
  claim(key: string): Promise<boolean>;
}

/**
 * Records a delivery key unless it is already there: true when this call recorded it. The unique
 * key decides between processes (INSERT … ON CONFLICT DO NOTHING on both stores).
 */
export async function recordDelivery(sql: SqlClient, key: string, seenAt: string): Promise<boolean> {
  return (await sql.run('INSERT INTO deliveries (key, seen_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', [key, seenAt])).changes === 1;
}

/** Forgets deliveries seen before `before`. */
export async function purgeDeliveries(sql: SqlClient, before: string): Promise<void> {
  await sql.run('DELETE FROM deliveries WHERE seen_at < ?', [before]);
}

export function createDeliveries(sql: SqlClient, opts: { now: () => Date; ttlMs?: number }): Deliveries {
  const ttl = opts.ttlMs ?? DELIVERY_TTL_MS;
  const seen = new Map<string, number>();
  let lastPurge = 0;

  return {
    async claim(key) {
      const now = opts.now().getTime();
      if (now - lastPurge > ttl / 6) {
        lastPurge = now;
        for (const [k, at] of seen) if (now - at > ttl) seen.delete(k);
      }
      if (seen.has(key)) return false;
      seen.set(key, now);
      const purge = lastPurge === now;
      // SQLite: one writer at a time, and the ack cannot wait for an ingest's write. PostgreSQL
      // inserts beside other writers; only the same key, uncommitted elsewhere, would wait.
      const sqlite = sql.dialect === 'sqlite';
      try {
        if (sqlite) await sql.exec(`PRAGMA busy_timeout = ${CLAIM_BUSY_MS}`);
        const first = await recordDelivery(sql, key, new Date(now).toISOString());
        if (purge) await purgeDeliveries(sql, new Date(now - ttl).toISOString());
        return first;
      } catch {
        // Locked for longer than an ack can wait, read-only, or unreachable: this process's memory is the best we have.
        return true;
      } finally {
        if (sqlite) await sql.exec(`PRAGMA busy_timeout = ${STORE_BUSY_MS}`).catch(() => {});
      }
    },
  };
}
