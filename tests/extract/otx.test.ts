import { describe, expect, it } from 'vitest';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { people as read, PUBLISHED } from './read.js';

/**
 * Other negotiations' sides (branch otx): non-state sides and the government they fight, side
 * commissions, chief negotiators' possessives, capitals as sides, lists whose end is cut wrongly,
 * honorifics of the Afghan and Arab press. Read by the fallback dossier, with no standing actors.
 */
const NONE: ExtractLexicon = { topics: {}, actors: [], mediators: [] };
const people = (text: string, published = PUBLISHED) => read(text, published, NONE);

describe('clerical honorifics are no part of the name', () => {
  it('reads "headed by Mawlawi A B C" as A B C', () => {
    expect(people('Afghan government and Taliban negotiators met in Doha on Saturday. The Taliban delegation is headed by Mawlawi Abdul Rahim Wardak.')).toEqual([
      'Taliban: Abdul Rahim Wardak (leader)',
    ]);
  });
  it('gives no fact for an honorific with no roster cue', () => {
    expect(people('Afghan government and Taliban negotiators met in Doha on Saturday. Mullah Abdul Rahim Wardak gave a speech.')).toEqual([]);
  });
});
