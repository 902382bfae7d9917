import type { SqlClient } from '../sql.js';
import { descNullsLast, ftsIds, likeCi, position } from './dialect.js';

export interface StatementRow {
  id: number;
  item_id: number;
  speaker: string;
  actor: string | null;
  party: string | null;
  date: string | null;
  date_precision: 'day' | 'month' | 'year' | null;
  mode: 'direct' | 'reported';
  quote: string | null;
  verb: string;
  stances: string;
  topics: string;
  evidence: string;
  sentence_index: number;
  context: string | null;
}

/** One dossier's statements in a window of days, with a stance when asked. */
export interface StatementBounds {
  dossier: string;
  from: string | null;
  to: string | null;
  /** The stance as stored in the JSON list, quoted: `"demanded"`. */
  stance: string | null;
  limit: number;
}

/** The statements extraction stored, newest day first (undated last). */
export function createStatementReads(sql: SqlClient) {
  const COLUMNS = `s.id, s.item_id, s.speaker, a.name AS actor, s.party, s.date, s.date_precision, s.mode, s.quote, s.verb,
  s.stances, s.topics, s.evidence, s.sentence_index, s.context FROM statements s LEFT JOIN actors a ON a.id = s.actor_id`;
  // Newest day first, undated last, along the (…, date) indexes.
  const ORDER = `ORDER BY s.date ${descNullsLast(sql)}, s.id DESC`;
  const window = `s.dossier = @dossier AND (@from IS NULL OR s.date >= @from) AND (@to IS NULL OR s.date <= @to) AND (@stance IS NULL OR ${position(sql, 's.stances', '@stance')} > 0)`;
  // PostgreSQL needs to know the type of a parameter compared only with NULL.
  const b = (x: StatementBounds): Record<string, unknown> => ({ ...x });
  const typed = sql.dialect === 'postgres' ? (t: string) => t.replace(/@(from|to|stance) IS NULL/g, 'CAST(@$1 AS TEXT) IS NULL') : (t: string) => t;
  return {
    byActor: (actor: number, x: StatementBounds) =>
      sql.all<StatementRow>(typed(`SELECT ${COLUMNS} WHERE s.actor_id = @actor AND ${window} ${ORDER} LIMIT @limit`), { actor, ...b(x) }),
    byParty: (party: string, x: StatementBounds) =>
      sql.all<StatementRow>(typed(`SELECT ${COLUMNS} WHERE s.party = @party AND ${window} ${ORDER} LIMIT @limit`), { party, ...b(x) }),
    /** People whose side became known only after their words were stored. */
    byPartyLate: (party: string, x: StatementBounds) =>
      sql.all<StatementRow>(typed(`SELECT ${COLUMNS} WHERE s.party IS NULL AND a.party = @party AND ${window} ${ORDER} LIMIT @limit`), { party, ...b(x) }),
    /** Reports that name the words (full-text index, at most 500), then their statements that do. */
    mentioning: (phrases: readonly string[], like: string, x: StatementBounds) => {
      const ids = ftsIds(sql, 'items', phrases.map((p) => [p]), { limit: 500 });
      // The full-text values are positional in the subquery: bound by name here.
      const named: Record<string, unknown> = { like, ...b(x) };
      let n = 0;
      const sub = ids.text.replace(/\?/g, () => `@fts${n++}`);
      ids.values.forEach((v, i) => {
        named[`fts${i}`] = v;
      });
      return sql.all<StatementRow>(
        typed(`SELECT ${COLUMNS} WHERE s.item_id IN (${sub}) AND (s.evidence ${likeCi(sql)} @like OR s.context ${likeCi(sql)} @like) AND ${window} ${ORDER} LIMIT @limit`),
        named,
      );
    },
    inWindow: (x: StatementBounds) => sql.all<StatementRow>(typed(`SELECT ${COLUMNS} WHERE s.date IS NOT NULL AND ${window} ${ORDER} LIMIT @limit`), b(x)),
  };
}
