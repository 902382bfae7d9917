import { describe, expect, it } from 'vitest';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { people as read, PUBLISHED } from './read.js';

/**
 * The precision pass of 2 Dec 2026 (issue 10): classes of false hits read on dev14 and dev16, each
 * fixed by making a rule stricter about what it should never have accepted. Sentences and names
 * invented for these tests.
 */
const NONE: ExtractLexicon = { topics: {}, actors: [], mediators: [] };
const people = (text: string, lexicon: ExtractLexicon = NONE) => read(text, PUBLISHED, lexicon);

describe('a meeting one side only asks for seats nobody', () => {
  const talks = 'The third round in Vienna ended on Tuesday. ';
  it('"proposed a meeting between A and B"', () => {
    expect(people(`${talks}Kyiv had proposed a meeting between Ukrainian President Taras Hrytsenko and Russian President Oleg Volkov next month.`)).toEqual([]);
  });
  it('"repeated its call for a meeting between A and B", "pushed for a summit with B"', () => {
    expect(people(`${talks}Ukraine repeated its call for a meeting between Ukrainian President Taras Hrytsenko and Russian President Oleg Volkov.`)).toEqual([]);
    expect(people(`${talks}Ukrainian President Taras Hrytsenko again pushed for a summit with Russian President Oleg Volkov.`)).toEqual([]);
  });
  it('"too early to talk about a date for a meeting between A and B"', () => {
    expect(people(`${talks}A Kremlin aide said it was too early to talk about a date for a meeting between Russian President Oleg Volkov and US President Mark Dalton.`)).toEqual([]);
  });
  it('still seats the principals of a meeting set or held', () => {
    expect(people('Talks in Vienna ended on Tuesday. Then came the Vienna meeting on 12 May between US Secretary of State Paul Brandt and Russian Foreign Minister Pavel Orlov.')).toEqual([
      'Russia: Pavel Orlov',
      'United States: Paul Brandt',
    ]);
  });
});
