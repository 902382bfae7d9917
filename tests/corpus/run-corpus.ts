/**
 * `npm run test:corpus`: Parley's feed reading against other parsers' test feeds in
 * `../shared/feed-corpus` (see its README). The corpus is data under its own licences and is
 * never copied into the project; when the folder is absent this says so and exits 0.
 *
 * Checks, each right, wrong or refused-by-design:
 * - every field in `oracle.jsonl` (feed and entry titles, entry links, dates) against its `expected`;
 * - every file in `encodings-synth/` decodes to its expected title (bytes read as `parley ingest FILE` reads them);
 * - every corpus document with several items: each distinct item (title and text) is stored once by the real ingest.
 * Every file is also parsed once: anything but a FeedParseError is a crash.
 *
 * Fails on any crash, on any check wrong that `baseline.json` does not list as known-wrong, or on
 * fewer right than recorded. `-- --record` rewrites the baseline; `-- --verbose` lists what is wrong.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { directStore } from '../support/store.js';
import { canonicalUrl, decodeFeedBytes, FeedParseError, type ParsedFeed, parseFeed } from '../../src/core/feeds/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BASELINE = join(import.meta.dirname, 'baseline.json');
const args = process.argv.slice(2);
const corpusArg = args.indexOf('--corpus');
const CORPUS = corpusArg !== -1 && args[corpusArg + 1] ? resolve(args[corpusArg + 1]!) : resolve(ROOT, '..', 'shared', 'feed-corpus');
const RECORD = args.includes('--record');
const VERBOSE = args.includes('--verbose');
/** Dates in the corpus run to 2026: a fixed fetch time keeps the future-date clamp out of the way. */
const FETCHED_AT = new Date('2030-01-01T00:00:00Z');

type Verdict = 'right' | 'wrong' | 'refused-by-design';

interface Check {
  id: string;
  verdict: Verdict;
  detail?: string;
}

interface Baseline {
  right: number;
  knownWrong: string[];
}

/**
 * Refusals Parley makes on purpose: documents declaring entities (billion laughs, external
 * entities) and CDF, Microsoft's 1997 channel format, which no news site publishes.
 */
function refusedByDesign(err: FeedParseError): boolean {
  return err.code === 'entities' || (err.code === 'not-a-feed' && /root <channel>/.test(err.message));
}

const parsed = new Map<string, Promise<ParsedFeed | FeedParseError>>();
let crashes: string[] = [];

/** Reads a corpus file as the ingest reads a file (or an HTTP body, when feedparser's test gives a Content-Type). */
function read(path: string, contentType?: string): string {
  return decodeFeedBytes(readFileSync(path), contentType).text;
}

function parse(path: string, contentType?: string): Promise<ParsedFeed | FeedParseError> {
  let p = parsed.get(path);
  if (!p) {
    p = parseFeed(read(path, contentType), { fetchedAt: FETCHED_AT }).catch((err: unknown) => {
      if (err instanceof FeedParseError) return err;
      crashes.push(`${relative(CORPUS, path)}: ${err instanceof Error ? err.message : String(err)}`);
      return new FeedParseError('malformed', 'crashed');
    });
    parsed.set(path, p);
  }
  return p;
}

const oneLine = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** Dates are compared to the second: feedparser drops fractions. A clamped date is no date. */
function toSecond(iso: string | null | undefined): string | null {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(ms) ? (iso ?? null) : new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

interface OracleRow {
  src: string;
  path: string;
  field?: string;
  expected: string | null;
}

function filePathOf(row: OracleRow): string {
  if (row.src === 'feedparser') return join(CORPUS, 'feedparser', 'tests', row.path);
  if (row.src === 'gofeed') return join(CORPUS, 'gofeed', 'testdata', row.path);
  return join(CORPUS, row.src, row.path);
}

function verdictOf(result: ParsedFeed | FeedParseError, actual: (f: ParsedFeed) => string | null, expected: string | null): Omit<Check, 'id'> {
  if (result instanceof FeedParseError) {
    return refusedByDesign(result) ? { verdict: 'refused-by-design', detail: result.message } : { verdict: 'wrong', detail: `refused: ${result.message}` };
  }
  const got = actual(result);
  return got === expected ? { verdict: 'right' } : { verdict: 'wrong', detail: `got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}` };
}

async function oracleChecks(): Promise<Check[]> {
  const headers = JSON.parse(readFileSync(join(CORPUS, 'feedparser-expect.json'), 'utf8')) as Record<string, { headers?: Record<string, string> }>;
  const rows = readFileSync(join(CORPUS, 'oracle.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as OracleRow);
  const checks = new Map<string, Check>();
  for (const row of rows) {
    const field = row.field ?? 'entry date';
    const id = `${row.src}/${row.path}#${field}`;
    if (checks.has(id)) continue;
    const contentType = row.src === 'feedparser' ? headers[row.path]?.headers?.['content-type'] : undefined;
    const result = await parse(filePathOf(row), contentType);
    const item = (f: ParsedFeed) => f.items[0];
    const date = (f: ParsedFeed) => (item(f)?.futureDateClamped ? null : toSecond(item(f)?.published));
    const pick: Record<string, [(f: ParsedFeed) => string | null, string | null]> = {
      'feed title': [(f) => oneLine(f.title), oneLine(row.expected)],
      'entry title': [(f) => oneLine(item(f)?.title), oneLine(row.expected)],
      'entry link': [(f) => item(f)?.url ?? null, row.expected === null ? null : canonicalUrl(row.expected)],
      'entry link absent': [(f) => item(f)?.url ?? null, null],
      'entry date': [date, toSecond(row.expected)],
    };
    const [actual, expected] = pick[field] ?? [() => 'unknown field', null];
    checks.set(id, { id, ...verdictOf(result, actual, expected) });
  }
  return [...checks.values()];
}

async function encodingChecks(): Promise<Check[]> {
  const dir = join(CORPUS, 'encodings-synth');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, { title: string }>;
  const checks: Check[] = [];
  for (const [file, want] of Object.entries(expected)) {
    const result = await parse(join(dir, file));
    // Some expected titles still carry the CDATA wrapper of the source file; its text is what counts.
    const title = want.title.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1');
    checks.push({ id: `encodings-synth/${file}#entry title`, ...verdictOf(result, (f) => f.items[0]?.title ?? null, title) });
  }
  return checks;
}

function feedFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...feedFiles(path));
    else if (/\.(xml|rss|atom|rdf)$/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/**
 * Items a reader would call different: two items are the same when they share the feed's id
 * for them (a GUID, the feed's own statement) or have the same title and text.
 */
function distinctItems(feed: ParsedFeed): number {
  const groups = new Map<string, number>();
  const parent: number[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i]!;
    return i;
  };
  feed.items.forEach((item, i) => {
    parent[i] = i;
    for (const key of [item.guid === null ? null : `guid:${item.guid}`, `text:${oneLine(item.title)}\u0000${oneLine(item.text)}`]) {
      if (key === null) continue;
      const seen = groups.get(key);
      if (seen === undefined) groups.set(key, i);
      else parent[find(i)] = find(seen);
    }
  });
  return new Set(feed.items.map((_, i) => find(i))).size;
}

/** Each distinct item of a many-item document is stored exactly once by the real ingest. */
async function storeChecks(files: string[]): Promise<Check[]> {
  const checks: Check[] = [];
  for (const file of files) {
    const result = await parse(file);
    if (result instanceof FeedParseError || result.items.length < 2) continue;
    const distinct = distinctItems(result);
    const store = directStore(':memory:', { now: () => FETCHED_AT });
    try {
      await store.ingester.storeItems({ url: `file:///corpus/${relative(CORPUS, file)}`, name: 'corpus' }, result.items);
      const stored = store.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM items').get()!.n;
      checks.push({
        id: `${relative(CORPUS, file)}#stored`,
        ...(stored === distinct ? { verdict: 'right' } : { verdict: 'wrong', detail: `stored ${stored} of ${distinct} distinct items` }),
      });
    } finally {
      store.close();
    }
  }
  return checks;
}

async function main(): Promise<number> {
  if (!existsSync(join(CORPUS, 'oracle.jsonl'))) {
    console.log(`corpus: skipped — no feed corpus at ${CORPUS} (it lives beside the project, in ../shared/feed-corpus, and is never copied into it)`);
    return 0;
  }
  const files = feedFiles(CORPUS);
  const groups: [string, Check[]][] = [
    ['fields in oracle.jsonl', await oracleChecks()],
    ['encodings-synth titles', await encodingChecks()],
    ['many-item documents stored', await storeChecks(files)],
  ];
  const checks = groups.flatMap(([, g]) => g);
  const refusals = (await Promise.all(files.map((f) => parse(f)))).filter((r) => r instanceof FeedParseError).length;

  const count = (v: Verdict) => checks.filter((c) => c.verdict === v).length;
  const right = count('right');
  const wrong = checks.filter((c) => c.verdict === 'wrong');
  console.log(`corpus: parsed ${files.length} files from ${CORPUS}: ${files.length - refusals} read, ${refusals} refused with a reason, ${crashes.length} crashed`);
  for (const c of crashes) console.log(`  crash: ${c}`);
  for (const [name, g] of groups) {
    const r = g.filter((c) => c.verdict === 'right').length;
    const d = g.filter((c) => c.verdict === 'refused-by-design').length;
    console.log(`  ${name}: ${g.length} checked, ${r} right, ${g.length - r - d} wrong, ${d} refused-by-design`);
  }

  if (RECORD) {
    const baseline: Baseline = { right, knownWrong: wrong.map((c) => c.id).sort() };
    writeFileSync(BASELINE, `${JSON.stringify(baseline, null, 1)}\n`);
    console.log(`corpus: baseline recorded (${right} right, ${wrong.length} known wrong)`);
  }
  const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline;
  const known = new Set(baseline.knownWrong);
  const regressions = wrong.filter((c) => !known.has(c.id));
  const fixed = [...known].filter((id) => checks.some((c) => c.id === id && c.verdict === 'right'));
  if (VERBOSE) for (const c of wrong) console.log(`  wrong: ${c.id}: ${c.detail ?? ''}`);
  for (const c of regressions) console.log(`  regression: ${c.id}: ${c.detail ?? ''}`);
  if (fixed.length > 0) console.log(`  ${fixed.length} known-wrong checks now right: record them with \`npm run test:corpus -- --record\``);
  if (right < baseline.right) console.log(`  regression: ${right} right, ${baseline.right} recorded`);
  console.log(`corpus: ${checks.length} checked, ${right} right, ${wrong.length} wrong, ${count('refused-by-design')} refused-by-design`);
  return crashes.length > 0 || regressions.length > 0 || right < baseline.right ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.log(`corpus: failed to run: ${err instanceof Error ? err.message : String(err)}`);
    crashes = [...crashes, 'runner'];
    process.exitCode = 1;
  },
);
