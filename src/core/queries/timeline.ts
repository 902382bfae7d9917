import type { LoadedDossier } from '../dossier/load.js';
import { UserError } from '../errors.js';
import { resolveParty } from '../parties.js';
import { type EventOut, type TimelineQuery, TimelineQuery as TimelineQuerySchema, type TimelineResult } from '../schemas.js';
import { searchPhrases } from '../store/reads/dialect.js';
import { createEventReads, type EventFilter, type EventRow, type Membership } from '../store/reads/events.js';
import type { SqlClient } from '../store/sql.js';
import { cleanArg, parseDay, sourceRef } from './common.js';

export const DEFAULT_TIMELINE_LIMIT = 50;
/** Candidates read, at most, when a caller keeps events by their sentence. */
const SCAN_CAP = 3000;
/** Candidates read per page when a caller keeps events by their sentence. */
const PAGE = 250;

/** The timeline of one dossier: its events, its topics. */
export function createTimeline(sql: SqlClient, dossier: LoadedDossier, resolveActorId: (name: string) => Promise<number>) {
  const q = createEventReads(sql);

  /** Accepts a topic id ("maritime"), a label word ("Black Sea") or a lexicon term. */
  function resolveTopic(input: string): string {
    const t = input.trim().toLowerCase();
    for (const topic of dossier.topics) {
      if (topic.id === t || topic.label.toLowerCase() === t) return topic.id;
    }
    for (const topic of dossier.topics) {
      if (topic.id.startsWith(t) || topic.label.toLowerCase().includes(t) || topic.terms.some((x) => x === t || x.includes(t)))
        return topic.id;
    }
    throw new UserError(
      `Unknown topic "${input}". Topics of ${dossier.id}: ${dossier.topics.map((x) => x.id).join(', ')}. Try: /timeline topic:${dossier.topics[0]?.id ?? 'ceasefire'}`,
      { suggestions: dossier.topics.map((x) => x.id) },
    );
  }

  /** Events as answers, with their parties, actors, topics and sources read for all of them at once. */
  async function toOut(rows: EventRow[]): Promise<EventOut[]> {
    const details = await q.details(rows.map((r) => r.id));
    return rows.map((r) => {
      const d = details.get(r.id)!;
      return {
        date: r.date,
        datePrecision: r.date_precision,
        kind: r.kind,
        title: r.title,
        place: r.place,
        parties: d.parties,
        actors: d.actors,
        topics: d.topics,
        attribution: r.attribution,
        sources: d.sources.map(sourceRef),
      };
    });
  }

  /**
   * `kinds`, `place` and `keep` are for the core's own callers (ask): `place` keeps events held
   * there or whose sentence names it ("in Sumy"), since most developments carry no venue of their
   * own; `keep` reads each candidate's sentence first and builds full rows only for the `limit` it keeps
   * (at most `scan`, default SCAN_CAP, read), which is cheaper than a broad full-text match on a large base.
   */
  async function timeline(
    input: TimelineQuery & { kinds?: string[]; place?: string; keep?: (title: string) => boolean; scan?: number; perDay?: number },
  ): Promise<TimelineResult> {
    const parsed = TimelineQuerySchema.safeParse(input);
    if (!parsed.success) throw new UserError('The timeline limit must be a whole number from 1 to 500. Try: /timeline limit:20');
    const query = parsed.data;
    const filter: EventFilter = { dossier: dossier.id, memberships: [], newestFirst: true, limit: 0 };
    const members: Membership[] = filter.memberships;
    if (query.from !== undefined) filter.from = parseDay(cleanArg(query.from, 'from date', '/timeline from:2025-03-01', 20), 'from date', 'start');
    if (query.to !== undefined) filter.to = parseDay(cleanArg(query.to, 'to date', '/timeline to:2025-03-31', 20), 'to date', 'end');
    if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
      throw new UserError(`The from date is after the to date. Try: /timeline from:${filter.to} to:${filter.from}`);
    }
    if (query.topic !== undefined) {
      members.push({ table: 'event_topics', column: 'topic', value: resolveTopic(cleanArg(query.topic, 'topic', '/timeline topic:maritime', 60)) });
    }
    if (query.party !== undefined) {
      const text = cleanArg(query.party, 'party', '/timeline party:Ukraine', 100);
      const p = resolveParty(text);
      if (!p) throw new UserError(`"${text}" is not a country or party I know. Try: /timeline party:Ukraine`);
      members.push({ table: 'event_parties', column: 'party', value: p.name });
    }
    if (query.actor !== undefined) {
      members.push({ table: 'event_actors', column: 'actor_id', value: await resolveActorId(query.actor) });
    }
    if (query.text !== undefined) {
      const phrases = searchPhrases(cleanArg(query.text, 'search words', '/timeline text:"grain corridor"', 200));
      if (!phrases.length) throw new UserError('Search words must contain letters or digits. Try: /timeline text:grain');
      filter.text = phrases;
    }
    if (input.place !== undefined) filter.place = { name: input.place, phrases: searchPhrases(input.place) };
    if (input.kinds && input.kinds.length > 0) filter.kinds = input.kinds;
    if (input.perDay !== undefined) filter.perDay = input.perDay;
    const wanted = query.limit ?? DEFAULT_TIMELINE_LIMIT;
    // With no lower bound, "the last N" is what a reader wants; otherwise the first N from the start.
    filter.newestFirst = query.from === undefined;
    let rows: EventRow[];
    if (input.keep) {
      // Read page by page, as many as kept are wanted, at most `scan` candidates in all.
      const scan = Math.min(input.scan ?? SCAN_CAP, SCAN_CAP);
      rows = [];
      for (let offset = 0; offset < scan && rows.length < wanted; offset += PAGE) {
        const page = await q.find({ ...filter, limit: Math.min(PAGE, scan - offset), offset });
        for (const r of page) {
          if (!input.keep(r.title)) continue;
          rows.push(r);
          if (rows.length >= wanted) break;
        }
        if (page.length < Math.min(PAGE, scan - offset)) break;
      }
    } else rows = await q.find({ ...filter, limit: wanted });
    if (filter.newestFirst) rows.reverse();
    return { events: await toOut(rows) };
  }

  return { timeline, resolveTopic };
}
