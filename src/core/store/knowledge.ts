import type { Extraction, Reader, ResolvedDate, RoundFact } from '../extract/types.js';
import { nameKey, sameActor, surnameKey } from '../names.js';
import { resolveParty } from '../parties.js';
import { addDays } from '../time.js';
import type { SqlClient } from './sql.js';

const isoDay = (iso: string) => iso.slice(0, 10);

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
  // When several actors share an alias key, the most-mentioned is meant.
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
  insertStatement: `INSERT INTO statements (dossier, item_id, sentence_index, speaker, actor_id, party, mode, quote, verb, stances, date, date_precision, topics, rule, evidence, context)
     VALUES (@dossier, @itemId, @sentenceIndex, @speaker, @actorId, @party, @mode, @quote, @verb, @stances, @date, @precision, @topics, @rule, @evidence, @context)
     ON CONFLICT DO NOTHING`,
  markExtracted: 'UPDATE items SET extracted_at = ? WHERE id = ?',
  markExtractedFor: 'UPDATE item_dossiers SET extracted_at = ? WHERE dossier = ? AND item_id = ?',
} as const;

type RoundRow = { id: number; place: string | null; status: string; parties: string; date_precision: string };

/** A sync lookup of the side the knowledge base holds for a person (by any spelling seen), as extraction asks it. */
export type KnownParty = (name: string) => string | undefined;

/**
 * The sides the knowledge base holds, by alias key (the most-mentioned actor's when several share
 * a key), read once: extraction is synchronous and asks per name, so an ingest reads this before
 * a feed's items are extracted (what it answers is what a lookup then would have answered).
 */
export async function knownParties(sql: SqlClient): Promise<KnownParty> {
  const rows = await sql.all<{ key: string; party: string; n: number }>(
    `SELECT x.key, a.party, a.mention_count AS n FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
      WHERE a.party IS NOT NULL ORDER BY x.key, a.mention_count DESC, a.id`,
  );
  const byKey = new Map<string, string>();
  for (const r of rows) if (!byKey.has(r.key)) byKey.set(r.key, r.party);
  return (name) => {
    const key = nameKey(name);
    return key ? byKey.get(key) : undefined;
  };
}

/**
 * Writes an item's extraction into the knowledge base. Every fact row points at the item
 * (and sentence) it came from; every insert is keyed so that re-extracting an item, or the
 * same fact reported by another outlet, adds a source rather than a second fact. Each write
 * runs on the client it is given: the caller's transaction.
 */
export function createKnowledgeWriter() {
  /** Finds or creates the actor a name refers to, merging surname-only and transliterated forms. */
  // Names seen before resolve without a query: most items repeat the same few dozen people.
  // Ids stay valid because actors are never deleted; `forget()` drops the cache when a
  // transaction rolls back, since the ids it handed out may then not exist.
  const known = new Map<string, number>();
  const aliased = new Set<string>();
  const withParty = new Set<number>();

  async function resolveActor(sql: SqlClient, name: string, party?: string): Promise<number> {
    const cached = known.get(name);
    if (cached !== undefined) {
      if (party && !withParty.has(cached)) {
        await sql.run(S.setParty, [party, cached]);
        withParty.add(cached);
      }
      return cached;
    }
    const key = nameKey(name);
    if (!key) throw new Error(`empty actor name "${name}"`);
    const hit = await sql.get<{ actor_id: number }>(S.aliasLookup, [key]);
    let id: number | undefined = hit?.actor_id;
    const single = !key.includes(' ');
    if (id === undefined) {
      const sk = surnameKey(name);
      const candidates = (await sql.all<{ id: number; name: string; key: string }>(S.bySurname, [sk])).filter((c) => sameActor(c.name, name));
      if (candidates.length > 0) {
        // A full name upgrades a surname-only actor ("Trump" becomes "Donald Trump").
        const best = candidates.find((c) => c.key.includes(' ')) ?? candidates[0]!;
        id = best.id;
        if (!single && !best.key.includes(' ') && !(await sql.get(S.actorKeyTaken, [key]))) await sql.run(S.renameActor, [name, key, id]);
      }
    }
    if (id === undefined) {
      id = (await sql.get<{ id: number }>(S.insertActor, [name, key, surnameKey(name), party ?? null]))!.id;
    }
    await addAlias(sql, id, name, key);
    if (party) {
      await sql.run(S.setParty, [party, id]);
      withParty.add(id);
    }
    // Surname-only names are not cached: a later full name may belong to someone else.
    if (!single) known.set(name, id);
    return id;
  }

  async function addAlias(sql: SqlClient, id: number, alias: string, key: string): Promise<void> {
    const k = `${id}|${key}|${alias}`;
    if (aliased.has(k)) return;
    await sql.run(S.insertAlias, [id, alias, key]);
    aliased.add(k);
  }

  const isCountryName = (place: string) => resolveParty(place)?.name.toLowerCase() === place.toLowerCase();

  function placesCompatible(a: string | null, b: string | null): boolean {
    if (!a || !b) return true;
    if (a.toLowerCase() === b.toLowerCase()) return true;
    // "met in Saudi Arabia" and "talks in Riyadh": a country and its capital are one round.
    if (!isCountryName(a) && !isCountryName(b)) return false;
    const pa = resolveParty(a)?.name;
    return pa !== undefined && pa === resolveParty(b)?.name;
  }

  /** A city says more than a country: keep "Riyadh" over "Saudi Arabia". */
  function betterPlace(a: string | null, b: string | undefined): string | null {
    if (!b) return a;
    if (!a) return b;
    return isCountryName(a) && !isCountryName(b) ? b : a;
  }

  async function upsertRound(sql: SqlClient, dossier: string, r: RoundFact, itemId: number, published: string, dateUnknown: boolean): Promise<number> {
    const parties = [...new Set(r.parties)].sort();
    // An undated mention ("the delegation remained in Saudi Arabia") is the dated round at that
    // place nearest the report, within a week, if there is one; else an undated round.
    const day = published.slice(0, 10);
    const rows = r.date
      ? await sql.all<RoundRow>(S.roundsOn, [dossier, r.date.date])
      : r.place && !dateUnknown
        ? [
            ...(await sql.all<RoundRow>(sql.dialect === 'postgres' ? S.roundsNearPg : S.roundsNear, { dossier, from: addDays(day, -7), to: addDays(day, 7), day })),
            ...(await sql.all<RoundRow>(S.roundsUndated, [dossier])),
          ]
        : await sql.all<RoundRow>(S.roundsUndated, [dossier]);
    for (const row of rows) {
      const theirs: string[] = JSON.parse(row.parties);
      const overlap = theirs.filter((p) => parties.includes(p)).length;
      const subset = overlap === Math.min(theirs.length, parties.length);
      if (!subset || !placesCompatible(row.place, r.place ?? null)) continue;
      if (!r.date && (!row.place || !r.place)) continue;
      const merged = [...new Set([...theirs, ...parties])].sort();
      const status = row.status === 'held' || r.status === 'held' ? 'held' : 'scheduled';
      await sql.run(S.updateRound, [betterPlace(row.place, r.place), status, JSON.stringify(merged), row.id]);
      await sql.run(S.insertRoundSource, [row.id, itemId, r.evidence, r.rule ?? null, readersOf(r.readers)]);
      return row.id;
    }
    const { id } = (await sql.get<{ id: number }>(S.insertRound, [
      dossier,
      r.place ?? null,
      r.date?.date ?? null,
      r.date?.precision ?? null,
      r.status,
      JSON.stringify(parties),
    ]))!;
    await sql.run(S.insertRoundSource, [id, itemId, r.evidence, r.rule ?? null, readersOf(r.readers)]);
    return id;
  }

  /** An event's identity within its dossier: the dossier's id comes first (the key is unique across the table). */
  function eventKey(dossier: string, kind: string, date: ResolvedDate, parties: string[], place: string | undefined, actors: string[], attribution: string | undefined, roundId: number | null): string {
    if (roundId !== null && kind === 'talks') return `${dossier}|talks|round:${roundId}`;
    const base = `${dossier}|${kind}|${date.date}|${[...parties].sort().join(',')}`;
    if (kind === 'call' || kind === 'talks' || kind === 'prisoner-exchange') return base;
    return `${base}|${(place ?? '').toLowerCase()}|${actors.map(nameKey).sort().join(',')}|${(attribution ?? '').toLowerCase()}`;
  }

  return {
    resolveActor,
    /** Drops the in-process caches; call after a rolled-back transaction. */
    forget(): void {
      known.clear();
      aliased.clear();
      withParty.clear();
    },
    /**
     * Stores one item's extraction for one dossier in the caller's transaction: its rounds,
     * delegations, events and statements are that dossier's (people, their mentions and roles
     * are shared). `dateUnknown`: the item's date is not believed (see PUBLISHED_IN_FUTURE), so
     * `published` (the fetch time) never dates an actor's first or last sighting, nor picks the
     * round nearest the report.
     */
    async save(sql: SqlClient, itemId: number, dossier: string, published: string, ex: Extraction, extractedAt: string, dateUnknown = false): Promise<void> {
      const asOf = isoDay(published);
      const actorIds = new Map<string, number>();
      const actorId = async (name: string, party?: string) => {
        let id = actorIds.get(name);
        if (id === undefined) {
          id = await resolveActor(sql, name, party);
          actorIds.set(name, id);
        }
        return id;
      };
      for (const m of ex.actors) {
        const id = await actorId(m.name, m.party ?? m.role?.party);
        if (m.surface && m.surface !== m.name) await addAlias(sql, id, m.surface, nameKey(m.surface));
        const sentence = ex.sentences[m.sentenceIndex] ?? '';
        if ((await sql.run(S.insertMention, [id, itemId, m.sentenceIndex, sentence, m.surface || m.name])).changes === 1) {
          await sql.run(S.countMention, { at: dateUnknown ? null : published, id });
        }
        if (m.role) await sql.run(S.insertRole, [id, m.role.title, m.role.party ?? null, asOf, itemId, sentence, readersOf(m.readers)]);
      }
      const roundIds: number[] = [];
      for (const r of ex.rounds) roundIds.push(await upsertRound(sql, dossier, r, itemId, published, dateUnknown));
      for (const d of ex.delegations) {
        const roundId = d.roundIndex !== undefined ? (roundIds[d.roundIndex] ?? null) : null;
        let delId =
          roundId !== null
            ? (await sql.get<{ id: number }>(S.delegationFor, [d.party, roundId]))?.id
            : (await sql.get<{ id: number }>(S.delegationOfItem, [dossier, d.party, itemId]))?.id;
        if (delId === undefined) delId = (await sql.get<{ id: number }>(S.insertDelegation, [dossier, d.party, roundId, itemId, published]))!.id;
        // Each member row keeps the rule that placed the person and the sentence it read.
        const why = (name: string) => d.people?.find((p) => p.name === name);
        const sentenceOf = (name: string) => {
          const w = why(name);
          return w ? (ex.sentences[w.sentenceIndex] ?? null) : d.evidence;
        };
        for (const [names, role] of [
          [d.leaders, 'leader'],
          [d.members, 'member'],
        ] as const) {
          for (const name of names) {
            const id = await actorId(name, d.party);
            await sql.run(S.upsertMember, [delId, id, role, itemId, why(name)?.rule ?? null, sentenceOf(name)]);
            // Each source's own word ("led by" or "included"), so who-leads can weigh them.
            await sql.run(S.insertMemberSource, [delId, id, itemId, role, readersOf(why(name)?.readers)]);
          }
        }
        await sql.run(S.insertDelegationSource, [delId, itemId, d.evidence]);
      }
      for (const e of ex.events) {
        const roundId = e.roundIndex !== undefined ? (roundIds[e.roundIndex] ?? null) : null;
        const key = eventKey(dossier, e.kind, e.date, e.parties, e.place, e.actors, e.attribution, roundId);
        let id = (await sql.get<{ id: number }>(S.eventByKey, [key]))?.id;
        if (id === undefined) {
          id = (
            await sql.get<{ id: number }>(S.insertEvent, {
              dossier,
              key,
              kind: e.kind,
              date: e.date.date,
              precision: e.date.precision,
              title: e.title,
              place: e.place ?? null,
              parties: JSON.stringify([...new Set(e.parties)].sort()),
              topics: JSON.stringify([...new Set(e.topics)].sort()),
              attribution: e.attribution ?? null,
              roundId,
              itemId,
              reportedAt: published,
            })
          )!.id;
          if (sql.dialect === 'sqlite') await sql.run(S.insertEventFts, [id, e.title]);
        }
        await sql.run(S.insertEventSource, [id, itemId, e.evidence]);
        for (const a of e.actors) await sql.run(S.insertEventActor, [id, await actorId(a)]);
        for (const t of e.topics) await sql.run(S.insertEventTopic, [id, t]);
        for (const p of e.parties) await sql.run(S.insertEventParty, [id, p]);
      }
      for (const st of ex.statements ?? []) {
        const actor = st.person ? await actorId(st.person) : null;
        // A person speaks for their own side as the knowledge base knows it; a body for the side the text names.
        const actorSide = actor !== null ? ((await sql.get<{ party: string | null }>(S.actorParty, [actor]))?.party ?? null) : null;
        const party = st.speaker === st.person ? (actorSide ?? st.party ?? null) : (st.party ?? actorSide);
        await sql.run(S.insertStatement, {
          dossier,
          itemId,
          sentenceIndex: st.sentenceIndex,
          speaker: st.speaker,
          actorId: actor,
          party,
          mode: st.mode,
          quote: st.quote ?? null,
          verb: st.verb,
          stances: JSON.stringify(st.stances),
          date: st.date?.date ?? null,
          precision: st.date?.precision ?? null,
          topics: JSON.stringify(st.topics),
          rule: st.rule,
          evidence: st.evidence,
          context: st.context ?? null,
        });
      }
      await sql.run(S.markExtracted, [extractedAt, itemId]);
      await sql.run(S.markExtractedFor, [extractedAt, dossier, itemId]);
    },
  };
}

export type KnowledgeWriter = ReturnType<typeof createKnowledgeWriter>;
