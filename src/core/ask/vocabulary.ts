import type { LoadedDossier } from '../dossier/load.js';
import { EXTRA_PLACES } from '../extract/gazetteer.js';
import { placeNamed } from '../extract/places.js';
import { nameKey, sameActor, surnameKey } from '../names.js';
import { countryRecords, listParties, resolveParty } from '../parties.js';
import { createVocabularyReads } from '../store/reads/vocabulary.js';
import type { SqlClient } from '../store/sql.js';
import { PLACE_SPELLINGS, REAL_WORDS_NOT_SLIPS, TOPIC_REPORT_WORDS, TOPIC_SYNONYMS } from './lexicon.js';

/** A person the knowledge base knows, with every key their names fold to. */
export interface ActorEntry {
  id: number;
  name: string;
  party: string | null;
  mentions: number;
  keys: string[];
  surname: string;
  first: string | null;
  /** Mentioned in the dossier's own reports: a surname, first name or typo links to such a person first. */
  here: boolean;
}

export interface TopicEntry {
  id: string;
  label: string;
  /** Lower-case phrases: the dossier's terms, the id, and the synonyms people type. */
  phrases: string[];
  /** The phrases and the generic words that mark a report as on the topic, though no question by themselves ("troops"). */
  reportPhrases: string[];
  /** Terms naming something within the topic (a place, a plant, a bank) rather than the topic itself. */
  specific: string[];
}

/** What a question's words are linked against: the knowledge base's people and places, the dossier's topics. */
export interface Vocabulary {
  actors: ActorEntry[];
  byKey: Map<string, ActorEntry[]>;
  bySurname: Map<string, ActorEntry[]>;
  byFirst: Map<string, ActorEntry[]>;
  /** Lower-case place → as written: rounds' places, capitals and the talks' usual venues. */
  places: Map<string, string>;
  /** Places where rounds were held, lower case. */
  roundPlaces: Set<string>;
  topics: TopicEntry[];
  /** Surname keys by first letter and length, for typo lookups that do not read every name. */
  surnameBuckets: Map<string, string[]>;
  /** Every role title on record (lower case) and who held it. */
  titles: Map<string, number[]>;
  idByName: Map<string, number>;
  partyById: Map<number, string | null>;
  actorById: Map<number, ActorEntry>;
  /** One-word names of the sides on record (lower case), for typos: "ukranian", "russain". */
  sideWords: Map<string, string>;
  /** The dossier's mediators: their cities where talks were held are venues, not sides. */
  mediators: Set<string>;
  /** The dossier's principal sides, in the dossier's order (the sides at war before a broker among them). */
  principals: readonly string[];
  /** Held rounds dated to the day, oldest first: "the first day of the talks", "the day after the Riyadh talks". */
  roundDays?: RoundDay[];
}

/** A held round of talks on one day. */
export interface RoundDay {
  place: string | null;
  /** YYYY-MM-DD. */
  date: string;
  parties: string[];
}

/**
 * Edit distance counting a swap of two neighbouring letters as one typo ("Riyahd" for "Riyadh"):
 * the optimal string alignment distance.
 */
export function typoDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Typos tolerated in a name or topic word of this length (none below 5 letters). */
export function typoBudget(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/** The gazetteer: capitals and usual venues, as written. */
const GAZETTEER = new Map<string, string>();
for (const c of countryRecords()) for (const cap of c.capital) GAZETTEER.set(cap.replace(/\s+D\.C\.$/, '').toLowerCase(), cap.replace(/\s+D\.C\.$/, ''));
for (const name of Object.keys(EXTRA_PLACES)) GAZETTEER.set(name.toLowerCase(), name);

/** The country a place is in ("Riyadh" → "Saudi Arabia", "Jeddah" → "Saudi Arabia"); a country is in itself. */
export function countryOf(place: string): string | undefined {
  const party = resolveParty(place)?.name;
  if (party) return party;
  // A town or venue of the extractor's gazetteer ("Jeddah", "Ohrid", "Palais Coburg"), where rounds are stored: one lookup, not a scan.
  const at = placeNamed(place);
  return at?.country ? (resolveParty(at.country)?.name ?? at.country) : undefined;
}

/** True when a round's place answers a question's place: the same, or a city within the country asked. */
export function placeMatches(roundPlace: string | null | undefined, asked: string): boolean {
  if (!roundPlace) return false;
  const a = roundPlace.toLowerCase();
  const b = asked.toLowerCase();
  if (a === b) return true;
  const isCountry = (p: string) => listParties().some((x) => x.name.toLowerCase() === p.toLowerCase());
  if (isCountry(asked)) return countryOf(roundPlace) === countryOf(asked);
  if (isCountry(roundPlace)) return countryOf(asked) === countryOf(roundPlace);
  return false;
}

/** A round's parties as stored (a JSON list of names); anything else reads as none. */
function partyList(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The vocabulary, rebuilt only when the knowledge base has new people or rounds (a few cheap
 * max(id) lookups per question): at 10,000 actors a rebuild takes milliseconds, a lookup microseconds.
 */
export function createVocabulary(sql: SqlClient, dossier: LoadedDossier) {
  // The newest item read for the dossier too: it may name someone known so far only from another negotiation.
  // Sides and round places are the dossier's own; people and titles are shared by every negotiation.
  const q = createVocabularyReads(sql);
  let cached: { version: string; vocab: Vocabulary } | undefined;

  const topics: TopicEntry[] = dossier.topics.map((t) => {
    const synonyms = TOPIC_SYNONYMS[t.id] ?? [];
    // A term is the topic itself when its words are the topic's id or label words ("black sea" for
    // "Maritime / Black Sea ceasefire"), or a synonym people use for it; else it names something within.
    const own = new Set(`${t.id} ${t.label}`.toLowerCase().split(/[^\p{L}\p{N}]+/u).flatMap((w) => [w, w.replace(/s$/, '')]));
    const specific = t.terms
      .map((x) => x.toLowerCase())
      .filter((x) => !synonyms.includes(x) && !x.split(/[^\p{L}\p{N}]+/u).filter(Boolean).every((w) => own.has(w) || own.has(w.replace(/s$/, ''))));
    return {
      id: t.id,
      label: t.label,
      phrases: [...new Set([t.id.replace(/-/g, ' '), ...t.terms.map((x) => x.toLowerCase()), ...synonyms])],
      reportPhrases: [...new Set([t.id.replace(/-/g, ' '), ...t.terms.map((x) => x.toLowerCase()), ...synonyms, ...(TOPIC_REPORT_WORDS[t.id] ?? [])])],
      specific,
    };
  });

  async function build(): Promise<Vocabulary> {
    const [actorRows, titleRows, placeRows, sideRows, dayRows] = await Promise.all([q.actors(dossier.id), q.titles(), q.places(dossier.id), q.sides(dossier.id), q.roundDays(dossier.id)]);
    const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
      const list = m.get(k);
      if (!list) m.set(k, [v]);
      else if (!list.includes(v)) list.push(v);
    };
    const byKey = new Map<string, ActorEntry[]>();
    const bySurname = new Map<string, ActorEntry[]>();
    const byFirst = new Map<string, ActorEntry[]>();
    const actors: ActorEntry[] = [];
    for (const r of actorRows) {
      const key = nameKey(r.name);
      const words = key.split(' ');
      const e: ActorEntry = {
        id: r.id,
        name: r.name,
        party: r.party,
        mentions: r.n,
        keys: [...new Set([key, ...(r.keys ? r.keys.split('|') : [])])],
        surname: surnameKey(r.name),
        first: words.length > 1 ? words[0]! : null,
        here: r.here === 1,
      };
      actors.push(e);
      for (const k of e.keys) push(byKey, k, e);
      push(bySurname, e.surname, e);
      if (e.first) push(byFirst, e.first, e);
    }
    const surnameBuckets = new Map<string, string[]>();
    for (const k of bySurname.keys()) push(surnameBuckets, `${k[0]}${k.length}`, k);
    const titles = new Map<string, number[]>();
    for (const r of titleRows) push(titles, r.t, r.actor_id);
    const places = new Map(GAZETTEER);
    const roundPlaces = new Set<string>();
    for (const r of placeRows) {
      places.set(r.place.toLowerCase(), r.place);
      roundPlaces.add(r.place.toLowerCase());
    }
    const sideWords = new Map<string, string>();
    for (const { party } of sideRows) {
      for (const alias of listParties().find((p) => p.name === party)?.aliases ?? []) {
        if (/^[\p{L}]{5,}$/u.test(alias)) sideWords.set(alias.toLowerCase(), party);
      }
    }
    const idByName = new Map(actors.map((a) => [a.name, a.id]));
    const partyById = new Map(actors.map((a) => [a.id, a.party]));
    const actorById = new Map(actors.map((a) => [a.id, a]));
    const roundDays = dayRows.map((r): RoundDay => ({ place: r.place, date: r.date.slice(0, 10), parties: partyList(r.parties) }));
    return { actors, byKey, bySurname, byFirst, places, roundPlaces, topics, surnameBuckets, titles, idByName, partyById, actorById, sideWords, mediators: new Set(dossier.mediators), principals: dossier.principals, roundDays };
  }

  return {
    async get(): Promise<Vocabulary> {
      const v = await q.version(dossier.id);
      if (!cached || cached.version !== v) cached = { version: v, vocab: await build() };
      return cached.vocab;
    },
    /** Does a word occur in any development on record? ("Sumy", "Northwood": places the gazetteer lacks.) */
    async onRecord(word: string): Promise<boolean> {
      const w = word.replace(/[^\p{L}\p{N}-]/gu, '');
      if (w.length < 3) return false;
      return q.onRecord(w);
    },
  };
}

export type VocabularyCache = ReturnType<typeof createVocabulary>;

export interface PersonLink {
  /** The one person meant, when the words pick one. */
  actor?: ActorEntry;
  /** Everyone they may mean, most mentioned first. */
  candidates: ActorEntry[];
  how: 'exact' | 'surname' | 'first-name' | 'fuzzy';
}

const byMentions = (a: ActorEntry, b: ActorEntry) => b.mentions - a.mentions;

/**
 * Links words to a person: an alias or full name, a surname, a first name only when one person
 * has it, or a surname within a typo budget ("Witkof", "Zakarova", "Umierov").
 */
export function linkPerson(words: string, vocab: Vocabulary, opts: { fuzzy: boolean; firstName: boolean }): PersonLink | undefined {
  const key = nameKey(words);
  if (!key) return undefined;
  const pick = (list: ActorEntry[], how: PersonLink['how']): PersonLink => {
    // People of the asked negotiation first: another's "Anton" or "Kalin" only when nobody here has the name.
    const local = list.filter((a) => a.here);
    const sorted = [...(local.length ? local : list)].sort(byMentions);
    // One person clearly meant: the only one, or one mentioned far more than the rest ("Trump" the president).
    const clear = sorted.length === 1 || (sorted[0]!.mentions >= 5 * (sorted[1]?.mentions ?? 0) && sorted[0]!.mentions >= 5);
    return { ...(clear ? { actor: sorted[0]! } : {}), candidates: sorted, how };
  };
  const exact = vocab.byKey.get(key);
  if (exact?.length) return pick(exact, 'exact');
  const parts = key.split(' ');
  const surname = parts[parts.length - 1]!;
  const sameSurname = vocab.bySurname.get(surname) ?? [];
  if (parts.length > 1) {
    const compatible = sameSurname.filter((a) => sameActor(a.name, words) || (a.first !== null && typoDistance(a.first, parts[0]!) <= typoBudget(a.first.length)));
    if (compatible.length) return pick(compatible, 'surname');
  } else if (sameSurname.length) {
    return pick(sameSurname, 'surname');
  }
  if (parts.length === 1 && opts.firstName) {
    const first = vocab.byFirst.get(surname) ?? [];
    const local = first.filter((a) => a.here);
    if (local.length === 1 || (local.length === 0 && first.length === 1)) return pick(local.length ? local : first, 'first-name');
  }
  if (!opts.fuzzy) return undefined;
  const budget = typoBudget(surname.length);
  if (budget === 0) return undefined;
  // The nearest surnames within the budget, of people of the asked negotiation first (a typo of a
  // Russia–Ukraine name is not a Gaza negotiator's name one letter nearer), then of anyone.
  const nearest = (local: boolean): ActorEntry[] => {
    let best: ActorEntry[] = [];
    let bestD = budget + 1;
    // Names of the same first letter and a length within the budget: a typo rarely changes the first letter.
    for (let len = surname.length - budget; len <= surname.length + budget; len++) {
      for (const k of vocab.surnameBuckets.get(`${surname[0]}${len}`) ?? []) {
        // A one-word name seen once ("Plan", from "Trump's Plan") is too thin to be what a slip meant.
        const list = (vocab.bySurname.get(k) ?? []).filter((a) => (!local || a.here) && (a.first !== null || a.mentions > 1));
        if (!list.length) continue;
        const d = typoDistance(k, surname);
        if (d < bestD) {
          bestD = d;
          best = [...list];
        } else if (d === bestD && d <= budget) best.push(...list);
      }
    }
    if (best.length && parts.length > 1) {
      const first = parts[0]!;
      best = best.filter((a) => a.first && typoDistance(a.first, first) <= typoBudget(a.first.length));
    }
    return best;
  };
  const best = nearest(true);
  const found = best.length ? best : nearest(false);
  return found.length ? pick(found, 'fuzzy') : undefined;
}

/** A place within a typo budget of one on record or in the gazetteer ("Riyahd" → "Riyadh"). */
export function linkPlace(words: string, vocab: Vocabulary, fuzzy: boolean): string | undefined {
  const w = words.toLowerCase();
  const exact = vocab.places.get(PLACE_SPELLINGS[w] ?? w);
  if (exact) return exact;
  if (!fuzzy || REAL_WORDS_NOT_SLIPS.has(w)) return undefined;
  const budget = typoBudget(w.length);
  if (budget === 0) return undefined;
  let best: string | undefined;
  let bestD = budget + 1;
  // Round places first: a typo is likelier to mean a venue of the talks than any capital.
  for (const pool of [[...vocab.roundPlaces], [...vocab.places.keys()]]) {
    for (const p of pool) {
      if (Math.abs(p.length - w.length) > budget || p[0] !== w[0]) continue;
      const d = typoDistance(p, w);
      if (d < bestD) {
        bestD = d;
        best = vocab.places.get(p);
      }
    }
    if (best) return best;
  }
  return best;
}
