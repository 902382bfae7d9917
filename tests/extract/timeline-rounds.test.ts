/**
 * Every dated round is on the timeline: `parley timeline` (all a reader sees) shows a round even
 * when its date comes from a dateline, a headline or another sentence than the one naming it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DOSSIER_DIR, lexiconOf, loadDossier } from '../../src/core/dossier/load.js';
import { extract } from '../../src/core/extract/index.js';
import { run } from './read.js';

const onTimeline = (x: ReturnType<typeof run>) =>
  x.rounds.every((r, i) => !r.date || x.events.some((e) => e.roundIndex === i && e.kind === 'talks' && e.date.date === r.date!.date && e.place === r.place));

describe('a dated round has its event', () => {
  it('when the round is dated by the day it is reported under way, with no date in its sentence', () => {
    const x = run('The third round of talks between the Russian and Ukrainian delegations has ended at the palace in Istanbul after an hour, a source said.', '2025-07-23T19:00:00Z');
    expect(x.rounds.some((r) => r.place === 'Istanbul' && r.date?.date === '2025-07-23')).toBe(true);
    expect(onTimeline(x)).toBe(true);
  });

  it('in every labelled real-reporting passage, read with its bundled lexicon', () => {
    const lexicon = lexiconOf(loadDossier('russia-ukraine', BUNDLED_DOSSIER_DIR));
    const passages = JSON.parse(readFileSync(new URL('../fixtures/labelled/real-reporting.json', import.meta.url), 'utf8')) as { id: string; text: string; published: string }[];
    const missing = passages.filter((p) => !onTimeline(extract({ title: '', text: p.text, published: new Date(p.published), lexicon }))).map((p) => p.id);
    expect(missing).toEqual([]);
  });
});
