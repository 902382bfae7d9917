import type { Stance } from '../extract/statements.js';
import type { StatementOut } from '../schemas.js';
import type { Db } from '../store/db.js';
import { createSourceLookup, ftsQuery } from './common.js';

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

interface Bounds {
  dossier: string;
  from: string | null;
  to: string | null;
  stance: string | null;
  limit: number;
}

/** Statements of one speaker, side or window, newest first (undated ones last). */
export interface StatementFilter {
  actorIds?: readonly number[];
  party?: string;
  /** Inclusive YYYY-MM-DD bounds on the day it was said. */
  from?: string;
  to?: string;
  /** A word or phrase the statement (or the sentence before it) names: "Krasnodar". */
  text?: string;
  /** Only statements carrying this stance (demanded, proposed, agreed, refused). */
  stance?: Stance;
  /** Keeps a statement by its sentence (and the one before) and speaker, before its source is read; at most `scan` are read. */
  keep?: (text: string, speaker: string) => boolean;
  scan?: number;
  limit?: number;
}

const COLUMNS = `s.id, s.item_id, s.speaker, a.name AS actor, s.party, s.date, s.date_precision, s.mode, s.quote, s.verb,
  s.stances, s.topics, s.evidence, s.sentence_index, s.context FROM statements s LEFT JOIN actors a ON a.id = s.actor_id`;
// Newest day first (undated last: SQLite sorts NULL lowest), along the (…, date) indexes.
const ORDER = 'ORDER BY s.date DESC, s.id DESC';
const DEFAULT_LIMIT = 200;

/**
 * Reads the statements extraction stored: by speaker (an actor), by side (its bodies and its
 * people), or by window — the last is what a briefing's "Said" section needs.
 */
export function createStatementQueries(db: Db, dossier: string) {
  const source = createSourceLookup(db);
  // The dossier is bound into the SQL as a parameter on every call (see `bounds`).
  const window = `s.dossier = @dossier AND (@from IS NULL OR s.date >= @from) AND (@to IS NULL OR s.date <= @to) AND (@stance IS NULL OR instr(s.stances, @stance) > 0)`;
  const q = {
    byActor: db.prepare<[Bounds & { actor: number }], StatementRow>(`SELECT ${COLUMNS} WHERE s.actor_id = @actor AND ${window} ${ORDER} LIMIT @limit`),
    byParty: db.prepare<[Bounds & { party: string }], StatementRow>(`SELECT ${COLUMNS} WHERE s.party = @party AND ${window} ${ORDER} LIMIT @limit`),
    // People whose side became known only after their words were stored.
    byPartyLate: db.prepare<[Bounds & { party: string }], StatementRow>(
      `SELECT ${COLUMNS} WHERE s.party IS NULL AND a.party = @party AND ${window} ${ORDER} LIMIT @limit`,
    ),
    // Reports that name the words (full-text index), then their statements that do.
    mentioning: db.prepare<[Bounds & { match: string; like: string }], StatementRow>(
      `SELECT ${COLUMNS} WHERE s.item_id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH @match LIMIT 500)
         AND (s.evidence LIKE @like OR s.context LIKE @like) AND ${window} ${ORDER} LIMIT @limit`,
    ),
    inWindow: db.prepare<[Bounds], StatementRow>(
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
    const limit = f.limit ?? DEFAULT_LIMIT;
    const bounds: Bounds = { dossier, from: f.from ?? null, to: f.to ?? null, stance: f.stance ? `"${f.stance}"` : null, limit: f.keep ? (f.scan ?? limit * 4) : limit };
    let rows: StatementRow[];
    const match = f.text ? ftsQuery(f.text) : null;
    if (f.text && match) {
      rows = q.mentioning.all({ match, like: `%${f.text.replace(/[%_]/g, '')}%`, ...bounds });
    } else if (f.actorIds?.length) {
      const seen = new Set<number>();
      rows = f.actorIds
        .flatMap((actor) => q.byActor.all({ actor, ...bounds }))
        .filter((r) => !seen.has(r.id) && seen.add(r.id));
      if (f.party) rows = rows.filter((r) => r.party === f.party);
    } else if (f.party) {
      rows = [...q.byParty.all({ party: f.party, ...bounds }), ...q.byPartyLate.all({ party: f.party, ...bounds })];
    } else {
      rows = q.inWindow.all(bounds);
    }
    if (f.keep) rows = rows.filter((r) => f.keep!(`${r.context ?? ''} ${r.evidence}`, r.speaker));
    // Newest day first; within a report, in the report's order.
    rows.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.item_id - a.item_id || a.sentence_index - b.sentence_index);
    return rows.slice(0, limit).map(toOut);
  }

  return {
    find,
    /** Statements said from `from` to `to` (inclusive days), newest first: what a briefing's "Said" section lists. */
    inWindow: (from: string, to: string, limit = 50) => find({ from, to, limit }),
  };
}

export type StatementQueries = ReturnType<typeof createStatementQueries>;
