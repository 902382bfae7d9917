import { describe, expect, it } from 'vitest';
import { people } from './read.js';

/**
 * Issue 10's eighth pass: reading by discourse rather than by sentence pattern. Each class below
 * is written with sentences of its own (not the development passages' words); each case fails with
 * the rules as the seventh pass left them.
 */

describe('a list inherits the side of the line that introduces it', () => {
  it('seats a colon list whose heading names the delegation only by "its"', () => {
    expect(
      people('The Ukrainian delegation is led by Defence Minister Oleksandr Kovalenko.\nIts make-up is as before: deputy minister Iryna Marchenko, adviser Taras Bondar and general Petro Savchuk.'),
    ).toEqual(['Ukraine: Iryna Marchenko', 'Ukraine: Oleksandr Kovalenko (leader)', 'Ukraine: Petro Savchuk', 'Ukraine: Taras Bondar']);
  });
  it('seats "its composition:" only right after the sentence naming the delegation', () => {
    expect(
      people('The Ukrainian delegation is led by Defence Minister Oleksandr Kovalenko. Talks start at noon. Its composition: deputy minister Iryna Marchenko and adviser Taras Bondar.'),
    ).toEqual(['Ukraine: Oleksandr Kovalenko (leader)']);
  });
});

describe('an office named before a title gives the side', () => {
  it('reads "Shin Bet chief" and "Mossad Director" as Israel\'s, and their companions with them', () => {
    expect(
      people('Mossad Director Avi Levin and Shin Bet chief Dan Harel flew to Cairo on Sunday. With them are adviser Eli Mizrahi and Noa Peretz.'),
    ).toEqual(['Israel: Eli Mizrahi', 'Israel: Noa Peretz']);
  });
});

describe('untitled names in a listed roster', () => {
  it('reads two plain capitalised words beside a listed person as a name', () => {
    expect(people("Hamas's delegation includes Khalil Nasser and Tarek Naji.")).toEqual(['Hamas: Khalil Nasser', 'Hamas: Tarek Naji']);
  });
  it('leaves a place in the list alone', () => {
    expect(people('The Ukrainian delegation includes Oleksandr Kovalenko and Abu Dhabi.')).toEqual(['Ukraine: Oleksandr Kovalenko']);
  });
});

describe('a side opening the sentence with "there were"', () => {
  it('seats the people after "For the United States there were"', () => {
    expect(people('For the United States there were envoy Mark Dalton and Army Secretary Tom Reed.')).toEqual([
      'United States: Mark Dalton',
      'United States: Tom Reed',
    ]);
  });
});
