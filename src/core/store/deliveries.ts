import type { Db } from './db.js';

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
   * True the first time `key` is seen within the TTL, by any Parley process on this database;
   * false for a retry or a replay. Never throws: when the database cannot record the key (locked,
   * read-only), this process's memory decides.
   */
  claim(key: string): boolean;
}

export function createDeliveries(db: Db, opts: { now: () => Date; ttlMs?: number }): Deliveries {
  const ttl = opts.ttlMs ?? DELIVERY_TTL_MS;
  const insert = db.prepare<[string, string]>('INSERT INTO deliveries (key, seen_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING');
  const purge = db.prepare<[string]>('DELETE FROM deliveries WHERE seen_at < ?');
  const seen = new Map<string, number>();
  let lastPurge = 0;

  return {
    claim(key) {
      const now = opts.now().getTime();
      if (now - lastPurge > ttl / 6) {
        lastPurge = now;
        for (const [k, at] of seen) if (now - at > ttl) seen.delete(k);
      }
      if (seen.has(key)) return false;
      seen.set(key, now);
      try {
        db.pragma(`busy_timeout = ${CLAIM_BUSY_MS}`);
        const first = insert.run(key, new Date(now).toISOString()).changes === 1;
        if (lastPurge === now) purge.run(new Date(now - ttl).toISOString());
        return first;
      } catch {
        // Locked for longer than an ack can wait, or read-only: this process's memory is the best we have.
        return true;
      } finally {
        db.pragma(`busy_timeout = ${STORE_BUSY_MS}`);
      }
    },
  };
}
