import { describe, expect, it } from 'vitest';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { sameActor } from '../../src/core/names.js';
import { people as read, PUBLISHED, run as runWith } from './read.js';

/**
 * Issue 10, l9 pass: leaders and their sides. Invented sentences, read by a lexicon with no
 * standing actors (as the fallback dossier reads other negotiations), for each class of leader
 * the extractor missed: a hyphenated surname that is the full name given before, a side named
 * after the leader ("… on the American side"), "It is headed, as in X, by A", and a relative
 * clause or cleft saying who headed a team ("A, the … who had headed the team", "it was A who led").
 */
const NONE: ExtractLexicon = { topics: {}, actors: [], mediators: [] };
const people = (text: string, day: string = PUBLISHED) => read(text, day, NONE);
const run = (text: string) => runWith(text, PUBLISHED, NONE);

describe('a hyphenated surname alone is the full name it ends', () => {
  it('joins "Takht-Ravanchi"-like surnames to the full name, and only to it', () => {
    expect(sameActor('Reza Mousavi-Khan', 'Mousavi-Khan')).toBe(true);
    expect(sameActor('Mousavi-Khan', 'Reza Mousavi-Khan')).toBe(true);
    expect(sameActor('Nour al-Hassan', 'al-Hassan')).toBe(true);
    // Another first part of a double surname is another person.
    expect(sameActor('Reza Mousavi-Khan', 'Tehrani-Khan')).toBe(false);
  });

  it('seats the surname-only leader under the full name given earlier', () => {
    expect(
      people(
        'Iran and the United States held talks in Muscat on Sunday. Iran was represented by deputy foreign minister Reza Mousavi-Khan and Hamid Karimi. The expert teams were led by Mousavi-Khan on the Iranian side.',
      ),
    ).toEqual(['Iran: Hamid Karimi', 'Iran: Reza Mousavi-Khan (leader)']);
  });
});

describe('a side named after the leader in a "led by" list', () => {
  it('reads "by A, <title>, on the American side" as the American side', () => {
    expect(
      people(
        'Iran and the United States held talks in Muscat on Sunday. The technical teams were led by Reza Mousavi-Khan on the Iranian side and by Daniel Brooks, a State Department planner, on the American side.',
      ),
    ).toEqual(['Iran: Reza Mousavi-Khan (leader)', 'United States: Daniel Brooks (leader)']);
  });

  it('keeps a side before the next "by" for the next person (precision trap)', () => {
    const got = people(
      'Iran and the United States held talks in Muscat on Sunday. Technical teams, led on the Iranian side by Deputy Foreign Minister Reza Mousavi-Khan and on the U.S. side by Daniel Brooks, met in parallel.',
    );
    expect(got).toContain('United States: Daniel Brooks (leader)');
    expect(got).not.toContain('United States: Reza Mousavi-Khan (leader)');
  });
});

describe('"It is headed, as in X, by A": the delegation the sentence before named', () => {
  it('reads an aside between the leading verb and "by"', () => {
    expect(
      people('Serbia and Kosovo held a second round in Brussels on Monday. The Kosovo delegation arrived by car. It is headed, as in Ohrid, by Ilir Kastrati, a deputy prime minister.'),
    ).toEqual(['Kosovo: Ilir Kastrati (leader)']);
  });
});

describe('a relative clause or a cleft saying who headed a team', () => {
  it('reads "A, the <office> who had headed the team in X" as a leader on the side of A\'s office', () => {
    expect(
      people(
        'Ukrainian and US officials met in Florida on Sunday. The delegation was reshuffled after Taras Bondar, the head of the presidential office who had headed the team in Geneva, resigned on Friday.',
      ),
    ).toEqual(['Ukraine: Taras Bondar (leader)']);
  });

  it('reads "it was A who headed the Russian group"', () => {
    expect(people('Russia and Ukraine will meet in Istanbul on Thursday. In 2022 it was Pavel Orlov who headed the Russian group at the talks.')).toEqual([
      'Russia: Pavel Orlov (leader)',
    ]);
  });

  it('does not make the earlier person of "A, and the general who led the team" its leader (precision trap)', () => {
    const got = people('Russia and Ukraine will meet in Istanbul on Thursday. Reporters saw Pavel Orlov, and the general who led the Russian team at the talks.');
    expect(got).not.toContain('Russia: Pavel Orlov (leader)');
  });
});

describe('the heads of both delegations, each "for" their side', () => {
  it('reads "the heads of both delegations, A for the Government and B for the rebels\' movement" as two leaders', () => {
    expect(
      people(
        'The Government of Colombia and the ELN signed a ceasefire in Havana on Friday, closing a cycle of talks. It was signed by the heads of both delegations, Ramiro Tello for the Government and Joaquín Urbe for the ELN, in the presence of the hosts.',
      ),
    ).toEqual(['Colombia: Ramiro Tello (leader)', 'ELN: Joaquín Urbe (leader)']);
  });
});

describe('a leader named by a predicate: "A as X\'s lead negotiator", "A is considered X\'s chief negotiator"', () => {
  it('reads "with A as Iran\'s lead negotiator"', () => {
    expect(people('Iran and the United States held six rounds of talks in Vienna in 2021, with Reza Mousavi-Khan as Iran\'s lead negotiator.')).toEqual([
      'Iran: Reza Mousavi-Khan (leader)',
    ]);
  });

  it('reads "A is considered Kyiv\'s chief negotiator"', () => {
    expect(people('Ukraine and the United States will meet in Berlin on Sunday. Taras Bondar is considered Kyiv\'s chief negotiator.')).toEqual([
      'Ukraine: Taras Bondar (leader)',
    ]);
  });

  it('never makes the one succeeded the leader: "A replaced B as chief negotiator" (precision trap)', () => {
    const got = people('Ukraine and the United States will meet in Berlin on Sunday. Taras Bondar replaced Petro Savchuk as Kyiv\'s chief negotiator.');
    expect(got).not.toContain('Ukraine: Petro Savchuk (leader)');
  });
});

describe('a leader of earlier rounds named in passing', () => {
  it('reads "Moscow\'s team, led in Geneva by A"', () => {
    expect(people('Russia and the United States met in Florida on Sunday, but Moscow\'s formal team, led in Geneva by Pavel Orlov, was not there.')).toContain(
      'Russia: Pavel Orlov (leader)',
    );
  });

  it('reads "A headed Ukraine\'s delegations at the three rounds"', () => {
    expect(people('Ukraine and Russia will meet in Istanbul on Monday. Taras Bondar headed Ukraine\'s delegations at the three rounds of talks with Russia this year.')).toEqual([
      'Ukraine: Taras Bondar (leader)',
    ]);
  });
});

describe('a second leader past an apposition', () => {
  it('reads "A led X\'s delegation and B, <possessor>\'s envoy, headed the US one"', () => {
    expect(
      people(
        "Iran and the United States held talks in Muscat on Saturday; Foreign Minister Reza Mousavi-Khan led Iran's delegation and Daniel Brooks, Donald Trump's special envoy, headed the US one.",
      ),
    ).toEqual(['Iran: Reza Mousavi-Khan (leader)', 'United States: Daniel Brooks (leader)']);
  });

  it('reads "Leading the X delegation are A, who heads <body>, <apposition>, and B"', () => {
    expect(
      people(
        "Russia and the United States hold talks in Istanbul on Thursday. Leading the Russian delegation are Pavel Orlov, who heads the foreign affairs committee of the Federation Council, the upper house of Russia's parliament, and Ivan Sokolov, an adviser to the FSB director.",
      ),
    ).toEqual(['Russia: Ivan Sokolov (leader)', 'Russia: Pavel Orlov (leader)']);
  });

  it('does not list a person met inside the relative clause (precision trap)', () => {
    const got = people('Russia and the United States hold talks in Istanbul on Thursday. Leading the Russian delegation is Pavel Orlov, who met Daniel Brooks, the US envoy, on Monday.');
    expect(got).toContain('Russia: Pavel Orlov (leader)');
    expect(got).not.toContain('Russia: Daniel Brooks (leader)');
  });
});

describe('sides of movements and of border commissions', () => {
  it('gives no side from a generic side word after "former": "alongside former army general A" sits with the movement', () => {
    expect(
      people(
        "The Ethiopian government and the Tigray People's Liberation Front signed a deal in Pretoria on Wednesday. The Tigrayan side was headed by Haile Berhe, a TPLF spokesman, alongside former army general Tesfay Gebru.",
      ),
    ).toEqual(['Tigray People’s Liberation Front: Haile Berhe (leader)', 'Tigray People’s Liberation Front: Tesfay Gebru']);
  });

  it('keeps a nationality after "former" (precision): "former Nigerian president A" is still Nigerian', () => {
    const x = run("The Ethiopian government and the Tigray People's Liberation Front met in Pretoria on Wednesday, with former Nigerian president Ade Okafor as mediator.");
    expect(x.actors.find((a) => a.name === 'Ade Okafor')?.party).toBe('Nigeria');
  });

  it('reads the side of "the Commission on delimitation … of the Republic of Armenia, chaired by A"', () => {
    expect(
      people(
        'The meeting of the Commission on delimitation and border security of the Republic of Armenia, chaired by Deputy Prime Minister Aram Sargsyan, and its Azerbaijani counterpart took place on the border on Friday.',
      ),
    ).toEqual(['Armenia: Aram Sargsyan (leader)']);
  });

  it('never lends a commission named after a cue to the person before it (precision trap)', () => {
    const got = people(
      'The meeting of the State Commission on delimitation of the state border, chaired by Deputy Prime Minister Elchin Guliyev, and the Commission on delimitation and border security of the Republic of Armenia, chaired by Deputy Prime Minister Aram Sargsyan, took place on Friday.',
    );
    expect(got).toContain('Armenia: Aram Sargsyan (leader)');
    expect(got).not.toContain('Armenia: Elchin Guliyev (leader)');
  });
});

describe('"A brought B": a named principal\'s companion on the principal\'s side', () => {
  it('reads "while Thai Prime Minister A brought Foreign Minister B"', () => {
    expect(
      people('Cambodian Prime Minister Sok Dara and Thai Prime Minister Anan Chai met in Putrajaya on Monday. Sok Dara was accompanied by Deputy Prime Minister Chea Vuth, while Anan brought Foreign Minister Niran Thep.'),
    ).toEqual(expect.arrayContaining(['Cambodia: Chea Vuth', 'Thailand: Niran Thep']));
  });

  it('reads no companion in "A brought up B\'s offer" (precision trap)', () => {
    const got = people('Thai Prime Minister Anan Chai and Cambodian Prime Minister Sok Dara met in Putrajaya on Monday. Anan brought up Sok Dara\'s offer of a truce.');
    expect(got).not.toContain('Thailand: Sok Dara');
  });
});

describe('a party whose name holds digits', () => {
  it('reads "Leading the M23 team is A, its permanent secretary" as the leader', () => {
    expect(people('The DRC and M23 resumed talks in Doha on Monday. Leading the M23 team is Benoit Kabila, its permanent secretary.')).toEqual(['M23: Benoit Kabila (leader)']);
  });

  it('reads "A and B are also in the M23 team" as members', () => {
    expect(people('The DRC and M23 resumed talks in Doha on Monday. Leading the M23 team is Benoit Kabila. Jean Ruzindana and Paul Mugisha are also in the M23 team.')).toEqual([
      'M23: Benoit Kabila (leader)',
      'M23: Jean Ruzindana',
      'M23: Paul Mugisha',
    ]);
  });
});

describe('a side named by its people or by a possessive alone', () => {
  it('reads "The Lebanese were led by A" as Lebanon\'s leader', () => {
    expect(people('Israel and Lebanon held talks in Naqoura on Wednesday. The Lebanese were led by Brigadier General Karim Haddad.')).toEqual(['Lebanon: Karim Haddad (leader)']);
  });

  it('reads "…, while B headed Azerbaijan\'s." as Azerbaijan\'s leader', () => {
    expect(
      people("Armenia and Azerbaijan resumed talks in Washington on Monday. Foreign Minister Davit Sargsyan led the Armenian delegation, while Foreign Minister Rauf Mammadli headed Azerbaijan's."),
    ).toEqual(['Armenia: Davit Sargsyan (leader)', 'Azerbaijan: Rauf Mammadli (leader)']);
  });

  it('reads no leader from "The Democrats were led by A" (no party) nor from "A led Azerbaijan\'s army" (precision trap)', () => {
    expect(people('Armenia and Azerbaijan resumed talks in Washington on Monday. The Democrats were led by Senator Paul Green.')).toEqual([]);
    expect(people("Armenia and Azerbaijan resumed talks in Washington on Monday. General Rauf Mammadli once led Azerbaijan's army.")).toEqual([]);
  });
});
