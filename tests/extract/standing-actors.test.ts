import { describe, expect, it } from 'vitest';
import { BUNDLED_DOSSIER_DIR, lexiconOf, listDossiers, loadDossier } from '../../src/core/dossier/load.js';
import { extract } from '../../src/core/extract/index.js';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { LEXICON } from './lexicon.js';

/** A dossier's standing actors: prior evidence for sides and surnames, never people of their own. */
const WITH_ACTORS: ExtractLexicon = {
  ...LEXICON,
  actors: [
    { name: 'Rustem Umerov', aliases: ['Rustem Umierov'], party: 'Ukraine' },
    { name: 'Vladimir Medinsky', aliases: [], party: 'Russia' },
    { name: 'Marco Rubio', aliases: [], party: 'United States' },
  ],
};

const run = (text: string, lexicon = WITH_ACTORS) => extract({ title: '', text, published: new Date('2025-05-15T12:00:00Z'), lexicon });
const people = (text: string, lexicon = WITH_ACTORS) =>
  run(text, lexicon).delegations.flatMap((d) => [...d.leaders.map((n) => `${d.party}: ${n} (leader)`), ...d.members.map((n) => `${d.party}: ${n}`)]);

describe('standing actors in the dossier', () => {
  it('link a surname the item never spells out to the full name, and give its side', () => {
    expect(people('Medinsky, head of the Russian delegation, said the talks were constructive.')).toEqual(['Russia: Vladimir Medinsky (leader)']);
  });

  it('keep the spelling the item uses for a full name', () => {
    const x = run('Rustem Umierov, who heads the Ukrainian delegation, arrived on Thursday.');
    expect(x.actors.map((a) => a.name)).toContain('Rustem Umierov');
  });

  it('give a side a sentence leaves open, and veto a side the context would lend', () => {
    // "joined by" lends the subject's side; the curated side of Rubio outranks a wrong one.
    expect(people('The Ukrainian delegation was joined by Marco Rubio.')).not.toContain('Ukraine: Marco Rubio');
  });

  it('add no one the text does not name', () => {
    const x = run('The delegations met in Istanbul on Friday.');
    expect(x.actors).toEqual([]);
    expect(x.delegations).toEqual([]);
  });

  it('are valid in every bundled dossier and carry a side each', () => {
    for (const id of listDossiers(BUNDLED_DOSSIER_DIR)) {
      const d = loadDossier(id, BUNDLED_DOSSIER_DIR);
      const lex = lexiconOf(d);
      // other-negotiations follows no negotiation in particular: it has no standing people.
      if (d.relevance.fallback) expect(lex.actors).toEqual([]);
      else expect(lex.actors.length, id).toBeGreaterThan(0);
      for (const a of lex.actors) expect(a.party, `${id}: ${a.name}`).toBeTruthy();
    }
  });
});
