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

  // Held out for the third generalisation pass: scored before any rule was written for it
  // (delegations P=0.86 R=0.38, dates P=0.95 R=0.93), now printed on every run. Its remaining
  // delegation misses need coreference across sentences in long-form copy ("He arrived with a team
  // that included…", "Across the table sat A…") or world knowledge ("Trump's side: A and B"), so the
  // floor guards what the general rules reach rather than the 0.9 of the sets tuned on.
  it('scores the wire-2025 set and keeps what the general rules reach', () => {
    const passages = loadLabelled('wire-2025');
    const s = scorePassages(passages, run);
    console.log(formatScore(`wire-2025 (${passages.length} passages)`, s));
    if (s.errors.length) console.log(s.errors.map((e) => `  ${e}`).join('\n'));
    expect(passages.length).toBeGreaterThanOrEqual(24);
    expect(s.delegations.p).toBeGreaterThanOrEqual(0.95);
    expect(s.delegations.r).toBeGreaterThanOrEqual(0.8);
    expect(s.dates.p).toBeGreaterThanOrEqual(0.95);
    expect(s.dates.r).toBeGreaterThanOrEqual(0.95);
  });

  // Long-form copy written and labelled before any rule for it (delegations P=0.79 R=0.21, dates
  // P=0.96 R=0.96). Cross-sentence reference ("He arrived with a team that included…", "At its head
  // was…", "Facing them were…") lifted it; the rest needs appositions with clauses, coreference
  // beyond one "he", or world knowledge, so the floor guards what the rules reach.
  it('scores the longform-2026 set and keeps what the cross-sentence rules reach', () => {
    const passages = loadLabelled('longform-2026');
    const s = scorePassages(passages, run);
    console.log(formatScore(`longform-2026 (${passages.length} passages)`, s));
    if (s.errors.length) console.log(s.errors.map((e) => `  ${e}`).join('\n'));
    expect(passages.length).toBeGreaterThanOrEqual(20);
    expect(s.delegations.p).toBeGreaterThanOrEqual(0.95);
    expect(s.delegations.r).toBeGreaterThanOrEqual(0.55);
    expect(s.dates.p).toBeGreaterThanOrEqual(0.95);
    expect(s.dates.r).toBeGreaterThanOrEqual(0.95);
  });

  it('has at least 30 passages with negatives among them', () => {
    const all = [...loadLabelled('tuned'), ...loadLabelled('held-out')];
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(all.filter((p) => p.expected.delegations.length === 0).length).toBeGreaterThanOrEqual(5);
  });
});
