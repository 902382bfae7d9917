import { describe, expect, it } from 'vitest';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { people as read, PUBLISHED } from './read.js';

/**
 * Delegations of negotiations Parley ships no dossier for (read by the fallback dossier, which has no
 * standing actors): the miss classes of dev4–dev6's other-negotiation passages, each written here
 * as sentences of its own.
 */
const NONE: ExtractLexicon = { topics: {}, actors: [], mediators: [] };
const people = (text: string) => read(text, PUBLISHED, NONE);

describe('a leader list ends where the composition verb begins', () => {
  it('reads "is made up, among others, of" as the members after the leader', () => {
    expect(
      people(
        'Talks between the Colombian government and the ELN opened in Havana on Monday. The government delegation is headed by Ana Ruiz and is made up, among others, of senator Pedro Gil, senator Luis Mora and Carla Vega.',
      ),
    ).toEqual(['Colombia: Ana Ruiz (leader)', 'Colombia: Carla Vega', 'Colombia: Luis Mora', 'Colombia: Pedro Gil']);
  });
});

describe('leader wording', () => {
  it('reads "X\'s chief negotiator is A" as X\'s leader', () => {
    expect(people("Talks between the Afghan government and the Taliban began in Doha on Saturday. The Taliban's chief negotiator is Abdul Rahim Wardak.")).toEqual([
      'Taliban: Abdul Rahim Wardak (leader)',
    ]);
  });
  it('reads "Its chief negotiator is A" under a section label asking after one side', () => {
    expect(
      people(
        "Afghan government and Taliban negotiators began talks in Doha on Saturday.\n\nAnd the Taliban?\nTheir team is also 21-strong. Its chief negotiator is Mawlawi Abdul Rahim Wardak, the group's chief justice.",
      ),
    ).toEqual(['Taliban: Abdul Rahim Wardak (leader)']);
  });
});

describe('the delegation the sentence before named', () => {
  it('seats an untitled member of "It includes" right after the sentence naming the team', () => {
    expect(
      people("Israeli and Hamas delegations began indirect talks in Cairo on Monday. Israel's team arrived at noon. It includes officials of the Mossad, hostage coordinator Dan Levi and Amir Cohen, an adviser to the prime minister."),
    ).toEqual(['Israel: Amir Cohen', 'Israel: Dan Levi']);
  });
  it('reads "Its 12 members include" as the delegation named just before', () => {
    expect(
      people(
        "Talks between Yemen's government and the Houthis began in Stockholm on Thursday. The government delegation is headed by Foreign Minister Khaled Nasser. Its 12 members include Abdullah Saleh and Hadi Omar.",
      ),
    ).toEqual(['Yemen: Abdullah Saleh', 'Yemen: Hadi Omar', 'Yemen: Khaled Nasser (leader)']);
  });
  it('does not lend a side named two sentences back to an untitled person', () => {
    expect(
      people("Israeli and Hamas delegations began indirect talks in Cairo on Monday. Israel's team arrived at noon. The sessions ran late. It includes Amir Cohen."),
    ).toEqual([]);
  });
});

describe('name runs and their titles', () => {
  it('starts a name at its given name after a body\'s name ("Office for Kosovo and Metohija Petar …")', () => {
    expect(
      people(
        'Serbia and Kosovo resumed talks in Ohrid on Saturday. With the Serbian president in the Belgrade delegation was the director of Office for Kosovo and Metohija Petar Ilić, while Albin Hoxha came with his deputy and chief negotiator Besnik Krasniqi.',
      ).filter((x) => x.includes('Ilić')),
    ).toEqual(['Serbia: Petar Ilić']);
  });
  it('gives "his deputy and chief negotiator B" no side from the side named last', () => {
    expect(
      people('Serbia and Kosovo resumed talks in Ohrid on Saturday. The Serbian delegation was led by Marko Đurić, while Albin Hoxha came with his deputy and chief negotiator Besnik Krasniqi.'),
    ).toEqual(['Serbia: Marko Đurić (leader)']);
  });
  it('reads no title from a clause after the name (", while …", ", included …")', () => {
    expect(
      people(
        "Venezuela's government and the Unitary Platform signed an accord in Bridgetown on Tuesday. The government delegation, headed by the speaker of parliament, Jorge Mendoza, included also the governor of Miranda Héctor Salas.",
      ),
    ).toEqual(['Venezuela: Héctor Salas', 'Venezuela: Jorge Mendoza (leader)']);
  });
});

describe('given names of the regions whose talks Parley ships no dossier for', () => {
  it('knows Albanian, Afghan and Yemeni given names untitled in a list', () => {
    expect(
      people("Afghan government and Taliban negotiators met in Doha on Saturday. Kabul's team is led by Masoom Rahimi. Four of its members are women, among them Habiba Noori and Fawzia Karimi."),
    ).toEqual(['Afghanistan: Fawzia Karimi', 'Afghanistan: Habiba Noori', 'Afghanistan: Masoom Rahimi (leader)']);
  });
});

describe('signatories', () => {
  it('seats those who initialled an agreement, each on the side their title names', () => {
    expect(
      people(
        'Armenia and Azerbaijan concluded talks in Washington on Friday. The text of the peace agreement was initialled by Minister of Foreign Affairs of Azerbaijan Elmar Guliyev and Minister of Foreign Affairs of Armenia Armen Sargsyan.',
      ),
    ).toEqual(['Armenia: Armen Sargsyan', 'Azerbaijan: Elmar Guliyev']);
  });
  it('reads "Signing for X, A; for Y, her counterpart B"', () => {
    expect(
      people('Congo and Rwanda signed a peace deal in Washington on Friday. Signing for Kinshasa, Foreign Minister Marie Ilunga; for Kigali, her counterpart Jean Habimana.'),
    ).toEqual(['DR Congo: Marie Ilunga', 'Rwanda: Jean Habimana']);
  });
  it('does not read "; for Kigali, the deal …" as a side\'s people', () => {
    expect(people('Congo and Rwanda signed a peace deal in Washington on Friday. Tshilombo praised it; for Kigali, the deal means security, said Jean Habimana.')).toEqual([]);
  });
});

describe('subjects leading a side', () => {
  it('reads "A and B are leading the U.S. side" as two leaders', () => {
    expect(people('US and Chinese officials met in Geneva on Saturday. Scott Bessent and Tom Greer are leading the U.S. side.')).toEqual([
      'United States: Scott Bessent (leader)',
      'United States: Tom Greer (leader)',
    ]);
  });
  it('reads a title set before each subject with commas ("The Treasury secretary, A, and the trade representative, B, are leading")', () => {
    expect(
      people('US and Chinese officials met in Geneva on Saturday. The Treasury secretary, Scott Bessent, and the trade representative, Tom Greer, are leading the U.S. side.'),
    ).toEqual(['United States: Scott Bessent (leader)', 'United States: Tom Greer (leader)']);
  });
  it('does not take a speaker before an aside holding another name as the subject', () => {
    expect(
      people('US and Chinese officials met in Geneva on Saturday. The Treasury secretary, Scott Bessent, said the trade representative, Tom Greer, was leading the U.S. side.'),
    ).toEqual(['United States: Tom Greer (leader)']);
  });
});

describe('co-leaders of one side', () => {
  it('reads "Tehran\'s was co-led by A and B" as one side\'s two leaders', () => {
    expect(
      people("Talks between Iran and the US resumed in Muscat on April 26. Washington's technical team was headed by Paul Reed; Tehran's was co-led by deputy foreign ministers Kazem Rahimi and Majid Tavakoli."),
    ).toEqual(['Iran: Kazem Rahimi (leader)', 'Iran: Majid Tavakoli (leader)', 'United States: Paul Reed (leader)']);
  });
  it('still reads a meeting co-chaired by two sides\' ministers as each leading their own', () => {
    expect(
      people('The commission meeting was co-chaired by Deputy Prime Minister of Armenia Mher Grigoryan and Deputy Prime Minister of Azerbaijan Shahin Mustafayev.'),
    ).toEqual(['Armenia: Mher Grigoryan (leader)', 'Azerbaijan: Shahin Mustafayev (leader)']);
  });
});

describe('each person with the side named right after them', () => {
  it('reads "A for Tehran, B for Washington" at a table', () => {
    expect(
      people('Talks between Iran and the US resumed in Muscat. The first two meetings were purely political: Abbas Rahimi for Tehran, Paul Reed for Washington.'),
    ).toEqual(['Iran: Abbas Rahimi', 'United States: Paul Reed']);
  });
  it('reads nothing where no talks, meeting or signing is named', () => {
    expect(people('Talks between Iran and the US resumed in Muscat. The award went to Ali Reza for Iran, and Tom Smith for the United States won silver.')).toEqual([]);
  });
});

describe('a copula and "in" a side\'s team', () => {
  it('reads "A and B are also in the ELN team" after the leader clause', () => {
    expect(
      people("The Colombian government and the ELN began talks in Mexico City on Monday. The guerrilla's negotiators are led by Pablo Ortega; Carlos Ruiz and Pedro Gil are also in the ELN team."),
    ).toEqual(['ELN: Carlos Ruiz', 'ELN: Pablo Ortega (leader)', 'ELN: Pedro Gil']);
  });
});

describe('two sides\' principals named by a leading office', () => {
  it('reads "Chief negotiators of Belgrade and Pristina, A and B" as each side\'s leader', () => {
    expect(people('Serbia and Kosovo resumed talks. Chief negotiators of Belgrade and Pristina, Petar Ilić and Besnik Krasniqi, will meet today in Brussels.')).toEqual([
      'Kosovo: Besnik Krasniqi (leader)',
      'Serbia: Petar Ilić (leader)',
    ]);
  });
});

describe('principals who met, in a sentence with no round of its own', () => {
  it('seats those who met across the sides an item\'s round is between ("A, who leads …, and B met C at the residence")', () => {
    expect(
      people(
        'US and Chinese officials began trade talks in Geneva on Saturday. U.S. Treasury Secretary Scott Bessent, who is leading the American side, and Trade Representative Tom Greer met Chinese Vice Premier He Lifeng at the residence of the Swiss ambassador.',
      ),
    ).toEqual(['China: He Lifeng', 'United States: Scott Bessent (leader)', 'United States: Tom Greer']);
  });
  it('reads "held talks here on Sunday with A and B" as meeting them', () => {
    expect(
      people('US and Chinese officials began trade talks in Madrid on Sunday. Chinese Vice Premier He Lifeng held talks here on Sunday with Treasury Secretary Scott Bessent and Trade Representative Tom Greer.'),
    ).toEqual(['China: He Lifeng', 'United States: Scott Bessent', 'United States: Tom Greer']);
  });
  it('does not seat a principal calling on a third country the item\'s round is not between', () => {
    expect(
      people('US and Chinese officials began trade talks in Madrid on Sunday. Before the talks, Chinese Vice Premier He Lifeng met Spanish Prime Minister Pedro Sanchez at the Moncloa palace.'),
    ).toEqual([]);
  });
});

describe('a pair of principals who concluded something', () => {
  it('reads "The President of Serbia, A, and the Prime Minister of Kosovo B late on Saturday in Ohrid agreed" after talks', () => {
    expect(
      people(
        'Serbia and Kosovo held talks in Ohrid on Saturday. The President of Serbia, Aleksandar Vučić, and the Prime Minister of Kosovo Albin Kurti late on Saturday in Ohrid agreed to the annex on implementation, after 12 hours of talks.',
      ),
    ).toEqual(['Kosovo: Albin Kurti', 'Serbia: Aleksandar Vučić']);
  });
});

describe('a surname naming an administration', () => {
  it('seats nobody for "the outgoing Biden administration" inside a roster', () => {
    expect(
      people('Israel and Hamas resumed talks in Doha on Sunday. The US mediation team is made up of Brett McGurk, for the outgoing Biden administration, and Steve Witkoff. Joe Biden spoke by phone to Benjamin Netanyahu on Sunday.'),
    ).toEqual(['United States: Brett McGurk', 'United States: Steve Witkoff']);
  });
});

describe('an unnamed source\'s aside inside a roster sentence', () => {
  it('reads "Also in the team, a Hamas official said, are A and B"', () => {
    expect(
      people('Israeli and Hamas delegations began talks in Cairo on Monday. The Hamas delegation is headed by Khalil Nasser. Also in the team, a Hamas official said, are Zaher Omar and Ghazi Hamdan.'),
    ).toEqual(['Hamas: Ghazi Hamdan', 'Hamas: Khalil Nasser (leader)', 'Hamas: Zaher Omar']);
  });
});

describe('a deputy of the one named just before', () => {
  it('reads "His deputy is B" on the side the previous sentence seated its subject on', () => {
    expect(
      people("Afghan government and Taliban negotiators began talks in Doha on Saturday. The Taliban's chief negotiator is Abdul Rahim Wardak. His deputy is Sher Mohammad Abbas Karimi, who ran the group's office in Doha."),
    ).toEqual(['Taliban: Abdul Rahim Wardak (leader)', 'Taliban: Sher Mohammad Abbas Karimi']);
  });
});

describe('a sentence opening on "That delegation"', () => {
  it('reads it as the delegation the sentence before named', () => {
    expect(
      people(
        'The refusal followed consultations in Jeddah earlier this month between a Sudanese government delegation and US officials. That delegation, headed by Minister of Minerals Mohamed Bashir Omar, left without agreeing on the format.',
      ),
    ).toEqual(['Sudan: Mohamed Bashir Omar (leader)']);
  });
});

describe('a side right after each leader', () => {
  it('reads "led by Deputy Prime Ministers A of Azerbaijan and B of Armenia" as each leading their own', () => {
    expect(
      people('Armenia and Azerbaijan held border talks in Gabala on Friday. The State Commissions on delimitation, led by Deputy Prime Ministers Elnur Aliyev of Azerbaijan and Armen Petrosyan of Armenia, are expected to meet again soon.'),
    ).toEqual(['Armenia: Armen Petrosyan (leader)', 'Azerbaijan: Elnur Aliyev (leader)']);
  });
});

describe('a body\'s name beside a listed person', () => {
  it('does not list "Fedegán" of "the cattle ranchers\' federation Fedegán, A" as a person', () => {
    expect(
      people("The Colombian government and the ELN began talks in Mexico City on Monday. The government delegation is headed by Otty Patiño and is made up of senator Iván Cepeda and the president of the cattle ranchers' federation Fedegán, José Félix Lafaurie."),
    ).toEqual(['Colombia: Iván Cepeda', 'Colombia: José Félix Lafaurie', 'Colombia: Otty Patiño (leader)']);
  });
});

describe('a title with an abbreviated rank before the name', () => {
  it('keeps "Pakistan\'s intelligence chief" across "Lt. Gen." as the person\'s side', () => {
    expect(people("Pakistan and Afghanistan held talks in Doha on Sunday. Pakistan's intelligence chief Lt. Gen. Asim Qadir also took part in the Doha meeting.")).toEqual(['Pakistan: Asim Qadir']);
  });
});

describe('a second side\'s verbless clause after a comma', () => {
  it('ends the first side\'s leaders at ", the American one by B"', () => {
    expect(
      people("Talks between Iran and the US resumed in Muscat on April 26. Iran's technical team was headed by Majid Rahimi and Kazem Tavakoli, the American one by Michael Reed, director of policy planning at the State Department."),
    ).toEqual(['Iran: Kazem Tavakoli (leader)', 'Iran: Majid Rahimi (leader)', 'United States: Michael Reed (leader)']);
  });
});

describe('an aside between the leading verb and "by"', () => {
  it('reads "headed as in Mexico by the president of the National Assembly, A, also included B"', () => {
    expect(
      people(
        "Venezuela's government and the Unitary Platform signed an accord in Bridgetown on Tuesday. The government delegation, headed as in Mexico by the president of the National Assembly, Jorge Mendoza, also included the governor of Miranda state, Héctor Salas.",
      ),
    ).toEqual(['Venezuela: Héctor Salas', 'Venezuela: Jorge Mendoza (leader)']);
  });
});
