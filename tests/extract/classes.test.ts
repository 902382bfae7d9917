import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import type { Extraction, ExtractLexicon } from '../../src/core/extract/types.js';
import { sameActor } from '../../src/core/names.js';
import { LEXICON } from './lexicon.js';

/**
 * The miss classes issue 10's graders met on unseen copy, each asserted on passages written for
 * this test (not the labelled sets' wording): principals who met, place-and-date rounds, long-title
 * rosters, heads of state at the table, sides by office in other negotiations.
 */
const run = (text: string, published: string, lexicon: ExtractLexicon = LEXICON): Extraction =>
  extract({ title: '', text, published: new Date(published), lexicon });

/** A lexicon with standing actors on the given sides, as a dossier gives one. */
const withActors = (...actors: [string, string][]): ExtractLexicon => ({ ...LEXICON, actors: actors.map(([name, party]) => ({ name, aliases: [], party })) });
const RU = withActors(['Vladimir Putin', 'Russia'], ['Volodymyr Zelensky', 'Ukraine'], ['Donald Trump', 'United States'], ['Steve Witkoff', 'United States']);

const seated = (x: Extraction) =>
  x.delegations.flatMap((d) => [...d.leaders.map((n) => `${d.party}:L:${n}`), ...d.members.map((n) => `${d.party}:M:${n}`)]).sort();
const has = (x: Extraction, party: string, name: string, role?: 'leader' | 'member') =>
  x.delegations.some((d) => d.party === party && (role !== 'member' && d.leaders.some((n) => sameActor(n, name)) ? true : role !== 'leader' && d.members.some((n) => sameActor(n, name))));
const nobody = (x: Extraction, name: string) => !x.delegations.some((d) => [...d.leaders, ...d.members].some((n) => sameActor(n, name)));
const roundOn = (x: Extraction, date: string) => x.rounds.find((r) => r.date?.date === date);

describe('principals who met are the table for that round', () => {
  it('"A met B in the Kremlin": each on their own side, past a wire dateline', () => {
    const x = run('MOSCOW, March 13 (Reuters) - Russian President Vladimir Putin met U.S. envoy Steve Witkoff in the Kremlin late on Thursday, the Kremlin said.', '2025-03-14T06:00:00Z', RU);
    expect(has(x, 'Russia', 'Vladimir Putin', 'member')).toBe(true);
    expect(has(x, 'United States', 'Steve Witkoff', 'member')).toBe(true);
    expect(roundOn(x, '2025-03-13')).toBeDefined();
  });

  it('"A and B held talks in X", "A held talks with B in X", "his counterpart B"', () => {
    const a = run('Georgian Prime Minister Irakli Kobakhidze and Azerbaijani President Ilham Aliyev held talks in Gabala on Monday.', '2025-09-02T10:00:00Z');
    expect(seated(a)).toEqual(['Azerbaijan:M:Ilham Aliyev', 'Georgia:M:Irakli Kobakhidze']);
    const b = run('Kenyan President William Ruto held talks with his Somali counterpart Mohamed Farmajo in Nairobi on Wednesday.', '2025-06-05T10:00:00Z');
    expect(has(b, 'Kenya', 'William Ruto')).toBe(true);
    expect(has(b, 'Somalia', 'Mohamed Farmajo')).toBe(true);
  });

  it('a call, a mention or one side alone is no table', () => {
    const call = run('Russian President Vladimir Putin held talks with U.S. President Donald Trump by phone on Tuesday.', '2025-03-19T10:00:00Z', RU);
    expect(call.delegations).toEqual([]);
    const oneSide = run('Russian President Vladimir Putin met Foreign Minister Sergei Lavrov in the Kremlin on Tuesday.', '2025-03-19T10:00:00Z', RU);
    expect(oneSide.delegations).toEqual([]);
    const noRound = run('Zelensky has met Trump several times, most memorably in the Oval Office.', '2025-10-01T10:00:00Z', RU);
    expect(noRound.delegations).toEqual([]);
  });

  it('a visit to a third country is no round of the negotiation its dossier follows', () => {
    const x = run('Ukrainian President Volodymyr Zelensky met Turkish President Recep Tayyip Erdogan in Ankara on Wednesday.', '2025-11-20T10:00:00Z', RU);
    expect(nobody(x, 'Volodymyr Zelensky')).toBe(true);
    expect(nobody(x, 'Recep Tayyip Erdogan')).toBe(true);
  });
});

describe('a mediator calling on one side', () => {
  it('is no round between the sides the item is about', () => {
    const gaza = withActors(['Benjamin Netanyahu', 'Israel'], ['Khalil al-Hayya', 'Hamas'], ['Steve Witkoff', 'United States']);
    const x = run(
      'Israeli and Hamas negotiators held indirect talks in Cairo on Sunday.\nBefore the talks, U.S. envoy Steve Witkoff met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Saturday.',
      '2025-03-03T10:00:00Z',
      gaza,
    );
    expect(nobody(x, 'Benjamin Netanyahu')).toBe(true);
    expect(nobody(x, 'Steve Witkoff')).toBe(true);
  });
});

describe('rounds stated by place and date', () => {
  it('a timeline line "Place, D Month – …" dates and places its round', () => {
    const x = run(
      'Key dates\nDoha, 9 March – Israeli and Hamas negotiators resume indirect talks.\nCairo, March 14 - A second round ends without agreement on the hostage list.\nDoha, 17 March: the sides meet again.',
      '2025-03-20T10:00:00Z',
    );
    expect(roundOn(x, '2025-03-17')?.place).toBe('Doha');
    expect(roundOn(x, '2025-03-09')?.place).toBe('Doha');
    expect(roundOn(x, '2025-03-14')?.place).toBe('Cairo');
  });
});

describe('rosters whose members carry long titles', () => {
  it('reads every member past parentheses and "of the …" chains in a semicolon list', () => {
    const x = run(
      "Armenia's delegation included Deputy Prime Minister Mher Grigoryan, the head of the delegation; Deputy Chief of the General Staff of the Armed Forces of Armenia (Operations) Gevorg Papikyan; Deputy Foreign Minister Vahan Kostanyan; and Armen Grigoryan, secretary of the Security Council.",
      '2025-04-10T10:00:00Z',
    );
    for (const n of ['Gevorg Papikyan', 'Vahan Kostanyan', 'Armen Grigoryan']) expect(has(x, 'Armenia', n, 'member'), n).toBe(true);
    expect(has(x, 'Armenia', 'Mher Grigoryan', 'leader')).toBe(true);
  });
});

describe("a second side's verbless clause after the first side's leaders", () => {
  it('"A\'s delegation was led by B; the American side by C and D"', () => {
    const x = run("Oman's delegation was led by Foreign Minister Badr Albusaidi; the Saudi side by Deputy Minister Waleed Elkhereiji and Ambassador Mohammed Al Jaber.", '2025-04-10T10:00:00Z');
    expect(has(x, 'Oman', 'Badr Albusaidi', 'leader')).toBe(true);
    expect(has(x, 'Saudi Arabia', 'Waleed Elkhereiji', 'leader')).toBe(true);
    expect(has(x, 'Saudi Arabia', 'Mohammed Al Jaber', 'leader')).toBe(true);
    expect(has(x, 'Oman', 'Waleed Elkhereiji')).toBe(false);
  });
});

describe('more shapes of principals at the table', () => {
  it('"the meeting … between A and B", not the call before it', () => {
    const x = run(
      'The thaw began with a phone call on 3 March between Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti, then the Brussels meeting on 18 March between Vucic and Kurti.',
      '2025-03-25T10:00:00Z',
      withActors(['Aleksandar Vucic', 'Serbia'], ['Albin Kurti', 'Kosovo']),
    );
    expect(has(x, 'Serbia', 'Aleksandar Vucic', 'member')).toBe(true);
    expect(has(x, 'Kosovo', 'Albin Kurti', 'member')).toBe(true);
    expect(roundOn(x, '2025-03-18')).toBeDefined();
  });

  it('"Joining A will be B and C": the principal joined sits at the table too', () => {
    const x = run('Joining Russian President Vladimir Putin in Anchorage on Friday will be Foreign Minister Sergei Lavrov and aide Yuri Ushakov.', '2025-08-14T10:00:00Z');
    for (const n of ['Vladimir Putin', 'Sergei Lavrov', 'Yuri Ushakov']) expect(has(x, 'Russia', n, 'member'), n).toBe(true);
  });

  it('"led on the Iranian side by A and on the U.S. side by B", "A joined Israel\'s team"', () => {
    const x = run(
      'Expert talks, led on the Iranian side by Deputy Foreign Minister Kazem Gharibabadi and on the U.S. side by Michael Anton, ran into the evening.\nStrategic Affairs Minister Ron Dermer joined Israel’s team in Doha on Monday.',
      '2025-04-27T10:00:00Z',
    );
    expect(has(x, 'Iran', 'Kazem Gharibabadi', 'leader')).toBe(true);
    expect(has(x, 'United States', 'Michael Anton', 'leader')).toBe(true);
    expect(has(x, 'Iran', 'Michael Anton')).toBe(false);
    expect(has(x, 'Israel', 'Ron Dermer', 'member')).toBe(true);
  });
});

describe('round dates as real copy words them', () => {
  it('"the two-day talks that ended on Thursday" date their round by its first day', () => {
    const x = run('The two-day talks in Abu Dhabi that ended on Thursday produced an agreement to exchange prisoners.', '2026-02-06T09:00:00Z');
    expect(roundOn(x, '2026-02-04')?.place).toBe('Abu Dhabi');
    expect(roundOn(x, '2026-02-05')).toBeUndefined();
  });

  it('rounds on coordinated days, abbreviated months with a period, each a round of its own', () => {
    const x = run('Ukrainian, Russian and U.S. negotiators met in Geneva on Tuesday. The two previous rounds were held in Abu Dhabi on Jan. 23-24 and Feb. 4-5.', '2026-02-17T19:00:00Z');
    expect(roundOn(x, '2026-01-23')?.place).toBe('Abu Dhabi');
    expect(roundOn(x, '2026-02-04')?.place).toBe('Abu Dhabi');
  });

  it('"on the 23rd" is a day of the publication month; a proposal\'s own day is not the round\'s', () => {
    const a = run('Oman has proposed that the fifth round of Iran-U.S. talks take place in Rome on the 23rd.', '2025-05-20T08:00:00Z');
    expect(roundOn(a, '2025-05-23')?.place).toBe('Rome');
    const b = run("Russia proposed on Wednesday that its delegation meet Ukraine's in Istanbul next Monday for a second round of direct talks.", '2025-05-28T14:00:00Z');
    expect(roundOn(b, '2025-06-02')?.place).toBe('Istanbul');
    expect(roundOn(b, '2025-05-28')).toBeUndefined();
  });
});
