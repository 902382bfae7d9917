import { PUBLISHED_IN_FUTURE } from '../knowledge.js';
import type { SqlClient } from '../sql.js';
import { descNullsLast, flag, insertOrder, listAgg, same } from './dialect.js';

export interface ActorRow {
  id: number;
  name: string;
  key: string;
  party: string | null;
  /** The person's own counters (first and last sighting, mentions), read with the row. */
  first_seen: string | null;
  last_seen: string | null;
  mention_count: number;
}

/** An ActorRow's columns of `actors` aliased `a`. */
const ACTOR = 'a.id, a.name, a.key, a.party, a.first_seen, a.last_seen, a.mention_count';

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
   * A person's titles, one row per (lower-cased title, party), the newest first, at most 20. The
   * groups are formed without touching items (a much-reported person has thousands of role rows,
   * and the item of each would be read only to learn whether its date is believable); each
   * group's date, title and sentence are those of its newest report the feed did not date in the
   * future (the lowest id among that date's), found by walking the (actor, title, as_of) index
   * from the newest down, which stops at the first such report. A group reported only with such
   * dates has no date and shows its newest row. The groups are one materialized step and the
   * chosen rows are read by id, so neither engine joins the whole role table to them nor
   * evaluates a group's walk twice (PostgreSQL did both: 35 ms for the bench's most-reported person).
   * `as_of` is NOT NULL on both stores, so "newest" needs no NULLS clause and walks the index.
   */
  const grouped = (scoped: boolean) => {
    const inDossier = (a: string) => (scoped ? ` JOIN item_dossiers d_${a} ON d_${a}.dossier = @dossier AND d_${a}.item_id = ${a}.item_id` : '');
    const sameGroup = (a: string) => `${a}.actor_id = g0.actor_id AND lower(${a}.title) = g0.t AND ${same(sql, `${a}.party`, 'g0.party')}`;
    const believable = (a: string) => `${inDossier(a)} JOIN items i_${a} ON i_${a}.id = ${a}.item_id
            WHERE ${sameGroup(a)} AND i_${a}.published_estimated <> ${PUBLISHED_IN_FUTURE}`;
    return `WITH g1 AS MATERIALIZED (
        SELECT g0.actor_id, g0.t, g0.party,
          (SELECT r5.id FROM actor_roles r5${believable('r5')}
              AND r5.as_of = (SELECT r3.as_of FROM actor_roles r3${believable('r3')} ORDER BY r3.as_of DESC LIMIT 1)
            ORDER BY r5.id LIMIT 1) AS a_id,
          (SELECT ${listAgg(sql, 'item_id', ',', 'as_of DESC, id DESC')} FROM (SELECT r2.item_id, r2.as_of, r2.id FROM actor_roles r2${inDossier('r2')}
             WHERE ${sameGroup('r2')} ORDER BY r2.as_of DESC, r2.id DESC LIMIT ${ROLE_SOURCES}) x) AS ids
        FROM (SELECT r0.actor_id, lower(r0.title) AS t, r0.party FROM actor_roles r0${inDossier('r0')}
               WHERE r0.actor_id = @actor GROUP BY r0.actor_id, lower(r0.title), r0.party) g0),
      g AS MATERIALIZED (
        SELECT g1.t, g1.party, g1.a_id, g1.ids, coalesce(g1.a_id,
            (SELECT r4.id FROM actor_roles r4${inDossier('r4')} WHERE r4.actor_id = g1.actor_id AND lower(r4.title) = g1.t AND ${same(sql, 'r4.party', 'g1.party')}
              ORDER BY r4.as_of DESC, r4.id DESC LIMIT 1)) AS pick
        FROM g1)
      SELECT (SELECT r.title FROM actor_roles r WHERE r.id = g.pick) AS title, g.party, (SELECT ra.as_of FROM actor_roles ra WHERE ra.id = g.a_id) AS as_of,
        (SELECT r.evidence FROM actor_roles r WHERE r.id = g.pick) AS evidence, g.ids
      FROM g ORDER BY as_of ${desc}, g.t, g.party${sql.dialect === 'sqlite' ? '' : ' NULLS FIRST'} LIMIT 20`;
  };
  return {
    byAliasKey: (key: string) => sql.all<ActorRow>(`SELECT DISTINCT ${ACTOR} FROM actor_aliases x JOIN actors a ON a.id = x.actor_id WHERE x.key = ?`, [key]),
    bySurname: (key: string) => sql.all<ActorRow>(`SELECT ${ACTOR} FROM actors a WHERE a.surname_key = ?`, [key]),
    byId: (id: number) => sql.get<ActorRow>(`SELECT ${ACTOR} FROM actors a WHERE a.id = ?`, [id]),
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
