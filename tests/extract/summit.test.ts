import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import type { Extraction, ExtractLexicon } from '../../src/core/extract/types.js';
import { sameActor } from '../../src/core/names.js';
import { LEXICON } from './lexicon.js';

/**
 * The summit pass: principals and their companions at summits, signings and envoy visits, told with
 * no roster wording. Every sentence here is written for this test, none copied from a passage. A
 * meeting told as its principals' ("the talks of A with B", "the meeting in P of A and B"), who sat
 * with whom ("Putin sat with C and D", "C and D sat alongside Mr Putin", "sat with the president"), and
 * a meeting whose length, day or room stands between the verb and "with". Floated meetings, phone
 * calls and future sit-downs seat nobody.
 */
const run = (text: string, published: string, lexicon: ExtractLexicon): Extraction => extract({ title: '', text, published: new Date(published), lexicon });
const withActors = (...actors: [string, string][]): ExtractLexicon => ({ ...LEXICON, actors: actors.map(([name, party]) => ({ name, aliases: [], party })) });
const RU = withActors(
  ['Vladimir Putin', 'Russia'],
  ['Donald Trump', 'United States'],
  ['Marco Rubio', 'United States'],
  ['Steve Witkoff', 'United States'],
  ['Jared Kushner', 'United States'],
  ['Sergei Lavrov', 'Russia'],
  ['Yuri Ushakov', 'Russia'],
  ['Volodymyr Zelensky', 'Ukraine'],
);
const BALKANS = withActors(['Aleksandar Vucic', 'Serbia'], ['Albin Kurti', 'Kosovo']);
const has = (x: Extraction, party: string, name: string) => x.delegations.some((d) => d.party === party && [...d.leaders, ...d.members].some((n) => sameActor(n, name)));
const nobody = (x: Extraction, name: string) => !x.delegations.some((d) => [...d.leaders, ...d.members].some((n) => sameActor(n, name)));

describe('a meeting told as its principals’: "the talks of A with B", "the meeting in P of A and B"', () => {
  it('"the talks of A with envoy B and C in the Kremlin" seats A on one side and B and C on the other', () => {
    const x = run(
      'The Kremlin round ended late on Wednesday. The talks of Russian President Vladimir Putin with US envoy Steve Witkoff and Jared Kushner in the Kremlin ran past midnight, an aide said.',
      '2025-12-04T08:00:00Z',
      RU,
    );
    expect(has(x, 'Russia', 'Vladimir Putin')).toBe(true);
    expect(has(x, 'United States', 'Steve Witkoff')).toBe(true);
    expect(has(x, 'United States', 'Jared Kushner')).toBe(true);
  });
  it('"the meeting in P of A and B" seats both, each on their own side', () => {
    const x = run(
      'The meeting in Brussels of Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti broke up after nine hours on Tuesday without a joint text.',
      '2024-06-12T08:00:00Z',
      BALKANS,
    );
    expect(has(x, 'Serbia', 'Aleksandar Vucic')).toBe(true);
    expect(has(x, 'Kosovo', 'Albin Kurti')).toBe(true);
  });
  it('a meeting of the two that is only asked for seats nobody', () => {
    const x = run(
      'Talks in Brussels resumed on Tuesday. The EU called for a meeting in Brussels of Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti before the summer.',
      '2024-06-12T08:00:00Z',
      BALKANS,
    );
    expect(nobody(x, 'Aleksandar Vucic')).toBe(true);
    expect(nobody(x, 'Albin Kurti')).toBe(true);
  });
  it('a meeting of the two that might happen seats nobody', () => {
    const x = run(
      'Talks in Brussels resumed on Tuesday. A meeting in Paris of Vucic and Kurti could follow in July if the annex holds.',
      '2024-06-12T08:00:00Z',
      BALKANS,
    );
    expect(nobody(x, 'Aleksandar Vucic')).toBe(true);
  });
});

describe('who sat with whom', () => {
  it('"A brought C and D; B sat with E and his aide F": both principals with their people', () => {
    const x = run(
      'Trump and Putin met in Helsinki on Monday for four hours. Trump brought Secretary of State Marco Rubio; Putin sat with Foreign Minister Sergei Lavrov and his aide Yuri Ushakov.',
      '2025-09-02T08:00:00Z',
      RU,
    );
    expect(has(x, 'Russia', 'Vladimir Putin')).toBe(true);
    expect(has(x, 'Russia', 'Sergei Lavrov')).toBe(true);
    expect(has(x, 'Russia', 'Yuri Ushakov')).toBe(true);
    expect(has(x, 'United States', 'Marco Rubio')).toBe(true);
  });
  it('"C and D sat alongside Mr Putin" seats the three on the principal’s side', () => {
    const x = run(
      'Trump and Putin met in Helsinki on Monday for four hours. Across the table, Foreign Minister Sergei Lavrov and aide Yuri Ushakov sat alongside Mr Putin.',
      '2025-09-02T08:00:00Z',
      RU,
    );
    expect(has(x, 'Russia', 'Vladimir Putin')).toBe(true);
    expect(has(x, 'Russia', 'Sergei Lavrov')).toBe(true);
    expect(has(x, 'Russia', 'Yuri Ushakov')).toBe(true);
  });
  it('"C and D sat with the president" seats the two on their own side', () => {
    const x = run(
      'Zelensky met Trump at the White House on Friday. Secretary of State Marco Rubio and envoy Steve Witkoff sat with the president throughout.',
      '2025-10-18T08:00:00Z',
      RU,
    );
    expect(has(x, 'United States', 'Marco Rubio')).toBe(true);
    expect(has(x, 'United States', 'Steve Witkoff')).toBe(true);
  });
  it('"A, B and C, an adviser, sat down with a Ukrainian delegation" seats the subjects on their side', () => {
    const x = run(
      'Negotiators met in Miami on Sunday. Marco Rubio, Steve Witkoff and Jared Kushner, a former adviser, sat down with a Ukrainian delegation for six hours.',
      '2025-11-24T08:00:00Z',
      RU,
    );
    expect(has(x, 'United States', 'Marco Rubio')).toBe(true);
    expect(has(x, 'United States', 'Jared Kushner')).toBe(true);
  });
  it('one who will sit with a principal next week is not seated by it', () => {
    const x = run('Negotiators met in Miami on Sunday. Lavrov will sit with Rubio in Geneva next week.', '2025-11-24T08:00:00Z', RU);
    expect(x.delegations.flatMap((d) => d.people ?? []).filter((p) => p.rule === 'principals.sat-with')).toEqual([]);
  });
  it('one who sat with a principal in a film or a phone call is not seated by it', () => {
    const x = run('Negotiators met in Miami on Sunday. Trump sat with his phone for an hour, calling Putin twice.', '2025-11-24T08:00:00Z', RU);
    expect(x.delegations.flatMap((d) => d.people ?? []).filter((p) => p.rule === 'principals.sat-with')).toEqual([]);
  });
});

describe('a meeting whose length, day or room stands between the verb and "with"', () => {
  it('"A met for more than four hours with envoy B and C at P on D" seats all three', () => {
    const x = run('Zelensky met for more than four hours with US envoy Steve Witkoff and Jared Kushner at the Chancellery in Berlin on Sunday.', '2025-12-15T08:00:00Z', RU);
    expect(has(x, 'Ukraine', 'Volodymyr Zelensky')).toBe(true);
    expect(has(x, 'United States', 'Steve Witkoff')).toBe(true);
    expect(has(x, 'United States', 'Jared Kushner')).toBe(true);
  });
  it('"A negotiated on Sunday in the palace with the US envoys B and C" seats all three', () => {
    const x = run('Zelensky negotiated on Sunday in the old palace with the US envoys Steve Witkoff and Jared Kushner.', '2025-12-15T08:00:00Z', RU);
    expect(has(x, 'Ukraine', 'Volodymyr Zelensky')).toBe(true);
    expect(has(x, 'United States', 'Jared Kushner')).toBe(true);
  });
  it('"A spent three hours today with B in P" seats both', () => {
    const x = run('Witkoff spent three hours today with Vladimir Putin in St. Petersburg.', '2025-04-11T20:00:00Z', RU);
    expect(has(x, 'United States', 'Steve Witkoff')).toBe(true);
    expect(has(x, 'Russia', 'Vladimir Putin')).toBe(true);
  });
  it('a phone call told at length seats nobody', () => {
    const x = run('Zelensky talked for more than an hour with Putin by phone on Sunday.', '2025-12-15T08:00:00Z', RU);
    expect(nobody(x, 'Volodymyr Zelensky')).toBe(true);
    expect(nobody(x, 'Vladimir Putin')).toBe(true);
  });
});

const LAKES = withActors(['Paul Kagame', 'Rwanda'], ['Félix Tshisekedi', 'DR Congo'], ['Sultani Makenga', 'M23']);
const CAUCASUS = withActors(['Ararat Mirzoyan', 'Armenia'], ['Jeyhun Bayramov', 'Azerbaijan']);

describe('principals at a signing and at talks between office-holders', () => {
  it('"A and his counterpart B on Thursday, December 4, signed" seats both, whoever the item’s first round is between', () => {
    const x = run(
      'The M23 and Kinshasa resumed talks in Doha on Monday. President Paul Kagame and his Congolese counterpart Félix Tshisekedi on Thursday, December 4, signed the accords in Washington.',
      '2025-12-05T08:00:00Z',
      LAKES,
    );
    expect(has(x, 'Rwanda', 'Paul Kagame')).toBe(true);
    expect(has(x, 'DR Congo', 'Félix Tshisekedi')).toBe(true);
  });
  it('a pair who would sign on a later day seats nobody', () => {
    const x = run(
      'The M23 and Kinshasa resumed talks in Doha on Monday. Kagame and Tshisekedi on Thursday could sign the accords in Washington, an aide said.',
      '2025-12-05T08:00:00Z',
      LAKES,
    );
    expect(nobody(x, 'Paul Kagame')).toBe(true);
  });
  it('"the negotiations between Foreign Minister of X A and Foreign Minister of Y B started in P on May 2": the month is no "may"', () => {
    const x = run(
      'The negotiations between Foreign Minister of Armenia Ararat Mirzoyan and Foreign Minister of Azerbaijan Jeyhun Bayramov opened in Geneva on May 2, a spokesman said.',
      '2024-05-02T18:00:00Z',
      CAUCASUS,
    );
    expect(has(x, 'Armenia', 'Ararat Mirzoyan')).toBe(true);
    expect(has(x, 'Azerbaijan', 'Jeyhun Bayramov')).toBe(true);
  });
  it('negotiations between the two that may open later seat nobody', () => {
    const x = run(
      'The ministers met in Geneva on Monday. Negotiations between Foreign Minister of Armenia Ararat Mirzoyan and Foreign Minister of Azerbaijan Jeyhun Bayramov may open in Almaty.',
      '2024-05-02T18:00:00Z',
      CAUCASUS,
    );
    expect(x.delegations.flatMap((d) => d.people ?? []).filter((p) => p.rule === 'principals.talks-between')).toEqual([]);
  });
});

describe('"Around the table were …": each at the table on the side their own title states', () => {
  it('seats every listed leader on their own side, guests of the summit included', () => {
    const x = run(
      'Trump and Zelensky met at the White House on Monday. Around the table in the Cabinet Room were Polish President Karol Nawrocki, Spanish Prime Minister Pedro Sanchez and Ukrainian President Volodymyr Zelensky.',
      '2025-10-21T08:00:00Z',
      RU,
    );
    expect(has(x, 'Poland', 'Karol Nawrocki')).toBe(true);
    expect(has(x, 'Spain', 'Pedro Sanchez')).toBe(true);
    expect(has(x, 'Ukraine', 'Volodymyr Zelensky')).toBe(true);
  });
  it('a table still to come seats nobody', () => {
    const x = run(
      'Trump and Zelensky met at the White House on Monday. Around the table next month will be Polish President Karol Nawrocki and Spanish Prime Minister Pedro Sanchez.',
      '2025-10-21T08:00:00Z',
      RU,
    );
    expect(nobody(x, 'Karol Nawrocki')).toBe(true);
  });
  it('a table of one seats nobody by it', () => {
    const x = run('Trump and Zelensky met at the White House on Monday. Around the table was a map of Donbas and Polish President Karol Nawrocki.', '2025-10-21T08:00:00Z', RU);
    expect(x.delegations.flatMap((d) => d.people ?? []).filter((p) => p.rule === 'principals.around-table')).toEqual([]);
  });
});

describe('"a wider Russian group had flown in — A, B and C among them"', () => {
  it('seats the people between the dash and "among them" on the group’s side', () => {
    const x = run(
      'Trump and Putin met in Helsinki on Monday. A larger Russian delegation had also flown in — Deputy Foreign Minister Pavel Orlov and central bank governor Ivan Petrov among them — though only four sat at the table.',
      '2025-09-02T08:00:00Z',
      RU,
    );
    expect(has(x, 'Russia', 'Pavel Orlov')).toBe(true);
    expect(has(x, 'Russia', 'Ivan Petrov')).toBe(true);
  });
  it('a group that only might come seats nobody', () => {
    const x = run(
      'Trump and Putin met in Helsinki on Monday. A larger Russian delegation could come — Deputy Foreign Minister Pavel Orlov and central bank governor Ivan Petrov among them — if the talks go on.',
      '2025-09-02T08:00:00Z',
      RU,
    );
    expect(nobody(x, 'Pavel Orlov')).toBe(true);
  });
  it('a list that goes on past the names is not read as the group', () => {
    const x = run(
      'Trump and Putin met in Helsinki on Monday. The Russian team had flown in — with Pavel Orlov, who briefed Trump, among them.',
      '2025-09-02T08:00:00Z',
      RU,
    );
    expect(x.delegations.flatMap((d) => d.people ?? []).filter((p) => p.rule === 'principals.group-among-them')).toEqual([]);
  });
});
