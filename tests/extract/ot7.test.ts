import { describe, expect, it } from 'vitest';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { people as read, PUBLISHED } from './read.js';

/**
 * Issue 10, ot7 pass: classes of false or missed delegates on negotiations other than
 * Russia–Ukraine, each written as invented sentences (read by a lexicon with no standing actors,
 * as the fallback dossier reads them).
 */
const NONE: ExtractLexicon = { topics: {}, actors: [], mediators: [] };
const people = (text: string) => read(text, PUBLISHED, NONE);

describe('a place of birth before a title is no side', () => {
  it('reads the demonym after "X-born" as the side', () => {
    expect(people('Russian-born Israeli negotiator Yosef Adler will attend the meeting in Cairo on Monday.')).toEqual(['Israel: Yosef Adler']);
  });
  it('gives no side when the origin is the only party word', () => {
    expect(people('Lebanese-born negotiator Karim Haddad will attend the meeting in Cairo on Monday.')).toEqual([]);
  });
  it('still reads a single demonym as the side', () => {
    expect(people('Azerbaijani Foreign Minister Elmar Guliyev will attend the meeting in Vienna on Monday.')).toEqual(['Azerbaijan: Elmar Guliyev']);
  });
});

describe('a side\'s plural noun followed by a list of names', () => {
  it('seats every full name of "Xi negotiators A and B" on that side', () => {
    expect(people('Azerbaijani negotiators Elnur Hasanov and Rauf Karimov arrived in Vienna on Monday.')).toEqual([
      'Azerbaijan: Elnur Hasanov',
      'Azerbaijan: Rauf Karimov',
    ]);
  });
  it('reads a three-name run closed by "and"', () => {
    expect(people('Iranian negotiators Reza Karimi, Hossein Moradi and Ali Sadeghi arrived in Muscat on Saturday.')).toEqual([
      'Iran: Ali Sadeghi',
      'Iran: Hossein Moradi',
      'Iran: Reza Karimi',
    ]);
  });
  it('stops at a later name with a title of its own (another side\'s mediator)', () => {
    expect(people('Hamas negotiators Yusuf Khalil and mediator Omar Farouk met in Cairo on Monday.')).toEqual(['Hamas: Yusuf Khalil']);
  });
  it('stops at a bare surname (someone named before, of any side)', () => {
    expect(people('Israeli negotiators Avi Cohen and Witkoff met in Doha on Monday.')).toEqual(['Israel: Avi Cohen']);
  });
  it('takes no run after a singular noun', () => {
    expect(people('Hamas negotiator Yusuf Khalil and Daniel Price met in Cairo on Monday.')).not.toContain('Hamas: Daniel Price');
  });
});

describe('two sides\' demonyms before one plural office, then its two holders', () => {
  it('seats each holder on the side of their demonym, in order, with no comma before the names', () => {
    expect(people('Armenian and Azerbaijani foreign ministers Aram Sargsyan and Elmar Guliyev held talks in Almaty on Friday.')).toEqual([
      'Armenia: Aram Sargsyan',
      'Azerbaijan: Elmar Guliyev',
    ]);
  });
  it('does not lend the nearer demonym of a shared plural title to the first holder', () => {
    expect(people('Serbian and Kosovar chief negotiators Petar Jovic and Besnik Krasniqi met in Brussels on Monday.')).not.toContain('Kosovo: Petar Jovic');
  });
});

describe('a fronted leading verb in any tense', () => {
  it('reads "Leading the X side was A" as X\'s leader', () => {
    expect(people('Leading the Armenian side was Deputy Prime Minister Aram Sargsyan.')).toEqual(['Armenia: Aram Sargsyan (leader)']);
  });
  it('reads "Heading the X delegation was A" as X\'s leader', () => {
    expect(people('Heading the Azerbaijani delegation was Deputy Prime Minister Elmar Guliyev.')).toEqual(['Azerbaijan: Elmar Guliyev (leader)']);
  });
});

describe('a sentence opening on "Representing X were …"', () => {
  it('seats the people after the copula on the side between the cue and it', () => {
    expect(people('Representing Armenia at the talks were Deputy Prime Minister Aram Sargsyan and Deputy Foreign Minister Karen Hakobyan.')).toEqual([
      'Armenia: Aram Sargsyan',
      'Armenia: Karen Hakobyan',
    ]);
  });
});
