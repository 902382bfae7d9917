import { describe, expect, it } from 'vitest';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { people as read, PUBLISHED } from './read.js';

/**
 * Other negotiations' sides (branch otx): non-state sides and the government they fight, side
 * commissions, chief negotiators' possessives, capitals as sides, lists whose end is cut wrongly,
 * honorifics of the Afghan and Arab press. Read by the fallback dossier, with no standing actors.
 */
const NONE: ExtractLexicon = { topics: {}, actors: [], mediators: [] };
const people = (text: string, published = PUBLISHED) => read(text, published, NONE);

describe('clerical honorifics are no part of the name', () => {
  it('reads "headed by Mawlawi A B C" as A B C', () => {
    expect(people('Afghan government and Taliban negotiators met in Doha on Saturday. The Taliban delegation is headed by Mawlawi Abdul Rahim Wardak.')).toEqual([
      'Taliban: Abdul Rahim Wardak (leader)',
    ]);
  });
  it('gives no fact for an honorific with no roster cue', () => {
    expect(people('Afghan government and Taliban negotiators met in Doha on Saturday. Mullah Abdul Rahim Wardak gave a speech.')).toEqual([]);
  });
});

describe('"the government" of a report naming one armed movement is the state it fights', () => {
  it('seats the government team of a Houthi report on Yemen', () => {
    expect(
      people('Talks between the internationally recognised government and the Houthi rebels opened in Sweden on Thursday. The government team is headed by Foreign Minister Khaled Nasser.'),
    ).toEqual(['Yemen: Khaled Nasser (leader)']);
  });
  it('seats the government delegation of an ELN report on Colombia', () => {
    expect(people('The government and the ELN resumed talks in Caracas on Monday. The government delegation is led by Ana Ruiz.')).toEqual(['Colombia: Ana Ruiz (leader)']);
  });
  it('gives no side to "the government" beside a movement that fights no state of the overlay (Hezbollah)', () => {
    expect(people('Talks with Hezbollah opened in Beirut on Monday. The government team is headed by Foreign Minister Youssef Rajji.')).toEqual([]);
  });
  it('gives no side once the movement governs the state (the Taliban after August 2021)', () => {
    expect(people('The Taliban and the government held talks in Doha on Monday. The government team is led by Amir Khan Muttaqi.', '2023-05-14T09:00:00Z')).toEqual([]);
  });
});

describe('a side chaired, and a list that ends where a new clause begins', () => {
  it('reads "the government delegation is chaired by A" as its leader, not the talks\' chair', () => {
    expect(
      people('The government and the ELN resumed talks in Caracas on Monday, hosted by Venezuela. The government delegation is chaired by Ana Ruiz, and they are joined by senator Pedro Gil.'),
    ).toContain('Colombia: Ana Ruiz (leader)');
  });
  it('still casts "the talks, chaired by A" as the go-between', () => {
    expect(people('Talks between the government and the ELN, chaired by Norwegian envoy Kari Lund, resumed in Caracas on Monday.')).toEqual([]);
  });
  it('reads "The ELN one is headed by A" at a sentence\'s start as the ELN\'s team', () => {
    expect(
      people('The government and the ELN resumed talks in Caracas on Monday. The government delegation is led by Ana Ruiz. The ELN one is headed by Pablo Cruz, commander, and integrate it Luis Mora and Carla Vega.'),
      // "and integrate it B and C" (Spanish "la integran") names the team's members after its head (branch ot).
    ).toEqual(['Colombia: Ana Ruiz (leader)', 'ELN: Carla Vega', 'ELN: Luis Mora', 'ELN: Pablo Cruz (leader)']);
  });
  it('does not make co-leaders of those after ", and they"', () => {
    expect(people('Talks between Armenia and Azerbaijan opened in Almaty on Monday. The Armenian delegation is led by Mher Sargsyan, and they met Azerbaijani officials later.')).toEqual([
      'Armenia: Mher Sargsyan (leader)',
    ]);
  });
});

describe("a side's commission", () => {
  it('reads "The Armenian commission is chaired by A" and "B heads the Baku commission" as the two sides\' leaders', () => {
    expect(
      people(
        'The border commissions of Armenia and Azerbaijan met on the border on Friday. The Armenian commission is chaired by Deputy Prime Minister Mher Sargsyan. His Azerbaijani counterpart, Deputy PM Elchin Mammadov, heads the Baku commission.',
      ),
    ).toEqual(['Armenia: Mher Sargsyan (leader)', 'Azerbaijan: Elchin Mammadov (leader)']);
  });
  it('reads "the government\'s peace commission, led by A" beside an armed movement', () => {
    expect(people("The government and the ELN resumed talks in Caracas on Monday. The government's peace commission, led by Ana Ruiz, arrived on Sunday.")).toEqual([
      'Colombia: Ana Ruiz (leader)',
    ]);
  });
  it('gives no side to a commission no party word owns', () => {
    expect(people('Talks between Armenia and Azerbaijan opened in Almaty on Monday. The electoral commission is chaired by Ruben Hakobyan.')).toEqual([]);
    expect(people('Talks between Armenia and Azerbaijan opened in Almaty on Monday. A commission of inquiry headed by Ruben Hakobyan will report.')).toEqual([]);
  });
});

describe("a chief negotiator's possessive", () => {
  const opening = 'Talks between the government and the Houthi rebels opened in Sweden on Thursday. ';
  it('reads a plural\'s possessive and a title before the holder ("The Houthis\' chief negotiator is their spokesman, A")', () => {
    expect(people(`${opening}The Houthis' chief negotiator is their spokesman, Mohammed Salem.`)).toEqual(['Houthis: Mohammed Salem (leader)']);
  });
  it('does not take a speaker after a clause for the holder', () => {
    expect(people(`${opening}The Houthis' chief negotiator is in Sanaa, Mohammed Salem said.`)).toEqual([]);
  });
});

describe('a side and a colon at the head of a line', () => {
  const opening = 'The DRC government and the M23 signed a framework in Doha on Saturday.\n';
  it('reads "For Kinshasa: A" and "For the rebels: B" as each side\'s people', () => {
    expect(people(`${opening}For Kinshasa: Marie Ilunga, the President's special envoy.\nFor the rebels: Jean Habimana, executive secretary of the movement.`, '2025-11-15T18:00:00Z')).toEqual([
      'DR Congo: Marie Ilunga',
      'M23: Jean Habimana',
    ]);
  });
  it('reads no side from a line that opens on "For" without a colon', () => {
    expect(people(`${opening}For Kinshasa, Marie Ilunga said the deal was a first step.`, '2025-11-15T18:00:00Z')).toEqual([]);
  });
});

describe('a question seats no one', () => {
  it('gives no leader for "The M23 team is led by A?"', () => {
    expect(people('The DRC government and the M23 signed a framework in Doha on Saturday. The M23 team is led by its deputy coordinator Jean Habimana?', '2025-11-15T18:00:00Z')).toEqual([]);
  });
  it('still reads the same sentence told as a fact', () => {
    expect(people('The DRC government and the M23 signed a framework in Doha on Saturday. The M23 team is led by its deputy coordinator Jean Habimana.', '2025-11-15T18:00:00Z')).toEqual([
      'M23: Jean Habimana (leader)',
    ]);
  });
});

describe('in a side\'s group; who has steered a side', () => {
  it('reads "A and B were in the Iranian group" as Iran\'s members', () => {
    expect(people("Iran and the United States held indirect talks in Muscat on Saturday. Araghchi's deputy Reza Kazemi and Ali Shirazi were in the Iranian group, IRNA reported.")).toEqual([
      'Iran: Ali Shirazi',
      'Iran: Reza Kazemi',
    ]);
  });
  it('reads no one into an armed or working group', () => {
    expect(people('Talks between the government and the Houthi rebels opened in Sweden on Thursday. Ahmed Saleh and Ali Nasser were in the Houthi armed group.')).toEqual([]);
  });
  it('reads "A, who has steered Israel\'s side in recent weeks" as its leader, not where the clause denies it', () => {
    expect(people("Israel and Hamas resumed indirect talks in Cairo on Saturday. Strategic Affairs Minister Avi Dichter, who has steered Israel's side in recent weeks, met US envoy Tom Reed on Thursday.")).toEqual([
      'Israel: Avi Dichter (leader)',
    ]);
    expect(people("Israel and Hamas resumed indirect talks in Cairo on Saturday. Strategic Affairs Minister Avi Dichter, who steered Israel's side in earlier rounds, is not part of the team for now.")).toEqual([]);
  });
});

describe('a post abroad before the name', () => {
  it('reads "Ambassador of Azerbaijan to the USA A" as a titled person', () => {
    expect(
      people('Azerbaijan and Armenia signed a declaration at the White House on Friday. The Azerbaijani delegation also included Ambassador of Azerbaijan to the USA Elchin Mammadov.', '2025-08-09T09:00:00Z'),
    ).toEqual(['Azerbaijan: Elchin Mammadov']);
  });
  it('reads no person after a country that no title precedes', () => {
    expect(people('Azerbaijan and Armenia signed a declaration at the White House on Friday. The Azerbaijani delegation flew to the USA Elchin Mammadov said.', '2025-08-09T09:00:00Z')).toEqual([]);
  });
});
