import type { LoadedDossier } from '../dossier/load.js';
import { UserError } from '../errors.js';
import { resolveParty } from '../parties.js';
import { type EventOut, type TimelineQuery, TimelineQuery as TimelineQuerySchema, type TimelineResult } from '../schemas.js';
import type { Db } from '../store/db.js';
import { cleanArg, createSourceLookup, ftsQuery, parseDay } from './common.js';

interface EventRow {
  id: number;
  date: string;
  date_precision: 'day' | 'month' | 'year';
  kind: string;
  title: string;
  place: string | null;
  attribution: string | null;
}

export const DEFAULT_TIMELINE_LIMIT = 50;
const RARE_FILTER = 2000;
/** Candidates read, at most, when a caller keeps events by their sentence. */
const SCAN_CAP = 3000;

/** A filter on one of the event join tables; table and column are constants, never user text. */
interface Membership {
  table: 'event_topics' | 'event_parties' | 'event_actors';
  column: 'topic' | 'party' | 'actor_id';
  value: string | number;
}

/** The timeline of one dossier: its events, its topics. */
export function createTimeline(db: Db, dossier: LoadedDossier, resolveActorId: (name: string) => number) {
  const source = createSourceLookup(db);
  const parties = db.prepare<[number], { party: string }>('SELECT party FROM event_parties WHERE event_id = ? ORDER BY party');
  const topics = db.prepare<[number], { topic: string }>('SELECT topic FROM event_topics WHERE event_id = ? ORDER BY topic');
  const actors = db.prepare<[number], { name: string }>(
    'SELECT a.name FROM event_actors e JOIN actors a ON a.id = e.actor_id WHERE e.event_id = ? ORDER BY a.name',
  );
  const sources = db.prepare<[number], { item_id: number }>(
    `SELECT s.item_id FROM event_sources s JOIN items i ON i.id = s.item_id WHERE s.event_id = ? ORDER BY i.published`,
  );
  const cache = new Map<string, ReturnType<typeof db.prepare<(string | number)[], EventRow>>>();

  /** Accepts a topic id ("maritime"), a label word ("Black Sea") or a lexicon term. */
  function resolveTopic(input: string): string {
    const t = input.trim().toLowerCase();
    for (const topic of dossier.topics) {
      if (topic.id === t || topic.label.toLowerCase() === t) return topic.id;
    }
    for (const topic of dossier.topics) {
      if (topic.id.startsWith(t) || topic.label.toLowerCase().includes(t) || topic.terms.some((x) => x === t || x.includes(t)))
        return topic.id;
    }
    throw new UserError(
      `Unknown topic "${input}". Topics of ${dossier.id}: ${dossier.topics.map((x) => x.id).join(', ')}. Try: /timeline topic:${dossier.topics[0]?.id ?? 'ceasefire'}`,
      { suggestions: dossier.topics.map((x) => x.id) },
    );
  }

  const counters = new Map<string, ReturnType<typeof db.prepare<[string | number], { n: number }>>>();
  // Counts change only when events are added: kept until the newest event id moves.
  const newestEvent = db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM events');
  const counted = new Map<string, number>();
  let countedAt: number | null = null;
  function countOf(m: Membership): number {
    const at = newestEvent.get()?.id ?? 0;
    if (at !== countedAt) {
      counted.clear();
      countedAt = at;
    }
    const key = `${m.table}|${m.value}`;
    const hit = counted.get(key);
    if (hit !== undefined) return hit;
    let stmt = counters.get(m.table);
    if (!stmt) {
      stmt = db.prepare<[string | number], { n: number }>(
        `SELECT count(*) AS n FROM (SELECT 1 FROM ${m.table} WHERE ${m.column} = ? LIMIT ${RARE_FILTER + 1})`,
      );
      counters.set(m.table, stmt);
    }
    const n = stmt.get(m.value)?.n ?? 0;
    if (counted.size > 1000) counted.clear();
    counted.set(key, n);
    return n;
  }

  function toOut(r: EventRow): EventOut {
    return {
      date: r.date,
      datePrecision: r.date_precision,
      kind: r.kind,
      title: r.title,
      place: r.place,
      parties: parties.all(r.id).map((x) => x.party),
      actors: actors.all(r.id).map((x) => x.name),
      topics: topics.all(r.id).map((x) => x.topic),
      attribution: r.attribution,
      sources: sources.all(r.id).map((s) => source(s.item_id)),
    };
  }

  /**
   * `kinds`, `place` and `keep` are for the core's own callers (ask): `place` keeps events held
   * there or whose sentence names it ("in Sumy"), since most developments carry no venue of their
   * own; `keep` reads each candidate's sentence first and builds full rows only for the `limit` it keeps
   * (at most `scan`, default SCAN_CAP, read), which is cheaper than a broad full-text match on a large base.
   */
  function timeline(
    input: TimelineQuery & { kinds?: string[]; place?: string; keep?: (title: string) => boolean; scan?: number },
  ): TimelineResult {
    const parsed = TimelineQuerySchema.safeParse(input);
    if (!parsed.success) throw new UserError('The timeline limit must be a whole number from 1 to 500. Try: /timeline limit:20');
    const query = parsed.data;
    const where: string[] = [];
    const params: (string | number)[] = [];
    const members: Membership[] = [];
    if (query.from !== undefined) {
      where.push('e.date >= ?');
      params.push(parseDay(cleanArg(query.from, 'from date', '/timeline from:2025-03-01', 20), 'from date', 'start'));
    }
    if (query.to !== undefined) {
      where.push('e.date <= ?');
      params.push(parseDay(cleanArg(query.to, 'to date', '/timeline to:2025-03-31', 20), 'to date', 'end'));
    }
    if (query.from && query.to && (params[0] as string) > (params[1] as string)) {
      throw new UserError(`The from date is after the to date. Try: /timeline from:${params[1]} to:${params[0]}`);
    }
    if (query.topic !== undefined) {
      members.push({ table: 'event_topics', column: 'topic', value: resolveTopic(cleanArg(query.topic, 'topic', '/timeline topic:maritime', 60)) });
    }
    if (query.party !== undefined) {
      const text = cleanArg(query.party, 'party', '/timeline party:Ukraine', 100);
      const p = resolveParty(text);
      if (!p) throw new UserError(`"${text}" is not a country or party I know. Try: /timeline party:Ukraine`);
      members.push({ table: 'event_parties', column: 'party', value: p.name });
    }
    if (query.actor !== undefined) {
      members.push({ table: 'event_actors', column: 'actor_id', value: resolveActorId(query.actor) });
    }
    if (query.text !== undefined) {
      const match = ftsQuery(cleanArg(query.text, 'search words', '/timeline text:"grain corridor"', 200));
      if (!match) throw new UserError('Search words must contain letters or digits. Try: /timeline text:grain');
      where.push('e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)');
      params.push(match);
    }
    if (input.place !== undefined) {
      const match = ftsQuery(input.place);
      where.push(`(e.place = ? COLLATE NOCASE${match ? ' OR e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)' : ''})`);
      params.push(input.place, ...(match ? [match] : []));
    }
    if (input.kinds && input.kinds.length > 0) {
      where.push(`e.kind IN (${input.kinds.map(() => '?').join(',')})`);
      params.push(...input.kinds);
    }
    // A rare filter value is fastest as `id IN (…)` then sort; a common one as EXISTS while
    // walking the date index. Counting (capped) picks the form per query.
    if (members.length > 0) {
      const counted = members.map((m) => ({ m, n: countOf(m) })).sort((a, b) => a.n - b.n);
      counted.forEach(({ m, n }, i) => {
        if (i === 0 && n <= RARE_FILTER) where.push(`e.id IN (SELECT event_id FROM ${m.table} WHERE ${m.column} = ?)`);
        else where.push(`EXISTS (SELECT 1 FROM ${m.table} x WHERE x.event_id = e.id AND x.${m.column} = ?)`);
        params.push(m.value);
      });
    }
    where.push('e.dossier = ?');
    params.push(dossier.id);
    const wanted = query.limit ?? DEFAULT_TIMELINE_LIMIT;
    const limit = input.keep ? Math.min(input.scan ?? SCAN_CAP, SCAN_CAP) : wanted;
    // With no lower bound, "the last N" is what a reader wants; otherwise the first N from the start.
    const newestFirst = query.from === undefined;
    const sql = `SELECT e.id, e.date, e.date_precision, e.kind, e.title, e.place, e.attribution FROM events e
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY e.date ${newestFirst ? 'DESC' : 'ASC'}, e.id ${newestFirst ? 'DESC' : 'ASC'} LIMIT ${limit}`;
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare<(string | number)[], EventRow>(sql);
      cache.set(sql, stmt);
    }
    let rows: EventRow[];
    if (input.keep) {
      rows = [];
      for (const r of stmt.iterate(...params)) {
        if (!input.keep(r.title)) continue;
        rows.push(r);
        if (rows.length >= wanted) break;
      }
    } else rows = stmt.all(...params);
    if (newestFirst) rows.reverse();
    return { events: rows.map(toOut) };
  }

  return { timeline, resolveTopic };
}
