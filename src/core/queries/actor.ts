import { UserError } from '../errors.js';
import { nameKey, sameActor, surnameKey } from '../names.js';
import type { ActorResult, RoleOut, SourceRef } from '../schemas.js';
import type { Db } from '../store/db.js';
import { PUBLISHED_IN_FUTURE } from '../store/knowledge.js';
import { cleanArg, createSourceLookup, editDistance } from './common.js';
import { createDelegationReader } from './delegations.js';

/** Newest sources shown per role, and delegations per actor: a profile, not an archive. */
const MAX_ROLE_SOURCES = 5;
const MAX_DELEGATIONS = 10;
/** Mentions read to count a person's sightings in one negotiation; past it, the person's own counters stand. */
const MAX_SCOPED_MENTIONS = 2000;

interface ActorRow {
  id: number;
  name: string;
  key: string;
  party: string | null;
}

/**
 * "envoy" said on Monday and "special envoy for Russia" said on Sunday are one role: a title
 * contained in a more specific one of the same party joins it (sources and the later asOf).
 */
/** British and American spellings, and gendered forms, of the same title word (ask folds titles with them too). */
export const SPELLING: Record<string, string> = {
  defense: 'defence',
  advisor: 'adviser',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  chairman: 'chair',
  chairwoman: 'chair',
  chairperson: 'chair',
};

function foldGenericRoles<R extends RoleOut & { srcIds: Set<number> }>(roles: R[]): R[] {
  const out: R[] = [];
  const byLength = [...roles].sort((a, b) => b.title.length - a.title.length);
  for (const r of byLength) {
    const words = (t: string) => t.toLowerCase().split(/\s+/).map((w) => SPELLING[w] ?? w);
    const host = out.find(
      (o) => (r.party === null || o.party === null || o.party === r.party) && words(r.title).every((w) => words(o.title).includes(w)),
    );
    if (!host) {
      out.push(r);
      continue;
    }
    if (r.asOf !== null && (host.asOf === null || r.asOf > host.asOf)) host.asOf = r.asOf;
    if (!host.party && r.party) host.party = r.party;
    for (const src of r.sources) if (!host.sources.some((x) => x.url === src.url)) host.sources.push(src);
  }
  return out.sort((a, b) => (b.asOf ?? '').localeCompare(a.asOf ?? ''));
}

/**
 * People. A person is one across negotiations (names, roles, sightings come from every dossier's
 * reports); the delegations listed are those of the dossier the queries are built for.
 */
export function createActorQueries(
  db: Db,
  dossier: string,
  mediators: readonly string[] = [],
  /** The title of another dossier, to say which negotiation a role was reported in. */
  titleOf: (id: string) => string = (id) => id,
) {
  const delegations = createDelegationReader(db, dossier, mediators);
  const source = createSourceLookup(db);
  const q = {
    byAliasKey: db.prepare<[string], ActorRow>(
      `SELECT DISTINCT a.id, a.name, a.key, a.party FROM actor_aliases x JOIN actors a ON a.id = x.actor_id WHERE x.key = ?`,
    ),
    bySurname: db.prepare<[string], ActorRow>('SELECT id, name, key, party FROM actors WHERE surname_key = ?'),
    byId: db.prepare<[number], ActorRow>('SELECT id, name, key, party FROM actors WHERE id = ?'),
    aliases: db.prepare<[number], { alias: string }>('SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY rowid'),
    // Roles grouped in SQL: a much-reported person has thousands of role rows. A report the feed
    // dated in the future was stamped with its fetch time, which is no date for the role.
    // Roles grouped in SQL: a much-reported person has thousands of role rows. A report the feed
    // dated in the future was stamped with its fetch time, which is no date for the role. Only the
    // roles reported in one negotiation's items: Witkoff is "special envoy for Russia" in
    // Russia–Ukraine's reports and "envoy" to the Middle East in Gaza's.
    roles: db.prepare<[{ actor: number; dossier: string }], { title: string; party: string | null; as_of: string | null; evidence: string; ids: string }>(
      `SELECT r.title, r.party, max(CASE WHEN i.published_estimated = ${PUBLISHED_IN_FUTURE} THEN NULL ELSE r.as_of END) AS as_of, r.evidence,
              (SELECT group_concat(item_id) FROM (SELECT r2.item_id FROM actor_roles r2 JOIN item_dossiers d2 ON d2.dossier = @dossier AND d2.item_id = r2.item_id
                 WHERE r2.actor_id = r.actor_id AND lower(r2.title) = lower(r.title) AND r2.party IS r.party
                 ORDER BY r2.as_of DESC LIMIT ${MAX_ROLE_SOURCES})) AS ids
         FROM actor_roles r JOIN item_dossiers d ON d.dossier = @dossier AND d.item_id = r.item_id JOIN items i ON i.id = r.item_id
        WHERE r.actor_id = @actor GROUP BY lower(r.title), r.party ORDER BY as_of DESC LIMIT 20`,
    ),
    // The same over every negotiation's reports: a database of one dossier needs no join.
    rolesAll: db.prepare<[{ actor: number }], { title: string; party: string | null; as_of: string | null; evidence: string; ids: string }>(
      `SELECT r.title, r.party, max(CASE WHEN i.published_estimated = ${PUBLISHED_IN_FUTURE} THEN NULL ELSE r.as_of END) AS as_of, r.evidence,
              (SELECT group_concat(item_id) FROM (SELECT r2.item_id FROM actor_roles r2
                 WHERE r2.actor_id = r.actor_id AND lower(r2.title) = lower(r.title) AND r2.party IS r.party
                 ORDER BY r2.as_of DESC LIMIT ${MAX_ROLE_SOURCES})) AS ids
         FROM actor_roles r JOIN items i ON i.id = r.item_id WHERE r.actor_id = @actor GROUP BY lower(r.title), r.party ORDER BY as_of DESC LIMIT 20`,
    ),
    /** The negotiation that reports a person's roles most, other than the one asked about. */
    rolesElsewhere: db.prepare<[{ actor: number; dossier: string }], { dossier: string }>(
      `SELECT d.dossier FROM actor_roles r JOIN item_dossiers d ON d.item_id = r.item_id
        WHERE r.actor_id = @actor AND d.dossier <> @dossier GROUP BY d.dossier ORDER BY count(*) DESC, d.dossier LIMIT 1`,
    ),
    // Mentions in one negotiation's items (read up to a bound: a much-reported person's counters stand for
    // the rest); a mention of an item the feed dated in the future dates nothing.
    seenIn: db.prepare<[{ actor: number; dossier: string }], { first: string | null; last: string | null; n: number }>(
      `SELECT min(CASE WHEN future THEN NULL ELSE published END) AS first, max(CASE WHEN future THEN NULL ELSE published END) AS last, count(*) AS n
         FROM (SELECT i.published, i.published_estimated = ${PUBLISHED_IN_FUTURE} AS future
                 FROM mentions m JOIN item_dossiers d ON d.dossier = @dossier AND d.item_id = m.item_id JOIN items i ON i.id = m.item_id
                WHERE m.actor_id = @actor LIMIT ${MAX_SCOPED_MENTIONS})`,
    ),
    /** Does any other negotiation hold items? Only then do a person's facts need sorting by negotiation. */
    otherDossiers: db.prepare<[string, string], { n: number }>(
      'SELECT EXISTS (SELECT 1 FROM item_dossiers WHERE dossier < ?) OR EXISTS (SELECT 1 FROM item_dossiers WHERE dossier > ?) AS n',
    ),
    seen: db.prepare<[number], { first: string | null; last: string | null; n: number }>(
      'SELECT first_seen AS first, last_seen AS last, mention_count AS n FROM actors WHERE id = ?',
    ),
    mentionCount: db.prepare<[number], { n: number }>('SELECT mention_count AS n FROM actors WHERE id = ?'),
    allKeys: db.prepare<[], { actor_id: number; key: string; alias: string }>(
      'SELECT actor_id, key, alias FROM actor_aliases',
    ),
    byRole: db.prepare<[{ like: string; party: string | null }], { actor_id: number }>(
      `SELECT r.actor_id FROM actor_roles r JOIN actors a ON a.id = r.actor_id JOIN items i ON i.id = r.item_id
        WHERE lower(r.title) LIKE @like AND (@party IS NULL OR r.party = @party OR (r.party IS NULL AND a.party = @party))
        GROUP BY r.actor_id ORDER BY max(CASE WHEN i.published_estimated = ${PUBLISHED_IN_FUTURE} THEN NULL ELSE r.as_of END) DESC, count(*) DESC LIMIT 1`,
    ),
    prefix: db.prepare<[string, string, number], { name: string }>(
      `SELECT DISTINCT a.name FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
        WHERE x.key >= ? AND x.key < ? ORDER BY a.name LIMIT ?`,
    ),
  };

  /** Every actor a name may mean: exact alias first, then a surname or transliteration match. */
  function candidates(name: string): ActorRow[] {
    const key = nameKey(name);
    if (!key) return [];
    const exact = q.byAliasKey.all(key);
    if (exact.length > 0) return exact;
    return q.bySurname.all(surnameKey(name)).filter((a) => sameActor(a.name, name));
  }

  function didYouMean(name: string): string[] {
    const key = nameKey(name);
    const scored = new Map<number, number>();
    for (const r of q.allKeys.iterate()) {
      const d = editDistance(key, r.key);
      const last = editDistance(key, r.key.split(' ').pop() ?? r.key);
      const best = Math.min(d, last);
      if (best <= Math.max(2, Math.floor(key.length / 3))) {
        scored.set(r.actor_id, Math.min(scored.get(r.actor_id) ?? 99, best));
      }
    }
    return [...scored.entries()]
      .sort((a, b) => a[1] - b[1])
      .slice(0, 5)
      .map(([id]) => q.byId.get(id)?.name ?? '')
      .filter(Boolean);
  }

  function resolve(nameArg: string): ActorRow {
    const name = cleanArg(nameArg, 'name', '/actor Witkoff', 100);
    const found = candidates(name);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      // Ambiguous: "Peek" may be two people. Rank by how often each is mentioned.
      const ranked = found
        .map((a) => ({ a, n: q.mentionCount.get(a.id)?.n ?? 0 }))
        .sort((x, y) => y.n - x.n)
        .map((x) => x.a.name);
      throw new UserError(`"${name}" could be ${ranked.length} people: ${ranked.join(', ')}. Try the full name: /actor ${ranked[0]}`, {
        exitCode: 1,
        suggestions: ranked,
      });
    }
    const suggestions = didYouMean(name);
    throw new UserError(
      suggestions.length
        ? `No actor called "${name}" in the knowledge base. Did you mean: ${suggestions.join(', ')}?`
        : `No actor called "${name}" in the knowledge base yet. Try a surname from the news, e.g. /actor Witkoff`,
      { exitCode: 1, suggestions },
    );
  }

  function actor(nameArg: string): ActorResult {
    return profile(resolve(nameArg));
  }

  /** A person's roles as one negotiation's reports give them. */
  function rolesIn(actor: number, id: string | null): RoleOut[] {
    const rows = id === null ? q.rolesAll.all({ actor }) : q.roles.all({ actor, dossier: id });
    const grouped = rows.map((r) => {
      const ids = [...new Set(r.ids.split(',').map(Number))];
      return { title: r.title, party: r.party, asOf: r.as_of, evidence: r.evidence, sources: ids.map(source), srcIds: new Set(ids) };
    });
    return foldGenericRoles(grouped).map(({ srcIds: _ids, ...r }) => r);
  }

  function profile(row: ActorRow): ActorResult {
    // The asked negotiation's reports first; another's only when it states no role, and then saying whose.
    const several = q.otherDossiers.get(dossier, dossier)?.n === 1;
    let roles = rolesIn(row.id, several ? dossier : null);
    if (!roles.length && several) {
      const other = q.rolesElsewhere.get({ actor: row.id, dossier })?.dossier;
      if (other) roles = rolesIn(row.id, other).map((r) => ({ ...r, from: { id: other, title: titleOf(other) } }));
    }
    // Sightings in the asked negotiation, when the database holds others; a person's own counters otherwise.
    const here = several ? q.seenIn.get({ actor: row.id, dossier }) : undefined;
    const seen = here && here.n > 0 && here.n < MAX_SCOPED_MENTIONS ? here : (q.seen.get(row.id) ?? { first: null, last: null, n: 0 });
    const aliases = [...new Set(q.aliases.all(row.id).map((a) => a.alias))].filter((a) => a !== row.name);
    return {
      actor: {
        name: row.name,
        aliases,
        party: row.party,
        roles,
        delegations: delegations.ofActor(row.id, MAX_DELEGATIONS),
        firstSeen: seen.first,
        lastSeen: seen.last,
        mentions: seen.n,
      },
    };
  }

  /**
   * "Who is Ukraine's defence minister?": the actor most recently reported in a role whose title
   * contains the words, of the given party when one is named; null when none is on record.
   */
  function byRole(role: string, party?: string): ActorResult | null {
    const words = role.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').split(/\s+/).filter((w) => w.length > 1);
    if (words.length === 0 || words.length > 6) return null;
    const hit = q.byRole.get({ like: `%${words.join(' ')}%`, party: party ?? null });
    if (!hit) return null;
    const row = q.byId.get(hit.actor_id);
    return row ? profile(row) : null;
  }

  return {
    actor,
    byRole,
    /** Resolves a name to an actor id, or throws the same UserError as `actor`. */
    resolveId: (name: string) => resolve(name).id,
    suggest(prefix: string, limit = 25): string[] {
      const key = nameKey(prefix);
      return q.prefix.all(key, `${key}\uffff`, limit).map((r) => r.name);
    },
  };
}

export type { SourceRef };
