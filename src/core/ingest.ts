import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IngestReport, IngestRunOptions, IngestSourceReport } from './core.js';
import type { LoadedDossier } from './dossier/load.js';
import { lexiconOf } from './dossier/load.js';
import { UserError } from './errors.js';
import { extract } from './extract/index.js';
import type { Extraction, ExtractLexicon } from './extract/types.js';
import { canonicalUrl, contentHash, decodeFeedBytes, FETCH_DEFAULTS, FeedFetchError, fetchFeed, parseFeed } from './feeds/index.js';
import { capItemText } from './feeds/limits.js';
import type { Logger } from './logger.js';
import { createIngestReading } from './reader/ingest-step.js';
import type { ReaderSettings } from './reader/settings.js';
import { createMultiRelevanceScorer, type MultiRelevanceScorer } from './relevance.js';
import { databaseErrorOf, type Db } from './store/db.js';
import { createKnowledgeWriter, type KnownParty, type KnowledgeWriter, knownParties } from './knowledge-writer.js';
import { PUBLISHED_FROM_FEED, PUBLISHED_IN_FUTURE, PUBLISHED_MISSING } from './store/knowledge.js';
import {
  dossierSetId,
  dossierSetKey,
  dossiersOfItem,
  ensureDossierSet,
  ensureFeed,
  feedByUrl,
  indexItemText,
  insertItem,
  keepItemWhole,
  lockIngestWriter,
  recordFeedFailure,
  recordFeedOk,
  saveItemReading,
  setItemScoredSet,
  type StoredDuplicate,
  storedDuplicate,
  storedItemText,
} from './store/items-write.js';
import { createSqliteClient, type SqlClient } from './store/sql.js';

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

/** An item read for one dossier it is relevant to: its score and topics there, and the extraction with that dossier's lexicon. */
interface Reading {
  dossier: string;
  relevance: number;
  topics: Record<string, number>;
  extraction: Extraction;
}

/** An item checked, scored and (when relevant to any dossier) extracted before the write transaction. */
interface Prepared {
  item: IncomingItem;
  /** The item's text within `MAX_ITEM_TEXT_CHARS`: what is hashed, scored, extracted and stored. */
  text: string;
  truncated: boolean;
  url: string | null;
  /** The URL as a duplicate key: null when the link does not identify the item. */
  urlKey: string | null;
  hash: string;
  /** The highest of its dossiers' scores (kept on the item for a reader of the table). */
  relevance: number;
  published: string;
  publishedCertain: boolean;
  /** One per dossier it is relevant to; none: irrelevant everywhere, stored as an excerpt. */
  readings: Reading[];
}

/**
 * An item stored before some dossier served now existed, brought again by a feed: read for
 * those dossiers now (from the stored text when it was kept whole, else from this copy).
 */
interface Reread {
  itemId: number;
  /** The dossier set the item is scored for once this is written. */
  dossiers: string[];
  published: string;
  dateUnknown: boolean;
  /** Set when the stored item was an excerpt and this copy is relevant: the text to keep instead. */
  fullText?: { title: string; text: string };
  readings: Reading[];
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
  /** The store items and facts are written to (SQLite or PostgreSQL). */
  sql?: SqlClient;
  /**
   * The SQLite connection: the store when `sql` is not given (wrapped in a client of its own, so
   * only for a connection nothing else writes through a client), and the file's name in errors.
   */
  db?: Db;
  /** The default dossier: its feeds are the sources of `run()` when neither sources nor a dossier are named and it serves alone. */
  dossier: LoadedDossier;
  /**
   * Every dossier an item is read for (default: `[dossier]`): each scores it, and each it is
   * relevant to extracts it with its own lexicon; the item is stored once.
   */
  dossiers?: readonly LoadedDossier[];
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
  /** Ingest URLs or files; none means the named dossier's feeds, or every dossier's (their snapshots when offline). */
  run(sources?: string[], opts?: IngestRunOptions): Promise<IngestReport>;
  /** The sources `run` would ingest, in order. */
  sources(sources?: string[], opts?: IngestRunOptions): SourceSpec[];
  /** Ingests one source; never throws for a feed's fault, only for the database's (a `DatabaseError`). */
  ingestOne(source: SourceSpec): Promise<IngestSourceReport>;
  /**
   * Stores already-parsed items for one feed; the unit the benchmark and the poller share. With
   * `skipped`, items are stored unread (not scored, not extracted, kept as an excerpt for dedupe)
   * with that reason: an item whose extraction never finished must not be tried again.
   */
  storeItems(feed: StoreFeed, items: IncomingItem[], opts?: { skipped?: string }): Promise<IngestSourceReport>;
  /** Counts a failure against a known feed (backoff and the failing status follow from it). */
  recordFailure(feedKey: string, reason: string): Promise<void>;
  /** With a model reader: reads stored items whose model read is due again (put off or failed); how many were read. */
  readLater(): Promise<number>;
  scorer: MultiRelevanceScorer;
  writer: KnowledgeWriter;
  /** The dossiers items are read for. */
  dossiers: readonly LoadedDossier[];
}

/** The key a source's feed row is stored under: its URL, or its file's URL. */
export function feedKeyOf(source: Pick<SourceSpec, 'url' | 'file'>): string {
  return source.url ?? pathToFileURL(resolve(source.file!)).href;
}

/**
 * An error PostgreSQL (or the connection to it) raised: not a feed's fault, so it stops the ingest
 * as a damaged SQLite file would. pg's server errors carry a severity; a lost connection, a code.
 */
function postgresFault(err: unknown): Error | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const code = 'code' in err ? String(err.code) : '';
  if ('severity' in err || /^(ECONN|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|57P|08)/.test(code) || /Connection terminated/i.test(String((err as Error).message))) {
    return err instanceof Error ? err : new Error(String(err));
  }
  return undefined;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Failed fetches in a row after which a feed is marked failing (its backoff and the briefing's note follow). */
const FAILING_AFTER = 5;

/** Characters of an irrelevant item's text that are stored (enough to re-score it by hand). */
const IRRELEVANT_EXCERPT = 600;

export function createIngester(deps: IngestDeps): Ingester {
  const { dossier, logger } = deps;
  const db = deps.db;
  if (!deps.sql && !db) throw new Error('createIngester needs a store: sql or db');
  const sql: SqlClient = deps.sql ?? createSqliteClient(db!);
  /** What a database error names: the SQLite file, or the PostgreSQL store. */
  const storeName = db?.name ?? 'the PostgreSQL database';
  const dossiers: readonly LoadedDossier[] = deps.dossiers?.length ? deps.dossiers : [dossier];
  const served = dossiers.map((d) => d.id);
  const servedKey = [...served].sort().join(',');
  const scorer = createMultiRelevanceScorer(dossiers);
  const lexicons: ExtractLexicon[] = dossiers.map(lexiconOf);
  const writer = createKnowledgeWriter();
  const reading = deps.reader ? createIngestReading({ settings: deps.reader, sql, writer, logger, now: deps.now }) : undefined;
  /** The sides the store knows, read before a feed's items are extracted (extraction asks synchronously). */
  let knownParty: KnownParty = () => undefined;

  const feedOk = (etag: string | null, lastModified: string | null, at: string, id: number) => recordFeedOk(sql, id, { etag, lastModified, at });

  // Dossier sets by id and by their sorted ids: a handful per database, read once each.
  const setIds = new Map<string, number>();
  const setMembers = new Map<number, string[]>();
  /** The id of a dossier set, created when new (inside a write transaction). */
  async function setIdOf(t: SqlClient, ids: readonly string[]): Promise<number> {
    const key = [...new Set(ids)].sort().join(',');
    let id = setIds.get(key);
    if (id === undefined) {
      id = await ensureDossierSet(t, key);
      setIds.set(key, id);
    }
    return id;
  }
  /** The dossiers a stored item was scored for (items from before dossier sets: none known). */
  async function membersOf(setId: number | null): Promise<string[]> {
    if (setId === null) return [];
    let m = setMembers.get(setId);
    if (!m) {
      m = ((await dossierSetKey(sql, setId)) ?? '').split(',').filter(Boolean);
      setMembers.set(setId, m);
    }
    return m;
  }
  const knownServedSet = async () => setIds.get(servedKey) ?? (await dossierSetId(sql, servedKey));

  /** Reads an item for the dossiers (by index) it is relevant to. */
  function read(title: string, text: string, published: string, publishedCertain: boolean, only?: ReadonlySet<number>): { readings: Reading[]; best: number } {
    const readings: Reading[] = [];
    let best = 0;
    for (const r of scorer.score(title, text)) {
      if (only && !only.has(r.index)) continue;
      best = Math.max(best, r.score);
      if (!r.relevant) continue;
      readings.push({
        dossier: served[r.index]!,
        relevance: r.score,
        topics: scorer.topics(r.index, title, text),
        extraction: extract({
          title,
          text,
          published: new Date(published),
          lexicon: lexicons[r.index]!,
          // A missing or clamped date is a guess: relative phrases ("on Monday") would resolve against it wrongly.
          publishedCertain,
          knownParty,
        }),
      });
    }
    return { readings, best };
  }

  /** Dedupe, score and extract a feed's items (and find stored ones a dossier added since must read), outside the write lock. */
  const prepareItems = async (feed: StoreFeed, items: IncomingItem[], opts: { skipped?: string }) => {
    const report: IngestSourceReport = { source: feed.url, status: 'new', newItems: 0, duplicates: 0, irrelevant: 0 };
    const fetchedAt = deps.now().toISOString();
    const knownFeed = await feedByUrl(sql, feed.url);
    const servedSet = await knownServedSet();
    // Read once per feed, before any of its items is extracted: no write happens until they all are.
    let partiesRead = false;
    const readParties = async () => {
      if (partiesRead || opts.skipped !== undefined) return;
      knownParty = await knownParties(sql);
      partiesRead = true;
    };

    // Outside the write transaction: hashing, relevance and extraction are pure work. Done inside, a
    // long feed would hold SQLite's one write lock for seconds and stall the scheduler's claims.
    // (WAL lets these reads run beside another writer; the transaction checks duplicates again.)
    const prepared: Prepared[] = [];
    const rereads: Reread[] = [];
    for (const item of items) {
      deps.onPhase?.({ kind: 'item', source: feed.url, feed, item });
      const url = item.url ? canonicalUrl(item.url) : null;
      const urlKey = item.sharedLink ? null : url;
      // Everything below works on at most MAX_ITEM_TEXT_CHARS: no item can make its own work unbounded.
      const { text, cut } = capItemText(item.text);
      const hash = contentHash(item.title, text);
      // A feed that rewrites GUIDs or dates still repeats its URL or its text: any of the three is a
      // duplicate. A link distinct items share identifies none of them: GUID and text decide then.
      // The stored item's dossier set says whether a dossier added since must read it.
      const dup = await storedDuplicate(sql, { feedId: knownFeed?.id ?? null, guid: item.guid, url: urlKey, hash });
      if (dup) {
        report.duplicates++;
        if (opts.skipped === undefined && (servedSet === undefined || dup.scoredSet !== servedSet)) {
          const again = await rereadFor(dup, item, text);
          if (again) rereads.push(again);
        }
        continue;
      }
      const published = item.published ?? fetchedAt;
      const publishedCertain = item.published !== null && !item.futureDateClamped;
      await readParties();
      const { readings, best } = opts.skipped === undefined ? read(item.title, text, published, publishedCertain) : { readings: [], best: 0 };
      prepared.push({ item, text, truncated: cut || item.textTruncated === true, url, urlKey, hash, relevance: best, published, publishedCertain, readings });
    }

    /** A stored item some served dossier has not scored: read it for those now, or undefined when none is missing. */
    async function rereadFor(dup: StoredDuplicate, item: IncomingItem, incomingText: string): Promise<Reread | undefined> {
      // An item set aside because reading it never ended is not tried again, for any dossier.
      if (dup.extractionSkipped !== null) return undefined;
      const seen = await membersOf(dup.scoredSet);
      const missing = new Set(served.flatMap((id, i) => (seen.includes(id) ? [] : [i])));
      if (missing.size === 0) return undefined;
      // Read only for a duplicate some served dossier has not scored: rare, and the text may be long.
      const stored = await storedItemText(sql, dup.id);
      if (!stored) return undefined;
      await readParties();
      // The stored text when it was kept whole (the facts already stored point at its sentences); else this copy.
      const whole = stored.relevant === 1;
      const title = whole ? stored.title : item.title;
      const text = whole ? stored.text : incomingText;
      const dateUnknown = stored.publishedEstimated === PUBLISHED_IN_FUTURE;
      const { readings } = read(title, text, stored.published, stored.publishedEstimated === PUBLISHED_FROM_FEED, missing);
      return {
        itemId: dup.id,
        dossiers: [...seen, ...served],
        published: stored.published,
        dateUnknown,
        ...(!whole && readings.length > 0 ? { fullText: { title, text } } : {}),
        readings,
      };
    }
    return { report, prepared, rereads, fetchedAt };
  };

  /** Writes prepared items, their facts for each dossier and the re-reads in one transaction. */
  const writePrepared = async (
    feed: StoreFeed,
    { report, prepared, rereads, fetchedAt }: Awaited<ReturnType<typeof prepareItems>>,
    opts: { skipped?: string },
  ): Promise<IngestSourceReport> => {
    const saveReadings = async (t: SqlClient, itemId: number, readings: Reading[], published: string, dateUnknown: boolean) => {
      for (const r of readings) {
        await saveItemReading(t, itemId, r.dossier, r.relevance, r.topics);
        await writer.save(t, itemId, r.dossier, published, r.extraction, fetchedAt, dateUnknown);
      }
    };

    const write = async (t: SqlClient) => {
      // One ingest writer at a time per schema, as SQLite's write lock gives the file: two replicas
      // storing the same new person, round or event at once would otherwise both insert it, and one
      // feed's transaction would fail on the unique key. (Preparing runs beside, unlocked.)
      await lockIngestWriter(t);
      const f = await ensureFeed(t, feed.url, feed.name, feed.weight ?? 1);
      const scoredSet = await setIdOf(t, served);
      for (const p of prepared) {
        const relevant = p.readings.length > 0;
        const id = await insertItem(t, {
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
          text: relevant ? p.text : p.text.slice(0, IRRELEVANT_EXCERPT),
          hash: p.hash,
          relevance: p.relevance,
          relevant: relevant ? 1 : 0,
          // Topics per dossier are in item_dossiers; the item keeps those of the first that reads it.
          topics: JSON.stringify(p.readings[0]?.topics ?? {}),
          truncated: p.truncated ? 1 : 0,
          skipped: opts.skipped ?? null,
          scoredSet,
        });
        if (id === undefined) {
          report.duplicates++;
          continue;
        }
        if (!relevant) {
          report.irrelevant++;
          continue;
        }
        // Only relevant coverage is searchable: irrelevant items are kept for dedupe, not for search.
        await indexItemText(t, id, p.item.title, p.text);
        report.newItems++;
        await saveReadings(t, id, p.readings, p.published, p.item.futureDateClamped === true);
        await reading?.stored(t, p.hash, id);
      }
      for (const r of rereads) {
        await setItemScoredSet(t, r.itemId, await setIdOf(t, r.dossiers));
        if (r.readings.length === 0) continue;
        if (r.fullText) {
          await keepItemWhole(t, r.itemId, r.fullText.text);
          await indexItemText(t, r.itemId, r.fullText.title, r.fullText.text);
        }
        await saveReadings(t, r.itemId, r.readings, r.published, r.dateUnknown);
        report.reread = (report.reread ?? 0) + 1;
      }
    };
    deps.onPhase?.({ kind: 'store', source: feed.url });
    // Counted again inside: a transaction that rolls back (and is not retried) must not have counted.
    const before = { ...report };
    try {
      await sql.tx(write);
    } catch (err) {
      Object.assign(report, before);
      writer.forget();
      // A set created in the rolled-back transaction does not exist: ask the database again next time.
      setIds.clear();
      throw err;
    }
    report.status = report.newItems > 0 || (report.reread ?? 0) > 0 ? 'new' : report.irrelevant > 0 ? 'irrelevant' : 'duplicate';
    return report;
  };

  const storeItems = async (feed: StoreFeed, items: IncomingItem[], opts: { skipped?: string } = {}): Promise<IngestSourceReport> =>
    writePrepared(feed, await prepareItems(feed, items, opts), opts);

  /** As `storeItems`, with the model reading the relevant items between preparing and writing them. */
  const storeAndRead = async (feed: StoreFeed, items: IncomingItem[]): Promise<IngestSourceReport> => {
    const prepared = await prepareItems(feed, items, {});
    if (reading) {
      // The model reads each item once; what it verifiably read joins every dossier's reading of it.
      const merges = await reading.read(
        prepared.prepared.filter((p) => p.readings.length > 0).map((p) => ({ ...p, title: p.item.title, extraction: p.readings[0]!.extraction })),
        () => deps.onPhase?.({ kind: 'model', source: feed.url }),
      );
      for (const p of prepared.prepared) {
        const merge = merges.get(p.hash);
        if (merge) for (const r of p.readings) r.extraction = merge(r.extraction);
      }
    }
    return writePrepared(feed, prepared, {});
  };

  const readLater = async (): Promise<number> => {
    if (!reading) return 0;
    knownParty = await knownParties(sql);
    return reading.readLater({
      // Each dossier the stored item was read for and this ingester serves: its rules reading again.
      extract: async (item) =>
        (await dossiersOfItem(sql, item.itemId)).flatMap((dossier) => {
          const i = served.indexOf(dossier);
          if (i < 0) return [];
          return [{ dossier, extraction: extract({ title: item.title, text: item.text, published: item.published, publishedCertain: item.publishedCertain, lexicon: lexicons[i]!, knownParty }) }];
        }),
      onCall: () => deps.onPhase?.({ kind: 'model', source: 'items to read again' }),
    });
  };

  const recordFailure = async (feedKey: string, reason: string): Promise<void> => {
    const known = await feedByUrl(sql, feedKey);
    if (known) await recordFeedFailure(sql, known.id, { at: deps.now().toISOString(), reason, failingAfter: FAILING_AFTER });
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
        const known = await feedByUrl(sql, feedKey);
        deps.onPhase?.({ kind: 'fetch', source: feedKey });
        const res = await fetchFeed(feedKey, {
          timeoutMs: deps.timeoutMs ?? 15_000,
          ...(deps.politenessMs !== undefined ? { minHostIntervalMs: deps.politenessMs } : {}),
          validators: { etag: known?.etag ?? undefined, lastModified: known?.lastModified ?? undefined },
          blockPrivateHosts: deps.blockPrivateHosts ?? false,
        });
        if (res.status === 'not-modified') {
          if (known) await feedOk(null, null, deps.now().toISOString(), known.id);
          return { source: source.label, status: 'not-modified', newItems: 0, duplicates: 0, irrelevant: 0 };
        }
        xml = res.body;
        validators = { etag: res.etag ?? null, lastModified: res.lastModified ?? null };
        deps.onPhase?.({ kind: 'parse', source: feedKey });
      }
      const parsed = await parseFeed(xml, { fetchedAt: deps.now(), ...(source.url && !source.file ? { baseUrl: source.url } : {}), logger });
      const report = await storeAndRead({ url: feedKey, name: source.name, weight: source.weight }, parsed.items);
      if (validators) await feedOk(validators.etag, validators.lastModified, deps.now().toISOString(), (await ensureFeed(sql, feedKey, source.name, source.weight)).id);
      return { ...report, source: source.label };
    } catch (err) {
      // A damaged, read-only or full database is not this feed's fault: stop the whole ingest and say so.
      const dbError = sql.dialect === 'sqlite' ? databaseErrorOf(err, storeName) : postgresFault(err);
      if (dbError) throw dbError;
      const reason = err instanceof FeedFetchError || err instanceof Error ? err.message : String(err);
      logger.warn({ source: source.label, reason }, 'feed failed');
      await recordFailure(feedKey, reason);
      return { source: source.label, status: 'failed', newItems: 0, duplicates: 0, irrelevant: 0, reason };
    }
  }

  /** The dossiers whose feeds an ingest without sources reads: the one named, else every one served. */
  function chosen(id: string | undefined): readonly LoadedDossier[] {
    if (id === undefined) return dossiers;
    const d = dossiers.find((x) => x.id === id);
    if (!d) throw new UserError(`No dossier "${id.slice(0, 40)}" here. Known: ${served.join(', ')}. Try: --dossier ${served[0]}`);
    return [d];
  }

  const sourcesFor = (sources: string[] | undefined, opts: IngestRunOptions): SourceSpec[] => {
    const pool = chosen(opts.dossier);
    if (sources && sources.length > 0) {
      return sources.map((s) => {
        // A URL of a dossier's feed keeps its outlet's name and weight (the named dossier's first).
        const feed = [...pool, ...dossiers].flatMap((d) => d.feeds).find((f) => f.url === s);
        return isUrl(s)
          ? { label: s, url: s, name: feed?.name ?? new URL(s).host, weight: feed?.weight ?? 1 }
          : { label: s, file: s, name: basename(s).replace(/\.(xml|rss|atom|rdf)$/i, ''), weight: 1 };
      });
    }
    // Feeds several dossiers share (Al Jazeera, DW) are fetched once: each item is read for every dossier anyway.
    const seen = new Set<string>();
    const out: SourceSpec[] = [];
    for (const d of pool) {
      for (const f of d.feeds) {
        const file = opts.offline && f.snapshot ? join(d.dir, f.snapshot) : undefined;
        const key = `${f.url}|${file ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (!opts.offline) {
          out.push({ label: f.name, url: f.url, name: f.name, weight: f.weight });
          continue;
        }
        // A snapshot stands in for its feed: items keep the outlet's name and weight.
        const label = `${f.name} (${pool.length > 1 ? `${d.id} ` : ''}snapshot)`;
        out.push(file ? { label, url: f.url, file, name: f.name, weight: f.weight } : { label, url: f.url, name: f.name, weight: f.weight, missingSnapshot: true });
      }
    }
    return out;
  };

  return {
    scorer,
    writer,
    dossiers,
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
