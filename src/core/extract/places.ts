import { countryRecords, listParties } from '../parties.js';
import { DEPARTURE_VERBS, EXTRA_PLACES, JOURNEY_VERBS, SEAT_CITY, VENUE_CITY } from './lexicon.js';
import type { Token } from './tokens.js';

export interface Place {
  name: string;
  /** Country the place is in; equal to `name` for a country. */
  country: string;
  city: boolean;
}

const PLACES = new Map<string, Place>();
let MAX = 1;

function addPlace(name: string, p: Place): void {
  const key = name.toLowerCase();
  if (!PLACES.has(key)) PLACES.set(key, p);
  MAX = Math.max(MAX, name.split(/\s+/).length);
}

const countries = countryRecords();
/** Party name → its capital, for "the Saudi capital". */
const CAPITAL_OF = new Map<string, Place>();
for (const c of countries) {
  const country = listParties().find((p) => p.code === c.cca3)?.name ?? c.name.common;
  for (const cap of c.capital) {
    const short = cap.replace(/\s+D\.C\.$/, '');
    addPlace(short, { name: short, country, city: true });
    if (!CAPITAL_OF.has(country)) CAPITAL_OF.set(country, { name: short, country, city: true });
  }
}
for (const [name, country] of Object.entries(EXTRA_PLACES)) addPlace(name, { name, country, city: true });
// Countries by their three-letter codes; not a movement whose own code has three letters too (the
// Unitary Platform's PUD, the RSF): "grouped in the Unitary Platform" names no venue.
for (const p of listParties()) {
  if (p.code.length !== 3 || p.nonState) continue;
  addPlace(p.name, { name: p.name, country: p.name, city: false });
  const c = countries.find((x) => x.cca3 === p.code);
  if (c && c.name.common !== p.name) addPlace(c.name.common, { name: p.name, country: p.name, city: false });
}
addPlace('Turkey', { name: 'Turkey', country: 'Turkey', city: false });
for (const [venue, city] of Object.entries(VENUE_CITY)) {
  const at = PLACES.get(city.toLowerCase());
  if (at?.city) addPlace(venue, at);
}
/** Venues read as their city: "at the State Department" is locative as "in the Saudi capital" is. */
const VENUES = new Set([...Object.keys(VENUE_CITY), ...Object.keys(SEAT_CITY)].map((v) => v.toLowerCase()));

/** Nouns that name a place by its kind: "the resort of …", "the city of …". */
const PLACE_KINDS = new Set(['resort', 'city', 'town', 'port', 'village', 'island']);

/** Lower-case particles inside a place's name: "Sharm el-Sheikh", "Dar es Salaam", "Rio de Janeiro". */
const NAME_PARTICLE = /^(?:el|al|es|as|ad|ash|ar|de|del|da|do|dos|di|du|la|le|les|sur|am|an)(?:-\p{L}+)?$/u;

/**
 * "would go to", "will accompany A and B to": a "to" at `at` closing a journey verb within four words;
 * "left for", "will leave for": a "for" right after a verb of leaving.
 */
export function journeyTo(tokens: Token[], at: number): boolean {
  if (tokens[at]?.lower === 'for') return DEPARTURE_VERBS.has(tokens[at - 1]?.lower ?? '');
  if (tokens[at]?.lower !== 'to') return false;
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) if (JOURNEY_VERBS.has(tokens[k]!.lower)) return true;
  return false;
}

const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]{0,6})\.?$/;
/** "4 February", "March 24": a day and a month in two tokens. */
function dayMonth(a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return false;
  return (/^\d{1,2}$/.test(a.text) && MONTH_WORD.test(b.lower)) || (MONTH_WORD.test(a.lower) && /^\d{1,2}$/.test(b.text));
}

const SET_FOR = /^(?:set|scheduled|planned|slated|due|fixed)$/;
const HOST_VERB = /^(?:hosted|hosts|hosting|host)$/;

/** A host verb at `k`, or after an apposition ("Muscat, the Omani capital, hosted"); "will host", "is hosting" too. */
function hostVerbAfter(tokens: Token[], k: number): boolean {
  let at = k;
  if (tokens[at]?.text === ',') {
    const close = tokens.findIndex((t, q) => q > at && q <= at + 8 && t.text === ',');
    if (close < 0) return false;
    at = close + 1;
  }
  // "will host", "has hosted", "is hosting"; not the passive "was hosted", whose subject is the guest.
  const aux = tokens[at]?.lower ?? '';
  if (/^(?:will|has|had|would|to)$/.test(aux)) at++;
  else if (/^(?:is|was|are|were)$/.test(aux)) return tokens[at + 1]?.lower === 'hosting';
  return HOST_VERB.test(tokens[at]?.lower ?? '');
}

/** A word in capitals ("OHRID"), as a dateline names its town. */
function upperWord(t: Token | undefined): boolean {
  return !!t?.word && t.text.length > 1 && t.text === t.text.toUpperCase();
}

/**
 * "in Almaty, Kazakhstan", "at Hallandale, Florida": a town the gazetteer lacks, named with its
 * country after a comma; a place where talks happen like any other.
 */
function unknownCityOfCountry(tokens: Token[], i: number): { place: Place; first: number; last: number; dateline?: true } | undefined {
  // A dateline names its town in capitals at the very start: "OHRID, North Macedonia, March 18 (AP) —".
  const dateline = i === 0 && upperWord(tokens[0]);
  if (!dateline && !/^(?:in|at|near)$/.test(tokens[i - 1]?.lower ?? '')) return undefined;
  let j = i;
  // A dateline's town may be a seat the parties know by name ("PUTRAJAYA" for Malaysia's government).
  while (j < i + 3 && tokens[j]?.word && tokens[j]!.cap && (dateline || !tokens[j]!.party) && !tokens[j]!.poss && (!dateline || upperWord(tokens[j]))) j++;
  if (j === i || tokens[j]?.text !== ',') return undefined;
  const name = tokens
    .slice(i, j)
    .map((t) => (dateline ? t.text.charAt(0) + t.text.slice(1).toLowerCase() : t.text))
    .join(' ');
  if (PLACES.has(name.toLowerCase())) return undefined;
  for (let n = Math.min(MAX, 3); n >= 1; n--) {
    const span = tokens.slice(j + 1, j + 1 + n);
    if (span.length < n || !span.every((t) => t.word && t.cap)) continue;
    const country = PLACES.get(
      span
        .map((t) => t.base)
        .join(' ')
        .toLowerCase(),
    );
    if (!country || country.city) continue;
    // The dateline's country is followed by the date or the agency: "…, North Macedonia, March 18 (AP)".
    if (dateline && !/^[,—–(:-]$/.test(tokens[j + 1 + n]?.text ?? '')) return undefined;
    return { place: { name, country: country.name, city: true }, first: i, last: j - 1, ...(dateline ? { dateline: true as const } : {}) };
  }
  // "PUTRAJAYA, July 28 (Bernama) --", "STRUGA, May 13 (AP) —": a dateline town with no country, told
  // by the date and the agency after it; its country is the seat's party, or stays unknown.
  if (dateline && dayMonth(tokens[j + 1], tokens[j + 2]) && tokens[j + 3]?.text === '(' && tokens[j + 4]?.cap && tokens[j + 5]?.text === ')')
    return { place: { name, country: tokens[i]!.party?.name ?? '', city: true }, first: i, last: j - 1, dateline: true };
  return undefined;
}

/** The known place words name (a capital, a country, a place of the lexicon's list, a venue read as its city). */
export function placeNamed(name: string): Place | undefined {
  return PLACES.get(name.trim().toLowerCase());
}

/** Whether words name a known place (a capital, a country, a place of the lexicon's list). */
export function isPlaceName(name: string): boolean {
  return PLACES.has(name.toLowerCase());
}

/** Places named where talks happen: after "in/at/near", as "the Geneva talks", or "in the Saudi capital". */
export function findPlaces(tokens: Token[]): { place: Place; first: number; last: number }[] {
  // The rounds, principals, 'respectively' and event readers each ask for one sentence's places:
  // a sentence's tokens never change once read, so they are found once.
  const known = PLACES_OF.get(tokens);
  if (known) return [...known];
  const out = readPlaces(tokens);
  PLACES_OF.set(tokens, out);
  return [...out];
}

/** A particle stands inside a name of `n` words, or ends it when it carries the name's last word ("Sharm el-Sheikh"). */
function particleInName(t: Token, k: number, n: number): boolean {
  return k > 0 && NAME_PARTICLE.test(t.lower) && (k < n - 1 || /-\p{Lu}/u.test(t.text));
}

const PLACES_OF = new WeakMap<Token[], { place: Place; first: number; last: number }[]>();

function readPlaces(tokens: Token[]): { place: Place; first: number; last: number }[] {
  const out: { place: Place; first: number; last: number }[] = [];
  let datelineAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.cap) continue;
    // "in the Saudi capital": the country's capital, named by a demonym the text uses as a place.
    const party = tokens[i]!.party;
    if (party && tokens[i - 1]?.lower === 'the' && /^(?:in|at|to|near)$/.test(tokens[i - 2]?.lower ?? '')) {
      let j = i;
      while (tokens[j + 1]?.party === party) j++;
      const cap = tokens[j + 1]?.lower === 'capital' ? CAPITAL_OF.get(party.name) : undefined;
      if (cap) {
        out.push({ place: cap, first: i, last: j + 1 });
        i = j + 1;
        continue;
      }
    }
    const unknown = unknownCityOfCountry(tokens, i);
    if (unknown) {
      if (unknown.dateline) datelineAt = out.length;
      out.push({ place: unknown.place, first: unknown.first, last: unknown.last });
      i = unknown.last;
      continue;
    }
    // A longer span holds a word that is neither capitalised nor a particle: no name reaches past it.
    let run = 1;
    while (run < MAX && i + run < tokens.length && tokens[i + run]!.word && (tokens[i + run]!.cap || NAME_PARTICLE.test(tokens[i + run]!.lower))) run++;
    for (let n = Math.min(MAX, tokens.length - i, run); n >= 1; n--) {
      const span = tokens.slice(i, i + n);
      if (!span.every((t, k) => t.word && (t.cap || particleInName(t, k, n)))) continue;
      const key = span
        .map((t) => t.base)
        .join(' ')
        .toLowerCase();
      const place = PLACES.get(key);
      if (!place) continue;
      const prev = tokens[i - 1]?.lower;
      const next = tokens[i + n]?.lower ?? '';
      // "flew into Geneva", "reached Cairo": a movement's end is a venue when it is a city.
      // "left for Geneva": where the traveller is going.
      const movedTo = place.city && (prev === 'into' || prev === 'reached' || (prev === 'for' && journeyTo(tokens, i - 1)));
      // "in the Red Sea resort of Sharm el-Sheikh", "the city of Jeddah": a place named by its kind.
      const named = prev === 'of' && PLACE_KINDS.has(tokens[i - 2]?.lower ?? '');
      // "the third round is set for Muscat", "on their way to Geneva for talks": the talks' destination.
      const setFor = place.city && prev === 'for' && SET_FOR.test(tokens[i - 2]?.lower ?? '');
      const toFor = place.city && prev === 'to' && next === 'for';
      // "Muscat, the Omani capital, hosted the third round": the host named as the subject.
      const hosting = hostVerbAfter(tokens, i + n);
      // "flew in from Moscow, where they spent four hours with Putin", "left for Doha, where talks are
      // under way": a place a "where" clause opens on is that clause's setting, whatever the verb before.
      const whereAfter = next === ',' && tokens[i + n + 1]?.lower === 'where';
      const locative =
        prev === 'in' ||
        prev === 'at' ||
        prev === 'near' ||
        movedTo ||
        named ||
        setFor ||
        toFor ||
        hosting ||
        whereAfter ||
        (prev === 'the' && (tokens[i - 2]?.lower === 'in' || (tokens[i - 2]?.lower === 'at' && VENUES.has(key))));
      // A dateline: "ISTANBUL, May 14 —", "GENEVA (Reuters) —": the sentence opens with the place in capitals.
      const dateline = i === 0 && span.every((t) => t.text === t.text.toUpperCase() && t.text.length > 1) && /^[,—–(:-]$/.test(tokens[i + n]?.text ?? '');
      if (dateline) {
        datelineAt = out.length;
        out.push({ place, first: i, last: i + n - 1 });
        i += n - 1;
        break;
      }
      // A timeline line's lead ("Abu Dhabi, 4 February – the second round ends…"): the venue.
      const lead = i === 0 && place.city && tokens[n]?.text === ',' && dayMonth(tokens[n + 1], tokens[n + 2]) && /^[—–:-]$/.test(tokens[n + 3]?.text ?? '');
      // A headline's lead ("Doha: A and B sign framework", "Geneva: talks resume"): where the story is.
      const headlineLead = i === 0 && place.city && tokens[n]?.text === ':';
      if (lead || headlineLead) {
        out.push({ place, first: i, last: i + n - 1 });
        i += n - 1;
        break;
      }
      const attributive = /^(?:talks|meeting|meetings|round|rounds|session|sessions|summit|negotiations|discussions|consultations|format|process)$/.test(next);
      if (locative || (attributive && place.city)) out.push({ place, first: i, last: i + n - 1 });
      i += n - 1;
      break;
    }
  }
  // The dateline says where the reporter files from: the venue only when the sentence names no other.
  if (datelineAt >= 0 && out.length > 1) out.splice(datelineAt, 1);
  return out;
}

/** journeyPlaces per sentence's tokens: the round-date cues, the meeting stretch and its sides all ask. */
const JOURNEYS_OF = new WeakMap<Token[], { place: Place; first: number; last: number }[]>();

/**
 * The places a sentence names as where someone is going or is due: "would go to Washington", "will
 * accompany A to the White House", "were due in Moscow", "left for Geneva". Read apart from findPlaces,
 * whose venues the sentence rules and principals read: a journey's end is a meeting's place only for
 * the round-date scorer, which asks who meets whom there.
 */
export function journeyPlaces(tokens: Token[]): { place: Place; first: number; last: number }[] {
  let out = JOURNEYS_OF.get(tokens);
  if (out) return out;
  out = [];
  JOURNEYS_OF.set(tokens, out);
  for (let i = 1; i < tokens.length; i++) {
    if (!tokens[i]!.cap) continue;
    const at = tokens[i - 1]!.lower === 'the' ? i - 2 : i - 1;
    if (!(journeyTo(tokens, at) || (tokens[at]?.lower === 'in' && tokens[at - 1]?.lower === 'due'))) continue;
    for (let n = Math.min(MAX, tokens.length - i); n >= 1; n--) {
      const span = tokens.slice(i, i + n);
      if (!span.every((t) => t.word && t.cap)) continue;
      const place = PLACES.get(
        span
          .map((t) => t.base)
          .join(' ')
          .toLowerCase(),
      );
      if (!place?.city) continue;
      out.push({ place, first: i, last: i + n - 1 });
      i += n - 1;
      break;
    }
  }
  return out;
}

/** Two places can name the same venue: equal, or a city within the other (a country). */
export function placesCompatible(a: Place | undefined, b: Place | undefined): boolean {
  if (!a || !b) return true;
  if (a.name === b.name) return true;
  if (a.city && !b.city) return a.country === b.name;
  if (b.city && !a.city) return b.country === a.name;
  return false;
}

/**
 * Tokens that name where something happens rather than who takes part: the venues `findPlaces`
 * reads ("in Riyadh", "in Saudi Arabia", "the Riyadh meeting", "in the Saudi capital"). A host
 * named only as the place is not a party to the talks held there.
 */
export function locationTokens(tokens: Token[]): ReadonlySet<number> {
  // Kept per token array, as the places are: several readers ask for the same sentence's.
  const known = LOCATED.get(tokens);
  if (known) return known;
  const out = new Set<number>();
  for (const p of findPlaces(tokens)) for (let k = p.first; k <= p.last; k++) out.add(k);
  LOCATED.set(tokens, out);
  return out;
}

const LOCATED = new WeakMap<Token[], ReadonlySet<number>>();
