import { describe, expect, it } from 'vitest';
import { loadReal, ratio, scorePassage, sum } from '../../eval/real-reporting.js';
import { extract } from '../../src/core/extract/index.js';
import { LEXICON } from './lexicon.js';
import { formatScore, type LabelledPassage, type LabelledSet, loadLabelled, scorePassages } from './score.js';

const run = (p: LabelledPassage) =>
  extract({ title: '', text: p.text, published: new Date(p.published), publishedCertain: p.publishedCertain, lexicon: LEXICON });

interface Floors {
  delegations: { p: number; r: number };
  dates: { p: number; r: number };
}

const AT_09: Floors = { delegations: { p: 0.9, r: 0.9 }, dates: { p: 0.9, r: 0.9 } };

/**
 * The sets and what each must reach. The first three were tuned on and must stay at 0.9.
 * wire-2025 was held out for the third pass (scored before any rule for it: delegations P=0.86
 * R=0.38, dates P=0.95 R=0.93); its misses need world knowledge ("Trump's side: A and B") or
 * coreference beyond one sentence. longform-2026 was held out for the fourth (before: delegations
 * P=0.79 R=0.21, dates P=0.96 R=0.96); cross-sentence reference lifted it, the rest needs
 * appositions with clauses or coreference beyond one "he". agency-2026 (Ukrainian and Russian
 * agencies in translation, AP/Reuters wire, live blogs, Q&A and bulleted briefs) was held out for
 * the fifth (before: delegations P=0.94 R=0.60, dates P=0.99 R=0.99); its remaining misses need a
 * speaker's side ("'The group is headed by A,' Peskov said"), a host's party without an adjective
 * ("Joining Trump were…") or "A met a delegation" read as A's own side. Their floors guard what the
 * general rules reach rather than the 0.9 of the sets tuned on.
 */
const SETS: { set: LabelledSet; floors: Floors; minPassages: number }[] = [
  { set: 'tuned', floors: AT_09, minPassages: 16 },
  { set: 'held-out', floors: AT_09, minPassages: 16 },
  { set: 'snapshots', floors: AT_09, minPassages: 18 },
  { set: 'wire-2025', floors: { delegations: { p: 0.95, r: 0.81 }, dates: { p: 0.95, r: 0.95 } }, minPassages: 24 },
  { set: 'longform-2026', floors: { delegations: { p: 0.95, r: 0.63 }, dates: { p: 0.95, r: 0.95 } }, minPassages: 20 },
  { set: 'agency-2026', floors: { delegations: { p: 0.95, r: 0.92 }, dates: { p: 0.95, r: 0.95 } }, minPassages: 18 },
];

/**
 * The real-reporting development passages (issue 10), scored through the whole path as `npm run
 * eval` does: a one-item feed into a fresh database, then whoLeads per party and timeline. Before
 * the roster reader: ru-dev delegations P 0.84 R 0.28, leaders 0.46, round dates 0.69; ot-dev P 0.63
 * R 0.17; before the fourth pass (standing actors, subject and apposition rules, rounds across
 * sentences): ru-dev P 0.91 R 0.61, leaders 0.68, round dates 0.74; ot-dev P 0.64 R 0.31. The held-out passages are not scored here: only `npm run eval` scores them, before and after.
 */
const REAL_FLOORS = [
  // dates6 pass (round dates by class): round dates 0.95 → 1.00, round precision 0.98 → 1.00.
  // continuations (2 Dec 2026, "a list of experts … as well:" after the delegation): R 0.89 → 0.91.
  { set: 'ru-dev' as const, delegations: { p: 0.93, r: 0.88 }, leaders: 0.9, rounds: 0.97, roundPrecision: 0.97 },
  // Eighth pass (signatories, principals named by office): measured P 0.96 R 0.83. Unfamiliar-negotiations pass: P 0.96 R 0.86.
  // Recall pass of 1 Dec (recall6): P 0.96 R 0.90, leaders 0.88. dates6 pass: round dates 0.94 → 1.00 (n=16).
  { set: 'ot-dev' as const, delegations: { p: 0.9, r: 0.88 }, leaders: 0.85, rounds: 0.93 },
  // The fifth pass's own passages for the unseen-copy miss classes; untouched: P 1.00 R 0.50, leaders 0.59, round dates 0.83.
  // Eighth pass: measured P 1.00 R 0.88.
  // Recall pass of 1 Dec (recall6): P 1.00 R 0.91. dates6 pass: round dates 0.88 → 0.92, round precision 0.95 → 1.00.
  // Other negotiations' sides pass (otx, 2 Dec): leaders 0.88 → 0.94, R 0.91 → 0.92.
  { set: 'classes-dev' as const, delegations: { p: 0.95, r: 0.89 }, leaders: 0.9, rounds: 0.9, roundPrecision: 0.95 },
  // The sixth pass's round-date passages (rounds labelled; delegations only where a table is named); untouched: round dates R 0.72, round precision 0.78; after the sixth pass R 0.92, P 0.88.
  { set: 'dates-dev' as const, rounds: 0.92, roundPrecision: 0.88 },
  // Precision on other negotiations (go-betweens off every side, 1 Dec 2026): measured dev4 P 0.99 R 0.76, dev5 P 1.00 R 0.70;
  // precision held at 0.97, the bar every set is meant to clear on unseen copy being 0.93.
  // dev6 untouched at main's code P 0.89 R 0.47, leaders 0.67, round dates 0.63; after this pass's precision fixes P 0.97 R 0.49, leaders 0.70.
  // End of 1 Dec (every branch merged): dev6 P 0.99 R 0.70, leaders 0.87, round dates 0.74.
  // Other negotiations' recall pass (otrec): dev4 P 0.98 R 0.76 → P 0.98 R 0.79, leaders 0.87 → 0.95;
  // dev5 P 0.98 R 0.68 → P 0.99 R 0.76, leaders 0.74 → 0.84; dev6 (untouched P 0.89 R 0.47, leaders
  // 0.67) P 0.96 R 0.61, leaders 0.80, round dates 0.63.
  // Generalisation pass (g10, 2 Dec): dev4 R 0.89 → 0.91 (an office named with 'with', 'due to see', 'B travelled with A').
  { set: 'dev4' as const, delegations: { p: 0.95, r: 0.86 }, leaders: 0.92, rounds: 0.85 },
  { set: 'dev5' as const, delegations: { p: 0.95, r: 0.74 }, leaders: 0.82, rounds: 0.85 },
  // Other negotiations' sides pass (otx, 2 Dec): dev6 P 0.99 R 0.79 → P 0.99 R 0.80, round dates 0.79 → 0.78.
  // Round dates pass (roundsy, 2 Dec: a signing by two coordinated signers, one no known side; "the A-B agreement signed in P on D"): round dates 0.78 → 0.81.
  // Leader/member roles pass (leaders, 2 Dec): dev6 leaders 0.94 → 0.96.
  // Round dates pass r9 (both sides' commanders, an occasion that follows): round dates 0.81 → 0.84.
  // rd10 round-date pass (journeys to the other side still to come): dev6 round dates 0.84 → 0.87.
  // Generalisation pass (g10, 2 Dec): dev6 R 0.82 → 0.84, round dates 0.84 → 0.85.
  // Principals and companions pass (pm, 2 Dec): dev6 R 0.84 → 0.89.
  { set: 'dev6' as const, delegations: { p: 0.95, r: 0.86 }, leaders: 0.93, rounds: 0.84 },
  // dev8 (1 Dec 2026, third session), untouched P 0.90 R 0.72, leaders 0.82, round dates 0.69 (precision 0.73);
  // after the session's three passes P 0.99 R 0.87, leaders 1.00, round dates 0.98 (0.96).
  // continuations (2 Dec 2026, "He's with the Army Secretary, A, and with B"): R 0.88 → 0.89. Principals pass (2 Dec): R 0.88 → 0.93, round dates 0.98 → 1.00.
  { set: 'dev8' as const, delegations: { p: 0.96, r: 0.9 }, leaders: 0.95, rounds: 0.96, roundPrecision: 0.92 },
  // The day's validation set, read only as an aggregate by the second pass (the lead read its false
  // hits once, for the scrapped-lunch guard): at 0a1fe0d Russia–Ukraine P 0.97 R 0.53, other
  // negotiations P 0.93 R 0.43; at the end of 1 Dec P 0.94 R 0.53, leaders 0.70, round dates 0.74.
  // At the end of the third session (dev7 still read as an aggregate only): P 0.94 R 0.54, leaders 0.70, round dates 0.76 (0.95).
  // continuations (2 Dec 2026: "also at the table", "It also has", "with him -", a side's group, "Its composition:",
  // "Experts also came:", "He's brought", Q&A answers, "For the Americans, A and B.", "A's deputies:"): R 0.54 → 0.69.
  // Principals pass (2 Dec, principals meeting directly): P 0.94 R 0.54 → P 0.95 R 0.62, round dates 0.76 → 0.78.
  // Other negotiations' sides pass (otx, 2 Dec): P 0.94 R 0.54 → P 0.97 R 0.61, leaders 0.70 → 0.87.
  // Round dates pass (roundsy, 2 Dec: headline signings placed by their lead, a live blog's one venue, rooms of a seat): round dates 0.88 → 0.92 (0.98).
  // Leader/member roles pass (leaders, 2 Dec): dev7 P 0.98 R 0.82, leaders 0.89 → P 1.00 R 0.84, leaders 0.96.
  // Round dates pass r9: round dates 0.92 → 0.94.
  // rd10 round-date pass: dev7 round dates 0.94 → 0.96.
  // Generalisation pass (g10, 2 Dec): dev7 R 0.84 → 0.86 (an agency dateline in mixed case, a headline's second subject).
  { set: 'dev7' as const, delegations: { p: 0.97, r: 0.83 }, leaders: 0.93, rounds: 0.93 },
  // The fourth session's validation set (aggregates only), untouched at its starting code d79787e:
  // P 0.98 R 0.68, leaders 0.82, round dates 0.70 (0.86).
  // Round dates pass r9 (dev9 opened for development): round dates 0.74 → 0.91, round precision 0.87 → 1.00.
  // Leaders and sides pass (l9, 2 Dec): dev9 leaders 0.87 → 1.00, R 0.72 → 0.76.
  // Members pass (m9, 2 Dec, dev9 opened for development): P 0.98 R 0.72 → P 0.99 R 0.84.
  { set: 'dev9' as const, delegations: { p: 0.95, r: 0.78 }, leaders: 0.95, rounds: 0.86 },
  // The validation set of 2 Dec 2026 (aggregates only), untouched at that session's starting code 10304dc:
  // P 0.93 R 0.70, leaders 0.91, round dates 0.81 (0.93); Russia–Ukraine P 0.94 R 0.66, other negotiations P 0.92 R 0.80.
  // r9 dev10 pass (people meeting at a place on the date): round dates 0.81 -> 0.85 (precision 0.93 -> 0.94).
  // Members pass (m9, 2 Dec, dev10 opened for development): P 0.93 R 0.72 → P 0.94 R 0.81.
  // Precision and leaders pass (p11, dev10 opened for development): P 0.93 R 0.72 → P 0.99 R 0.75, leaders 0.91 → 1.00.
  // rd10 round-date pass: dev10 round dates 0.85 → 0.88.
  // Principals and companions pass (pm, 2 Dec): dev10 R 0.87 → 0.89.
  { set: 'dev10' as const, delegations: { p: 0.95, r: 0.85 }, leaders: 0.95, rounds: 0.83 },
  // A second fresh set of 2 Dec 2026, untouched at 10304dc: P 0.88 R 0.59, leaders 0.65, round dates 0.77 (0.90);
  // Russia–Ukraine P 0.93 R 0.57, other negotiations P 0.81 R 0.63, leaders 0.47. Opened as a development set.
  // r9 dev11 round-date passes: round dates 0.75 -> 0.84 (precision 0.90 -> 0.98).
  // p11 (4 labels to the leader rule, precision classes): P 0.88 → 1.00, R 0.59 → 0.64, leaders 0.65 → 0.89.
  // r9 dev10 pass: dev11 round dates 0.84 -> 0.88.
  // rd10 round-date pass (journeys ahead, a departure's day): dev11 round dates 0.88 → 0.91 (precision 0.98 → 1.00).
  // Generalisation pass (g10, 2 Dec): R 0.67 → 0.71 (signed … by, a side's noun and a dash, B travelled with A).
  // who pass (standing actors widened): dev11 R 0.724 → 0.737.
  // Principals and companions pass (pm, 2 Dec): dev11 R 0.72 → 0.84.
  { set: 'dev11' as const, delegations: { p: 0.95, r: 0.8 }, leaders: 0.82, rounds: 0.87 },
  // The validation set of the session of 2 Dec 2026 (aggregates only), untouched at 10304dc: P 0.94 R 0.79,
  // leaders 0.80, round dates 0.71 (0.82); at the session's first merges (2ca61d7) P 0.95 R 0.79, leaders 0.83, round dates 0.73 (0.85).
  // Rosters-and-roles pass (ros, opened for development): dev12 P 0.96 R 0.83, leaders 0.90 → P 0.99 R 0.88, leaders 1.00.
  // Summit pass (principals and companions at summits, signings and envoy visits): dev12 R 0.83 → 0.86.
  { set: 'dev12' as const, delegations: { p: 0.95, r: 0.84 }, leaders: 0.93, rounds: 0.66 },
  // The two validation sets of the afternoon of 2 Dec 2026 (aggregates only), untouched at 382c518:
  // dev13 P 0.97 R 0.67, leaders 0.94, round dates 0.74 (0.88); dev14 P 0.83 R 0.66, leaders 0.88, round dates 0.78 (0.89).
  // Round dates and places pass (rnd, issue 10, dev13 opened for development): dev13 round dates 0.74 (0.88) → 0.81 (0.92).
  // Rosters-and-roles pass (ros, opened for development): dev13 P 0.96 R 0.78, leaders 0.94 → P 0.99 R 0.80, leaders 0.97.
  // Summit pass: dev13 R 0.78 → 0.85.
  { set: 'dev13' as const, delegations: { p: 0.95, r: 0.79 }, leaders: 0.9, rounds: 0.75 },
  // rec pass (dev14 and dev16 opened for development): dev14 P 0.84 R 0.72, leaders 0.88 → P 0.88 R 0.81, leaders 0.91.
  // Precision pass (prec) on top: dev14 P 0.88 → 0.98, recall unchanged.
  // rnd pass: dev14 round dates 0.78 (0.91) → 0.82 (0.93).
  { set: 'dev14' as const, delegations: { p: 0.93, r: 0.77 }, leaders: 0.86, rounds: 0.76 },
  // Two more of the same afternoon, untouched at 382c518: dev15 P 0.94 R 0.71, leaders 0.90, round dates 0.94 (0.98);
  // dev16 (22 of 30 on negotiations with no dossier) P 0.85 R 0.64, leaders 0.68, round dates 0.65 (0.79).
  // rnd pass (dev15 opened for development): dev15 round dates 0.94 (0.98) → 1.00 (0.98).
  // Rosters-and-roles pass (ros, opened for development): dev15 P 0.96 R 0.77, leaders 0.90 → P 0.98 R 0.82, leaders 1.00.
  // Summit pass: dev15 P 0.96 → 0.97, R 0.77 → 0.89.
  { set: 'dev15' as const, delegations: { p: 0.94, r: 0.83 }, leaders: 0.93, rounds: 0.94 },
  // rec pass: dev16 P 0.89 R 0.69, leaders 0.76 → P 0.94 R 0.85, leaders 0.97.
  // Precision pass (prec) on top: dev16 P 0.98 → 1.00, recall unchanged.
  // rnd pass: dev16 round dates 0.72 (0.88) → 0.78 (0.91).
  { set: 'dev16' as const, delegations: { p: 0.95, r: 0.8 }, leaders: 0.92, rounds: 0.72 },
  // The seventh session's, untouched at a3a2041: dev17 P 0.91 R 0.74, leaders 0.86, round dates 0.82 (0.92);
  // dev18 P 0.91 R 0.66, leaders 0.84, round dates 0.73 (0.94).
  { set: 'dev17' as const, delegations: { p: 0.86, r: 0.68 }, leaders: 0.8, rounds: 0.76 },
  { set: 'dev18' as const, delegations: { p: 0.86, r: 0.6 }, leaders: 0.78, rounds: 0.67 },
  // The eighth session's, untouched at 90dd96b: dev19 P 0.95 R 0.65, leaders 0.81, round dates 0.87 (0.87);
  // dev20 P 0.93 R 0.62, leaders 0.69, round dates 0.71 (0.85); dev21 P 0.97 R 0.64, leaders 0.90, round dates 0.72 (0.86).
  { set: 'dev19' as const, delegations: { p: 0.9, r: 0.6 }, leaders: 0.76, rounds: 0.82 },
  { set: 'dev20' as const, delegations: { p: 0.88, r: 0.57 }, leaders: 0.64, rounds: 0.66 },
  { set: 'dev21' as const, delegations: { p: 0.92, r: 0.59 }, leaders: 0.85, rounds: 0.67 },
  // Its three development sets, untouched at 90dd96b: dev22 P 0.93 R 0.66, leaders 0.73, round dates 0.96 (0.96);
  // dev23 P 0.93 R 0.72, leaders 0.84, round dates 0.68 (0.90); dev24 P 0.97 R 0.74, leaders 0.87, round dates 0.76 (0.95).
  // The whole-list pass (branch lists) read dev22 to R 0.73 and dev24 to R 0.76: their recall floors rose with it.
  // After branch ot (sides of talks without a dossier): dev22 P 0.96 R 0.74, leaders 0.88; dev23 P 0.97 R 0.80, leaders 0.93; dev24 leaders 0.92.
  { set: 'dev22' as const, delegations: { p: 0.91, r: 0.69 }, leaders: 0.83, rounds: 0.91 },
  { set: 'dev23' as const, delegations: { p: 0.92, r: 0.75 }, leaders: 0.88, rounds: 0.63 },
  { set: 'dev24' as const, delegations: { p: 0.92, r: 0.71 }, leaders: 0.87, rounds: 0.71 },
  // The ninth session's development sets, untouched at 0f784b3: dev25 P 0.93 R 0.73, leaders 0.83, round dates 0.66 (0.87);
  // dev26 P 0.87 R 0.48, leaders 0.53, round dates 0.63 (0.93); dev27 P 0.96 R 0.60, leaders 0.82, round dates 0.79 (0.92).
  { set: 'dev25' as const, delegations: { p: 0.88, r: 0.68 }, leaders: 0.78, rounds: 0.61 },
  { set: 'dev26' as const, delegations: { p: 0.82, r: 0.43 }, leaders: 0.48, rounds: 0.58 },
  { set: 'dev27' as const, delegations: { p: 0.91, r: 0.55 }, leaders: 0.77, rounds: 0.74 },
];

describe('labelled passages', () => {
  for (const { set, floors, minPassages } of SETS) {
    it(`scores delegations and dates on the ${set} set at or above its floor`, () => {
      const passages = loadLabelled(set);
      const s = scorePassages(passages, run);
      console.log(formatScore(`${set} (${passages.length} passages)`, s));
      if (s.errors.length) console.log(s.errors.map((e) => `  ${e}`).join('\n'));
      expect(passages.length).toBeGreaterThanOrEqual(minPassages);
      expect(s.delegations.p).toBeGreaterThanOrEqual(floors.delegations.p);
      expect(s.delegations.r).toBeGreaterThanOrEqual(floors.delegations.r);
      expect(s.dates.p).toBeGreaterThanOrEqual(floors.dates.p);
      expect(s.dates.r).toBeGreaterThanOrEqual(floors.dates.r);
    });
  }

  for (const f of REAL_FLOORS) {
    it(`scores the real-reporting ${f.set} passages through ingest and the queries at or above their floors`, { timeout: 120_000 }, async () => {
      const scores = [];
      for (const p of loadReal(f.set)) scores.push(await scorePassage(p));
      const del = ratio(sum(scores, 'delegations'));
      const lead = ratio(sum(scores, 'leaders')).r;
      const rounds = ratio(sum(scores, 'rounds')).r;
      console.log(`${f.set}: delegations P=${del.p.toFixed(2)} R=${del.r.toFixed(2)}; leaders R=${lead.toFixed(2)}; round dates R=${rounds.toFixed(2)}`);
      if (f.delegations) {
        expect(del.p).toBeGreaterThanOrEqual(f.delegations.p);
        expect(del.r).toBeGreaterThanOrEqual(f.delegations.r);
      }
      if (f.leaders !== undefined) expect(lead).toBeGreaterThanOrEqual(f.leaders);
      expect(rounds).toBeGreaterThanOrEqual(f.rounds);
      if (f.roundPrecision !== undefined) expect(ratio(sum(scores, 'rounds')).p).toBeGreaterThanOrEqual(f.roundPrecision);
    });
  }

  it('has at least 30 passages with negatives among them', () => {
    const all = [...loadLabelled('tuned'), ...loadLabelled('held-out')];
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(all.filter((p) => p.expected.delegations.length === 0).length).toBeGreaterThanOrEqual(5);
  });
});
