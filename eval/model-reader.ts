/**
 * `npm run eval -- --reader model|both`: the configured endpoint (PARLEY_MODEL_URL, PARLEY_MODEL,
 * PARLEY_MODEL_API_KEY…) reads the labelled sets, so a team sees what its model buys before turning
 * it on. The real-reporting sets go through the whole path with the reader on (each passage a fresh
 * database, as for the rules); the older sets through the rules' extraction merged with the model's
 * verified reading, as the ingest merges them. Nothing is cached between runs: each run pays.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadReaderSettings } from '../src/config.js';
import { extract } from '../src/core/extract/index.js';
import type { Extraction, ExtractLexicon } from '../src/core/extract/types.js';
import { contentHash } from '../src/core/feeds/index.js';
import { silentLogger } from '../src/core/logger.js';
import type { DropReason } from '../src/core/reader/gate.js';
import { mergeReadings } from '../src/core/reader/merge.js';
import { createModelReader, type ModelReader } from '../src/core/reader/reader.js';
import { endpointForLog, type ReaderMode, type ReaderSettings } from '../src/core/reader/settings.js';
import type { ReaderHealth } from '../src/core/reader/status.js';
import { openDb } from '../src/core/store/db.js';
import { createModelReads } from '../src/core/store/model-reads.js';
import { createSqliteClient } from '../src/core/store/sql.js';
import type { LabelledPassage } from '../tests/extract/score.js';

/** What the reader did over a run, printed under the scores. */
export interface ReaderTally {
  items: number;
  read: number;
  /** Items the model did not read (an error, a timeout, a malformed answer, the budget): the rules' facts stood. */
  fellBack: Map<string, number>;
  dropped: Map<DropReason | string, number>;
  droppedTotal: number;
  tokens: number;
  calls: number;
}

export const emptyTally = (): ReaderTally => ({ items: 0, read: 0, fellBack: new Map(), dropped: new Map(), droppedTotal: 0, tokens: 0, calls: 0 });

const bump = <K>(m: Map<K, number>, k: K, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/** The reader's settings for the eval: the mode from `--reader`, the endpoint from the environment. */
export function evalReaderSettings(argv: string[]): ReaderSettings | undefined {
  const at = argv.indexOf('--reader');
  if (at < 0) return undefined;
  const mode = argv[at + 1] as ReaderMode | undefined;
  if (mode !== 'rules' && mode !== 'model' && mode !== 'both') {
    console.error('npm run eval: --reader takes rules, model or both');
    process.exit(2);
  }
  try {
    return loadReaderSettings(undefined, mode);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(`npm run eval: ${err.message}`);
    process.exit(2);
  }
}

/** Adds what a passage's core reported (`health().reader`) to the tally. */
export function addHealth(t: ReaderTally, h: ReaderHealth | undefined, items: number): void {
  if (!h) return;
  t.items += items;
  t.read += items - h.waiting;
  if (h.waiting) bump(t.fellBack, 'not read (see the log of a real ingest for why)', h.waiting);
  t.droppedTotal += h.dropped;
  t.tokens += h.tokens;
  t.calls += h.calls;
}

/**
 * The older sets' extractions with the model: the rules' extraction of each passage merged with
 * the model's verified reading (the rules' alone where the model did not read it).
 */
export async function modelExtractions(passages: LabelledPassage[], settings: ReaderSettings, lexicon: ExtractLexicon, tally: ReaderTally): Promise<Map<string, Extraction>> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-eval-reader-'));
  const db = openDb(join(dir, 'reads.db'));
  const store = createModelReads(createSqliteClient(db));
  const reader: ModelReader = createModelReader({ settings, store, logger: silentLogger, now: () => new Date() });
  const out = new Map<string, Extraction>();
  try {
    // A chunk per `concurrency` passages: each read gets the full timeout, as one ingest would.
    for (let i = 0; i < passages.length; i += settings.concurrency) {
      const chunk = passages.slice(i, i + settings.concurrency).map((p) => {
        const x = extract({ title: '', text: p.text, published: new Date(p.published), publishedCertain: p.publishedCertain, lexicon });
        return { p, x };
      });
      const outcomes = await reader.readAll(
        chunk.map(({ p, x }) => ({
          hash: contentHash('', p.text),
          title: '',
          text: p.text,
          published: new Date(p.published).toISOString(),
          publishedCertain: p.publishedCertain !== false,
          sentences: x.sentences,
        })),
      );
      chunk.forEach(({ p, x }, k) => {
        const o = outcomes[k]!;
        tally.items++;
        if (o.kind === 'deferred') {
          bump(tally.fellBack, o.why);
          out.set(p.id, x);
          return;
        }
        tally.read++;
        const merged = mergeReadings(x, o.verified, settings.mode === 'model' ? 'model' : 'both');
        for (const d of merged.dropped) bump(tally.dropped, d.why);
        tally.droppedTotal += merged.dropped.length;
        out.set(p.id, merged.extraction);
      });
    }
    const day = await store.usage(new Date().toISOString().slice(0, 10));
    tally.tokens += day.tokens;
    tally.calls += day.calls;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** The reader's lines under the scores. */
export function tallyLines(settings: ReaderSettings, t: ReaderTally): string[] {
  const lines = [
    `Model reader: ${settings.model} at ${endpointForLog(settings.url)}, PARLEY_READER=${settings.mode}: ${t.read} of ${t.items} items read by the model, ${t.items - t.read} by the rules alone; ${t.calls} calls, ${t.tokens} tokens; ${t.droppedTotal} proposed facts dropped by the evidence gate.`,
  ];
  if (t.dropped.size) lines.push(`  dropped (older sets): ${[...t.dropped.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (t.fellBack.size) lines.push(`  not read: ${[...t.fellBack.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  return lines;
}
