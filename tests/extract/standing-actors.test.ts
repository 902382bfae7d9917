import { describe, expect, it } from 'vitest';
import { BUNDLED_DOSSIER_DIR, lexiconOf, loadDossier } from '../../src/core/dossier/load.js';
import { extract } from '../../src/core/extract/index.js';
import type { Extraction, ExtractLexicon } from '../../src/core/extract/types.js';

/**
 * Standing actors (a dossier's `actors`): prior evidence of a person's side where the text names the
 * person without one ("Presidents A and B", "Foreign Ministers A and B", "A and B met"). Sentences
 * written for this test; the lexicon is the bundled other-negotiations dossier's, as the eval reads it.
 */
const OTHER = lexiconOf(loadDossier('other-negotiations', BUNDLED_DOSSIER_DIR));
const BARE: ExtractLexicon = { ...OTHER, actors: [] };
const run = (text: string, day: string, lexicon: ExtractLexicon = OTHER): Extraction =>
  extract({ title: '', text, published: new Date(`${day}T12:00:00Z`), lexicon });
const seated = (x: Extraction) =>
  x.delegations.flatMap((d) => [...d.leaders.map((n) => `${d.party}:L:${n}`), ...d.members.map((n) => `${d.party}:M:${n}`)]).sort();

describe('a standing actor gives a named principal the side no word in the text gives', () => {
  it('"A and B met in P on D": each on their standing side; without the dossier, no one', () => {
    const text = 'Aliyev and Pashinyan met in Abu Dhabi on Thursday for talks on a peace treaty, their offices said.';
    expect(seated(run(text, '2025-07-11'))).toEqual(['Armenia:M:Nikol Pashinyan', 'Azerbaijan:M:Ilham Aliyev']);
    expect(seated(run(text, '2025-07-11', BARE))).toEqual([]);
  });

  it('"Presidents A and B held talks": a plural office names no country', () => {
    const x = run('Presidents Tshisekedi and Kagame held talks in Doha on Tuesday on the fighting in eastern Congo.', '2025-03-19');
    expect(seated(x)).toEqual(['DR Congo:M:Felix Tshisekedi', 'Rwanda:M:Paul Kagame']);
  });

  it('"Foreign ministers A and B led their delegations": leaders, each on their side', () => {
    const x = run('Foreign ministers Bayramov and Mirzoyan led their delegations at the talks in Almaty on Friday.', '2024-05-11');
    expect(seated(x)).toEqual(['Armenia:L:Ararat Mirzoyan', 'Azerbaijan:L:Jeyhun Bayramov']);
  });

  it('a surname completes to the standing name, and the text never adds a person it does not name', () => {
    const x = run('Aliyev and Pashinyan met in Abu Dhabi on Thursday for talks on a peace treaty.', '2025-07-11');
    const names = x.delegations.flatMap((d) => [...d.leaders, ...d.members]);
    expect(names).not.toContain('Jeyhun Bayramov');
    expect(names).not.toContain('Ararat Mirzoyan');
  });
});

describe('a mediator among the standing actors sits at no side', () => {
  it('"A hosted B and C": the host is on no side, the guests on theirs', () => {
    const x = run('Rubio hosted Bayramov and Mirzoyan at the State Department on Tuesday for a new round of peace talks.', '2024-09-12');
    expect(seated(x)).toEqual(['Armenia:M:Ararat Mirzoyan', 'Azerbaijan:M:Jeyhun Bayramov']);
  });

  it('"A and B met C": the go-between they met is seated nowhere', () => {
    const x = run('Aliyev and Pashinyan met Rubio in Washington on Friday for talks on a peace treaty.', '2025-08-09');
    expect(seated(x).some((s) => s.includes('Rubio'))).toBe(false);
  });

  it('a mediator met with one side gives that side no table of two', () => {
    expect(seated(run('Al-Khulaifi and Nangaa met in Doha on Monday, as talks between Kinshasa and the rebels resumed.', '2025-07-01'))).toEqual([]);
  });

  it('the fallback dossier bounds no sides: a table of two sides it lists no one for still stands', () => {
    const lex: ExtractLexicon = { ...OTHER, actors: [...OTHER.actors] };
    const x = run('Lithuanian Foreign Minister Jonas Petraitis and his Latvian counterpart Anna Ozola met in Riga on Monday for talks on the border.', '2025-05-05', lex);
    expect(seated(x)).toEqual(seated(run('Lithuanian Foreign Minister Jonas Petraitis and his Latvian counterpart Anna Ozola met in Riga on Monday for talks on the border.', '2025-05-05', BARE)));
  });
});

describe("a standing side holds only within the actor's dates", () => {
  const lex: ExtractLexicon = { ...BARE, actors: [{ name: 'Kofi Mensah', aliases: [], party: 'Rapid Support Forces', since: '2023-04-15' }] };
  it('before `since`, the text\'s own side stands (no contradiction from the standing one)', () => {
    const x = run("Sudan's government delegation was headed by Kofi Mensah at the talks in Juba on Monday.", '2020-08-31', lex);
    expect(seated(x)).toEqual(['Sudan:L:Kofi Mensah']);
  });
  it('from `since` on, the standing side is the evidence', () => {
    const x = run('Kofi Mensah and Tshisekedi met in Nairobi on Monday for talks.', '2024-02-05', { ...lex, actors: [...lex.actors, { name: 'Felix Tshisekedi', aliases: [], party: 'DR Congo' }] });
    expect(seated(x)).toEqual(['DR Congo:M:Felix Tshisekedi', 'Rapid Support Forces:M:Kofi Mensah']);
  });
});
