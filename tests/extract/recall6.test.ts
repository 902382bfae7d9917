import { describe, expect, it } from 'vitest';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { people as read, PUBLISHED } from './read.js';

/**
 * The recall pass of 1 Dec 2026 (issue 10): classes of delegates the development sets' misses
 * showed, each fixed by a general mechanism (titles, attending predicates, meetings with a side's
 * delegation, elliptical clauses, list units). Sentences and names invented for these tests.
 */
const NONE: ExtractLexicon = { topics: {}, actors: [], mediators: [] };
const people = (text: string) => read(text, PUBLISHED, NONE);

describe('titles: a rank inside a title, a bare title after "by"', () => {
  it('reads "Pakistan\'s intelligence chief Lt. Gen. A" as a Pakistani official', () => {
    expect(people("Talks between Afghanistan and Pakistan resumed in Doha on Sunday. Pakistan's intelligence chief Lt. Gen. Tariq Hamid also took part in the Doha meeting.")).toEqual([
      'Pakistan: Tariq Hamid',
    ]);
  });
  it('reads "headed by chief of GRU admiral A" as A\'s own title, not a complement', () => {
    expect(people('The talks opened in Abu Dhabi on Friday. The Russian group is headed by chief of GRU admiral Pavel Sokolov.')).toEqual([
      'Russia: Pavel Sokolov (leader)',
    ]);
  });
  it('keeps "headed by an adviser to President A" a complement', () => {
    expect(people('The talks opened in Abu Dhabi on Friday. The Russian group is headed by an adviser to President Pavel Sokolov.')).toEqual([]);
  });
});

describe('attending predicates with their subject before them', () => {
  it('reads "A, who also sat in on the meeting, told reporters" as a member', () => {
    expect(people('The talks were held in Moscow on Tuesday. Kremlin aide Oleg Vasin, who also sat in on the meeting, told reporters it had been useful.')).toEqual([
      'Russia: Oleg Vasin',
    ]);
  });
  it('reads "B, who joined the session for an hour" as a member', () => {
    expect(people('The talks in Miami ran for six hours on Saturday. He thanked Secretary of State Paul Brandt, who joined the session for about an hour.')).toEqual([
      'United States: Paul Brandt',
    ]);
  });
  it('reads "A took part from the Armenian side"', () => {
    expect(people('The border commissions met on Tuesday. Deputy Foreign Minister of Armenia Aram Petrosyan took part from the Armenian side.')).toEqual([
      'Armenia: Aram Petrosyan',
    ]);
  });
  it('does not seat someone who took part in a ceremony', () => {
    expect(people('The summit opened in Paris on Monday. French President Luc Moreau took part in the opening ceremony.')).toEqual([]);
  });
});

describe('a second side\'s verbless clause after a comma', () => {
  it('reads "headed by A, Russia\'s ambassador, the American one by B"', () => {
    expect(
      people(
        "The talks were held in Istanbul on Monday. The Russian delegation was headed by Ivan Orlov, Russia's new ambassador to the United States, the American one by Dana Price, Deputy Assistant Secretary of State.",
      ),
    ).toEqual(['Russia: Ivan Orlov (leader)', 'United States: Dana Price (leader)']);
  });
  it('reads "Kyiv\'s team was headed by A, Moscow\'s by B"', () => {
    expect(people("The talks were held in Istanbul on Monday. Kyiv's team was again headed by Defence Minister Taras Bondar, Moscow's by Ilya Smirnov; the hosts opened the session.")).toEqual([
      'Russia: Ilya Smirnov (leader)',
      'Ukraine: Taras Bondar (leader)',
    ]);
  });
});

describe('meetings: the object after a place and day, the other party named by its delegation', () => {
  it('reads "held talks here on Sunday with B and C"', () => {
    expect(people('MADRID (Agency) -- Chinese Vice Premier Wu Jian held talks here on Sunday with U.S. Treasury Secretary Mark Hale and Trade Representative Ann Lowell.')).toEqual([
      'China: Wu Jian',
      'United States: Ann Lowell',
      'United States: Mark Hale',
    ]);
  });
  it('reads "Ukrainian negotiators met A, envoy B and C" with the Americans on their own side', () => {
    expect(people('Ukrainian negotiators met US Secretary of State Paul Brandt, US special envoy Sam Ortiz and US adviser Neil Carver for talks in Miami on Sunday.')).toEqual([
      'United States: Neil Carver',
      'United States: Paul Brandt',
      'United States: Sam Ortiz',
    ]);
  });
  it('reads "A and B met the Ukrainian delegation in Geneva"', () => {
    expect(people('US envoy Sam Ortiz and Secretary of State Paul Brandt met the Ukrainian delegation in Geneva on Sunday.')).toEqual([
      'United States: Paul Brandt',
      'United States: Sam Ortiz',
    ]);
  });
  it('does not read a side named in another clause as the party met', () => {
    expect(people('US envoy Sam Ortiz and Secretary of State Paul Brandt met reporters after the Ukrainian delegation left Geneva on Sunday.')).toEqual([]);
  });
  // A meeting only proposed seats nobody (the label convention since dev11; see prec.test.ts).
  it('does not seat the principals of a meeting one side only proposed', () => {
    expect(
      people('Talks in Istanbul ended on Wednesday. Ukraine proposed a meeting between Ukrainian President Taras Hrytsenko and Russian President Oleg Volkov before the end of August.'),
    ).toEqual([]);
  });
});

describe('a summit or encounter between principals; attending the talks, each on their own side', () => {
  it('reads "preparing a summit between A and B" (a planned summit, no round in the sentence)', () => {
    expect(
      people('Officials from both sides met in Riyadh on Tuesday. The talks are seen as preparing a summit between US President Mark Dalton and Russian President Oleg Volkov.'),
    ).toEqual(['Russia: Oleg Volkov', 'United States: Mark Dalton']);
  });
  it('reads "A and B will attend the enlarged meeting" each on their own side, not on one side the list shares', () => {
    expect(
      people('Talks resume in Geneva on Monday. Cypriot President Andreas Nikolaou and Turkish Cypriot leader Kemal Aksoy will attend the enlarged informal meeting convened by the UN chief in Geneva.'),
    ).toEqual(['Cyprus: Andreas Nikolaou', 'Turkish Cypriots: Kemal Aksoy']);
  });
  it('does not seat those who attend a funeral', () => {
    expect(people('Talks resume in Geneva on Monday. Cypriot President Andreas Nikolaou will attend the state funeral in Athens.')).toEqual([]);
  });
});

describe('weak cues weighed together: a list whose people each state a different side', () => {
  it('seats "represented by their foreign ministers: Greece\'s A and Turkey\'s B" each on their own side', () => {
    expect(
      people("The meeting opens in Geneva on Monday. The guarantor powers will be represented by their foreign ministers: Greece's George Pappas and Turkey's Mehmet Yilmaz."),
    ).toEqual(['Greece: George Pappas', 'Turkey: Mehmet Yilmaz']);
  });
});

describe('names: "Armenia\'s A and Azerbaijan\'s B" are people, familiar first names or not', () => {
  it('reads both sides\' possessed names as people on their sides', () => {
    expect(
      people("The foreign ministers met in Washington on Monday. They were joined at the table by their deputies, Armenia's Paruyr Gevorgyan and Azerbaijan's Tural Hasanli."),
    ).toEqual(['Armenia: Paruyr Gevorgyan', 'Azerbaijan: Tural Hasanli']);
  });
  it('does not read an institution after a lone possessive as a person', () => {
    expect(people("The foreign ministers met in Washington on Monday. They were joined at the table by officials of Ukraine's Verkhovna Rada.")).toEqual([]);
  });
});

describe('leading a negotiating group', () => {
  it('reads "Chief of the General Staff A led the military subgroup"', () => {
    expect(people('The talks resumed in Abu Dhabi on Friday. Chief of the Ukrainian General Staff Petro Kovalenko led the military subgroup, which worked in parallel.')).toEqual([
      'Ukraine: Petro Kovalenko (leader)',
    ]);
  });
  it('reads "A was at the head of the Americans\' team"', () => {
    expect(people("Talks were held in Muscat on Saturday. Ron Becker was at the head of the Americans' 12-member technical team.")).toEqual(['United States: Ron Becker (leader)']);
  });
  it('does not read a movement\'s or an armed group\'s head as a delegation leader', () => {
    expect(people("Hamas leader Yusuf Nasser heads the group's political bureau in Doha.")).toEqual([]);
    expect(people('The talks were held in Istanbul on Friday. Ukrainian commander Ivan Musa led the armed group that seized the town in May.')).toEqual([]);
  });
});

describe('list units: a heading that leans on the sentence before, a who\'s-who', () => {
  it('reads items under "Confirmed so far:" after a sentence about the meeting, each on their own side', () => {
    expect(
      people(
        'European leaders will fly to Washington to accompany the Ukrainian president to his meeting with the US president on Monday. Confirmed so far:\n\nPaul Grant, Prime Minister of the United Kingdom\nMarie Laurent, President of the French Republic',
      ),
    ).toEqual(['France: Marie Laurent', 'United Kingdom: Paul Grant']);
  });
  it('gives a bare name in a who\'s-who the side its description names first', () => {
    expect(
      people(
        "Israel and Hamas reached a ceasefire deal in Doha on Wednesday.\n\nHere are the main players who negotiated the deal:\n\nDavid Levin\n\nThe chief of Israel's spy agency was at the table from start to finish.\n\nHe has run the agency since 2021, and kept his views private.",
      ),
    ).toEqual(['Israel: David Levin']);
  });
  it('ends a who\'s-who at a line that is no name alone, past its description', () => {
    expect(
      people(
        "Israel and Hamas reached a ceasefire deal in Doha on Wednesday.\n\nHere are the main players who negotiated the deal:\n\nDavid Levin\n\nThe chief of Israel's spy agency was at the table from start to finish.\n\nHe has run the agency since 2021, and kept his views private.\n\nPresident Carlos Mendes of Israel greeted the delegations through a message read on television.",
      ),
    ).toEqual(['Israel: David Levin']);
  });
});

describe('leaders named by a relative clause or a list item\'s own words', () => {
  it('reads "A, the Kremlin aide who heads Moscow\'s team" as the leader', () => {
    expect(people("Talks were held in Gomel on Monday. Pavel Sokolov, the Kremlin aide who heads Moscow's team, told reporters the sides had found common points.")).toEqual([
      'Russia: Pavel Sokolov (leader)',
    ]);
  });
  it('reads "Across the table sat A, the aide who has led Moscow\'s group" as the leader', () => {
    expect(people("Talks were held in Istanbul on Monday. Across the table sat Pavel Sokolov, the Kremlin aide who has led Moscow's group at every meeting since 2022.")).toEqual([
      'Russia: Pavel Sokolov (leader)',
    ]);
  });
  it('reads "…: head of the delegation, Aide A; Deputy Minister B" with A as the leader', () => {
    expect(
      people('The talks were held in Istanbul on Monday. The Russian delegation at the talks was as follows: head of the delegation Presidential Aide Pavel Sokolov; Deputy Foreign Minister Ivan Orlov.'),
    ).toEqual(['Russia: Ivan Orlov', 'Russia: Pavel Sokolov (leader)']);
  });
});

describe('more attending predicates', () => {
  it('reads "A and B were also at the table"', () => {
    expect(people('Talks began in Gomel on Monday. Ukrainian Deputy Foreign Minister Taras Bondar and Ukrainian lawmaker Ivan Hrytsenko were also at the table, according to a statement.')).toEqual([
      'Ukraine: Ivan Hrytsenko',
      'Ukraine: Taras Bondar',
    ]);
  });
  it('reads "A, who heads Russia\'s wealth fund, also joined Moscow\'s side of the table"', () => {
    expect(people("The talks were held in Riyadh on Tuesday. Kremlin envoy Oleg Vasin also joined Moscow's side of the table, officials said.")).toEqual(['Russia: Oleg Vasin']);
  });
  it('does not read "also joined the protest" as attending', () => {
    expect(people('The talks were held in Riyadh on Tuesday. Kremlin envoy Oleg Vasin also joined the protest outside.')).toEqual([]);
  });
});

describe('lists: a relative clause between items, companions named by the person they accompany', () => {
  it('reads on past "A, who became head of the office this month, the chief of staff B, and C"', () => {
    expect(
      people(
        "Talks began in Abu Dhabi on Friday. Ukraine's team, led by Taras Bondar, includes Ivan Hrytsenko, who became head of the presidential office this month, the chief of the general staff Petro Kovalenko, and Oleh Marchenko.",
      ),
    ).toEqual(['Ukraine: Ivan Hrytsenko', 'Ukraine: Oleh Marchenko', 'Ukraine: Petro Kovalenko', 'Ukraine: Taras Bondar (leader)']);
  });
  it('reads "Alongside A were B, C and D" on A\'s side', () => {
    expect(
      people('Talks began in Istanbul on Friday. Alongside Ukrainian Defence Minister Taras Bondar were First Deputy Foreign Minister Ivan Hrytsenko and Oleh Marchenko.'),
    ).toEqual(['Ukraine: Ivan Hrytsenko', 'Ukraine: Oleh Marchenko']);
  });
  it('reads "Also with him — B, C and D" on the side of the one named before', () => {
    expect(
      people('Talks began in Istanbul on Friday. The Ukrainian delegation was headed by Defence Minister Taras Bondar. Also with him — Ivan Hrytsenko, Oleh Marchenko and Petro Kovalenko.'),
    ).toEqual(['Ukraine: Ivan Hrytsenko', 'Ukraine: Oleh Marchenko', 'Ukraine: Petro Kovalenko', 'Ukraine: Taras Bondar (leader)']);
  });
});

describe('a leader list ends where a second verb of composition begins; "is leading the team"', () => {
  it('reads "headed by A and is made up, among others, of B and C" with only A leading', () => {
    expect(
      people('The Colombian government and the ELN reopened talks in Caracas on Monday. The Colombian delegation is headed by Otty Ramos and is made up, among others, of senator Ivan Cortes and senator Luz Pinto.'),
    ).toEqual(['Colombia: Ivan Cortes', 'Colombia: Luz Pinto', 'Colombia: Otty Ramos (leader)']);
  });
  it('reads "A, the head of Zelenskyy\'s office, is leading the Ukrainian team" (a possessor in the apposition)', () => {
    expect(people("Talks began in Jeddah on Sunday. Ivan Hrytsenko, the head of Zelenskyy's office, is leading the Ukrainian team.")).toEqual(['Ukraine: Ivan Hrytsenko (leader)']);
  });
});

describe('signing by initials; being in the room', () => {
  it('reads "the text was initialled by Minister of Foreign Affairs of Azerbaijan A and … of Armenia B"', () => {
    expect(
      people('The leaders met at the White House on Friday. The text of the peace agreement was initialled by Minister of Foreign Affairs of Azerbaijan Rauf Aliyev and Minister of Foreign Affairs of Armenia Aram Petrosyan.'),
    ).toEqual(['Armenia: Aram Petrosyan', 'Azerbaijan: Rauf Aliyev']);
  });
  it('reads "A and B will also be in the room", each with a side of their own title', () => {
    expect(people('Talks open at the White House on Monday. British Prime Minister Paul Grant will also be in the room.')).toEqual(['United Kingdom: Paul Grant']);
  });
  it('keeps "von der" inside a name: "President Ursula von der Leyen"', () => {
    expect(people('Talks open at the White House on Monday. European Commission President Ursula von der Leyen will also be in the room.')).toEqual([
      'European Union: Ursula von der Leyen',
    ]);
  });
});
