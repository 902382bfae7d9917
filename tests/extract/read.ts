/**
 * How the extraction tests read a sentence: one item published on Wednesday 14 May 2025 (unless a
 * case says otherwise), with the test lexicon unless a case passes the bundled dossier's.
 */
import { extract } from '../../src/core/extract/index.js';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { LEXICON } from './lexicon.js';

export const PUBLISHED = '2025-05-14T09:00:00Z';

export const run = (text: string, published = PUBLISHED, lexicon: ExtractLexicon = LEXICON) =>
  extract({ title: '', text, published: new Date(published), lexicon });

/** Everyone seated, "Party: Name" with " (leader)" for leaders, sorted. */
export const people = (text: string, published = PUBLISHED, lexicon: ExtractLexicon = LEXICON) =>
  run(text, published, lexicon)
    .delegations.flatMap((d) => [...d.leaders.map((n) => `${d.party}: ${n} (leader)`), ...d.members.map((n) => `${d.party}: ${n}`)])
    .sort();

/** Day-dated rounds, "Place YYYY-MM-DD" ("?" for no place), sorted. */
export const datedRounds = (text: string, published = PUBLISHED, lexicon: ExtractLexicon = LEXICON) =>
  run(text, published, lexicon)
    .rounds.filter((r) => r.date?.precision === 'day')
    .map((r) => `${r.place ?? '?'} ${r.date!.date}`)
    .sort();

/** Day-dated rounds and talks events, "Place YYYY-MM-DD", each once. */
export const rounds = (text: string, published = PUBLISHED) => {
  const x = run(text, published);
  return [
    ...x.rounds.filter((r) => r.date?.precision === 'day').map((r) => `${r.place ?? '?'} ${r.date!.date}`),
    ...x.events.filter((e) => e.kind === 'talks' && e.date.precision === 'day').map((e) => `${e.place ?? '?'} ${e.date.date}`),
  ].filter((v, i, a) => a.indexOf(v) === i);
};
