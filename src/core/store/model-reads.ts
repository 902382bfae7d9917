import type { Db } from './db.js';

/**
 * The model reader's one table (`model_reads`) and its daily tally (`model_usage`): every SQL
 * statement the reader needs, behind this small interface, so a later store port can move them.
 * A reading is cached per (content hash, model, prompt version): the same text read by the same
 * model with the same prompt is never paid for twice, across re-ingests and restarts.
 */

export interface ReadKey {
  hash: string;
  model: string;
  promptVersion: string;
}

/** An item waiting for the model: stored from the rules, to be read again when due. */
export interface DueItem extends ReadKey {
  itemId: number;
  title: string;
  text: string;
  published: string;
  /** `items.published_estimated`: 0 when the feed's own date is believed. */
  publishedEstimated: number;
  tries: number;
}

export interface StoredReading {
  model: string;
  promptVersion: string;
  status: 'read' | 'pending' | 'given-up';
  reading: string | null;
  tries: number;
  lastError: string | null;
  nextTryAt: string | null;
  kept: number | null;
  dropped: number | null;
}

export interface Usage {
  tokens: number;
  calls: number;
  dropped: number;
}

export interface ModelReads {
  /** The cached reading (the model's JSON, before the gate) for this key, if one was read. */
  cached(key: ReadKey): string | undefined;
  /** Caches a reading; an item already stored under this hash is linked. */
  saveRead(key: ReadKey, reading: string, tokens: number, at: string): void;
  /** Links a cached or pending read to the item stored under its hash. */
  linkItem(key: ReadKey, itemId: number): void;
  /** What the gate made of the last reading: facts kept and dropped. */
  recordGate(key: ReadKey, kept: number, dropped: number): void;
  /**
   * The item waits to be read later (at `nextTryAt`). `failed` counts a try (an error, a malformed
   * answer); after `maxTries` failed tries the item is given up (its rules facts stand). A read
   * that was only put off (budget, the ingest's time) counts no try.
   */
  defer(key: ReadKey, itemId: number | null, opts: { at: string; nextTryAt: string; error: string; failed: boolean; maxTries: number }): void;
  /** Items due to be read again, oldest due first. */
  due(model: string, promptVersion: string, now: string, limit: number): DueItem[];
  /** The latest reading stored for an item by any model (for `parley explain`). */
  forItem(itemId: number, hash: string): StoredReading | undefined;
  /** Items waiting for the model. */
  pendingCount(model: string, promptVersion: string): number;
  usage(day: string): Usage;
  /** Adds to the day's tally. */
  spend(day: string, add: Partial<Usage>): void;
}

export function createModelReads(db: Db): ModelReads {
  const q = {
    cached: db.prepare<[string, string, string], { reading: string }>(
      "SELECT reading FROM model_reads WHERE content_hash = ? AND model = ? AND prompt_version = ? AND status = 'read' AND reading IS NOT NULL",
    ),
    saveRead: db.prepare<[{ hash: string; model: string; pv: string; reading: string; tokens: number; at: string }]>(
      `INSERT INTO model_reads (content_hash, model, prompt_version, item_id, status, reading, tokens, updated_at)
       VALUES (@hash, @model, @pv, (SELECT id FROM items WHERE content_hash = @hash), 'read', @reading, @tokens, @at)
       ON CONFLICT DO UPDATE SET status = 'read', reading = excluded.reading, tokens = tokens + excluded.tokens,
         item_id = coalesce(model_reads.item_id, excluded.item_id), next_try_at = NULL, last_error = NULL, updated_at = excluded.updated_at`,
    ),
    linkItem: db.prepare<[number, string, string, string]>(
      'UPDATE model_reads SET item_id = ? WHERE content_hash = ? AND model = ? AND prompt_version = ?',
    ),
    recordGate: db.prepare<[number, number, string, string, string]>(
      'UPDATE model_reads SET kept = ?, dropped = ? WHERE content_hash = ? AND model = ? AND prompt_version = ?',
    ),
    defer: db.prepare<[{ hash: string; model: string; pv: string; itemId: number | null; at: string; next: string; error: string; add: number; max: number }]>(
      `INSERT INTO model_reads (content_hash, model, prompt_version, item_id, status, tries, next_try_at, last_error, updated_at)
       VALUES (@hash, @model, @pv, @itemId, CASE WHEN @add >= @max THEN 'given-up' ELSE 'pending' END, @add, @next, @error, @at)
       ON CONFLICT DO UPDATE SET
         status = CASE WHEN model_reads.status = 'read' THEN 'read' WHEN model_reads.tries + @add >= @max THEN 'given-up' ELSE 'pending' END,
         tries = model_reads.tries + @add, next_try_at = @next, last_error = @error,
         item_id = coalesce(@itemId, model_reads.item_id), updated_at = @at`,
    ),
    due: db.prepare<[string, string, string, number], { hash: string; model: string; promptVersion: string; itemId: number; title: string; text: string; published: string; publishedEstimated: number; tries: number }>(
      `SELECT r.content_hash AS hash, r.model, r.prompt_version AS promptVersion, i.id AS itemId, i.title, i.text, i.published,
              i.published_estimated AS publishedEstimated, r.tries
         FROM model_reads r JOIN items i ON i.id = r.item_id
        WHERE r.status = 'pending' AND r.model = ? AND r.prompt_version = ? AND r.next_try_at <= ? AND i.relevant = 1
        ORDER BY r.next_try_at LIMIT ?`,
    ),
    forItem: db.prepare<[number, string], { model: string; promptVersion: string; status: 'read' | 'pending' | 'given-up'; reading: string | null; tries: number; lastError: string | null; nextTryAt: string | null; kept: number | null; dropped: number | null }>(
      `SELECT model, prompt_version AS promptVersion, status, reading, tries, last_error AS lastError, next_try_at AS nextTryAt, kept, dropped
         FROM model_reads WHERE item_id = ? OR content_hash = ? ORDER BY (status = 'read') DESC, updated_at DESC LIMIT 1`,
    ),
    pending: db.prepare<[string, string], { n: number }>(
      "SELECT count(*) AS n FROM model_reads WHERE status = 'pending' AND model = ? AND prompt_version = ?",
    ),
    usage: db.prepare<[string], Usage>('SELECT tokens, calls, dropped FROM model_usage WHERE day = ?'),
    spend: db.prepare<[{ day: string; tokens: number; calls: number; dropped: number }]>(
      `INSERT INTO model_usage (day, tokens, calls, dropped) VALUES (@day, @tokens, @calls, @dropped)
       ON CONFLICT (day) DO UPDATE SET tokens = tokens + @tokens, calls = calls + @calls, dropped = dropped + @dropped`,
    ),
  };
  return {
    cached: (k) => q.cached.get(k.hash, k.model, k.promptVersion)?.reading,
    saveRead: (k, reading, tokens, at) => q.saveRead.run({ hash: k.hash, model: k.model, pv: k.promptVersion, reading, tokens, at }),
    linkItem: (k, itemId) => q.linkItem.run(itemId, k.hash, k.model, k.promptVersion),
    recordGate: (k, kept, dropped) => q.recordGate.run(kept, dropped, k.hash, k.model, k.promptVersion),
    defer: (k, itemId, o) =>
      q.defer.run({ hash: k.hash, model: k.model, pv: k.promptVersion, itemId, at: o.at, next: o.nextTryAt, error: o.error, add: o.failed ? 1 : 0, max: o.maxTries }),
    due: (model, pv, now, limit) => q.due.all(model, pv, now, limit),
    forItem: (itemId, hash) => q.forItem.get(itemId, hash),
    pendingCount: (model, pv) => q.pending.get(model, pv)?.n ?? 0,
    usage: (day) => q.usage.get(day) ?? { tokens: 0, calls: 0, dropped: 0 },
    spend: (day, add) => q.spend.run({ day, tokens: add.tokens ?? 0, calls: add.calls ?? 0, dropped: add.dropped ?? 0 }),
  };
}
