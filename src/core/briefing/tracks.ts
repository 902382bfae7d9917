/**
 * Track status from the kinds of the window's developments, against the track's history:
 * a held round or a signed or announced agreement advances a track; a scheduled meeting makes
 * it "scheduled"; a refusal stalls it, and a walk-out or suspension reverses it when it had
 * advanced before (else stalls it); accusations make it "contested". Previews, speculation,
 * proposals and demands never change a status. Each status keeps the development that decided
 * it, and every development seen is kept with the verdict on it, for `--explain`.
 */
import type { Development } from '../extract/event-kinds.js';
import type { BackgroundRow, DevelopmentRow, WindowItem } from './developments.js';
import type { TrackStatus as Status } from './schema.js';

/** What each development does to a track; null: never changes a status. */
const STATUS_OF: Record<Development, Status | 'stalled-or-reversed' | null> = {
  held: 'advanced',
  signed: 'advanced',
  announced: 'advanced',
  scheduled: 'scheduled',
  refusal: 'stalled',
  'walk-out': 'stalled-or-reversed',
  suspension: 'stalled-or-reversed',
  accusation: 'contested',
  preview: null,
  speculation: null,
  proposal: null,
  demand: null,
};

/** Whether a development can move a track at all. */
export const changesStatus = (d: Development): boolean => STATUS_OF[d] !== null;

/** Stronger first: a reversal outweighs progress the same day, progress outweighs quarrels. */
const PRECEDENCE: readonly Status[] = ['reversed', 'stalled', 'advanced', 'contested', 'scheduled'];

export interface Verdict {
  development: string;
  rule: string;
  date: string;
  itemId: number;
  sentence: string;
  verdict: string;
}

export interface TrackDecision {
  topic: string;
  label: string;
  status: Status;
  /** Developments of the winning status, best first (the line takes the first one it may show). */
  grounds: DevelopmentRow[];
  /** The developments seen on the track, the deciding ones first, with what was made of each. */
  verdicts: Verdict[];
}

export interface TrackHistory {
  /** The track had advanced (an agreement or a held round) before the window. */
  advancedBefore(topic: string): boolean;
}

function statusOf(row: DevelopmentRow, topic: string, history: TrackHistory): Status | null {
  const s = STATUS_OF[row.development];
  if (s === 'stalled-or-reversed') return history.advancedBefore(topic) ? 'reversed' : 'stalled';
  return s;
}

/** Dated events before undated leads, rule readings before date inferences, then the report's weight. */
function preference(items: ReadonlyMap<number, WindowItem>, topic: string) {
  const mentions = (r: DevelopmentRow) => (r.sentenceTopics.includes(topic) ? 0 : 1);
  return (a: DevelopmentRow, b: DevelopmentRow) =>
    Number(a.event === null) - Number(b.event === null) ||
    Number(a.rule === 'talks.dated-round') - Number(b.rule === 'talks.dated-round') ||
    mentions(a) - mentions(b) ||
    (items.get(b.itemId)?.weight ?? 0) - (items.get(a.itemId)?.weight ?? 0) ||
    (items.get(a.itemId)?.published ?? '').localeCompare(items.get(b.itemId)?.published ?? '') ||
    a.itemId - b.itemId;
}

const MAX_VERDICTS = 8;

/** Rows by topic, each sentence once per development (one sentence may report two events). */
function byTopic<R extends { topics: string[]; sentence: string }>(rows: readonly R[], kind: (r: R) => string): Map<string, R[]> {
  const out = new Map<string, R[]>();
  const seen = new Map<string, Set<string>>();
  for (const r of rows) {
    let sentences = seen.get(kind(r));
    if (!sentences) {
      sentences = new Set();
      seen.set(kind(r), sentences);
    }
    for (const t of r.topics) {
      const key = `${t}\u0000${r.sentence}`;
      if (sentences.has(key)) continue;
      sentences.add(key);
      const list = out.get(t) ?? [];
      list.push(r);
      out.set(t, list);
    }
  }
  return out;
}

export function decideTracks(
  topics: readonly { id: string; label: string }[],
  rows: readonly DevelopmentRow[],
  background: readonly BackgroundRow[],
  items: ReadonlyMap<number, WindowItem>,
  history: TrackHistory,
): TrackDecision[] {
  const rowsOf = byTopic(rows, (r) => r.development);
  const backgroundOf = byTopic(background, (r) => r.event.kind);
  return topics.map((t) => {
    const judged = (rowsOf.get(t.id) ?? []).map((row) => ({ row, status: statusOf(row, t.id, history) }));
    const counted = judged.filter((j) => j.row.fresh && j.status !== null);
    const status = PRECEDENCE.find((s) => counted.some((j) => j.status === s)) ?? 'quiet';
    const order = preference(items, t.id);
    const grounds = counted.filter((j) => j.status === status).map((j) => j.row).sort(order);
    // The verdicts' words are written for the few shown, not for every development of a busy day.
    const verdicts: Verdict[] = judged
      .sort((a, b) => rank(a, status) - rank(b, status) || order(a.row, b.row))
      .slice(0, MAX_VERDICTS)
      .map(({ row, status: s }) => ({
        development: row.development,
        rule: row.rule,
        date: row.date,
        itemId: row.itemId,
        sentence: row.sentence,
        verdict:
          s === null
            ? `${row.development}: never changes a status`
            : !row.fresh
              ? `background: ${row.staleBecause ?? 'not dated in the window'}`
              : `${row.development}${row.note ? ` (${row.note})` : ''} → ${s}${s === status ? '' : `, outweighed by ${status}`}`,
      }));
    for (const b of (backgroundOf.get(t.id) ?? []).slice(0, MAX_VERDICTS - verdicts.length)) {
      verdicts.push({ development: b.event.kind, rule: 'event date', date: b.date, itemId: b.itemId, sentence: b.sentence, verdict: `background: dated ${b.date}, before the window` });
    }
    return { topic: t.id, label: t.label, status, grounds, verdicts };
  });
}

function rank(v: { row: DevelopmentRow; status: Status | null }, winner: Status): number {
  if (v.status === null) return 3;
  if (!v.row.fresh) return 4;
  if (v.status === winner) return 0;
  return 1 + PRECEDENCE.indexOf(v.status) / 10;
}
