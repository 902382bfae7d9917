import type { Stance } from '../extract/statements.js';
import type { SourceRef, StatementOut } from '../schemas.js';
import { searchPhrases } from '../store/reads/dialect.js';
import { createStatementReads, type StatementBounds as Bounds, type StatementRow } from '../store/reads/statements.js';
import type { SqlClient } from '../store/sql.js';
import { createSourceLookup } from './common.js';

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

const DEFAULT_LIMIT = 200;

/**
 * Reads the statements extraction stored: by speaker (an actor), by side (its bodies and its
 * people), or by window — the last is what a briefing's "Said" section needs.
 */
export function createStatementQueries(sql: SqlClient, dossier: string) {
  const source = createSourceLookup(sql);
  const q = createStatementReads(sql);

  function toOut(r: StatementRow, src: SourceRef): StatementOut {
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
      source: src,
    };
  }

  async function find(f: StatementFilter): Promise<StatementOut[]> {
    const limit = f.limit ?? DEFAULT_LIMIT;
    const bounds: Bounds = { dossier, from: f.from ?? null, to: f.to ?? null, stance: f.stance ? `"${f.stance}"` : null, limit: f.keep ? (f.scan ?? limit * 4) : limit };
    let rows: StatementRow[];
    const phrases = f.text ? searchPhrases(f.text) : [];
    if (f.text && phrases.length) {
      rows = await q.mentioning(phrases, `%${f.text.replace(/[%_]/g, '')}%`, bounds);
    } else if (f.actorIds?.length) {
      const seen = new Set<number>();
      rows = (await Promise.all(f.actorIds.map((actor) => q.byActor(actor, bounds))))
        .flat()
        .filter((r) => !seen.has(r.id) && seen.add(r.id));
      if (f.party) rows = rows.filter((r) => r.party === f.party);
    } else if (f.party) {
      rows = [...(await q.byParty(f.party, bounds)), ...(await q.byPartyLate(f.party, bounds))];
    } else {
      rows = await q.inWindow(bounds);
    }
    if (f.keep) rows = rows.filter((r) => f.keep!(`${r.context ?? ''} ${r.evidence}`, r.speaker));
    // Newest day first; within a report, in the report's order.
    rows.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.item_id - a.item_id || a.sentence_index - b.sentence_index);
    const kept = rows.slice(0, limit);
    const refs = await source.many(kept.map((r) => r.item_id));
    return kept.map((r, i) => toOut(r, refs[i]!));
  }

  return {
    find,
    /** Statements said from `from` to `to` (inclusive days), newest first: what a briefing's "Said" section lists. */
    inWindow: (from: string, to: string, limit = 50) => find({ from, to, limit }),
  };
}

export type StatementQueries = ReturnType<typeof createStatementQueries>;
