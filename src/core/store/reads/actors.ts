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
  /** The newest few item ids of one group `g` (actor, lower-cased title, party), optionally only one negotiation's. */
  const idsOf = (scoped: boolean) =>
    `(SELECT ${listAgg(sql, 'item_id', ',', `as_of ${desc}, id DESC`)} FROM (SELECT r2.item_id, r2.as_of, r2.id FROM actor_roles r2${scoped ? ' JOIN item_dossiers d2 ON d2.dossier = @dossier AND d2.item_id = r2.item_id' : ''}
                 WHERE r2.actor_id = g.actor_id AND lower(r2.title) = g.t AND ${same(sql, 'r2.party', 'g.party')}
                 ORDER BY r2.as_of ${desc}, r2.id DESC LIMIT ${ROLE_SOURCES}) x)`;
  /**
   * A person's titles, one row per (lower-cased title, party), the newest first, at most 20. The
   * groups are formed without touching items (a much-reported person has thousands of role rows,
   * and the item of each would be read only to learn whether its date is believable); each
   * group's date, title and sentence are those of its newest report the feed did not date in the
   * future, found by walking the (actor, as_of) index from the newest down, which stops at the
   * first such report. A group reported only with such dates has no date and shows its newest row.
   */
  const grouped = (scoped: boolean) => {
    const inDossier = (a: string) => (scoped ? ` JOIN item_dossiers d_${a} ON d_${a}.dossier = @dossier AND d_${a}.item_id = ${a}.item_id` : '');
    const sameGroup = (a: string) => `${a}.actor_id = g0.actor_id AND lower(${a}.title) = g0.t AND ${same(sql, `${a}.party`, 'g0.party')}`;
    return `SELECT r.title, g.party, ra.as_of, r.evidence, ${idsOf(scoped)} AS ids FROM (
        SELECT g0.actor_id, g0.t, g0.party,
          (SELECT r3.id FROM actor_roles r3${inDossier('r3')} JOIN items i3 ON i3.id = r3.item_id
            WHERE ${sameGroup('r3')} AND i3.published_estimated <> ${PUBLISHED_IN_FUTURE} AND r3.as_of IS NOT NULL
            ORDER BY r3.as_of DESC, r3.id LIMIT 1) AS a_id,
          (SELECT r4.id FROM actor_roles r4${inDossier('r4')} WHERE ${sameGroup('r4')} ORDER BY r4.as_of ${desc}, r4.id DESC LIMIT 1) AS b_id
        FROM (SELECT r0.actor_id, lower(r0.title) AS t, r0.party FROM actor_roles r0${inDossier('r0')}
               WHERE r0.actor_id = @actor GROUP BY r0.actor_id, lower(r0.title), r0.party) g0
      ) g JOIN actor_roles r ON r.id = coalesce(g.a_id, g.b_id) LEFT JOIN actor_roles ra ON ra.id = g.a_id
      ORDER BY ra.as_of ${desc}, g.t, g.party${sql.dialect === 'sqlite' ? '' : ' NULLS FIRST'} LIMIT 20`;
  };
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
