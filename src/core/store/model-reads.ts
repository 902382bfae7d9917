import type { SqlClient } from './sql.js';

/**
 * The model reader's one table (`model_reads`) and its daily tally (`model_usage`): every SQL
 * statement the reader needs, behind this small interface, on either store (SQLite or PostgreSQL).
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
  /** When the reader first found the day's budget spent (and stopped calling), if it did. */
  budgetSpentAt: string | null;
}

/** The facts stored from one item, each with the reader(s) that produced it there (`parley explain`). */
export interface ItemFactRows {
  members: { party: string; name: string; role: string; readers: string; rule: string | null }[];
  rounds: { place: string | null; date: string | null; status: string; readers: string; rule: string | null }[];
  roles: { name: string; title: string; party: string | null; readers: string }[];
}

/**
 * Every member is async and runs on the client the reads were made with: the writes of an ingest's
 * transaction (linking an item, deferring a read) go through `within(t)`, its client.
 */
export interface ModelReads {
  /** The cached reading (the model's JSON, before the gate) for this key, if one was read. */
  cached(key: ReadKey): Promise<string | undefined>;
  /** Caches a reading; an item already stored under this hash is linked. */
  saveRead(key: ReadKey, reading: string, tokens: number, at: string): Promise<void>;
  /** Links a cached or pending read to the item stored under its hash. */
  linkItem(key: ReadKey, itemId: number): Promise<void>;
  /** What the gate made of the last reading: facts kept and dropped. */
  recordGate(key: ReadKey, kept: number, dropped: number): Promise<void>;
  /**
   * The item waits to be read later (at `nextTryAt`). `failed` counts a try (an error, a malformed
   * answer); after `maxTries` failed tries the item is given up (its rules facts stand). A read
   * that was only put off (budget, the ingest's time) counts no try.
   */
  defer(key: ReadKey, itemId: number | null, opts: { at: string; nextTryAt: string; error: string; failed: boolean; maxTries: number }): Promise<void>;
  /** Items due to be read again, oldest due first. */
  due(model: string, promptVersion: string, now: string, limit: number): Promise<DueItem[]>;
  /** The latest reading stored for an item by any model (for `parley explain`). */
  forItem(itemId: number, hash: string): Promise<StoredReading | undefined>;
  /** Items waiting for the model. */
  pendingCount(model: string, promptVersion: string): Promise<number>;
  /** The delegation members, rounds and roles stored from an item, each with its readers. */
  factsOfItem(itemId: number): Promise<ItemFactRows>;
  usage(day: string): Promise<Usage>;
  /** Adds to the day's tally. */
  spend(day: string, add: Partial<Omit<Usage, 'budgetSpentAt'>>): Promise<void>;
  /** The reader found the day's budget spent: no more calls that day (the first time is kept). */
  budgetSpent(day: string, at: string): Promise<void>;
  /** The same reads on another client: a transaction's, so its writes land in it (and never wait for it). */
  within(sql: SqlClient): ModelReads;
}

/**
 * Statements for both stores: camelCase names are quoted (PostgreSQL folds bare ones to lower
 * case), numbers compared with parameters are cast (PostgreSQL would compare untyped ones as text),
 * and NULLs are ordered explicitly (first on SQLite, last on PostgreSQL).
 */
const Q = {
  cached: "SELECT reading FROM model_reads WHERE content_hash = ? AND model = ? AND prompt_version = ? AND status = 'read' AND reading IS NOT NULL",
  saveRead: `INSERT INTO model_reads (content_hash, model, prompt_version, item_id, status, reading, tokens, updated_at)
     VALUES (@hash, @model, @pv, (SELECT id FROM items WHERE content_hash = @hash), 'read', @reading, @tokens, @at)
     ON CONFLICT (content_hash, model, prompt_version) DO UPDATE SET status = 'read', reading = excluded.reading, tokens = model_reads.tokens + excluded.tokens,
       item_id = coalesce(model_reads.item_id, excluded.item_id), next_try_at = NULL, last_error = NULL, updated_at = excluded.updated_at`,
  linkItem: 'UPDATE model_reads SET item_id = ? WHERE content_hash = ? AND model = ? AND prompt_version = ?',
  recordGate: 'UPDATE model_reads SET kept = ?, dropped = ? WHERE content_hash = ? AND model = ? AND prompt_version = ?',
  defer: `INSERT INTO model_reads (content_hash, model, prompt_version, item_id, status, tries, next_try_at, last_error, updated_at)
     VALUES (@hash, @model, @pv, @itemId, CASE WHEN CAST(@add AS integer) >= CAST(@max AS integer) THEN 'given-up' ELSE 'pending' END, CAST(@add AS integer), @next, @error, @at)
     ON CONFLICT (content_hash, model, prompt_version) DO UPDATE SET
       status = CASE WHEN model_reads.status = 'read' THEN 'read' WHEN model_reads.tries + CAST(@add AS integer) >= CAST(@max AS integer) THEN 'given-up' ELSE 'pending' END,
       tries = model_reads.tries + CAST(@add AS integer), next_try_at = @next, last_error = @error,
       item_id = coalesce(@itemId, model_reads.item_id), updated_at = @at`,
  due: `SELECT r.content_hash AS hash, r.model, r.prompt_version AS "promptVersion", i.id AS "itemId", i.title, i.text, i.published,
            i.published_estimated AS "publishedEstimated", r.tries
       FROM model_reads r JOIN items i ON i.id = r.item_id
      WHERE r.status = 'pending' AND r.model = ? AND r.prompt_version = ? AND r.next_try_at <= ? AND i.relevant = 1
      ORDER BY r.next_try_at LIMIT ?`,
  forItem: `SELECT model, prompt_version AS "promptVersion", status, reading, tries, last_error AS "lastError", next_try_at AS "nextTryAt", kept, dropped
       FROM model_reads WHERE item_id = ? OR content_hash = ? ORDER BY (status = 'read') DESC, updated_at DESC LIMIT 1`,
  pending: "SELECT count(*) AS n FROM model_reads WHERE status = 'pending' AND model = ? AND prompt_version = ?",
  members: `SELECT d.party, a.name, s.role, s.readers, m.rule FROM delegation_member_sources s
       JOIN delegations d ON d.id = s.delegation_id JOIN actors a ON a.id = s.actor_id
       LEFT JOIN delegation_members m ON m.delegation_id = s.delegation_id AND m.actor_id = s.actor_id AND m.item_id = s.item_id
      WHERE s.item_id = ? ORDER BY d.party, s.role, a.name`,
  rounds: `SELECT r.place, r.date, r.status, s.readers, s.rule FROM round_sources s JOIN rounds r ON r.id = s.round_id
      WHERE s.item_id = ? ORDER BY (r.date IS NULL) DESC, r.date, (r.place IS NULL) DESC, r.place`,
  roles: `SELECT a.name, x.title, x.party, x.readers FROM actor_roles x JOIN actors a ON a.id = x.actor_id
      WHERE x.item_id = ? ORDER BY a.name, x.title`,
  usage: 'SELECT tokens, calls, dropped, budget_spent_at AS "budgetSpentAt" FROM model_usage WHERE day = ?',
  budgetSpent: `INSERT INTO model_usage (day, budget_spent_at) VALUES (?, ?)
     ON CONFLICT (day) DO UPDATE SET budget_spent_at = coalesce(model_usage.budget_spent_at, excluded.budget_spent_at)`,
  spend: `INSERT INTO model_usage (day, tokens, calls, dropped) VALUES (@day, @tokens, @calls, @dropped)
     ON CONFLICT (day) DO UPDATE SET tokens = model_usage.tokens + @tokens, calls = model_usage.calls + @calls, dropped = model_usage.dropped + @dropped`,
} as const;

/** The model reader's cache and tally on either store. */
export function createModelReads(sql: SqlClient): ModelReads {
  const keyArgs = (k: ReadKey) => [k.hash, k.model, k.promptVersion];
  return {
    cached: async (k) => (await sql.get<{ reading: string }>(Q.cached, keyArgs(k)))?.reading,
    saveRead: async (k, reading, tokens, at) => void (await sql.run(Q.saveRead, { hash: k.hash, model: k.model, pv: k.promptVersion, reading, tokens, at })),
    linkItem: async (k, itemId) => void (await sql.run(Q.linkItem, [itemId, ...keyArgs(k)])),
    recordGate: async (k, kept, dropped) => void (await sql.run(Q.recordGate, [kept, dropped, ...keyArgs(k)])),
    defer: async (k, itemId, o) =>
      void (await sql.run(Q.defer, { hash: k.hash, model: k.model, pv: k.promptVersion, itemId, at: o.at, next: o.nextTryAt, error: o.error, add: o.failed ? 1 : 0, max: o.maxTries })),
    due: (model, pv, now, limit) => sql.all<DueItem>(Q.due, [model, pv, now, limit]),
    forItem: (itemId, hash) => sql.get<StoredReading>(Q.forItem, [itemId, hash]),
    pendingCount: async (model, pv) => (await sql.get<{ n: number }>(Q.pending, [model, pv]))?.n ?? 0,
    factsOfItem: async (itemId) => ({
      members: await sql.all(Q.members, [itemId]),
      rounds: await sql.all(Q.rounds, [itemId]),
      roles: await sql.all(Q.roles, [itemId]),
    }),
    usage: async (day) => (await sql.get<Usage>(Q.usage, [day])) ?? { tokens: 0, calls: 0, dropped: 0, budgetSpentAt: null },
    budgetSpent: async (day, at) => void (await sql.run(Q.budgetSpent, [day, at])),
    spend: async (day, add) => void (await sql.run(Q.spend, { day, tokens: add.tokens ?? 0, calls: add.calls ?? 0, dropped: add.dropped ?? 0 })),
    within: (t) => createModelReads(t),
  };
}
