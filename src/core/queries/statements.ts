import type { Stance } from '../extract/statements.js';
import type { StatementOut } from '../schemas.js';
import type { Db } from '../store/db.js';
import { createSourceLookup } from './common.js';

interface StatementRow {
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

/** Statements of one speaker, side or window, newest first (undated ones last). */
export interface StatementFilter {
  actorIds?: readonly number[];
  party?: string;
  /** Inclusive YYYY-MM-DD bounds on the day it was said. */
  from?: string;
  to?: string;
  limit?: number;
}

const COLUMNS = `s.id, s.item_id, s.speaker, a.name AS actor, s.party, s.date, s.date_precision, s.mode, s.quote, s.verb,
  s.stances, s.topics, s.evidence, s.sentence_index, s.context FROM statements s LEFT JOIN actors a ON a.id = s.actor_id JOIN items i ON i.id = s.item_id`;
const ORDER = 'ORDER BY s.date IS NULL, s.date DESC, i.published DESC, s.sentence_index';
const DEFAULT_LIMIT = 200;

/**
 * Reads the statements extraction stored: by speaker (an actor), by side (its bodies and its
 * people), or by window — the last is what a briefing's "Said" section needs.
 */
export function createStatementQueries(db: Db) {
  const source = createSourceLookup(db);
  const window = '(@from IS NULL OR s.date >= @from) AND (@to IS NULL OR s.date <= @to)';
  const q = {
    byActor: db.prepare<[{ actor: number; from: string | null; to: string | null; limit: number }], StatementRow>(
      `SELECT ${COLUMNS} WHERE s.actor_id = @actor AND ${window} ${ORDER} LIMIT @limit`,
    ),
    // A side's statements: its bodies and people as stored, and people whose side became known later.
    byParty: db.prepare<[{ party: string; from: string | null; to: string | null; limit: number }], StatementRow>(
      `SELECT ${COLUMNS} WHERE (s.party = @party OR (s.party IS NULL AND s.actor_id IN (SELECT id FROM actors WHERE party = @party)))
         AND ${window} ${ORDER} LIMIT @limit`,
    ),
    inWindow: db.prepare<[{ from: string | null; to: string | null; limit: number }], StatementRow>(
      `SELECT ${COLUMNS} WHERE s.date IS NOT NULL AND ${window} ${ORDER} LIMIT @limit`,
    ),
  };

  function toOut(r: StatementRow): StatementOut {
    return {
      speaker: r.speaker,
      actor: r.actor,
      party: r.party,
      date: r.date,
      datePrecision: r.date_precision,
      mode: r.mode,
      quote: r.quote,
      verb: r.verb,
      stances: JSON.parse(r.stances) as Stance[],
      topics: JSON.parse(r.topics) as string[],
      evidence: r.evidence,
      sentenceIndex: r.sentence_index,
      context: r.context,
      source: source(r.item_id),
    };
  }

  function find(f: StatementFilter): StatementOut[] {
    const bounds = { from: f.from ?? null, to: f.to ?? null, limit: f.limit ?? DEFAULT_LIMIT };
    let rows: StatementRow[];
    if (f.actorIds?.length) {
      const seen = new Set<number>();
      rows = f.actorIds
        .flatMap((actor) => q.byActor.all({ actor, ...bounds }))
        .filter((r) => !seen.has(r.id) && seen.add(r.id));
      if (f.party) rows = rows.filter((r) => r.party === f.party);
      rows.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    } else if (f.party) {
      rows = q.byParty.all({ party: f.party, ...bounds });
    } else {
      rows = q.inWindow.all(bounds);
    }
    return rows.slice(0, bounds.limit).map(toOut);
  }

  return {
    find,
    /** Statements said from `from` to `to` (inclusive days), newest first: what a briefing's "Said" section lists. */
    inWindow: (from: string, to: string, limit = 50) => find({ from, to, limit }),
  };
}

export type StatementQueries = ReturnType<typeof createStatementQueries>;
