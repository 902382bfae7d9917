/**
 * A "model" that reads like Parley's rules: the rules' extraction of the prompt's item, written
 * in the reading schema with each sentence as evidence. The fake endpoint serves it to try the
 * model path end to end (and `npm run eval -- --reader model` against it should score what the
 * rules score, less what the schema or the gate cannot carry).
 */
import { DEFAULT_DOSSIER, DEFAULT_DOSSIER_DIR, lexiconOf, loadDossier } from '../../src/core/dossier/load.js';
import { extract } from '../../src/core/extract/index.js';
import type { ModelReading } from '../../src/core/reader/schema.js';

const lexicon = lexiconOf(loadDossier(DEFAULT_DOSSIER, DEFAULT_DOSSIER_DIR));

export function rulesReading(item: { title: string; text: string; published: string | null }): ModelReading {
  const x = extract({
    title: item.title,
    text: item.text,
    published: new Date(`${item.published ?? '2000-01-01'}T12:00:00Z`),
    publishedCertain: item.published !== null,
    lexicon,
  });
  const ev = (i: number) => x.sentences[i] ?? '';
  return {
    people: x.actors
      .filter((a, i) => x.actors.findIndex((b) => b.name === a.name) === i)
      .map((a) => ({ name: a.surface, title: a.role?.title ?? null, side: a.party ?? a.role?.party ?? null, evidence: ev(a.sentenceIndex) })),
    delegations: x.delegations.map((d) => {
      const r = d.roundIndex !== undefined ? x.rounds[d.roundIndex] : undefined;
      return {
        side: d.party,
        round: r ? { place: r.place ?? null, date: r.date?.date ?? null } : null,
        leaders: d.leaders,
        members: d.members,
        evidence: ev(d.sentenceIndex),
      };
    }),
    // The rules keep a round's sentence with "U.S." read as "US": the sentence as written is the quote.
    rounds: x.rounds.map((r) => ({ place: r.place ?? null, date: r.date?.date ?? null, status: r.status, evidence: ev(r.sentenceIndex) })),
  };
}
