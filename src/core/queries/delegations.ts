import type { DelegationOut, RoundRef } from '../schemas.js';
import { createDelegationReads, type DelegationRow } from '../store/reads/delegations.js';
import type { SqlClient } from '../store/sql.js';
import { sourceRef } from './common.js';

const NO_LEADER = 'The sources name no leader for this delegation; members are listed as reported.';
const SPLIT_LEADER = 'More sources list than name a leader; see the counts per person.';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const joinNames = (names: string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/**
 * Who led, on whose authority: "led by Andrew Peek and Michael Anton (3 sources); listed as members
 * by 1". People some sources call leader but more only list are said to be so; "no leader named"
 * only when no source names one. Starts in lower case, to follow "At Riyadh, 23 Mar 2025: ".
 */
export function leadershipLine(d: DelegationOut): string {
  const weights = d.weights ?? [...d.leaders.map((name) => ({ name, led: 1, listed: 0 })), ...d.members.map((name) => ({ name, led: 0, listed: 1 }))];
  const leaders = weights.filter((w) => d.leaders.includes(w.name));
  const parts: string[] = [];
  if (leaders.length) {
    // Leaders named by the same sources share one count: "led by A and B (3 sources)".
    const groups = new Map<string, typeof leaders>();
    for (const w of leaders) groups.set(`${w.led}|${w.listed}`, [...(groups.get(`${w.led}|${w.listed}`) ?? []), w]);
    const said = [...groups.values()].map((g) => {
      const { led, listed } = g[0]!;
      const also = listed ? `; listed as ${g.length > 1 ? 'members' : 'a member'} by ${listed}` : '';
      return `${joinNames(g.map((w) => w.name))} (${plural(led, 'source')}${also})`;
    });
    parts.push(`led by ${said.join(', and ')}`);
  } else {
    parts.push('no source names a leader');
  }
  const others = weights.filter((w) => !d.leaders.includes(w.name));
  const split = others.filter((w) => w.led > 0);
  const plain = others.filter((w) => w.led === 0);
  for (const w of split) parts.push(`${w.name} named co-leader by ${plural(w.led, 'source')} and a member by ${w.listed}`);
  if (plain.length) {
    const n = Math.max(...plain.map((w) => w.listed));
    parts.push(`${leaders.length || split.length ? 'with ' : plain.length === 1 ? 'member ' : 'members '}${joinNames(plain.map((w) => w.name))} (${plural(n, 'source')})`);
  }
  return `${parts.join('; ')}.`;
}

/**
 * The one sentence that best shows the delegation: the one naming most of its people, a
 * leader first; earlier reports win ties. Every other sentence stays reachable through sources.
 */
function bestEvidence(sentences: string[], people: string[]): string {
  let best = sentences[0] ?? '';
  let bestScore = -1;
  for (const sentence of new Set(sentences)) {
    const score = people.reduce((n, p, i) => n + (sentence.includes(p.split(' ').pop() ?? p) ? (i === 0 ? 2 : 1) : 0), 0);
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A round's parties as stored, split into its sides and the dossier's mediators placed at it:
 * Oman at the Muscat round is the go-between, never a side.
 */
export function splitSides(parties: readonly string[], mediators: readonly string[]): { sides: string[]; mediating: string[] } {
  return { sides: parties.filter((p) => !mediators.includes(p)), mediating: parties.filter((p) => mediators.includes(p)) };
}

/**
 * Reads one dossier's delegations with their people, evidence and sources, newest round first.
 * Those of its `mediators` are flagged: the go-between's team, not a side's.
 */
export function createDelegationReader(sql: SqlClient, dossier: string, mediators: readonly string[] = []) {
  const q = createDelegationReads(sql);

  function roundOf(row: DelegationRow): RoundRef | null {
    if (row.round_id === null) return null;
    const { sides, mediating } = splitSides(JSON.parse(row.parties ?? '[]') as string[], mediators);
    return {
      place: row.place,
      date: row.date,
      datePrecision: row.date_precision,
      status: row.status ?? 'held',
      parties: sides,
      ...(mediating.length ? { mediators: mediating } : {}),
    };
  }

  /** Several delegations as answers: their people and sources read for all of them at once. */
  async function toOut(rows: readonly DelegationRow[]): Promise<DelegationOut[]> {
    const d = await q.detailsOf(rows.map((r) => r.id));
    const built = rows.map((row) =>
      build(
        row,
        d.members.filter((m) => m.delegation_id === row.id),
        d.perSource.filter((m) => m.delegation_id === row.id),
        d.sources.filter((m) => m.delegation_id === row.id),
      ),
    );
    const cited = new Map(d.sources.map((s) => [s.item_id, s]));
    return built.map(({ out, itemIds }) => ({ ...out, sources: itemIds.map((id) => sourceRef(cited.get(id))) }));
  }

  function build(
    row: DelegationRow,
    people: readonly { actor_id: number; name: string; role: 'leader' | 'member' }[],
    perSource: readonly { actor_id: number; led: number }[],
    src: readonly { item_id: number; evidence: string }[],
  ): { out: DelegationOut; itemIds: number[] } {
    const counts = new Map<number, { led: number; listed: number }>();
    for (const r of perSource) {
      const c = counts.get(r.actor_id) ?? { led: 0, listed: 0 };
      if (r.led) c.led++;
      else c.listed++;
      counts.set(r.actor_id, c);
    }
    // Rows written before per-source roles were kept count as one source saying what the row says.
    const weights = people.map((p) => ({
      name: p.name,
      ...(counts.get(p.actor_id) ?? (p.role === 'leader' ? { led: 1, listed: 0 } : { led: 0, listed: 1 })),
    }));
    // Leaders by weight of sources: named leader at least as often as merely listed.
    const isLeader = (w: { led: number; listed: number }) => w.led > 0 && w.led >= w.listed;
    const leaders = weights.filter(isLeader).sort((a, b) => b.led - a.led).map((w) => w.name);
    const rest = weights.filter((w) => !isLeader(w)).map((w) => w.name);
    const round = roundOf(row);
    const evidence = bestEvidence(src.map((s) => s.evidence), [...leaders, ...rest]);
    // The report the evidence sentence comes from is cited first, then the others oldest first.
    const ordered = [...src.filter((s) => s.evidence === evidence), ...src.filter((s) => s.evidence !== evidence)];
    const seen = new Set<number>();
    const itemIds = ordered.filter((s) => !seen.has(s.item_id) && seen.add(s.item_id)).map((s) => s.item_id);
    const out: DelegationOut = {
      party: row.party,
      round,
      leaders,
      members: rest,
      ...(leaders.length === 0 ? { leaderNote: weights.some((w) => w.led > 0) ? SPLIT_LEADER : NO_LEADER } : {}),
      weights,
      evidence,
      sources: [],
      ...(mediators.includes(row.party) ? { mediator: true as const } : {}),
    };
    return { out, itemIds };
  }

  return {
    /**
     * A party's delegations, newest round first. The rows are cheap; people and sources are read
     * only for the first `limit` rows that pass `keep` (e.g. a round filter).
     */
    ofParty: async (party: string, opts: { limit?: number; keep?: (round: RoundRef | null) => boolean } = {}): Promise<DelegationOut[]> => {
      const kept: DelegationRow[] = [];
      for (const row of await q.ofParty(dossier, party)) {
        if (opts.keep && !opts.keep(roundOf(row))) continue;
        kept.push(row);
        if (kept.length >= (opts.limit ?? Number.POSITIVE_INFINITY)) break;
      }
      return toOut(kept);
    },
    ofActor: async (actorId: number, limit = 10) => toOut(await q.ofActor(dossier, actorId, limit)),
    /** A party's delegation at one round, if the sources name one. */
    atRound: async (roundId: number, party: string): Promise<DelegationOut | undefined> => {
      const row = await q.atRound(roundId, party);
      return row ? (await toOut([row]))[0] : undefined;
    },
    /**
     * Each side's delegation at several rounds (`atRound` for every pair), read together: one read
     * of the rows and one of their people and sources, whatever the number of pairs.
     */
    atRounds: async (pairs: readonly { roundId: number; party: string }[]): Promise<(DelegationOut | undefined)[]> => {
      const rows = await q.atRounds([...new Set(pairs.map((p) => p.roundId))]);
      const first = new Map<string, DelegationRow>();
      for (const row of rows) if (!first.has(`${row.round_id}|${row.party}`)) first.set(`${row.round_id}|${row.party}`, row);
      const wanted = pairs.map((p) => first.get(`${p.roundId}|${p.party}`));
      const kept = [...new Set(wanted.filter((r): r is DelegationRow => r !== undefined))];
      const outs = new Map(kept.map((r, k) => [r, k]));
      const built = await toOut(kept);
      return wanted.map((r) => (r === undefined ? undefined : built[outs.get(r)!]));
    },
    byIds: async (ids: number[]) => {
      const rows = await Promise.all(ids.map((id) => q.byId(id)));
      return toOut(rows.filter((r): r is DelegationRow => r !== undefined));
    },
  };
}
