import { describe, expect, it } from 'vitest';
import { governedBy, resolveParty } from '../../src/core/parties.js';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { people as read, PUBLISHED } from './read.js';

/**
 * Issue 10, ot9 pass: party knowledge for negotiations other than Russia–Ukraine (movements and
 * sub-state sides as data) and the classes of members missed there, each written as invented
 * sentences read by a lexicon with no standing actors, as the fallback dossier reads them.
 */
const NONE: ExtractLexicon = { topics: {}, actors: [], mediators: [] };
const people = (text: string, day: string = PUBLISHED) => read(text, day, NONE);

describe('party knowledge: movements and their seats', () => {
  it('reads the movement words and seats as the movement, not the state they fight or sit in', () => {
    expect(resolveParty('Ansarallah')?.name).toBe('Houthis');
    expect(resolveParty('Sanaa')?.name).toBe('Houthis');
    expect(resolveParty('Aden')?.name).toBe('Yemen');
    expect(resolveParty('Sudanese Armed Forces')?.name).toBe('Sudan');
    expect(resolveParty('the Polisario')?.name).toBe('Polisario Front');
    expect(resolveParty('FARC dissidents')?.name).toBe('Estado Mayor Central');
    expect(resolveParty('Islamic Jihad')?.name).toBe('Palestinian Islamic Jihad');
    expect(resolveParty('Greek Cypriots')?.name).toBe('Cyprus');
    expect(resolveParty('Turkish Cypriots')?.name).toBe('Turkish Cypriots');
    expect(resolveParty('Erbil')?.name).toBe('Kurdistan Regional Government');
    expect(resolveParty('SPLM-N')?.name).toBe('SPLM-N');
  });

  it('puts a sub-state side\'s leader on that side, not on the state its adjective names', () => {
    const got = people(
      'Cypriot President Nikos Petrou and Turkish Cypriot leader Ersin Kaya will attend the meeting convened by the UN in Geneva on Monday. Petrou will be accompanied by the Greek Cypriot negotiator Petros Andreou.',
    );
    expect(got).toEqual(['Cyprus: Nikos Petrou', 'Cyprus: Petros Andreou', 'Turkish Cypriots: Ersin Kaya']);
  });

  it('puts a movement\'s negotiator on the movement, not on the city where they are based', () => {
    expect(
      people(
        'Houthi and Yemeni government negotiators resumed talks on detainees in Muscat on Tuesday. The Houthi delegation was led by Ali Saleh Jaber, a Houthi negotiator based in Muscat, and included Karim Nasser. The government delegation was headed by Fahd Omar.',
      ),
    ).toEqual(['Houthis: Ali Saleh Jaber (leader)', 'Houthis: Karim Nasser', 'Yemen: Fahd Omar (leader)']);
  });

  it('gives no side from "X-based" or "in exile in X"', () => {
    expect(
      people(
        'Morocco and the Polisario Front met in Geneva on Monday. The Polisario delegation, led by Brahim Salem, an Algiers-based official, included Fatima Mint. Morocco was represented by Omar Hilal Bennani.',
      ),
    ).toEqual(['Morocco: Omar Hilal Bennani', 'Polisario Front: Brahim Salem (leader)', 'Polisario Front: Fatima Mint']);
    const got = people(
      'Colombia and the FARC dissidents of the Estado Mayor Central resumed talks in Bogota on Monday. The EMC delegation was led by Andres Rojas, who lives in exile in Venezuela, and included Julio Pardo.',
    );
    expect(got).toEqual(['Estado Mayor Central: Andres Rojas (leader)', 'Estado Mayor Central: Julio Pardo']);
  });

  it('reads the army side of a civil war by its armed forces\' name', () => {
    expect(
      people('Talks between Sudan and the RSF opened in Jeddah on Monday. The RSF team, led by Omar Hamdan, a Nairobi-based commander, included Adel Yusuf. The SAF delegation was led by General Kamal Idris.'),
    ).toEqual(['Rapid Support Forces: Adel Yusuf', 'Rapid Support Forces: Omar Hamdan (leader)', 'Sudan: Kamal Idris (leader)']);
  });

  it('reads a government named by its movement in lower case ("the chavista delegation")', () => {
    expect(
      people('The chavista delegation, headed by Diego Morales, included Hugo Paredes, while the opposition team was led by Marcos Rivas. The Venezuelan opposition and the government met in Barbados on Tuesday.'),
    ).toEqual(['Unitary Platform: Marcos Rivas (leader)', 'Venezuela: Diego Morales (leader)', 'Venezuela: Hugo Paredes']);
  });
});

describe('a movement that governs a state sits for it by the report\'s date', () => {
  const text =
    'Afghanistan and Pakistan held talks in Istanbul on Monday. The Taliban delegation was led by Deputy Interior Minister Rahim Wardak and included Hamid Nuri. Pakistan was represented by General Asif Malik.';
  it('seats the Taliban delegation as Afghanistan\'s after August 2021', () => {
    expect(governedBy('Taliban', '2021-08-14')).toBeUndefined();
    expect(governedBy('Taliban', '2024-01-01')).toBe('Afghanistan');
    expect(people(text, '2025-10-27T12:00:00Z')).toEqual(['Afghanistan: Hamid Nuri', 'Afghanistan: Rahim Wardak (leader)', 'Pakistan: Asif Malik']);
  });
  it('keeps the movement a side of its own before then', () => {
    expect(people(text, '2020-06-01T12:00:00Z')).toContain('Taliban: Rahim Wardak (leader)');
  });
  it('keeps two sides where the report seats the state\'s government apart from the movement', () => {
    expect(
      people(
        'The Afghan government and the Taliban opened talks in Doha on Saturday. The Taliban delegation was led by Rahim Wardak and included Hamid Nuri. The government team was led by Karim Sadat.',
        '2025-10-27T12:00:00Z',
      ),
    ).toEqual(['Afghanistan: Karim Sadat (leader)', 'Taliban: Hamid Nuri', 'Taliban: Rahim Wardak (leader)']);
  });
});

describe('"the government" beside one armed movement is the state joined to it by "and"', () => {
  it('gives the government delegation the state the movement negotiates with', () => {
    expect(
      people('Colombia and the ELN resumed talks in Quito on Monday. The ELN delegation was led by Andres Rojas and included Julio Pardo. The government delegation was headed by Camilo Vega.'),
    ).toEqual(['Colombia: Camilo Vega (leader)', 'ELN: Andres Rojas (leader)', 'ELN: Julio Pardo']);
  });
  it('does not take a host\'s capital beside the movement for the government', () => {
    const got = people(
      "Last month the army's deputy commander Lt. Gen. Omar Kabir and the RSF's deputy commander Adel Yusuf met in the Qatari capital. Kabir led the army's delegation; Yusuf headed the RSF team.",
    );
    expect(got.join()).not.toMatch(/Qatar/);
  });
});

describe('a side named at "the head of its delegation" outranks the side a pronoun carried', () => {
  it('seats the head named for the opposition on the opposition', () => {
    const got = people(
      'The government of Carlos Mendez and the Unitary Platform signed an accord in Bridgetown on Tuesday. The chavista delegation was headed by Diego Morales. For the opposition signed the head of its delegation, Marcos Rivas, accompanied by Lucia Prado.',
    );
    expect(got).toContain('Unitary Platform: Marcos Rivas (leader)');
    expect(got.join()).not.toMatch(/Venezuela: Marcos Rivas/);
  });
});

describe('those accompanying one sit on the side of the one they accompany', () => {
  it('lends the side a rule seated the accompanied person on earlier in the item', () => {
    const got = people(
      'Laos was represented by Deputy Prime Minister Sonexay Vongkham while Vietnam was represented by Prime Minister Tran Minh. Sonexay was accompanied by Foreign Minister Bounleua Phommachanh, while the Vietnamese delegation included Deputy Foreign Minister Le Hoang.',
    );
    expect(got).toContain('Laos: Bounleua Phommachanh');
    expect(got).toContain('Vietnam: Le Hoang');
  });
  it('lends the accompanied person\'s own side', () => {
    const got = people(
      'Israeli minister Avi Katzir met Syrian Foreign Minister Omar Haddad in Paris on Tuesday for US-mediated talks. Haddad was accompanied by the head of Syria\'s intelligence service, Samir Khoury.',
    );
    expect(got).toContain('Syria: Samir Khoury');
  });
});

describe('a person named again by an uncommon given name alone is the full name it opens', () => {
  it('reads "Sonexay" after "Sonexay Vongkham" as that person', () => {
    const got = people('Laos was represented by Deputy Prime Minister Sonexay Vongkham. Sonexay was accompanied by Foreign Minister Bounleua Phommachanh.');
    expect(got).toEqual(['Laos: Bounleua Phommachanh', 'Laos: Sonexay Vongkham']);
  });
});

describe('"X has sent its top commander, General A": a title set off by a comma after "sent"', () => {
  it('seats the one sent on the sender\'s side', () => {
    expect(people('Ethiopia and the TPLF opened talks in Nairobi on Monday. The Tigrayan side has sent its top commander, General Abebe Kassa.')).toEqual([
      'Tigray People’s Liberation Front: Abebe Kassa',
    ]);
  });
  it('still reads no one after a place and a clause ("sent to Jeddah, after weeks of delay, A noted")', () => {
    expect(people('Talks between Sudan and the RSF resumed on Monday. Sudan sent to Jeddah, after weeks of delay, Omar Bashir noted.').join()).not.toMatch(/Omar Bashir/);
  });
});

describe('a two-word name listed before a person is a name too', () => {
  it('reads "with Lenin Quintero and Tomás Salas among its members"', () => {
    expect(people('The Venezuelan opposition and the government met in Oslo on Monday. The opposition\'s team was led by Marcos Rivas, with Lenin Quintero and Tomás Salas among its members.')).toEqual([
      'Unitary Platform: Lenin Quintero',
      'Unitary Platform: Marcos Rivas (leader)',
      'Unitary Platform: Tomás Salas',
    ]);
  });
});

describe('"A has joined B\'s team": a person\'s team is that person\'s side', () => {
  it('seats the one joining on the side the team\'s head was seated on', () => {
    const got = people(
      "Israel and Hamas resumed indirect talks in Cairo on Monday. Israel's team is led by the Mossad director, Dan Levi. Later the prime minister's office said his adviser, Amos Peretz, has also joined Levi's team in Cairo.",
    );
    expect(got).toContain('Israel: Amos Peretz');
  });
});

describe('roster.appointed-as: a side names someone as its representative', () => {
  it('seats the one named on the side the sentence opens on', () => {
    const got = people(
      "Lebanon and Israel held a first civilian-level meeting in Naqoura on Wednesday. On the Israeli side, the prime minister's office named Yoav Segal, a senior official of the National Security Council, as its civilian representative.",
    );
    expect(got).toContain('Israel: Yoav Segal');
  });
  it('does not read one named to another post ("named A as its spokesman")', () => {
    const got = people("Lebanon and Israel held talks in Naqoura on Wednesday. On the Israeli side, the prime minister's office named Yoav Segal as its spokesman.");
    expect(got.join()).not.toMatch(/Segal/);
  });
});

describe('"ambassador to the X": the post\'s country is no side of the holder\'s', () => {
  it('reads "Ambassador of Azerbaijan to the USA A" on the delegation\'s side, not the host\'s', () => {
    expect(
      people('Armenia and Azerbaijan signed the text in Washington on Friday. The Azerbaijani delegation also included presidential aide Hikmet Aliyev and Ambassador of Azerbaijan to the USA Elnur Mammadli.'),
    ).toEqual(['Azerbaijan: Elnur Mammadli', 'Azerbaijan: Hikmet Aliyev']);
  });
});

describe('the family name "He" mid-sentence is the person the item names in full', () => {
  it('reads "the delegation led by He" as its leader He Weimin', () => {
    const got = people('China and the United States held trade talks in Vienna on Monday. Vice Premier He Weimin met Treasury Secretary Tom Reed. The Chinese delegation led by He also included Li Jun.');
    expect(got).toContain('China: He Weimin (leader)');
    expect(got).toContain('China: Li Jun');
  });
  it('keeps a sentence-opening "He" a pronoun', () => {
    const got = people('China and the United States held trade talks in Vienna on Monday. Vice Premier He Weimin led the Chinese delegation. He said the talks were candid.');
    expect(got).toEqual(['China: He Weimin (leader)']);
  });
});
