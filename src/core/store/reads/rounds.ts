import { PUBLISHED_IN_FUTURE } from '../knowledge.js';
import type { SqlClient } from '../sql.js';
import { likeCi, listAgg } from './dialect.js';
import { SOURCE_COLUMNS, type SourceRow } from './sources.js';

export interface RoundDbRow {
  id: number;
  place: string | null;
  date: string | null;
  date_precision: 'day' | 'month' | 'year' | null;
  status: 'held' | 'scheduled';
  /** JSON list of party names. */
  parties: string;
}

/** One person's holding of one title: the newest report, and a few item ids ("1,5,9"). */
export interface HoldingRow {
  name: string;
  title: string;
  party: string | null;
  as_of: string | null;
  evidence: string;
  ids: string | null;
  item: number;
}

/** Rounds of talks and who holds which title, as `ask` reads them. */
export function createRoundReads(sql: SqlClient) {
  const typed = (t: string) => (sql.dialect === 'postgres' ? t.replace(/@(from|to|status|dossier) IS NULL/g, 'CAST(@$1 AS TEXT) IS NULL') : t);
  return {
    /** A dossier's rounds in a window (dated newest first, undated last), at most `limit`. */
    rounds: (f: { dossier: string; from: string | null; to: string | null; status: string | null }, limit: number) =>
      sql.all<RoundDbRow>(
        typed(`SELECT id, place, date, date_precision, status, parties FROM rounds
          WHERE dossier = @dossier AND (@from IS NULL OR date >= @from) AND (@to IS NULL OR date <= @to) AND (@status IS NULL OR status = @status)
          ORDER BY date IS NULL, date DESC, id DESC LIMIT ${limit}`),
        f,
      ),
    /**
     * Several rounds' reports in one read, each round's oldest first (the same item, oldest first
     * by id), with what citing them needs.
     */
    sourcesOf: (roundIds: readonly number[]) =>
      roundIds.length === 0
        ? Promise.resolve([])
        : sql.all<SourceRow & { round_id: number; item_id: number; evidence: string }>(
            `SELECT s.round_id, s.item_id, s.evidence, ${SOURCE_COLUMNS} JOIN round_sources s ON s.item_id = i.id
              WHERE s.round_id IN (${roundIds.map(() => '?').join(',')}) ORDER BY s.round_id, i.published, s.item_id`,
            [...roundIds],
          ),
    /**
     * One person's holding of one (lower-cased) title, in one negotiation's reports or any
     * (`dossier` null): the newest report, and five sources. A report the feed dated in the
     * future dates nothing.
     */
    holding: (h: { actor: number; title: string; dossier: string | null }) => {
      const inScope = (a: string) => `(@dossier IS NULL OR EXISTS (SELECT 1 FROM item_dossiers d_${a} WHERE d_${a}.dossier = @dossier AND d_${a}.item_id = ${a}.item_id))`;
      // The newest report whose date is believable (the lowest id among that date's), found by
      // walking the (actor, title, as_of) index down from the newest and stopping at the first (a
      // much-reported person holds thousands of role rows: reading the item of each, to sort by a
      // believable date, cost 20 ms at the bench's 100k events); else the newest report of all,
      // undated. One materialized step, the chosen row read by id: PostgreSQL otherwise ran the
      // walk twice and joined the whole role table to its one row. `as_of` is NOT NULL on both stores.
      const believable = (a: string) => `FROM actor_roles ${a} JOIN items i_${a} ON i_${a}.id = ${a}.item_id
               WHERE ${a}.actor_id = @actor AND lower(${a}.title) = @title AND ${inScope(a)} AND i_${a}.published_estimated <> ${PUBLISHED_IN_FUTURE}`;
      return sql.get<HoldingRow>(
        typed(`WITH g AS MATERIALIZED (SELECT
                 (SELECT r5.id ${believable('r5')} AND r5.as_of = (SELECT r3.as_of ${believable('r3')} ORDER BY r3.as_of DESC LIMIT 1)
                   ORDER BY r5.id LIMIT 1) AS a_id),
              h AS MATERIALIZED (SELECT g.a_id, coalesce(g.a_id, (SELECT r4.id FROM actor_roles r4 WHERE r4.actor_id = @actor AND lower(r4.title) = @title AND ${inScope('r4')}
                   ORDER BY r4.as_of DESC, r4.id DESC LIMIT 1)) AS pick FROM g)
         SELECT a.name, r.title, coalesce(r.party, a.party) AS party, (SELECT ra.as_of FROM actor_roles ra WHERE ra.id = h.a_id) AS as_of, r.evidence, r.item_id AS item,
              (SELECT ${listAgg(sql, 'item_id', ',', 'as_of DESC, id DESC')} FROM (SELECT r2.item_id, r2.as_of, r2.id FROM actor_roles r2 WHERE r2.actor_id = @actor AND lower(r2.title) = @title
                AND ${inScope('r2')}
                ORDER BY r2.as_of DESC, r2.id DESC LIMIT 5) x) AS ids
         FROM h JOIN actor_roles r ON r.id = h.pick JOIN actors a ON a.id = r.actor_id`),
        h,
      );
    },
    /** The negotiation an item was read for, other than `dossier`. */
    itemDossier: async (itemId: number, dossier: string) =>
      (await sql.get<{ dossier: string }>('SELECT dossier FROM item_dossiers WHERE item_id = ? AND dossier <> ? ORDER BY dossier LIMIT 1', [itemId, dossier]))
        ?.dossier,
    /** People with a bare title whose sentence matches `like` ("%FSB director%"). */
    titledIn: (title: string, like: string) =>
      sql.all<{ actor_id: number }>(`SELECT DISTINCT actor_id FROM actor_roles WHERE lower(title) = ? AND evidence ${likeCi(sql)} ? LIMIT 20`, [title, like]),
  };
}
