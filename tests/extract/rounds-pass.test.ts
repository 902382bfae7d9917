import { describe, expect, it } from 'vitest';
import { BUNDLED_DOSSIER_DIR, lexiconOf, loadDossier } from '../../src/core/dossier/load.js';
import { PUBLISHED, rounds, run } from './read.js';

/**
 * Issue 10, rounds and their dates: the miss classes of the development sets (dev3 most), each
 * written with sentences of its own. Published on Wednesday 14 May 2025 unless a case says otherwise.
 */
const dated = (text: string, published = PUBLISHED, lexicon = undefined as Parameters<typeof run>[2]) =>
  run(text, published, lexicon)
    .rounds.filter((r) => r.date?.precision === 'day')
    .map((r) => `${r.place ?? '?'} ${r.date!.date}`);

describe('dates as datelines write them', () => {
  it('reads a dotted numeric date day first ("04.03.2025" is 4 March)', () => {
    expect(rounds('The delegations of Armenia and Azerbaijan held talks in Vienna on 04.03.2025.', '2025-03-10T09:00:00Z')).toEqual(['Vienna 2025-03-04']);
  });
  it('reads a dash after a dateline\'s date as a separator, not "minus three days"', () => {
    expect(
      dated('GENEVA, March 12, 2025 - Three days of talks between Armenia and Azerbaijan ended on Wednesday in Geneva.', '2025-03-12T18:00:00Z'),
    ).toEqual(['Geneva 2025-03-10']);
  });
});

describe('multi-day rounds by their first day', () => {
  it('dates talks on their third day back to the first ("went on Wednesday for the third day")', () => {
    expect(dated('The talks between the Russian and Ukrainian delegations in Riyadh went on Wednesday for the third day.')).toEqual(['Riyadh 2025-05-12']);
  });
  it('dates "continues today, the second day" to yesterday', () => {
    expect(dated('The meeting of the Armenian and Azerbaijani delegations in Vienna continues today, the second day.')).toEqual(['Vienna 2025-05-13']);
  });
  it('still lets "the talks … for the second day" date the item\'s one placed round', () => {
    expect(dated('Ukraine-US talks in Berlin\n\nThe talks went on Wednesday for the second day, officials said.')).toEqual(['Berlin 2025-05-13']);
  });
});

describe('rounds that just ended', () => {
  it('dates "has ended" to the publication day, as "has started" is', () => {
    expect(dated('The third round of direct Russian-Ukrainian negotiations has ended in Istanbul after two hours.')).toEqual(['Istanbul 2025-05-14']);
  });
});

describe('other occasions are no rounds', () => {
  it('reads one side at a summit elsewhere as no round ("is in Tallinn today at the Nordic summit")', () => {
    expect(dated('Russian and Ukrainian delegations held talks in Istanbul on Monday.\n\nVolodymyr Zelensky is in Tallinn today at the Nordic summit.')).toEqual([
      'Istanbul 2025-05-12',
    ]);
  });
  it('still reads a summit between two sides', () => {
    expect(dated('The US-Russian summit in Budapest will be held on Friday.')).toEqual(['Budapest 2025-05-16']);
  });
  it('reads a gathering someone skips as the organisation\'s own ("Rubio is skipping the meeting of NATO foreign ministers")', () => {
    expect(dated('Marco Rubio is skipping Thursday\'s meeting of NATO foreign ministers in Brussels.')).toEqual([]);
  });
  it('leaves to the announcement a date right before its verb ("yesterday named the delegation to the talks")', () => {
    expect(dated('Dmitry Peskov yesterday named the Russian delegation to the talks with Ukraine in Minsk.')).toEqual([]);
  });
  it('reads a principal calling on a third country as no round, where the dossier names the sides', () => {
    const lexicon = lexiconOf(loadDossier('russia-ukraine', BUNDLED_DOSSIER_DIR));
    expect(dated('Volodymyr Zelensky, who met Saudi Crown Prince Mohammed bin Salman in Jeddah on Monday, will not attend.', PUBLISHED, lexicon)).toEqual([]);
    // Two of the negotiation's sides meeting are a round.
    expect(dated('Vladimir Putin met US envoy Steve Witkoff in Moscow on Monday.', PUBLISHED, lexicon)).toEqual(['Moscow 2025-05-12']);
  });
});

describe('places of rounds', () => {
  it('reads "the fourth round is set for Muscat on Saturday"', () => {
    expect(dated('Iranian and US officials said the fourth round is set for Muscat on Saturday 17 May.')).toEqual(['Muscat 2025-05-17']);
  });
  it('reads the destination of "on their way to Geneva for talks"', () => {
    expect(dated('Russian and Ukrainian officials are on their way to Geneva for talks beginning Friday.')).toEqual(['Geneva 2025-05-16']);
  });
  it('reads a host city named as the subject ("Doha, the Qatari capital, hosted")', () => {
    expect(dated('On Monday Doha, the Qatari capital, hosted a new round of Israel-Hamas talks.')).toEqual(['Doha 2025-05-12']);
  });
  it('reads a town the gazetteer lacks by its country after a comma ("in Gabala, Azerbaijan")', () => {
    expect(dated('Armenian and Azerbaijani negotiators held talks in Gabala, Azerbaijan, on Tuesday.')).toEqual(['Gabala 2025-05-13']);
  });
  it('gives no place from a leading "After the Vienna round," to the meeting after it', () => {
    expect(dated('After the Vienna round, the Iranian and US delegations said their experts would meet on Saturday.')).toEqual(['? 2025-05-17']);
  });
  it('takes no venue from the attribution after a quote ("wrote A, a correspondent in Washington")', () => {
    const x = run('Ukrainian and American delegations met in Miami on Wednesday.\n\n"The talks are starting now," wrote Jane Roe, a correspondent in Washington, on X.');
    expect(x.rounds.map((r) => r.place)).toEqual(['Miami']);
  });
});

describe('signings between the sides', () => {
  it('reads a signing between two sides as a round, with its place and day', () => {
    expect(dated('KIGALI, May 14 - The foreign ministers of Burundi and Rwanda signed a peace agreement in Kigali on Tuesday, with the US envoy looking on.')).toEqual([
      'Kigali 2025-05-13',
    ]);
  });
  it('reads the passive "a declaration was signed between A and B", the host country its venue', () => {
    expect(dated('On Monday Qatar hosted the ceremony at which a declaration of principles was signed between the governments of Ethiopia and Eritrea.')).toEqual([
      'Qatar 2025-05-12',
    ]);
  });
  it('reads no round from a decree or a law signed', () => {
    expect(dated('President Volodymyr Zelensky signed a decree on the delegation to the talks on Monday.')).toEqual([]);
  });
  it('takes a country "was hosted" by another as the guest, not the venue', () => {
    expect(
      run('The signing of the accord between Armenia and the Republic of Azerbaijan was hosted on Tuesday in Washington.').rounds.map((r) => r.place),
    ).toEqual(['Washington']);
  });
});

describe('back-references to the item\'s round', () => {
  it('dates the placed round by "At Sunday\'s session", not by the day the talks "will go on"', () => {
    expect(
      dated('US-Ukraine talks in Vienna\n\nAt Sunday\'s session the US envoy was joined by two advisers.\n\nAn aide confirmed that the talks will go on on Monday.', '2025-05-12T08:00:00Z'),
    ).toEqual(['Vienna 2025-05-11']);
  });
  it('dates a live blog\'s headline round to the publication day ("LIVE: Geneva talks on the peace plan")', () => {
    expect(dated('LIVE: Geneva talks on the peace plan\n\n18:42\n\nThe US and Ukrainian delegations said the talks were productive.')).toEqual(['Geneva 2025-05-14']);
  });
});

describe('dates that are not the round\'s', () => {
  it('never dates talks by "since": a headline\'s "first direct talks in Istanbul since 2022" is today\'s round', () => {
    expect(dated('Russia, Ukraine hold first direct talks in Istanbul since 2022')).toEqual(['Istanbul 2025-05-14']);
  });
});
