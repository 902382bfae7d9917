import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import type { Extraction, ExtractLexicon } from '../../src/core/extract/types.js';
import { sameActor } from '../../src/core/names.js';
import { LEXICON } from './lexicon.js';

/**
 * The pm2 pass: principals still left unseated after pm. Every sentence here is written for this
 * test. A pair's meeting told as theirs ("at their meeting in P on D"), and a principal joined by
 * their people in an item about talks that names no round's day. Meetings floated or by phone, and
 * mediators, still seat nobody.
 */
const run = (text: string, published: string, lexicon: ExtractLexicon): Extraction => extract({ title: '', text, published: new Date(published), lexicon });
const withActors = (...actors: [string, string][]): ExtractLexicon => ({ ...LEXICON, actors: actors.map(([name, party]) => ({ name, aliases: [], party })) });
const CAUCASUS = withActors(['Ilham Aliyev', 'Azerbaijan'], ['Nikol Pashinyan', 'Armenia'], ['Jeyhun Bayramov', 'Azerbaijan'], ['Ararat Mirzoyan', 'Armenia']);
const RU = withActors(['Vladimir Putin', 'Russia'], ['Donald Trump', 'United States'], ['Marco Rubio', 'United States'], ['Steve Witkoff', 'United States'], ['Sergei Lavrov', 'Russia']);
const has = (x: Extraction, party: string, name: string) => x.delegations.some((d) => d.party === party && [...d.leaders, ...d.members].some((n) => sameActor(n, name)));
const nobody = (x: Extraction, name: string) => !x.delegations.some((d) => [...d.leaders, ...d.members].some((n) => sameActor(n, name)));

describe('"A and B at their meeting in P on D"', () => {
  it('the pair whose meeting it was sit on their own sides', () => {
    const x = run(
      'The ministers opened a new round in Tbilisi on Monday. It follows the road map agreed between Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan at their meeting in Prague on 3 March.',
      '2025-04-08T08:00:00Z',
      CAUCASUS,
    );
    expect(has(x, 'Azerbaijan', 'Ilham Aliyev')).toBe(true);
    expect(has(x, 'Armenia', 'Nikol Pashinyan')).toBe(true);
  });
  it('"set by A and B at their summit in P on D" seats both', () => {
    const x = run(
      'The ministers opened a new round in Tbilisi on Monday. It builds on the terms agreed between Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan at their summit in Prague on 3 March.',
      '2025-04-08T08:00:00Z',
      CAUCASUS,
    );
    expect(has(x, 'Azerbaijan', 'Ilham Aliyev')).toBe(true);
    expect(has(x, 'Armenia', 'Nikol Pashinyan')).toBe(true);
  });
  it('a meeting they might hold seats nobody', () => {
    const x = run(
      'The ministers opened a new round in Tbilisi on Monday. A deal is possible only if Aliyev and Pashinyan at their meeting in Prague next month accept the text.',
      '2025-04-08T08:00:00Z',
      CAUCASUS,
    );
    expect(nobody(x, 'Ilham Aliyev')).toBe(true);
    expect(nobody(x, 'Nikol Pashinyan')).toBe(true);
  });
});

describe('"A and B last met in P on D": an adverb of time before the verb', () => {
  it('both sit on their own sides', () => {
    const x = run(
      'The ministers opened a new round in Tbilisi on Monday. Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat Mirzoyan last met in Prague on 3 March, at the invitation of their host.',
      '2025-04-08T08:00:00Z',
      CAUCASUS,
    );
    expect(has(x, 'Azerbaijan', 'Jeyhun Bayramov')).toBe(true);
    expect(has(x, 'Armenia', 'Ararat Mirzoyan')).toBe(true);
  });
  it('a pair who may meet again seats nobody', () => {
    const x = run('The foreign ministers opened a new round in Tbilisi on Monday. Aliyev and Pashinyan could again meet in Almaty if it goes well.', '2025-06-10T08:00:00Z', CAUCASUS);
    expect(nobody(x, 'Ilham Aliyev')).toBe(true);
  });
});

describe('a principal joined by their people in an item about talks with no dated round', () => {
  it('"Talks ran four hours … A is joined by C; B is accompanied by D": both principals sit with them', () => {
    const x = run(
      'Talks ran for about four hours. Trump is joined by secretary of state Marco Rubio and envoy Steve Witkoff; Putin is accompanied by foreign minister Sergei Lavrov.',
      '2025-08-15T22:00:00Z',
      RU,
    );
    expect(has(x, 'United States', 'Donald Trump')).toBe(true);
    expect(has(x, 'Russia', 'Vladimir Putin')).toBe(true);
    expect(has(x, 'United States', 'Marco Rubio')).toBe(true);
  });
  it('on a phone call no principal is seated by it', () => {
    const x = run('The talks stalled in the spring. Putin, joined by Sergei Lavrov, spoke by phone with Trump for an hour.', '2025-08-15T22:00:00Z', RU);
    expect(x.delegations.flatMap((d) => d.people ?? []).filter((p) => p.rule === 'principals.joined')).toEqual([]);
    expect(nobody(x, 'Donald Trump')).toBe(true);
  });
});

describe('"The <title> was joined by C and D": the standing actor holding the title whom the item names', () => {
  const TITLED: ExtractLexicon = {
    ...LEXICON,
    actors: [
      { name: 'Marco Rubio', aliases: [], party: 'United States', roles: ['secretary of state'] },
      { name: 'Donald Trump', aliases: [], party: 'United States', roles: ['president'] },
      { name: 'Steve Witkoff', aliases: [], party: 'United States' },
      { name: 'Rustem Umerov', aliases: [], party: 'Ukraine' },
      { name: 'Volodymyr Zelensky', aliases: [], party: 'Ukraine', roles: ['president'] },
    ],
  };
  it('the secretary of state named earlier sits with those joining him', () => {
    const x = run(
      'American and Ukrainian negotiators met in Riyadh on Tuesday, and Marco Rubio called the talks useful. The American secretary of state was joined by envoy Steve Witkoff.',
      '2025-03-12T08:00:00Z',
      TITLED,
    );
    expect(has(x, 'United States', 'Marco Rubio')).toBe(true);
    expect(has(x, 'United States', 'Steve Witkoff')).toBe(true);
  });
  it('a title the item has not named anyone by seats no holder', () => {
    const x = run('American and Ukrainian negotiators met in Riyadh on Tuesday. The American secretary of state was joined by envoy Steve Witkoff.', '2025-03-12T08:00:00Z', TITLED);
    expect(nobody(x, 'Marco Rubio')).toBe(true);
  });
  it('a title two named actors hold ("the president") seats neither', () => {
    const x = run(
      'Donald Trump and Volodymyr Zelensky spoke about the talks in Riyadh on Tuesday. The president was joined by Rustem Umerov.',
      '2025-03-12T08:00:00Z',
      TITLED,
    );
    expect(x.delegations.flatMap((d) => d.people ?? []).filter((p) => p.rule === 'principals.joined')).toEqual([]);
  });
});
