import { NEWS_ORGS } from '../extract/lexicon.js';
import { BODY_NOUNS } from '../extract/statements.js';
import { countryRecords, findParties, listParties, type Party } from '../parties.js';
import { type DateRefs, isRelativeDate, parseQuestionDates, type QuestionDates } from './dates.js';
import { peelRegister, premiseOf, RECIPIENT_VERBS } from './normalise.js';
import {
  SHORTHANDS,
  GAIN_CUES,
  PLACE_EVENT_WORDS,
  ROLE_OF_WORDS,
  SIDE_ABOUT_WORDS,
  ABOUT_CUES,
  COMMON_WORDS,
  REAL_WORDS_NOT_SLIPS,
  TOPIC_REPORT_WORDS,
  TOPIC_SPOKEN_ABOUT,
  TOPIC_STANCE_BEFORE,
  TITLE_NAME,
  HOST_ADVERBS,
  HOST_VERBS,
  CUE_WORDS,
  ROLE_ABBREVIATIONS,
  ORG_NOUNS,
  ROLE_HEAD_WORDS,
  ROLE_NOUNS,
  COUNTERPART_WORDS,
  DELEGATION_NOUNS,
  INTENT_CUES,
  MEETING_ASKED,
  SIZE_COMPARED,
  type Intent,
  ADDRESS,
  EVENT_PLACE_NOUNS,
  FACILITY_KINDS,
  FACILITY_NOUNS,
  INFINITIVE_VERBS,
  WHETHER_SOMEONE_IS,
  TOPIC_ANCHOR_BEFORE,
  LOWER_CODES,
  NAME_TRANSLITERATIONS,
  PLACE_SPELLINGS,
  PLACE_TRANSLITERATIONS,
  LOWER_US,
  NOT_PLACES,
  NOT_PLACE_ENDINGS,
  PLACE_PREPOSITIONS,
  RUNS_VERBS,
  HEAD_OF_Q,
  VENUE_NOUNS,
  VERB_INTENTS,
} from './lexicon.js';
import { type ActorEntry, linkPerson, linkPlace, placeMatches, typoBudget, typoDistance, type Vocabulary } from './vocabulary.js';

/** A stance or speech cue and up to four words after it (what it is about); compiled once, matchAll copies it per call. */
const ABOUT_RE = new RegExp(String.raw`\b(?:${ABOUT_CUES})\s+(?=((?:[\p{L}'-]+\s*){1,4}))`, 'giu');

/** A side named in a question. */
export interface PartyRef {
  name: string;
  surface: string;
  /** A body named with it ("foreign ministry" in "Russia's foreign ministry"). */
  body?: string;
  /** Named by an institution ("the Kremlin", "the FSB") rather than a country, demonym or capital. */
  institution: boolean;
}

/** What a question was understood to ask: its intent and the slots linked to the knowledge base. */
export interface Reading {
  question: string;
  intent: Intent | 'unknown';
  /** The side asked about (explicit), then the other side ("talks *with* the Russians"). */
  party?: PartyRef;
  counterpart?: PartyRef;
  /** People linked, the one asked about first. */
  persons: ActorEntry[];
  /** Words that could mean several people. */
  ambiguous?: { words: string; candidates: ActorEntry[] };
  /** A name where the question expects one, linked to nobody on record ("Kaja Kallas"). */
  unknownName?: string;
  place?: { name: string; known: boolean };
  dates?: QuestionDates;
  topics: string[];
  /** Role words ("national security adviser"), for "who is the US national security adviser". */
  role?: string;
  /** The organisation of "who runs the FSB". */
  org?: string;
  /** The person a role is relative to: "who is *Trump's* envoy". */
  roleOf?: ActorEntry;
  /** A body named without its side ("what did the General Staff say"): statements whose speaker names it. */
  body?: string;
  /** A side's office holder named by title: "what did *the Ukrainian president* say". */
  partyRole?: { party: string; role: string; institution?: string };
  /** Other people the question is about ("what did Witkoff say about *Putin*"). */
  aboutPersons: ActorEntry[];
  /** Words the question is about that link to nothing: what it asks for must contain them ("new elections"). */
  about: string[];
  /** A yes-or-no question ("was Beseda on the team?", "Umerov was leading it, right?"). */
  yesNo: boolean;
  /**
   * Topic words that name something specific within a topic ("Zaporizhzhia nuclear", "Crimea"),
   * which an answer must mention, rather than the topic itself ("the Black Sea deal").
   */
  specifics: string[];
  /** Words that narrow without being required: an outlet ("CBS"), a place named in passing ("attacks on Odesa"). */
  hints: string[];
  /** Phrases that link to nothing, reported back to the asker. */
  unknown: string[];
  /** The question is about rounds of talks ("who hosted the talks", "where were the talks held"). */
  talks: boolean;
  /** The place asked about was named as a host ("did Turkey host any talks"): only rounds held there answer. */
  hosted?: boolean;
  /** A speech verb the question names, beyond "say": "accuse", "warn" (answers quoting it come first). */
  verb?: string;
  /** The question asks what a side gets from a deal ("what do the Russians get out of it"): the other side's commitments to it count. */
  gains?: boolean;
  /** The side and the counterpart are one subject, joined by "and" ("did the US and Ukraine agree"): what either stated counts. */
  jointly?: boolean;
  /** When or where sides met ("When Russia and US met?"): the rounds between them answer. */
  meeting?: boolean;
  /** Teams compared by size ("which delegation was bigger"): every side's, counted. */
  compareSize?: boolean;
}

interface QToken {
  text: string;
  lower: string;
  /** Without a possessive ending. */
  base: string;
  start: number;
  end: number;
  cap: boolean;
  poss: boolean;
  link?: 'date' | 'party' | 'org' | 'counterpart' | 'place' | 'person' | 'topic' | 'name' | 'about' | 'cue';
  /** A cue word typed with a slip, as meant ('lastest' → 'latest'). */
  fixed?: string;
}

/** Bodies that speak for a side, longest first (shared with statement extraction). */
const BODY_FORMS = BODY_NOUNS.filter((b) => !DELEGATION_NOUNS.test(b) && !ROLE_HEAD_WORDS.has(b))
  .map((b) => b.split(' '))
  .sort((a, b) => b.length - a.length);

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*['’]?/gu;

function tokenize(q: string): QToken[] {
  return [...q.matchAll(TOKEN_RE)].map((m) => {
    const text = m[0];
    const poss = /['’]s$/i.test(text) || /s['’]$/i.test(text);
    const base = text.replace(/['’]s$/i, '').replace(/['’]$/, '');
    return { text, lower: base.toLowerCase(), base, start: m.index, end: m.index + text.length, cap: /^\p{Lu}/u.test(text), poss };
  });
}

const PHRASES = new WeakMap<Vocabulary, { id: string; ph: string; re: RegExp }[]>();

/** Every topic phrase with its word-bounded pattern, longest first; compiled once per vocabulary. */
function topicPhrases(vocab: Vocabulary): { id: string; ph: string; re: RegExp }[] {
  let list = PHRASES.get(vocab);
  if (!list) {
    list = vocab.topics
      .flatMap((tp) => tp.phrases.map((ph) => ({ id: tp.id, ph })))
      .sort((a, b) => b.ph.length - a.ph.length)
      .map(({ id, ph }) => ({ id, ph, re: new RegExp(`(?<![\\p{L}\\p{N}])${ph.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es)?(?![\\p{L}\\p{N}])`, 'giu') }));
    PHRASES.set(vocab, list);
  }
  return list;
}

const SHORTHAND_RE = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?<!\\d )(?:${Object.keys(SHORTHANDS)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}-])`,
  'giu',
);

/** "U.S." reads as "US"; curly quotes and apostrophes as straight ones. */
function normalise(raw: string): string {
  return LOWER_CODES.reduce((x, [re, code]) => x.replace(re, code), raw.replace(ADDRESS, ' ').replace(/ {2,}/g, ' ').trim())
    .replace(new RegExp(`\\b(${Object.keys(ROLE_ABBREVIATIONS).join('|')})\\b`, 'g'), (m) => ROLE_ABBREVIATIONS[m] ?? m)
    .replace(SHORTHAND_RE, (m) => SHORTHANDS[m.toLowerCase().replace(/\s+/g, ' ')] ?? m)
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\bU\.S\.A?\.?(?=\s|$|[,;:?!'’])/g, (m) => (m.startsWith('U.S.A') ? 'USA' : 'US'))
    .replace(/\bU\.K\.?(?=\s|$|[,;:?!'’])/g, 'UK')
    .replace(LOWER_US, (_m, article: string | undefined) => (article ? `${article} US` : 'US'))

    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Sides typed with a slip ("ukranian", "russain") read as meant; "russia-us" as "Russia-US".
 * Only sides on record are tried, so an English word is not taken for a country; nor is a word
 * any report uses ("prussian", "rushing").
 */
function fixSides(q: string, vocab: Vocabulary, onRecord: (word: string) => boolean): string {
  return q
    .replace(/\b([\p{L}]+)-us\b|\bus-([\p{L}]+)/giu, (m, a: string | undefined, b: string | undefined) =>
      findParties(a ?? b ?? '', { caseInsensitive: true }).length ? m.replace(/\bus\b/i, 'US') : m,
    )
    .replace(/[\p{L}]{5,}/gu, (w) => {
      const lower = w.toLowerCase();
      if (COMMON_WORDS.has(lower) || REAL_WORDS_NOT_SLIPS.has(lower) || vocab.sideWords.has(lower) || findParties(w, { caseInsensitive: true }).length) return w;
      const budget = typoBudget(lower.length);
      for (const [alias] of vocab.sideWords) {
        // Looked up only when a correction is at hand: a lookup per word would cost every question.
        if (alias[0] === lower[0] && Math.abs(alias.length - lower.length) <= budget && typoDistance(alias, lower) <= budget) return onRecord(w) ? w : alias;
      }
      return w;
    });
}

const DEMONYMS = new Set(
  countryRecords().flatMap((c) => {
    const d = c.demonyms['eng'];
    return d ? [d.m.toLowerCase(), d.f.toLowerCase(), `${d.m.toLowerCase()}s`] : [];
  }),
);
/** Codes typed in capitals ("RU", "UKR"), except those that are English words in capitals. */
const CAPS_WORDS = new Set(['IT', 'IN', 'AT', 'NO', 'ME', 'MY', 'TO', 'BE', 'AM', 'AS', 'IS', 'OR', 'AN', 'GO', 'SO', 'DO', 'ID', 'OK', 'ON', 'OF', 'HI', 'UP', 'WE', 'HE', 'IF', 'BY', 'CAN', 'AND', 'THE', 'FOR', 'WHO', 'HOW', 'ARE', 'NOT', 'ANY', 'PM', 'MP', 'TV', 'CEO', 'POW', 'POWS', 'FSB']);
const CODES = new Map<string, Party>();
for (const c of countryRecords()) {
  const party = listParties().find((p) => p.code === c.cca3);
  if (!party) continue;
  for (const code of [c.cca2, c.cca3]) if (!CAPS_WORDS.has(code)) CODES.set(code, party);
}

function isInstitution(surface: string, party: Party): boolean {
  const s = surface.toLowerCase().replace(/^the /, '');
  if (s === party.name.toLowerCase() || party.name.toLowerCase().startsWith(s) || DEMONYMS.has(s) || DEMONYMS.has(s.replace(/s$/, ''))) return false;
  if (CODES.get(surface) === party) return false;
  const c = countryRecords().find((x) => x.cca3 === party.code);
  if (c?.capital.some((cap) => cap.toLowerCase().startsWith(s))) return false;
  if (c && [c.name.common, c.name.official, ...c.altSpellings].some((n) => n.toLowerCase() === s)) return false;
  // Overlay forms that name the country or its capital: "America", "Americans", "Kiev", "Britain".
  return !/^(?:america|americans|usa|us|uk|britain|kiev|kiew|moskau|moskva|russians|ukrainians|saudi|saudis|turkey|turkiye|türkiye)$/.test(s);
}

export interface ParseContext {
  vocab: Vocabulary;
  /** Does a word occur in a development on record? */
  onRecord(word: string): boolean;
  refs: DateRefs;
}

/** Words of a title before its head word ("foreign" in "foreign minister"). */
const ROLE_WORDS = new Set(['foreign', 'policy', 'defence', 'defense', 'prime', 'national', 'security', 'deputy', 'special', 'chief', 'vice', 'first', 'top', 'lead', 'presidential', 'kremlin', ...ROLE_HEAD_WORDS]);
/** Verbs saying a thing came up in talks, after the thing: "was the minerals deal *discussed*". */
const PASSIVE_TOPIC_VERBS = new Set(['discussed', 'raised', 'mentioned', 'signed', 'addressed', 'covered', 'tabled', 'negotiated', 'debated']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'has', 'have', 'had', 'ever', 'also', 'even', 'actually']);
const PASSIVE_OPENERS = new Set(['whether', 'if', 'that']);
/** A stance asked before an about-phrase: "what was *proposed about* Kursk", "what did Ukraine *demand on* Kursk", "did Russia *agree anything on* Kursk". */
const STANCE_CUE_BEFORE = /\b(?:propos\w*|offer\w*|demand\w*|agree\w*|refus\w*|reject\w*)\s+(?:(?:anything|something)\s+)?(?:about|on|over|regarding|concerning)\s+$/i;
/** Words after which a name is a clause's subject: "what did *Saudi Arabia* propose", "has *Qatar* offered". */
const SUBJECT_BEFORE = new Set(['what', 'did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'could', 'can']);
/** Words before a question's subject: "*the* pope's statement", "*was* Kellogg in Riyadh", "*did* Kellogg lead". */
const YES_NO_OPENERS = new Set(['the', 'was', 'is', 'were', 'did', 'does', 'has', 'had']);
const ARTICLES = new Set(['the', 'a', 'an', 'any', 'its', 'their', 'his', 'her', 'some', 'more']);
/** Words that end what a question is about: "demand new elections *in* Ukraine". */
const ABOUT_STOP = new Set(['in', 'on', 'at', 'for', 'with', 'to', 'of', 'by', 'from', 'about', 're', 'and', 'or', 'but', 'after', 'before', 'during', 'since', 'the', 'this', 'that', 'these', 'those', 'right', 'yet', 'now', 'then', 'so', 'please']);
const QUESTION_WORDS = new Set(['who', 'whos', 'what', 'whats', 'when', 'where', 'which', 'why', 'how', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'has', 'have', 'had', 'could', 'can', 'will', 'would', 'should', 'tell', 'any', 'and', 'or', 'but', 'so', 'please', 'hey', 'in', 'on', 'at']);

/**
 * Reads a question: dates first (chrono, ranges, "24/3"), then sides (parties, their capitals
 * and institutions), places (rounds' venues, the gazetteer, words on record), topics (the
 * dossier's terms and synonyms), and people (aliases, surnames, typos). What is left and looks
 * like a name is reported. The intent comes from cue words around what was linked.
 */
export function parseQuestion(raw: string, ctx: ParseContext): Reading {
  const q = fixSides(normalise(peelRegister(raw, { rounds: ctx.vocab.roundDays ?? [], refs: ctx.refs })), ctx.vocab, ctx.onRecord);
  const dates = parseQuestionDates(q, ctx.refs);
  const masked = dates ? q.slice(0, dates.start) + ' '.repeat(dates.end - dates.start) + q.slice(dates.end) : q;
  const tokens = tokenize(masked);
  const lowerQ = masked.toLowerCase();
  const reading: Reading = {
    question: q,
    intent: 'unknown',
    persons: [],
    topics: [],
    aboutPersons: [],
    about: [],
    hints: [],
    unknown: [],
    specifics: [],
    talks: /\b(?:talks|rounds?|meetings?|negotiations|summit|consultations)\b/i.test(q),
    yesNo: /^(?:was|is|were|are|did|does|do|has|have|had)\b|\b(?:was it|is it|right|correct|or not|or (?:somebody|someone) else)\W*$|\bwas it\b/i.test(q),
  };
  // "was Medinsky leading the russians this time, like in 2022?": a date compared with is not the one asked about.
  if (dates && !/\b(?:like|as|unlike|than|compared (?:to|with))\s+(?:back\s+)?(?:in\s+)?$/i.test(q.slice(0, dates.start))) reading.dates = dates;
  const { vocab } = ctx;
  const free = (t: QToken | undefined) => t !== undefined && t.link === undefined;
  const prevWord = (i: number) => {
    let k = i - 1;
    while (k >= 0 && tokens[k]!.lower === 'the') k--;
    return tokens[k];
  };
  // The side before a hosting verb ("did Turkey (ever) host"), or after "by" that follows one ("hosted by Turkey").
  const hostedBy = (first: number, last: number) => {
    let k = last + 1;
    while (tokens[k] && HOST_ADVERBS.has(tokens[k]!.lower)) k++;
    return (tokens[k] !== undefined && HOST_VERBS.has(tokens[k]!.lower)) || (tokens[first - 1]?.lower === 'by' && HOST_VERBS.has(tokens[first - 2]?.lower ?? ''));
  };
  const tokenAt = (pos: number) => tokens.findIndex((t) => t.start <= pos && pos < t.end);

  // Sides: parties, their capitals and institutions; codes in capitals ("RU", "UKR").
  const sides: { party: Party; first: number; last: number; surface: string }[] = [];
  for (const m of findParties(masked, { caseInsensitive: true })) {
    const first = tokenAt(m.start);
    const last = tokenAt(m.end - 1);
    if (first >= 0 && last >= 0) sides.push({ party: m.party, first, last, surface: m.surface });
  }
  const upperShare = (q.match(/\p{Lu}/gu) ?? []).length / Math.max(1, (q.match(/\p{L}/gu) ?? []).length);
  tokens.forEach((t, i) => {
    if (sides.some((s) => i >= s.first && i <= s.last)) return;
    const code = upperShare < 0.5 && /^[A-Z]{2,3}$/.test(t.base) ? CODES.get(t.base) : undefined;
    // "kyivs delegation", "russias team": a possessive typed without its apostrophe.
    const bare = !code && /s$/.test(t.lower) && t.lower.length > 4 ? findParties(t.base.slice(0, -1), { caseInsensitive: true })[0] : undefined;
    const party = code ?? (bare && bare.surface.length === t.base.length - 1 ? bare.party : undefined);
    if (party) {
      sides.push({ party, first: i, last: i, surface: t.base });
      if (bare) t.poss = true;
    }
  });
  sides.sort((a, b) => a.first - b.first);
  const named: { ref: PartyRef; kind: 'party' | 'org' | 'counterpart'; owns: boolean; about: boolean }[] = [];
  for (const s of sides) {
    let next = tokens[s.last + 1];
    const prev = prevWord(s.first);
    const span = tokens.slice(s.first, s.last + 1);
    let poss = span[span.length - 1]!.poss;
    const institution = isInstitution(s.surface, s.party);
    const demonym = DEMONYMS.has(s.surface.toLowerCase());
    const asPlace = (): string => {
      const known = vocab.places.get(PLACE_SPELLINGS[s.surface.toLowerCase()] ?? s.surface.toLowerCase());
      if (known) return known;
      if (s.party.name.toLowerCase().startsWith(s.surface.toLowerCase())) return s.party.name;
      const c = countryRecords().find((x) => x.cca3 === s.party.code);
      return c?.capital[0]?.replace(/\s+D\.C\.$/, '') ?? s.party.name;
    };
    // "Russia's foreign ministry", "Ukrainian officials": a body that speaks for the side.
    let body: string | undefined;
    for (const form of BODY_FORMS) {
      const words = tokens.slice(s.last + 1, s.last + 1 + form.length);
      if (words.length === form.length && words.every((t, k) => t.lower === form[k] && t.link === undefined)) {
        body = form.join(' ');
        for (const t of words) {
          t.link = 'party';
          span.push(t);
        }
        next = tokens[s.last + 1 + form.length];
        poss = poss || words[words.length - 1]!.poss;
        break;
      }
    }
    // "Kyiv City Military Administration", "US National Security Council": an organisation named after a side.
    let orgName: string | undefined;
    if (!body && !poss) {
      let k = s.last + 1;
      while (tokens[k]?.cap && tokens[k]!.link === undefined && !tokens[k]!.poss && !ROLE_HEAD_WORDS.has(tokens[k]!.lower) && !DELEGATION_NOUNS.test(tokens[k]!.lower)) k++;
      if (k > s.last + 1 && ORG_NOUNS.test(tokens[k - 1]!.lower)) {
        for (let m = s.last + 1; m < k; m++) span.push(tokens[m]!);
        orgName = q.slice(tokens[s.first]!.start, tokens[k - 1]!.end);
        next = tokens[k];
      }
    }
    // "the Ukrainian president", "Russia's foreign minister": a person named by a side's title.
    if (!orgName && !body && !reading.partyRole) {
      let k = s.last + 1;
      while (tokens[k] && ROLE_WORDS.has(tokens[k]!.lower) && !ROLE_HEAD_WORDS.has(tokens[k]!.lower)) k++;
      if (tokens[k] && ROLE_HEAD_WORDS.has(tokens[k]!.lower) && tokens[k]!.link === undefined) {
        // "US secretary of state": the office the title names is part of it.
        // "the Russian minister of fisheries": so is any office no word of the talks names.
        const office = tokens[k + 2];
        if (tokens[k + 1]?.lower === 'of' && office && office.link === undefined && (ROLE_OF_WORDS.has(office.lower) || !(COMMON_WORDS.has(office.lower) || QUESTION_WORDS.has(office.lower) || ARTICLES.has(office.lower)))) k += 2;
        const words = tokens.slice(s.last + 1, k + 1);
        reading.partyRole = { party: s.party.name, role: words.map((t) => t.lower).join(' '), ...(institution ? { institution: s.surface.replace(/['’]s?$/, '') } : {}) };
        for (const t of words) t.link = 'about';
        for (const t of span) t.link = 'party';
        named.push({ ref: { name: s.party.name, surface: s.surface, institution: false }, kind: 'party', owns: true, about: false });
        continue;
      }
    }
    let kind: QToken['link'];
    // A capital named as a city, not as its country's name or people ("Doha", not "Qatar" or "Qataris").
    const city = !demonym && !institution && s.party.name.toLowerCase() !== s.surface.toLowerCase() && vocab.places.has(s.surface.toLowerCase());
    if (orgName) kind = 'org';
    // "did Turkey host any talks", "were talks hosted by Turkey": a side hosting is the venue asked about.
    else if (!poss && !body && !demonym && !institution && !reading.place && hostedBy(s.first, s.last)) {
      kind = 'place';
      reading.hosted = true;
    }
    // A mediator's city where talks were held ("riyadh 24 march", "the Riyadh delegation") is the venue, not the mediator.
    // "what did Saudi Arabia agree to": after an auxiliary the name is the subject, a side, not a venue.
    else if (!poss && !body && !demonym && vocab.mediators.has(s.party.name) && vocab.roundPlaces.has(s.surface.toLowerCase()) && !reading.place && !SUBJECT_BEFORE.has(prev?.lower ?? '')) kind = 'place';
    else if (poss || body || (next && DELEGATION_NOUNS.test(next.lower))) kind = 'party';
    // "what the US proposed *to Ukraine*": the side a proposal or a word went to, not a place.
    else if (prev?.lower === 'to' && RECIPIENT_VERBS.test(masked.slice(0, prev.start))) kind = 'counterpart';
    else if (!demonym && !institution && prev && PLACE_PREPOSITIONS.has(prev.lower) && !reading.place) kind = 'place';
    // "an attack on kyiv", "strikes against Odesa": the city a strike hit.
    else if (!demonym && !institution && !reading.place && (prev?.lower === 'on' || prev?.lower === 'against') && EVENT_PLACE_NOUNS.test(prevWord(s.first - 1 - (tokens[s.first - 1]?.lower === 'the' ? 1 : 0))?.lower ?? '')) kind = 'place';
    else if (!demonym && next && VENUE_NOUNS.test(next.lower) && (city || vocab.roundPlaces.has(asPlace().toLowerCase()) || vocab.roundPlaces.has(s.surface.toLowerCase())))
      kind = 'place';
    // "KYIV overnight 22-23 Mar": a capital before a word of what happens to a city is the city.
    else if (city && next && PLACE_EVENT_WORDS.has(next.lower) && !reading.place) kind = 'place';
    else if ((prev && COUNTERPART_WORDS.has(prev.lower)) || (prev?.lower === 'and' && named.length > 0 && /\bbetween\s+(?:\S+\s+){1,4}$/i.test(masked.slice(0, prev.start))))
      kind = 'counterpart';
    else kind = institution ? 'org' : 'party';
    for (const t of span) t.link = kind;
    if (kind === 'place') {
      reading.place = { name: asPlace(), known: true };
      continue;
    }
    // "about Ukraine's EU accession": a side owned by one spoken about is spoken about too.
    const ownedAbout = Boolean(prev?.poss) && named[named.length - 1]?.about === true;
    const surface = orgName ?? (body ? `${s.surface}${poss && !/['’]s$/.test(s.surface) ? "'s" : ''} ${body}` : s.surface);
    // A side that owns a team or body ("the US side", "Kyiv's team") is the one asked about.
    const owns = Boolean(poss || body || (next && DELEGATION_NOUNS.test(next.lower)));
    named.push({ ref: { name: s.party.name, surface, institution: institution || Boolean(body), ...(body ? { body } : {}) }, kind: kind as 'party' | 'org' | 'counterpart', owns, about: SIDE_ABOUT_WORDS.has(prev?.lower ?? '') || ownedAbout });
  }
  // "what did Russia say about Ukraine's NATO membership": a side owning what is spoken about is not the speaker.
  const primary =
    named.find((n) => n.kind !== 'counterpart' && n.owns && !n.about) ?? named.find((n) => n.kind !== 'counterpart' && !n.about) ?? named.find((n) => n.kind !== 'counterpart');
  if (primary) reading.party = primary.ref;
  const other = named.find((n) => n !== primary && n.ref.name !== primary?.ref.name);
  if (other) reading.counterpart = other.ref;
  // "did the US and Ukraine agree on X": two sides joined by "and", with nothing but an article between them.
  const spans = [primary, other].map((n) => sides.find((x) => n !== undefined && x.party.name === n.ref.name));
  if (spans[0] && spans[1] && other?.kind !== 'counterpart') {
    const [a, b] = spans[0].first < spans[1].first ? [spans[0], spans[1]] : [spans[1], spans[0]];
    const between = tokens.slice(a.last + 1, b.first).map((t) => t.lower);
    reading.jointly = between.includes('and') && between.every((w) => w === 'and' || w === 'the');
  }

  // Topics: the dossier's terms and the synonyms people type, longest first; a typo in a long word.
  const phrases = topicPhrases(vocab);
  const specificAt: { ph: string; first: number; last: number }[] = [];
  const topicAt = new Map<string, number>();
  for (const { id, ph, re } of phrases) {
    if (!lowerQ.includes(ph.slice(0, 3))) continue;
    for (const m of lowerQ.matchAll(re)) {
      const covered = tokens.filter((t) => t.start >= m.index && t.end <= m.index + m[0].length + 1);
      if (!covered.length || covered.some((t) => t.link !== undefined)) continue;
      for (const t of covered) t.link = 'topic';
      topicAt.set(id, Math.min(topicAt.get(id) ?? m.index, m.index));
      if (!reading.topics.includes(id)) reading.topics.push(id);
      const entry = vocab.topics.find((x) => x.id === id);
      if (entry?.specific.includes(ph) && !reading.specifics.includes(ph)) {
        reading.specifics.push(ph);
        specificAt.push({ ph, first: tokens.indexOf(covered[0]!), last: tokens.indexOf(covered[covered.length - 1]!) });
      }
    }
  }
  // "what did Zelensky say about sanctions after the black sea deal": a topic that only dates the question comes after
  // the one asked about, however long its phrase.
  const anchor = (id: string) => TOPIC_ANCHOR_BEFORE.test(lowerQ.slice(0, topicAt.get(id) ?? 0));
  reading.topics.sort((a, b) => Number(anchor(a)) - Number(anchor(b)));
  // "the Zaporizhzhia nuclear power plant": specific terms side by side name one thing, which an answer
  // must mention whole ("power plants" elsewhere is not it).
  specificAt.sort((a, b) => a.first - b.first);
  for (let k = specificAt.length - 1; k > 0; k--) {
    const [a, b] = [specificAt[k - 1]!, specificAt[k]!];
    if (b.first !== a.last + 1) continue;
    reading.specifics = reading.specifics.filter((x) => x !== a.ph && x !== b.ph);
    a.ph = `${a.ph} ${b.ph}`;
    a.last = b.last;
    reading.specifics.push(a.ph);
    specificAt.splice(k, 1);
  }
  // "Macron on troops", "what did Russia say about troops": a generic word of a topic's reports is the
  // topic when it is what was spoken about; "how many troops does Russia have" is not.
  // "did Russia agree to return Ukrainian children", "kids?": after a stance or a handing-over, or alone, too.
  const content = tokens.filter((t) => !COMMON_WORDS.has(t.lower) && !QUESTION_WORDS.has(t.lower) && !ARTICLES.has(t.lower));
  tokens.forEach((t, i) => {
    if (!free(t)) return;
    if (!TOPIC_SPOKEN_ABOUT.has(prevWord(i)?.lower ?? '') && !TOPIC_STANCE_BEFORE.test(masked.slice(0, t.start)) && !(content.length === 1 && content[0] === t)) return;
    const topic = vocab.topics.find((x) => TOPIC_REPORT_WORDS[x.id]?.includes(t.lower));
    if (!topic) return;
    t.link = 'topic';
    if (!reading.topics.includes(topic.id)) reading.topics.push(topic.id);
  });
  const singleWords = phrases.filter((p) => !p.ph.includes(' ') && p.ph.length >= 6);
  for (const t of tokens) {
    // A word of the reports is no slip: the vocabulary of every report on record, beside the hand-written list.
    if (!free(t) || t.lower.length < 6 || COMMON_WORDS.has(t.lower) || REAL_WORDS_NOT_SLIPS.has(t.lower)) continue;
    const budget = typoBudget(t.lower.length);
    const hit = singleWords.find((p) => Math.abs(p.ph.length - t.lower.length) <= budget && typoDistance(p.ph, t.lower) <= budget);
    if (hit && !ctx.onRecord(t.base)) {
      t.link = 'topic';
      if (!reading.topics.includes(hit.id)) reading.topics.push(hit.id);
    }
  }

  // Places: after "in/at/to" or before "talks/round/meeting": rounds' places, the gazetteer, words on record.
  tokens.forEach((t, i) => {
    if (reading.place || !free(t) || /^\d/.test(t.lower)) return;
    const prev = prevWord(i);
    const after = tokens[i + 1];
    const located = prev && PLACE_PREPOSITIONS.has(prev.lower);
    // "the odesa attack": a place the reports know, before a word for a strike or an offensive; "the Sudzha attack",
    // "the sudzha gas station": a word of the reports before one, or before a facility and the word naming its kind.
    // ("the nuclear plant": a facility's kind is no place.)
    const facility = after && FACILITY_KINDS.has(after.lower) && FACILITY_NOUNS.test(tokens[i + 2]?.lower ?? '') ? tokens[i + 2] : undefined;
    const eventAt =
      after !== undefined &&
      !FACILITY_KINDS.has(t.lower) &&
      (EVENT_PLACE_NOUNS.test(after.lower) || FACILITY_NOUNS.test(after.lower) || facility !== undefined) &&
      (linkPlace(t.base, vocab, false) !== undefined ||
        (t.lower.length >= 4 && !COMMON_WORDS.has(t.lower) && !QUESTION_WORDS.has(t.lower) && !NOT_PLACE_ENDINGS.test(t.lower) && ctx.onRecord(t.base) && !linkPerson(t.base, vocab, { fuzzy: false, firstName: true })));
    const venue = after && (VENUE_NOUNS.test(after.lower) || eventAt);
    // A place talks were held at needs no preposition: "jeddah", "riyadh 24 march"; nor does a known place
    // opening a fragment ("Sumy 24/3 - what happened", "Odesa, night of the 21st?").
    // A word of the reports set off by a dash, a comma or a date counts too, unless it is someone's name.
    const setOff = /^\s*(?:[-–—,:]|\d)/.test(masked.slice(t.end));
    const opensWith =
      i === 0 &&
      !t.poss &&
      !COMMON_WORDS.has(t.lower) &&
      !QUESTION_WORDS.has(t.lower) &&
      (linkPlace(t.base, vocab, false) !== undefined || (setOff && t.lower.length >= 4 && ctx.onRecord(t.base) && !linkPerson(t.base, vocab, { fuzzy: false, firstName: true })));
    if (!located && !venue && (vocab.roundPlaces.has(t.lower) || opensWith) && !t.poss) {
      t.link = 'place';
      reading.place = { name: vocab.places.get(t.lower) ?? t.base, known: true };
      return;
    }
    if (!located && !venue) return;
    if (NOT_PLACES.test(masked.slice(t.start)) || COMMON_WORDS.has(t.lower)) return;
    // "did russia agree to stop strikes": after "agree to", "refuse to", a verb, not a place.
    if (prev?.lower === 'to' && tokens[i - 1] === prev && INFINITIVE_VERBS.has(tokens[i - 2]?.lower ?? '') && !t.cap) return;
    // "to Tucker Carlson": a person, not a place.
    const asPerson = linkPerson(free(after) && after ? `${t.base} ${after.base}` : t.base, vocab, { fuzzy: false, firstName: false });
    if (asPerson?.actor || (asPerson && !linkPlace(t.base, vocab, false))) return;
    const two = free(after) && after && !VENUE_NOUNS.test(after.lower) && !COMMON_WORDS.has(after.lower) ? `${t.base} ${after.base}` : undefined;
    const fuzzyPlace = linkPlace(t.base, vocab, true);
    const known = (two && linkPlace(two, vocab, false)) || (fuzzyPlace && (fuzzyPlace === linkPlace(t.base, vocab, false) || !ctx.onRecord(t.base)) ? fuzzyPlace : undefined);
    if (known) {
      t.link = 'place';
      if (two && known.toLowerCase() === two.toLowerCase()) after!.link = 'place';
      reading.place = { name: known, known: true };
      return;
    }
    // A word after "in"/"at" that is no common word is a place, known or not ("in Krasnodar", "in Geneva").
    // Lower case, only right after "in"/"at" ("in krasnodar"): "in the room" names no place.
    // (A question's first word has no word before it: "Northwood mtg - what happened" read undefined here.)
    // ("in parts of Kyiv", "in terms of": a lower-case word before "of" heads a noun phrase, no place.)
    const bare = prev !== undefined && tokens[i - 1] === prev && (prev.lower === 'in' || prev.lower === 'at') && tokens[i + 1]?.lower !== 'of';
    if (located && (t.cap || (bare && !QUESTION_WORDS.has(t.lower)))) {
      t.link = 'place';
      // "at Sudja": a place the reports spell another way ("Sudzha"), found by the usual transliterations.
      const spelled = ctx.onRecord(t.base) ? t.base : PLACE_TRANSLITERATIONS.map(([re, to]) => t.base.toLowerCase().replace(re, to)).find((w) => w !== t.lower && ctx.onRecord(w)) ?? t.base;
      const name = spelled.charAt(0).toUpperCase() + spelled.slice(1);
      const known = ctx.onRecord(spelled);
      reading.place = { name, known };
      if (!known) reading.unknown.push(name);
    } else if (venue && (t.cap || eventAt)) {
      // Lower case, a word before "talks" is a place only when the gazetteer knows it (above): "who hosted talks" names none.
      t.link = 'place';
      reading.place = { name: t.base.charAt(0).toUpperCase() + t.base.slice(1), known: ctx.onRecord(t.base) };
    }
  });

  // People: windows of up to three words that are no common word; exact, surname, first name, typo.
  const nameable = (t: QToken | undefined, i: number) =>
    t !== undefined && free(t) && !/^\d/.test(t.lower) && (!COMMON_WORDS.has(t.lower) || (t.cap && i > 0 && !QUESTION_WORDS.has(t.lower)));
  const personAt = new Map<number, number>();
  // Words of a name nobody on record bears ("Kaja Kallas"): no typo of one of them is someone else's name.
  const ofUnknownName = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 3; n >= 1; n--) {
      const win = tokens.slice(i, i + n);
      if (win.length < n || !win.every((t, k) => nameable(t, i + k))) continue;
      if (n > 1 && win.slice(0, -1).some((t) => t.poss)) continue;
      const words = win.map((t) => t.base).join(' ');
      const fuzzy = win[win.length - 1]!.lower.length >= 5 && !win.some((_, k) => ofUnknownName.has(i + k) || REAL_WORDS_NOT_SLIPS.has(win[k]!.lower));
      const firstName = n === 1 && win[0]!.lower.length >= 4;
      // A slip is read as a name only when the word is no word of the reports: "Witkof" and "Umierov" are
      // typos, "killed", "power" and "trust" are words (not Kiper, Pavel or Trump).
      const link =
        linkPerson(words, vocab, { fuzzy: false, firstName }) ??
        (fuzzy && !ctx.onRecord(win[win.length - 1]!.base) ? linkPerson(words, vocab, { fuzzy: true, firstName }) : undefined) ??
        transliterated(win, vocab, ctx);
      if (!link) {
        // Capitalised, or two words the reports never use ("who is hakan fidan"): a name, not a slip.
        if (n === 2 && win.every((t) => t.cap || !ctx.onRecord(t.base))) for (let k = 0; k < n; k++) ofUnknownName.add(i + k);
        continue;
      }
      for (const t of win) t.link = 'person';
      if (link.actor) {
        if (!reading.persons.some((p) => p.id === link.actor!.id)) reading.persons.push(link.actor);
        if (!personAt.has(link.actor.id)) personAt.set(link.actor.id, i);
      } else if (!reading.ambiguous) reading.ambiguous = { words, candidates: link.candidates };
      i += n - 1;
      break;
    }
  }

  // A body named without its side: "the General Staff", "the foreign ministry".
  for (const form of BODY_FORMS) {
    const at = tokens.findIndex((_, k) => form.every((w, m) => tokens[k + m]?.lower === w && free(tokens[k + m])));
    if (at < 0 || !/^(?:the|a|an)$/.test(tokens[at - 1]?.lower ?? 'the')) continue;
    for (let m = 0; m < form.length; m++) tokens[at + m]!.link = 'about';
    reading.body = form.join(' ');
    break;
  }

  // Cue words typed with one slip: "lastest", "agred", "wht", "rol".
  for (const t of tokens) {
    if (!free(t) || t.cap || t.lower.length < 3 || COMMON_WORDS.has(t.lower) || QUESTION_WORDS.has(t.lower) || /^\d/.test(t.lower)) continue;
    const fix = CUE_WORDS.find((w) => w[0] === t.lower[0] && Math.abs(w.length - t.lower.length) <= 1 && typoDistance(w, t.lower) === 1);
    if (fix && !ctx.onRecord(t.base)) {
      t.link = 'cue';
      t.fixed = fix;
    }
  }

  // Names linked to nobody: runs of capitalised words, or the words where a name is expected.
  const expected = nameSlot(masked);
  const runs: { text: string; first: number; last: number }[] = [];
  tokens.forEach((t, i) => {
    const candidate =
      free(t) &&
      !/^\d/.test(t.lower) &&
      // The first word is capitalised as any sentence's is: a name there only when it owns something ("Modi's statement")
      // ("Sybiha comments") or when the reports never use it as a word.
      ((t.cap && !QUESTION_WORDS.has(t.lower) && !COMMON_WORDS.has(t.lower) && !ROLE_HEAD_WORDS.has(t.lower) && (i > 0 || t.poss || (t.lower.length >= 4 && !ctx.onRecord(t.base)))) ||
        (expected && t.start >= expected.start && t.end <= expected.end && !COMMON_WORDS.has(t.lower) && !QUESTION_WORDS.has(t.lower) && !ROLE_HEAD_WORDS.has(t.lower)));
    if (!candidate) return;
    const last = runs[runs.length - 1];
    if (last && last.last === i - 1) {
      last.text += ` ${t.base}`;
      last.last = i;
    } else runs.push({ text: t.base, first: i, last: i });
  });
  // "Secretary General Mark Rutte", "UN Secretary-General António Guterres": the title's second word is no part of the name.
  for (const r of runs) {
    if (tokens[r.first]!.lower === 'general' && tokens[r.first - 1]?.lower === 'secretary' && r.last > r.first) {
      tokens[r.first]!.link = 'about';
      r.first += 1;
      r.text = r.text.split(' ').slice(1).join(' ');
    }
  }
  // "the Council of Europe", "the Court of Arbitration": a capitalised word and "of" before a name are part of it.
  for (const r of runs) {
    const head = tokens[r.first - 2];
    if (tokens[r.first - 1]?.lower === 'of' && head?.cap && head.link === undefined && r.first - 2 > 0 && !QUESTION_WORDS.has(head.lower)) {
      r.text = `${head.base} of ${r.text}`;
      r.first -= 2;
    }
  }
  for (const r of runs) {
    const inSlot = expected && tokens[r.first]!.start >= expected.start && tokens[r.last]!.start < expected.end;
    // An outlet ("CBS"), a known place or words found in the record ("Odesa", "Affairs") are text to search, not unknown names.
    const words = r.text.split(' ');
    const known =
      NEWS_ORGS.has(r.text.toLowerCase()) ||
      (!inSlot && (linkPlace(r.text, vocab, false) !== undefined || words.every((w) => ctx.onRecord(w))));
    for (let k = r.first; k <= r.last; k++) tokens[k]!.link = known ? 'about' : 'name';
    if (known) {
      reading.hints.push(r.text);
      continue;
    }
    // "the pope": a title named with its article keeps it ("Nothing on record about the Pope").
    const article = inSlot && tokens[r.first - 1]?.lower === 'the' ? 'the ' : '';
    const titled =
      article +
      r.text
        .split(' ')
        .map((w) => (w === 'of' ? w : w.charAt(0).toUpperCase() + w.slice(1)))
        .join(' ');
    // "Modi's statement on the talks": a name owning what is asked for is its subject, as in the name slot.
    // "US envoy Kellogg": a name after a title is whom it is asked about.
    const before = tokens[r.first - 1]?.lower ?? '';
    const titledBy =
      ROLE_HEAD_WORDS.has(before) || (ROLE_OF_WORDS.has(before) && tokens[r.first - 2]?.lower === 'of') || (before === 'general' && tokens[r.first - 2]?.lower === 'secretary');
    // "Sybiha comments": a name the question opens with is its subject.
    // "Was Kellogg in the Riyadh delegation?", "did Kellogg lead the US team": so is one a yes-no question opens with.
    const opens = r.first === 0 || (r.first === 1 && YES_NO_OPENERS.has(tokens[0]!.lower));
    if ((inSlot || tokens[r.last]!.poss || titledBy || opens) && !reading.unknownName && reading.persons.length === 0) reading.unknownName = titled;
    // "what's happening with the Arctic Council": a name after a preposition of subject is what the answer must be about.
    // "when was the Treaty of Versailles signed": any other name the record lacks is what the answer must be about.
    else if (!inSlot) reading.about.push(titled);
    reading.unknown.push(titled);
  }

  for (const t of tokens) {
    if (free(t) && NEWS_ORGS.has(t.lower)) {
      t.link = 'about';
      reading.hints.push(t.base);
    }
  }

  // Other words of the question found in the record ("after the sumy strike"): they narrow without being required.
  for (const t of tokens) {
    if (free(t) && t.lower.length >= 4 && !COMMON_WORDS.has(t.lower) && !QUESTION_WORDS.has(t.lower) && !CUE_WORDS.includes(t.lower) && !ROLE_WORDS.has(t.lower) && ctx.onRecord(t.base)) {
      t.link = 'about';
      reading.hints.push(t.base);
    }
  }

  // What a stance or speech is about, when no link covers it: "did Moscow demand *new elections*".
  for (const m of masked.matchAll(ABOUT_RE)) {
    const start = m.index + m[0].length;
    const covered = tokens.filter((t) => t.start >= start && t.end <= start + m[1]!.length);
    const words: QToken[] = [];
    let lead = 0;
    for (const [k, t] of covered.entries()) {
      // "the US-Ukraine minerals deal", "Ukraine's EU accession": sides qualifying the thing asked about come before it.
      const sideWord = t.link === 'party' || t.link === 'counterpart';
      const qualifies = sideWord && covered.slice(k + 1).some((u) => u.link === undefined && !ABOUT_STOP.has(u.lower) && !QUESTION_WORDS.has(u.lower));
      if (words.length === 0 && (qualifies || ARTICLES.has(t.lower))) {
        lead++;
        continue;
      }
      // "frozen Russian assets": a side's adjective inside the phrase is part of it.
      // ("return Ukrainian children": a side read as the other party is an adjective here too.)
      const inside = words.length > 0 && sideWord && !t.poss && covered[k + 1]?.link === undefined && !ABOUT_STOP.has(covered[k + 1]?.lower ?? 'in') && !QUESTION_WORDS.has(covered[k + 1]?.lower ?? 'in');
      if (inside) {
        words.push(t);
        continue;
      }
      // Words of the reports ("nuclear") join a phrase that also holds a word they never use ("plant").
      // A name linked to nobody after "about" is what is asked about ("what did Peskov say about the World Cup").
      if (t.link !== undefined && t.link !== 'about' && !(t.link === 'name' && t.base !== reading.unknownName)) break;
      if (ABOUT_STOP.has(t.lower) || QUESTION_WORDS.has(t.lower)) break;
      words.push(t);
    }
    // A phrase running straight into a linked word qualifies it ("about new Russian proposals"); "elections in Ukraine" is a phrase.
    const after = covered[lead + words.length];
    const linkedNext = after !== undefined && after.link !== undefined && after.link !== 'about' && after.link !== 'name';
    if (!words.length || linkedNext) continue;
    // "what was proposed about Kursk": a name the reports use, after a stance, is what the stance must be about
    // (said back if nothing is), not a hint to rank by.
    const known = words.every((t) => COMMON_WORDS.has(t.lower) || t.link === 'about');
    if (known) {
      // "did russia agree anything on kursk": typed in lower case, a word of the reports after a stance is still what it is about.
      const name = words.filter((t) => !COMMON_WORDS.has(t.lower));
      if (name.length && STANCE_CUE_BEFORE.test(masked.slice(0, m.index + m[0].length)) && !reading.about.includes(name.map((t) => t.base).join(' '))) reading.about.push(name.map((t) => t.base).join(' '));
      continue;
    }
    // "Ukraine's EU accession": the side after the owner is part of the thing ("EU accession"), not its owner.
    const owner = covered.slice(0, lead).findLastIndex((t) => t.poss);
    const named = owner >= 0 ? covered.slice(owner + 1, lead).filter((t) => t.link === 'party') : [];
    const phrase = [...named, ...words].map((t) => t.base).join(' ');
    for (const t of words) if (t.link !== 'party' && t.link !== 'counterpart') t.link = 'about';
    if (reading.about.some((a) => a.toLowerCase() === phrase.toLowerCase())) continue;
    reading.about.push(phrase);
    reading.unknown.push(phrase);
  }

  // What is said to have been discussed, before the verb: "whether *elections* in Ukraine were discussed",
  // "has a *minerals agreement* been signed".
  const passive = tokens.findIndex((t) => PASSIVE_TOPIC_VERBS.has(t.lower));
  if (passive > 0) {
    let k = passive - 1;
    while (k >= 0 && PASSIVE_AUX.has(tokens[k]!.lower)) k--;
    // "elections in Ukraine were discussed": a place or side after a preposition qualifies the phrase.
    let tail = k;
    while (tail >= 0 && tokens[tail]!.link !== undefined && tokens[tail]!.link !== 'about') tail--;
    if (tail < k && tail >= 0 && ABOUT_STOP.has(tokens[tail]!.lower)) k = tail - 1;
    const words: QToken[] = [];
    while (k >= 0 && (tokens[k]!.link === undefined || tokens[k]!.link === 'about') && !ABOUT_STOP.has(tokens[k]!.lower) && !QUESTION_WORDS.has(tokens[k]!.lower) && !ARTICLES.has(tokens[k]!.lower) && !PASSIVE_OPENERS.has(tokens[k]!.lower)) {
      words.unshift(tokens[k]!);
      k--;
    }
    const phrase = words.map((t) => t.base).join(' ');
    if (words.length && words.length <= 4 && words.some((t) => t.link === undefined && !COMMON_WORDS.has(t.lower)) && !reading.about.some((a) => a.toLowerCase() === phrase.toLowerCase())) {
      for (const t of words) t.link = 'about';
      reading.about.push(phrase);
      reading.unknown.push(phrase);
    }
  }

  function isAfter(p: ActorEntry, re: RegExp): boolean {
    const t = tokens[personAt.get(p.id) ?? -1];
    return t ? re.test(masked.slice(0, t.start)) : false;
  }

  // Role words: "who's the US national security adviser", "who runs the FSB", "what is X's role".
  const bare = q.replace(/[?.!]+$/, '');
  // "who is the head of the FSB" is "who runs the FSB"; "the head of the Russian delegation" is who-leads.
  const headOf = HEAD_OF_Q.exec(bare);
  const runs2 = RUNS_VERBS.exec(bare) ?? (headOf && !tokens.some((t) => DELEGATION_NOUNS.test(t.lower)) ? headOf : null);
  if (runs2) {
    reading.org = runs2[1]!.trim();
    reading.role = `head of ${reading.org}`;
  }
  const roleMatch = /^(?:who|whos)(?:'s| is| was)? (?:the |a |an )?(.+?)[?.!]*$/i.exec(q);
  if (roleMatch && !reading.org && reading.persons.length === 0 && !reading.unknownName) {
    const words = tokens.filter((t) => t.start >= q.indexOf(roleMatch[1]!) && (t.link === undefined || t.link === 'name') && !QUESTION_WORDS.has(t.lower) && t.lower !== 'the');
    // "the mayor of Kyiv": the title without the preposition its place hung on.
    const titleWords = words.map((t) => t.base);
    while (titleWords.length > 1 && ['of', 'in', 'at', 'for'].includes(titleWords[titleWords.length - 1]!.toLowerCase())) titleWords.pop();
    if (titleWords.length) reading.role = titleWords.join(' ');
  }

  // "NSA name, US side": a title whose holder's name is asked for.
  const titleName = !reading.role && !reading.persons.length && !reading.unknownName ? TITLE_NAME.exec(bare) : null;
  if (titleName) reading.role = titleName[1]!.toLowerCase().replace(/^(?:the|a|an) /, '');
  // "who was Russia's envoy at the Riyadh talks": the title named with the side, not the words after it.
  if (reading.partyRole && !reading.persons.length) reading.role = reading.partyRole.role;

  // "who is Trump's envoy": a role relative to a person, not the person.
  // "who's Trump's envoy to Russia": the role ends at its head word; what follows qualifies it.
  const relative = /^(?:who|whos)(?:'s| is| was)\s+(?:the\s+)?(\S+?)['’]s?\s+((?:\w+\s+){0,5}\w+?)\s*[?.!]*$/i.exec(q);
  const roleWords = relative?.[2]?.split(/\s+/) ?? [];
  const headAt = roleWords.findLastIndex((w) => ROLE_HEAD_WORDS.has(w.toLowerCase().replace(/s$/, '')));
  const ownerIsPerson = relative && reading.persons.length >= 1 && linkPerson(relative[1]!, vocab, { fuzzy: false, firstName: false })?.actor?.id === reading.persons[0]!.id;
  if (relative && ownerIsPerson && headAt >= 0 && headAt >= roleWords.length - 4) {
    reading.roleOf = reading.persons[0]!;
    reading.role = roleWords.slice(0, headAt + 1).join(' ');
    reading.persons = [];
  }
  // "who was Zelensky's military adviser in the Riyadh delegation?", "Zelensky's military adviser … - name?": the title
  // comes first after the owner and what follows qualifies it.
  else if (!reading.roleOf && reading.persons.length >= 1) {
    const lead = /^(?:(?:who|whos)(?:'s| is| was)\s+)?(?:the\s+)?(\S+?)['’]s\s+((?:[\w-]+\s+){0,3}?)([\w-]+)\s+(?:in|on|at|for|during|with|from|of)\b/i.exec(q);
    const asksWho = /^(?:who|whos)\b/i.test(q) || /\b(?:name|who)\W*$/i.test(q);
    const head = lead?.[3]?.toLowerCase().replace(/s$/, '');
    const words = `${lead?.[2] ?? ''}${lead?.[3] ?? ''}`.trim();
    if (lead && asksWho && head && ROLE_HEAD_WORDS.has(head) && !ROLE_NOUNS.test(words) && linkPerson(lead[1]!, vocab, { fuzzy: false, firstName: false })?.actor?.id === reading.persons[0]!.id) {
      reading.roleOf = reading.persons[0]!;
      reading.role = words.toLowerCase();
      reading.persons = [];
    }
  }

  const roundPlace = reading.place !== undefined && [...vocab.roundPlaces].some((p) => placeMatches(p, reading.place!.name));
  reading.intent = classify(masked, tokens, reading, roundPlace);
  if (reading.intent === 'who-was-in' && SIZE_COMPARED.test(q)) reading.compareSize = true;
  // "what was Saudi Arabia's role": what a mediator or host did is the talks it hosted, read as its place.
  // (A side's part in something named, "turkish role in black sea", stays the side's.)
  if (reading.intent === 'happened' && reading.party && !reading.counterpart && !reading.place && !reading.dates && !reading.topics.length && !reading.party.institution && vocab.mediators.has(reading.party.name)) {
    reading.place = { name: reading.party.name, known: true };
    delete reading.party;
  }
  if (reading.intent === 'happened' && MEETING_ASKED.some((re) => re.test(skeleton(masked, tokens)))) reading.meeting = true;
  // "talks between Washington and Moscow": two sides meeting, neither owning the question; the side the dossier
  // names first (a side at war before a broker) is the one asked about, whichever is typed first.
  const [p1, p2] = [reading.party, reading.counterpart];
  const rank = (name: string) => (vocab.principals.includes(name) ? vocab.principals.indexOf(name) : vocab.principals.length);
  if ((reading.intent === 'next' || reading.meeting) && p1 && p2 && rank(p2.name) < rank(p1.name)) {
    reading.party = p2;
    reading.counterpart = p1;
  }
  if (GAIN_CUES.test(masked)) reading.gains = true;
  const verb = /\b(accus|blam|warn|deni|deny|criticis|criticiz|condemn|threat|promis|claim|announc|urg|call(?:ed)? on)\w*/i.exec(masked);
  if (verb) reading.verb = verb[1]!.toLowerCase();
  // No cue and words that link to nothing ("what's the weather in Kyiv"): say so rather than guess.
  // "Is Putin a vegetarian?": whether someone is a thing no report calls anyone is not who they are.
  const whether = reading.intent === 'who-is' && WHETHER_SOMEONE_IS.test(q);
  if (!cueFound(masked, tokens, reading) || whether) {
    const free3 = tokens.filter((t) => free(t) && t.lower.length >= 3 && !/^\d/.test(t.lower) && !COMMON_WORDS.has(t.lower) && !QUESTION_WORDS.has(t.lower));
    // "Witkoff is billionaire or diplomat?": one thing the reports call people is enough to say who they are.
    const left = whether && free3.some((t) => ctx.onRecord(t.base)) ? [] : free3;
    // "what did Zelensky eat for breakfast": a person named with words that ask nothing Parley reads is no "who is".
    if (left.length && (reading.intent !== 'who-is' || !/^(?:who|whos)\b/i.test(q))) {
      reading.unknown.push(left.map((t) => t.base).join(' '));
      reading.intent = 'unknown';
    }
  }
  // People in a prepositional phrase ("about Putin", "between President Trump and President Putin")
  // are what the question is about; the subject is a person or side named outside one.
  const governed = /\b(?:about|on|regarding|concerning|of|with|w|to|and|between|during|against|versus|vs|alongside|opposite|for|from)\s+(?:(?:the|president|prime|minister|defence|defense|foreign|secretary|envoy|senator|mr|mrs|ms|dr|[\p{Lu}][\p{L}.'-]*)\s+){0,4}$/iu;
  if (reading.intent !== 'who-leads' && reading.intent !== 'who-was-in') {
  const subjects = reading.persons.filter((p) => !isAfter(p, governed));
  if (subjects.length < reading.persons.length && (subjects.length > 0 || reading.party)) {
    reading.aboutPersons = reading.persons.filter((p) => !subjects.includes(p));
    reading.persons = subjects;
  } else if (reading.persons.length > 1) {
    const [first, ...rest] = reading.persons;
    reading.persons = [first!];
    reading.aboutPersons = rest;
  }
  }
  // "what did Lavrov say about Syria": a person speaks, and the side after "about" is what they spoke of.
  const aboutSide = named.find((n) => n.about && n.ref.name === reading.party?.name);
  if (aboutSide && reading.persons.length && ['said', 'agreed', 'proposed', 'demanded', 'refused'].includes(reading.intent) && !reading.about.includes(aboutSide.ref.name)) {
    reading.about.push(aboutSide.ref.name);
  }
  // A name where a name was expected is the subject, not an unknown aside.
  if (reading.unknownName) reading.unknown = reading.unknown.filter((u) => u !== reading.unknownName);
  if (reading.role && reading.intent !== 'role') delete reading.role;
  // "Given that Washington met both sides in the Saudi capital, who headed the American delegation on 23 March":
  // the premise is no part of what is asked, but its place, dates and side fill what the question leaves open.
  const premise = premiseOf(raw);
  if (premise) {
    const p = parseQuestion(premise, ctx);
    if (!reading.place && p.place?.known) reading.place = p.place;
    if (!reading.dates && p.dates) reading.dates = p.dates;
    if (!reading.party && !reading.persons.length && !reading.unknownName && p.party) reading.party = p.party;
    // "… was announced on 25 March, what conditions did the Kremlin attach to it?": what "it" stands for.
    if (!reading.topics.length && p.topics.length && /\b(?:it|this|that|them|there)\W*$|\b(?:to|on|about|of|for) (?:it|this|that|them)\b/i.test(q)) reading.topics = p.topics;
  }
  return reading;
}

/** Where a question expects a name: "who is X", "what did X say", "X's role", "X who". */
function nameSlot(q: string): { start: number; end: number } | undefined {
  const patterns = [
    /^(?:who(?:'s| is| was| are)|whos)\s+(?!the\b|a\b|an\b|in\b|on\b|at\b|part\b|charge\b|who\b|\w+ing\b)(.+?)\s*(?:\band\b.*)?[?.!]*$/i,
    // "what did the pope say": the title is the name slot (a side or body named so is linked before).
    /\b(?:did|does|has|have|had|do)\s+(?:the\s+)?(.+?)\s+(?:say|said|tell|told|claim|announce|demand|want|propose|offer|refuse|reject|agree|accept|ask)\b/i,
    /^(?:what(?:'s| is| was)?\s+)?(.+?)(?:'s|s)?\s+(?:role|job|title|position|function)\b/i,
    // "What said OSCE about the talks?": the verb before its subject, as some write English; the name runs to a preposition.
    /^(?:what|which)\s+(?:said|says|proposed|proposes|offered|offers|demanded|demands|wanted|wants|agreed|refused|rejected)\s+(?:the\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)(?=\s+(?:about|on|over|regarding|concerning|after|before|in|at|during|to|with|for)\b|\s*[?.!]*$)/iu,
    /^(?:what\s+)?(.+?)\s+(?:said|says)\b/i,
    /^(.+?)\s+who\??$/i,
  ];
  for (const re of patterns) {
    const m = re.exec(q);
    if (m?.[1]) {
      const start = m.index + m[0].indexOf(m[1]);
      return { start, end: start + m[1].length };
    }
  }
  return undefined;
}

/** Did any cue word, rather than the slots alone, give the intent? */
function cueFound(q: string, tokens: QToken[], r: Reading): boolean {
  const sk = skeleton(q, tokens);
  // "who will win the world cup": a bare "who" is a cue only when it asks about someone named.
  const named = r.persons.length > 0 || r.unknownName !== undefined || r.ambiguous !== undefined;
  return (
    INTENT_CUES.some((c) => (c.intent !== 'who-is' || named) && c.cues.some((re) => re.test(sk))) ||
    VERB_INTENTS.some((v) => v.verbs.test(sk) || v.nouns?.test(sk)) ||
    r.intent === 'help'
  );
}

/**
 * A name as German or Polish copy spells it ("Selenskyj", "Sacharowa", "Umjerow"), linked after
 * rewriting it the English way: only words the reports never use, exactly or within the typo budget.
 */
function transliterated(win: QToken[], vocab: Vocabulary, ctx: ParseContext): ReturnType<typeof linkPerson> {
  const last = win[win.length - 1]!;
  if (last.lower.length < 5 || ctx.onRecord(last.base)) return undefined;
  const english = win.map((t) => NAME_TRANSLITERATIONS.reduce((w, [re, to]) => w.replace(re, to), t.lower)).join(' ');
  if (english === win.map((t) => t.lower).join(' ')) return undefined;
  return linkPerson(english, vocab, { fuzzy: false, firstName: false }) ?? linkPerson(english, vocab, { fuzzy: true, firstName: false });
}

/** The skeleton a cue is matched on: linked words become their kind. */
function skeleton(q: string, tokens: QToken[]): string {
  let out = '';
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.fixed) {
      out += `${q.slice(at, t.start)}${t.fixed}`;
      at = t.end;
      continue;
    }
    const kind = t.link === 'party' || t.link === 'counterpart' ? 'party' : t.link === 'name' ? 'person' : t.link;
    if (!kind || kind === 'about') continue;
    let j = i;
    while (tokens[j + 1] && tokens[j + 1]!.link === t.link) j++;
    out += `${q.slice(at, t.start)}x${kind}${tokens[j]!.poss ? "'s" : ''}`;
    at = tokens[j]!.end;
    i = j;
  }
  return (out + q.slice(at)).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The question without its closing "?", "." or "!" (by characters: no regex to prove linear). */
function withoutEndPunctuation(q: string): string {
  let end = q.length;
  while (end > 0 && '?.!'.includes(q[end - 1]!)) end--;
  return q.slice(0, end);
}

function classify(q: string, tokens: QToken[], r: Reading, roundPlace = false): Intent | 'unknown' {
  const sk = skeleton(q, tokens);
  const hit = (intent: Intent) => INTENT_CUES.find((c) => c.intent === intent)!.cues.some((re) => re.test(sk));
  if (hit('help') && !r.persons.length && !r.party) return 'help';
  if (hit('next')) return 'next';
  // "was there any news on 1 March 2025", "any developments on March 25": news of one calendar day is what
  // happened that day, not the newest on record ("the latest, for a briefing tomorrow" stays the latest).
  if (hit('latest')) return r.dates && r.dates.from === r.dates.to && !isRelativeDate(r.dates) ? 'happened' : 'latest';
  // "who is Pavlo Palisa and what was his function on the delegation": a person first.
  if (r.roleOf) return 'role';
  if (/^(?:who|whos)(?:'s| is| was)? xperson\b/.test(sk)) return 'who-is';
  // "is Umerov the defense minister or the foreign minister?": a choice of titles asks the person's role.
  // ("Was Karasin or Beseda the head of the Russian team", "… part of the Russian team or just an adviser": a team's.)
  if (r.persons.length && /^(?:is|was) xperson (?:a|an|the)\b.*\bor\b/.test(sk) && !tokens.some((t) => DELEGATION_NOUNS.test(t.lower)) && sk.split(/\W+/).some((w) => ROLE_HEAD_WORDS.has(w))) return 'role';
  // "is Simonyan part of the russian government?", "is petr pavel the czech president?": whether someone is
  // something, with no team, talks or venue of talks in it, is who they are, not a membership question.
  const teamless = r.persons.length > 0 && /^(?:is|was|were) xperson\b/.test(sk) && !tokens.some((t) => DELEGATION_NOUNS.test(t.lower)) && !r.talks && !roundPlace;
  // "what is Dmitriev's role in the talks": a person's role, wherever the talks come in.
  if ((r.persons.length || r.unknownName) && ROLE_NOUNS.test(sk)) return 'role';
  // "who is the head of the Kyiv City Military Administration": an organisation's head, not a delegation's.
  // ("who leads Russia", "who is the head of Ukraine" stay who-leads: the organisation is a side.)
  const orgIsSide = r.org !== undefined && r.party !== undefined && r.org.toLowerCase().replace(/^the /, '') === r.party.surface.toLowerCase().replace(/^the /, '');
  if (r.org && !orgIsSide && HEAD_OF_Q.test(withoutEndPunctuation(r.question)) && !tokens.some((t) => DELEGATION_NOUNS.test(t.lower))) return 'role';
  // "Turkey's role in the Black Sea": a side's part in something is what it did, not a post it holds.
  // "what was Saudi Arabia's role?", "what role did Turkey play": a country's part, asked alone, too.
  if (r.party && !r.persons.length && !r.unknownName && !r.partyRole && !r.org && !r.role && ROLE_NOUNS.test(sk) && (r.topics.length || r.place || r.dates || !r.party.institution)) return 'happened';
  // "ZELENSKY numbers sun 23/3 - drones/bombs/missiles": a person's figures are what they said.
  if (r.persons.length && /\b(?:numbers|figures|tally)\b/.test(sk)) return 'said';
  if (hit('who-leads')) return 'who-leads';
  if (hit('who-was-in') && !teamless) return 'who-was-in';
  if (teamless) return 'who-is';
  if (hit('role') && (r.persons.length || r.unknownName || r.role || r.org || ROLE_NOUNS.test(sk))) return 'role';
  if (hit('who-is') && (r.persons.length || r.unknownName || r.ambiguous)) return 'who-is';
  // The first speech or stance word decides: "what did X *say* about the agreement", "what *conditions* has
  // the Kremlin attached to the arrangement announced…". A noun after "about" is a topic, not the intent.
  let best: { intent: Intent; at: number } | undefined;
  // "WH statements 25/3 - what did they sign up to re ships": a question after a dash is the question; the words
  // before it only set its scene.
  const dash = /\s[-–—:]\s+(?=(?:what|who|which|did|does|do|has|have|was|were|is)\b)/.exec(sk);
  const asked = dash ? sk.slice(dash.index + dash[0].length) : '';
  if (dash && VERB_INTENTS.some((v) => v.verbs.test(asked))) {
    const first = VERB_INTENTS.map((v) => ({ intent: v.intent, at: v.verbs.exec(asked)?.index ?? Number.POSITIVE_INFINITY })).sort((a, b) => a.at - b.at)[0]!;
    return first.intent;
  }
  for (const v of VERB_INTENTS) {
    const verb = v.verbs.exec(sk);
    if (verb && (!best || verb.index < best.at)) best = { intent: v.intent, at: verb.index };
    const noun = v.nouns?.exec(sk);
    if (noun && !/\b(?:about|regarding|on|concerning|of|to|the|a|an)\s+$/.test(sk.slice(0, noun.index)) && (!best || noun.index < best.at)) {
      best = { intent: v.intent, at: noun.index };
    }
  }
  if (best && !(hit('happened') && best.at > (/\bwhat (?:has |had )?(?:happened|happend|took place)/.exec(sk)?.index ?? Number.POSITIVE_INFINITY))) return best.intent;
  if (hit('happened')) return 'happened';
  if (hit('who-is') && (r.persons.length || r.unknownName || r.ambiguous)) return 'who-is';
  // No cue: read the question from what it names. "Lavrov: sanctions", "Zelensky ceasefire": a person on a topic is what they said on it.
  if ((r.persons.length || r.partyRole) && (r.topics.length || r.about.length) && !r.dates && !r.place) return 'said';
  if (r.persons.length || r.unknownName) return 'who-is';
  // "what's the name of Russia's foreign minister": a side's title asks who holds it.
  if (r.partyRole && !r.persons.length && !r.dates && !r.place) return 'role';
  // "Russian negs in Riyadh", "Ukraine delegation 23/3": a side's team named alone asks who was on it.
  if (r.party && !r.topics.length && tokens.some((t) => DELEGATION_NOUNS.test(t.lower))) return 'who-was-in';
  // Words the reports use, and nothing else ("what about northwood"): what happened there.
  if (r.dates || r.place || r.topics.length || r.hints.length) return 'happened';
  // "the russian foreign minister?": a title alone asks who holds it.
  if (r.partyRole) return 'role';
  if (r.party) return 'latest';
  return 'unknown';
}
