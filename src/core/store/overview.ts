import type { SqlClient } from './sql.js';

/** True when the store holds no item at all (the shell demo ingests the snapshots then). */
export async function storeIsEmpty(sql: SqlClient): Promise<boolean> {
  return (await sql.get<{ n: number }>('SELECT count(*) AS n FROM (SELECT 1 FROM items LIMIT 1) AS one'))?.n === 0;
}

/** Items read as relevant to the dossier. */
export async function dossierItemCount(sql: SqlClient, dossier: string): Promise<number> {
  return (await sql.get<{ n: number }>('SELECT count(*) AS n FROM item_dossiers WHERE dossier = ?', [dossier]))?.n ?? 0;
}

/** True when the store holds at least one item of the dossier. */
export async function dossierHasItems(sql: SqlClient, dossier: string): Promise<boolean> {
  return (await sql.get('SELECT 1 AS one FROM item_dossiers WHERE dossier = ? LIMIT 1', [dossier])) !== undefined;
}

/** Every party the dossier's delegations and events name, sorted. */
export async function partiesOnRecord(sql: SqlClient, dossier: string): Promise<string[]> {
  const rows = await sql.all<{ party: string }>(
    'SELECT party FROM delegations WHERE dossier = ? UNION SELECT p.party FROM event_parties p JOIN events e ON e.id = p.event_id WHERE e.dossier = ? ORDER BY 1',
    [dossier, dossier],
  );
  return rows.map((r) => r.party);
}

/** The store answers a trivial query (health). */
export async function storeAnswers(sql: SqlClient): Promise<void> {
  await sql.get('SELECT 1 AS one');
}
