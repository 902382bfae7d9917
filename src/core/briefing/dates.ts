/**
 * Dates in a briefing that cannot mislead: the year is written whenever it is not the reader's
 * current one, and a range that crosses a year carries it on both ends. "Mon 24 Mar" alone in a
 * briefing read in 2026 would pass for this year's news.
 */

// Formatters are costly to build; toLocale*String builds one per call.
const formats = new Map<string, Intl.DateTimeFormat>();

function format(tz: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${tz}|${withTime}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' } : {}),
      timeZone: tz,
    });
    formats.set(key, f);
  }
  return f;
}

interface Parts {
  weekday: string;
  day: string;
  month: string;
  year: string;
  time: string;
  zone: string;
}

function parts(d: Date, tz: string, withTime: boolean): Parts {
  const p: Record<string, string> = {};
  for (const x of format(tz, withTime).formatToParts(d)) p[x.type] = x.value;
  return {
    weekday: p.weekday ?? '',
    day: p.day ?? '',
    month: p.month ?? '',
    year: p.year ?? '',
    time: withTime ? `${p.hour}:${p.minute}` : '',
    zone: p.timeZoneName ?? '',
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface BriefingDates {
  /** "Mon 24 Mar", or "Mon 24 Mar 2025" outside the current year. `date` is YYYY-MM-DD. */
  day(date: string): string;
  /** "24 March" / "24 March 2025", for prose. */
  prose(date: string): string;
  /** "Sun 23 Mar, 08:00 EET", with the year outside the current one. */
  instant(iso: string): string;
  /** Two instants; both carry the year when either needs it. */
  range(startIso: string, endIso: string): string;
  /** A date of the given precision: day, "March 2025" or "2025". */
  withPrecision(date: string, precision: 'day' | 'month' | 'year'): string;
}

/** Date wording for a reader in `tz` whose "now" is `now` (the briefing's generation time). */
export function briefingDates(tz: string, now: Date): BriefingDates {
  const currentYear = parts(now, tz, false).year;
  const dayText = (date: string, forceYear: boolean) => {
    const p = parts(new Date(`${date}T12:00:00Z`), 'UTC', false);
    return `${p.weekday} ${p.day} ${p.month}${forceYear || p.year !== currentYear ? ` ${p.year}` : ''}`;
  };
  const instantText = (iso: string, forceYear: boolean) => {
    const p = parts(new Date(iso), tz, true);
    return `${p.weekday} ${p.day} ${p.month}${forceYear || p.year !== currentYear ? ` ${p.year}` : ''}, ${p.time} ${p.zone}`;
  };
  return {
    day: (date) => dayText(date, false),
    prose(date) {
      const [y, m, d] = date.split('-');
      return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m}${y !== currentYear ? ` ${y}` : ''}`;
    },
    instant: (iso) => instantText(iso, false),
    range(startIso, endIso) {
      const a = parts(new Date(startIso), tz, false).year;
      const b = parts(new Date(endIso), tz, false).year;
      const year = a !== b || a !== currentYear;
      return `${instantText(startIso, year)} to ${instantText(endIso, year)}`;
    },
    withPrecision(date, precision) {
      if (precision === 'day') return dayText(date, false);
      const [y, m] = date.split('-');
      return precision === 'month' ? `${MONTHS[Number(m) - 1] ?? m} ${y}` : (y ?? date);
    },
  };
}
