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
