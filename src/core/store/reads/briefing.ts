import { PUBLISHED_IN_FUTURE } from '../knowledge.js';
import type { SqlClient } from '../sql.js';
import { flag, insertOrder, position } from './dialect.js';

/** An item of a briefing's window, with its topics and score in the dossier and its feed. */
export interface WindowItemRow {
  id: number;
  title: string;
  text: string;
  url: string | null;
  published: string;
  /** 1 when the feed dated it in the future (its fetch time stands in). */
  future: number;
  /** JSON object: topic → hits. */
  topics: string;
  relevance: number;
  outlet: string;
  weight: number;
  feed_url: string;
}

/** A dated event with one of its sources (or, for upcoming ones, its first report). */
export interface EventSourceRow {
  id: number;
  kind: string;
  date: string;
  date_precision: 'day' | 'month' | 'year';
  title: string;
  place: string | null;
  attribution: string | null;
  /** JSON lists. */
  parties: string;
  topics: string;
  round_id: number | null;
  round_status: string | null;
  reported_at: string;
  item_id: number;
  evidence: string;
}

export interface WindowMentionRow {
  item_id: number;
  actor_id: number;
  sentence_index: number;
  name: string;
  party: string | null;
  surface: string;
  /** 1 when the sentence holds a quotation mark. */
  quoted: number;
}

/** The window: from `start` (inclusive) to `end` (exclusive), ISO instants, of one dossier. */
export interface WindowArgs {
  dossier: string;
  start: string;
  end: string;
}

/** What a briefing reads: the window's items and their facts, rounds, delegations, feed changes. */
export function createBriefingReads(sql: SqlClient) {
  const w = (x: WindowArgs) => [x.dossier, x.start, x.end];
  return {
    /** The end of the last briefing sent to `destination` before `before`. */
    previousEnd: async (destination: string, dossier: string, before: string) =>
      (
        await sql.get<{ window_end: string }>(
          'SELECT window_end FROM briefings_sent WHERE destination = ? AND dossier = ? AND window_end < ? ORDER BY window_end DESC LIMIT 1',
          [destination, dossier, before],
        )
      )?.window_end,
    /** The newest believable publication time of the dossier's items. */
    latestPublished: async (dossier: string) =>
      (
        await sql.get<{ p: string | null }>(
          `SELECT max(i.published) AS p FROM items i JOIN item_dossiers d ON d.item_id = i.id
            WHERE d.dossier = ? AND i.published_estimated != ${PUBLISHED_IN_FUTURE}`,
          [dossier],
        )
      )?.p ?? null,
    items: (x: WindowArgs) =>
      sql.all<WindowItemRow>(
        `SELECT i.id, i.title, i.text, i.url, i.published, ${flag(`i.published_estimated = ${PUBLISHED_IN_FUTURE}`)} AS future, d.topics, d.relevance,
                f.name AS outlet, f.weight, f.url AS feed_url
           FROM items i JOIN item_dossiers d ON d.item_id = i.id JOIN feeds f ON f.id = i.feed_id
          WHERE d.dossier = ? AND i.published >= ? AND i.published < ? ORDER BY i.published, i.id`,
        w(x),
      ),
    /** Events of the dossier with each source published in the window. */
    eventSources: (x: WindowArgs) =>
      sql.all<EventSourceRow>(
        `SELECT e.id, e.kind, e.date, e.date_precision, e.title, e.place, e.attribution, e.parties, e.topics, e.round_id,
                r.status AS round_status, e.reported_at, s.item_id, s.evidence
           FROM event_sources s JOIN events e ON e.id = s.event_id JOIN items i ON i.id = s.item_id
           LEFT JOIN rounds r ON r.id = e.round_id
          WHERE e.dossier = ? AND i.published >= ? AND i.published < ?`,
        w(x),
      ),
    mentions: (x: WindowArgs) =>
      sql.all<WindowMentionRow>(
        `SELECT m.item_id, m.actor_id, m.sentence_index, a.name, a.party, m.surface,
                ${flag(`${position(sql, 'm.sentence', "'“'")} > 0 OR ${position(sql, 'm.sentence', `'"'`)} > 0`)} AS quoted
           FROM mentions m JOIN actors a ON a.id = m.actor_id JOIN items i ON i.id = m.item_id
           JOIN item_dossiers d ON d.item_id = i.id AND d.dossier = ?
          WHERE i.published >= ? AND i.published < ?`,
        w(x),
      ),
    /** Items of the window that report a delegation of the dossier. */
    delegationItems: (x: WindowArgs) =>
      sql.all<{ item_id: number }>(
        `SELECT DISTINCT s.item_id FROM delegation_sources s JOIN items i ON i.id = s.item_id JOIN delegations d ON d.id = s.delegation_id
          WHERE d.dossier = ? AND i.published >= ? AND i.published < ?`,
        w(x),
      ),
    /** Did the topic advance (an agreement, or a round held) before `day`? */
    advancedBefore: async (dossier: string, topic: string, day: string) =>
      (
        await sql.get<{ n: number }>(
          `SELECT ${flag(`EXISTS (SELECT 1 FROM event_topics t JOIN events e ON e.id = t.event_id
                     WHERE e.dossier = ? AND t.topic = ? AND e.date < ?
                       AND (e.kind = 'agreement' OR e.round_id IN (SELECT id FROM rounds WHERE status = 'held')))`)} AS n`,
          [dossier, topic, day],
        )
      )?.n === 1,
    /** Delegations reported, or whose people changed, in the window, and those of rounds from `date` on that it reports. */
    delegationIds: (x: WindowArgs & { date: string }) =>
      sql.all<{ id: number }>(
        `SELECT d.id FROM delegations d WHERE d.dossier = @dossier AND d.reported_at >= @start AND d.reported_at < @end
         UNION
         SELECT m.delegation_id FROM delegation_members m JOIN items i ON i.id = m.item_id JOIN delegations d ON d.id = m.delegation_id
          WHERE d.dossier = @dossier AND i.published >= @start AND i.published < @end
         UNION
         SELECT s.delegation_id FROM delegation_sources s JOIN items i ON i.id = s.item_id
           JOIN delegations d ON d.id = s.delegation_id JOIN rounds r ON r.id = d.round_id
          WHERE d.dossier = @dossier AND i.published >= @start AND i.published < @end AND r.date >= @date
         ORDER BY 1`,
        { dossier: x.dossier, start: x.start, end: x.end, date: x.date },
      ),
    /** Events dated from `date` on, reported before `end`: what is coming. */
    upcoming: (dossier: string, date: string, end: string) =>
      sql.all<EventSourceRow>(
        `SELECT e.id, e.kind, e.date, e.date_precision, e.title, e.place, e.attribution, e.parties, e.topics, e.round_id,
                NULL AS round_status, e.reported_at, e.first_item_id AS item_id, '' AS evidence
           FROM events e WHERE e.dossier = ? AND e.date >= ? AND e.reported_at < ? ORDER BY e.date, e.id LIMIT 50`,
        [dossier, date, end],
      ),
    /** A round dated to the day. */
    round: (id: number) =>
      sql.get<{ place: string | null; date: string; parties: string }>("SELECT place, date, parties FROM rounds WHERE id = ? AND date_precision = 'day'", [id]),
    /** A round's reports published in [start, end). */
    roundSourcesIn: (id: number, start: string, end: string) =>
      sql.all<{ item_id: number }>(
        'SELECT s.item_id FROM round_sources s JOIN items i ON i.id = s.item_id WHERE s.round_id = ? AND i.published >= ? AND i.published < ?',
        [id, start, end],
      ),
    /** The people of a round's delegations, as reported before `end`. */
    roundMembers: (id: number, end: string) =>
      sql.all<{ party: string; role: string; name: string; item_id: number }>(
        `SELECT d.party, m.role, a.name, m.item_id FROM delegations d JOIN delegation_members m ON m.delegation_id = d.id
           JOIN actors a ON a.id = m.actor_id JOIN items i ON i.id = m.item_id
          WHERE d.round_id = ? AND i.published < ? ORDER BY d.id, ${insertOrder(sql, 'm')}`,
        [id, end],
      ),
    /** The next rounds dated to the day from `date`, reported before `end`. */
    nextRounds: (dossier: string, date: string, end: string) =>
      sql.all<{ id: number; place: string | null; date: string; parties: string }>(
        `SELECT r.id, r.place, r.date, r.parties FROM rounds r
          WHERE r.dossier = ? AND r.date >= ? AND r.date_precision = 'day'
            AND EXISTS (SELECT 1 FROM round_sources s JOIN items i ON i.id = s.item_id WHERE s.round_id = r.id AND i.published < ?)
          ORDER BY r.date, r.id LIMIT 5`,
        [dossier, date, end],
      ),
    /** A round's two newest reports before `before`. */
    roundSourcesBefore: (id: number, before: string) =>
      sql.all<{ item_id: number }>(
        'SELECT s.item_id FROM round_sources s JOIN items i ON i.id = s.item_id WHERE s.round_id = ? AND i.published < ? ORDER BY i.published DESC LIMIT 2',
        [id, before],
      ),
    /** Feeds that started or stopped failing in the window, with whether the dossier (or another) reads them. */
    feedTransitions: (dossier: string, start: string, end: string) =>
      sql.all<{ name: string; url: string; to_status: string; reason: string | null; here: number; elsewhere: number }>(
        `SELECT f.name, f.url, t.to_status, t.reason,
                ${flag('EXISTS (SELECT 1 FROM items i JOIN item_dossiers d ON d.item_id = i.id WHERE i.feed_id = f.id AND d.dossier = ?)')} AS here,
                ${flag('EXISTS (SELECT 1 FROM items i JOIN item_dossiers d ON d.item_id = i.id WHERE i.feed_id = f.id AND d.dossier != ?)')} AS elsewhere
           FROM feed_transitions t JOIN feeds f ON f.id = t.feed_id
          WHERE t.at >= ? AND t.at < ? ORDER BY t.at, t.id`,
        [dossier, dossier, start, end],
      ),
    /** Does the person sit in one of the dossier's delegations? */
    isDelegate: async (actorId: number, dossier: string) =>
      (
        await sql.get<{ d: number }>(
          `SELECT ${flag('EXISTS (SELECT 1 FROM delegation_members m JOIN delegations d ON d.id = m.delegation_id WHERE m.actor_id = ? AND d.dossier = ?)')} AS d`,
          [actorId, dossier],
        )
      )?.d === 1,
    /** The sentence of one mention. */
    mentionSentence: async (actorId: number, itemId: number, sentenceIndex: number) =>
      (await sql.get<{ sentence: string }>('SELECT sentence FROM mentions WHERE actor_id = ? AND item_id = ? AND sentence_index = ?', [actorId, itemId, sentenceIndex]))
        ?.sentence,
  };
}
