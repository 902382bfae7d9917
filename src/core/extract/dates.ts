// English only: the package root loads every locale (~12 MB more resident memory).
import type { ParsedComponents } from 'chrono-node';
import * as chrono from 'chrono-node/en';
import type { DatePrecision, ResolvedDate } from './types.js';
import { execAll } from './regex.js';

export type Tense = 'past' | 'future' | 'unknown';

export interface DateSpan extends ResolvedDate {
  start: number;
  end: number;
  /** The tense that decided it, for the round's held/scheduled status. */
  tense: Tense;
}

/** Most dates read in one sentence, and the longest stretch chrono is given at once. */
export const MAX_DATES = 12;
const WINDOW_MAX = 160;
/** Characters chrono reads per sentence at most: a real sentence's few date phrases fit many times over. */
const CHRONO_MAX = 600;

/** Cheap gate: chrono costs ~0.1 ms a sentence, most sentences have no date. */
const DATE_CUE_G =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|month|year|(?:19|20)\d\d)\b/g;
const DATE_CUE =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|week|month|year|weekend|ago|(?:19|20)\d\d)\b|\bthe \d{1,2}(?:st|nd|rd|th)\b|\d(?:er)?\s+(?:de\s+)?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\b/;

/** A future cue; "is coming to Washington on Monday": a journey in the present progressive is one arranged ahead. */
const FUTURE_RE =
  /\b(?:will|shall|won['’]t|is due|are due|due to|is set to|are set to|set for|is expected|are expected|expected to|scheduled|planned|plans to|to be held|upcoming|next|tomorrow|is to|are to|is also to|are also to|slated|would (?:also )?be|would (?:meet|hold|travel|take place|begin|start|resume|continue|reconvene|convene|sit down|be held|arrive|lead|head|fly|visit|go)|is going to|are going to|intends to|aims to|(?:is|are)\s+(?:coming|travelling|traveling|flying|heading)\s+to)\b|['’]ll\b/i;

const PAST_RE =
  /\b(?:was|were|had|did|met|said|told|took|held|began|led|spoke|came|went|sent|saw|wrote|gave|made|flew|ended|last|earlier|ago|yesterday|hosted|attended|agreed|announced|signed|accused|arrived|visited|described|concluded|resumed|headed|launched|killed|struck|rejected|refused|confirmed|reported|claimed|added|called|declined|dismissed|insisted|stressed|warned|\p{L}{3,}ed)\b/iu;

const SKIP_ED = /\b(?:expected|scheduled|planned|slated|proposed|needed|intended|based|aimed|related|united|detailed|limited|alleged|so-called)\b/gi;

/**
 * A capitalised "-ed" word inside the sentence is part of a name or title ("the General Staff of the
 * Armed Forces", "the United Nations"), not a past verb.
 */
const TITLE_ED = /(?<=\p{L},? )\p{Lu}\p{Ll}{2,}ed\b/gu;

/** Tense of a stretch of text, from its auxiliaries and verbs. */
export function tenseOf(text: string): Tense {
  if (FUTURE_RE.test(text)) return 'future';
  if (PAST_RE.test(text.replace(SKIP_ED, '').replace(TITLE_ED, ''))) return 'past';
  return 'unknown';
}

const FUTURE_G = new RegExp(FUTURE_RE.source, 'giu');
/** Past cues without the catch-all "-ed", which also matches adjectives ("armed", "guided"). */
const STRONG_PAST_G = new RegExp(PAST_RE.source.replace(/\|\\p\{L\}\{3,\}ed/, ''), 'giu');
const STRONG_PAST = new RegExp(STRONG_PAST_G.source, 'iu');
const WEAK_PAST_G = /\b\p{L}{3,}ed\b/giu;
/** "a delegation led by A": a participle qualifying a noun says nothing of when the clause happens. */
const PARTICIPLE_BY = /\b(?:led|headed|chaired|accompanied|joined|represented|followed|hosted|brokered|backed|mediated)\s+by\b/gi;

/** "will be held", "would be held", "is also to be hosted", "is due to be held": the participle after a future "be" is no past verb. */
const FUTURE_PASSIVE = /\b((?:will|shall|won['’]t|would|(?:is|are)\s+(?:also\s+)?to|(?:due|set|expected|scheduled|slated|planned|going)\s+to)\s+(?:not\s+|also\s+)?be)\s+\p{L}+/giu;

/** Where the last match of a global pattern starts, or -1. An exec loop, not matchAll (which copies the pattern per call); the patterns passed never match empty. */
function lastIndex(re: RegExp, text: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
  re.lastIndex = 0;
  return at;
}

/**
 * Tense of the verb nearest before a date phrase: in "met A on Sunday and are due to hold talks on
 * Monday" Sunday is governed by "met" and Monday by "are due to", so the nearest cue wins rather
 * than any future auxiliary anywhere in the sentence.
 */
export function tenseBefore(left: string): Tense {
  // Same-length blanking keeps the cue positions comparable between the two readings.
  const blank = (m: string) => ' '.repeat(m.length);
  // "which will be held on Tuesday": a participle after "will be" is the future's, not a past verb.
  const text = left.replace(PARTICIPLE_BY, blank).replace(FUTURE_PASSIVE, (m, aux: string) => aux + blank(m.slice(aux.length)));
  const noSkip = text.replace(SKIP_ED, blank);
  const fut = lastIndex(FUTURE_G, text);
  const past = lastIndex(STRONG_PAST_G, noSkip);
  if (fut >= 0 || past >= 0) return fut > past ? 'future' : 'past';
  return lastIndex(WEAK_PAST_G, noSkip) >= 0 ? 'past' : 'unknown';
}

/**
 * Tense of the talks word ending at `end` in a clause: the nearest verb up to and including the
 * talks word ("are due to meet", "were holding talks"), else the first one after it ("The
 * consultations, which lasted 12 hours, were…"), rather than any cue anywhere in the clause.
 */
export function tenseAround(clause: string, end: number): Tense {
  const before = tenseBefore(clause.slice(0, end));
  if (before !== 'unknown') return before;
  const right = clause.slice(end);
  const fut = FUTURE_RE.exec(right);
  const past = STRONG_PAST.exec(right.replace(SKIP_ED, (m) => ' '.repeat(m.length)));
  if (fut || past) return fut && (!past || fut.index < past.index) ? 'future' : 'past';
  return 'unknown';
}

const DAY_MS = 86_400_000;

/** "March 18, " → "March 18": a loop, since an end-anchored regex is retried at every offset. */
function trimTrailingPunctuation(s: string): string {
  let e = s.length;
  while (e > 0 && /[\s,;:.]/.test(s[e - 1]!)) e--;
  return s.slice(0, e);
}

function iso(y: number, m: number, d: number): string {
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}

function utcMidnight(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

function weekdayDate(pub: Date, weekday: number, dir: 'past' | 'future', from?: number): string {
  const base = from ?? utcMidnight(pub);
  const cur = new Date(base).getUTCDay();
  let delta: number;
  if (dir === 'past') delta = -((cur - weekday + 7) % 7);
  else delta = (weekday - cur + 7) % 7 || 7;
  return new Date(base + delta * DAY_MS).toISOString().slice(0, 10);
}

function mondayOf(ms: number): number {
  const dow = new Date(ms).getUTCDay();
  return ms - ((dow + 6) % 7) * DAY_MS;
}

/** The clause around a span: tense is read there first, then in the whole sentence. */
function clauseAround(sentence: string, start: number, end: number): string {
  const left = sentence.slice(0, start);
  const right = sentence.slice(end);
  const lb = Math.max(left.lastIndexOf(', '), left.lastIndexOf(' — '), left.lastIndexOf('; '), left.lastIndexOf(' – '));
  const rbMatch = /, | — | – |; /.exec(right);
  const rb = rbMatch ? rbMatch.index : right.length;
  return sentence.slice(Math.max(lb, 0), end + rb);
}

const MONTH_ONLY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** "would have been led": a past that did not happen, whatever preposition sits before the date. */
const COUNTERFACTUAL = /\b(?:would|could|might|should)\s+have\s+(?:been|\p{L}+ed)\b/iu;

/** Not the noun: "signed a set of agreements on Thursday" looks back. */
const PROPOSAL_RE = /\b(?:proposed|offered|suggested|invited|called for|agreed to hold|agreed to meet|set(?!\s+of\b)|deadline|ultimatum)\b/i;

function decideTense(sentence: string, start: number, end: number, phrase: string): Tense {
  if (/^(?:last|past|previous)\b/i.test(phrase)) return 'past';
  if (/^(?:next|coming)\b/i.test(phrase)) return 'future';
  // "the first time since July": "since" only ever looks back, whatever the clause's verb.
  if (/^since\b/i.test(phrase) || /\bsince\s+$/i.test(sentence.slice(Math.max(0, start - 8), start))) return 'past';
  // "By Monday the Europeans had circulated…": a past perfect after "by" reports what was done by then.
  if (/\bby\s+$/i.test(sentence.slice(Math.max(0, start - 4), start)) && /^[\s,]*(?:[\p{L}’'-]+\s+){0,4}?had\s+(?:already\s+)?\p{L}+/u.test(sentence.slice(end)))
    return 'past';
  // Deadlines and start dates look forward: "respond by Thursday", "a ceasefire from Monday". Not a
  // day's possessive ("much from Wednesday's meeting") or a bare month ("a far cry from February"),
  // which name a past occasion as often as a start; nor a counterfactual ("Until Friday it would
  // have been led by A"), which looks back.
  if (
    // "until Thanksgiving, Thursday,": a named day may stand in apposition before the weekday.
    /\b(?:by|from|until|till|starting|beginning|as of)\s+(?:\p{Lu}\p{L}+,\s+)?$/iu.test(sentence.slice(Math.max(0, start - 28), start)) &&
    !/^['’]s\b/.test(sentence.slice(end)) &&
    (/\d|day\b/i.test(phrase) || !MONTH_ONLY.test(phrase)) &&
    !COUNTERFACTUAL.test(sentence)
  )
    return 'future';
  const clause = clauseAround(sentence, start, end);
  const purposeAt = lastIndex(PURPOSE_OCCASION, clause.slice(0, Math.max(0, clause.indexOf(phrase))));
  if (purposeAt >= 0 && !/\b(?:was|were|is|are|will|would|had|has|have)\b/i.test(clause.slice(purposeAt, clause.indexOf(phrase)))) {
    const rest = clause.slice(purposeAt, clause.indexOf(phrase)).replace(/^\S+\s+/, '');
    if (tenseBefore(rest) === 'unknown') return 'unknown';
  }
  // What was proposed or set as a deadline lies ahead of the proposal: "proposed talks on Thursday".
  const prop = PROPOSAL_RE.exec(clause);
  if (prop && clause.indexOf(phrase) > prop.index) return 'future';
  if (/\bdeadline\b/i.test(clause)) return 'future';
  // The verb governing a date usually precedes it: "said after a call on Thursday that they
  // would meet" is past, whatever follows.
  const at = clause.indexOf(phrase);
  const left = at >= 0 ? tenseBefore(clause.slice(0, at)) : 'unknown';
  if (left !== 'unknown') return left;
  const t = tenseOf(clause.replace(phrase, ''));
  if (t !== 'unknown') return t;
  // The sentence around the phrase, within reach of its verb: bounded, so each date costs a constant.
  const near = sentence.slice(Math.max(0, start - 240), Math.min(sentence.length, end + 240));
  return tenseOf(near.replace(phrase, ''));
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const PART_OF_MONTH_RE =
  /\b(early|mid|late|the end of|the start of|the beginning of|the middle of)[\s-]+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+((?:19|20)\d\d))?\b/g;
const YEAR_RE = /\b(?:in|since|during|throughout|of|by)\s+((?:19|20)\d\d)\b/g;
/** A year used attributively: "the 2022 grain deal", "the 2014 Minsk accords". */
const ATTR_YEAR_RE = /\bthe\s+((?:19|20)\d\d)\s+(?=[\p{L}])/gu;
/** Chrono leaves "morning of March 23" uncertain; the words themselves say day and month. */
const MONTH_DAY_RE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})(?!\d)|\b(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** "spring 2022": the season is no precision the type has, the year is. */
const SEASON_YEAR_RE = /\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?((?:19|20)\d\d)\b/gi;
/** "by the end of the month", "before the end of the year": the month or year of publication. */
const PART_OF_REL_RE = /\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the|this)\s+(month|year)\b/gi;
const REL_YEAR_RE = /\b(?:(?:early|late|earlier|later)\s+)?(last|this|next)\s+year\b/gi;
/** A day, a month and a four-digit year joined by dots: "07.10.2025". */
const DOTTED_DATE_RE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.]\d)/g;
/**
 * A day written in Spanish or French inside English copy ("since 26 de noviembre de 2022", "el 21 de
 * noviembre", "le 3 mars 2023"): day first, the month's name, an optional year. Data: FOREIGN_MONTHS.
 */
const FOREIGN_DAY_RE =
  /\b(\d{1,2})(?:er|º|°)?\s+(?:de\s+)?(enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?:,?\s+(?:de\s+|del\s+)?((?:19|20)\d\d))?(?![\p{L}])/giu;
/** Each foreign month name (accents dropped) and its number. */
const FOREIGN_MONTHS: Record<string, number> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
};
/** "Jan. 23", "Sept. 4-5": an abbreviated month with its period, which chrono reads as the month alone. */
const ABBR_MONTH_DAY_RE = /\b(Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s+(\d{1,2})(?!\d)(?:\s*[-–]\s*\d{1,2}(?!\d))?(?:,?\s+((?:19|20)\d\d))?/g;
/** "on the 23rd": a day of the month with no month named, the publication's month or the one next to it. */
const ORDINAL_DAY_RE = /\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g;
/**
 * "May 11, 2024 - Two days of talks…": a dash between a dateline's date and the text after it is a
 * separator, which chrono would read as an offset ("May 11 minus two days"); masked to a stop, same length.
 */
const DAY_RANGE_DASH = /(?<=\b\d{1,2}\s?)–(?=\s?\d{1,2}\b)/g;
const SEPARATOR_DASH = /\s[-–—]\s(?=\p{L})/gu;
const ABBR_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const WEEK_RE = /\b(earlier|later)\s+this\s+week\b|\b(last|this|next)\s+week\b/gi;
/** "a week ago", "three days ago": counted back from the publication day, to the day. */
const AGO_RE = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+ago\b/gi;
/** "a week later", "two days later": counted from the day named before it (findDates). */
const LATER_RE = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+later\b/gi;
const COUNT_WORD: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/**
 * "the delegation for the talks with Ukraine in Istanbul on Thursday": a date after an occasion
 * named as a purpose ("for", "to", "ahead of" the talks), with no verb between, is that occasion's,
 * not the tense of the verb before it ("Putin has approved the delegation …").
 */
const PURPOSE_OCCASION = /\b(?:for|to|ahead\s+of|before)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|new\s+)?(?:[\p{L}-]+\s+){0,3}?(?:talks|negotiations|meeting|summit|round|consultations)\b/giu;

function yearFor(pub: Date, month: number, day: number | null, tense: Tense): number {
  const y = pub.getUTCFullYear();
  const pubKey = pub.getUTCMonth() + 1 + (day === null ? 0 : pub.getUTCDate() / 100);
  const key = month + (day === null ? 0 : day / 100);
  if (tense === 'past') return key <= pubKey ? y : y - 1;
  if (tense === 'future') return key >= pubKey ? y : y + 1;
  // Unknown tense: the nearest occurrence.
  const diff = key - pubKey;
  if (diff > 6) return y - 1;
  if (diff < -6) return y + 1;
  return y;
}

/**
 * Year of an explicit month-day written without one ("March 18"): the occurrence nearest the
 * publication, leaning past. Reporting mostly looks back, and a wrong tense reading must not throw
 * "the March 18 call" a year ahead: anything later than two days after publication needs a future
 * verb (or lies within a fortnight), and even then only up to about two months ahead unless no
 * recent past occurrence exists.
 */
function yearForDay(pub: Date, month: number, day: number, tense: Tense, pastVerb: boolean): number {
  const now = utcMidnight(pub);
  const y = pub.getUTCFullYear();
  const diff = (yy: number) => (Date.UTC(yy, month - 1, day) - now) / DAY_MS;
  // Latest occurrence on or before publication + 2 days, and the first one after that.
  const pastYear = diff(y + 1) <= 2 ? y + 1 : diff(y) <= 2 ? y : y - 1;
  const futureYear = pastYear + 1;
  // A day a fortnight ahead, not one nearly a year back: copy gives the year of a day that long ago
  // ("the inauguration on January 20", written on 11 January, whatever verb the clause has further
  // off). Not where a past verb governs the day itself ("the two sides met on April 2").
  if (tense !== 'future') return diff(futureYear) <= 14 && !pastVerb ? futureYear : pastYear;
  if (diff(futureYear) <= 62) return futureYear;
  return diff(pastYear) >= -62 ? pastYear : futureYear;
}

/**
 * chrono reading only the shapes most windows hold (a weekday, "13 March", "March 13"): its own
 * parsers for them (and for a month alone, which can outdo a short day-month: "1 March of") and all
 * of its refiners. Used where OTHER_PARSERS_CUE finds nothing for the
 * other parsers outside those phrases, so they would have read nothing and the results are chrono's.
 */
const COMMON_SHAPE_PARSERS = new Set(['ENWeekdayParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser']);
const COMMON_SHAPES = chrono.casual.clone();
COMMON_SHAPES.parsers = COMMON_SHAPES.parsers.filter((p) => COMMON_SHAPE_PARSERS.has(p.constructor.name));
/**
 * The phrases COMMON_SHAPES is for, blanked before OTHER_PARSERS_CUE looks at the rest of a window;
 * not a day-first one after "at" or "from", nor a month-first one before "a", "am" or "p.m." (a time's),
 * nor either with four spaces or more on that side (the bounds keep the pattern linear).
 */
const COMMON_SHAPE_G =
  /(?<!\w)(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?<!(?:[Aa][Tt]|[Ff][Rr][Oo][Mm])\s{1,3})(?<!\s{4})\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?!\s{0,3}[ap]\.?m?\.?(?!\w))(?!\s{4}))(?!\w)/g;
/**
 * Anything the rest of chrono's parsers could start from (a superset, to be safe): a digit, a month
 * or weekday word, a casual day or time word, an ordinal word, a time unit, or a one-letter unit
 * after a number word or a modifier ("a d", "lasts").
 */
const OTHER_PARSERS_CUE =
  /\d|(?<!\w)(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(?:mon|tues|wednes|thurs|fri|satur|sun)day|sun|mon|tues?|wed|thurs?|thu|fri|sat|weekend|weekday|now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night|morning|afternoon|evening|midnight|midday|noon|(?:twenty|thirty)(?:[ -]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|secs?|seconds|mins?|minutes?|hrs?|hours?|days?|weeks?|mos?|months?|qtrs?|quarters?|yrs?|years?|decades?)(?!\w)|(?<!\w)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?|few|several|the|half|couple|of|this|last|past|next|after)\s{0,3}[smhdwy](?!\w)/i;

/** What findDates reads of a chrono result's components (only ever those chrono is certain of). */
type DateComponents = Pick<ParsedComponents, 'isCertain' | 'get'>;
type Component = Parameters<ParsedComponents['get']>[0];

/** Components known outright: a weekday, or a day and a month. */
class KnownComponents implements DateComponents {
  constructor(private readonly known: Partial<Record<Component, number>>) {}
  isCertain(c: Component): boolean {
    return this.known[c] !== undefined;
  }
  get(c: Component): number | null {
    return this.known[c] ?? null;
  }
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Letters chrono's weekday parser starts from, anywhere (it reads "onMon" too): one, the phrase's, or none. */
const WEEKDAY_BITS_G = /sun|mon|tue|wed|thu|fri|sat/gi;
/** chrono's weekday phrase reaches back over "on" and a comma or bracket opening it. */
const WEEKDAY_LEAD = /(?<!\w)(?:[,(（]\s*)?(?:on\s*)?$/i;
const WEEKDAY_LEAD_ALL = /^(?:[,(（]\s*)?(?:on\s*)?$/i;
/** What chrono's month-alone phrase may take after the month ("March, ", "March of "). */
const MONTH_TAIL = /^\s*(?:,|-|of)?\s*/i;
/** A modifier before or after the weekday ("last Monday", "Monday of next week"): left to chrono. */
/** "last Saturday", "this past Saturday", "previous Saturday": a weekday of a week gone by, never today. */
const LAST_WEEKDAY = /\b(?:last|past|previous)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const WEEKDAY_MODIFIER_BEFORE = /(?:this|last|past|next)\s*$/i;
const WEEKDAY_MODIFIER_AFTER = /^[\s,)）]*(?:of\s*)?(?:this|last|past|next)/i;
const WEEKDAY_CLOSE = /^\s*[,)）](?!\w)/;
/** A capitalised zone abbreviation after a date, which chrono's refiner may fold in: left to chrono. */
const ZONE_AFTER = /^\s*(?:,\s*)?\(?[A-Z]{2,4}\)?(?!\w)/;
const DAY_MONTH = /^(\d{1,2}) (\p{L}+)$|^(\p{L}+) (\d{1,2})$/u;

/**
 * chrono's result for a window whose only date phrase is one of COMMON_SHAPE_G's and which holds
 * nothing else any of its parsers could start from (the caller has checked OTHER_PARSERS_CUE):
 * the span its weekday, day-month or month-day parser takes and the components it is certain of,
 * without running it. Null where a detail is not settled here (a modifier, a day past the 28th,
 * "am"/"pm" after, a zone after); chrono reads those.
 */
/** A window whose only date phrases are COMMON_SHAPE_G's: nothing else any chrono parser could start from. */
export function isCommonWindow(text: string): boolean {
  return !OTHER_PARSERS_CUE.test(text.replace(COMMON_SHAPE_G, ' '));
}

/** Exported for the test that holds it to chrono's own reading on common windows (tests/extract/common-shape.test.ts). */
export function readCommonShape(text: string): { index: number; text: string; start: DateComponents; end: null }[] | null {
  COMMON_SHAPE_G.lastIndex = 0;
  const m = COMMON_SHAPE_G.exec(text);
  if (!m || COMMON_SHAPE_G.exec(text)) {
    COMMON_SHAPE_G.lastIndex = 0;
    return null;
  }
  const phrase = m[0];
  const weekday = WEEKDAYS.indexOf(phrase.toLowerCase());
  if ((text.match(WEEKDAY_BITS_G)?.length ?? 0) !== (weekday >= 0 ? 1 : 0)) return null;
  const pre = text.slice(0, m.index);
  let start = m.index;
  let end = m.index + phrase.length;
  let known: Partial<Record<Component, number>>;
  if (weekday >= 0) {
    if (WEEKDAY_MODIFIER_BEFORE.test(pre) || WEEKDAY_MODIFIER_AFTER.test(text.slice(end))) return null;
    start = WEEKDAY_LEAD.exec(pre)!.index;
    // chrono's phrase opens after one non-word character, taken first even at the window's start
    // ("(Monday" is read as "Monday").
    if (start === 0 && pre && /\W/.test(pre[0]!) && WEEKDAY_LEAD_ALL.test(pre.slice(1))) start = 1;
    end += WEEKDAY_CLOSE.exec(text.slice(end))?.[0].length ?? 0;
    known = { weekday };
  } else {
    const dm = DAY_MONTH.exec(phrase)!;
    const day = Number(dm[1] ?? dm[4]);
    if (day < 1 || day > 28) return null;
    known = { day, month: MONTHS.indexOf((dm[2] ?? dm[3])!.toLowerCase()) + 1 };
    if (dm[1]) {
      // Day first: chrono's phrase takes an "on" before it (up to three spaces between); its
      // month-alone reading, if longer, would win ("1 March   ,"): left to chrono.
      const on = /(?<!\w)on\s{0,3}$/i.exec(pre);
      if (on) start = on.index;
      if (dm[2]!.length + MONTH_TAIL.exec(text.slice(end))![0].length >= end - start) return null;
    } else {
      // Month first: chrono's phrase ends after the spaces that follow the day, but one, unless a
      // non-word character follows them; and it is no date before "am"/"pm".
      // Nor where chrono's refiner would make the month alone the end of a month ("end of May 13").
      const after = text.slice(end);
      if (/^\s*(?:am|pm)/i.test(after) || /of\s+(?:the\s+)?$/i.test(pre)) return null;
      const ws = /^\s*/.exec(after)![0].length;
      if (ws > 0) end += ws < after.length && /\w/.test(after[ws]!) ? ws - 1 : ws;
    }
  }
  if (ZONE_AFTER.test(text.slice(end))) return null;
  return [{ index: start, text: text.slice(start, end), start: new KnownComponents(known), end: null }];
}

/** A past verb right before a date, which governs it: "met on April 2", "was signed on April 2". */
function pastVerbJustBefore(sentence: string, start: number): boolean {
  return STRONG_PAST.test(sentence.slice(Math.max(0, start - 16), start).replace(SKIP_ED, (m) => ' '.repeat(m.length)));
}

export interface DateContext {
  published: Date;
  /**
   * False when `published` is a guess: only dates that carry their own year are resolved, since
   * weekdays, "last month" or a yearless "March 18" would be placed against a wrong reference.
   */
  certain?: boolean;
}

/**
 * Dates in one sentence, resolved against the publication time. Bare weekdays and yearless
 * dates are placed by the sentence's tense (chrono would take the nearest), "followed by …
 * on Monday" counts forward from the date before it.
 */
export function findDates(sentence: string, ctx: DateContext): DateSpan[] {
  if (!DATE_CUE.test(sentence)) return [];
  const pub = ctx.published;
  const certain = ctx.certain !== false;
  const out: DateSpan[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  // Literal gates: a pattern that needs a digit or a word the sentence lacks cannot match, so most
  // sentences skip most of the scans below (each pattern's matches are unchanged where it runs).
  const digit = /\d/.test(sentence);
  const lowered = sentence.toLowerCase();
  const hasYear = lowered.includes('year');
  const hasMonth = lowered.includes('month');
  const hasWeek = lowered.includes('week');
  const push = (d: DateSpan) => {
    if (overlaps(d.start, d.end)) return;
    taken.push([d.start, d.end]);
    out.push(d);
  };

  for (const m of execAll(PART_OF_MONTH_RE, sentence)) {
    if (!certain && !m[3]) continue;
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    const tense = decideTense(sentence, m.index, m.index + m[0].length, m[0]);
    const year = m[3] ? Number(m[3]) : yearFor(pub, month, null, tense);
    push({
      date: iso(year, month, 1),
      precision: 'month',
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      tense,
    });
  }
  for (const m of certain && (hasMonth || hasYear) ? execAll(PART_OF_REL_RE, sentence) : []) {
    const year = m[1]!.toLowerCase() === 'year';
    push({
      date: iso(pub.getUTCFullYear(), year ? 1 : pub.getUTCMonth() + 1, 1),
      precision: year ? 'year' : 'month',
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      tense: 'unknown',
    });
  }
  // "07.10.2025", "15.12.2025, 10:00 Uhr": dots between the numbers are the European order, day
  // first (a US date is written with slashes), whatever chrono would guess.
  for (const m of digit ? execAll(DOTTED_DATE_RE, sentence) : []) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = Number(m[3]);
    const d = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || month > 12 || d.getUTCDate() !== day) continue;
    const end = m.index + m[0].length;
    push({ date: iso(year, month, day), precision: 'day', text: m[0], start: m.index, end, tense: decideTense(sentence, m.index, end, m[0]) });
  }
  for (const m of digit ? execAll(FOREIGN_DAY_RE, sentence) : []) {
    if (!certain && !m[3]) continue;
    const month = FOREIGN_MONTHS[m[2]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')];
    const day = Number(m[1]);
    if (!month || new Date(Date.UTC(2024, month - 1, day)).getUTCDate() !== day) continue;
    const end = m.index + m[0].length;
    const tense = decideTense(sentence, m.index, end, m[0]);
    push({ date: iso(m[3] ? Number(m[3]) : yearForDay(pub, month, day, tense, pastVerbJustBefore(sentence, m.index)), month, day), precision: 'day', text: m[0], start: m.index, end, tense });
  }
  for (const m of digit ? execAll(ABBR_MONTH_DAY_RE, sentence) : []) {
    if (!certain && !m[3]) continue;
    const month = ABBR_MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    const end = m.index + m[0].length;
    const tense = decideTense(sentence, m.index, end, m[0]);
    push({ date: iso(m[3] ? Number(m[3]) : yearForDay(pub, month, day, tense, pastVerbJustBefore(sentence, m.index)), month, day), precision: 'day', text: m[0], start: m.index, end, tense });
  }
  for (const m of certain && digit ? execAll(ORDINAL_DAY_RE, sentence) : []) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const start = m.index + m[0].indexOf('the');
    const end = m.index + m[0].length;
    const tense = decideTense(sentence, start, end, m[0].slice(m[0].indexOf('the')));
    // The publication's month, unless the day has passed and the clause looks ahead (next month)
    // or lies well ahead and the clause looks back (last month).
    let monthShift = 0;
    if (tense === 'future' && day < pub.getUTCDate()) monthShift = 1;
    else if (tense === 'past' && day > pub.getUTCDate() + 2) monthShift = -1;
    const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + monthShift, day));
    if (d.getUTCDate() !== day) continue;
    push({ date: d.toISOString().slice(0, 10), precision: 'day', text: m[0].slice(m[0].indexOf('the')), start, end, tense });
  }
  for (const m of digit ? execAll(SEASON_YEAR_RE, sentence) : []) {
    push({ date: iso(Number(m[1]), 1, 1), precision: 'year', text: m[0], start: m.index, end: m.index + m[0].length, tense: 'past' });
  }
  for (const m of certain && hasYear ? execAll(REL_YEAR_RE, sentence) : []) {
    const rel = m[1]!.toLowerCase();
    const y = pub.getUTCFullYear() + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
    push({
      date: iso(y, 1, 1),
      precision: 'year',
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      tense: rel === 'next' ? 'future' : 'past',
    });
  }
  for (const m of certain && hasWeek ? execAll(WEEK_RE, sentence) : []) {
    const rel = (m[1] ?? m[2] ?? 'this').toLowerCase();
    // Written on a Sunday, "last week" is the week now ending (Sunday papers review it), not the
    // one before: ISO weeks would make Sunday's own week "this week".
    const sunday = pub.getUTCDay() === 0;
    const shift = rel === 'last' ? (sunday ? 0 : -7) : rel === 'next' ? 7 : 0;
    const monday = mondayOf(utcMidnight(pub)) + shift * DAY_MS;
    // "Later this week" lies ahead: written on a Sunday it is the coming week (the Sunday papers'
    // week starts tomorrow), never the Monday gone. A week is dated by its Monday, approximately.
    const ahead = rel === 'later' && sunday ? monday + 7 * DAY_MS : monday;
    push({
      date: new Date(ahead).toISOString().slice(0, 10),
      precision: 'day',
      approximate: true,
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      tense: rel === 'next' || rel === 'later' ? 'future' : 'past',
    });
  }

  for (const m of certain && lowered.includes('ago') ? execAll(AGO_RE, sentence) : []) {
    const n = COUNT_WORD[m[1]!.toLowerCase()] ?? Number(m[1]);
    const days = n * (/^week/i.test(m[2]!) ? 7 : 1);
    if (!n || days > 62) continue;
    push({ date: new Date(utcMidnight(pub) - days * DAY_MS).toISOString().slice(0, 10), precision: 'day', text: m[0], start: m.index, end: m.index + m[0].length, tense: 'past' });
  }

  // chrono only sees short windows around calendar words: its cost grows with the text it scans.
  // Bounded work per sentence whatever it holds: windows of at most WINDOW_MAX characters, and at
  // most MAX_DATES dates (a real sentence has a handful; "Monday Monday …" has thousands).
  const windows: [number, number][] = [];
  let scanned = 0;
  for (const m of execAll(DATE_CUE_G, sentence)) {
    const a = Math.max(0, m.index - 24);
    const b = Math.min(sentence.length, m.index + m[0].length + 24);
    const last = windows[windows.length - 1];
    if (last && a <= last[1] && b - last[0] <= WINDOW_MAX) {
      last[1] = b;
      continue;
    }
    scanned += b - a;
    if (windows.length >= MAX_DATES || scanned > CHRONO_MAX) break;
    windows.push([a, b]);
  }
  const results: { index: number; text: string; start: DateComponents; end?: DateComponents | null }[] = [];
  for (const [a, b] of windows) {
    // Widen to word boundaries so a window never starts or ends inside a word.
    let wa = a;
    while (wa > 0 && /\S/.test(sentence[wa - 1]!)) wa--;
    let wb = b;
    while (wb < sentence.length && /\S/.test(sentence[wb]!)) wb++;
    // "January 23–24": an en dash between day numbers is a day range's hyphen (one character for one: offsets hold).
    const text = sentence.slice(wa, wb).replace(SEPARATOR_DASH, ' ; ').replace(DAY_RANGE_DASH, '-');
    // Most windows hold one weekday or day and month and nothing else a parser of chrono's could
    // read: only the parsers of those shapes run there (the same parsers and refiners, so the same results).
    const common = isCommonWindow(text);
    for (const r of (common && readCommonShape(text)) || (common ? COMMON_SHAPES : chrono.casual).parse(text, { instant: pub, timezone: 0 })) {
      results.push({ index: wa + r.index, text: r.text, start: r.start, end: r.end });
    }
  }
  for (const r of results) {
    if (out.length >= MAX_DATES) break;
    const start = r.index;
    const phrase = trimTrailingPunctuation(r.text);
    const end = r.index + phrase.length;
    if (overlaps(start, end)) continue;
    const c = r.start;
    // Durations ("for a second", "for 30 days") are not dates.
    if (/^(?:for|within|in|over)\s+(?:a|an|one|two|three|\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i.test(phrase)) continue;
    if (/^(?:a|an|one|\d+)\s+(?:seconds?|minutes?|hours?)\b/i.test(phrase)) continue;
    // Relative to another event ("a day after"), or no calendar word at all ("now").
    if (/^(?:a|the|one|\d+)\s+(?:day|days|week|weeks|month|months)\s+(?:after|before|later|earlier)\b/i.test(phrase)) continue;
    if (!DATE_CUE.test(phrase)) continue;
    // "over the past week" is a span ending now, not a dated week.
    if (/^(?:past|last|previous)\s+(?:week|month|year)s?$/i.test(phrase) && /\b(?:over|in|during|for|throughout)\s+the\s+$/i.test(sentence.slice(Math.max(0, start - 20), start)))
      continue;
    // Chrono calls the year of "last month" certain too: the written year is what counts here.
    if (!certain && !/\b(?:19|20)\d\d\b/.test(phrase)) continue;
    // "meetings in November first opened this channel": chrono reads "November first" as a day, but
    // "in" never takes a day ("on November 1" does), so the ordinal is the sentence's adverb.
    const inMonthOrdinal = /^(?:in\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:first|second|third)$/i.exec(phrase);
    if (inMonthOrdinal && (/^in\s/i.test(phrase) || /\bin\s+$/i.test(sentence.slice(Math.max(0, start - 4), start)))) {
      const month = MONTHS.indexOf(inMonthOrdinal[1]!.toLowerCase()) + 1;
      const tense = decideTense(sentence, start, end, phrase);
      const text = phrase.slice(0, phrase.lastIndexOf(' ')).trimEnd();
      push({ date: iso(yearFor(pub, month, null, tense), month, 1), precision: 'month', text, start, end: start + text.length, tense });
      continue;
    }
    const lower = phrase.toLowerCase();
    const md = c.isCertain('day') && c.isCertain('month') ? null : MONTH_DAY_RE.exec(phrase);
    let date: string;
    let precision: DatePrecision;
    let tense = decideTense(sentence, start, end, phrase);
    if (/\b(?:last|this|next|past|coming)\s+month\b/.test(lower)) {
      const rel = /last|past/.test(lower) ? -1 : /next|coming/.test(lower) ? 1 : 0;
      const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + rel, 1));
      date = d.toISOString().slice(0, 10);
      precision = 'month';
      if (rel !== 0) tense = rel < 0 ? 'past' : 'future';
    } else if (/\b(?:yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening))\b/.test(lower)) {
      const rel = lower.includes('yesterday') ? -1 : lower.includes('tomorrow') ? 1 : 0;
      date = new Date(utcMidnight(pub) + rel * DAY_MS).toISOString().slice(0, 10);
      precision = 'day';
    } else if ((c.isCertain('day') && c.isCertain('month')) || md) {
      const month = md ? MONTHS.indexOf((md[1] ?? md[4])!.toLowerCase()) + 1 : c.get('month')!;
      const day = md ? Number(md[2] ?? md[3]) : c.get('day')!;
      // "from November 21 to December 12, 2022": a range's start takes the year written at its end.
      const endYear = r.end?.isCertain('year') && !c.isCertain('year') ? r.end.get('year')! - (month > (r.end.get('month') ?? 12) ? 1 : 0) : undefined;
      if (endYear !== undefined && tense === 'future' && endYear < pub.getUTCFullYear()) tense = 'past';
      const year = c.isCertain('year') ? c.get('year')! : (endYear ?? yearForDay(pub, month, day, tense, pastVerbJustBefore(sentence, start)));
      date = iso(year, month, day);
      // "Tuesday, February 16" when the 16th is a Monday: the weekday written out is the one a
      // reporter checks against the week of the story; the day number is the likelier slip.
      // Not "Tuesday and Wednesday, February 17-18": a weekday before a day range that is its last day's.
      const rangeEnd = r.end?.isCertain('day') ? iso(year, r.end.get('month') ?? month, r.end.get('day')!) : undefined;
      if (c.isCertain('weekday') && !(rangeEnd && new Date(Date.parse(rangeEnd)).getUTCDay() === c.get('weekday'))) {
        const shift = ((c.get('weekday')! - new Date(Date.parse(date)).getUTCDay() + 10) % 7) - 3;
        if (shift !== 0) date = new Date(Date.parse(date) + shift * DAY_MS).toISOString().slice(0, 10);
      }
      precision = 'day';
    } else if (c.isCertain('weekday') && !c.isCertain('day')) {
      const wd = c.get('weekday')!;
      const before = sentence.slice(0, start);
      const prev = out.filter((d) => d.end <= start && d.precision === 'day').pop();
      if (prev && /\b(?:followed by|then|before|ahead of|and on|and again)\b/i.test(before.slice(prev.end))) {
        date = weekdayDate(pub, wd, 'future', Date.parse(prev.date));
        tense = Date.parse(date) > utcMidnight(pub) ? 'future' : tense;
      } else if (tense === 'past') {
        date = weekdayDate(pub, wd, 'past');
        // "last Saturday" written on a Saturday is the week before's: that day itself is "today" or
        // "on Saturday". Only the modifier says so; a bare weekday in the past tense may be today.
        if (date === iso(pub.getUTCFullYear(), pub.getUTCMonth() + 1, pub.getUTCDate()) && LAST_WEEKDAY.test(`${before.slice(-12)}${phrase}`)) {
          date = new Date(Date.parse(date) - 7 * DAY_MS).toISOString().slice(0, 10);
        }
      } else if (tense === 'future') {
        // "will be in Paris on Monday" written on a Monday means that day; a week on is "next Monday".
        const today = new Date(utcMidnight(pub)).getUTCDay() === wd && !/\bnext\b/i.test(phrase);
        date = today ? iso(pub.getUTCFullYear(), pub.getUTCMonth() + 1, pub.getUTCDate()) : weekdayDate(pub, wd, 'future');
      } else {
        // Present tense ("the Monday talks"): the nearest such day, as chrono does.
        const past = weekdayDate(pub, wd, 'past');
        const next = weekdayDate(pub, wd, 'future');
        const now = utcMidnight(pub);
        date = now - Date.parse(past) <= Date.parse(next) - now ? past : next;
      }
      precision = 'day';
    } else if (c.isCertain('month')) {
      const month = c.get('month')!;
      const year = c.isCertain('year') ? c.get('year')! : yearFor(pub, month, null, tense);
      date = iso(year, month, 1);
      precision = 'month';
    } else if (c.isCertain('year')) {
      date = iso(c.get('year')!, 1, 1);
      precision = 'year';
    } else {
      continue;
    }
    push({ date, precision, text: phrase.trim(), start, end, tense });
  }
  // "on February 29": chrono drops a leap day it would place in a common year; the last one up to publication.
  for (const m of certain && lowered.includes('february 29') ? execAll(/\bFebruary\s+29\b(?!,?\s+\d{4})/g, sentence) : []) {
    let y = pub.getUTCFullYear() - (pub.getUTCMonth() < 1 ? 1 : 0);
    while (new Date(Date.UTC(y, 1, 29)).getUTCMonth() !== 1) y--;
    push({ date: iso(y, 2, 29), precision: 'day', text: m[0], start: m.index, end: m.index + m[0].length, tense: 'past' });
  }
  // "in Muscat on April 12 and in Rome a week later", "on May 3 and again two days later": counted
  // from the day named before it in the sentence.
  for (const m of certain && lowered.includes('later') ? execAll(LATER_RE, sentence) : []) {
    const anchor = out.filter((d) => d.end <= m.index && d.precision === 'day' && !d.approximate).sort((a, b) => b.end - a.end)[0];
    if (!anchor) continue;
    const n = COUNT_WORD[m[1]!.toLowerCase()] ?? Number(m[1]);
    const days = n * (/^week/i.test(m[2]!) ? 7 : 1);
    if (!n || days > 62) continue;
    push({ date: new Date(Date.parse(anchor.date) + days * DAY_MS).toISOString().slice(0, 10), precision: 'day', text: m[0], start: m.index, end: m.index + m[0].length, tense: anchor.tense });
  }
  for (const re of digit ? [YEAR_RE, ATTR_YEAR_RE] : []) {
    for (const m of execAll(re, sentence)) {
      const start = sentence.indexOf(m[1]!, m.index);
      push({ date: iso(Number(m[1]), 1, 1), precision: 'year', text: m[1]!, start, end: start + 4, tense: 'unknown' });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

const DATELINE_AFTER = /^\s*(?:,\s*)?(?:\d{4}\s*)?(?:\([^()]{1,40}\)\s*(?:[-–—:]|\p{Lu})|[-–—:]|\.\s*\/\p{Lu}[\p{L}-]{1,20}\/)/u;
/**
 * A dateline's date ("MUSCAT, Dec. 23 (Saba) - …", "August 15, 2024 (GENEVA) – …", "Caracas, Nov 21
 * (Prensa Latina) The …"): at the head of the sentence with no lower-case word before it, followed by
 * an agency in brackets or a dash, or between slashes ("MOSCOW, January 23. /TASS/."). It dates the
 * report, not what the sentence tells.
 */
export function isDatelineDate(sentence: string, d: { start: number; end: number }): boolean {
  return d.start <= 40 && !/\b\p{Ll}{2,}/u.test(sentence.slice(0, d.start)) && DATELINE_AFTER.test(sentence.slice(d.end, d.end + 50));
}

/**
 * The day the report was written where it was filed: a dateline's day ("HALLANDALE BEACH, Fla., Nov
 * 30 (Wire) –") one day off the publication instant's UTC day is the reporter's local day, and
 * relative dates ("on Sunday", "a week ago", "today") count from it (noon of that day). Otherwise
 * the publication instant. `datesOf(i)`: the dates of sentence i against `published` (a caller that
 * keeps them reads them once).
 */
export function reportersDay(sentences: string[], published: Date, datesOf: (i: number) => DateSpan[] = (i) => findDates(sentences[i]!, { published })): Date {
  for (const [i, s] of sentences.slice(0, 4).entries()) {
    const d = datesOf(i).find((x) => x.precision === 'day' && !x.approximate && isDatelineDate(s, x));
    if (!d) continue;
    const off = (Date.parse(d.date) - utcMidnight(published)) / DAY_MS;
    return Math.abs(off) === 1 ? new Date(Date.parse(d.date) + 12 * 3_600_000) : published;
  }
  // No dateline: a time with its zone in the head of the item ("Aired 11p-12a ET", "21:10 VET") gives the local day.
  for (const s of sentences.slice(0, 4)) {
    const m = ZONED_TIME.exec(s);
    const zone = m?.[1]?.toUpperCase() ?? '';
    const hours = ZONE_HOURS[zone];
    if (hours === undefined) continue;
    // US zones a summer hour ahead from March to October.
    const shift = hours + (US_ZONES.has(zone) && published.getUTCMonth() >= 2 && published.getUTCMonth() <= 9 ? 1 : 0);
    const local = new Date(published.getTime() + shift * 3_600_000);
    return utcMidnight(local) === utcMidnight(published) ? published : new Date(utcMidnight(local) + 12 * 3_600_000);
  }
  return published;
}

/** A clock time followed by a zone: "11p-12a ET", "21:10 VET", "6:40 pm CET". */
const ZONED_TIME = /\b\d{1,2}(?::\d{2})?\s?(?:[ap]\.?m?\.?)?\s+(ET|EST|CT|CST|PT|PST|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|VET|GST)\b/i;
/** Each zone's offset from UTC in hours (US zones in their winter time; see US_ZONES). */
const ZONE_HOURS: Record<string, number> = { ET: -5, EST: -5, CT: -6, CST: -6, PT: -8, PST: -8, GMT: 0, UTC: 0, BST: 1, CET: 1, CEST: 2, EET: 2, EEST: 3, MSK: 3, VET: -4, GST: 4 };
const US_ZONES = new Set(['ET', 'CT', 'PT']);

/**
 * Days told relative to another ("A day earlier, the delegation met …", "the day before", "the
 * following day", "two days earlier"), and "overnight" as an adverb ("met Putin in the Kremlin
 * overnight"): counted from the last day the text has fixed by then, in the sentence before the phrase
 * or in an earlier one, that is not still ahead of the report (counting forward, ahead or not); else from
 * the publication day. "Overnight" is the night before the report. Not "the day before the summit" (a day relative to an
 * event, not a date), nor "an overnight strike" (an adjective).
 */
const RELATIVE_DAY_RE =
  /\b(?:(a|one|two|three)\s+days?\s+(earlier|before|later|after)|the\s+(day\s+before|day\s+after|previous\s+day|following\s+day|next\s+day|preceding\s+day))\b(?!\s+(?:the|a|an|his|her|their|its|of|that|when)\b)|(?<!\b(?:an?|the|\p{L}+['’]s)\s)\bovernight\b(?!\s+(?!(?:from|to|in|at|on|with|and|after|before|into|between|by)\b)\p{Ll})/giu;

export function addRelativeDays(sentences: string[], dates: DateSpan[][], published: Date): void {
  const pubDay = new Date(utcMidnight(published)).toISOString().slice(0, 10);
  let last: string | undefined;
  let lastAny: string | undefined;
  // A day still ahead ("would continue on Sunday") fixes nothing told in the past.
  // Nor does a day counted from another: each counts from a day the text states.
  const counted = new Set<DateSpan>();
  const fixed = (d: DateSpan) => d.precision === 'day' && !d.approximate && d.date <= pubDay && d.tense !== 'future' && !counted.has(d);
  sentences.forEach((s, i) => {
    if (!dates[i]) dates[i] = [];
    const list = dates[i];
    const lower = s.toLowerCase();
    if (lower.includes('day') || lower.includes('overnight')) {
      const added: DateSpan[] = [];
      for (const m of execAll(RELATIVE_DAY_RE, s)) {
        const start = m.index;
        const end = m.index + m[0].length;
        if (list.some((d) => start < d.end && end > d.start)) continue;
        // "a day earlier, on Sunday": the day itself follows in apposition.
        if (list.some((d) => d.start >= end && d.start - end <= 6 && /^,?\s*(?:on\s+)?$/i.test(s.slice(end, d.start)))) continue;
        // "flew in overnight from Baku, where he met B on Monday": a night the sentence dates by a day of its own is that day's eve, no day to tell.
        if (/^overnight$/i.test(m[0]) && list.some((d) => d.precision === 'day' && !d.approximate)) continue;
        // "a day after Ukrainian round", "the day before talks": counted from an event, not a day.
        if (/(?:before|after)$/i.test(m[0]) && !/^\s*(?:[,.;:!?)—–]|$)/.test(s.slice(end))) continue;
        let shift: number;
        if (!m[1] && !m[3]) shift = -1;
        else if (m[1]) shift = (COUNT_WORD[m[1].toLowerCase()] ?? 1) * (/^(?:earlier|before)$/i.test(m[2]!) ? -1 : 1);
        else shift = /^(?:day\s+before|previous|preceding)/i.test(m[3]!) ? -1 : 1;
        // A day named before it in the sentence, whatever its tense; counting forward, the last day named
        // before; counting back, the last one not still ahead.
        const inSentence = list.filter((d) => d.end <= start && d.precision === 'day' && !d.approximate && !counted.has(d)).sort((a, b) => b.end - a.end)[0]?.date;
        // "Overnight" is the night before the report ("Overnight, drones hit Kyiv"), whatever day the text named last;
        // not "is expected to fly there overnight", tonight's.
        const overnight = !m[1] && !m[3];
        if (overnight && tenseOf(s) === 'future') continue;
        // A day counted from one still ahead of the report is left unread ("due to meet on March 23, with a
        // second meeting planned for the following day", written on the 22nd): that plan's own reports will date
        // it, and a dated plan read first would stand for the meeting it announces in every briefing after.
        if (!overnight && inSentence !== undefined && inSentence > pubDay) continue;
        const before = overnight ? pubDay : (inSentence ?? (shift > 0 ? lastAny : undefined) ?? last ?? pubDay);
        const date = new Date(Date.parse(before) + shift * DAY_MS).toISOString().slice(0, 10);
        added.push({ date, precision: 'day', text: m[0], start, end, tense: date > pubDay ? 'future' : 'past' });
      }
      if (added.length) {
        for (const d of added) counted.add(d);
        list.push(...added);
        list.sort((a, b) => a.start - b.start);
      }
    }
    for (const d of list) {
      if (fixed(d)) last = d.date;
      if (d.precision === 'day' && !d.approximate && !counted.has(d)) lastAny = d.date;
    }
  });
}
