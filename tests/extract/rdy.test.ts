import { describe, expect, it } from 'vitest';
import { BUNDLED_DOSSIER_DIR, lexiconOf, loadDossier } from '../../src/core/dossier/load.js';
import { findDates } from '../../src/core/extract/dates.js';
import { firstDayOfEnded } from '../../src/core/extract/rounds.js';
import { datedRounds } from './read.js';

/**
 * Round dates, rdy pass (issue 10): "last <weekday>" written on that weekday, and a round dated by a
 * later day of it ("ended on Tuesday" after a two-day meeting, "expected to continue into Tuesday").
 * Sentences written for these tests. Published on Saturday 16 August 2025 unless a case says otherwise.
 */
const RU = lexiconOf(loadDossier('russia-ukraine', BUNDLED_DOSSIER_DIR));
const PUB = '2025-08-16T09:00:00Z';
const dated = (text: string, published = PUB) => datedRounds(text, published, RU);
const day = (s: string, published = PUB) => findDates(s, { published: new Date(published) }).map((d) => d.date);

describe('"last <weekday>" written on that weekday is the week before', () => {
  it('reads "last Saturday" on a Saturday as a week back', () => {
    expect(day('The first session was held last Saturday in Vienna.')).toEqual(['2025-08-09']);
    expect(day('The envoys met this past Saturday.')).toEqual(['2025-08-09']);
  });
  it('keeps "last Friday" on a Saturday as the day before', () => {
    expect(day('The envoys met last Friday in Vienna.')).toEqual(['2025-08-15']);
  });
  it('keeps a bare weekday in the past tense on that weekday as today', () => {
    expect(day('The envoys met on Saturday in Vienna.')).toEqual(['2025-08-16']);
    expect(day('They will meet on Saturday.')).toEqual(['2025-08-16']);
  });
  it('dates a round told as "last Saturday" to the week before', () => {
    expect(dated('Russian and Ukrainian delegations held their first round of talks last Saturday in Vienna.')).toContain('Vienna 2025-08-09');
  });
});

describe('a round is dated by its first day, not a later one', () => {
  it('counts back from "ended on" where the next sentence says how many days the meeting ran', () => {
    const s = 'The informal meeting on the grain corridor ended in Vienna on Tuesday, officials said.';
    const [d] = findDates(s, { published: new Date(PUB) });
    expect(firstDayOfEnded(s, d!, 'The two-day meeting brought together both foreign ministers.')).toBe('2025-08-11');
    expect(firstDayOfEnded(s, d!, 'Both foreign ministers attended.')).toBeUndefined();
  });
  it('reads no day from "continue into Tuesday": the talks that began today are dated today', () => {
    const got = dated('Russian and Ukrainian officials have begun talks in Vienna, with the meeting expected to continue into Tuesday.', '2025-08-11T15:00:00Z');
    expect(got).toContain('Vienna 2025-08-11');
    expect(got).not.toContain('Vienna 2025-08-12');
  });
});
