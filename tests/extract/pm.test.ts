import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import type { Extraction, ExtractLexicon } from '../../src/core/extract/types.js';
import { sameActor } from '../../src/core/names.js';
import { LEXICON } from './lexicon.js';

/**
 * Principals and their companions seated with no roster wording (the pm pass): a pair meeting now or
 * on a fixed day, a principal's meeting told as a possession ("A's talks with B"), those a principal
 * brings or is joined by, those beside a meeting ("together with"), a text handed over in person.
 * Every sentence here is written for this test. Meetings floated, proposed or by phone seat nobody.
 */
const run = (text: string, published: string, lexicon: ExtractLexicon = RU): Extraction => extract({ title: '', text, published: new Date(published), lexicon });
const withActors = (...actors: [string, string][]): ExtractLexicon => ({ ...LEXICON, actors: actors.map(([name, party]) => ({ name, aliases: [], party })) });
const RU = withActors(
  ['Vladimir Putin', 'Russia'],
  ['Volodymyr Zelensky', 'Ukraine'],
  ['Donald Trump', 'United States'],
  ['Steve Witkoff', 'United States'],
  ['Jared Kushner', 'United States'],
  ['Yuri Ushakov', 'Russia'],
  ['Kirill Dmitriev', 'Russia'],
  ['Marco Rubio', 'United States'],
  ['Sergei Lavrov', 'Russia'],
  ['Dan Driscoll', 'United States'],
);
const has = (x: Extraction, party: string, name: string) => x.delegations.some((d) => d.party === party && [...d.leaders, ...d.members].some((n) => sameActor(n, name)));
const nobody = (x: Extraction, name: string) => !x.delegations.some((d) => [...d.leaders, ...d.members].some((n) => sameActor(n, name)));

describe('a pair meeting now or on a fixed day', () => {
  it('"A and B meet today in P": both seated', () => {
    const x = run('Trump and Putin meet today in Anchorage for their long-awaited summit on the war.', '2025-08-15T08:00:00Z');
    expect(has(x, 'United States', 'Donald Trump')).toBe(true);
    expect(has(x, 'Russia', 'Vladimir Putin')).toBe(true);
  });
  it('"A and B have been meeting for an hour" at a dateline: both seated', () => {
    const x = run('ANCHORAGE - Donald Trump and Vladimir Putin have been meeting at the air base for just over two hours, officials said on Friday.', '2025-08-15T22:00:00Z');
    expect(has(x, 'United States', 'Donald Trump')).toBe(true);
    expect(has(x, 'Russia', 'Vladimir Putin')).toBe(true);
  });
  it('a meeting floated or conditional seats nobody', () => {
    const x = run('Talks were held in Geneva on Sunday. Trump and Putin could meet in Budapest later this month if the talks go well.', '2025-10-20T08:00:00Z');
    expect(nobody(x, 'Donald Trump')).toBe(true);
    expect(nobody(x, 'Vladimir Putin')).toBe(true);
  });
  it('a pair to meet with neither place nor day is no pair of this rule', () => {
    const x = run('Talks were held in Geneva on Sunday. Trump and Putin will meet eventually, an aide insisted.', '2025-10-20T08:00:00Z');
    expect(x.delegations.flatMap((d) => d.people ?? []).filter((p) => p.rule === 'principals.met-pair')).toEqual([]);
  });
});

describe("a principal's meeting told as a possession", () => {
  it('"A\'s talks in P with B and C lasted hours": A and those met seated, a possessor in an apposition not', () => {
    const x = run(
      "MOSCOW - President Vladimir Putin's talks in the Kremlin with US envoy Steve Witkoff and Jared Kushner, the son-in-law of President Donald Trump, ran past midnight, the Kremlin said on Wednesday.",
      '2025-12-03T08:00:00Z',
    );
    expect(has(x, 'Russia', 'Vladimir Putin')).toBe(true);
    expect(has(x, 'United States', 'Steve Witkoff')).toBe(true);
    expect(has(x, 'United States', 'Jared Kushner')).toBe(true);
    expect(nobody(x, 'Donald Trump')).toBe(true);
  });
  it('"B and C\'s meeting with A at P on D": all three seated', () => {
    const x = run("The Florida session came a week after Witkoff and Kushner's long meeting with Vladimir Putin at the Kremlin on December 2.", '2025-12-09T08:00:00Z');
    expect(has(x, 'Russia', 'Vladimir Putin')).toBe(true);
    expect(has(x, 'United States', 'Steve Witkoff')).toBe(true);
    expect(has(x, 'United States', 'Jared Kushner')).toBe(true);
  });
  it('"A will fly to P on D for his meeting with B": both seated', () => {
    const x = run('Vladimir Putin will fly to Anchorage on Friday for his first meeting with Donald Trump in six years.', '2025-08-12T08:00:00Z');
    expect(has(x, 'Russia', 'Vladimir Putin')).toBe(true);
    expect(has(x, 'United States', 'Donald Trump')).toBe(true);
  });
  it('a call told as a possession seats nobody', () => {
    const x = run("Talks were held in Riyadh on Monday. Putin's phone call with Trump on Tuesday lasted two hours.", '2025-03-19T08:00:00Z');
    expect(nobody(x, 'Vladimir Putin')).toBe(true);
  });
});

describe("a principal's companions", () => {
  it('"A will now be joined in the room by C and D": A and both seated on A\'s side', () => {
    const x = run('Trump and Putin met in Anchorage on Friday. Trump will now be joined in the room by Secretary of State Marco Rubio and his envoy Steve Witkoff.', '2025-08-15T22:00:00Z');
    for (const n of ['Donald Trump', 'Marco Rubio', 'Steve Witkoff']) expect(has(x, 'United States', n)).toBe(true);
  });
  it('"A brings C and his adviser, D" and "A had his foreign minister, C, and his aide, D"', () => {
    const a = run('Trump and Putin met in Anchorage on Friday. Putin brings Foreign Minister Sergei Lavrov and his longtime adviser, Yuri Ushakov.', '2025-08-15T22:00:00Z');
    for (const n of ['Vladimir Putin', 'Sergei Lavrov', 'Yuri Ushakov']) expect(has(a, 'Russia', n)).toBe(true);
    const b = run('Trump and Putin met in Anchorage on Friday. Putin had his foreign minister, Sergei Lavrov, and his veteran aide, Yuri Ushakov.', '2025-08-15T22:00:00Z');
    for (const n of ['Sergei Lavrov', 'Yuri Ushakov']) expect(has(b, 'Russia', n)).toBe(true);
  });
  it('"A and B met C in P on D, together with C\'s aide E and envoy F": E and F on C\'s side', () => {
    const x = run(
      "US envoys Witkoff and Kushner met President Vladimir Putin in the Kremlin on Thursday evening, together with Putin's adviser Yuri Ushakov and investment envoy Kirill Dmitriev.",
      '2026-01-23T08:00:00Z',
    );
    expect(has(x, 'Russia', 'Yuri Ushakov')).toBe(true);
    expect(has(x, 'Russia', 'Kirill Dmitriev')).toBe(true);
    expect(has(x, 'United States', 'Steve Witkoff')).toBe(true);
  });
});

describe('a text handed over in person', () => {
  it('"A had handed the plan to B in P on D": both seated', () => {
    const x = run('Talks opened in Geneva on Sunday. Driscoll had handed the peace plan to Zelensky in Kyiv on Thursday.', '2025-11-24T08:00:00Z');
    expect(has(x, 'Ukraine', 'Volodymyr Zelensky')).toBe(true);
    expect(has(x, 'United States', 'Dan Driscoll')).toBe(true);
  });
  it('a plan to be handed over seats nobody', () => {
    const x = run('Talks opened in Geneva on Sunday. Driscoll will hand the peace plan to Zelensky in Kyiv on Thursday.', '2025-11-24T08:00:00Z');
    expect(nobody(x, 'Volodymyr Zelensky')).toBe(true);
  });
});

describe('those who went with the delegation, by their own word', () => {
  it('"A, who travelled with the delegation" and "A … told reporters he had also joined the delegation": on their own side', () => {
    for (const s of [
      'Kirill Dmitriev, who travelled with the delegation, gave interviews in the hotel lobby.',
      "Kirill Dmitriev, who heads Russia's wealth fund, told reporters he had also joined the delegation.",
      'Dmitriev, the wealth fund chief, was in the city as well and said he had taken part in some of the talks.',
    ]) {
      const x = run(`RIYADH - Russian and US delegations held talks in Riyadh on Tuesday. ${s}`, '2025-02-19T08:00:00Z');
      expect(has(x, 'Russia', 'Kirill Dmitriev')).toBe(true);
    }
  });
  it('one who took part in something else, or with no round in the item, is not seated', () => {
    const a = run("Kirill Dmitriev, who heads Russia's wealth fund, said he had joined the board of a new bank.", '2025-02-19T08:00:00Z');
    expect(nobody(a, 'Kirill Dmitriev')).toBe(true);
  });
});

describe('more principals who met', () => {
  it('"Presidents A of X and B of Y on Thursday signed the accord": both seated', () => {
    const x = run('WASHINGTON - Presidents Ilham Aliyev of Azerbaijan and Nikol Pashinyan of Armenia on Friday signed a joint declaration at the White House.', '2025-08-09T08:00:00Z', LEXICON);
    expect(has(x, 'Azerbaijan', 'Ilham Aliyev')).toBe(true);
    expect(has(x, 'Armenia', 'Nikol Pashinyan')).toBe(true);
  });
  it('"A\'s talks in P with B, C and D": D, of no stated side, sits with the list whose others agree', () => {
    const x = run("President Vladimir Putin's talks in the Kremlin on Thursday with envoy Steve Witkoff, Jared Kushner and Lars Hemmings ran for four hours.", '2026-01-23T08:00:00Z');
    expect(has(x, 'United States', 'Lars Hemmings')).toBe(true);
  });
  it('two of the negotiation\'s sides meeting at a place on a day are seated though the item\'s talks are between others, where the dossier names its go-betweens', () => {
    const x = run(
      'Talks between Russian and US envoys ended in the Kremlin on Tuesday. Ukrainian Security Council secretary Rustem Umerov will meet with Witkoff and Kushner in Miami on Thursday.',
      '2025-12-03T08:00:00Z',
      { ...withActors(['Rustem Umerov', 'Ukraine'], ['Steve Witkoff', 'United States'], ['Jared Kushner', 'United States'], ['Vladimir Putin', 'Russia']), mediators: ['Turkey'] },
    );
    expect(has(x, 'Ukraine', 'Rustem Umerov')).toBe(true);
  });
});

describe("envoys due in another side's capital", () => {
  it('"A is expected in Moscow later this week to see B": A on their side, B on the capital\'s', () => {
    const x = run('Talks were held in Jeddah on Tuesday. The president\'s envoy Steve Witkoff is expected in Moscow later this week to see Vladimir Putin.', '2025-03-12T08:00:00Z');
    expect(has(x, 'United States', 'Steve Witkoff')).toBe(true);
    expect(has(x, 'Russia', 'Vladimir Putin')).toBe(true);
  });
  it('"A and B, meanwhile, were due in Moscow on Thursday": both seated', () => {
    const x = run('Talks were held in Davos on Thursday. Witkoff and Kushner, meanwhile, were due in Moscow on Thursday evening.', '2026-01-22T18:00:00Z');
    expect(has(x, 'United States', 'Jared Kushner')).toBe(true);
  });
  it('one due in their own capital, or a visit that may happen, seats nobody', () => {
    const a = run('Talks were held in Jeddah on Tuesday. Vladimir Putin is expected in Moscow on Friday for a parade.', '2025-03-12T08:00:00Z');
    expect(nobody(a, 'Vladimir Putin')).toBe(true);
    const b = run('Talks were held in Jeddah on Tuesday. Steve Witkoff could be in Moscow next week if the ceasefire holds.', '2025-03-12T08:00:00Z');
    expect(nobody(b, 'Steve Witkoff')).toBe(true);
  });
});

describe('a pair whose second side is a list, and time spent together', () => {
  it('"A and the US envoys B and C negotiated in P on D": all three seated', () => {
    const x = run('For six hours on Monday, Ukraine\'s President Volodymyr Zelensky and the US envoys Steve Witkoff and Jared Kushner negotiated in the chancellery in Berlin.', '2025-12-16T08:00:00Z');
    expect(has(x, 'Ukraine', 'Volodymyr Zelensky')).toBe(true);
    expect(has(x, 'United States', 'Steve Witkoff')).toBe(true);
    expect(has(x, 'United States', 'Jared Kushner')).toBe(true);
  });
  it('"A and B landed from Moscow, where they spent four hours with C on Thursday alongside D": all seated', () => {
    const x = run(
      'Witkoff and Kushner landed in the Gulf from Moscow, where they spent some four hours with Putin on Thursday alongside his aide Yuri Ushakov.',
      '2026-01-23T08:00:00Z',
    );
    expect(has(x, 'United States', 'Steve Witkoff')).toBe(true);
    expect(has(x, 'Russia', 'Vladimir Putin')).toBe(true);
    expect(has(x, 'Russia', 'Yuri Ushakov')).toBe(true);
  });
  it('time spent with someone of one\'s own side seats nobody by this reading', () => {
    const x = run('Talks were held in Riyadh on Monday. Witkoff and Kushner spent four hours with Marco Rubio on Sunday at the ranch.', '2025-03-25T08:00:00Z');
    expect(x.delegations.flatMap((d) => d.people ?? []).filter((p) => p.rule === 'principals.met-object' && p.name === 'Marco Rubio')).toEqual([]);
  });
});
