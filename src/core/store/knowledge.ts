import type { Reader } from '../extract/types.js';
import type { SqlClient } from './sql.js';

/**
 * The knowledge base's rows, as the knowledge writer (src/core/knowledge-writer.ts) reads and
 * writes them: people and their names, mentions and roles; rounds, delegations, events and
 * statements, each pointing at the item (and sentence) it came from. Every insert is keyed, so
 * that the same fact from the same item is stored once; which stored row a new fact is (the
 * same person, the same round) is the writer's decision, not the store's.
 */

/** `readers` as stored: 'rules', 'model' or 'rules+model' (a fact without readers is the rules'). */
const readersOf = (readers: readonly Reader[] | undefined): string =>
  readers?.includes('model') ? (readers.includes('rules') ? 'rules+model' : 'model') : 'rules';
/** On a second insert of one fact from one item (re-extracted, or read by the other reader), the readers add up. */
const UNION_READERS = (table: string) =>
  `DO UPDATE SET readers = 'rules+model' WHERE ${table}.readers <> excluded.readers`;

/**
 * `items.published_estimated`: 0 the feed's own date; 1 the feed gave none, so the fetch time
 * stands in; 2 the feed gave a date in the future, which is not believed: the fetch time stands
 * in for windows, and the item's date is unknown for everything that dates a fact.
 */
export const PUBLISHED_FROM_FEED = 0;
export const PUBLISHED_MISSING = 1;
export const PUBLISHED_IN_FUTURE = 2;

/** Every statement of the writer: one text for both stores, except where `q` picks the dialect's. */
const S = {
  aliasLookup: `SELECT x.actor_id FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
      WHERE x.key = ? ORDER BY a.mention_count DESC LIMIT 1`,
  countMention: `UPDATE actors SET mention_count = mention_count + 1,
       first_seen = CASE WHEN CAST(@at AS text) IS NOT NULL AND (first_seen IS NULL OR @at < first_seen) THEN @at ELSE first_seen END,
       last_seen = CASE WHEN CAST(@at AS text) IS NOT NULL AND (last_seen IS NULL OR @at > last_seen) THEN @at ELSE last_seen END
     WHERE id = @id`,
  bySurname: 'SELECT id, name, key FROM actors WHERE surname_key = ?',
  insertActor: 'INSERT INTO actors (name, key, surname_key, party) VALUES (?, ?, ?, ?) RETURNING id',
  renameActor: 'UPDATE actors SET name = ?, key = ? WHERE id = ?',
  actorKeyTaken: 'SELECT id FROM actors WHERE key = ?',
  setParty: 'UPDATE actors SET party = ? WHERE id = ? AND party IS NULL',
  insertAlias: 'INSERT INTO actor_aliases (actor_id, alias, key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  insertMention: 'INSERT INTO mentions (actor_id, item_id, sentence_index, sentence, surface) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  insertRole: `INSERT INTO actor_roles (actor_id, title, party, as_of, item_id, evidence, readers) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (actor_id, title, item_id) ${UNION_READERS('actor_roles')}`,
  roundsOn: 'SELECT id, place, status, parties, date_precision FROM rounds WHERE dossier = ? AND date = ?',
  roundsNear: `SELECT id, place, status, parties, date_precision FROM rounds
      WHERE dossier = @dossier AND date BETWEEN @from AND @to AND place IS NOT NULL AND date_precision = 'day'
      ORDER BY abs(julianday(date) - julianday(@day)), date DESC`,
  // PostgreSQL has no julianday: the same order by whole days (the rows are day-precise).
  roundsNearPg: `SELECT id, place, status, parties, date_precision FROM rounds
      WHERE dossier = @dossier AND date BETWEEN @from AND @to AND place IS NOT NULL AND date_precision = 'day'
      ORDER BY abs(CAST(date AS date) - CAST(@day AS date)), date DESC`,
  roundsUndated: 'SELECT id, place, status, parties, date_precision FROM rounds WHERE dossier = ? AND date IS NULL',
  insertRound: 'INSERT INTO rounds (dossier, place, date, date_precision, status, parties) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
  updateRound: 'UPDATE rounds SET place = ?, status = ?, parties = ? WHERE id = ?',
  insertRoundSource: `INSERT INTO round_sources (round_id, item_id, evidence, rule, readers) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (round_id, item_id) ${UNION_READERS('round_sources')}`,
  delegationFor: 'SELECT id FROM delegations WHERE party = ? AND round_id = ?',
  delegationOfItem: 'SELECT id FROM delegations WHERE dossier = ? AND party = ? AND round_id IS NULL AND first_item_id = ?',
  insertDelegation: 'INSERT INTO delegations (dossier, party, round_id, first_item_id, reported_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
  upsertMember: `INSERT INTO delegation_members (delegation_id, actor_id, role, item_id, rule, evidence) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (delegation_id, actor_id) DO UPDATE SET role = 'leader', item_id = excluded.item_id,
       rule = excluded.rule, evidence = excluded.evidence
     WHERE excluded.role = 'leader' AND delegation_members.role = 'member'`,
  insertDelegationSource: 'INSERT INTO delegation_sources (delegation_id, item_id, evidence) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  eventByKey: 'SELECT id FROM events WHERE key = ?',
  insertEvent: `INSERT INTO events (dossier, key, kind, date, date_precision, title, place, parties, topics, attribution, round_id, first_item_id, reported_at)
     VALUES (@dossier, @key, @kind, @date, @precision, @title, @place, @parties, @topics, @attribution, @roundId, @itemId, @reportedAt)
     RETURNING id`,
  // SQLite's FTS5 table; PostgreSQL's events.fts is a generated column that needs no insert.
  insertEventFts: 'INSERT INTO events_fts (rowid, title) VALUES (?, ?)',
  insertEventSource: 'INSERT INTO event_sources (event_id, item_id, evidence) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  insertEventActor: 'INSERT INTO event_actors (event_id, actor_id) VALUES (?, ?) ON CONFLICT DO NOTHING',
  insertEventTopic: 'INSERT INTO event_topics (event_id, topic) VALUES (?, ?) ON CONFLICT DO NOTHING',
  insertEventParty: 'INSERT INTO event_parties (event_id, party) VALUES (?, ?) ON CONFLICT DO NOTHING',
  insertMemberSource: `INSERT INTO delegation_member_sources (delegation_id, actor_id, item_id, role, readers) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (delegation_id, actor_id, item_id, role) ${UNION_READERS('delegation_member_sources')}`,
  actorParty: 'SELECT party FROM actors WHERE id = ?',
  sidesByAlias: `SELECT x.key, a.party FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
      WHERE a.party IS NOT NULL ORDER BY x.key, a.mention_count DESC, a.id`,
  insertStatement: `INSERT INTO statements (dossier, item_id, sentence_index, speaker, actor_id, party, mode, quote, verb, stances, date, date_precision, topics, rule, evidence, context)
     VALUES (@dossier, @itemId, @sentenceIndex, @speaker, @actorId, @party, @mode, @quote, @verb, @stances, @date, @precision, @topics, @rule, @evidence, @context)
     ON CONFLICT DO NOTHING`,
  markExtracted: 'UPDATE items SET extracted_at = ? WHERE id = ?',
  markExtractedFor: 'UPDATE item_dossiers SET extracted_at = ? WHERE dossier = ? AND item_id = ?',
} as const;


/** A round's row, as the writer compares a new round with it. */
export interface RoundRow {
  id: number;
  place: string | null;
  status: string;
  /** JSON array of the parties, sorted. */
  parties: string;
  date_precision: string;
}

/** A person's row, as the writer compares a new name with it. */
export interface ActorRow {
  id: number;
  name: string;
  key: string;
}

// People.

/** The actor an alias key names; when several share it, the most-mentioned (the one a reader means). */
export async function mostMentionedActorByAlias(sql: SqlClient, key: string): Promise<number | undefined> {
  return (await sql.get<{ actor_id: number }>(S.aliasLookup, [key]))?.actor_id;
}

/** The side of every alias key whose actors have one: per key, the most-mentioned actor's first (then the oldest). */
export function actorSidesByAlias(sql: SqlClient): Promise<{ key: string; party: string }[]> {
  return sql.all<{ key: string; party: string }>(S.sidesByAlias);
}

/** Actors whose surname key is this one. */
export const actorsBySurname = (sql: SqlClient, surnameKey: string): Promise<ActorRow[]> => sql.all<ActorRow>(S.bySurname, [surnameKey]);

/** True when an actor has this name key already. */
export async function actorKeyTaken(sql: SqlClient, key: string): Promise<boolean> {
  return (await sql.get(S.actorKeyTaken, [key])) !== undefined;
}

/** A new actor's id. */
export async function insertActor(sql: SqlClient, a: { name: string; key: string; surnameKey: string; party: string | null }): Promise<number> {
  return (await sql.get<{ id: number }>(S.insertActor, [a.name, a.key, a.surnameKey, a.party]))!.id;
}

/** An actor's name and its key change (a full name replacing a surname). */
export async function renameActor(sql: SqlClient, id: number, name: string, key: string): Promise<void> {
  await sql.run(S.renameActor, [name, key, id]);
}

/** The actor's side, when none is stored yet (a side once known stays). */
export async function setActorSideIfUnknown(sql: SqlClient, id: number, party: string): Promise<void> {
  await sql.run(S.setParty, [party, id]);
}

/** Another spelling of an actor's name (kept once). */
export async function addActorAlias(sql: SqlClient, id: number, alias: string, key: string): Promise<void> {
  await sql.run(S.insertAlias, [id, alias, key]);
}

/** The actor's side, if known. */
export async function actorSide(sql: SqlClient, id: number): Promise<string | null> {
  return (await sql.get<{ party: string | null }>(S.actorParty, [id]))?.party ?? null;
}

/**
 * A mention of an actor in an item's sentence; when it is new, the actor's mention count grows
 * and `at` (null: the item's date is not believed) widens its first and last sighting.
 */
export async function recordMention(sql: SqlClient, m: { actorId: number; itemId: number; sentenceIndex: number; sentence: string; surface: string; at: string | null }): Promise<void> {
  if ((await sql.run(S.insertMention, [m.actorId, m.itemId, m.sentenceIndex, m.sentence, m.surface])).changes === 1) {
    await sql.run(S.countMention, { at: m.at, id: m.actorId });
  }
}

/** A role an item gives an actor as of a day; read again from the same item, its readers add up. */
export async function addActorRole(sql: SqlClient, r: { actorId: number; title: string; party: string | null; asOf: string; itemId: number; evidence: string; readers?: readonly Reader[] }): Promise<void> {
  await sql.run(S.insertRole, [r.actorId, r.title, r.party, r.asOf, r.itemId, r.evidence, readersOf(r.readers)]);
}

// Rounds.

/** The dossier's rounds on a day. */
export const roundsOn = (sql: SqlClient, dossier: string, date: string): Promise<RoundRow[]> => sql.all<RoundRow>(S.roundsOn, [dossier, date]);

/** The dossier's day-precise rounds with a place between two days, nearest `day` first (then the later). */
export function placedRoundsNear(sql: SqlClient, dossier: string, w: { from: string; to: string; day: string }): Promise<RoundRow[]> {
  return sql.all<RoundRow>(sql.dialect === 'postgres' ? S.roundsNearPg : S.roundsNear, { dossier, from: w.from, to: w.to, day: w.day });
}

/** The dossier's undated rounds. */
export const undatedRounds = (sql: SqlClient, dossier: string): Promise<RoundRow[]> => sql.all<RoundRow>(S.roundsUndated, [dossier]);

/** A new round's id. */
export async function insertRound(sql: SqlClient, r: { dossier: string; place: string | null; date: string | null; precision: string | null; status: string; parties: readonly string[] }): Promise<number> {
  return (await sql.get<{ id: number }>(S.insertRound, [r.dossier, r.place, r.date, r.precision, r.status, JSON.stringify(r.parties)]))!.id;
}

/** A round's place, status and parties as a new report leaves them. */
export async function updateRound(sql: SqlClient, id: number, r: { place: string | null; status: string; parties: readonly string[] }): Promise<void> {
  await sql.run(S.updateRound, [r.place, r.status, JSON.stringify(r.parties), id]);
}

/** An item reports the round (once per item; read again, its readers add up). */
export async function addRoundSource(sql: SqlClient, s: { roundId: number; itemId: number; evidence: string; rule: string | null; readers?: readonly Reader[] }): Promise<void> {
  await sql.run(S.insertRoundSource, [s.roundId, s.itemId, s.evidence, s.rule, readersOf(s.readers)]);
}

// Delegations.

/** A party's delegation to a round, if stored. */
export async function delegationAtRound(sql: SqlClient, party: string, roundId: number): Promise<number | undefined> {
  return (await sql.get<{ id: number }>(S.delegationFor, [party, roundId]))?.id;
}

/** A party's delegation an item reported without a round, if stored. */
export async function delegationOfItem(sql: SqlClient, dossier: string, party: string, itemId: number): Promise<number | undefined> {
  return (await sql.get<{ id: number }>(S.delegationOfItem, [dossier, party, itemId]))?.id;
}

/** A new delegation's id. */
export async function insertDelegation(sql: SqlClient, d: { dossier: string; party: string; roundId: number | null; itemId: number; reportedAt: string }): Promise<number> {
  return (await sql.get<{ id: number }>(S.insertDelegation, [d.dossier, d.party, d.roundId, d.itemId, d.reportedAt]))!.id;
}

/**
 * A member of a delegation, with the rule and sentence that placed them; a member named leader
 * later becomes leader (with that report's rule and sentence), a leader never becomes a member.
 */
export async function addDelegationMember(sql: SqlClient, m: { delegationId: number; actorId: number; role: 'leader' | 'member'; itemId: number; rule: string | null; evidence: string | null }): Promise<void> {
  await sql.run(S.upsertMember, [m.delegationId, m.actorId, m.role, m.itemId, m.rule, m.evidence]);
}

/** One source's own word on a member ("led by" or "included"), with its readers. */
export async function addDelegationMemberSource(sql: SqlClient, m: { delegationId: number; actorId: number; itemId: number; role: 'leader' | 'member'; readers?: readonly Reader[] }): Promise<void> {
  await sql.run(S.insertMemberSource, [m.delegationId, m.actorId, m.itemId, m.role, readersOf(m.readers)]);
}

/** An item reports the delegation. */
export async function addDelegationSource(sql: SqlClient, delegationId: number, itemId: number, evidence: string): Promise<void> {
  await sql.run(S.insertDelegationSource, [delegationId, itemId, evidence]);
}

// Events.

/** The event stored under this key, if any. */
export async function eventIdByKey(sql: SqlClient, key: string): Promise<number | undefined> {
  return (await sql.get<{ id: number }>(S.eventByKey, [key]))?.id;
}

/** A new event's id (searchable by its title on either store). */
export async function insertEvent(
  sql: SqlClient,
  e: { dossier: string; key: string; kind: string; date: string; precision: string; title: string; place: string | null; parties: readonly string[]; topics: readonly string[]; attribution: string | null; roundId: number | null; itemId: number; reportedAt: string },
): Promise<number> {
  const id = (await sql.get<{ id: number }>(S.insertEvent, { ...e, parties: JSON.stringify(e.parties), topics: JSON.stringify(e.topics) }))!.id;
  if (sql.dialect === 'sqlite') await sql.run(S.insertEventFts, [id, e.title]);
  return id;
}

/** An item reports the event. */
export async function addEventSource(sql: SqlClient, eventId: number, itemId: number, evidence: string): Promise<void> {
  await sql.run(S.insertEventSource, [eventId, itemId, evidence]);
}

/** The event's actors, topics and parties (each kept once). */
export async function tagEvent(sql: SqlClient, eventId: number, tags: { actorIds: readonly number[]; topics: readonly string[]; parties: readonly string[] }): Promise<void> {
  for (const a of tags.actorIds) await sql.run(S.insertEventActor, [eventId, a]);
  for (const t of tags.topics) await sql.run(S.insertEventTopic, [eventId, t]);
  for (const p of tags.parties) await sql.run(S.insertEventParty, [eventId, p]);
}

// Statements and items.

/** A statement an item reports (kept once per item and sentence). */
export async function insertStatement(
  sql: SqlClient,
  st: {
    dossier: string;
    itemId: number;
    sentenceIndex: number;
    speaker: string;
    actorId: number | null;
    party: string | null;
    mode: string;
    quote: string | null;
    verb: string;
    stances: string;
    date: string | null;
    precision: string | null;
    topics: string;
    rule: string;
    evidence: string;
    context: string | null;
  },
): Promise<void> {
  await sql.run(S.insertStatement, st);
}

/** The item's extraction for the dossier is stored, at `at`. */
export async function markItemExtracted(sql: SqlClient, itemId: number, dossier: string, at: string): Promise<void> {
  await sql.run(S.markExtracted, [at, itemId]);
  await sql.run(S.markExtractedFor, [at, dossier, itemId]);
}
