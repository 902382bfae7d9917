// English only: the package root loads every locale (~12 MB more resident memory).
import type { ParsedComponents } from 'chrono-node';
import * as chrono from 'chrono-node/en';

/** A day or an inclusive range of days named in a question, with where it was written. */
export interface QuestionDates {
  from: string;
  to: string;
  /** As written ("on March 23rd", "between the 20th and 22nd of March"). */
  text: string;
  start: number;
  end: number;
}

export interface DateRefs {
  /** Today: "last week", "yesterday" count from here. */
  today: Date;
  /** The newest day on record: "March 23", "the 24th", "on Monday" are read within the coverage. */
  corpus: Date;
}

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** Words that tie a date to today rather than to the coverage. */
const RELATIVE = /\b(?:last|this|next|past|ago|yesterday|today|tomorrow|tonight|recent(?:ly)?|coming)\b/i;

/** A date tied to today ("tomorrow", "last week") rather than a day of the calendar ("1 March", "the 22nd"). */
export function isRelativeDate(d: QuestionDates): boolean {
  return RELATIVE.test(d.text);
}

/** chrono without a year picks the nearest date; questions ask about the past, so step back a year when it lands ahead. */
function past(c: ParsedComponents, ref: Date): Date {
  const d = c.date();
  if (!c.isCertain('year') && d.getTime() > ref.getTime() + DAY_MS) {
    // "on Friday" after a Tuesday: the Friday before, not the same week's a year back.
    if (c.isCertain('weekday') && !c.isCertain('day')) return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - 7));
    return new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
  }
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function chronoParse(text: string, ref: Date) {
  // The casual (US) parser: the GB one reads "March 11" as March 2011.
  return chrono.parse(text, { instant: ref, timezone: 'UTC' }, { forwardDate: false });
}

/**
 * The month a word names ("March", "March 2025"), read at one of its days as in the past of the
 * reference: its year, month index and last day.
 */
function monthNamed(name: string, year: string | undefined, ref: Date, day = 1): { y: number; m: number; lastDay: number } | undefined {
  const parsed = chronoParse(`${name} ${day}${year ? ` ${year}` : ''}`, ref)[0];
  if (!parsed) return undefined;
  const at = past(parsed.start, ref);
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth();
  return { y, m, lastDay: new Date(Date.UTC(y, m + 1, 0)).getUTCDate() };
}

/** A day of the month with no month ("the 24th"): that day in the reference month, or the one before. */
function dayInRefMonth(day: number, ref: Date): Date {
  let d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), day));
  if (d.getTime() > ref.getTime() + DAY_MS) d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, day));
  return d;
}

function monthRange(d: Date): [string, string] {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  return [iso(new Date(Date.UTC(y, m, 1))), iso(new Date(Date.UTC(y, m + 1, 0)))];
}

const CONNECTOR = /\s*(?:\b(?:and|to|until|till|through|thru)\b|[-–—])\s*/giu;
const LEFT_DAY = new RegExp(
  String.raw`(?:\b(between|from)\s+)?(?:\b(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?|\b(${MONTHS})\.?\s+(?:the\s+)?(\d{1,2})(st|nd|rd|th)?|(?:\bthe\s+)?\b(\d{1,2})(st|nd|rd|th)?(?:\s+(?:of\s+)?(${MONTHS}))?)$`,
  'i',
);
const RIGHT_DAY = new RegExp(
  String.raw`^(?:(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?|(${MONTHS})\.?\s+(?:the\s+)?(\d{1,2})(st|nd|rd|th)?|(?:the\s+)?(\d{1,2})(st|nd|rd|th)?(?:\s+(?:of\s+)?(${MONTHS}))?)(?:,?\s+((?:19|20)\d\d))?(?![\p{L}\p{N}/])`,
  'iu',
);
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (word: string | undefined) => (word ? MONTH_INDEX.indexOf(word.slice(0, 3).toLowerCase()) : -1);
/** "21/3" or "3/21": day first, as the talks' own press writes it, unless that cannot be a date. */
function dayMonth(a: number, b: number): [number, number] | undefined {
  const [d, m] = b > 12 && a <= 12 ? [b, a] : [a, b];
  return d >= 1 && d <= 31 && m >= 1 && m <= 12 ? [d, m - 1] : undefined;
}

/** Two days joined into a range, or nothing: see parseQuestionDates. */
function rangeOf(q: string, refFor: (text: string) => Date): { from: Date; to: Date; m: { index: number; 0: string } } | undefined {
  for (const c of q.matchAll(CONNECTOR)) {
    const left = LEFT_DAY.exec(q.slice(0, c.index));
    const right = RIGHT_DAY.exec(q.slice(c.index + c[0].length));
    if (!left || !right) continue;
    let [d1, m1] = [Number(left[5] ?? left[7]), monthOf(left[4] ?? left[9])];
    let [d2, m2] = [Number(right[5] ?? right[7]), monthOf(right[4] ?? right[9])];
    if (left[2]) [d1, m1] = dayMonth(Number(left[2]), Number(left[3])) ?? [0, -1];
    if (right[1]) [d2, m2] = dayMonth(Number(right[1]), Number(right[2])) ?? [0, -1];
    // A month somewhere, "between"/"from", or ordinals on both sides ("the 24th and 25th"): "3-3" and "175 to 175" are no dates.
    const ordinals = Boolean((left[6] ?? left[8]) && (right[6] ?? right[8]));
    if (m1 < 0 && m2 < 0 && !left[1] && !ordinals) continue;
    if (d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) continue;
    const text = q.slice(left.index, c.index + c[0].length + right[0].length);
    const ref = refFor(q);
    if (m2 < 0) m2 = m1 >= 0 ? m1 : ref.getUTCMonth();
    if (m1 < 0) m1 = m2;
    // No year: the latest such day not after the reference (a question asks about the past).
    const year = right[10] ?? right[3];
    let y = year ? Number(year) : ref.getUTCFullYear();
    if (!year && Date.UTC(y, m2, d2) > ref.getTime() + DAY_MS) y--;
    const to = new Date(Date.UTC(y, m2, d2));
    let from = new Date(Date.UTC(y, m1, d1));
    if (from.getTime() > to.getTime()) from = new Date(Date.UTC(y - 1, m1, d1));
    if (to.getTime() - from.getTime() > 366 * DAY_MS) continue;
    return { from, to, m: { index: left.index, 0: text } };
  }
  return undefined;
}

/**
 * Reads the date or range a question gives. Ranges cover every day of them; "the 24th" and
 * "on Monday" are read within the coverage (the corpus), "last week" from today.
 */
export function parseQuestionDates(q: string, refs: DateRefs): QuestionDates | undefined {
  const found = (from: Date, to: Date, m: { index: number; 0: string }): QuestionDates => ({
    from: iso(from),
    to: iso(to),
    text: m[0].trim(),
    start: m.index,
    end: m.index + m[0].length,
  });
  const refFor = (text: string) => (RELATIVE.test(text) ? refs.today : refs.corpus);

  // A range by its shape: two days joined by "and", "to", "until", "through" or a dash, each written
  // any way a day is ("March 20", "the 20th", "20 March", "20/3"), a month on either side or "between"/"from"
  // before it: "between the 20th and 22nd of March 2025", "march 20-22", "from 17 to 23 March", "21/3–23/3".
  const span = rangeOf(q, (text) => refFor(text));
  if (span) return found(span.from, span.to, span.m);

  // "the first week of March", "the last week of March 2025": seven days of that month.
  const week = new RegExp(String.raw`\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+week\s+(?:of|in)\s+(${MONTHS})\b(?:\s+((?:19|20)\d\d))?`, 'i').exec(q);
  if (week) {
    const month = monthNamed(week[2]!, week[3], refs.corpus);
    if (month) {
      const { y, m, lastDay } = month;
      const n = { first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3 }[week[1]!.toLowerCase()];
      const a = n === undefined ? lastDay - 6 : 1 + 7 * n;
      return found(new Date(Date.UTC(y, m, a)), new Date(Date.UTC(y, m, Math.min(a + 6, lastDay))), week);
    }
  }

  // "24/3", "19/3/2025": day first, as the talks' own press writes it, unless that cannot be a date.
  // "on 23.03" too, after a word that dates it ("2.5 per cent" is no date).
  const numeric = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/.exec(q) ?? /(?<=\b(?:on|since|from|until|by|before|after|of)\s+)(\d{1,2})\.(\d{1,2})(?:\.(\d{2,4}))?\b/i.exec(q);
  if (numeric) {
    let [a, b] = [Number(numeric[1]), Number(numeric[2])];
    if (b > 12 && a <= 12) [a, b] = [b, a];
    if (a >= 1 && a <= 31 && b >= 1 && b <= 12) {
      const ref = refs.corpus;
      const y = numeric[3] ? Number(numeric[3].length === 2 ? `20${numeric[3]}` : numeric[3]) : ref.getUTCFullYear();
      let d = new Date(Date.UTC(y, b - 1, a));
      if (!numeric[3] && d.getTime() > ref.getTime() + DAY_MS) d = new Date(Date.UTC(y - 1, b - 1, a));
      return found(d, d, numeric);
    }
  }

  // "early March", "mid-March", "late March 2025": a third of the month.
  const part = new RegExp(String.raw`\b(early|mid|late)[- ]+(${MONTHS})\b(?:\s+((?:19|20)\d\d))?`, 'i').exec(q);
  if (part) {
    const month = monthNamed(part[2]!, part[3], refFor(q), 15);
    if (month) {
      const { y, m, lastDay } = month;
      const [a, b] = part[1]!.toLowerCase() === 'early' ? [1, 10] : part[1]!.toLowerCase() === 'mid' ? [11, 20] : [21, lastDay];
      return found(new Date(Date.UTC(y, m, a)), new Date(Date.UTC(y, m, b)), part);
    }
  }

  // "in 2024": a whole year (chrono reads no bare year).
  const year = /\b(?:in|during|of|since)\s+((?:19|20)\d\d)\b/i.exec(q);
  if (year && !new RegExp(`(?:${MONTHS})\\.?\\s+${year[1]}`, 'i').test(q) && !/\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\w+\s+(?:19|20)\d\d/i.test(q)) {
    const m = { index: year.index, 0: year[0] };
    return { from: `${year[1]}-01-01`, to: `${year[1]}-12-31`, text: year[0], start: m.index, end: m.index + m[0].length };
  }

  const ref = refFor(q);
  // "who sat across…", "who may lead…": a bare short weekday or "may" is a word, not a date.
  const results = chronoParse(q, ref).filter(
    (x) => /\d/.test(x.text) || !/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|may|march|mar|sept?|dec|jan|feb|apr|jun|jul|aug|oct|nov)$/i.test(x.text.trim()) || /\b(?:on|in|last|this|next|since|until|by)\s*$/i.test(q.slice(0, x.index)),
  );
  const r = results[0];
  // "the 24th", "monday the 24th", "on the 23rd": a day of the reference month.
  const ordinal = new RegExp(String.raw`\b(?:(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:the\s+)?)(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:${MONTHS}))`, 'i').exec(q);
  if (ordinal && (!r || !/\d/.test(r.text))) {
    const d = dayInRefMonth(Number(ordinal[1]), ref);
    return found(d, d, ordinal);
  }
  if (!r) return undefined;
  const m = { index: r.index, 0: r.text };
  const start = past(r.start, ref);
  if (r.end) return found(start, past(r.end, ref), m);
  if (!r.start.isCertain('day') && r.start.isCertain('month')) {
    const [from, to] = monthRange(start);
    return { from, to, text: r.text, start: r.index, end: r.index + r.text.length };
  }
  if (/\bweek\b/i.test(r.text) || /\bweek (?:of|starting|beginning)\s*$/i.test(q.slice(0, r.index))) return found(start, new Date(start.getTime() + 6 * DAY_MS), m);
  if (!r.start.isCertain('day') && !r.start.isCertain('weekday') && r.start.isCertain('year')) {
    const y = start.getUTCFullYear();
    return { from: `${y}-01-01`, to: `${y}-12-31`, text: r.text, start: r.index, end: r.index + r.text.length };
  }
  return found(start, start, m);
}

/** "23 Mar 2025", "20–22 Mar 2025", "28 Feb – 3 Mar 2025". */
export function formatRange(from: string, to: string): string {
  const f = new Date(`${from}T00:00:00Z`);
  const t = new Date(`${to}T00:00:00Z`);
  const day = (d: Date, withYear: boolean, withMonth = true) =>
    d.toLocaleDateString('en-GB', { day: 'numeric', ...(withMonth ? { month: 'short' } : {}), ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' });
  if (from === to) return day(f, true);
  const [ms, me] = monthRange(f);
  if (from === ms && to === me) return f.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (f.getUTCFullYear() !== t.getUTCFullYear()) return `${day(f, true)} – ${day(t, true)}`;
  if (f.getUTCMonth() !== t.getUTCMonth()) return `${day(f, false)} – ${day(t, true)}`;
  return `${f.getUTCDate()}–${day(t, true)}`;
}
