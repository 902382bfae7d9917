import { describe, expect, it } from 'vitest';
import { countryOf, placeMatches } from '../../src/core/ask/vocabulary.js';
import { listParties } from '../../src/core/parties.js';
import { EXTRA_PLACES, GUARDED_TOWNS, PERSON_NAME_PLACES, SEAT_CITY, SPELLINGS, TOWNS, VENUE_CITY } from '../../src/core/extract/gazetteer.js';
import { FIRST_NAMES } from '../../src/core/extract/lexicon.js';
import { findPlaces, isPlaceName, placeNamed, placesCompatible } from '../../src/core/extract/places.js';
import { tokenize } from '../../src/core/extract/tokens.js';
import { datedRounds, people } from './read.js';

/**
 * The desk's knowledge of where (2 Dec 2026): the gazetteer of towns, resorts and venues beyond the
 * capitals, places told by their kind ("the lakeside town of …"), and a round named by its venue
 * merging with the same round named by its city. Sentences written for these tests (towns such as
 * Velkora and Marsa Zeitun are invented). Published on Wednesday 14 May 2025.
 */
const places = (s: string) => findPlaces(tokenize(s)).map((p) => `${p.place.name} (${p.place.country || '?'})`);

describe('the gazetteer as data', () => {
  const partyNames = new Set(listParties().map((p) => p.name));
  it('puts every town in a country the parties know by that name', () => {
    for (const country of [...Object.keys(TOWNS), ...Object.values(EXTRA_PLACES), ...Object.values(GUARDED_TOWNS)]) expect(partyNames, country).toContain(country);
  });
  it('maps every venue to a city it knows, and every spelling to a place', () => {
    for (const [venue, city] of Object.entries(VENUE_CITY)) expect(placeNamed(city)?.city, `${venue} → ${city}`).toBe(true);
    for (const [spelling, of] of Object.entries(SPELLINGS)) expect(placeNamed(of), `${spelling} → ${of}`).toBeDefined();
    for (const [seat, city] of Object.entries(SEAT_CITY)) expect(placeNamed(city)?.city, `${seat} → ${city}`).toBe(true);
  });
  it('lists each town once, in one country', () => {
    const seen = new Map<string, string>();
    for (const [country, towns] of Object.entries(TOWNS))
      for (const town of towns) {
        expect(seen.get(town.toLowerCase()), town).toBeUndefined();
        expect(EXTRA_PLACES[town], town).toBeUndefined();
        expect(SPELLINGS[town], town).toBeUndefined();
        seen.set(town.toLowerCase(), country);
      }
  });
  it('holds no given name the extractor knows, except the guarded ones', () => {
    const guarded = new Set(PERSON_NAME_PLACES.map((n) => n.toLowerCase()));
    const names = [...Object.values(TOWNS).flat(), ...Object.keys(EXTRA_PLACES), ...Object.keys(SPELLINGS)];
    // A name of one word is what a person's name could be read as; a longer one matches only whole.
    for (const name of names) if (!/\s/.test(name) && !guarded.has(name.toLowerCase())) expect(FIRST_NAMES.has(name.toLowerCase()), name).toBe(false);
  });
  it('reads a town, a venue and a spelling, accents written or dropped', () => {
    expect(placeNamed('Arusha')).toEqual({ name: 'Arusha', country: 'Tanzania', city: true });
    expect(placeNamed('Hotel Humboldt')?.name).toBe('Caracas');
    expect(placeNamed('Burgenstock')?.name).toBe('Bürgenstock');
    expect(placeNamed('Çırağan Palace')?.name).toBe('Istanbul');
    expect(placeNamed('Kiev')).toMatchObject({ name: 'Kiev', country: 'Ukraine', same: 'Kyiv' });
  });
});

describe('a question about a country', () => {
  it('finds a round stored in one of its towns', () => {
    expect(countryOf('Ohrid')).toBe('North Macedonia');
    expect(placeMatches('Arusha', 'Tanzania')).toBe(true);
    expect(placeMatches('Arusha', 'Kenya')).toBe(false);
  });
});

describe('towns and venues where talks are held', () => {
  it('places talks in a town that is no capital', () => {
    expect(datedRounds('Armenian and Azerbaijani negotiators held talks in Gabala on Tuesday.')).toEqual(['Gabala 2025-05-13']);
    expect(datedRounds('Sudanese army and RSF delegations resumed talks in Entebbe on Tuesday.')).toEqual(['Entebbe 2025-05-13']);
  });
  it('stores a round named by its venue under the venue’s city', () => {
    expect(datedRounds('Serbian and Kosovar negotiators held talks at the Palais Coburg on Tuesday.')).toEqual(['Vienna 2025-05-13']);
    expect(datedRounds('US and Russian delegations met at Joint Base Elmendorf-Richardson on Tuesday.')).toEqual(['Anchorage 2025-05-13']);
  });
  it('reads a town before a venue noun after "at the"', () => {
    expect(places('The two sides met at the Bürgenstock resort on Tuesday.')).toEqual(['Bürgenstock (Switzerland)']);
    expect(places('Talks opened at the Ramstein air base.')).toEqual(['Ramstein (Germany)']);
    expect(places('The two sides met at the Geneva office of a charity.')).toEqual([]);
  });
  it('merges a round named by its venue with the same round named by its city', () => {
    expect(
      datedRounds('Serbian and Kosovar negotiators held talks at the Palais Coburg on Tuesday. The talks in Vienna on Tuesday lasted six hours, Serbian officials said.'),
    ).toEqual(['Vienna 2025-05-13']);
  });
  it('merges a round at a seat of government with the same round in its city', () => {
    const got = datedRounds('US and Russian negotiators held talks in the Kremlin on Tuesday. The talks in Moscow on Tuesday lasted five hours, Russian officials said.');
    expect(got).toHaveLength(1);
    expect(placesCompatible(placeNamed('Kremlin'), placeNamed('Moscow'))).toBe(true);
    expect(placesCompatible(placeNamed('Grand Kremlin Palace'), placeNamed('Moscow'))).toBe(true);
  });
  it('merges two spellings of one city', () => {
    expect(datedRounds('US and Ukrainian negotiators held talks in Kiev on Tuesday. The talks in Kyiv on Tuesday lasted four hours, Ukrainian officials said.')).toHaveLength(1);
    expect(placesCompatible(placeNamed('Odessa'), placeNamed('Odesa'))).toBe(true);
    expect(placesCompatible(placeNamed('Zürich'), placeNamed('Zurich'))).toBe(true);
  });
  it('keeps different towns apart', () => {
    expect(placesCompatible(placeNamed('Arusha'), placeNamed('Entebbe'))).toBe(false);
    expect(placesCompatible(placeNamed('Kremlin'), placeNamed('White House'))).toBe(false);
  });
});

describe('a town told by its US state', () => {
  it('reads an unknown town before a state, written out or abbreviated with its full stop', () => {
    expect(places('The envoys met in Velkora Springs, Florida, on Tuesday.')).toEqual(['Velkora Springs (United States)']);
    expect(datedRounds('VELKORA SPRINGS, Fla. (AP) — Ukrainian and US negotiators ended a day of talks on Tuesday.')).toEqual(['Velkora Springs 2025-05-13']);
  });
  it('reads no state from an abbreviation without its full stop', () => {
    expect(places('The talks were held in Velkora, La Stampa reported.')).toEqual([]);
  });
});

describe('a place told by its kind', () => {
  it('reads an unknown name after "the … town of"', () => {
    expect(places('The two delegations met in the lakeside town of Velkora on Tuesday.')).toEqual(['Velkora (?)']);
    expect(datedRounds('Armenian and Azerbaijani negotiators met on Tuesday in the lakeside town of Velkora.')).toEqual(['Velkora 2025-05-13']);
  });
  it('takes the country from the head’s demonym or a comma after the name', () => {
    expect(places('Talks resumed in the Egyptian Red Sea resort of Marsa Zeitun on Tuesday.')).toEqual(['Marsa Zeitun (Egypt)']);
    expect(places('Talks resumed in the border town of Velkora, North Macedonia, on Tuesday.')).toEqual(['Velkora (North Macedonia)']);
  });
  it('reads an unknown name in a place phrase before an apposition naming its kind', () => {
    expect(places('The talks opened on Tuesday in Velkora, a resort on the Adriatic coast.')).toEqual(['Velkora (?)']);
    expect(places('The talks opened on Tuesday at Velkora, the Albanian border town where both sides keep offices.')).toEqual(['Velkora (Albania)']);
  });
  it('reads no place from a name with no kind, nor from a kind that is no place', () => {
    expect(places('The talks opened on Tuesday in Velkora.')).toEqual([]);
    expect(places('The talks were held in March, the city’s mayor said.')).toEqual([]);
    expect(places('The talks were held in Velkora, a city official said.')).toEqual([]);
    expect(places('She spoke of the town of her childhood.')).toEqual([]);
  });
});

describe('a person’s name is no place', () => {
  it('reads a guarded place only where no surname follows', () => {
    expect(places('Victoria Nuland met the envoys in Geneva.')).toEqual(['Geneva (Switzerland)']);
    expect(places('The envoys met in Victoria on Tuesday.')).toEqual(['Victoria (Seychelles)']);
    expect(places('The envoys met in Florence on Tuesday.')).toEqual(['Florence (Italy)']);
    expect(places('Milan Dravić met the envoys in Belgrade.')).toEqual(['Belgrade (Serbia)']);
    expect(isPlaceName('Victoria')).toBe(false);
  });
  it('still seats a person whose first name is a guarded place', () => {
    expect(people('The American delegation included Florence Mayhew and Robert Tanning.', '2025-05-14T09:00:00Z')).toContain('United States: Florence Mayhew');
  });
});

describe('a place that is another event’s', () => {
  it('does not take a place inside "after a …" for the round', () => {
    const got = datedRounds('Iranian and US negotiators held a third round on Saturday. The round came hours after a fire at a port near Aqaba on Saturday killed nine people, an event officials said was not linked to the talks.');
    expect(got.some((r) => r.startsWith('Aqaba'))).toBe(false);
  });
  it('keeps a place before "after a …"', () => {
    expect(datedRounds('Iranian and US negotiators opened talks in Gabala on Tuesday, after a pause of two weeks.')).toEqual(['Gabala 2025-05-13']);
  });
});
