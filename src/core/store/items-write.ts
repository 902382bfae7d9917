import type { SqlClient } from './sql.js';

/**
 * What an ingest reads and writes besides the facts (those are the knowledge writer's: see
 * ../knowledge-writer.ts, and the rows in knowledge.ts): feeds and their fetch state, items and
 * their duplicate keys, each item's reading per dossier, and the dossier sets an item was scored
 * for. One statement text for both stores, except where the store differs (SQLite's FTS table,
 * PostgreSQL's advisory lock). Which item is a duplicate, what is kept of it and when a feed
 * counts as failing are the ingest's decisions.
 */

/** A feed's row: its id and the validators of its last good fetch. */
export interface FeedRow {
  id: number;
  etag: string | null;
  lastModified: string | null;
}

/** A stored item matching one of a new item's duplicate keys. */
export interface StoredDuplicate {
  id: number;
  /** The dossier set it was scored for (null: stored before dossier sets). */
  scoredSet: number | null;
  /** Why reading it was skipped (null when it was read). */
  extractionSkipped: string | null;
}

/** What a stored item is read again from, for a dossier added since it was stored. */
export interface StoredItemText {
  relevant: number;
  title: string;
  text: string;
  published: string;
  publishedEstimated: number;
}

/** An item's row as the ingest stores it. */
export interface NewItem {
  feedId: number;
  guid: string | null;
  url: string | null;
  /** The URL as a duplicate key (null when the link does not identify the item). */
  urlKey: string | null;
  title: string;
  published: string;
  /** `items.published_estimated` (see PUBLISHED_FROM_FEED in knowledge.ts). */
  estimated: number;
  zoneAssumed: number;
  fetchedAt: string;
  text: string;
  hash: string;
  relevance: number;
  relevant: number;
  /** JSON of the topic scores. */
  topics: string;
  truncated: number;
  skipped: string | null;
  scoredSet: number;
}

const Q = {
  feedByUrl: 'SELECT id, etag, last_modified AS "lastModified" FROM feeds WHERE url = ?',
  // Another process may create the same feed's row at any moment: never fail on the unique URL.
  insertFeed: 'INSERT INTO feeds (url, name, weight) VALUES (?, ?, ?) ON CONFLICT (url) DO NOTHING',
  feedOk: `UPDATE feeds SET etag = coalesce(@etag, etag), last_modified = coalesce(@lastModified, last_modified), last_fetch_at = @at,
     last_ok_at = @at, failures = 0, status = 'ok', last_error = NULL WHERE id = @id`,
  feedFailed: `UPDATE feeds SET last_fetch_at = @at, failures = failures + 1, last_error = @reason,
     status = CASE WHEN failures + 1 >= CAST(@failingAfter AS integer) THEN 'failing' ELSE status END WHERE id = @id`,
  // One statement for the three duplicate keys: it runs for every item, relevant or not.
  duplicate: `SELECT id, scored_set AS "scoredSet", extraction_skipped AS "extractionSkipped" FROM items WHERE content_hash = @hash
     UNION ALL SELECT id, scored_set, extraction_skipped FROM items WHERE CAST(@url AS text) IS NOT NULL AND url_key = @url
     UNION ALL SELECT id, scored_set, extraction_skipped FROM items WHERE CAST(@guid AS text) IS NOT NULL AND feed_id = @feedId AND guid = @guid
     LIMIT 1`,
  stored: 'SELECT relevant, title, text, published, published_estimated AS "publishedEstimated" FROM items WHERE id = ?',
  // The unique indexes on (feed, GUID), URL key and content hash are the last word on duplicates:
  // an item another writer stored since the read-only check is skipped, not an error.
  insertItem: `INSERT INTO items (feed_id, guid, url, url_key, title, published, published_estimated, published_zone_assumed, fetched_at, text, content_hash, relevance, relevant, topics, text_truncated, extraction_skipped, scored_set)
     VALUES (@feedId, @guid, @url, @urlKey, @title, @published, @estimated, @zoneAssumed, @fetchedAt, @text, @hash, @relevance, @relevant, @topics, @truncated, @skipped, @scoredSet)
     ON CONFLICT DO NOTHING RETURNING id`,
  // SQLite's FTS5 table; PostgreSQL's items.fts is a generated column that needs no insert.
  insertFts: 'INSERT INTO items_fts (rowid, title, text) VALUES (?, ?, ?)',
  insertReading: 'INSERT INTO item_dossiers (item_id, dossier, relevance, topics) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  readingsOf: 'SELECT dossier FROM item_dossiers WHERE item_id = ?',
  setByKey: 'SELECT id FROM dossier_sets WHERE dossiers = ?',
  insertSet: 'INSERT INTO dossier_sets (dossiers) VALUES (?) ON CONFLICT DO NOTHING',
  setById: 'SELECT dossiers FROM dossier_sets WHERE id = ?',
  rescored: 'UPDATE items SET scored_set = ? WHERE id = ?',
  keepWhole: 'UPDATE items SET text = ?, relevant = 1 WHERE id = ?',
  lock: "SELECT pg_advisory_xact_lock(hashtext('parley_ingest:' || current_schema()))",
} as const;

/** The feed stored under this URL (or file URL), if any. */
export const feedByUrl = (sql: SqlClient, url: string): Promise<FeedRow | undefined> => sql.get<FeedRow>(Q.feedByUrl, [url]);

/** The feed stored under this URL, created (with its name and weight) when it is new. */
export async function ensureFeed(sql: SqlClient, url: string, name: string, weight: number): Promise<FeedRow> {
  const row = await feedByUrl(sql, url);
  if (row) return row;
  await sql.run(Q.insertFeed, [url, name, weight]);
  return (await feedByUrl(sql, url))!;
}

/** A good fetch: the validators given replace the stored ones (null keeps them), failures reset. */
export async function recordFeedOk(sql: SqlClient, id: number, ok: { etag: string | null; lastModified: string | null; at: string }): Promise<void> {
  await sql.run(Q.feedOk, { etag: ok.etag, lastModified: ok.lastModified, at: ok.at, id });
}

/** A failed fetch counted against the feed; it is marked failing at its `failingAfter`-th failure in a row. */
export async function recordFeedFailure(sql: SqlClient, id: number, failure: { at: string; reason: string; failingAfter: number }): Promise<void> {
  await sql.run(Q.feedFailed, { at: failure.at, reason: failure.reason, failingAfter: failure.failingAfter, id });
}

/** A stored item with the same content hash, URL key or (feed, GUID), if any (null keys match nothing). */
export const storedDuplicate = (sql: SqlClient, keys: { feedId: number | null; guid: string | null; url: string | null; hash: string }): Promise<StoredDuplicate | undefined> =>
  sql.get<StoredDuplicate>(Q.duplicate, keys);

/** A stored item's title, text and date, to read it again. */
export const storedItemText = (sql: SqlClient, id: number): Promise<StoredItemText | undefined> => sql.get<StoredItemText>(Q.stored, [id]);

/** Stores an item; its id, or undefined when another item holds one of its duplicate keys. */
export async function insertItem(sql: SqlClient, item: NewItem): Promise<number | undefined> {
  return (await sql.get<{ id: number }>(Q.insertItem, { ...item }))?.id;
}

/** Makes an item's title and text searchable (SQLite's FTS table; PostgreSQL indexes the row itself). */
export async function indexItemText(sql: SqlClient, id: number, title: string, text: string): Promise<void> {
  if (sql.dialect === 'sqlite') await sql.run(Q.insertFts, [id, title, text]);
}

/** An item's score and topics for one dossier it is relevant to (kept when already stored). */
export async function saveItemReading(sql: SqlClient, itemId: number, dossier: string, relevance: number, topics: Record<string, number>): Promise<void> {
  await sql.run(Q.insertReading, [itemId, dossier, relevance, JSON.stringify(topics)]);
}

/** The dossiers an item was read for. */
export async function dossiersOfItem(sql: SqlClient, itemId: number): Promise<string[]> {
  return (await sql.all<{ dossier: string }>(Q.readingsOf, [itemId])).map((r) => r.dossier);
}

/** The id of the dossier set stored under this key (sorted ids joined by commas), if any. */
export async function dossierSetId(sql: SqlClient, key: string): Promise<number | undefined> {
  return (await sql.get<{ id: number }>(Q.setByKey, [key]))?.id;
}

/** The id of the dossier set under this key, created when new. */
export async function ensureDossierSet(sql: SqlClient, key: string): Promise<number> {
  await sql.run(Q.insertSet, [key]);
  return (await dossierSetId(sql, key))!;
}

/** The key of a dossier set (its sorted ids joined by commas), or undefined for an unknown id. */
export async function dossierSetKey(sql: SqlClient, id: number): Promise<string | undefined> {
  return (await sql.get<{ dossiers: string }>(Q.setById, [id]))?.dossiers;
}

/** The dossier set an item is now scored for. */
export async function setItemScoredSet(sql: SqlClient, itemId: number, setId: number): Promise<void> {
  await sql.run(Q.rescored, [setId, itemId]);
}

/** An item stored as an excerpt becomes relevant: its whole text replaces the excerpt. */
export async function keepItemWhole(sql: SqlClient, itemId: number, text: string): Promise<void> {
  await sql.run(Q.keepWhole, [text, itemId]);
}

/**
 * Makes the transaction `t` the only ingest writer of its schema until it ends, as SQLite's write
 * lock makes it of the file (there, the lock is already held: nothing to do).
 */
export async function lockIngestWriter(t: SqlClient): Promise<void> {
  if (t.dialect === 'postgres') await t.get(Q.lock);
}
