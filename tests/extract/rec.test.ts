import { describe, expect, it } from 'vitest';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { people as read, PUBLISHED } from './read.js';

/**
 * The reading classes of dev14's and dev16's missed members and leaders that recur in other
 * development sets by other authors, each written here as sentences of its own (rec pass).
 */
const NONE: ExtractLexicon = { topics: {}, actors: [], mediators: [] };
const people = (text: string) => read(text, PUBLISHED, NONE);
/** A standing actor, as a dossier lists one: the side is knowledge, not a word of the text. */
const WITH_MINISTER: ExtractLexicon = {
  topics: {},
  actors: [{ name: 'Karim Nouri', aliases: [], party: 'Afghanistan' }],
  mediators: [],
};

describe('a second side\'s clause with its verb left out, its leader set off by a title', () => {
  it('reads "and Norway\'s by the Minister of Foreign Affairs, B" as Norway\'s leader, not a co-leader of the first side', () => {
    expect(
      people(
        "Talks between Denmark and Norway opened in Oslo on Monday. The Danish delegation was led by the Minister of Foreign Affairs, Peter Lund, and Norway's by the Minister of Foreign Affairs and Trade, Erik Berg.",
      ),
    ).toEqual(['Denmark: Peter Lund (leader)', 'Norway: Erik Berg (leader)']);
  });
});

describe('a leader list ends where "has among its members" begins', () => {
  it('reads those after "and also has among its members" as members, not co-leaders', () => {
    expect(
      people(
        'Talks between Denmark and Norway opened in Oslo on Monday. The Danish delegation is headed by Foreign Minister Peter Lund, and also has among its members the mayor of the capital, Anna Holm, and deputy Jonas Berg.',
      ),
    ).toEqual(['Denmark: Anna Holm', 'Denmark: Jonas Berg', 'Denmark: Peter Lund (leader)']);
  });
});

describe('a relative clause seating a person after their apposition', () => {
  it('reads "A, the deputy minister who sits on the Danish team, said" as a member', () => {
    expect(people('Talks between Denmark and Norway opened in Oslo on Monday. Peter Lund, the deputy trade minister who sits on the Danish team, said little.')).toEqual([
      'Denmark: Peter Lund',
    ]);
  });
  it('reads "A, Danish trade envoy, who also took part in the talks, said" as a member', () => {
    expect(people('Talks between Denmark and Norway opened in Oslo on Monday. Peter Lund, Danish trade envoy, who also took part in the talks, said a statement would follow.')).toEqual([
      'Denmark: Peter Lund',
    ]);
  });
  it('does not seat someone whose relative clause only says they met a side', () => {
    expect(people('Talks between Denmark and Norway opened in Oslo on Monday. Peter Lund, a trade envoy who met the Danish team, said little.')).toEqual([]);
  });
});

describe('a movement that governs a state sits for it', () => {
  it('seats the Taliban delegation\'s head on Afghanistan\'s side in talks after August 2021', () => {
    expect(
      read(
        'Pakistani and Afghan officials met in Doha on Saturday for talks mediated by Qatar. The Afghan Taliban delegation was headed by Defence Minister Karim Nouri.',
        PUBLISHED,
        WITH_MINISTER,
      ),
    ).toEqual(['Afghanistan: Karim Nouri (leader)']);
  });
  it('reads "the Islamic Emirate" as the Taliban, so Afghanistan in 2025', () => {
    expect(people('Talks between the Islamic Emirate and Pakistan began today in Istanbul. A spokesman said the delegation of the Islamic Emirate is headed by Haji Rahim, the deputy minister of interior.')).toEqual([
      'Afghanistan: Haji Rahim (leader)',
    ]);
  });
});
