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
const ORDINAL = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** Words that tie a date to today rather than to the coverage. */
const RELATIVE = /\b(?:last|this|next|past|ago|yesterday|today|tomorrow|tonight|recent(?:ly)?|coming)\b/i;

/** chrono without a year picks the nearest date; questions ask about the past, so step back a year when it lands ahead. */
function past(c: ParsedComponents, ref: Date): Date {
  const d = c.date();
  if (!c.isCertain('year') && d.getTime() > ref.getTime() + DAY_MS) {
    return new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
  }
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function chronoParse(text: string, ref: Date) {
  // The casual (US) parser: the GB one reads "March 11" as March 2011.
  return chrono.parse(text, { instant: ref, timezone: 'UTC' }, { forwardDate: false });
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

  // "between the 20th and 22nd of March 2025", "from 17 to 23 March", "March 20-22" (chrono reads the last).
  const range = new RegExp(
    String.raw`\b(?:between|from)\s+(?:the\s+)?${ORDINAL}(?:\s+(?:of\s+)?(${MONTHS}))?\s+(?:and|to|until|till|through|-)\s+(?:the\s+)?(${ORDINAL}(?:\s+(?:of\s+)?(?:${MONTHS})(?:,?\s+\d{4})?)?)`,
    'i',
  ).exec(q);
  if (range) {
    const ref = refFor(q);
    const endParsed = chronoParse(range[3]!, ref)[0];
    const endDate = endParsed ? past(endParsed.start, ref) : dayInRefMonth(Number(range[4]), ref);
    const startMonth = range[2] ? chronoParse(`${range[1]} ${range[2]} ${endDate.getUTCFullYear()}`, ref)[0] : undefined;
    const startDate = startMonth
      ? past(startMonth.start, ref)
      : new Date(Date.UTC(endDate.getUTCFullYear(), endDate.getUTCMonth(), Number(range[1])));
    if (startDate.getTime() <= endDate.getTime()) return found(startDate, endDate, range);
  }

  // "24/3", "19/3/2025": day first, as the talks' own press writes it, unless that cannot be a date.
  const numeric = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/.exec(q);
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
    const ref = refFor(q);
    const parsed = chronoParse(`${part[2]} 15${part[3] ? ` ${part[3]}` : ''}`, ref)[0];
    if (parsed) {
      const mid = past(parsed.start, ref);
      const y = mid.getUTCFullYear();
      const m = mid.getUTCMonth();
      const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
      const [a, b] = part[1]!.toLowerCase() === 'early' ? [1, 10] : part[1]!.toLowerCase() === 'mid' ? [11, 20] : [21, last];
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
