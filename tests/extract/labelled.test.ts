import { describe, expect, it } from 'vitest';
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
  { set: 'longform-2026', floors: { delegations: { p: 0.95, r: 0.55 }, dates: { p: 0.95, r: 0.95 } }, minPassages: 20 },
  { set: 'agency-2026', floors: { delegations: { p: 0.95, r: 0.85 }, dates: { p: 0.95, r: 0.95 } }, minPassages: 18 },
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

  it('has at least 30 passages with negatives among them', () => {
    const all = [...loadLabelled('tuned'), ...loadLabelled('held-out')];
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(all.filter((p) => p.expected.delegations.length === 0).length).toBeGreaterThanOrEqual(5);
  });
});
