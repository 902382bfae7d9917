/**
 * Where the model reader meets the ingest: between preparing a feed's items (the rules'
 * extraction, outside the write lock) and writing them. Relevant items are read (or found in the
 * cache), their verified facts merged into the rules' extraction; an item the model could not
 * read keeps the rules' facts and is recorded to be read later, when `readLater` merges the
 * model's facts into what is already stored (the writer's inserts are keyed: the rules' facts are
 * not stored twice, and the ones the model agrees with are marked read by both).
 */
import type { Extraction } from '../extract/types.js';
import type { Logger } from '../logger.js';
import type { SqlClient } from '../store/sql.js';
import type { KnowledgeWriter } from '../knowledge-writer.js';
import { PUBLISHED_FROM_FEED, PUBLISHED_IN_FUTURE } from '../store/knowledge.js';
import { createModelReads, type ModelReads } from '../store/model-reads.js';
import { mergeReadings } from './merge.js';
import { PROMPT_VERSION } from './prompt.js';
import { createModelReader, type ModelReader, type ReadOutcome, type ReadRequest } from './reader.js';
import type { ReaderSettings } from './settings.js';

/** An item as the ingest prepared it: what the reader needs, and the extraction it may enrich. */
export interface PreparedForReading {
  hash: string;
  title: string;
  text: string;
  published: string;
  publishedCertain: boolean;
  extraction?: Extraction | undefined;
}

export interface IngestReading {
  readonly mode: 'model' | 'both';
  /**
   * Reads the relevant items; returns, per content hash, a merge that adds what the model verifiably
   * read to a rules extraction of that item (one per dossier the item is read for: the model reads
   * the text once, whatever dossiers it serves).
   */
  read(items: PreparedForReading[], onCall: () => void): Promise<Map<string, (rules: Extraction) => Extraction>>;
  /** After an item is stored (in the write transaction, `t`): a read to do later is recorded, a cached one linked. */
  stored(t: SqlClient, hash: string, itemId: number): Promise<void>;
  /**
   * Reads stored items whose read was put off or failed and is due, and merges the model's facts
   * into the knowledge base. Returns how many were read.
   */
  readLater(opts: {
    /** The rules' extraction of a stored item for each dossier it was read for (the model's facts are merged into each). */
    extract: (item: { itemId: number; title: string; text: string; published: Date; publishedCertain: boolean }) => Promise<{ dossier: string; extraction: Extraction }[]>;
    onCall: () => void;
    limit?: number;
  }): Promise<number>;
  readonly reader: ModelReader;
}

/** `sql`: the store the model's cache (model_reads) and the knowledge are kept in, SQLite or PostgreSQL. */
export function createIngestReading(deps: { settings: ReaderSettings; sql: SqlClient; writer: KnowledgeWriter; logger: Logger; now: () => Date }): IngestReading {
  const mode = deps.settings.mode === 'model' ? 'model' : 'both';
  const store: ModelReads = createModelReads(deps.sql);
  const reader = createModelReader({ settings: deps.settings, store, logger: deps.logger, now: deps.now });
  /** Outcomes of the last `read`, until their items are stored. */
  const outcomes = new Map<string, ReadOutcome>();

  const request = (p: { hash: string; title: string; text: string; published: string; publishedCertain: boolean }, x: Extraction, tries?: number): ReadRequest => ({
    hash: p.hash,
    title: p.title,
    text: p.text,
    published: p.published,
    publishedCertain: p.publishedCertain,
    sentences: x.sentences,
    ...(tries !== undefined ? { tries } : {}),
  });

  return {
    mode,
    reader,
    async read(items, onCall) {
      outcomes.clear();
      const merged = new Map<string, (rules: Extraction) => Extraction>();
      const relevant = items.filter((p) => p.extraction !== undefined);
      if (relevant.length === 0) return merged;
      const results = await reader.readAll(
        relevant.map((p) => request(p, p.extraction!)),
        { onCall },
      );
      relevant.forEach((p, i) => {
        const o = results[i]!;
        outcomes.set(p.hash, o);
        if (o.kind === 'read') merged.set(p.hash, (rules) => mergeReadings(rules, o.verified, mode).extraction);
      });
      return merged;
    },
    async stored(t, hash, itemId) {
      const o = outcomes.get(hash);
      if (!o) return;
      if (o.kind === 'deferred') await reader.defer(t, hash, itemId, o);
      else await store.within(t).linkItem(reader.keyOf(hash), itemId);
    },
    async readLater(opts) {
      const due = await store.due(deps.settings.model, PROMPT_VERSION, deps.now().toISOString(), opts.limit ?? 50);
      if (due.length === 0) return 0;
      const prepared = [];
      for (const d of due) {
        const publishedCertain = d.publishedEstimated === PUBLISHED_FROM_FEED;
        const readings = await opts.extract({ itemId: d.itemId, title: d.title, text: d.text, published: new Date(d.published), publishedCertain });
        prepared.push({ d, publishedCertain, readings });
      }
      // An item no served dossier reads any more has nothing to merge into: left as it is.
      const asked = prepared.filter((p) => p.readings.length > 0);
      if (asked.length === 0) return 0;
      const results = await reader.readAll(
        asked.map(({ d, publishedCertain, readings }) => request({ hash: d.hash, title: d.title, text: d.text, published: d.published, publishedCertain }, readings[0]!.extraction, d.tries)),
        { onCall: opts.onCall },
      );
      let read = 0;
      const at = deps.now().toISOString();
      const write = async (t: SqlClient) => {
        for (const [i, { d, readings }] of asked.entries()) {
          const o = results[i]!;
          if (o.kind === 'deferred') {
            await reader.defer(t, d.hash, d.itemId, o);
            continue;
          }
          for (const r of readings) {
            await deps.writer.save(t, d.itemId, r.dossier, d.published, mergeReadings(r.extraction, o.verified, mode).extraction, at, d.publishedEstimated === PUBLISHED_IN_FUTURE);
          }
          await store.within(t).linkItem(reader.keyOf(d.hash), d.itemId);
          read++;
        }
      };
      try {
        await deps.sql.tx(write);
      } catch (err) {
        deps.writer.forget();
        throw err;
      }
      return read;
    },
  };
}
