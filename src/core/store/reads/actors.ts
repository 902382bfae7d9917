import { PUBLISHED_IN_FUTURE } from '../knowledge.js';
import type { SqlClient } from '../sql.js';
import { descNullsLast, flag, insertOrder, listAgg, same } from './dialect.js';

export interface ActorRow {
  id: number;
  name: string;
  key: string;
  party: string | null;
}

/** One title of a person, grouped over its reports: the newest date, one sentence, a few item ids ("1,5,9"). */
export interface RoleGroupRow {
  title: string;
  party: string | null;
  as_of: string | null;
  evidence: string;
  ids: string;
}

/** Sources kept per role. */
const ROLE_SOURCES = 5;
/** Mentions read to count a person's sightings in one negotiation. */
export const MAX_SCOPED_MENTIONS = 2000;

/** People: names, aliases, roles and sightings, as stored. */
export function createActorReads(sql: SqlClient) {
  // A report the feed dated in the future was stamped with its fetch time, which is no date for the role.
  const asOf = `CASE WHEN i.published_estimated = ${PUBLISHED_IN_FUTURE} THEN NULL ELSE r.as_of END`;
  const desc = descNullsLast(sql);
  /**
   * The newest few item ids of one (actor, title, party), optionally only one negotiation's. In
   * PostgreSQL the group's title is named through an aggregate (every title of a group is the same
   * lower-cased).
   */
  const idsOf = (scoped: boolean) =>
    `(SELECT ${listAgg(sql, 'item_id', ',', `as_of ${desc}, id DESC`)} FROM (SELECT r2.item_id, r2.as_of, r2.id FROM actor_roles r2${scoped ? ' JOIN item_dossiers d2 ON d2.dossier = @dossier AND d2.item_id = r2.item_id' : ''}
                 WHERE r2.actor_id = r.actor_id AND lower(r2.title) = ${sql.dialect === 'sqlite' ? 'lower(r.title)' : 'lower(min(r.title))'} AND ${same(sql, 'r2.party', 'r.party')}
                 ORDER BY r2.as_of ${desc}, r2.id DESC LIMIT ${ROLE_SOURCES}) x)`;
  // SQLite gives a bare column the value of the row max() picked (the newest report); PostgreSQL says so.
  const anyOf = (col: string) => (sql.dialect === 'sqlite' ? col : `(array_agg(${col} ORDER BY ${asOf} DESC NULLS LAST))[1]`);
  // Ties (one day's reports) in the order SQLite groups them: by title, then party, no party first.
  const grouped = (scoped: boolean) =>
    `SELECT ${anyOf('r.title')} AS title, r.party, max(${asOf}) AS as_of, ${anyOf('r.evidence')} AS evidence, ${idsOf(scoped)} AS ids
       FROM actor_roles r${scoped ? ' JOIN item_dossiers d ON d.dossier = @dossier AND d.item_id = r.item_id' : ''} JOIN items i ON i.id = r.item_id
      WHERE r.actor_id = @actor GROUP BY lower(r.title), r.party${sql.dialect === 'sqlite' ? '' : ', r.actor_id'}
      ORDER BY as_of ${desc}, lower(${anyOf('r.title')}), r.party${sql.dialect === 'sqlite' ? '' : ' NULLS FIRST'} LIMIT 20`;
  return {
    byAliasKey: (key: string) =>
      sql.all<ActorRow>('SELECT DISTINCT a.id, a.name, a.key, a.party FROM actor_aliases x JOIN actors a ON a.id = x.actor_id WHERE x.key = ?', [key]),
    bySurname: (key: string) => sql.all<ActorRow>('SELECT id, name, key, party FROM actors WHERE surname_key = ?', [key]),
    byId: (id: number) => sql.get<ActorRow>('SELECT id, name, key, party FROM actors WHERE id = ?', [id]),
    aliases: (id: number) => sql.all<{ alias: string }>(`SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY ${insertOrder(sql)}`, [id]),
    /**
     * A person's titles grouped in SQL (a much-reported person has thousands of role rows), as one
     * negotiation's reports give them, or every negotiation's when `dossier` is null.
     */
    roles: (actor: number, dossier: string | null) =>
      dossier === null ? sql.all<RoleGroupRow>(grouped(false), { actor }) : sql.all<RoleGroupRow>(grouped(true), { actor, dossier }),
    /** The negotiation that reports a person's roles most, other than `dossier`. */
    rolesElsewhere: async (actor: number, dossier: string) =>
      (
        await sql.get<{ dossier: string }>(
          `SELECT d.dossier FROM actor_roles r JOIN item_dossiers d ON d.item_id = r.item_id
            WHERE r.actor_id = ? AND d.dossier <> ? GROUP BY d.dossier ORDER BY count(*) DESC, d.dossier LIMIT 1`,
          [actor, dossier],
        )
      )?.dossier,
    /** Sightings in one negotiation's items, read up to MAX_SCOPED_MENTIONS; a mention of an item dated in the future dates nothing. */
    seenIn: async (actor: number, dossier: string) => {
      const r = await sql.get<{ first: string | null; last: string | null; n: number }>(
        `SELECT min(CASE WHEN future = 1 THEN NULL ELSE published END) AS first, max(CASE WHEN future = 1 THEN NULL ELSE published END) AS last, count(*) AS n
           FROM (SELECT i.published, ${flag(`i.published_estimated = ${PUBLISHED_IN_FUTURE}`)} AS future
                   FROM mentions m JOIN item_dossiers d ON d.dossier = ? AND d.item_id = m.item_id JOIN items i ON i.id = m.item_id
                  WHERE m.actor_id = ? LIMIT ${MAX_SCOPED_MENTIONS}) x`,
        [dossier, actor],
      );
      return r ? { ...r, n: Number(r.n) } : undefined;
    },
    /** Does any negotiation other than `dossier` hold items? */
    otherDossiers: async (dossier: string) =>
      (
        await sql.get<{ n: number }>(
          `SELECT ${flag('EXISTS (SELECT 1 FROM item_dossiers WHERE dossier < ?) OR EXISTS (SELECT 1 FROM item_dossiers WHERE dossier > ?)')} AS n`,
          [dossier, dossier],
        )
      )?.n === 1,
    /** A person's own counters. */
    seen: (id: number) =>
      sql.get<{ first: string | null; last: string | null; n: number }>('SELECT first_seen AS first, last_seen AS last, mention_count AS n FROM actors WHERE id = ?', [id]),
    allKeys: () => sql.all<{ actor_id: number; key: string; alias: string }>('SELECT actor_id, key, alias FROM actor_aliases'),
    /** The person most recently reported in a title containing `like` (a LIKE pattern over the lower-cased title), of `party` when given. */
    byRole: async (like: string, party: string | null) =>
      (
        await sql.get<{ actor_id: number }>(
          `SELECT r.actor_id FROM actor_roles r JOIN actors a ON a.id = r.actor_id JOIN items i ON i.id = r.item_id
            WHERE lower(r.title) LIKE @like AND (CAST(@party AS TEXT) IS NULL OR r.party = @party OR (r.party IS NULL AND a.party = @party))
            GROUP BY r.actor_id ORDER BY max(${asOf}) ${desc}, count(*) DESC LIMIT 1`,
          { like, party },
        )
      )?.actor_id,
    /** Names whose alias key starts with `key`, alphabetically. */
    prefix: (key: string, limit: number) =>
      sql.all<{ name: string }>(
        `SELECT DISTINCT a.name FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
          WHERE x.key >= ? AND x.key < ? ORDER BY a.name LIMIT ?`,
        [key, `${key}\uffff`, limit],
      ),
  };
}
