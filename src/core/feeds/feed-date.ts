/**
 * Feed dates: RFC 822 / 1123 (RSS `pubDate`) and W3C-DTF / ISO 8601 (Atom, `dc:date`) with the
 * variations real feeds write. Written out rather than left to `Date.parse`, which reads a date
 * without a zone in the server's own zone, drops a colon offset after a zone name, and turns
 * nonsense ("Sun, Dec x 2012") into a date.
 */

/** A date read from a feed. */
export interface FeedDate {
  /** Milliseconds since the epoch. */
  ms: number;
  /** The text named no zone (or no time): it was read as UTC, which may be off by some hours. */
  zoneAssumed: boolean;
}

/**
 * Zone names feeds write after the time, with their offset from UTC in minutes. Only names with
 * one common meaning: "IST" (India, Ireland, Israel) and "BST" (British or Bangladesh) are left out.
 */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, 'ETC/GMT': 0, 'ETC/UTC': 0, WET: 0,
  WEST: 60, CET: 60, MET: 60, CEST: 120, MEST: 120, EET: 120, EEST: 180, MSK: 180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180,
  // The generic North American names (no daylight/standard letter) as feedparser reads them.
  AT: -240, ET: -300, CT: -360, MT: -420, PT: -480,
  JST: 540, KST: 540, AEST: 600, AEDT: 660,
};

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

const DAY_NAME = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*';
const TIME = '(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?';
const ZONE = '([+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5}(?:/[A-Za-z]+)?(?:[+-]\\d{1,2}(?::?\\d{2})?)?)';

/** W3C-DTF and ISO 8601 calendar dates: `2025`, `2025-03`, `2025-03-24`, with a time after `T` or a space. */
const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;
/** `Tue, 10 Jun 2025 14:00:00 +03:00`, `10 June 2025 14:00 GMT`, `Mon, 13 Feb, 2012 06:28:00 UTC`, `Thu, 01 Jan 2004`. */
const RFC822_RE = new RegExp(`^(?:${DAY_NAME},?\\s*)?(\\d{1,2})\\s+([a-z]+),?\\s+(\\d{2}|\\d{4})(?:,?\\s+${TIME})?(?:\\s*${ZONE})?$`, 'i');
/** Perforce's `Fri, 2006/09/15 08:19:53 EDT`. */
const SLASHED_RE = new RegExp(`^(?:${DAY_NAME},?\\s*)?(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:\\s+${TIME})?(?:\\s*${ZONE})?$`, 'i');
/** asctime and JavaScript's `Date#toString`: `Sun Jan  4 16:29:06 2004`, `Sun Jul 15 01:16:00 +0000 2012`, `Thu Aug 30 2012 17:26:16 +0200`. */
const ASCTIME_RE = new RegExp(`^${DAY_NAME}\\s+([a-z]+)\\s+(\\d{1,2})\\s+(?:(\\d{4})\\s+)?${TIME}(?:\\s+${ZONE})?(?:\\s+(\\d{4}))?(?:\\s*\\(.*\\))?$`, 'i');
/** `March 24, 2025`, `March 24, 2025 10:00 EST`. */
const MONTH_FIRST_RE = new RegExp(`^(?:${DAY_NAME},?\\s*)?([a-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?:,?\\s+${TIME})?(?:\\s*${ZONE})?$`, 'i');

/** A zone as minutes east of UTC, or null when it is not a zone we know or is out of range. */
function zoneOffset(zone: string): number | null {
  const numeric = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (numeric) {
    const hours = Number(numeric[2]);
    const minutes = Number(numeric[3] ?? 0);
    if (hours > 14 || minutes > 59) return null;
    return (numeric[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  // "GMT+03:00", "UTC-5", "Etc/GMT".
  const named = /^([A-Za-z]+(?:\/[A-Za-z]+)?)([+-]\d{1,2}(?::?\d{2})?)?$/.exec(zone);
  if (!named) return null;
  const base = ZONE_OFFSETS[named[1]!.toUpperCase()];
  if (base === undefined) return null;
  if (named[2] === undefined) return base;
  const extra = zoneOffset(named[2]);
  return extra === null ? null : base + extra;
}

/** Builds the instant, refusing fields out of range (Date.UTC would roll 31 June over into July). */
function instant(y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMin: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60 || (h === 24 && (mi > 0 || s > 0))) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC maps years 0–99 to 1900–1999: set the year explicitly.
  date.setUTCFullYear(y, mo - 1, d);
  if (date.getUTCDate() !== d) return null;
  return date.getTime() + ((h * 60 + mi - offsetMin) * 60 + Math.min(s, 59)) * 1000;
}

function twoDigitYear(text: string): number {
  const y = Number(text);
  if (text.length === 4) return y;
  // RFC 2822: 00–49 are 2000–2049, 50–99 are 1950–1999.
  return y < 50 ? 2000 + y : 1900 + y;
}

function fromParts(p: { y: number; mo: number; d: number; h?: string; mi?: string; s?: string; zone?: string }): FeedDate | null {
  const offset = p.zone === undefined ? 0 : zoneOffset(p.zone);
  if (offset === null) return null;
  const ms = instant(p.y, p.mo, p.d, Number(p.h ?? 0), Number(p.mi ?? 0), Number(p.s ?? 0), offset);
  return ms === null ? null : { ms, zoneAssumed: p.zone === undefined };
}

function month(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

/**
 * Reads a feed's date, or null when the text is not a date this parser is sure of. A date without
 * a zone (or without a time) is read as UTC and flagged `zoneAssumed`. Fractions of a second are kept
 * for ISO dates.
 */
export function parseFeedDate(value: string): FeedDate | null {
  const s = value.trim().replace(/\s+/g, ' ');
  if (s === '' || s.length > 100) return null;

  const iso = ISO_RE.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, frac, zone] = iso;
    const date = fromParts({ y: Number(y), mo: Number(mo ?? 1), d: Number(d ?? 1), h, mi, s: sec, ...(zone ? { zone: zone.toUpperCase() === 'Z' ? 'Z' : zone } : {}) });
    if (date === null) return null;
    return frac ? { ...date, ms: date.ms + Math.floor(Number(frac) * 1000) } : date;
  }

  const rfc = RFC822_RE.exec(s);
  if (rfc) {
    const [, d, mon, y, h, mi, sec, zone] = rfc;
    const mo = month(mon!);
    return mo === undefined ? null : fromParts({ y: twoDigitYear(y!), mo, d: Number(d), h, mi, s: sec, ...(zone ? { zone } : {}) });
  }

  const slashed = SLASHED_RE.exec(s);
  if (slashed) {
    const [, y, mo, d, h, mi, sec, zone] = slashed;
    return fromParts({ y: Number(y), mo: Number(mo), d: Number(d), h, mi, s: sec, ...(zone ? { zone } : {}) });
  }

  const asc = ASCTIME_RE.exec(s);
  if (asc) {
    const [, mon, d, yearBefore, h, mi, sec, zone, yearAfter] = asc;
    const mo = month(mon!);
    const y = yearBefore ?? yearAfter;
    if (mo === undefined || y === undefined || (yearBefore !== undefined && yearAfter !== undefined)) return null;
    return fromParts({ y: Number(y), mo, d: Number(d), h, mi, s: sec, ...(zone ? { zone } : {}) });
  }

  const monthFirst = MONTH_FIRST_RE.exec(s);
  if (monthFirst) {
    const [, mon, d, y, h, mi, sec, zone] = monthFirst;
    const mo = month(mon!);
    return mo === undefined ? null : fromParts({ y: Number(y), mo, d: Number(d), h, mi, s: sec, ...(zone ? { zone } : {}) });
  }
  return null;
}
