import type { SqlClient } from '../sql.js';
import { flag, insertOrder } from './dialect.js';
import { SOURCE_COLUMNS, type SourceRow } from './sources.js';

export interface DelegationRow {
  id: number;
  party: string;
  round_id: number | null;
  place: string | null;
  date: string | null;
  date_precision: 'day' | 'month' | 'year' | null;
  status: 'held' | 'scheduled' | null;
  parties: string | null;
}

/** Delegations with their round, people and sources, as stored. */
export function createDelegationReads(sql: SqlClient) {
  const base = `SELECT d.id, d.party, d.round_id, r.place, r.date, r.date_precision, r.status, r.parties
                  FROM delegations d LEFT JOIN rounds r ON r.id = d.round_id`;
  // Dated rounds first, newest first: a delegation whose round the text left unclear follows them.
  const order = ' ORDER BY r.date IS NULL, coalesce(r.date, substr(d.reported_at, 1, 10)) DESC, d.id DESC';
  return {
    /** A party's delegations in one dossier, newest round first. */
    ofParty: (dossier: string, party: string) => sql.all<DelegationRow>(`${base} WHERE d.dossier = ? AND d.party = ?${order}`, [dossier, party]),
    /** The delegations a person sat in, newest round first. */
    ofActor: (dossier: string, actorId: number, limit: number) =>
      sql.all<DelegationRow>(`${base} WHERE d.dossier = ? AND d.id IN (SELECT delegation_id FROM delegation_members WHERE actor_id = ?)${order} LIMIT ?`, [
        dossier,
        actorId,
        limit,
      ]),
    byId: (id: number) => sql.get<DelegationRow>(`${base} WHERE d.id = ?`, [id]),
    atRound: (roundId: number, party: string) => sql.get<DelegationRow>(`${base} WHERE d.round_id = ? AND d.party = ? ORDER BY d.id`, [roundId, party]),
    /** Every delegation at several rounds, in one read (each round's in the order recorded). */
    atRounds: (roundIds: readonly number[]) =>
      roundIds.length === 0
        ? Promise.resolve([])
        : sql.all<DelegationRow>(`${base} WHERE d.round_id IN (${roundIds.map(() => '?').join(',')}) ORDER BY d.id`, [...roundIds]),
    /**
     * The people, per-source roles and sources of several delegations, in three reads side by side:
     * people in the order recorded, whether each source named each leader, sources oldest report
     * first with what citing them needs (no read after this one for them).
     */
    detailsOf: async (ids: readonly number[]) => {
      if (ids.length === 0) return { members: [], perSource: [], sources: [] };
      const list = ids.map(() => '?').join(',');
      const [members, perSource, sources] = await Promise.all([
        sql.all<{ delegation_id: number; actor_id: number; name: string; role: 'leader' | 'member' }>(
          `SELECT m.delegation_id, m.actor_id, a.name, m.role FROM delegation_members m JOIN actors a ON a.id = m.actor_id
            WHERE m.delegation_id IN (${list}) ORDER BY m.delegation_id, ${insertOrder(sql, 'm')}`,
          [...ids],
        ),
        sql.all<{ delegation_id: number; actor_id: number; led: number }>(
          `SELECT delegation_id, actor_id, max(${flag("role = 'leader'")}) AS led FROM delegation_member_sources WHERE delegation_id IN (${list}) GROUP BY delegation_id, actor_id, item_id`,
          [...ids],
        ),
        sql.all<SourceRow & { delegation_id: number; item_id: number; evidence: string }>(
          `SELECT s.delegation_id, s.item_id, s.evidence, ${SOURCE_COLUMNS} JOIN delegation_sources s ON s.item_id = i.id
            WHERE s.delegation_id IN (${list}) ORDER BY s.delegation_id, i.published, ${insertOrder(sql, 's')}`,
          [...ids],
        ),
      ]);
      return { members, perSource, sources };
    },
    /** The parties with a delegation in the dossier. */
    parties: (dossier: string) => sql.all<{ party: string }>('SELECT DISTINCT party FROM delegations WHERE dossier = ? ORDER BY party', [dossier]),
  };
}
