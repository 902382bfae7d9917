import { PUBLISHED_IN_FUTURE } from '../knowledge.js';
import type { SqlClient } from '../sql.js';
import { descNullsLast, likeCi, listAgg } from './dialect.js';

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
  const desc = descNullsLast(sql);
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
    /** A round's reports, oldest first. */
    sources: (roundId: number) =>
      sql.all<{ item_id: number; evidence: string; published: string }>(
        'SELECT s.item_id, s.evidence, i.published FROM round_sources s JOIN items i ON i.id = s.item_id WHERE s.round_id = ? ORDER BY i.published',
        [roundId],
      ),
    /**
     * One person's holding of one (lower-cased) title, in one negotiation's reports or any
     * (`dossier` null): the newest report, and five sources. A report the feed dated in the
     * future dates nothing.
     */
    holding: (h: { actor: number; title: string; dossier: string | null }) =>
      sql.get<HoldingRow>(
        typed(`SELECT a.name, r.title, coalesce(r.party, a.party) AS party,
              CASE WHEN i.published_estimated = ${PUBLISHED_IN_FUTURE} THEN NULL ELSE r.as_of END AS as_of, r.evidence, r.item_id AS item,
              (SELECT ${listAgg(sql, 'item_id', ',', `as_of ${desc}, id DESC`)} FROM (SELECT r2.item_id, r2.as_of, r2.id FROM actor_roles r2 WHERE r2.actor_id = @actor AND lower(r2.title) = @title
                AND (@dossier IS NULL OR EXISTS (SELECT 1 FROM item_dossiers d2 WHERE d2.dossier = @dossier AND d2.item_id = r2.item_id))
                ORDER BY r2.as_of ${desc}, r2.id DESC LIMIT 5) x) AS ids
         FROM actor_roles r JOIN actors a ON a.id = r.actor_id JOIN items i ON i.id = r.item_id
        WHERE r.actor_id = @actor AND lower(r.title) = @title
          AND (@dossier IS NULL OR EXISTS (SELECT 1 FROM item_dossiers d WHERE d.dossier = @dossier AND d.item_id = r.item_id))
        ORDER BY 4 DESC NULLS LAST LIMIT 1`),
        h,
      ),
    /** The negotiation an item was read for, other than `dossier`. */
    itemDossier: async (itemId: number, dossier: string) =>
      (await sql.get<{ dossier: string }>('SELECT dossier FROM item_dossiers WHERE item_id = ? AND dossier <> ? ORDER BY dossier LIMIT 1', [itemId, dossier]))
        ?.dossier,
    /** People with a bare title whose sentence matches `like` ("%FSB director%"). */
    titledIn: (title: string, like: string) =>
      sql.all<{ actor_id: number }>(`SELECT DISTINCT actor_id FROM actor_roles WHERE lower(title) = ? AND evidence ${likeCi(sql)} ? LIMIT 20`, [title, like]),
  };
}
