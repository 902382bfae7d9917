import { describe, expect, it } from 'vitest';
import { people } from './read.js';

/**
 * The ru8 pass (issue 10): Russia–Ukraine delegations on copy nobody tuned on (dev8). Classes of
 * construction, each read with sentences and names invented here.
 */

describe('a side named by an elliptical "one"', () => {
  it('seats the leader of "a Ukrainian one headed by B" on Ukraine, not on the side named first', () => {
    expect(
      people('The round in Doha brought together a Russian team led by Admiral Pavel Orlov and a Ukrainian one headed by Taras Bondar.'),
    ).toEqual(['Russia: Pavel Orlov (leader)', 'Ukraine: Taras Bondar (leader)']);
  });
  it('reads no side in "one of the" or "one on one"', () => {
    expect(people('Ivan Petrov, one of the Russian negotiators, met Taras Bondar one on one in Doha for talks on Monday.')).not.toContain(
      'Russia: Taras Bondar',
    );
  });
});

describe('an adverb between a leading verb and its "by"', () => {
  it('reads "was led once more by A" as A leading the side', () => {
    expect(people("Moscow's delegation at the talks in Doha was led once more by Pavel Orlov and included deputy minister Oleg Vasin.")).toEqual([
      'Russia: Oleg Vasin',
      'Russia: Pavel Orlov (leader)',
    ]);
  });
  it('reads "headed again by A"', () => {
    expect(people('The Ukrainian team at the Doha talks, headed again by Taras Bondar, arrived on Monday.')).toContain('Ukraine: Taras Bondar (leader)');
  });
});

describe('a side\'s "line-up" named before a list under a pronoun heading', () => {
  it('seats the lines under "it includes:" on the side whose line-up the sentence before named', () => {
    const text = [
      'Talks between Russia and Ukraine resume in Doha today.',
      'The Russian group is led by Pavel Orlov.',
      'The presidential office has released the Ukrainian line-up.',
      'Besides Taras Bondar, it includes:',
      'Petro Savchuk',
      'Mykola Hrytsenko',
    ].join('\n');
    const got = people(text);
    expect(got).toContain('Ukraine: Petro Savchuk');
    expect(got).toContain('Ukraine: Mykola Hrytsenko');
    expect(got.filter((x) => x.startsWith('Russia:'))).toEqual(['Russia: Pavel Orlov (leader)']);
  });
});

describe('the other side of the table and those who join a principal somewhere', () => {
  it('seats "A was joined at <place> by B and C" on A\'s side, and "Facing them were D and E" on theirs', () => {
    const got = people(
      'US and Russian officials held talks in Doha on Tuesday. US Secretary of State Linda Price was joined at Marble Palace by national security adviser Tom Reed and US envoy Mark Dalton. ' +
        'Facing them were Russian Foreign Minister Ivan Petrov and Kremlin aide Oleg Vasin.',
    );
    expect(got).toEqual(['Russia: Ivan Petrov', 'Russia: Oleg Vasin', 'United States: Linda Price', 'United States: Mark Dalton', 'United States: Tom Reed']);
  });
  it('seats no one "joined in the Blue Hall by" leaders of several sides', () => {
    const got = people(
      'Ukrainian President Taras Bondar met US President Paul Grant in Washington for talks on Monday. Bondar was joined in the Blue Hall by French President Jean Moreau, German Chancellor Karl Weber and Polish President Jan Nowak.',
    );
    expect(got.filter((x) => /Moreau|Weber|Nowak/.test(x))).toEqual([]);
  });
});

describe('a side opening the sentence, and the companions of a list just seated', () => {
  it('seats "For the United States, A and B attended, along with General C" on the United States', () => {
    expect(people('Talks between Russia and Ukraine resumed in Doha on Thursday. For the United States, Mark Dalton and Tom Reed attended, along with General Paul Grant, the commander of US forces in Europe.')).toEqual([
      'United States: Mark Dalton',
      'United States: Paul Grant',
      'United States: Tom Reed',
    ]);
  });
  it('seats "Representing Washington were A and B, with the army secretary, C"', () => {
    expect(people('Talks between Russia and Ukraine resumed in Doha on Thursday. Representing Washington were Mark Dalton and Tom Reed, with the army secretary, Paul Grant.')).toEqual([
      'United States: Mark Dalton',
      'United States: Paul Grant',
      'United States: Tom Reed',
    ]);
  });
  it('reads no table in "For Kyiv, A said …"', () => {
    expect(people('Talks between Russia and Ukraine resumed in Doha on Thursday. For Kyiv, Taras Bondar insisted the ceasefire come first.')).toEqual([]);
  });
  it('reads no companion in ", with A himself sitting in"', () => {
    expect(
      people('President Taras Bondar flew to Doha on Thursday for talks between Russia and Ukraine. On the Ukrainian side, Petro Savchuk is leading the negotiators, with Bondar himself sitting in for part of the day.'),
    ).not.toContain('Ukraine: Taras Bondar');
  });
  it('reads no companion where a new subject stands between ("…; B met C, along with D")', () => {
    expect(
      people('Talks between Russia and Ukraine resumed in Doha on Thursday. The Ukrainian team was led by Petro Savchuk; separately, US envoy Mark Dalton met Russian envoy Ivan Petrov, along with Oleg Vasin.'),
    ).not.toContain('Ukraine: Oleg Vasin');
  });
});

describe('those who travel with an envoy', () => {
  it('seats "A, who came to the Kremlin together with B and C" on A\'s side', () => {
    expect(
      people('Talks between Russian President Ivan Petrov and US envoy Mark Dalton, who came to the Kremlin together with Tom Reed and Paul Grant, lasted four hours on Thursday.'),
    ).toEqual(expect.arrayContaining(['United States: Paul Grant', 'United States: Tom Reed']));
  });
});

describe('"the delegation" a rule just gave a side, and the list that goes on with it', () => {
  it('seats emoji-bulleted lines with long office names under "It also includes:" on the side of the delegation\'s head', () => {
    const text = [
      'President Taras Bondar signed a decree on the composition of the delegation for the talks with Russia.',
      'According to the decree, the delegation is headed by Ukrainian Defence Minister Petro Savchuk.',
      'It also includes:',
      '➡️ Secretary of the National Security and Defense Council of Ukraine Mykola Hrytsenko;',
      '➡️ First Deputy Minister of Foreign Affairs Olena Kravets.',
    ].join('\n');
    expect(people(text)).toEqual(expect.arrayContaining(['Ukraine: Mykola Hrytsenko', 'Ukraine: Olena Kravets', 'Ukraine: Petro Savchuk (leader)']));
  });
});

describe('those "also there" and those who "joined them"', () => {
  it('seats "C is also there" on the delegation the sentence before named', () => {
    expect(people("Talks between Russia and Ukraine opened in Doha on Friday. Ukraine's team, led by Taras Bondar, includes Petro Savchuk. Deputy intelligence chief Mykola Hrytsenko is also there.")).toContain(
      'Ukraine: Mykola Hrytsenko',
    );
  });
  it('seats no observer "also present" after a sentence naming no delegation', () => {
    expect(people('Talks between Russia and Ukraine opened in Doha on Friday; the United Nations is an observer. UN envoy Jean Moreau was also present in Doha.')).toEqual([]);
  });
  it('seats "A and General B joined them" on the side their titles agree on', () => {
    expect(
      people('Talks between Russia, Ukraine and the United States opened in Doha on Friday. US envoy Mark Dalton flew in overnight. US Army Secretary Tom Reed and General Paul Grant joined them in the Qatari capital.'),
    ).toEqual(expect.arrayContaining(['United States: Paul Grant', 'United States: Tom Reed']));
  });
});

describe('the head of a delegation inside its noun phrase, and its members "among its members"', () => {
  it('reads "represented by a delegation under Defense Minister A" and "a delegation at whose head is B" as leaders', () => {
    const got = people(
      'Talks between Russia and Ukraine opened in Doha on Friday. The Ukrainian side was represented by a delegation under Defense Minister Taras Bondar. The Russian side is again represented by a delegation at whose head is Ivan Petrov.',
    );
    expect(got).toEqual(expect.arrayContaining(['Russia: Ivan Petrov (leader)', 'Ukraine: Taras Bondar (leader)']));
  });
  it('seats "A and B were among its members" on the delegation the sentence before named', () => {
    const got = people(
      'Talks between Russia and Ukraine opened in Doha on Friday. Ukraine was represented by a delegation under Defense Minister Taras Bondar. First Deputy Foreign Minister Petro Savchuk and intelligence officer Mykola Hrytsenko were among its members.',
    );
    expect(got).toEqual(expect.arrayContaining(['Ukraine: Mykola Hrytsenko', 'Ukraine: Petro Savchuk']));
  });
  it('keeps the head of a delegation in apposition who then speaks ("head of the Russian delegation, A told reporters")', () => {
    expect(people('The talks in Doha have ended, head of the Russian delegation, presidential aide Ivan Petrov told reporters.')).toContain('Russia: Ivan Petrov (leader)');
  });
});
