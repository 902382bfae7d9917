import { UserError } from '../errors.js';
import type { SourceRef } from '../schemas.js';
import { createSourceReads, type SourceRow } from '../store/reads/sources.js';
import type { SqlClient } from '../store/sql.js';

export const MAX_ARG_LENGTH = 200;

/** Trims and bounds a user-supplied argument; empty or oversized input says what to type instead. */
export function cleanArg(value: string | undefined, what: string, example: string, max = MAX_ARG_LENGTH): string {
  const v = (value ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  if (!v) throw new UserError(`Missing ${what}. Try: ${example}`);
  if (v.length > max) throw new UserError(`The ${what} is too long (${v.length} characters, at most ${max}). Try: ${example}`);
  return v;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

/** Validates YYYY-MM-DD (or YYYY-MM, widened to the month's first or last day). */
export function parseDay(value: string, what: string, edge: 'start' | 'end' = 'start'): string {
  const v = value.trim();
  const m = DAY_RE.exec(v);
  if (m) {
    const d = new Date(`${v}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v) return v;
  }
  const mm = MONTH_RE.exec(v);
  if (mm) {
    const month = Number(mm[2]);
    if (month >= 1 && month <= 12) {
      if (edge === 'start') return `${v}-01`;
      const last = new Date(Date.UTC(Number(mm[1]), month, 0)).getUTCDate();
      return `${v}-${String(last).padStart(2, '0')}`;
    }
  }
  throw new UserError(`"${truncate(v, 40)}" is not a valid ${what}. Use YYYY-MM-DD, e.g. ${what} 2025-03-11`);
}

/** "Ukraine's", "United States'". */
export const possessive = (name: string): string => (name.endsWith('s') ? `${name}'` : `${name}'s`);

export function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** How an item is cited, from its row (a removed item when there is none). */
export function sourceRef(r: SourceRow | undefined): SourceRef {
  if (!r) return { title: '(removed item)', url: '', published: '' };
  // The fetch time standing in for a future date is not the item's date: never show it as one.
  if (r.future) return { title: r.title, url: r.url ?? r.feed_url, published: '', outlet: r.outlet, futureDate: true };
  return { title: r.title, url: r.url ?? r.feed_url, published: r.published, outlet: r.outlet };
}

/** How items are cited: one at a time, or several in one read (in the order asked). */
export interface SourceLookup {
  (itemId: number): Promise<SourceRef>;
  many(ids: readonly number[]): Promise<SourceRef[]>;
}

export function createSourceLookup(sql: SqlClient): SourceLookup {
  const reads = createSourceReads(sql);
  const one = async (itemId: number) => sourceRef(await reads.one(itemId));
  return Object.assign(one, {
    async many(ids: readonly number[]): Promise<SourceRef[]> {
      const unique = [...new Set(ids)];
      const byId = new Map<number, SourceRow>();
      // Bounded lists keep the number of bound values far below either engine's limit.
      for (let i = 0; i < unique.length; i += 500) for (const r of await reads.many(unique.slice(i, i + 500))) byId.set(r.id, r);
      return ids.map((id) => sourceRef(byId.get(id)));
    },
  });
}

/** A flat list cut back into consecutive parts of the given sizes (one read for several lists, then each its own). */
export function splitBySizes<T>(list: readonly T[], sizes: readonly number[]): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(list.slice(at, at + n));
    at += n;
  }
  return out;
}

/** Levenshtein distance, bounded: used only to rank "did you mean" candidates. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
