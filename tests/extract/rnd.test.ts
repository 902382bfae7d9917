import { describe, expect, it } from 'vitest';
import { BUNDLED_DOSSIER_DIR, lexiconOf, loadDossier } from '../../src/core/dossier/load.js';
import { findPlaces } from '../../src/core/extract/places.js';
import { tokenize } from '../../src/core/extract/tokens.js';
import { datedRounds } from './read.js';

/**
 * Round dates and places, rnd pass (issue 10): a place whose name opens on an abbreviation with a
 * stop, a sit-down told by its length and its day, a deadline's day, and earlier rounds told in
 * passing by their days. Sentences written for these tests. Published on Saturday 16 August 2025.
 */
const RU = lexiconOf(loadDossier('russia-ukraine', BUNDLED_DOSSIER_DIR));
const PUB = '2025-08-16T09:00:00Z';
const dated = (text: string, published = PUB) => datedRounds(text, published, RU);
const placesIn = (s: string) => findPlaces(tokenize(s)).map((p) => p.place.name);

describe('a place name opening on an abbreviation with a stop', () => {
  it('reads "St. Petersburg" as one place, spelled as written', () => {
    expect(placesIn('The envoys were received in St. Petersburg on Friday.')).toEqual(['St. Petersburg']);
    expect(placesIn('The envoys were received in St Petersburg on Friday.')).toEqual(['St Petersburg']);
  });
  it('keeps a stop after an abbreviation that opens no place', () => {
    expect(placesIn('The letter was signed by St. John and delivered in Vienna.')).toEqual(['Vienna']);
  });
  it('dates and places a round there', () => {
    expect(dated('Before that, the Russian and US delegations met in St. Petersburg on August 2.')).toContain('St. Petersburg 2025-08-02');
  });
});

describe('a sit-down told by its length and its day', () => {
  it('reads "spent three hours today with" as a meeting', () => {
    expect(dated('The US envoy Steve Witkoff spent three hours today with Vladimir Putin in Moscow.')).toEqual(['Moscow 2025-08-16']);
    expect(dated('The US envoy Steve Witkoff spent five hours on Thursday with Vladimir Putin in Moscow.')).toEqual(['Moscow 2025-08-14']);
  });
  it('reads no meeting in time spent with no one', () => {
    expect(dated('The US envoy Steve Witkoff spent three hours today in Moscow.')).toEqual([]);
  });
});

describe('a deadline’s day dates no round', () => {
  it('leaves a planned meeting undated beside "Thursday deadline"', () => {
    expect(dated('The US envoy is expected to meet Russian officials, possibly in Riga, while the Thursday deadline for a reply draws near.')).toEqual([]);
    expect(dated("Russian and Ukrainian negotiators will meet in Riga before Trump's Friday deadline.")).toEqual([]);
    expect(dated('Russian and Ukrainian negotiators will meet in Riga ahead of the deadline of August 22.')).toEqual([]);
  });
  it('still dates talks beside another day', () => {
    expect(dated("Russian and Ukrainian negotiators met in Riga on Thursday, a day before Trump's Friday deadline.")).toEqual(['Riga 2025-08-14']);
  });
});

describe('earlier rounds told in passing by their days', () => {
  it('gives each coordinated day the place after it', () => {
    expect(dated('The first two rounds were held on July 12 in Riga and July 26 in Vienna.')).toEqual(['Riga 2025-07-12', 'Vienna 2025-07-26']);
    expect(dated('The two earlier rounds took place on July 12 near the border and on July 26 in Vienna.')).toEqual(['Vienna 2025-07-26']);
  });
  it('places days of a series told with no place where the item’s round is, when they come before it', () => {
    const text = 'Russian and Ukrainian delegations held a third round of talks in Vienna on Friday. The two previous rounds, on July 12 and July 26, ended with prisoner swaps.';
    expect(dated(text)).toEqual(['Vienna 2025-07-12', 'Vienna 2025-07-26', 'Vienna 2025-08-15']);
    expect(dated('Russian and Ukrainian delegations met in Vienna on Friday. It was their third round, following meetings on July 12 and July 26.')).toEqual(['Vienna 2025-07-12', 'Vienna 2025-07-26', 'Vienna 2025-08-15']);
  });
  it('places no series where the item’s rounds are at two venues, nor days after its round', () => {
    const two = 'Russian and Ukrainian delegations met in Vienna on Friday. They met in Riga on August 1. Earlier rounds, on July 12 and July 26, ended with prisoner swaps.';
    expect(dated(two)).toEqual(['Riga 2025-08-01', 'Vienna 2025-08-15']);
    const later = 'Russian and Ukrainian delegations met in Vienna on August 1. Further rounds, on August 20 and August 27, are planned.';
    expect(dated(later)).toEqual(['Vienna 2025-08-01']);
  });
});

describe('a round dated by a later day is dated by the day its talks began', () => {
  it('re-dates a signing to the first day of the talks told in a relative clause', () => {
    const text = 'Russian and Ukrainian negotiators signed a prisoner exchange accord in Riga on Thursday, at talks that began on Monday.';
    expect(dated(text)).toEqual(['Riga 2025-08-11']);
  });
  it('reads the talks’ place after the opening verb', () => {
    const text = 'Russian and Ukrainian negotiators signed a prisoner exchange accord on Thursday, wrapping up the talks that opened in Riga on Monday.';
    expect(dated(text)).toEqual(['Riga 2025-08-11']);
  });
  it('keeps a round more than a week after the first day, and one at another place', () => {
    expect(dated('Russian and Ukrainian negotiators met in Riga on Friday. The talks, which began on August 1, had stalled.')).toContain('Riga 2025-08-15');
    const two = 'The talks in Riga, which began on Monday, ended. Russian and Ukrainian negotiators met again in Vienna on Thursday.';
    expect(dated(two)).toContain('Vienna 2025-08-14');
  });
});
