import { describe, expect, it } from 'vitest';
import { people } from './read.js';

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
