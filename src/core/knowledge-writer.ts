import type { Extraction, ResolvedDate, RoundFact } from './extract/types.js';
import { nameKey, sameActor, surnameKey } from './names.js';
import { resolveParty } from './parties.js';
import {
  actorKeyTaken,
  actorSide,
  actorSidesByAlias,
  actorsBySurname,
  addActorAlias,
  addActorRole,
  addDelegationMember,
  addDelegationMemberSource,
  addDelegationSource,
  addEventSource,
  addRoundSource,
  delegationAtRound,
  delegationOfItem,
  eventIdByKey,
  insertActor,
  insertDelegation,
  insertEvent,
  insertRound,
  insertStatement,
  markItemExtracted,
  mostMentionedActorByAlias,
  placedRoundsNear,
  recordMention,
  renameActor,
  type RoundRow,
  roundsOn,
  setActorSideIfUnknown,
  tagEvent,
  undatedRounds,
  updateRound,
} from './store/knowledge.js';
import type { SqlClient } from './store/sql.js';
import { addDays } from './time.js';

const isoDay = (iso: string) => iso.slice(0, 10);

/** A sync lookup of the side the knowledge base holds for a person (by any spelling seen), as extraction asks it. */
export type KnownParty = (name: string) => string | undefined;

/**
 * The sides the knowledge base holds, by alias key (the most-mentioned actor's when several share
 * a key), read once: extraction is synchronous and asks per name, so an ingest reads this before
 * a feed's items are extracted (what it answers is what a lookup then would have answered).
 */
export async function knownParties(sql: SqlClient): Promise<KnownParty> {
  const byKey = new Map<string, string>();
  for (const r of await actorSidesByAlias(sql)) if (!byKey.has(r.key)) byKey.set(r.key, r.party);
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
        await setActorSideIfUnknown(sql, cached, party);
        withParty.add(cached);
      }
      return cached;
    }
    const key = nameKey(name);
    if (!key) throw new Error(`empty actor name "${name}"`);
    // When several actors share an alias key, the most-mentioned is meant.
    let id: number | undefined = await mostMentionedActorByAlias(sql, key);
    const single = !key.includes(' ');
    if (id === undefined) {
      const sk = surnameKey(name);
      const candidates = (await actorsBySurname(sql, sk)).filter((c) => sameActor(c.name, name));
      if (candidates.length > 0) {
        // A full name upgrades a surname-only actor ("Trump" becomes "Donald Trump").
        const best = candidates.find((c) => c.key.includes(' ')) ?? candidates[0]!;
        id = best.id;
        if (!single && !best.key.includes(' ') && !(await actorKeyTaken(sql, key))) await renameActor(sql, id, name, key);
      }
    }
    if (id === undefined) {
      id = await insertActor(sql, { name, key, surnameKey: surnameKey(name), party: party ?? null });
    }
    await addAlias(sql, id, name, key);
    if (party) {
      await setActorSideIfUnknown(sql, id, party);
      withParty.add(id);
    }
    // Surname-only names are not cached: a later full name may belong to someone else.
    if (!single) known.set(name, id);
    return id;
  }

  async function addAlias(sql: SqlClient, id: number, alias: string, key: string): Promise<void> {
    const k = `${id}|${key}|${alias}`;
    if (aliased.has(k)) return;
    await addActorAlias(sql, id, alias, key);
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
    const rows: RoundRow[] = r.date
      ? await roundsOn(sql, dossier, r.date.date)
      : r.place && !dateUnknown
        ? [...(await placedRoundsNear(sql, dossier, { from: addDays(day, -7), to: addDays(day, 7), day })), ...(await undatedRounds(sql, dossier))]
        : await undatedRounds(sql, dossier);
    for (const row of rows) {
      const theirs: string[] = JSON.parse(row.parties);
      const overlap = theirs.filter((p) => parties.includes(p)).length;
      const subset = overlap === Math.min(theirs.length, parties.length);
      if (!subset || !placesCompatible(row.place, r.place ?? null)) continue;
      if (!r.date && (!row.place || !r.place)) continue;
      const merged = [...new Set([...theirs, ...parties])].sort();
      const status = row.status === 'held' || r.status === 'held' ? 'held' : 'scheduled';
      await updateRound(sql, row.id, { place: betterPlace(row.place, r.place), status, parties: merged });
      await addRoundSource(sql, { roundId: row.id, itemId, evidence: r.evidence, rule: r.rule ?? null, readers: r.readers });
      return row.id;
    }
    const id = await insertRound(sql, { dossier, place: r.place ?? null, date: r.date?.date ?? null, precision: r.date?.precision ?? null, status: r.status, parties });
    await addRoundSource(sql, { roundId: id, itemId, evidence: r.evidence, rule: r.rule ?? null, readers: r.readers });
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
        await recordMention(sql, { actorId: id, itemId, sentenceIndex: m.sentenceIndex, sentence, surface: m.surface || m.name, at: dateUnknown ? null : published });
        if (m.role) await addActorRole(sql, { actorId: id, title: m.role.title, party: m.role.party ?? null, asOf, itemId, evidence: sentence, readers: m.readers });
      }
      const roundIds: number[] = [];
      for (const r of ex.rounds) roundIds.push(await upsertRound(sql, dossier, r, itemId, published, dateUnknown));
      for (const d of ex.delegations) {
        const roundId = d.roundIndex !== undefined ? (roundIds[d.roundIndex] ?? null) : null;
        let delId = roundId !== null ? await delegationAtRound(sql, d.party, roundId) : await delegationOfItem(sql, dossier, d.party, itemId);
        if (delId === undefined) delId = await insertDelegation(sql, { dossier, party: d.party, roundId, itemId, reportedAt: published });
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
            await addDelegationMember(sql, { delegationId: delId, actorId: id, role, itemId, rule: why(name)?.rule ?? null, evidence: sentenceOf(name) });
            // Each source's own word ("led by" or "included"), so who-leads can weigh them.
            await addDelegationMemberSource(sql, { delegationId: delId, actorId: id, itemId, role, readers: why(name)?.readers });
          }
        }
        await addDelegationSource(sql, delId, itemId, d.evidence);
      }
      for (const e of ex.events) {
        const roundId = e.roundIndex !== undefined ? (roundIds[e.roundIndex] ?? null) : null;
        const key = eventKey(dossier, e.kind, e.date, e.parties, e.place, e.actors, e.attribution, roundId);
        let id = await eventIdByKey(sql, key);
        if (id === undefined) {
          id = await insertEvent(sql, {
            dossier,
            key,
            kind: e.kind,
            date: e.date.date,
            precision: e.date.precision,
            title: e.title,
            place: e.place ?? null,
            parties: [...new Set(e.parties)].sort(),
            topics: [...new Set(e.topics)].sort(),
            attribution: e.attribution ?? null,
            roundId,
            itemId,
            reportedAt: published,
          });
        }
        await addEventSource(sql, id, itemId, e.evidence);
        const actorIdsOfEvent: number[] = [];
        for (const a of e.actors) actorIdsOfEvent.push(await actorId(a));
        await tagEvent(sql, id, { actorIds: actorIdsOfEvent, topics: e.topics, parties: e.parties });
      }
      for (const st of ex.statements ?? []) {
        const actor = st.person ? await actorId(st.person) : null;
        // A person speaks for their own side as the knowledge base knows it; a body for the side the text names.
        const side = actor !== null ? await actorSide(sql, actor) : null;
        const party = st.speaker === st.person ? (side ?? st.party ?? null) : (st.party ?? side);
        await insertStatement(sql, {
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
      await markItemExtracted(sql, itemId, dossier, extractedAt);
    },
  };
}

export type KnowledgeWriter = ReturnType<typeof createKnowledgeWriter>;
