import { describe, expect, it } from 'vitest';
import { BUNDLED_DOSSIER_DIR, lexiconOf, loadDossier } from '../../src/core/dossier/load.js';
import { people, PUBLISHED } from './read.js';

const RU = lexiconOf(loadDossier('russia-ukraine', BUNDLED_DOSSIER_DIR));

/**
 * Issue 10, m9 pass: classes of delegation members missed on real copy, each shown by invented
 * sentences (never passages of the labelled sets), with a precision trap per class.
 */
describe('a side word as the subject that sends or brings people', () => {
  it('seats those a side sends, past an aside between the side and its verb', () => {
    expect(people('Ukrainian and Russian negotiators met in Istanbul on Monday. Israel, for its part, sent Tom Reed, a senior official.')).toEqual(['Israel: Tom Reed']);
    expect(people('Kyiv is again sending its Security Council secretary, Oleg Marchuk, local media reported.')).toEqual(['Ukraine: Oleg Marchuk']);
  });

  it('seats those a side brings, or that a side opener\'s subject brings', () => {
    expect(people('The Russians brought Defence Minister Pavel Orlov and Finance Minister Ivan Petrov.')).toEqual(['Russia: Ivan Petrov', 'Russia: Pavel Orlov']);
    expect(people('On the American side, the president brought his envoy Mark Dalton and adviser Tom Reed.')).toEqual(['United States: Mark Dalton', 'United States: Tom Reed']);
  });

  it('reads no table where what brings people is no side, or a side brings them something', () => {
    expect(people('The talks brought Mark Dalton and Pavel Orlov together.')).toEqual([]);
    expect(people('The war has brought Pavel Orlov to prominence.')).toEqual([]);
    expect(people('Russia brought Pavel Orlov a letter.')).toEqual([]);
  });
});

describe('those who met, on the side the item seats them on elsewhere', () => {
  it('seats one who met with no side in that sentence on the side a rule gave them before or after', () => {
    expect(people("Ukraine's team was led by Oleg Marchuk. Russian and Ukrainian negotiators met in Istanbul on Monday. On Tuesday, Marchuk held talks in Istanbul with Russian envoy Pavel Orlov.")).toEqual([
      'Russia: Pavel Orlov',
      'Ukraine: Oleg Marchuk (leader)',
    ]);
    expect(
      people('American and Ukrainian officials met in Berlin on Sunday. US envoy Mark Dalton held more than five hours of talks with Oleg Marchuk in Berlin on Sunday. On the Ukrainian side, Marchuk and Ivan Bondar took part in the meeting.'),
    ).toEqual(['Ukraine: Ivan Bondar', 'Ukraine: Oleg Marchuk', 'United States: Mark Dalton']);
  });

  it('reads "are expected to meet" with its subjects', () => {
    expect(
      people('Russian and Ukrainian negotiators met in Istanbul on Monday. Ukrainian envoy Oleg Marchuk and General Ivan Bondar are expected to meet Russian envoy Pavel Orlov again in Istanbul on Friday.'),
    ).toEqual(['Russia: Pavel Orlov', 'Ukraine: Oleg Marchuk']);
  });

  it('seats two of the negotiation\'s sides meeting at a place on a day, whatever sides the item\'s own talks are between', () => {
    expect(
      people('Russian and American envoys met in Moscow on Tuesday. Ukrainian Security Council secretary Rustem Umerov will meet with Steve Witkoff in Miami on Thursday.', PUBLISHED, RU),
    ).toEqual(['Ukraine: Rustem Umerov', 'United States: Steve Witkoff']);
    expect(people('Russian and American envoys met in Moscow on Tuesday. Steve Witkoff met Saudi Crown Prince Mohammed bin Salman in Riyadh on Thursday.', PUBLISHED, RU)).toEqual([]);
  });

  it('seats no one the item gives no side, nor those of a meeting said not to be on the agenda', () => {
    expect(people('Russian and Ukrainian negotiators met in Istanbul on Monday. Pavel Orlov held talks in Geneva with Oleg Marchuk on Tuesday.')).toEqual([]);
    expect(
      people('Russian and Ukrainian negotiators met in Istanbul on Monday. Peskov said on Wednesday that a meeting between Vladimir Putin and Donald Trump was not on the agenda yet.', PUBLISHED, RU),
    ).toEqual([]);
    expect(people('Russian and Ukrainian negotiators met in Istanbul on Monday. Peskov said a meeting between Vladimir Putin and Donald Trump lasted five hours.', PUBLISHED, RU)).toEqual([
      'Russia: Vladimir Putin',
      'United States: Donald Trump',
    ]);
  });
});

describe('people who join a delegation, to come or on a named side', () => {
  it('seats one expected to join "them", and those "joining on the Russian side" after a "with"', () => {
    expect(
      people('The Israeli team arrived this afternoon: it includes Gal Hadar, the hostages coordinator, and Ophir Levi, an adviser. Israeli minister Ron Shaked is expected to join them later in the week.'),
    ).toEqual(['Israel: Gal Hadar', 'Israel: Ophir Levi', 'Israel: Ron Shaked']);
    expect(people('Witkoff and Kushner met Putin in the Kremlin overnight, with Putin\'s aide Yuri Ushakov and envoy Kirill Dmitriev joining on the Russian side.')).toEqual([
      'Russia: Kirill Dmitriev',
      'Russia: Yuri Ushakov',
    ]);
  });

  it('seats no one who only says they would join, nor guests joining a principal', () => {
    expect(people('The Israeli team arrived this afternoon. Pavel Orlov said he would join them.')).toEqual([]);
    expect(people('Trump said European leaders, including Emmanuel Macron, will join him at the White House.')).toEqual([]);
  });
});

describe('a live blog entry\'s lines, read past their time stamps', () => {
  it('reads "HH:MM — For Washington: A, B and C" and "Also in it: …" after the line naming the team', () => {
    expect(
      people(
        'Live: talks open in Abu Dhabi\n15:02 — He confirmed the Ukrainian team is led by Oleg Marchuk.\nAlso in it: the head of the presidential office Ivan Bondar, Taras Hlib and deputy intelligence chief Petro Shevchenko.\n13:10 — For Washington: Mark Dalton, Tom Reed and Army Secretary Dan Carver, according to a US official.',
      ),
    ).toEqual(['Ukraine: Ivan Bondar', 'Ukraine: Oleg Marchuk (leader)', 'Ukraine: Petro Shevchenko', 'Ukraine: Taras Hlib', 'United States: Dan Carver', 'United States: Mark Dalton', 'United States: Tom Reed']);
  });

  it('reads no side from a stamped line that names no people', () => {
    expect(people('Live: talks open in Abu Dhabi\n13:10 — For Washington: the key issue is security guarantees, a US official said.')).toEqual([]);
  });
});

describe('a semicolon list whose items set a lower-case title off by a comma', () => {
  it('reads "; the military intelligence chief, B; and Gen. C, …" as further items', () => {
    expect(
      people("Ukraine's team was headed by Oleg Marchuk, the head of the presidential office. It included Taras Hlib, secretary of the security council; the military intelligence chief, Ivan Bondar; and Gen. Petro Shevchenko, chief of the general staff."),
    ).toEqual(['Ukraine: Ivan Bondar', 'Ukraine: Oleg Marchuk (leader)', 'Ukraine: Petro Shevchenko', 'Ukraine: Taras Hlib']);
  });

  it('ends the list at an item that speaks, or one that names another side', () => {
    expect(people("Ukraine's team was headed by Oleg Marchuk. It included Taras Hlib, secretary of the security council; the Kremlin spokesman, Dmitry Peskov, said the talks would go on.")).toEqual([
      'Ukraine: Oleg Marchuk (leader)',
      'Ukraine: Taras Hlib',
    ]);
  });
});

describe('people said to be at the talks\' place as well', () => {
  it('seats those a speaker says will be there too, not the speaker', () => {
    expect(
      people('Ukrainian and Russian negotiators will meet in Geneva on Tuesday. President Zelensky said Ukrainian intelligence chief Ivan Bondar and Ukrainian lawmaker Taras Hlib would be in Geneva as well.'),
    ).toEqual(['Ukraine: Ivan Bondar', 'Ukraine: Taras Hlib']);
  });

  it('seats no one by a pronoun', () => {
    expect(people('Ukrainian and Russian negotiators will meet in Geneva on Tuesday. Zelensky said he would be in Geneva too.')).toEqual([]);
  });
});

describe('ministers meeting their counterparts', () => {
  const NONE = { topics: {}, actors: [], mediators: [] };
  it('pairs "his British, French and German counterparts - A, B and C -" in order, and goes on past "as well as"', () => {
    expect(
      people(
        "Iran's foreign minister meets European counterparts in Geneva\nIranian Foreign Minister Hamid Rahimi met with his British, French and German counterparts - Tom Archer, Luc Moreau and Jan Vogel - as well as EU foreign policy chief Anna Berg in Geneva on Friday.",
        PUBLISHED,
        NONE,
      ),
    ).toEqual(['European Union: Anna Berg', 'France: Luc Moreau', 'Germany: Jan Vogel', 'Iran: Hamid Rahimi', 'United Kingdom: Tom Archer']);
    expect(people('Russian Foreign Minister Pavel Orlov held talks with his Ukrainian counterpart, Oleg Marchuk, in Antalya on Thursday.')).toEqual(['Russia: Pavel Orlov', 'Ukraine: Oleg Marchuk']);
  });

  it('pairs nothing when the counts differ', () => {
    expect(people('Iranian Foreign Minister Hamid Rahimi met his British and French counterparts, Tom Archer, in Geneva on Friday.', PUBLISHED, NONE)).not.toContain('France: Tom Archer');
  });
});

describe('two holders of one office named as a pair, at a round between two sides', () => {
  it('seats the one who states no side on the round\'s other side', () => {
    expect(
      people(
        'Russian and Ukrainian negotiators met in Istanbul on Tuesday. The last meeting between the sides, between Foreign Ministers Sergey Lavrov and Oleh Marchuk in the Turkish resort of Antalya on March 10, produced no progress.',
        PUBLISHED,
        RU,
      ),
    ).toEqual(['Russia: Sergey Lavrov', 'Ukraine: Oleh Marchuk']);
  });

  it('seats no one without the shared office, which alone says they sit across from each other', () => {
    expect(people('Russian and Ukrainian negotiators met in Istanbul on Tuesday. The last meeting, between Sergey Lavrov and Oleh Marchuk in Antalya on March 10, produced no progress.', PUBLISHED, RU)).toEqual([]);
  });
});

/** m9 pass on dev10's misses: those who sit with a principal or a named delegate, and asides inside a roster verb. */
describe('companions set beside a principal who meets, and asides inside roster verbs', () => {
  it('seats a principal and the companions of a "with A and B at his side" aside on the principal\'s side', () => {
    expect(
      people('Danish and Swedish negotiators met in Oslo on Monday. Swedish Prime Minister Erik Strand, with adviser Lars Berg and envoy Nils Ek at his side, received Danish Foreign Minister Mette Kjaer in Stockholm.'),
    ).toEqual(['Denmark: Mette Kjaer', 'Sweden: Erik Strand', 'Sweden: Lars Berg', 'Sweden: Nils Ek']);
  });

  it('reads "Also with A were B and C" and "represented, among others, by"', () => {
    expect(
      people('Danish and Swedish negotiators met in Oslo on Monday. The Swedish team was led by Erik Strand. Also with Strand were Lars Berg, the army chief, and Deputy Foreign Minister Nils Ek, among others.'),
    ).toEqual(['Sweden: Erik Strand (leader)', 'Sweden: Lars Berg', 'Sweden: Nils Ek']);
    expect(people('Danish and Swedish negotiators met in Oslo on Monday. The Danish side is represented, among others, by Foreign Minister Mette Kjaer and Jonas Holm, an adviser.')).toEqual([
      'Denmark: Jonas Holm',
      'Denmark: Mette Kjaer',
    ]);
  });

  it('seats "Across from them:" on the side opposite the one just named', () => {
    expect(
      people('Danish and Swedish negotiators met in Oslo on Monday. Sweden is represented by Foreign Minister Erik Strand and envoy Lars Berg. Across from them: Jonas Holm and Danish defence adviser Mette Kjaer.'),
    ).toEqual(['Denmark: Jonas Holm', 'Denmark: Mette Kjaer', 'Sweden: Erik Strand', 'Sweden: Lars Berg']);
  });

  it('reads no table from an aside that is no one\'s companions, nor an aside that is no roster', () => {
    expect(people('Danish and Swedish negotiators met in Oslo on Monday. Swedish Prime Minister Erik Strand, with a smile at his side, said nothing.')).toEqual([]);
    expect(people('Danish and Swedish negotiators met in Oslo on Monday. Erik Strand, with Lars Berg at his side, told reporters the talks went well.')).toEqual([]);
    expect(people('Danish and Swedish negotiators met in Oslo on Monday. The plan is represented, in the view of critics, by Jonas Holm as a surrender.')).toEqual([]);
  });
});

describe('a relative clause of a meeting, and a count of people sent before a colon list', () => {
  it('seats "the talks that A held with B" on their own sides', () => {
    expect(
      people('Danish and Swedish negotiators met in Oslo on Monday. The visit follows the talks that Danish Prime Minister Mette Kjaer held with Swedish envoy Erik Strand in Stockholm on May 2.'),
    ).toEqual(['Denmark: Mette Kjaer', 'Sweden: Erik Strand']);
  });

  it('reads "sent two officials …: A and B" as the sender\'s people', () => {
    expect(
      people("Danish and Swedish negotiators met in Oslo on Monday. The Danish side sent two officials from below cabinet level: Jonas Holm, a senior director at the foreign ministry, and Mette Kjaer, the defence ministry's head of planning."),
    ).toEqual(['Denmark: Jonas Holm', 'Denmark: Mette Kjaer']);
  });

  it('reads no table from a call that one had with another, nor from one brought somewhere other than the table', () => {
    expect(people('Danish and Swedish negotiators met in Oslo on Monday. The visit follows the phone call that Danish Prime Minister Mette Kjaer had with Swedish envoy Erik Strand on May 2.')).toEqual([]);
    expect(people('Danish and Swedish negotiators met in Oslo on Monday. Danish Prime Minister Mette Kjaer brought envoy Jonas Holm to the airport.')).toEqual([]);
  });
});

describe('one received by another: the passive of a meeting', () => {
  it('seats "A was received by B and C" on their own sides', () => {
    expect(people('Danish and Swedish negotiators met in Oslo on Monday. Danish envoy Jonas Holm was received by Swedish Foreign Minister Erik Strand in Stockholm on Tuesday.')).toEqual([
      'Denmark: Jonas Holm',
      'Sweden: Erik Strand',
    ]);
  });

  it('reads no table where those received and their host share a side or the host has none, nor on a call', () => {
    expect(people('Danish and Swedish negotiators met in Oslo on Monday. Danish envoy Jonas Holm and Danish minister Mette Kjaer were received by Pope Leo at the Vatican on Tuesday.')).toEqual([]);
    expect(people('Danish and Swedish negotiators met in Oslo on Monday. Danish envoy Jonas Holm was received by Swedish Foreign Minister Erik Strand by phone on Tuesday.')).toEqual([]);
  });
});
