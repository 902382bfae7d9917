import { describe, expect, it } from 'vitest';
import { ROUND_DATE_CUES, ROUND_DATE_THRESHOLD } from '../../src/core/extract/round-dates.js';
import { PUBLISHED, run } from './read.js';

/**
 * Round dates by score (src/core/extract/round-dates.ts): a day no sentence rule tied to a round,
 * scored by its cues. Published on Wednesday 14 May 2025 unless a case says otherwise.
 */
const dated = (text: string, published = PUBLISHED) =>
  run(text, published)
    .rounds.filter((r) => r.date?.precision === 'day')
    .map((r) => `${r.place ?? '?'} ${r.date!.date}`);

describe('a round dated by a sentence with no talks word', () => {
  it('dates the headline\'s round by a host greeting both delegations in the lede', () => {
    expect(
      dated('Vienna talks: hopes rise for a prisoner exchange\n\nThe Austrian chancellor welcomed the Armenian and Azerbaijani delegations at the Hofburg in Vienna on Monday before leaving them to work.'),
    ).toEqual(['Vienna 2025-05-12']);
  });
  it('dates the item\'s one undated round by a placeless sentence beside a talks word', () => {
    expect(
      dated('The negotiations between the Armenian and Azerbaijani delegations in Vienna were long and tense, an aide said.\n\nThe conversation began on Tuesday evening and went past midnight.'),
    ).toEqual(['Vienna 2025-05-13']);
  });
});

describe('days that are not the round\'s', () => {
  it('leaves a round weeks back, named without its place, to itself rather than the item\'s undated round', () => {
    expect(
      dated('Armenia names new delegation for Vienna negotiations with Azerbaijan\n\nOne adviser, who sat at the negotiations on 10 April, is no longer on the list.'),
    ).toEqual([]);
  });
  it('leaves a date a speech verb governs to the speaking', () => {
    expect(dated('Azerbaijan and Armenia talks in Vienna\n\nThe Armenian delegation said on Monday that it wanted a second day at the Hofburg.')).toEqual([]);
  });
});

describe('the cue table', () => {
  it('is data: every cue has an id, a weight and what it says, and the threshold is a number', () => {
    for (const c of ROUND_DATE_CUES) {
      expect(c.id).toMatch(/^[a-z-]+$/);
      expect(Number.isFinite(c.weight)).toBe(true);
      expect(c.says.length).toBeGreaterThan(10);
    }
    expect(new Set(ROUND_DATE_CUES.map((c) => c.id)).size).toBe(ROUND_DATE_CUES.length);
    expect(Number.isFinite(ROUND_DATE_THRESHOLD)).toBe(true);
  });
});

describe('datelines, signings and the day among other dates', () => {
  it('dates talks by the body\'s day, not the dateline\'s ("June 4, 2025 (VIENNA) – … opened in Austria on Tuesday")', () => {
    expect(
      dated('June 4, 2025 (VIENNA) – Talks between the Armenian and Azerbaijani delegations opened in Vienna on Tuesday with both foreign ministers present.', '2025-06-04T09:00:00Z'),
    ).toEqual(['Vienna 2025-06-03']);
  });
  it('makes no round of a dateline\'s day ("YEREVAN, May 14 (Agency) - … announced on Wednesday that a deal was reached")', () => {
    expect(
      dated('YEREVAN, May 14 (Agency) - The Armenian negotiator announced on Wednesday that an agreement was reached in Yerevan with Azerbaijan after weeks of negotiations.'),
    ).toEqual([]);
  });
  it('reads a document signed at a place on a day as a round, its signatories unnamed ("the accord the two ministers signed in Vienna on 2 May")', () => {
    expect(dated('Armenia and Azerbaijan meet again\n\nThe new round builds on the accord the two ministers signed in Vienna on 2 May.')).toEqual(['Vienna 2025-05-02']);
  });
  it('dates resumed talks by their weekday, not by the year of the deal they are about', () => {
    expect(dated('Negotiations on the 2015 nuclear deal between Iran and the United States resumed in Vienna on Monday.')).toEqual(['Vienna 2025-05-12']);
  });
  it('dates no round by a step told in the pluperfect ("On Monday the minister had advised those going to the talks …")', () => {
    expect(dated('Vienna talks: Armenia and Azerbaijan\n\nOn Monday the Armenian minister had advised those going to the talks to expect little.')).toEqual([]);
  });
});

describe('a host meeting each side apart', () => {
  it('reads "met A and B separately" as no round between their sides', () => {
    expect(dated('The Austrian president met Armenian foreign minister Ararat Mirzoyan and Azerbaijani foreign minister Jeyhun Bayramov separately on Monday.')).toEqual([]);
  });
});

describe('a list under a heading about rounds', () => {
  it('reads each listed place and day as a round between the item\'s sides', () => {
    expect(
      dated('Armenia and Azerbaijan hold new talks in Vienna\n\nEarlier rounds took place:\n\n-- in Prague, Czechia, on March 3-4;\n\n-- in Bern, Switzerland, on April 7-8.').sort(),
    ).toEqual(['Bern 2025-04-07', 'Prague 2025-03-03', 'Vienna 2025-05-14']);
  });
  it('reads no round from a list under a heading about something else', () => {
    expect(dated('Armenia and Azerbaijan hold new talks in Vienna\n\nThe minister also travelled:\n\n-- to Prague, Czechia, on March 3;\n\n-- to Bern, Switzerland, on April 7.')).toEqual(['Vienna 2025-05-14']);
  });
});
