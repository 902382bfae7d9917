import { describe, expect, it } from 'vitest';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { people as read, PUBLISHED } from './read.js';

/**
 * Negotiations without a dossier (branch ot, issue 10): the sides of talks between a state and a
 * movement, read from what the passage says, and the side a title's own words do not give. Read by
 * the fallback dossier with no standing actors, so every side comes from the sentence. Sentences invented.
 */
const NONE: ExtractLexicon = { topics: {}, actors: [], mediators: [] };
const people = (text: string, published = PUBLISHED) => read(text, published, NONE);
const IN_2020 = '2020-09-12T09:00:00Z';

describe('a movement word telling a past gives no side', () => {
  it('seats "the former guerrilla" heading the government delegation on the government side', () => {
    expect(
      people('The government and the ELN reopened talks in Havana on Monday. The government delegation, headed by the former M-19 guerrilla Ana Ruiz, includes the senator Pedro Gil and Marta Soto.'),
    ).toEqual(['Colombia: Ana Ruiz (leader)', 'Colombia: Marta Soto', 'Colombia: Pedro Gil']);
  });
  it('still reads a serving "rebel commander" on the movement\'s team', () => {
    expect(people('The ELN and the government resumed talks in Havana on Monday. The ELN team, headed by the rebel commander Tomás Lara, includes Rosa Mejía.')).toEqual([
      'ELN: Rosa Mejía',
      'ELN: Tomás Lara (leader)',
    ]);
  });
});

describe('Spanish rosters in translation', () => {
  it('ends the leaders at "and is integrated by" and reads the members after it', () => {
    expect(
      people('The government and the ELN reopened talks in Havana on Monday. The government delegation is headed by Ana Ruiz and is integrated by the senator Pedro Gil, the senator Marta Soto and Luis Vega.'),
    ).toEqual(['Colombia: Ana Ruiz (leader)', 'Colombia: Luis Vega', 'Colombia: Marta Soto', 'Colombia: Pedro Gil']);
  });
  it('reads "has at its head the commander A, and integrate it also B and C"', () => {
    expect(
      people('The government and the ELN reopened talks in Havana on Monday. The delegation of the ELN has at its head the commander Tomás Lara, and integrate it also Juan Pardo and Rosa Mejía, among others.'),
    ).toEqual(['ELN: Juan Pardo', 'ELN: Rosa Mejía', 'ELN: Tomás Lara (leader)']);
  });
  it('seats nobody from "integrated" with no roster ("the region was integrated by the new road")', () => {
    expect(people('The government and the ELN reopened talks in Havana on Monday. The region was integrated by the new road built by Pedro Gil.')).toEqual([]);
  });
});

describe('a title\'s "for X" is its brief, not its holder\'s side', () => {
  it('keeps the US special representative for North Korea on the US delegation', () => {
    expect(
      people('North Korean and American negotiators met in Stockholm on Saturday. The US delegation was headed by Special Representative for North Korea Mark Dalton and included Deputy Special Representative Paul Kerr.'),
    ).toEqual(['United States: Mark Dalton (leader)', 'United States: Paul Kerr']);
  });
  it('still reads "led by A for Iran" as Iran\'s', () => {
    expect(people('Iran and the United States met in Muscat on Saturday. The talks were led by Karim Rahimi for Iran and by Paul Reed for the United States.')).toEqual([
      'Iran: Karim Rahimi (leader)',
      'United States: Paul Reed (leader)',
    ]);
  });
});

describe('a delegation "of" a state\'s formal name, after the host\'s city', () => {
  it('seats each head on the kingdom or republic named, not on the host', () => {
    expect(
      people(
        'Talks were held in Beijing from March 6 to 10 between the delegation of the Kingdom of Saudi Arabia, headed by Dr. Fahd bin Saleh Al-Omari, Minister of State, and the delegation of the Islamic Republic of Iran, headed by Admiral Reza Karimi, Secretary of the Supreme National Security Council.',
      ),
    ).toEqual(['Iran: Reza Karimi (leader)', 'Saudi Arabia: Fahd bin Saleh Al-Omari (leader)']);
  });
});

describe('"the republic team" beside one armed movement is the state\'s', () => {
  it('seats the republic team and its members on Afghanistan in 2020 talks with the Taliban', () => {
    expect(
      people(
        'Afghan government and Taliban negotiators opened talks in Doha on Saturday. The 21-member republic team is headed by Karim Nazari, a former spy chief. Its members include Laila Ahmadi and Hamid Sultani.',
        IN_2020,
      ),
    ).toEqual(['Afghanistan: Hamid Sultani', 'Afghanistan: Karim Nazari (leader)', 'Afghanistan: Laila Ahmadi']);
  });
  it('gives "republic" no side where no armed movement is named', () => {
    expect(people('Moscow and Kyiv met in Istanbul on Friday. The self-proclaimed republic team was led by Denis Kuznetsov.')).toEqual([]);
  });
});

describe('a government below the state\'s gives its people no state side', () => {
  it('keeps the spokesman of a regional government on the movement\'s team he heads', () => {
    expect(
      people('The Ethiopian government and the TPLF signed an agreement in Pretoria on Wednesday. The TPLF team was headed by Hailu Desta, spokesman of the Tigray regional government.'),
    ).toEqual(['Tigray People’s Liberation Front: Hailu Desta (leader)']);
  });
  it('still seats "the government delegation" on the state', () => {
    expect(people('The Ethiopian government and the TPLF met in Pretoria on Wednesday. The government delegation was led by Dawit Alemu.')).toEqual(['Ethiopia: Dawit Alemu (leader)']);
  });
});

describe('"A, adviser to Prime Minister B, who led …" is about A', () => {
  it('gives the lead to the adviser, not to the prime minister his post serves', () => {
    expect(
      people(
        'The federal government and the TPLF signed an agreement in Pretoria on Wednesday. The agreement was signed by Dawit Alemu, National Security Advisor to Prime Minister Abiy Ahmed, who led the government delegation.',
      ),
    ).toEqual(['Ethiopia: Dawit Alemu (leader)']);
  });
});

describe('movements of past peace processes are sides of their own', () => {
  it('seats "GAM is represented by" on GAM, and "the government" on Indonesia', () => {
    expect(
      people('Representatives of the Indonesian government and the Free Aceh Movement (GAM) met near Helsinki on Friday. GAM is represented by Hasan Yusuf and Teuku Rahman. The government delegation is led by Budi Santoso.'),
    ).toEqual(['GAM: Hasan Yusuf', 'GAM: Teuku Rahman', 'Indonesia: Budi Santoso (leader)']);
  });
  it('seats the Renamo team on Renamo', () => {
    expect(people('Mozambique and Renamo resumed talks in Maputo on Monday. The Renamo team is headed by José Macuácua.')).toEqual(['Renamo: José Macuácua (leader)']);
  });
  it('keeps "Counsel" off a name as a title ("Counsel A")', () => {
    expect(people('Sri Lanka and the LTTE met in Geneva on Wednesday. The government delegation includes Counsel Ranil Perera.')).toEqual(['Sri Lanka: Ranil Perera']);
  });
});
