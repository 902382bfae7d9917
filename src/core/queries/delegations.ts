import type { DelegationOut, RoundRef } from '../schemas.js';
import type { Db } from '../store/db.js';
import { createSourceLookup } from './common.js';

interface DelegationRow {
  id: number;
  party: string;
  round_id: number | null;
  place: string | null;
  date: string | null;
  date_precision: 'day' | 'month' | 'year' | null;
  status: 'held' | 'scheduled' | null;
  parties: string | null;
}

const NO_LEADER = 'The sources name no leader for this delegation; members are listed as reported.';

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

/** Reads delegations with their people, evidence and sources, newest round first. */
export function createDelegationReader(db: Db) {
  const source = createSourceLookup(db);
  const base = `SELECT d.id, d.party, d.round_id, r.place, r.date, r.date_precision, r.status, r.parties
                  FROM delegations d LEFT JOIN rounds r ON r.id = d.round_id`;
  // Dated rounds first, newest first: a delegation whose round the text left unclear follows them.
  const order = ' ORDER BY r.date IS NULL, coalesce(r.date, substr(d.reported_at, 1, 10)) DESC, d.id DESC';
  const byParty = db.prepare<[string], DelegationRow>(`${base} WHERE d.party = ?${order}`);
  const byActor = db.prepare<[number, number], DelegationRow>(
    `${base} WHERE d.id IN (SELECT delegation_id FROM delegation_members WHERE actor_id = ?)${order} LIMIT ?`,
  );
  const byId = db.prepare<[number], DelegationRow>(`${base} WHERE d.id = ?`);
  const members = db.prepare<[number], { name: string; role: 'leader' | 'member' }>(
    `SELECT a.name, m.role FROM delegation_members m JOIN actors a ON a.id = m.actor_id
      WHERE m.delegation_id = ? ORDER BY m.rowid`,
  );
  const sources = db.prepare<[number], { item_id: number; evidence: string }>(
    `SELECT s.item_id, s.evidence FROM delegation_sources s JOIN items i ON i.id = s.item_id
      WHERE s.delegation_id = ? ORDER BY i.published, s.rowid`,
  );

  function roundOf(row: DelegationRow): RoundRef | null {
    return row.round_id === null
      ? null
      : {
          place: row.place,
          date: row.date,
          datePrecision: row.date_precision,
          status: row.status ?? 'held',
          parties: JSON.parse(row.parties ?? '[]') as string[],
        };
  }

  function toOut(row: DelegationRow): DelegationOut {
    const people = members.all(row.id);
    const leaders = people.filter((p) => p.role === 'leader').map((p) => p.name);
    const rest = people.filter((p) => p.role === 'member').map((p) => p.name);
    const src = sources.all(row.id);
    const round = roundOf(row);
    const evidence = bestEvidence(src.map((s) => s.evidence), [...leaders, ...rest]);
    // The report the evidence sentence comes from is cited first, then the others oldest first.
    const ordered = [...src.filter((s) => s.evidence === evidence), ...src.filter((s) => s.evidence !== evidence)];
    const seen = new Set<number>();
    const refs = ordered.filter((s) => !seen.has(s.item_id) && seen.add(s.item_id)).map((s) => source(s.item_id));
    return {
      party: row.party,
      round,
      leaders,
      members: rest,
      ...(leaders.length === 0 ? { leaderNote: NO_LEADER } : {}),
      evidence,
      sources: refs,
    };
  }

  return {
    /**
     * A party's delegations, newest round first. The rows are cheap; people and sources are read
     * only for the first `limit` rows that pass `keep` (e.g. a round filter).
     */
    ofParty: (party: string, opts: { limit?: number; keep?: (round: RoundRef | null) => boolean } = {}) => {
      const out: DelegationOut[] = [];
      for (const row of byParty.iterate(party)) {
        if (opts.keep && !opts.keep(roundOf(row))) continue;
        out.push(toOut(row));
        if (out.length >= (opts.limit ?? Number.POSITIVE_INFINITY)) break;
      }
      return out;
    },
    ofActor: (actorId: number, limit = 10) => byActor.all(actorId, limit).map(toOut),
    byIds: (ids: number[]) =>
      ids
        .map((id) => byId.get(id))
        .filter((r): r is DelegationRow => r !== undefined)
        .map(toOut),
  };
}
