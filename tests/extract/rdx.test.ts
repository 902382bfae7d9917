import { describe, expect, it } from 'vitest';
import { BUNDLED_DOSSIER_DIR, lexiconOf, loadDossier } from '../../src/core/dossier/load.js';
import { addRelativeDays, findDates } from '../../src/core/extract/dates.js';
import { dealInPassing } from '../../src/core/extract/round-dates.js';
import { datedRounds } from './read.js';

/**
 * Round dates, rdx pass (issue 10): readings that do not need a talks word and a date in one clause,
 * for the classes of missed rounds the audit of the development sets found (eval/_dbg/round-audit.ts),
 * each in sentences written for these tests. Published on Saturday 16 August 2025 unless a case says otherwise.
 */
const RU = lexiconOf(loadDossier('russia-ukraine', BUNDLED_DOSSIER_DIR));
const PUB = '2025-08-16T09:00:00Z';
const dated = (text: string, published = PUB) => datedRounds(text, published, RU);
const days = (sentences: string[], published = PUB) => {
  const pub = new Date(published);
  const ds = sentences.map((s) => findDates(s, { published: pub }));
  addRelativeDays(sentences, ds, pub);
  return ds.map((list) => list.map((d) => `${d.text}=${d.date}`));
};

describe('days written in Spanish or French inside English copy (dev6, dev9, dev10)', () => {
  it('reads "26 de octubre de 2024" and "el 3 de marzo"', () => {
    expect(days(['They have not met since 26 de octubre de 2024, when the last text was signed.'])[0]).toEqual(['26 de octubre de 2024=2024-10-26']);
    expect(days(['Las partes se reunieron el 3 de marzo.'])[0]).toEqual(['3 de marzo=2025-03-03']);
  });
  it('reads "le 1er juillet" and "7 août 2023"', () => {
    expect(days(['Les délégations se retrouvent le 1er juillet.'])[0]).toEqual(['1er juillet=2025-07-01']);
    expect(days(['Bulletin du 7 août 2023, 18:00'])[0]).toEqual(['7 août 2023=2023-08-07']);
  });
  it('reads no day in a month name alone or in an English "mars" word', () => {
    expect(days(['The rover landed on Mars in 2021.', 'Los negociadores viajaron en mayo.'])).toEqual([['2021=2021-01-01'], []]);
  });
});

describe('days told relative to a day the text has fixed (dev9, dev10)', () => {
  it('counts "A day earlier" from the last day told in the past, not from a day still ahead', () => {
    const got = days(['The envoys met in Cairo on Thursday.', 'They would meet again on Monday.', 'A day earlier, the mediators had seen both teams.']);
    expect(got[2]).toEqual(['A day earlier=2025-08-13']);
  });
  it('counts "the following day" forward', () => {
    expect(days(['The first session was on 4 August.', 'The sides met again the following day.'])[1]).toEqual(['the following day=2025-08-05']);
  });
  it('counts "the following day" from a day just named, not from one still ahead, and reads nothing beside a day in apposition', () => {
    expect(days(['The ceasefire began on 2 August.', 'Envoys met in Doha on 12 August, and a second meeting was held the following day.'])[1]).toEqual([
      'on 12 August=2025-08-12',
      'the following day=2025-08-13',
    ]);
    // A plan's day counted from a day ahead: that plan's own reports will date it (the demo's briefing of
    // 24 March 2025 rests the maritime track on the US–Russia meeting those reports date, not on a preview).
    expect(days(['The ceasefire began on 2 August.', 'Envoys are due in Doha on 20 August, with a second meeting planned for the following day.'])[1]).toEqual([
      'on 20 August=2025-08-20',
    ]);
    expect(days(['The envoys will see the Qatari team a day earlier, on Tuesday.'])[0]).toEqual(['on Tuesday=2025-08-19']);
  });
  it('reads "overnight" as the night before the report, whatever day the text named last, and not tonight\'s', () => {
    expect(days(['The truce was agreed on 2 August.', 'Overnight, drones hit the port.'])[1]).toEqual(['Overnight=2025-08-15']);
    expect(days(['The team is expected to fly to Doha overnight.'])[0]).toEqual([]);
  });
  it('reads "overnight" as the night before, but not an overnight strike', () => {
    expect(days(['Aides said the envoys met the president overnight, with two advisers present.'])[0]).toEqual(['overnight=2025-08-15']);
    expect(days(['An overnight strike hit the port.', 'Drones struck overnight attacks on the grid.'])).toEqual([[], []]);
  });
  it('reads no "overnight" in a sentence that dates itself by a day', () => {
    expect(days(['The envoy flew in overnight from Riga, where he had met the minister on Thursday.'])[0]).toEqual(['on Thursday=2025-08-14']);
  });
  it('reads nothing in "the day before the summit" or "a day after Monday\'s round"', () => {
    expect(days(['Ministers met the day before the summit.', "Teams met a day after Kyiv's round."])).toEqual([[], []]);
  });
  it('dates a round told "a day earlier" after the day of another', () => {
    const got = dated(
      'US envoys held talks with Russian officials in Riyadh on Thursday.\nA day earlier, the Ukrainian delegation held a meeting with the American team in Riyadh.',
      '2025-08-15T20:00:00Z',
    );
    expect(got).toContain('Riyadh 2025-08-13');
  });
});

describe('an agreement told in passing with its own day and place (dev6, dev10, dev11)', () => {
  const lede = 'Russian and Ukrainian negotiators met in Istanbul on Friday for a third round of talks.\n';
  it('reads "the memorandum the two delegations initialled in Antalya on 3 August"', () => {
    expect(dated(`${lede}They built on the memorandum the two delegations initialled in Antalya on 3 August.`)).toContain('Antalya 2025-08-03');
  });
  it('reads a "since D, when they signed … in P" clause, taking the place from the when clause', () => {
    const got = dated(`${lede}The talks had been frozen since 14 de julio de 2025, when the two sides signed a grain accord in Ankara.`);
    expect(got).toContain('Ankara 2025-07-14');
    expect(got).not.toContain('Istanbul 2025-07-14');
  });
  it('finds no deal made where it is still to be signed or only proposed', () => {
    for (const text of ['A prisoner exchange agreement is to be signed in Ankara on 20 August.', 'Kyiv said a truce would be agreed in Ankara on 20 August.', 'The envoys met in Ankara on 20 August to discuss a draft.']) {
      const d = findDates(text, { published: new Date(PUB) })[0]!;
      expect(dealInPassing(text, d)).toBeUndefined();
    }
  });
  it('reads no deal where the place is only the dateline, not in the clause', () => {
    expect(dated(`KYIV, Aug 16 (Wire) - Both sides signed a local ceasefire on Friday night, officials said.`)).not.toContain('Kyiv 2025-08-15');
  });
});

describe("the item's current venue carried to a dated talks mention naming none (dev5; the discourse class)", () => {
  it('reads "Delegations of A and B arrived in P. The talks began on <day>." as a round in P that day', () => {
    expect(dated('Delegations of Russia and Ukraine arrived in Geneva on Monday.\nThe talks began on Tuesday.')).toEqual(['Geneva 2025-08-12']);
  });
  it("carries the headline's talks place to the body's dated mention", () => {
    const got = dated(
      'Border deal reached after Muscat negotiations\nThe mediators said a map was agreed.\nArmenian and Azerbaijani delegations had been negotiating since August 4 with Omani mediators.',
    );
    expect(got).toContain('Muscat 2025-08-04');
  });
  it('carries no venue to "the next round", which may be anywhere', () => {
    const got = dated('Delegations of Russia and Ukraine met in Geneva.\nThe next round of talks will begin on 20 August, officials said.');
    expect(got).not.toContain('Geneva 2025-08-20');
  });
  it('carries no venue where the item already holds a round with a place (a placeless day there is as often another round)', () => {
    const got = dated(
      'Ukraine names new delegation for Istanbul talks\nThe team will travel to Istanbul for the talks with Russia.\nOne negotiator, who was at the talks on 16 May, has left the team.',
    );
    expect(got).not.toContain('Istanbul 2025-05-16');
  });
});
