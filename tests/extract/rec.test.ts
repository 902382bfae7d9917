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

describe('the heads of two delegations in apposition', () => {
  it('reads "the heads of the Danish and Norwegian delegations, A and B" as each side\'s leader', () => {
    expect(
      people('Talks opened in Oslo on Monday. At the end of the talks, the heads of the Danish and Norwegian delegations, Peter Lund and Erik Berg, the Norwegian envoy, spoke for a few minutes.'),
    ).toEqual(['Denmark: Peter Lund (leader)', 'Norway: Erik Berg (leader)']);
  });
  it('reads "the heads of the two delegations, A for the government and B for the rebels", a witness left out', () => {
    expect(
      people(
        "Colombia's government and the ELN signed a ceasefire in Havana on Friday. It was signed by the heads of the two negotiating delegations, Pedro Ruiz for the government and Pablo Mora for the National Liberation Army, in the presence of Cuban President Miguel Ortega.",
      ),
    ).toEqual(['Colombia: Pedro Ruiz (leader)', 'ELN: Pablo Mora (leader)']);
  });
  it('seats nobody when the two heads state no sides', () => {
    expect(people('Talks opened in Oslo on Monday. At the end, the heads of the two delegations, Peter Lund and Erik Berg, spoke for a few minutes.')).toEqual([]);
  });
});

describe('a side opening the sentence, then a verb before its people', () => {
  it('reads "On the Danish side you had A, B and C"', () => {
    expect(people('Talks between Denmark and Norway opened in Oslo on Monday. On the Danish side you had Foreign Minister Peter Lund, trade envoy Anna Holm and the ambassador, Erik Berg.')).toEqual([
      'Denmark: Anna Holm',
      'Denmark: Erik Berg',
      'Denmark: Peter Lund',
    ]);
  });
  it('reads "On the Danish side, both meetings are handled by A and B"', () => {
    expect(people('Talks between Denmark and Norway opened in Oslo on Monday. On the Danish side, both meetings are handled by Peter Lund, a senior diplomat, and Anna Holm.')).toEqual([
      'Denmark: Anna Holm',
      'Denmark: Peter Lund',
    ]);
  });
  it('does not seat a person a clause after the side opener only mentions', () => {
    expect(people('Talks between Denmark and Norway opened in Oslo on Monday. On the Danish side, the storm delayed Peter Lund.')).toEqual([]);
  });
  it('reads "A sat with B on the Danish side" as a member, not a side of a border', () => {
    expect(people('Talks between Denmark and Norway opened in Oslo on Monday. Deputy Foreign Minister Jonas Berg sat with the envoy on the Danish side.')).toEqual(['Denmark: Jonas Berg']);
    expect(people('Talks between Denmark and Norway opened in Oslo on Monday. Jonas Berg sat on the Danish side of the border.')).toEqual([]);
  });
});

describe('two tables sitting across from each other', () => {
  it('reads "A and B sat across from C and D" as two sides, each on their own', () => {
    expect(
      people('Talks opened in Oslo on Monday. Danish Foreign Minister Peter Lund and Danish envoy Anna Holm sat across from Norwegian Foreign Minister Erik Berg and Norwegian envoy Jonas Moe.'),
    ).toEqual(['Denmark: Anna Holm', 'Denmark: Peter Lund', 'Norway: Erik Berg', 'Norway: Jonas Moe']);
  });
  it('seats nobody when those across state one side only', () => {
    expect(people('Talks opened in Oslo on Monday. Danish Foreign Minister Peter Lund sat across from Danish envoy Anna Holm.')).toEqual([]);
  });
});

describe('a name used as a modifier of a post', () => {
  it('does not read "a Lund aide" in a leader\'s apposition as a second leader', () => {
    expect(
      people(
        "Talks between Denmark and Norway opened in Oslo on Monday. Denmark's Prime Minister Peter Lund stayed at home. Denmark's team is headed by Anna Holm, a Lund aide and former culture minister.",
      ),
    ).toEqual(['Denmark: Anna Holm (leader)']);
  });
});

describe('a post set off before the name gives the side', () => {
  it('reads "the chief of staff of the Danish army, General A, and the commander of Norwegian forces, B, who headed their sides\' delegations" as the two leaders', () => {
    expect(
      people(
        "Denmark and Norway signed a truce in Oslo on Monday. It was signed by the chief of staff of the Danish Defence Force, General Peter Lund, and the commander of Norwegian forces, Tadesse Werede, who headed their sides' delegations at the talks.",
      ),
    ).toEqual(['Denmark: Peter Lund (leader)', 'Norway: Tadesse Werede (leader)']);
  });
});

describe('a signed text named far before its signing verb', () => {
  it('reads "the text of the Agreement on … between A and B, agreed earlier, was initialled by X and Y"', () => {
    expect(
      people(
        'Talks between Denmark and Norway ended in Oslo on Monday. In the presence of the leaders, the text of the Agreement on the Establishment of Peace and Good Neighbourly Relations between the Kingdom of Denmark and the Kingdom of Norway, agreed earlier, was initialled by Danish Foreign Minister Peter Lund and Norwegian Foreign Minister Erik Berg.',
      ),
    ).toEqual(['Denmark: Peter Lund', 'Norway: Erik Berg']);
  });
});

describe('a meeting that brought people together', () => {
  it('seats those it brought together, each on their own side', () => {
    expect(people('The two-day meeting in Oslo on Monday brought together Danish Foreign Minister Peter Lund and Norwegian Foreign Minister Erik Berg.')).toEqual([
      'Denmark: Peter Lund',
      'Norway: Erik Berg',
    ]);
  });
  it('seats nobody when it brought together one side only', () => {
    expect(people('The dinner in Oslo on Monday brought together Danish Foreign Minister Peter Lund and Danish envoy Anna Holm.')).toEqual([]);
  });
});

describe('an office\'s long name run into the holder\'s', () => {
  it('starts the name at its given name after "… in the Humanitarian Sphere", and reads the line as a list item', () => {
    expect(
      people(
        'Talks between Denmark and Norway open in Oslo on Monday. The Danish delegation has named its experts:\nDeputy Head of the Directorate for Cultural Policy in the Humanitarian Sphere Yelena Sorensen;\nDirector of the Second Nordic Department of the Foreign Ministry Peter Lund.',
      ),
    ).toEqual(['Denmark: Peter Lund', 'Denmark: Yelena Sorensen']);
  });
});

describe('who appoints someone to head a delegation', () => {
  it('reads "A, appointed by President B to head the Lebanese delegation" as A leading, B nowhere', () => {
    expect(
      people('Talks between Israel and Lebanon resumed in Naqoura on Wednesday. Former ambassador Peter Lund, appointed by President Erik Berg to head the Lebanese delegation, took part alongside officers who have represented Lebanon since 2024.'),
    ).toEqual(['Lebanon: Peter Lund (leader)']);
  });
});

describe('a governing movement\'s delegation beside its state\'s', () => {
  it('seats both the Taliban delegation\'s and the Afghan minister\'s heads on Afghanistan\'s side in 2025', () => {
    expect(
      read(
        "Talks between the Islamic Emirate and Pakistan began today in Istanbul. The Islamic Emirate's delegation in Doha was led by Defence Minister Karim Nouri. This time the delegation of the Islamic Emirate is headed by Haji Rahim, the deputy minister of interior.",
        PUBLISHED,
        WITH_MINISTER,
      ),
    ).toEqual(['Afghanistan: Haji Rahim (leader)', 'Afghanistan: Karim Nouri (leader)']);
  });
});

describe('a meeting of named principals and a joint text they sign', () => {
  it('reads "A trilateral summit of A, B and C was held" as each principal at the table', () => {
    expect(
      people('A trilateral summit of Danish Prime Minister Peter Lund, Swedish Prime Minister Lars Nilsson and Norwegian Prime Minister Erik Berg was held in Geneva on Friday.'),
    ).toEqual(['Denmark: Peter Lund', 'Norway: Erik Berg', 'Sweden: Lars Nilsson']);
  });
  it('reads "A and B also signed a joint appeal" as the two signatories', () => {
    expect(people('Talks between Denmark and Norway ended in Oslo on Monday. Danish Prime Minister Peter Lund and Norwegian Prime Minister Erik Berg also signed a joint appeal on fishing rights.')).toEqual([
      'Denmark: Peter Lund',
      'Norway: Erik Berg',
    ]);
  });
  it('does not read an open letter others signed', () => {
    expect(people('Talks between Denmark and Norway ended in Oslo on Monday. Danish writer Peter Lund and Norwegian writer Erik Berg signed an open letter on fishing rights.')).toEqual([]);
  });
});
