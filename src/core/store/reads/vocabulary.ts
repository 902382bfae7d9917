import type { SqlClient } from '../sql.js';
import { flag, ftsIds, insertOrder, listAgg } from './dialect.js';

/** What `ask` links words to: people, titles, sides, places, and whether a word is on record. */
export function createVocabularyReads(sql: SqlClient) {
  return {
    /** Changes when people, aliases, rounds or roles are added, or an item is read for the dossier. */
    version: async (dossier: string): Promise<string> => {
      const r = await sql.get<{ a: number; b: number; c: number; d: number; e: number }>(
        `SELECT (SELECT coalesce(max(id), 0) FROM actors) AS a, (SELECT coalesce(max(${insertOrder(sql)}), 0) FROM actor_aliases) AS b,
                (SELECT coalesce(max(id), 0) FROM rounds) AS c, (SELECT coalesce(max(id), 0) FROM actor_roles) AS d,
                (SELECT coalesce(max(item_id), 0) FROM item_dossiers WHERE dossier = ?) AS e`,
        [dossier],
      );
      return r ? `${r.a}|${r.b}|${r.c}|${r.d}|${r.e}` : '';
    },
    /** The dossier's sides: parties with a delegation or a statement. */
    sides: (dossier: string) =>
      sql.all<{ party: string }>(
        'SELECT DISTINCT party FROM delegations WHERE dossier = ? UNION SELECT DISTINCT party FROM statements WHERE dossier = ? AND party IS NOT NULL',
        [dossier, dossier],
      ),
    /**
     * Every (lower-cased title, person) pair: titles in byte order, each title's people in the order
     * they were first reported in it. The order decides which holders `ask` reads first (and cuts
     * at its maximum): stated, not left to how each engine happens to run DISTINCT (SQLite's walk
     * of the title index gave this order; PostgreSQL's hash gave another, and other answers).
     */
    titles: async () =>
      (await sql.all<{ t: string; actor_id: number; first: number }>('SELECT lower(title) AS t, actor_id, min(id) AS first FROM actor_roles GROUP BY lower(title), actor_id'))
        // Code-unit order is byte order for every title but one mixing astral characters with U+E000–U+FFFF.
        .sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : a.first - b.first))
        .map(({ t, actor_id }) => ({ t, actor_id })),
    /** Every person with their alias keys ("a|b") and whether the dossier's reports mention them (1/0). */
    actors: (dossier: string) =>
      sql.all<{ id: number; name: string; party: string | null; n: number; keys: string | null; here: number }>(
        `SELECT a.id, a.name, a.party, a.mention_count AS n, (SELECT ${listAgg(sql, 'x.key', '|')} FROM actor_aliases x WHERE x.actor_id = a.id) AS keys,
                ${flag('EXISTS (SELECT 1 FROM mentions m JOIN item_dossiers d ON d.dossier = ? AND d.item_id = m.item_id WHERE m.actor_id = a.id)')} AS here
           FROM actors a ORDER BY a.id`,
        [dossier],
      ),
    /** Places of the dossier's rounds. */
    places: (dossier: string) => sql.all<{ place: string }>('SELECT DISTINCT place FROM rounds WHERE dossier = ? AND place IS NOT NULL', [dossier]),
    /** The dossier's held rounds dated to the day, oldest first: "the second day of the talks" counts from them. */
    roundDays: (dossier: string) =>
      sql.all<{ place: string | null; date: string; parties: string }>(
        "SELECT place, date, parties FROM rounds WHERE dossier = ? AND status = 'held' AND date_precision = 'day' AND date IS NOT NULL ORDER BY date, id",
        [dossier],
      ),
    /** Does the word (a phrase) occur in any development, or any report? Developments first. */
    onRecord: async (word: string): Promise<boolean> => {
      for (const table of ['events', 'items'] as const) {
        // The word or its plural: "plant" is on record where the reports say "nuclear plants". (Not the
        // other way: "zhovkvas position" is a possessive typed without its apostrophe, not a plural.)
        const ids = ftsIds(sql, table, [[word, `${word}s`]], { limit: 1 });
        if (await sql.get(ids.text, ids.values)) return true;
      }
      return false;
    },
  };
}
