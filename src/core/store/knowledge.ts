import type { Extraction, Reader, ResolvedDate, RoundFact } from '../extract/types.js';
import { nameKey, sameActor, surnameKey } from '../names.js';
import { resolveParty } from '../parties.js';
import { addDays } from '../time.js';
import type { Db } from './db.js';

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

/**
 * Writes an item's extraction into the knowledge base. Every fact row points at the item
 * (and sentence) it came from; every insert is keyed so that re-extracting an item, or the
 * same fact reported by another outlet, adds a source rather than a second fact.
 */
export function createKnowledgeWriter(db: Db) {
  const q = {
    // When several actors share an alias key, the most-mentioned is meant.
    aliasLookup: db.prepare<[string], { actor_id: number }>(
      `SELECT x.actor_id FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
        WHERE x.key = ? ORDER BY a.mention_count DESC LIMIT 1`,
    ),
    countMention: db.prepare<[{ at: string | null; id: number }]>(
      `UPDATE actors SET mention_count = mention_count + 1,
         first_seen = CASE WHEN @at IS NOT NULL AND (first_seen IS NULL OR @at < first_seen) THEN @at ELSE first_seen END,
         last_seen = CASE WHEN @at IS NOT NULL AND (last_seen IS NULL OR @at > last_seen) THEN @at ELSE last_seen END
       WHERE id = @id`,
    ),
    bySurname: db.prepare<[string], { id: number; name: string; key: string }>(
      'SELECT id, name, key FROM actors WHERE surname_key = ?',
    ),
    insertActor: db.prepare<[string, string, string, string | null]>(
      'INSERT INTO actors (name, key, surname_key, party) VALUES (?, ?, ?, ?)',
    ),
    renameActor: db.prepare<[string, string, number]>('UPDATE actors SET name = ?, key = ? WHERE id = ?'),
    actorKeyTaken: db.prepare<[string], { id: number }>('SELECT id FROM actors WHERE key = ?'),
    setParty: db.prepare<[string, number]>('UPDATE actors SET party = ? WHERE id = ? AND party IS NULL'),
    insertAlias: db.prepare<[number, string, string]>(
      'INSERT INTO actor_aliases (actor_id, alias, key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    ),
    insertMention: db.prepare<[number, number, number, string, string]>(
      'INSERT INTO mentions (actor_id, item_id, sentence_index, sentence, surface) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
    ),
    insertRole: db.prepare<[number, string, string | null, string, number, string, string]>(
      `INSERT INTO actor_roles (actor_id, title, party, as_of, item_id, evidence, readers) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (actor_id, title, item_id) ${UNION_READERS('actor_roles')}`,
    ),
    roundsOn: db.prepare<[string, string], { id: number; place: string | null; status: string; parties: string; date_precision: string }>(
      'SELECT id, place, status, parties, date_precision FROM rounds WHERE dossier = ? AND date = ?',
    ),
    roundsNear: db.prepare<[{ dossier: string; from: string; to: string; day: string }], { id: number; place: string | null; status: string; parties: string; date_precision: string }>(
      `SELECT id, place, status, parties, date_precision FROM rounds
        WHERE dossier = @dossier AND date BETWEEN @from AND @to AND place IS NOT NULL AND date_precision = 'day'
        ORDER BY abs(julianday(date) - julianday(@day)), date DESC`,
    ),
    roundsUndated: db.prepare<[string], { id: number; place: string | null; status: string; parties: string; date_precision: string }>(
      'SELECT id, place, status, parties, date_precision FROM rounds WHERE dossier = ? AND date IS NULL',
    ),
    insertRound: db.prepare<[string, string | null, string | null, string | null, string, string]>(
      'INSERT INTO rounds (dossier, place, date, date_precision, status, parties) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    updateRound: db.prepare<[string | null, string, string, number]>(
      'UPDATE rounds SET place = ?, status = ?, parties = ? WHERE id = ?',
    ),
    insertRoundSource: db.prepare<[number, number, string, string | null, string]>(
      `INSERT INTO round_sources (round_id, item_id, evidence, rule, readers) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (round_id, item_id) ${UNION_READERS('round_sources')}`,
    ),
    delegationFor: db.prepare<[string, number], { id: number }>(
      'SELECT id FROM delegations WHERE party = ? AND round_id = ?',
    ),
    delegationOfItem: db.prepare<[string, string, number], { id: number }>(
      'SELECT id FROM delegations WHERE dossier = ? AND party = ? AND round_id IS NULL AND first_item_id = ?',
    ),
    insertDelegation: db.prepare<[string, string, number | null, number, string]>(
      'INSERT INTO delegations (dossier, party, round_id, first_item_id, reported_at) VALUES (?, ?, ?, ?, ?)',
    ),
    upsertMember: db.prepare<[number, number, string, number, string | null, string | null]>(
      `INSERT INTO delegation_members (delegation_id, actor_id, role, item_id, rule, evidence) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (delegation_id, actor_id) DO UPDATE SET role = 'leader', item_id = excluded.item_id,
         rule = excluded.rule, evidence = excluded.evidence
       WHERE excluded.role = 'leader' AND delegation_members.role = 'member'`,
    ),
    partyByKey: db.prepare<[string], { party: string }>(
      `SELECT a.party FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
        WHERE x.key = ? AND a.party IS NOT NULL ORDER BY a.mention_count DESC LIMIT 1`,
    ),
    insertDelegationSource: db.prepare<[number, number, string]>(
      'INSERT INTO delegation_sources (delegation_id, item_id, evidence) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    ),
    eventByKey: db.prepare<[string], { id: number }>('SELECT id FROM events WHERE key = ?'),
    insertEvent: db.prepare(
      `INSERT INTO events (dossier, key, kind, date, date_precision, title, place, parties, topics, attribution, round_id, first_item_id, reported_at)
       VALUES (@dossier, @key, @kind, @date, @precision, @title, @place, @parties, @topics, @attribution, @roundId, @itemId, @reportedAt)`,
    ),
    insertEventFts: db.prepare<[number, string]>('INSERT INTO events_fts (rowid, title) VALUES (?, ?)'),
    insertEventSource: db.prepare<[number, number, string]>(
      'INSERT INTO event_sources (event_id, item_id, evidence) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    ),
    insertEventActor: db.prepare<[number, number]>('INSERT INTO event_actors (event_id, actor_id) VALUES (?, ?) ON CONFLICT DO NOTHING'),
    insertEventTopic: db.prepare<[number, string]>('INSERT INTO event_topics (event_id, topic) VALUES (?, ?) ON CONFLICT DO NOTHING'),
    insertEventParty: db.prepare<[number, string]>('INSERT INTO event_parties (event_id, party) VALUES (?, ?) ON CONFLICT DO NOTHING'),
    insertMemberSource: db.prepare<[number, number, number, string, string]>(
      `INSERT INTO delegation_member_sources (delegation_id, actor_id, item_id, role, readers) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (delegation_id, actor_id, item_id, role) ${UNION_READERS('delegation_member_sources')}`,
    ),
    actorParty: db.prepare<[number], { party: string | null }>('SELECT party FROM actors WHERE id = ?'),
    insertStatement: db.prepare(
      `INSERT INTO statements (dossier, item_id, sentence_index, speaker, actor_id, party, mode, quote, verb, stances, date, date_precision, topics, rule, evidence, context)
       VALUES (@dossier, @itemId, @sentenceIndex, @speaker, @actorId, @party, @mode, @quote, @verb, @stances, @date, @precision, @topics, @rule, @evidence, @context)
       ON CONFLICT DO NOTHING`,
    ),
    markExtracted: db.prepare<[string, number]>('UPDATE items SET extracted_at = ? WHERE id = ?'),
    markExtractedFor: db.prepare<[string, string, number]>('UPDATE item_dossiers SET extracted_at = ? WHERE dossier = ? AND item_id = ?'),
  };

  /** Finds or creates the actor a name refers to, merging surname-only and transliterated forms. */
  // Names seen before resolve without a query: most items repeat the same few dozen people.
  // Ids stay valid because actors are never deleted; `forget()` drops the cache when a
  // transaction rolls back, since the ids it handed out may then not exist.
  const known = new Map<string, number>();
  const aliased = new Set<string>();
  const withParty = new Set<number>();

  function resolveActor(name: string, party?: string): number {
    const cached = known.get(name);
    if (cached !== undefined) {
      if (party && !withParty.has(cached)) {
        q.setParty.run(party, cached);
        withParty.add(cached);
      }
      return cached;
    }
    const key = nameKey(name);
    if (!key) throw new Error(`empty actor name "${name}"`);
    const hit = q.aliasLookup.get(key);
    let id: number | undefined = hit?.actor_id;
    const single = !key.includes(' ');
    if (id === undefined) {
      const sk = surnameKey(name);
      const candidates = q.bySurname.all(sk).filter((c) => sameActor(c.name, name));
      if (candidates.length > 0) {
        // A full name upgrades a surname-only actor ("Trump" becomes "Donald Trump").
        const best = candidates.find((c) => c.key.includes(' ')) ?? candidates[0]!;
        id = best.id;
        if (!single && !best.key.includes(' ') && !q.actorKeyTaken.get(key)) q.renameActor.run(name, key, id);
      }
    }
    if (id === undefined) {
      id = Number(q.insertActor.run(name, key, surnameKey(name), party ?? null).lastInsertRowid);
    }
    addAlias(id, name, key);
    if (party) {
      q.setParty.run(party, id);
      withParty.add(id);
    }
    // Surname-only names are not cached: a later full name may belong to someone else.
    if (!single) known.set(name, id);
    return id;
  }

  function addAlias(id: number, alias: string, key: string): void {
    const k = `${id}|${key}|${alias}`;
    if (aliased.has(k)) return;
    q.insertAlias.run(id, alias, key);
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

  function upsertRound(dossier: string, r: RoundFact, itemId: number, published: string, dateUnknown: boolean): number {
    const parties = [...new Set(r.parties)].sort();
    // An undated mention ("the delegation remained in Saudi Arabia") is the dated round at that
    // place nearest the report, within a week, if there is one; else an undated round.
    const day = published.slice(0, 10);
    const rows = r.date
      ? q.roundsOn.all(dossier, r.date.date)
      : r.place && !dateUnknown
        ? [...q.roundsNear.all({ dossier, from: addDays(day, -7), to: addDays(day, 7), day }), ...q.roundsUndated.all(dossier)]
        : q.roundsUndated.all(dossier);
    for (const row of rows) {
      const theirs: string[] = JSON.parse(row.parties);
      const overlap = theirs.filter((p) => parties.includes(p)).length;
      const subset = overlap === Math.min(theirs.length, parties.length);
      if (!subset || !placesCompatible(row.place, r.place ?? null)) continue;
      if (!r.date && (!row.place || !r.place)) continue;
      const merged = [...new Set([...theirs, ...parties])].sort();
      const status = row.status === 'held' || r.status === 'held' ? 'held' : 'scheduled';
      q.updateRound.run(betterPlace(row.place, r.place), status, JSON.stringify(merged), row.id);
      q.insertRoundSource.run(row.id, itemId, r.evidence, r.rule ?? null, readersOf(r.readers));
      return row.id;
    }
    const id = Number(
      q.insertRound.run(dossier, r.place ?? null, r.date?.date ?? null, r.date?.precision ?? null, r.status, JSON.stringify(parties))
        .lastInsertRowid,
    );
    q.insertRoundSource.run(id, itemId, r.evidence, r.rule ?? null, readersOf(r.readers));
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
    /** The side the knowledge base holds for a person (by any spelling seen), if any: what extraction learns from earlier items. */
    knownParty(name: string): string | undefined {
      const key = nameKey(name);
      return key ? q.partyByKey.get(key)?.party : undefined;
    },
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
    save(itemId: number, dossier: string, published: string, ex: Extraction, extractedAt: string, dateUnknown = false): void {
      const asOf = isoDay(published);
      const actorIds = new Map<string, number>();
      const actorId = (name: string, party?: string) => {
        let id = actorIds.get(name);
        if (id === undefined) {
          id = resolveActor(name, party);
          actorIds.set(name, id);
        }
        return id;
      };
      for (const m of ex.actors) {
        const id = actorId(m.name, m.party ?? m.role?.party);
        if (m.surface && m.surface !== m.name) addAlias(id, m.surface, nameKey(m.surface));
        const sentence = ex.sentences[m.sentenceIndex] ?? '';
        if (q.insertMention.run(id, itemId, m.sentenceIndex, sentence, m.surface || m.name).changes === 1) {
          q.countMention.run({ at: dateUnknown ? null : published, id });
        }
        if (m.role) q.insertRole.run(id, m.role.title, m.role.party ?? null, asOf, itemId, sentence, readersOf(m.readers));
      }
      const roundIds = ex.rounds.map((r) => upsertRound(dossier, r, itemId, published, dateUnknown));
      for (const d of ex.delegations) {
        const roundId = d.roundIndex !== undefined ? (roundIds[d.roundIndex] ?? null) : null;
        let delId =
          roundId !== null ? q.delegationFor.get(d.party, roundId)?.id : q.delegationOfItem.get(dossier, d.party, itemId)?.id;
        if (delId === undefined) delId = Number(q.insertDelegation.run(dossier, d.party, roundId, itemId, published).lastInsertRowid);
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
            const id = actorId(name, d.party);
            q.upsertMember.run(delId, id, role, itemId, why(name)?.rule ?? null, sentenceOf(name));
            // Each source's own word ("led by" or "included"), so who-leads can weigh them.
            q.insertMemberSource.run(delId, id, itemId, role, readersOf(why(name)?.readers));
          }
        }
        q.insertDelegationSource.run(delId, itemId, d.evidence);
      }
      for (const e of ex.events) {
        const roundId = e.roundIndex !== undefined ? (roundIds[e.roundIndex] ?? null) : null;
        const key = eventKey(dossier, e.kind, e.date, e.parties, e.place, e.actors, e.attribution, roundId);
        let id = q.eventByKey.get(key)?.id;
        if (id === undefined) {
          id = Number(
            q.insertEvent.run({
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
            }).lastInsertRowid,
          );
          q.insertEventFts.run(id, e.title);
        }
        q.insertEventSource.run(id, itemId, e.evidence);
        for (const a of e.actors) q.insertEventActor.run(id, actorId(a));
        for (const t of e.topics) q.insertEventTopic.run(id, t);
        for (const p of e.parties) q.insertEventParty.run(id, p);
      }
      for (const st of ex.statements ?? []) {
        const actor = st.person ? actorId(st.person) : null;
        // A person speaks for their own side as the knowledge base knows it; a body for the side the text names.
        const actorSide = actor !== null ? (q.actorParty.get(actor)?.party ?? null) : null;
        const party = st.speaker === st.person ? (actorSide ?? st.party ?? null) : (st.party ?? actorSide);
        q.insertStatement.run({
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
      q.markExtracted.run(extractedAt, itemId);
      q.markExtractedFor.run(extractedAt, dossier, itemId);
    },
  };
}

export type KnowledgeWriter = ReturnType<typeof createKnowledgeWriter>;
