import type { SqlClient } from '../sql.js';
import { ftsMatch } from './dialect.js';
import { SOURCE_COLUMNS, type SourceRow } from './sources.js';

export interface EventRow {
  id: number;
  date: string;
  date_precision: 'day' | 'month' | 'year';
  kind: string;
  title: string;
  place: string | null;
  attribution: string | null;
}

/** A filter on one of the event join tables; table and column are constants, never user text. */
export interface Membership {
  table: 'event_topics' | 'event_parties' | 'event_actors';
  column: 'topic' | 'party' | 'actor_id';
  value: string | number;
}

/** One dossier's dated events, filtered; every value is bound, never spliced. */
export interface EventFilter {
  dossier: string;
  /** Inclusive YYYY-MM-DD bounds. */
  from?: string;
  to?: string;
  memberships: Membership[];
  /** Words the title must contain (each a phrase, all of them). */
  text?: string[];
  /** Held there, or named in the title. */
  place?: { name: string; phrases: string[] };
  kinds?: string[];
  newestFirst: boolean;
  limit: number;
  /** Rows skipped first (a caller reading page by page). */
  offset?: number;
  /** At most this many of each day (the first in the order asked): several days' few in one read. */
  perDay?: number;
}

const RARE_FILTER = 2000;

/** Dated events and what hangs off them (parties, topics, actors, sources). */
export function createEventReads(sql: SqlClient) {
  // Counts change only when events are added: kept until the newest event id moves.
  const counted = new Map<string, number>();
  let countedAt: number | null = null;
  async function countOf(m: Membership): Promise<number> {
    const at = (await sql.get<{ id: number | null }>('SELECT max(id) AS id FROM events'))?.id ?? 0;
    if (at !== countedAt) {
      counted.clear();
      countedAt = at;
    }
    const key = `${m.table}|${m.value}`;
    const hit = counted.get(key);
    if (hit !== undefined) return hit;
    const r = await sql.get<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM ${m.table} WHERE ${m.column} = ? LIMIT ${RARE_FILTER + 1}) x`, [m.value]);
    const n = Number(r?.n ?? 0);
    if (counted.size > 1000) counted.clear();
    counted.set(key, n);
    return n;
  }

  return {
    /** The events a filter keeps, in date order (newest first when asked), at most `limit`. */
    async find(f: EventFilter): Promise<EventRow[]> {
      const where: string[] = [];
      const params: unknown[] = [];
      if (f.from !== undefined) {
        where.push('e.date >= ?');
        params.push(f.from);
      }
      if (f.to !== undefined) {
        where.push('e.date <= ?');
        params.push(f.to);
      }
      if (f.text?.length) {
        const match = ftsMatch(sql, 'events', 'e', f.text.map((p) => [p]));
        where.push(match.text);
        params.push(...match.values);
      }
      if (f.place) {
        const ids = f.place.phrases.length ? ftsMatch(sql, 'events', 'e', f.place.phrases.map((p) => [p])) : undefined;
        const same = sql.dialect === 'sqlite' ? 'e.place = ? COLLATE NOCASE' : 'lower(e.place) = lower(?)';
        where.push(`(${same}${ids ? ` OR ${ids.text}` : ''})`);
        params.push(f.place.name, ...(ids ? ids.values : []));
      }
      if (f.kinds && f.kinds.length > 0) {
        where.push(`e.kind IN (${f.kinds.map(() => '?').join(',')})`);
        params.push(...f.kinds);
      }
      // A rare filter value is fastest as `id IN (…)` then sort; a common one as EXISTS while
      // walking the date index. Counting (capped) picks the form per query.
      if (f.memberships.length > 0) {
        const counts = await Promise.all(f.memberships.map(async (m) => ({ m, n: await countOf(m) })));
        counts.sort((a, b) => a.n - b.n);
        counts.forEach(({ m, n }, i) => {
          if (i === 0 && n <= RARE_FILTER) where.push(`e.id IN (SELECT event_id FROM ${m.table} WHERE ${m.column} = ?)`);
          // LIMIT 1 OFFSET 0 changes nothing in an EXISTS but keeps PostgreSQL from turning it into a join:
          // its generic plan (reused after five runs, blind to the value) read every event of the
          // commonest person through the join and sorted them, 80 ms, instead of walking the dates.
          else where.push(`EXISTS (SELECT 1 FROM ${m.table} x WHERE x.event_id = e.id AND x.${m.column} = ? LIMIT 1 OFFSET 0)`);
          params.push(m.value);
        });
      }
      where.push('e.dossier = ?');
      params.push(f.dossier);
      const dir = f.newestFirst ? 'DESC' : 'ASC';
      const page = `LIMIT ${Math.floor(f.limit)}${f.offset ? ` OFFSET ${Math.floor(f.offset)}` : ''}`;
      if (f.perDay !== undefined) {
        return sql.all<EventRow>(
          `SELECT id, date, date_precision, kind, title, place, attribution FROM (
             SELECT e.id, e.date, e.date_precision, e.kind, e.title, e.place, e.attribution, row_number() OVER (PARTITION BY e.date ORDER BY e.id ${dir}) AS k
               FROM events e WHERE ${where.join(' AND ')}) x
           WHERE k <= ${Math.floor(f.perDay)} ORDER BY date ${dir}, id ${dir} ${page}`,
          params,
        );
      }
      return sql.all<EventRow>(
        `SELECT e.id, e.date, e.date_precision, e.kind, e.title, e.place, e.attribution FROM events e
      WHERE ${where.join(' AND ')}
      ORDER BY e.date ${dir}, e.id ${dir} ${page}`,
        params,
      );
    },
    /**
     * What hangs off several events, in four reads whatever their number: parties and topics
     * alphabetically, actors by name, sources oldest report first, each as it is cited (read with
     * the event's sources, not in a read after them: one round trip fewer on a networked store).
     */
    async details(ids: readonly number[]): Promise<Map<number, { parties: string[]; topics: string[]; actors: string[]; sources: SourceRow[] }>> {
      const out = new Map(ids.map((id) => [id, { parties: [] as string[], topics: [] as string[], actors: [] as string[], sources: [] as SourceRow[] }]));
      if (ids.length === 0) return out;
      const list = ids.map(() => '?').join(',');
      const [parties, topics, actors, sources] = await Promise.all([
        sql.all<{ id: number; v: string }>(`SELECT event_id AS id, party AS v FROM event_parties WHERE event_id IN (${list}) ORDER BY event_id, party`, [...ids]),
        sql.all<{ id: number; v: string }>(`SELECT event_id AS id, topic AS v FROM event_topics WHERE event_id IN (${list}) ORDER BY event_id, topic`, [...ids]),
        sql.all<{ id: number; v: string }>(
          `SELECT e.event_id AS id, a.name AS v FROM event_actors e JOIN actors a ON a.id = e.actor_id WHERE e.event_id IN (${list}) ORDER BY e.event_id, a.name`,
          [...ids],
        ),
        sql.all<SourceRow & { event_id: number }>(
          `SELECT s.event_id, ${SOURCE_COLUMNS} JOIN event_sources s ON s.item_id = i.id WHERE s.event_id IN (${list}) ORDER BY s.event_id, i.published, s.item_id`,
          [...ids],
        ),
      ]);
      for (const r of parties) out.get(r.id)?.parties.push(r.v);
      for (const r of topics) out.get(r.id)?.topics.push(r.v);
      for (const r of actors) out.get(r.id)?.actors.push(r.v);
      for (const { event_id, ...r } of sources) out.get(event_id)?.sources.push(r);
      return out;
    },
    /** The newest day a development is dated on record, up to `day`. */
    lastDay: async (dossier: string, day: string) =>
      (await sql.get<{ d: string | null }>('SELECT max(date) AS d FROM events WHERE dossier = ? AND date <= ?', [dossier, day]))?.d ?? null,
  };
}
