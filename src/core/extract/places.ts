import { countryRecords, listParties } from '../parties.js';
import { EXTRA_PLACES, GUARDED_TOWNS, PERSON_NAME_PLACES, PLACE_NAME_ABBREVIATIONS, SEAT_CITY, SPELLINGS, TOWNS, US_STATE_ABBREVIATIONS, US_STATES, VENUE_CITY } from './gazetteer.js';
import { DEPARTURE_VERBS, JOURNEY_VERBS, PLACE_KIND_AFTER, PLACE_KIND_NOUNS, VENUE_NOUNS } from './lexicon.js';
import type { Token } from './tokens.js';

export interface Place {
  name: string;
  /** Country the place is in; equal to `name` for a country. */
  country: string;
  city: boolean;
  /**
   * The place this one is another name of, for comparing: a spelling's ("Kiev" → "Kyiv"), a seat's
   * city ("Kremlin" → "Moscow"). The name itself stays as the copy wrote it.
   */
  same?: string;
}

const PLACES = new Map<string, Place>();
let MAX = 1;

const NON_ASCII = /[^\x00-\x7f]/;

/** A name without its accents ("Bürgenstock" → "Burgenstock", "Çırağan" → "Ciragan"), as copy often writes it. */
export function foldAccents(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}


function addPlace(name: string, p: Place): void {
  const key = name.toLowerCase();
  if (!PLACES.has(key)) PLACES.set(key, p);
  // Written without its accents, a name still reads as the place.
  if (NON_ASCII.test(key)) {
    const folded = foldAccents(key);
    if (!PLACES.has(folded)) PLACES.set(folded, p);
  }
  MAX = Math.max(MAX, name.split(/\s+/).length);
}

/** The place a lower-cased key names, its accents dropped when the list has it without them. */
function lookup(key: string): Place | undefined {
  return PLACES.get(key) ?? (NON_ASCII.test(key) ? PLACES.get(foldAccents(key)) : undefined);
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
for (const [name, country] of Object.entries(EXTRA_PLACES)) addPlace(name, { name, country, city: true, ...(SEAT_CITY[name] ? { same: SEAT_CITY[name] } : {}) });
for (const [country, towns] of Object.entries(TOWNS)) for (const name of towns) addPlace(name, { name, country, city: true });
for (const [name, country] of Object.entries(GUARDED_TOWNS)) addPlace(name, { name, country, city: true });
/** A state of the United States after a town and a comma, in full or abbreviated with its full stop ("Fla.", "N.Y."). */
const US_STATE = new Set(US_STATES.map((n) => n.toLowerCase()));
const US_STATE_ABBREVIATION = new Set(US_STATE_ABBREVIATIONS.map((n) => n.toLowerCase()));

/**
 * The country a region named after a town and a comma gives: a country's own name, or a US state's
 * ("Florida"; "Fla" only with the full stop that `next` is, "N.Y." with its own).
 */
function countryNamedAfterTown(key: string, next: Token | undefined): string | undefined {
  const country = lookup(key);
  if (country && !country.city) return country.name;
  if (US_STATE.has(key)) return 'United States';
  return US_STATE_ABBREVIATION.has(key) && (key.endsWith('.') || next?.text === '.') ? 'United States' : undefined;
}

/** Places named like people ("Victoria", "Hamilton"): a place only with no capitalised word after it. */
const PERSON_NAMED = new Set(PERSON_NAME_PLACES.map((n) => n.toLowerCase()));
/** A place named like a person, followed by a capitalised word: the person ("Victoria Nuland"). */
function personNamed(key: string, next: Token | undefined): boolean {
  return PERSON_NAMED.has(key) && !!next?.word && next.cap;
}
// Countries by their three-letter codes; not a movement whose own code has three letters too (the
// Unitary Platform's PUD, the RSF): "grouped in the Unitary Platform" names no venue.
for (const p of listParties()) {
  if (p.code.length !== 3 || p.nonState) continue;
  addPlace(p.name, { name: p.name, country: p.name, city: false });
  const c = countries.find((x) => x.cca3 === p.code);
  if (c && c.name.common !== p.name) addPlace(c.name.common, { name: p.name, country: p.name, city: false });
}
addPlace('Turkey', { name: 'Turkey', country: 'Turkey', city: false });
// Another spelling is a place of its own name that compares as the place it spells; it replaces a
// plain entry of the same words ("St Petersburg" above).
for (const [spelling, of] of Object.entries(SPELLINGS)) {
  const at = PLACES.get(of.toLowerCase());
  if (!at) continue;
  const p: Place = { name: spelling, country: at.country, city: at.city, same: at.same ?? at.name };
  PLACES.set(spelling.toLowerCase(), p);
  addPlace(spelling, p);
}
for (const [venue, city] of Object.entries(VENUE_CITY)) {
  const at = PLACES.get(city.toLowerCase());
  if (at?.city) addPlace(venue, at);
}
/** Venues read as their city: "at the State Department" is locative as "in the Saudi capital" is. */
const VENUES = new Set([...Object.keys(VENUE_CITY), ...Object.keys(SEAT_CITY)].flatMap((v) => [v.toLowerCase(), foldAccents(v).toLowerCase()]));


/** Lower-case particles inside a place's name: "Sharm el-Sheikh", "Dar es Salaam", "Rio de Janeiro". */
const NAME_PARTICLE = /^(?:el|al|es|as|ad|ash|ar|de|des|del|da|do|dos|di|du|la|le|les|sur|am|an)(?:-\p{L}+)?$/u;

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
  if (lookup(name.toLowerCase())) return undefined;
  const named = countryAfterComma(tokens, j);
  if (named) {
    // The dateline's country is followed by the date or the agency: "…, North Macedonia, March 18 (AP)",
    // "…, Fla. (AP)" past an abbreviation's full stop, where the sentence splitter may end the line.
    const after = named.end + 1;
    const stop = tokens[named.end]?.text === '.';
    if (dateline && !/^[,—–(:-]$/.test(tokens[after]?.text ?? '') && !(stop && after === tokens.length)) return undefined;
    return { place: { name, country: named.country, city: true }, first: i, last: j - 1, ...(dateline ? { dateline: true as const } : {}) };
  }
  // "PUTRAJAYA, July 28 (Bernama) --", "STRUGA, May 13 (AP) —": a dateline town with no country, told
  // by the date and the agency after it; its country is the seat's party, or stays unknown.
  if (dateline && dayMonth(tokens[j + 1], tokens[j + 2]) && tokens[j + 3]?.text === '(' && tokens[j + 4]?.cap && tokens[j + 5]?.text === ')')
    return { place: { name, country: tokens[i]!.party?.name ?? '', city: true }, first: i, last: j - 1, dateline: true };
  return undefined;
}

/** The known place words name (a capital, a country, a place of the lexicon's list, a venue read as its city). */
export function placeNamed(name: string): Place | undefined {
  return lookup(name.trim().toLowerCase());
}

/** Whether words name a known place (a capital, a country, a place of the lexicon's list). */
export function isPlaceName(name: string): boolean {
  const key = name.toLowerCase();
  return !PERSON_NAMED.has(key) && !!lookup(key);
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

/** Words that open the head of a place told by its kind: "the lakeside town of", "Egypt's Red Sea resort of". */
const KIND_DETERMINER = /^(?:the|a|an|this|that|its|their)$/;

/** The country a comma and a country's name give after `at` ("…, North Macedonia"), with the index past it. */
function countryAfterComma(tokens: Token[], at: number): { country: string; end: number } | undefined {
  if (tokens[at]?.text !== ',') return undefined;
  for (let n = 3; n >= 1; n--) {
    const span = tokens.slice(at + 1, at + 1 + n);
    if (span.length < n || !span.every((t) => t.word && t.cap)) continue;
    const country = countryNamedAfterTown(
      span
        .map((t) => t.base)
        .join(' ')
        .toLowerCase(),
      tokens[at + 1 + n],
    );
    if (country) return { country, end: tokens[at + 1 + n]?.text === '.' ? at + n + 1 : at + n };
  }
  return undefined;
}

/**
 * A town the gazetteer lacks, told as a place by its kind: after the head "the (lakeside|border|Red
 * Sea) town/resort/port … of" ("the lakeside town of Ohrid"), or before an apposition naming its kind
 * after "in/at/near" ("in Sveti Stefan, a resort on the Adriatic"). Its country is the head's demonym
 * ("the Egyptian resort of …") or the one named after a comma, else unknown.
 */
function describedPlace(tokens: Token[], i: number): { place: Place; first: number; last: number } | undefined {
  const prev = tokens[i - 1]?.lower;
  const preposed = prev === 'of' && PLACE_KIND_NOUNS.has(tokens[i - 2]?.lower ?? '') && !tokens[i - 2]!.poss;
  if (!preposed && prev !== 'in' && prev !== 'at' && prev !== 'near') return undefined;
  // The name: up to three capitalised words (particles inside), none a party's name nor a possessive before its end.
  let j = i;
  while (j < i + 3 && tokens[j]?.word && (tokens[j]!.cap || particleInName(tokens[j]!, j - i, j - i + 2)) && !tokens[j]!.party && (j === i || !tokens[j - 1]!.poss)) j++;
  while (j > i && !tokens[j - 1]!.cap) j--;
  if (j === i) return undefined;
  const name = tokens
    .slice(i, j)
    .map((t) => t.base)
    .join(' ');
  if (lookup(name.toLowerCase())) return undefined;
  let country = '';
  if (preposed) {
    // The head's determiner within five words before the kind noun; a side named there is the country.
    let k = i - 3;
    while (k >= Math.max(0, i - 8) && tokens[k]!.word && !KIND_DETERMINER.test(tokens[k]!.lower) && !tokens[k]!.poss) k--;
    const det = tokens[k];
    if (!det || !(KIND_DETERMINER.test(det.lower) || det.poss)) return undefined;
    for (let q = k; q < i - 2; q++) if (tokens[q]!.party && !tokens[q]!.party!.nonState) country ||= tokens[q]!.party!.name;
  } else {
    // "in X, a resort on the Black Sea", "at X, the border town where …": the apposition names the kind.
    let k = j;
    const known = countryAfterComma(tokens, k);
    if (known) k = known.end + 1;
    if (tokens[k]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[k + 1]?.lower ?? '')) return undefined;
    let q = k + 2;
    while (q < k + 6 && tokens[q]?.word && !PLACE_KIND_NOUNS.has(tokens[q]!.lower)) q++;
    const kind = tokens[q];
    if (!kind || !PLACE_KIND_NOUNS.has(kind.lower) || kind.poss || !PLACE_KIND_AFTER.has(tokens[q + 1]?.lower ?? '.')) return undefined;
    if (known) country = known.country;
    else for (let r = k + 2; r < q; r++) if (tokens[r]!.party && !tokens[r]!.party!.nonState) country ||= tokens[r]!.party!.name;
    return { place: { name, country, city: true }, first: i, last: j - 1 };
  }
  country ||= countryAfterComma(tokens, j)?.country ?? '';
  return { place: { name, country, city: true }, first: i, last: j - 1 };
}

const NAME_ABBREVIATION = new Set(PLACE_NAME_ABBREVIATIONS.map((a) => a.toLowerCase()));
/** The token at `k` is the full stop of an abbreviation opening a place's name, a capitalised word after it ("St. Petersburg"). */
function abbreviationStop(tokens: Token[], k: number): boolean {
  return tokens[k]?.text === '.' && NAME_ABBREVIATION.has(tokens[k - 1]?.lower ?? '') && !!tokens[k + 1]?.word && !!tokens[k + 1]!.cap;
}

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
    const described = describedPlace(tokens, i);
    if (described) {
      out.push(described);
      i = described.last;
      continue;
    }
    // A longer span holds a word that is neither capitalised nor a particle: no name reaches past it.
    // The stop of an abbreviation opening the name ("St. Petersburg") is inside it, and no word.
    const stop = abbreviationStop(tokens, i + 1);
    const most = MAX + (stop ? 1 : 0);
    let run = 1;
    while (run < most && i + run < tokens.length && ((stop && run === 1) || (tokens[i + run]!.word && (tokens[i + run]!.cap || NAME_PARTICLE.test(tokens[i + run]!.lower))))) run++;
    for (let n = Math.min(most, tokens.length - i, run); n >= 1; n--) {
      if (stop && n <= 2) continue;
      const span = tokens.slice(i, i + n);
      const words = stop ? [span[0]!, ...span.slice(2)] : span;
      if (!words.every((t, k) => t.word && (t.cap || particleInName(t, k, words.length)))) continue;
      const key = words
        .map((t) => t.base)
        .join(' ')
        .toLowerCase();
      // The name as written, with its stop, where the gazetteer spells it so ("St. Petersburg").
      const place = (stop ? lookup(key.replace(' ', '. ')) : undefined) ?? lookup(key);
      if (!place || personNamed(key, tokens[i + n])) continue;
      const prev = tokens[i - 1]?.lower;
      const next = tokens[i + n]?.lower ?? '';
      // "flew into Geneva", "reached Cairo": a movement's end is a venue when it is a city.
      // "left for Geneva": where the traveller is going.
      const movedTo = place.city && (prev === 'into' || prev === 'reached' || (prev === 'for' && journeyTo(tokens, i - 1)));
      // "in the Red Sea resort of Sharm el-Sheikh", "the city of Jeddah": a place named by its kind.
      const named = prev === 'of' && PLACE_KIND_NOUNS.has(tokens[i - 2]?.lower ?? '');
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
        (prev === 'the' && (tokens[i - 2]?.lower === 'in' || (tokens[i - 2]?.lower === 'at' && (VENUES.has(key) || (place.city && VENUE_NOUNS.has(next))))));
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
      const key = span
        .map((t) => t.base)
        .join(' ')
        .toLowerCase();
      const place = lookup(key);
      if (!place?.city || personNamed(key, tokens[i + n])) continue;
      out.push({ place, first: i, last: i + n - 1 });
      i += n - 1;
      break;
    }
  }
  return out;
}

/**
 * What a place compares as: the place it is another name of ("Kiev" as "Kyiv", "the Kremlin" as
 * "Moscow"), its accents dropped ("Zürich" as "Zurich").
 */
export function placeKey(p: Place): string {
  return foldAccents(p.same ?? p.name).toLowerCase();
}

/** Two places can name the same venue: equal (by another name too), or a city within the other (a country). */
export function placesCompatible(a: Place | undefined, b: Place | undefined): boolean {
  if (!a || !b) return true;
  if (a.name === b.name || placeKey(a) === placeKey(b)) return true;
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
