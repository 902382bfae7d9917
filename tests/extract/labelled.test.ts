import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import { LEXICON } from './lexicon.js';
import { formatScore, type LabelledPassage, loadLabelled, scorePassages } from './score.js';

const run = (p: LabelledPassage) =>
  extract({ title: '', text: p.text, published: new Date(p.published), publishedCertain: p.publishedCertain, lexicon: LEXICON });

describe('labelled passages', () => {
  for (const set of ['tuned', 'held-out', 'snapshots'] as const) {
    it(`scores delegations and dates at 0.9 or better on the ${set} set`, () => {
      const passages = loadLabelled(set);
      const s = scorePassages(passages, run);
      console.log(formatScore(`${set} (${passages.length} passages)`, s));
      if (s.errors.length) console.log(s.errors.map((e) => `  ${e}`).join('\n'));
      expect(s.delegations.p).toBeGreaterThanOrEqual(0.9);
      expect(s.delegations.r).toBeGreaterThanOrEqual(0.9);
      expect(s.dates.p).toBeGreaterThanOrEqual(0.9);
      expect(s.dates.r).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('has at least 30 passages with negatives among them', () => {
    const all = [...loadLabelled('tuned'), ...loadLabelled('held-out')];
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(all.filter((p) => p.expected.delegations.length === 0).length).toBeGreaterThanOrEqual(5);
  });
});
