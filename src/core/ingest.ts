import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IngestReport, IngestSourceReport } from './core.js';
import type { LoadedDossier } from './dossier/load.js';
import { lexiconOf } from './dossier/load.js';
import { extract } from './extract/index.js';
import type { Extraction, ExtractLexicon } from './extract/types.js';
import { canonicalUrl, contentHash, decodeFeedBytes, FETCH_DEFAULTS, FeedFetchError, fetchFeed, parseFeed } from './feeds/index.js';
import { capItemText } from './feeds/limits.js';
import type { Logger } from './logger.js';
import { createIngestReading } from './reader/ingest-step.js';
import type { ReaderSettings } from './reader/settings.js';
import { createRelevanceScorer, type RelevanceScorer } from './relevance.js';
import { databaseErrorOf, type Db } from './store/db.js';
import { createKnowledgeWriter, type KnowledgeWriter, PUBLISHED_FROM_FEED, PUBLISHED_IN_FUTURE, PUBLISHED_MISSING } from './store/knowledge.js';

/** A normalised feed item, as the feed parser hands it over. */
export interface IncomingItem {
  guid: string | null;
  url: string | null;
  title: string;
  published: string | null;
  text: string;
  /** The feed claimed a future date that was clamped to the fetch time: the date is a guess. */
  futureDateClamped?: true;
  /** The date named no zone and was read as UTC. */
  zoneAssumed?: true;
  /** The link is shared with other distinct items (or is the feed's home page): not this item's identity. */
  sharedLink?: true;
  /** The feed's body for this item was over the raw-field cap and was cut before reading. */
  textTruncated?: true;
}

/** An item checked, scored and (when relevant) extracted before the write transaction. */
interface Prepared {
  item: IncomingItem;
  /** The item's text within `MAX_ITEM_TEXT_CHARS`: what is hashed, scored, extracted and stored. */
  text: string;
  truncated: boolean;
  url: string | null;
  /** The URL as a duplicate key: null when the link does not identify the item. */
  urlKey: string | null;
  hash: string;
  relevance: number;
  published: string;
  topics?: Record<string, number>;
  extraction?: Extraction;
  publishedCertain: boolean;
}

interface FeedRow {
  id: number;
  etag: string | null;
  last_modified: string | null;
}

/**
 * Where an ingest is, announced before each step that can take long: the isolated ingest gives
 * each a time budget, and knows which item to set aside if one step never ends.
 */
export type IngestPhase =
  | { kind: 'fetch' | 'parse' | 'store' | 'model'; source: string }
  | { kind: 'item'; source: string; feed: StoreFeed; item: IncomingItem };

/** The feed items are stored under: its key (URL, or a file's URL), display name and weight. */
export interface StoreFeed {
  url: string;
  name: string;
  weight?: number;
}

/** One source to ingest, resolved from a URL, a file or the dossier. */
export interface SourceSpec {
  label: string;
  url?: string;
  file?: string;
  name: string;
  weight: number;
  /** Offline, and the dossier has no snapshot for this feed. */
  missingSnapshot?: true;
}

export interface IngestDeps {
  db: Db;
  dossier: LoadedDossier;
  logger: Logger;
  now: () => Date;
  /** Per-request fetch timeout; tests shorten it. */
  timeoutMs?: number;
  /** Minimum interval between two requests to one host. */
  politenessMs?: number;
  /** Refuse feeds (and redirects) that resolve to loopback, private or link-local addresses. */
  blockPrivateHosts?: boolean;
  /** Told before each step of an ingest (fetch, parse, each item, each model call, store). */
  onPhase?: (phase: IngestPhase) => void;
  /** The model reader (PARLEY_READER=model|both); absent: the rules read alone. */
  reader?: ReaderSettings;
}

export interface Ingester {
  /** Ingest URLs or files; none means the dossier's feeds (or their snapshots when offline). */
  run(sources?: string[], opts?: { offline?: boolean }): Promise<IngestReport>;
  /** The sources `run` would ingest, in order. */
  sources(sources?: string[], opts?: { offline?: boolean }): SourceSpec[];
  /** Ingests one source; never throws for a feed's fault, only for the database's (a `DatabaseError`). */
  ingestOne(source: SourceSpec): Promise<IngestSourceReport>;
  /**
   * Stores already-parsed items for one feed; the unit the benchmark and the poller share. With
   * `skipped`, items are stored unread (not scored, not extracted, kept as an excerpt for dedupe)
   * with that reason: an item whose extraction never finished must not be tried again.
   */
  storeItems(feed: StoreFeed, items: IncomingItem[], opts?: { skipped?: string }): IngestSourceReport;
  /** Counts a failure against a known feed (backoff and the failing status follow from it). */
  recordFailure(feedKey: string, reason: string): void;
  /** With a model reader: reads stored items whose model read is due again (put off or failed); how many were read. */
  readLater(): Promise<number>;
  scorer: RelevanceScorer;
  writer: KnowledgeWriter;
}

/** The key a source's feed row is stored under: its URL, or its file's URL. */
export function feedKeyOf(source: Pick<SourceSpec, 'url' | 'file'>): string {
  return source.url ?? pathToFileURL(resolve(source.file!)).href;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Characters of an irrelevant item's text that are stored (enough to re-score it by hand). */
const IRRELEVANT_EXCERPT = 600;

export function createIngester(deps: IngestDeps): Ingester {
  const { db, dossier, logger } = deps;
  const scorer = createRelevanceScorer(dossier);
  const lexicon: ExtractLexicon = lexiconOf(dossier);
  const writer = createKnowledgeWriter(db);
  const reading = deps.reader ? createIngestReading({ settings: deps.reader, db, writer, logger, now: deps.now }) : undefined;

  const q = {
    feedByUrl: db.prepare<[string], FeedRow>('SELECT id, etag, last_modified FROM feeds WHERE url = ?'),
    // Another process may create the same feed's row at any moment: never fail on the unique URL.
    insertFeed: db.prepare<[string, string, number]>('INSERT INTO feeds (url, name, weight) VALUES (?, ?, ?) ON CONFLICT (url) DO NOTHING'),
    feedOkStmt: db.prepare<[{ etag: string | null; lastModified: string | null; at: string; id: number }]>(
      `UPDATE feeds SET etag = coalesce(@etag, etag), last_modified = coalesce(@lastModified, last_modified), last_fetch_at = @at,
       last_ok_at = @at, failures = 0, status = 'ok', last_error = NULL WHERE id = @id`,
    ),
    feedFailed: db.prepare<[string, string, number]>(
      `UPDATE feeds SET last_fetch_at = ?, failures = failures + 1, last_error = ?,
       status = CASE WHEN failures + 1 >= 5 THEN 'failing' ELSE status END WHERE id = ?`,
    ),
    // One statement for the three duplicate keys: it runs for every item, relevant or not.
    duplicate: db.prepare<[{ feedId: number | null; guid: string | null; url: string | null; hash: string }], { dup: number }>(
      `SELECT EXISTS (SELECT 1 FROM items WHERE content_hash = @hash)
           OR (@url IS NOT NULL AND EXISTS (SELECT 1 FROM items WHERE url_key = @url))
           OR (@guid IS NOT NULL AND EXISTS (SELECT 1 FROM items WHERE feed_id = @feedId AND guid = @guid)) AS dup`,
    ),
    // The unique indexes on (feed, GUID), URL key and content hash are the last word on duplicates:
    // an item another writer stored since the read-only check is skipped, not an error.
    insertItem: db.prepare(
      `INSERT INTO items (feed_id, guid, url, url_key, title, published, published_estimated, published_zone_assumed, fetched_at, text, content_hash, relevance, relevant, topics, text_truncated, extraction_skipped)
       VALUES (@feedId, @guid, @url, @urlKey, @title, @published, @estimated, @zoneAssumed, @fetchedAt, @text, @hash, @relevance, @relevant, @topics, @truncated, @skipped)
       ON CONFLICT DO NOTHING`,
    ),
    insertFts: db.prepare<[number, string, string]>('INSERT INTO items_fts (rowid, title, text) VALUES (?, ?, ?)'),
  };

  const feedOk = (etag: string | null, lastModified: string | null, at: string, id: number) =>
    q.feedOkStmt.run({ etag, lastModified, at, id });

  function feedId(url: string, name: string, weight: number): FeedRow {
    const row = q.feedByUrl.get(url);
    if (row) return row;
    q.insertFeed.run(url, name, weight);
    return q.feedByUrl.get(url)!;
  }

  /** Dedupe, score and extract a feed's items, outside the write lock. */
  const prepareItems = (feed: StoreFeed, items: IncomingItem[], opts: { skipped?: string }) => {
    const report: IngestSourceReport = { source: feed.url, status: 'new', newItems: 0, duplicates: 0, irrelevant: 0 };
    const fetchedAt = deps.now().toISOString();
    const knownFeed = q.feedByUrl.get(feed.url);
    // A feed that rewrites GUIDs or dates still repeats its URL or its text: any of the three is a
    // duplicate. A link distinct items share identifies none of them: GUID and text decide then.
    const isDuplicate = (feedId: number | undefined, guid: string | null, url: string | null, hash: string) =>
      q.duplicate.get({ feedId: feedId ?? null, guid, url, hash })?.dup === 1;

    // Outside the write lock: hashing, relevance and extraction are pure work. Done inside, a long
    // feed would hold SQLite's one write lock for seconds and stall the scheduler's claims. (WAL
    // lets these reads run beside another writer; the transaction checks duplicates again.)
    const prepared: Prepared[] = [];
    const prepare = db.transaction(() => {
      for (const item of items) {
        deps.onPhase?.({ kind: 'item', source: feed.url, feed, item });
        const url = item.url ? canonicalUrl(item.url) : null;
        const urlKey = item.sharedLink ? null : url;
        // Everything below works on at most MAX_ITEM_TEXT_CHARS: no item can make its own work unbounded.
        const { text, cut } = capItemText(item.text);
        const hash = contentHash(item.title, text);
        if (isDuplicate(knownFeed?.id, item.guid, urlKey, hash)) {
          report.duplicates++;
          continue;
        }
        const relevance = opts.skipped === undefined ? scorer.score(item.title, text) : 0;
        const published = item.published ?? fetchedAt;
        // A missing or clamped date is a guess: relative phrases ("on Monday") would resolve against it wrongly.
        const publishedCertain = item.published !== null && !item.futureDateClamped;
        const p: Prepared = { item, text, truncated: cut || item.textTruncated === true, url, urlKey, hash, relevance, published, publishedCertain };
        if (opts.skipped === undefined && scorer.isRelevant(relevance)) {
          p.topics = scorer.topics(item.title, text);
          p.extraction = extract({
            title: item.title,
            text,
            published: new Date(published),
            lexicon,
            publishedCertain,
            knownParty: writer.knownParty,
          });
        }
        prepared.push(p);
      }
    });
    // One read snapshot for all the duplicate checks: cheaper than a snapshot per statement, and no write lock.
    prepare.deferred();
    return { report, prepared, fetchedAt };
  };

  /** Writes prepared items and their facts in one transaction. */
  const writePrepared = (feed: StoreFeed, { report, prepared, fetchedAt }: ReturnType<typeof prepareItems>, opts: { skipped?: string }): IngestSourceReport => {
    const write = db.transaction(() => {
      const f = feedId(feed.url, feed.name, feed.weight ?? 1);
      for (const p of prepared) {
        const inserted = q.insertItem.run({
          feedId: f.id,
          guid: p.item.guid,
          url: p.url,
          urlKey: p.urlKey,
          title: p.item.title,
          published: p.published,
          // The fetch time stands in for a missing date or for one clamped from the future (flagged as such).
          estimated: p.item.futureDateClamped ? PUBLISHED_IN_FUTURE : p.item.published ? PUBLISHED_FROM_FEED : PUBLISHED_MISSING,
          zoneAssumed: p.item.zoneAssumed ? 1 : 0,
          fetchedAt,
          // Irrelevant items are kept to recognise them again, not to be read: an excerpt is enough,
          // and it keeps a months-long database from filling with other news (about 80% of items).
          text: p.extraction ? p.text : p.text.slice(0, IRRELEVANT_EXCERPT),
          hash: p.hash,
          relevance: p.relevance,
          relevant: p.extraction ? 1 : 0,
          topics: JSON.stringify(p.topics ?? {}),
          truncated: p.truncated ? 1 : 0,
          skipped: opts.skipped ?? null,
        });
        if (inserted.changes === 0) {
          report.duplicates++;
          continue;
        }
        const id = Number(inserted.lastInsertRowid);
        if (!p.extraction) {
          report.irrelevant++;
          continue;
        }
        // Only relevant coverage is searchable: irrelevant items are kept for dedupe, not for search.
        q.insertFts.run(id, p.item.title, p.text);
        report.newItems++;
        writer.save(id, p.published, p.extraction, fetchedAt, p.item.futureDateClamped === true);
        reading?.stored(p.hash, id);
      }
    });
    deps.onPhase?.({ kind: 'store', source: feed.url });
    try {
      write.immediate();
    } catch (err) {
      writer.forget();
      throw err;
    }
    report.status = report.newItems > 0 ? 'new' : report.irrelevant > 0 ? 'irrelevant' : 'duplicate';
    return report;
  };

  const storeItems = (feed: StoreFeed, items: IncomingItem[], opts: { skipped?: string } = {}): IngestSourceReport =>
    writePrepared(feed, prepareItems(feed, items, opts), opts);

  /** As `storeItems`, with the model reading the relevant items between preparing and writing them. */
  const storeAndRead = async (feed: StoreFeed, items: IncomingItem[]): Promise<IngestSourceReport> => {
    const prepared = prepareItems(feed, items, {});
    if (reading) {
      const read = await reading.read(
        prepared.prepared.map((p) => ({ ...p, title: p.item.title })),
        () => deps.onPhase?.({ kind: 'model', source: feed.url }),
      );
      for (const p of prepared.prepared) p.extraction = read.get(p.hash) ?? p.extraction;
    }
    return writePrepared(feed, prepared, {});
  };

  const readLater = async (): Promise<number> => {
    if (!reading) return 0;
    return reading.readLater({
      extract: (item) => extract({ ...item, lexicon, knownParty: writer.knownParty }),
      onCall: () => deps.onPhase?.({ kind: 'model', source: 'items to read again' }),
    });
  };

  const recordFailure = (feedKey: string, reason: string): void => {
    const known = q.feedByUrl.get(feedKey);
    if (known) q.feedFailed.run(deps.now().toISOString(), reason, known.id);
  };

  async function ingestOne(source: SourceSpec): Promise<IngestSourceReport> {
    if (source.missingSnapshot) {
      return { source: source.label, status: 'failed', newItems: 0, duplicates: 0, irrelevant: 0, reason: 'no offline snapshot' };
    }
    const feedKey = feedKeyOf(source);
    try {
      let xml: string;
      // Saved only once the items are stored: a body that fails to parse must be fetched whole next time, not answered 304.
      let validators: { etag: string | null; lastModified: string | null } | undefined;
      if (source.file) {
        deps.onPhase?.({ kind: 'parse', source: feedKey });
        // Files get the fetch's size cap too: `parley ingest /dev/zero` must not read forever.
        const { size } = await stat(source.file);
        if (size > FETCH_DEFAULTS.maxBytes) throw new Error(`file larger than ${FETCH_DEFAULTS.maxBytes / (1024 * 1024)} MiB`);
        // The same charset detection as the HTTP path: BOM, UTF-16, XML declaration, then a guess.
        xml = decodeFeedBytes(await readFile(source.file)).text;
      } else {
        const known = q.feedByUrl.get(feedKey);
        deps.onPhase?.({ kind: 'fetch', source: feedKey });
        const res = await fetchFeed(feedKey, {
          timeoutMs: deps.timeoutMs ?? 15_000,
          ...(deps.politenessMs !== undefined ? { minHostIntervalMs: deps.politenessMs } : {}),
          validators: { etag: known?.etag ?? undefined, lastModified: known?.last_modified ?? undefined },
          blockPrivateHosts: deps.blockPrivateHosts ?? false,
        });
        if (res.status === 'not-modified') {
          if (known) feedOk(null, null, deps.now().toISOString(), known.id);
          return { source: source.label, status: 'not-modified', newItems: 0, duplicates: 0, irrelevant: 0 };
        }
        xml = res.body;
        validators = { etag: res.etag ?? null, lastModified: res.lastModified ?? null };
        deps.onPhase?.({ kind: 'parse', source: feedKey });
      }
      const parsed = await parseFeed(xml, { fetchedAt: deps.now(), ...(source.url && !source.file ? { baseUrl: source.url } : {}), logger });
      const report = await storeAndRead({ url: feedKey, name: source.name, weight: source.weight }, parsed.items);
      if (validators) feedOk(validators.etag, validators.lastModified, deps.now().toISOString(), feedId(feedKey, source.name, source.weight).id);
      return { ...report, source: source.label };
    } catch (err) {
      // A damaged, read-only or full database is not this feed's fault: stop the whole ingest and say so.
      const dbError = databaseErrorOf(err, db.name);
      if (dbError) throw dbError;
      const reason = err instanceof FeedFetchError || err instanceof Error ? err.message : String(err);
      logger.warn({ source: source.label, reason }, 'feed failed');
      recordFailure(feedKey, reason);
      return { source: source.label, status: 'failed', newItems: 0, duplicates: 0, irrelevant: 0, reason };
    }
  }

  const sourcesFor = (sources: string[] | undefined, opts: { offline?: boolean }): SourceSpec[] =>
    sources && sources.length > 0
      ? sources.map((s) => {
          const feed = dossier.feeds.find((f) => f.url === s);
          return isUrl(s)
            ? { label: s, url: s, name: feed?.name ?? new URL(s).host, weight: feed?.weight ?? 1 }
            : { label: s, file: s, name: basename(s).replace(/\.(xml|rss|atom|rdf)$/i, ''), weight: 1 };
        })
      : dossier.feeds.map((f): SourceSpec => {
          if (!opts.offline) return { label: f.name, url: f.url, name: f.name, weight: f.weight };
          // A snapshot stands in for its feed: items keep the outlet's name and weight.
          const label = `${f.name} (snapshot)`;
          return f.snapshot
            ? { label, url: f.url, file: join(dossier.dir, f.snapshot), name: f.name, weight: f.weight }
            : { label, url: f.url, name: f.name, weight: f.weight, missingSnapshot: true };
        });

  return {
    scorer,
    writer,
    storeItems,
    recordFailure,
    readLater,
    ingestOne,
    sources: (sources, opts = {}) => sourcesFor(sources, opts),
    async run(sources, opts = {}) {
      const reports: IngestSourceReport[] = [];
      // Sequential: one bad source never stops the others, and SQLite has one writer anyway.
      for (const s of sourcesFor(sources, opts)) reports.push(await ingestOne(s));
      await readLater();
      return { sources: reports };
    },
  };
}
