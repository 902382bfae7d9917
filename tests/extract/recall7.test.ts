import { describe, expect, it } from 'vitest';
import { tenseOf } from '../../src/core/extract/dates.js';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { people as read, PUBLISHED } from './read.js';

/**
 * The recall pass of 1 Dec 2026 (recall7, issue 10): general mechanisms for Russia–Ukraine
 * delegations that several development sets' misses shared. Sentences and names invented here.
 */
const NONE: ExtractLexicon = { topics: {}, actors: [], mediators: [] };
const people = (text: string) => read(text, PUBLISHED, NONE);

describe('a sentence with no tense of its own ties its delegates to the nearest round', () => {
  it('reads a capitalised "-ed" word inside a title as no past verb', () => {
    expect(tenseOf('The delegation also includes the Chief of the General Staff of the Russian Armed Forces Ivan Petrov.')).toBe('unknown');
    expect(tenseOf('The delegation also includes the envoy to the United Nations Ivan Petrov.')).toBe('unknown');
    expect(tenseOf('Ivan Petrov headed the delegation.')).toBe('past');
    expect(tenseOf('Armed men stopped the convoy.')).toBe('past');
  });
  it('seats "the delegation also includes B" at this round, though B led the side at an earlier one', () => {
    const got = people(
      'The Russian delegation led by presidential aide Pavel Sokolov arrived in Geneva for talks with Ukraine, which will be held on May 20. ' +
        'The delegation also includes Deputy Foreign Minister Oleg Vasin and Chief of the Main Directorate of the General Staff of the Russian Armed Forces Ivan Petrov. ' +
        'At the previous round in Abu Dhabi on May 2, the Russian delegation was led by Petrov.',
    );
    expect(got).toContain('Russia: Ivan Petrov');
    expect(got).toContain('Russia: Ivan Petrov (leader)');
  });
});

describe("an envoy due to travel to a side's capital on the talks' errand", () => {
  it('seats "A is expected to travel to Moscow … to brief the Russian side" on A\'s own side', () => {
    expect(people('Talks between Russia and Ukraine stalled in May. US envoy Mark Dalton is expected to travel to Moscow later this week to brief the Russian side on the plan.')).toEqual([
      'United States: Mark Dalton',
    ]);
  });
  it('seats "B is due to fly to Kyiv, where he is expected to meet officials"', () => {
    expect(people('Talks between Russia and Ukraine stalled in May. US envoy Mark Dalton is due to fly to Kyiv on Friday, where he is expected to meet Ukrainian officials.')).toEqual([
      'United States: Mark Dalton',
    ]);
  });
  it('reads no errand, no seat: "A is expected to travel to Paris for a wedding"', () => {
    expect(people('Talks between Russia and Ukraine stalled in May. US envoy Mark Dalton is expected to travel to Paris next week for a wedding.')).toEqual([]);
  });
});
