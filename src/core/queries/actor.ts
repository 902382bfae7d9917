import { UserError } from '../errors.js';
import { nameKey, sameActor, surnameKey } from '../names.js';
import type { ActorResult, RoleOut, SourceRef } from '../schemas.js';
import { type ActorRow, createActorReads, MAX_SCOPED_MENTIONS } from '../store/reads/actors.js';
import type { SqlClient } from '../store/sql.js';
import { cleanArg, createSourceLookup, editDistance, splitBySizes } from './common.js';
import { createDelegationReader } from './delegations.js';

/** Delegations listed per actor: a profile, not an archive. */
const MAX_DELEGATIONS = 10;

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
  sql: SqlClient,
  dossier: string,
  mediators: readonly string[] = [],
  /** The title of another dossier, to say which negotiation a role was reported in. */
  titleOf: (id: string) => string = (id) => id,
) {
  const delegations = createDelegationReader(sql, dossier, mediators);
  const source = createSourceLookup(sql);
  const q = createActorReads(sql);

  /** Every actor a name may mean: exact alias first, then a surname or transliteration match. */
  async function candidates(name: string): Promise<ActorRow[]> {
    const key = nameKey(name);
    if (!key) return [];
    const exact = await q.byAliasKey(key);
    if (exact.length > 0) return exact;
    return (await q.bySurname(surnameKey(name))).filter((a) => sameActor(a.name, name));
  }

  async function didYouMean(name: string): Promise<string[]> {
    const key = nameKey(name);
    const scored = new Map<number, number>();
    for (const r of await q.allKeys()) {
      const d = editDistance(key, r.key);
      const last = editDistance(key, r.key.split(' ').pop() ?? r.key);
      const best = Math.min(d, last);
      if (best <= Math.max(2, Math.floor(key.length / 3))) {
        scored.set(r.actor_id, Math.min(scored.get(r.actor_id) ?? 99, best));
      }
    }
    const best = [...scored.entries()].sort((a, b) => a[1] - b[1]).slice(0, 5);
    return (await Promise.all(best.map(async ([id]) => (await q.byId(id))?.name ?? ''))).filter(Boolean);
  }

  async function resolve(nameArg: string): Promise<ActorRow> {
    const name = cleanArg(nameArg, 'name', '/actor Witkoff', 100);
    const found = await candidates(name);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      // Ambiguous: "Peek" may be two people. Rank by how often each is mentioned.
      const ranked = found
        .map((a) => ({ a, n: a.mention_count }))
        .sort((x, y) => y.n - x.n)
        .map((x) => x.a.name);
      throw new UserError(`"${name}" could be ${ranked.length} people: ${ranked.join(', ')}. Try the full name: /actor ${ranked[0]}`, {
        exitCode: 1,
        suggestions: ranked,
      });
    }
    const suggestions = await didYouMean(name);
    throw new UserError(
      suggestions.length
        ? `No actor called "${name}" in the knowledge base. Did you mean: ${suggestions.join(', ')}?`
        : `No actor called "${name}" in the knowledge base yet. Try a surname from the news, e.g. /actor Witkoff`,
      { exitCode: 1, suggestions },
    );
  }

  async function actor(nameArg: string): Promise<ActorResult> {
    // Asked beside the name's lookup: one round trip fewer on a networked store.
    const several = q.otherDossiers(dossier);
    // An unknown name throws before `several` is awaited: its outcome must not surface as unhandled.
    several.catch(() => {});
    return profile(await resolve(nameArg), several);
  }

  /** A person's roles as one negotiation's reports give them. */
  async function rolesIn(actor: number, id: string | null): Promise<RoleOut[]> {
    const rows = await q.roles(actor, id);
    const idsOf = rows.map((r) => [...new Set(r.ids.split(',').map(Number))]);
    // Every role's sources in one read.
    const refs = await source.many(idsOf.flat());
    const parts = splitBySizes(refs, idsOf.map((ids) => ids.length));
    const grouped = rows.map((r, k) => ({ title: r.title, party: r.party, asOf: r.as_of, evidence: r.evidence, sources: parts[k]!, srcIds: new Set(idsOf[k]!) }));
    return foldGenericRoles(grouped).map(({ srcIds: _ids, ...r }) => r);
  }

  async function profile(row: ActorRow, asked?: Promise<boolean>): Promise<ActorResult> {
    // The asked negotiation's reports first; another's only when it states no role, and then saying whose.
    const several = await (asked ?? q.otherDossiers(dossier));
    // Roles, sightings, aliases and delegations are read side by side.
    const own = { first: row.first_seen, last: row.last_seen, n: row.mention_count };
    const [rolesHere, here, aliasRows, delegationsOf] = await Promise.all([
      rolesIn(row.id, several ? dossier : null),
      several ? q.seenIn(row.id, dossier) : undefined,
      q.aliases(row.id),
      delegations.ofActor(row.id, MAX_DELEGATIONS),
    ]);
    let roles = rolesHere;
    if (!roles.length && several) {
      const other = await q.rolesElsewhere(row.id, dossier);
      if (other) roles = (await rolesIn(row.id, other)).map((r) => ({ ...r, from: { id: other, title: titleOf(other) } }));
    }
    // Sightings in the asked negotiation, when the database holds others; a person's own counters otherwise.
    const seen = here && here.n > 0 && here.n < MAX_SCOPED_MENTIONS ? here : own;
    const aliases = [...new Set(aliasRows.map((a) => a.alias))].filter((a) => a !== row.name);
    return {
      actor: {
        name: row.name,
        aliases,
        party: row.party,
        roles,
        delegations: delegationsOf,
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
  async function byRole(role: string, party?: string): Promise<ActorResult | null> {
    const words = role.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').split(/\s+/).filter((w) => w.length > 1);
    if (words.length === 0 || words.length > 6) return null;
    const hit = await q.byRole(`%${words.join(' ')}%`, party ?? null);
    if (hit === undefined) return null;
    const row = await q.byId(hit);
    return row ? profile(row) : null;
  }

  return {
    actor,
    byRole,
    /** Resolves a name to an actor id, or throws the same UserError as `actor`. */
    resolveId: async (name: string) => (await resolve(name)).id,
    async suggest(prefix: string, limit = 25): Promise<string[]> {
      const key = nameKey(prefix);
      return (await q.prefix(key, limit)).map((r) => r.name);
    },
  };
}

export type { SourceRef };
