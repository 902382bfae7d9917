import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sameActor } from '../../src/core/names.js';
import type { DatePrecision, Extraction } from '../../src/core/extract/types.js';

export interface ExpectedDelegation {
  party: string;
  leaders: string[];
  members: string[];
}

export interface ExpectedDate {
  /** The phrase as it appears in the text; matched loosely ("on Sunday" ~ "Sunday"). */
  phrase: string;
  date: string;
  precision: DatePrecision;
}

export interface LabelledPassage {
  id: string;
  style: 'wire' | 'newspaper' | 'agency' | 'broadcast' | 'brief';
  published: string;
  /** False when the feed's date was missing or clamped: only explicit-year dates are expected then. */
  publishedCertain?: boolean;
  text: string;
  expected: { delegations: ExpectedDelegation[]; dates: ExpectedDate[] };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  delegations: Counts & { p: number; r: number };
  dates: Counts & { p: number; r: number };
  /** One line per error, for reading why a figure dropped. */
  errors: string[];
}

type Triple = { party: string; name: string; role: 'leader' | 'member' };

function triples(ds: ExpectedDelegation[]): Triple[] {
  return ds.flatMap((d) => [
    ...d.leaders.map((name) => ({ party: d.party, name, role: 'leader' as const })),
    ...d.members.map((name) => ({ party: d.party, name, role: 'member' as const })),
  ]);
}

function normPhrase(s: string): string {
  return s
    .toLowerCase()
    .replace(/[.,;:]+$/, '')
    .replace(/^(?:on|in|by|from|at|the)\s+/, '')
    .trim();
}

function ratio(c: Counts): { p: number; r: number } {
  return { p: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp), r: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn) };
}

/**
 * Precision and recall of delegation facts, scored per (party, person, leader|member) triple
 * with names matched by `sameActor`, and of dates, scored per phrase-anchored resolved
 * date + precision (a right phrase with a wrong date counts as one false positive and one miss).
 */
export function scorePassages(passages: LabelledPassage[], run: (p: LabelledPassage) => Extraction): Score {
  const del: Counts = { tp: 0, fp: 0, fn: 0 };
  const dat: Counts = { tp: 0, fp: 0, fn: 0 };
  const errors: string[] = [];
  for (const p of passages) {
    const x = run(p);
    const exp = triples(p.expected.delegations);
    const got = triples(x.delegations);
    const used = new Set<number>();
    for (const e of exp) {
      const i = got.findIndex((g, k) => !used.has(k) && g.party === e.party && g.role === e.role && sameActor(g.name, e.name));
      if (i >= 0) {
        used.add(i);
        del.tp++;
      } else {
        del.fn++;
        errors.push(`${p.id}: missed ${e.role} ${e.name} (${e.party})`);
      }
    }
    got.forEach((g, k) => {
      if (used.has(k)) return;
      del.fp++;
      errors.push(`${p.id}: spurious ${g.role} ${g.name} (${g.party})`);
    });

    const dates = x.dates ?? [];
    const usedD = new Set<number>();
    for (const e of p.expected.dates) {
      const ne = normPhrase(e.phrase);
      const i = dates.findIndex((d, k) => {
        if (usedD.has(k)) return false;
        const nd = normPhrase(d.text);
        return nd.includes(ne) || ne.includes(nd);
      });
      if (i < 0) {
        dat.fn++;
        errors.push(`${p.id}: missed date "${e.phrase}" = ${e.date}/${e.precision}`);
        continue;
      }
      usedD.add(i);
      const d = dates[i]!;
      if (d.date === e.date && d.precision === e.precision) dat.tp++;
      else {
        dat.fp++;
        dat.fn++;
        errors.push(`${p.id}: "${e.phrase}" resolved ${d.date}/${d.precision}, expected ${e.date}/${e.precision}`);
      }
    }
    dates.forEach((d, k) => {
      if (usedD.has(k)) return;
      dat.fp++;
      errors.push(`${p.id}: spurious date "${d.text}" = ${d.date}/${d.precision}`);
    });
  }
  return { delegations: { ...del, ...ratio(del) }, dates: { ...dat, ...ratio(dat) }, errors };
}

const FIXTURES = fileURLToPath(new URL('../fixtures/labelled/', import.meta.url));

export type LabelledSet = 'tuned' | 'held-out' | 'snapshots' | 'wire-2025' | 'longform-2026' | 'agency-2026';

/**
 * The labelled passages: `tuned` (rules were developed on it), `held-out` (written after, same
 * author), then sets by other authors, each labelled before the extractor was run on it — so its
 * first score is an honest generalisation figure: `snapshots` (the demo feed items), `wire-2025`
 * (wire, live blog, agency, analysis), `longform-2026` (long-form with pronoun chains) and
 * `agency-2026` (agencies in translation, wire, Q&A, bulleted lists). Before/after figures are
 * in labelled.test.ts and the README.
 */
export function loadLabelled(set: LabelledSet): LabelledPassage[] {
  return JSON.parse(readFileSync(`${FIXTURES}${set}.json`, 'utf8')) as LabelledPassage[];
}

export function formatScore(label: string, s: Score): string {
  const f = (n: number) => n.toFixed(2);
  const nd = s.delegations.tp + s.delegations.fn;
  const nt = s.dates.tp + s.dates.fn;
  return `${label}: delegations P=${f(s.delegations.p)} R=${f(s.delegations.r)} (n=${nd}); dates P=${f(s.dates.p)} R=${f(s.dates.r)} (n=${nt})`;
}
