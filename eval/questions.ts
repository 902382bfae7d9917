/**
 * `npm run eval` (questions): the labelled plain-words questions scored against `ask` on the
 * bundled offline corpus, with today = 2026-11-30 as the question authors had it.
 *
 *   npx tsx eval/questions.ts              aggregates per part (dev, held-out)
 *   npx tsx eval/questions.ts --show dev   also every miss of the development part
 *   npx tsx eval/questions.ts --show dev-ask3   the same for the second development part (a fourth
 *                                          author's questions, written and scored before tuning)
 *   npx tsx eval/questions.ts --part dev   the development part only (while building)
 *
 * The held-out part is only ever reported as aggregates: its questions and per-question
 * results are not printed, so that it stays an honest estimate for questions Parley has not seen.
 * The labels' format and semantics are in tests/fixtures/questions/BRIEF.md.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { createDispatcher } from '../src/adapters/dispatch.js';
import { forTerminal } from '../src/adapters/shell/shell.js';
import { INTENTS } from '../src/core/ask/lexicon.js';
import { createCore } from '../src/core/create-core.js';
import { isUserError } from '../src/core/errors.js';
import { silentLogger } from '../src/core/logger.js';
import { sameActor } from '../src/core/names.js';
import { renderMarkdown } from '../src/core/render/markdown.js';
import type { AskResult } from '../src/core/schemas.js';

const ROOT = resolve(import.meta.dirname, '..');
export const QUESTION_DIR = join(ROOT, 'tests', 'fixtures', 'questions');
/** The day the question authors were told it was. */
export const EVAL_NOW = new Date('2026-11-30T12:00:00Z');



const Slots = z
  .object({
    party: z.string(),
    person: z.string(),
    place: z.string(),
    date: z.string(),
    from: z.string(),
    to: z.string(),
    topic: z.string(),
    role: z.string(),
  })
  .partial();
export type LabelledSlots = z.infer<typeof Slots>;

const Question = z.object({
  id: z.string(),
  author: z.string(),
  question: z.string(),
  intent: z.enum(INTENTS),
  slots: Slots,
  expect: z.object({
    all: z.array(z.string()).default([]),
    any: z.array(z.string()).optional(),
    none: z.array(z.string()).optional(),
    nothingOnRecord: z.boolean().default(false),
  }),
  why: z.string(),
});
export type LabelledQuestion = z.infer<typeof Question>;

export const PARTS = { dev: 'dev.json', 'dev-ask3': 'dev-ask3.json', 'dev-qa5': 'dev-qa5.json', 'dev-qa6': 'dev-qa6.json', 'dev-qa7': 'dev-qa7.json', 'dev-qa8': 'dev-qa8.json', 'dev-qa9': 'dev-qa9.json', 'held-out': 'held-out.json' } as const;
export type Part = keyof typeof PARTS;
/** Parts whose misses may be printed one by one; the held-out part never is. */
const SHOWABLE: readonly string[] = ['dev', 'dev-ask3', 'dev-qa5', 'dev-qa6', 'dev-qa7', 'dev-qa8', 'dev-qa9'];

export function loadQuestions(part: Part): LabelledQuestion[] {
  return z.array(Question).parse(JSON.parse(readFileSync(join(QUESTION_DIR, PARTS[part]), 'utf8')));
}

/** What `ask` said it understood; today's shape is `AskResult.understood`. */
export interface Reading {
  intent: string;
  slots: LabelledSlots;
}

const lower = (s: string) => s.toLowerCase();
const NOTHING_RE = /\bnothing (?:is )?on record\b/i;
const COULDNT_PLACE_RE = /\bcouldn['’]t place\b/i;

/** Does the reply text satisfy the label? Case-insensitive, as BRIEF.md defines it. */
export function answerOk(q: LabelledQuestion, text: string): { ok: boolean; why: string } {
  const t = lower(text);
  const missing = q.expect.all.filter((s) => !t.includes(lower(s)));
  if (missing.length) return { ok: false, why: `missing ${missing.map((m) => `"${m}"`).join(', ')}` };
  if (q.expect.any?.length && !q.expect.any.some((s) => t.includes(lower(s)))) {
    return { ok: false, why: `none of ${q.expect.any.map((m) => `"${m}"`).join(', ')}` };
  }
  const wrong = (q.expect.none ?? []).filter((s) => t.includes(lower(s)));
  if (wrong.length) return { ok: false, why: `contains ${wrong.map((m) => `"${m}"`).join(', ')}` };
  if (q.expect.nothingOnRecord) {
    if (COULDNT_PLACE_RE.test(text)) return { ok: false, why: `"couldn't place" instead of nothing on record` };
    if (!NOTHING_RE.test(text)) return { ok: false, why: 'does not say nothing is on record' };
  }
  return { ok: true, why: '' };
}

const SLOT_KEYS = ['party', 'person', 'place', 'date', 'from', 'to', 'topic', 'role'] as const;

function slotMatches(key: (typeof SLOT_KEYS)[number], want: string, got: string | undefined): boolean {
  if (got === undefined) return false;
  if (key === 'person') return sameActor(want, got);
  if (key === 'role') {
    const w = lower(want);
    const g = lower(got);
    return w.includes(g) || g.includes(w);
  }
  return lower(want) === lower(got);
}

/** Labelled slots the reading got right, of those labelled. */
export function slotScore(q: LabelledQuestion, reading: Reading | undefined): { right: number; total: number; misses: string[] } {
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  for (const key of SLOT_KEYS) {
    const want = q.slots[key];
    if (want === undefined) continue;
    total++;
    const got = reading?.slots[key];
    if (slotMatches(key, want, got)) right++;
    else misses.push(`${key}: want "${want}", got ${got === undefined ? 'nothing' : `"${got}"`}`);
  }
  return { right, total, misses };
}

export interface QuestionResult {
  q: LabelledQuestion;
  reading: Reading | undefined;
  text: string;
  intentOk: boolean;
  slots: { right: number; total: number; misses: string[] };
  answer: { ok: boolean; why: string };
}

export interface PartScore {
  n: number;
  intent: number;
  slots: number;
  slotTotal: number;
  answer: number;
  unanswerable: { n: number; nothingOnRecord: number; couldntPlace: number };
  results: QuestionResult[];
}

function readingOf(result: AskResult | undefined): Reading | undefined {
  return result ? { intent: result.understood.intent, slots: result.understood.slots } : undefined;
}

/** Runs every question of a part through the shell's path (the dispatcher) and `core.ask`. */
export async function scorePart(questions: LabelledQuestion[]): Promise<PartScore> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-eval-'));
  const core = createCore({ dbPath: join(dir, 'parley.db'), now: () => EVAL_NOW, politenessMs: 0 });
  try {
    // As the demo and `parley ingest --offline` load it: every bundled dossier's snapshots in one
    // database, so an answer that leaks another negotiation's facts into Russia–Ukraine's is caught.
    await core.ingest(undefined, { offline: true });
    const dispatcher = createDispatcher({ core, logger: silentLogger });
    const results: QuestionResult[] = [];
    for (const q of questions) {
      let result: AskResult | undefined;
      try {
        result = await core.ask(q.question);
      } catch (err) {
        if (!isUserError(err)) throw err;
      }
      const outcome = await dispatcher.message(q.question, { platform: 'shell', destination: 'eval' });
      const text = forTerminal(renderMarkdown(outcome.doc));
      const reading = readingOf(result);
      results.push({
        q,
        reading,
        text,
        intentOk: reading?.intent === q.intent,
        slots: slotScore(q, reading),
        answer: answerOk(q, text),
      });
    }
    const unanswerable = results.filter((r) => r.q.expect.nothingOnRecord);
    return {
      n: results.length,
      intent: results.filter((r) => r.intentOk).length,
      slots: results.reduce((n, r) => n + r.slots.right, 0),
      slotTotal: results.reduce((n, r) => n + r.slots.total, 0),
      answer: results.filter((r) => r.answer.ok).length,
      unanswerable: {
        n: unanswerable.length,
        nothingOnRecord: unanswerable.filter((r) => NOTHING_RE.test(r.text)).length,
        couldntPlace: unanswerable.filter((r) => COULDNT_PLACE_RE.test(r.text)).length,
      },
      results,
    };
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(2));

export function formatPart(part: string, s: PartScore): string {
  return (
    `${part.padEnd(9)} n=${s.n}  intent ${pct(s.intent, s.n)} (${s.intent}/${s.n})  ` +
    `slots ${pct(s.slots, s.slotTotal)} (${s.slots}/${s.slotTotal})  answer ${pct(s.answer, s.n)} (${s.answer}/${s.n})  ` +
    `unanswerable: ${s.unanswerable.nothingOnRecord}/${s.unanswerable.n} "nothing on record", ${s.unanswerable.couldntPlace} "couldn't place"`
  );
}

function formatMiss(r: QuestionResult): string {
  const flags = [
    r.intentOk ? '' : `intent ${r.reading?.intent ?? '—'} (want ${r.q.intent})`,
    r.slots.misses.length ? r.slots.misses.join('; ') : '',
    r.answer.ok ? '' : `answer ${r.answer.why}`,
  ].filter(Boolean);
  const reply = r.text.split('\n').slice(0, 4).join(' ⏎ ');
  return `✗ ${r.q.id} ${r.q.question}\n    ${flags.join(' · ')}\n    → ${reply.slice(0, 400)}`;
}

export async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const show = argv.includes('--show') ? argv[argv.indexOf('--show') + 1] : undefined;
  if (show !== undefined && !SHOWABLE.includes(show)) {
    console.error(`Only development parts can be shown question by question: --show ${SHOWABLE.join(' | ')}`);
    process.exit(2);
  }
  const only = argv.includes('--part') ? argv[argv.indexOf('--part') + 1] : undefined;
  if (only !== undefined && !(only in PARTS)) {
    console.error(`--part takes one of: ${Object.keys(PARTS).join(', ')}`);
    process.exit(2);
  }
  for (const part of (only ? [only] : Object.keys(PARTS)) as Part[]) {
    const s = await scorePart(loadQuestions(part));
    console.log(formatPart(part, s));
    if (part === show) {
      for (const r of s.results) if (!r.intentOk || r.slots.misses.length || !r.answer.ok) console.log(formatMiss(r));
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
