/**
 * Time-zone arithmetic on top of Intl, without a date library: the offsets come from the
 * platform's tz database, so DST and odd offsets (Asia/Kolkata +5:30, Australia/Lord_Howe's
 * 30-minute DST) are right wherever Node's ICU is.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function localParts(instant: Date, tz: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Offset of `tz` from UTC at `instant`, in minutes (Kyiv in summer: +180). */
export function offsetMinutes(instant: Date, tz: string): number {
  const p = localParts(instant, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(instant: Date, tz: string): string {
  const p = localParts(instant, tz);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/**
 * The instant at which the wall clock in `tz` shows `date` `hh:mm`. A time skipped by a DST
 * jump (03:30 on Kyiv's spring-forward night) is shifted forward by the gap (to 04:30), as
 * JavaScript's Date does, so a briefing set for it still goes out that day.
 */
export function zonedTime(date: string, hhmm: string, tz: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = hhmm.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let t = wall - offsetMinutes(new Date(wall), tz) * 60_000;
  // Re-evaluate at the candidate: the offset there may differ near a transition.
  t = wall - offsetMinutes(new Date(t), tz) * 60_000;
  const back = localParts(new Date(t), tz);
  if (back.hour !== hh || back.minute !== mm) {
    const alt = wall - offsetMinutes(new Date(t - 3 * 3_600_000), tz) * 60_000;
    const altParts = localParts(new Date(alt), tz);
    if (altParts.hour === hh && altParts.minute === mm) return new Date(alt);
    // In a gap: the wall time never happens; take the moment the clocks jump to.
    return new Date(Math.max(t, alt));
  }
  return new Date(t);
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
