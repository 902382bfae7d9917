import { describe, expect, it } from 'vitest';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { people as read, PUBLISHED } from './read.js';

/**
 * The rosters-and-roles pass of 2 Dec 2026 (issue 10): members the roster reader missed and
 * leader/member decisions, classes read on dev12, dev13 and dev15. Sentences and names invented
 * for these tests.
 */
const NONE: ExtractLexicon = { topics: {}, actors: [], mediators: [] };
const people = (text: string, lexicon: ExtractLexicon = NONE) => read(text, PUBLISHED, lexicon);
const TALKS = 'Talks opened in Geneva at noon. ';

describe("a live blog's side line with the one already named set aside", () => {
  it('"For Norway, alongside Brekke: A, B and C, among others"', () => {
    expect(people(`${TALKS}For Norway, alongside Brekke: deputy foreign minister Ola Dahl, intelligence chief Per Olsen and envoy Kari Lund, among others.`)).toEqual([
      'Norway: Kari Lund',
      'Norway: Ola Dahl',
      'Norway: Per Olsen',
    ]);
  });
  it('reads nobody from "For Norway, alongside Brekke, the talks were a success"', () => {
    expect(people(`${TALKS}For Norway, alongside Brekke, the talks were a success, deputy foreign minister Ola Dahl said.`)).toEqual([]);
  });
});

describe('who a leader serves is named in the title, not on the list', () => {
  it('"headed by A, chief of staff to President B": B leads nothing', () => {
    expect(people("Kyiv's delegation was headed by Taras Bondar, chief of staff to President Petro Savchuk, who said the talks went well.")).toEqual(['Ukraine: Taras Bondar (leader)']);
  });
  it('"headed by A, a senior adviser to the group\'s commander B"', () => {
    const lexicon: ExtractLexicon = { ...NONE, actors: [{ name: 'Musa Karim', aliases: ['Tiger'], party: 'Rapid Support Forces' }] };
    expect(people('Talks opened in Geneva on Monday. The RSF delegation is headed by Omar Idris, a senior adviser to the group\'s commander Musa Karim "Tiger".', lexicon)).not.toContain(
      'Rapid Support Forces: Musa Karim (leader)',
    );
  });
});

describe('a title\'s portfolio is no side', () => {
  it('"senior director for Europe and Russia at the National Security Council" leads the American side', () => {
    expect(
      people('Talks opened in Riyadh on Monday. The American delegation is headed by Tom Reed, senior director for Europe and Russia at the National Security Council, and Paul Grant, director of policy planning at the State Department.'),
    ).toEqual(['United States: Paul Grant (leader)', 'United States: Tom Reed (leader)']);
  });
});

describe('leader or member', () => {
  it('a deputy head of a delegation in a list of titles before names leads nothing, nor does the one before it', () => {
    expect(
      people('The Ukrainian delegation includes Defence Minister Taras Bondar, Deputy Foreign Minister Petro Savchuk, first deputy head of the Ukrainian delegation to the Contact Group Oleh Kostenko, and MP Ivan Sirko.'),
    ).toEqual(['Ukraine: Ivan Sirko', 'Ukraine: Oleh Kostenko', 'Ukraine: Petro Savchuk', 'Ukraine: Taras Bondar']);
  });
  it('"A heads the delegation, which also includes B": B is a member however long A\'s title', () => {
    expect(
      people("Talks opened in Istanbul. Ivan Sirko, the parliamentary leader of the ruling People's Front party, heads the Ukrainian delegation, which also includes Defense Minister Taras Bondar, presidential adviser Petro Savchuk and Oleh Kostenko."),
    ).toEqual(['Ukraine: Ivan Sirko (leader)', 'Ukraine: Oleh Kostenko', 'Ukraine: Petro Savchuk', 'Ukraine: Taras Bondar']);
  });
  it('"led by A together with B": both lead; "led by A, together with B": B is a companion', () => {
    expect(people('Talks opened in Jeddah on Tuesday. The American side is led by Secretary of State Tom Reed together with national security adviser Mark Dalton.')).toEqual([
      'United States: Mark Dalton (leader)',
      'United States: Tom Reed (leader)',
    ]);
    expect(people('Talks opened in Jeddah on Tuesday. The American side is led by Secretary of State Tom Reed, together with national security adviser Mark Dalton.')).toEqual([
      'United States: Mark Dalton',
      'United States: Tom Reed (leader)',
    ]);
  });
  it('a led-by list ends at ", were": the go-between the sides talked through leads neither', () => {
    expect(
      people(
        "The first round ended in Oslo on Saturday. The Iranian delegation, headed by Foreign Minister Ali Rezaei, and the American delegation, led by US President's Special Envoy for the Middle East Mark Dalton, were seated in separate rooms and exchanged their views through Norway's Foreign Minister Sayyid Ola bin Hamad Brekke.",
      ),
    ).toEqual(['Iran: Ali Rezaei (leader)', 'United States: Mark Dalton (leader)']);
  });
});

describe('false names and hosts', () => {
  it('a sentence adverb opening the line is nobody ("Separately, A will meet B")', () => {
    const lexicon: ExtractLexicon = {
      ...NONE,
      actors: [
        { name: 'Pavel Orlov', aliases: [], party: 'Russia' },
        { name: 'Mark Dalton', aliases: [], party: 'United States' },
        { name: 'Ivan Petrov', aliases: [], party: 'Russia' },
      ],
    };
    expect(people(`${TALKS}Separately, Orlov will meet Dalton in Abu Dhabi to discuss economic issues, Petrov said.`, lexicon)).toEqual(['Russia: Pavel Orlov', 'United States: Mark Dalton']);
  });
  it('a host who guaranteed the delegation\'s safe travel is on no delegation', () => {
    expect(
      people("The talks are taking place near the river; Norwegian leader Ola Brekke had guaranteed that aircraft stationed on Norwegian territory would stay on the ground during the delegation's travel."),
    ).toEqual([]);
  });
  it('still seats "A and B are on the Ukrainian delegation"', () => {
    expect(people('Taras Bondar and Petro Savchuk are on the Ukrainian delegation.')).toEqual(['Ukraine: Petro Savchuk', 'Ukraine: Taras Bondar']);
  });
  it("a tag line's party word before a name gives nobody a side", () => {
    expect(
      people('The second round ended in the Brest region, the head of the Russian delegation, presidential aide Pavel Orlov, told reporters.\nTags: Russia-Ukraine talks Belarus Pavel Orlov'),
    ).toEqual(['Russia: Pavel Orlov (leader)']);
  });
});

describe('leading wording beyond a delegation noun', () => {
  it('one sent "to travel to Doha at the head of Israel\'s negotiating team" leads it, and stays the leader when joined', () => {
    expect(people('Talks in Doha resumed on Sunday. Prime Minister Eli Navon on Saturday instructed Mossad chief Dan Shani to travel to Doha at the head of Israel\'s negotiating team.')).toEqual([
      'Israel: Dan Shani (leader)',
    ]);
    expect(people("Talks in Doha resumed on Sunday. Mossad chief Dan Shani will travel to Doha at the head of Israel's negotiating team. Shani will be joined by Shin Bet chief Avi Ronen.")).toEqual([
      'Israel: Avi Ronen',
      'Israel: Dan Shani (leader)',
    ]);
  });
  it('"A, who headed earlier talks with Damascus" leads his own side, not the other', () => {
    const lexicon: ExtractLexicon = { ...NONE, actors: [{ name: 'Eli Navon', aliases: [], party: 'Israel' }] };
    expect(people('Talks in Paris ended on Monday. It was the first round since Eli Navon, who headed earlier talks with Damascus, left the government.', lexicon)).toEqual(['Israel: Eli Navon (leader)']);
  });
  it('"A is heading the Russians, with B alongside him"', () => {
    expect(people('Talks in Geneva began on Tuesday. Pavel Orlov is heading the Russians.')).toEqual(['Russia: Pavel Orlov (leader)']);
    expect(people('Talks in Geneva began on Tuesday. Pavel Orlov is heading the Jones family business.')).toEqual([]);
  });
  it('"the Armenian delegation is led by A, the Azerbaijani one – by B": the dash stands for the verb left out', () => {
    expect(people('Talks in Almaty began on Friday. The Armenian delegation is led by Foreign Minister Aram Petrosyan, the Azerbaijani one – by Foreign Minister Elchin Aliyev.')).toEqual([
      'Armenia: Aram Petrosyan (leader)',
      'Azerbaijan: Elchin Aliyev (leader)',
    ]);
  });
});

describe('those who accompanied a principal', () => {
  const talks = "Talks between Norway and Iran ended in Muscat on Saturday. Norway's delegation was led by Foreign Minister Per Olsen. ";
  it('"Deputy foreign ministers A and B accompanied the foreign minister" sit on his side', () => {
    expect(people(`${talks}Norwegian deputy foreign ministers Ola Dahl and Jonas Holm accompanied the foreign minister in Muscat.`)).toEqual([
      'Norway: Jonas Holm',
      'Norway: Ola Dahl',
      'Norway: Per Olsen (leader)',
    ]);
  });
  it('seats nobody on a state visit with no talks, nor a journalist who came along', () => {
    expect(people('Norwegian deputy foreign ministers Ola Dahl and Jonas Holm accompanied the foreign minister on a state visit to Rome.')).toEqual([]);
    expect(people(`${talks}Norwegian journalist Ola Dahl accompanied the delegation.`)).toEqual(['Norway: Per Olsen (leader)']);
  });
});

describe('long titles and the table across', () => {
  it('"For Norway there are the secretary of the Security and Defence Council A, who heads the team, B, C and D"', () => {
    expect(
      people(
        `${TALKS}For Norway there are the secretary of the Security and Defence Council Ola Dahl, who heads the team, the head of the presidential office Jonas Holm, Per Olsen and the chief of general staff Tom Berg.`,
      ),
    ).toEqual(['Norway: Jonas Holm', 'Norway: Ola Dahl (leader)', 'Norway: Per Olsen', 'Norway: Tom Berg']);
  });
  it('"A led the Lebanese delegation, facing B of Israel\'s National Security Council": B on his own side', () => {
    expect(people("The talks resumed in Naqoura on Tuesday. Former ambassador Karim Haddad led the Lebanese delegation, facing Eli Navon of Israel's National Security Council.")).toEqual([
      'Israel: Eli Navon',
      'Lebanon: Karim Haddad (leader)',
    ]);
  });
  it('seats nobody faced as criticism, nor one of the same side', () => {
    expect(people('The talks resumed in Naqoura on Tuesday. Former ambassador Karim Haddad led the Lebanese delegation, facing criticism from Israeli minister Eli Navon.')).toEqual([
      'Lebanon: Karim Haddad (leader)',
    ]);
    expect(people('The talks resumed in Naqoura on Tuesday. Former ambassador Karim Haddad led the Lebanese delegation, facing Lebanese critic Eli Navon.')).toEqual(['Lebanon: Karim Haddad (leader)']);
  });
});
