import type { BriefingRequest } from '../core.js';
import type { LoadedDossier } from '../dossier/load.js';
import { lexiconOf } from '../dossier/load.js';
import { isTimeZone } from '../dossier/schema.js';
import { UserError } from '../errors.js';
import { topicHits } from '../extract/events.js';
import { createSourceLookup, parseDay, truncate } from '../queries/common.js';
import { createDelegationReader, splitSides } from '../queries/delegations.js';
import type { DelegationOut, SourceRef } from '../schemas.js';
import { createBriefingReads, type EventSourceRow as EventRow, type WindowItemRow as ItemRow } from '../store/reads/briefing.js';
import type { SqlClient } from '../store/sql.js';
import { addDays, localDate, zonedTime } from '../time.js';
import { composeBottomLine, type RoundFacts } from './bottom-line.js';
import { clusterStories } from './cluster.js';
import { briefingDates } from './dates.js';
import { type DevelopmentRow, type EventEvidence, isLead, leadOf, readDevelopments, type WindowDays, type WindowItem } from './developments.js';
import { createSentenceLedger, type SentenceLedger } from './ledger.js';
import { pickQuotes, quotesInWindow, type WindowMention } from './quotes.js';
import type { Briefing, ClusterOut, QuoteOut, TrackOut, UpcomingOut } from './schema.js';
import { decideTracks, type TrackDecision } from './tracks.js';

export { briefingToDoc } from './doc.js';

const MAX_TOP = 8;
const SUMMARY_MAX = 280;

export interface BriefingWindow {
  start: string;
  end: string;
  date: string;
  tz: string;
  catchUp: boolean;
  /** The briefing's date is still ahead in the reader's zone: there is no news for it yet. */
  future: boolean;
}

/**
 * Works out the window a briefing covers. A briefing dated D is cut at the start of D in the
 * reader's zone (today's: now), and covers from the previous briefing for the same destination,
 * else the 24 hours before the cut. A date still ahead covers the day before it, and is empty.
 */
export async function briefingWindow(sql: SqlClient, dossier: LoadedDossier, req: BriefingRequest & { until?: string }, now: Date): Promise<BriefingWindow> {
  const tz = req.tz ?? dossier.timezone;
  if (!isTimeZone(tz)) throw new UserError(`Unknown time zone "${truncate(tz, 40)}". Use an IANA zone, e.g. tz Europe/Kyiv`);
  const today = localDate(now, tz);
  const date = req.date ? parseDay(req.date, 'date') : today;
  const future = req.until === undefined && date > today;
  let end: Date;
  if (req.until) end = parseInstant(req.until, 'until');
  else end = date === today ? now : zonedTime(date, '00:00', tz);
  let start: Date;
  let catchUp = false;
  if (req.since) start = parseInstant(req.since, 'since');
  else {
    const prev = req.destination ? await createBriefingReads(sql).previousEnd(req.destination, dossier.id, end.toISOString()) : undefined;
    start = prev ? new Date(prev) : new Date(end.getTime() - 86_400_000);
  }
  // A gap of more than a day and a half means missed briefings: one catch-up covers it all.
  catchUp = end.getTime() - start.getTime() > 36 * 3_600_000;
  if (start.getTime() >= end.getTime()) {
    throw new UserError(`The window starts after it ends. Try: --since ${new Date(end.getTime() - 86_400_000).toISOString()}`);
  }
  return { start: start.toISOString(), end: end.toISOString(), date, tz, catchUp, future };
}

function parseInstant(v: string, what: string): Date {
  const d = new Date(v);
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(d.getTime())) {
    throw new UserError(`"${truncate(v, 40)}" is not a valid ${what} time. Use ISO 8601, e.g. --${what} 2025-03-23T06:00:00Z`);
  }
  return d;
}

const SIGNAL_WEIGHTS: Record<string, number> = {
  talks: 5,
  agreement: 5,
  refusal: 4,
  call: 3,
  'prisoner-exchange': 3,
  statement: 1.5,
  aid: 1.5,
  sanctions: 1.5,
  attack: 1,
  other: 0.5,
};

/** Sentences that carry a claim: the line must then say who made it. */
const CLAIM_RE = /\b(said|says|say|claimed|claims|accused|accuses|told|stated|denied|warned|according to)\b/i;

/** Developments the bottom line reports as what was agreed or refused. */
const DECISIVE = new Set(['signed', 'announced', 'suspension', 'walk-out', 'refusal']);

/** The local day of an instant, for the days a window spans: one boundary scan, no Intl per item. */
function dayFinder(win: BriefingWindow): { dayOf(iso: string): string; days: WindowDays } {
  const first = localDate(new Date(win.start), win.tz);
  const last = localDate(new Date(Date.parse(win.end) - 1), win.tz);
  const bounds: { day: string; from: string }[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) bounds.push({ day: d, from: zonedTime(d, '00:00', win.tz).toISOString() });
  return {
    dayOf(iso) {
      for (let i = bounds.length - 1; i >= 0; i--) if (iso >= bounds[i]!.from) return bounds[i]!.day;
      return localDate(new Date(iso), win.tz);
    },
    days: { first, last, start: win.start },
  };
}

// Topic regexes are compiled per lexicon object: keep one per dossier.
const lexicons = new WeakMap<LoadedDossier, Record<string, string[]>>();
function topicLexicon(dossier: LoadedDossier): Record<string, string[]> {
  let l = lexicons.get(dossier);
  if (!l) {
    l = lexiconOf(dossier).topics;
    lexicons.set(dossier, l);
  }
  return l;
}

export async function buildBriefing(sql: SqlClient, dossier: LoadedDossier, req: BriefingRequest & { until?: string }, now: Date): Promise<Briefing> {
  const q = createBriefingReads(sql);
  const win = await briefingWindow(sql, dossier, req, now);
  const topicFilter = new Set(req.topics ?? []);
  const unknownTopic = [...topicFilter].find((t) => !dossier.topics.some((x) => x.id === t));
  if (unknownTopic) {
    throw new UserError(`Unknown topic "${unknownTopic}". Topics: ${dossier.topics.map((t) => t.id).join(', ')}`);
  }
  const base = {
    dossier: { id: dossier.id, title: dossier.title },
    date: win.date,
    tz: win.tz,
    window: { start: win.start, end: win.end, catchUp: win.catchUp },
    generatedAt: now.toISOString(),
  };
  if (win.future) {
    // Items the feed dated in the future carry no day: they are not news of any day.
    const latest = await q.latestPublished(dossier.id);
    return {
      ...base,
      empty: true,
      noNewsYet: { latestNewsDay: latest ? localDate(new Date(latest), win.tz) : null },
      bottomLine: [],
      top: [],
      tracks: [],
      said: [],
      delegations: [],
      upcoming: [],
      sources: [],
      notices: [],
    };
  }

  const source = createSourceLookup(sql);
  const window = { dossier: dossier.id, start: win.start, end: win.end };
  const topicWeight = new Map(dossier.topics.map((t) => [t.id, t.weight]));
  const lexicon = topicLexicon(dossier);
  const { dayOf, days } = dayFinder(win);

  // The window's items relevant to this dossier, with their topics and score in it.
  const itemRows: ItemRow[] = await q.items(window);
  const windowItems: WindowItem[] = itemRows
    .map((r) => ({
      id: r.id,
      title: r.title,
      text: r.text,
      lead: leadOf(r.text),
      url: r.url,
      published: r.published,
      day: r.future ? null : dayOf(r.published),
      topics: Object.keys(JSON.parse(r.topics) as Record<string, number>),
      relevance: r.relevance,
      outlet: r.outlet,
      weight: r.weight,
      feedUrl: r.feed_url,
    }))
    .filter((i) => topicFilter.size === 0 || i.topics.some((t) => topicFilter.has(t)));
  const byId = new Map(windowItems.map((i) => [i.id, i]));

  // Facts of the window's items, in bulk reads rather than one per item. Parties and topics are
  // a few distinct JSON arrays repeated thousands of times: each is parsed once.
  const parsed = new Map<string, string[]>();
  const parseList = (json: string) => {
    let v = parsed.get(json);
    if (!v) {
      v = JSON.parse(json) as string[];
      parsed.set(json, v);
    }
    return v;
  };
  const evidence: EventEvidence[] = (await q.eventSources(window))
    .filter((e) => byId.has(e.item_id))
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      date: e.date,
      datePrecision: e.date_precision,
      title: e.title,
      place: e.place,
      attribution: e.attribution,
      parties: parseList(e.parties),
      topics: parseList(e.topics),
      roundId: e.round_id,
      roundStatus: e.round_status,
      reportedAt: e.reported_at,
      itemId: e.item_id,
      evidence: e.evidence,
    }));
  // One read of the window's mentions serves clustering (who is in each item) and quotes.
  const mentions: WindowMention[] = await q.mentions(window);
  const delegationItems = new Set((await q.delegationItems(window)).map((r) => r.item_id));

  const eventsByItem = new Map<number, EventEvidence[]>();
  for (const e of evidence) {
    const list = eventsByItem.get(e.itemId) ?? [];
    list.push(e);
    eventsByItem.set(e.itemId, list);
  }
  const actorsByItem = new Map<number, string[]>();
  for (const m of mentions) {
    const list = actorsByItem.get(m.item_id) ?? [];
    list.push(m.name);
    actorsByItem.set(m.item_id, list);
  }

  // News of the window versus background: a drone-strike story that recalls the Jeddah round
  // is not a story about a round of talks. Background events count for little.
  const freshFrom = addDays(days.first, -1);
  const isFresh = (e: EventEvidence) => e.date >= freshFrom;
  const principals = new Set(dossier.principals);

  const identities = new Map<number, string[]>();
  const clusters = clusterStories(
    windowItems.map((i) => {
      const evs = eventsByItem.get(i.id) ?? [];
      // One story, one place: reports whose lead tells the same dated event (the same round, or
      // the same kind, day and sides: the event's stored identity) are one story, however worded.
      const identity = evs.filter((e) => isFresh(e) && isLead(e.evidence, i.lead)).map((e) => (e.roundId !== null ? `round:${e.roundId}` : `event:${e.id}`));
      identities.set(i.id, identity);
      return {
        id: i.id,
        outlet: i.outlet,
        title: i.title,
        text: i.text,
        actors: actorsByItem.get(i.id) ?? [],
        eventKeys: evs.map((e) => String(e.id)),
        identity,
        published: i.published,
      };
    }),
  );

  const scored = clusters.map((c) => {
    const members = c.items.map((id) => byId.get(id)!).filter(Boolean);
    const evs = c.items.flatMap((id) => eventsByItem.get(id) ?? []);
    const signals = new Set<string>();
    let score = 0;
    const fresh = evs.filter(isFresh);
    for (const kind of new Set(fresh.map((e) => e.kind))) {
      score += SIGNAL_WEIGHTS[kind] ?? 0;
      signals.add(kind);
    }
    for (const kind of new Set(evs.filter((e) => !isFresh(e)).map((e) => e.kind))) score += 0.2 * (SIGNAL_WEIGHTS[kind] ?? 0);
    if (fresh.some((e) => e.kind === 'talks' && e.date >= win.date)) {
      score += 2;
      signals.add('scheduled round');
    }
    if (c.items.some((id) => delegationItems.has(id))) {
      score += 4;
      signals.add('delegation');
    }
    if (fresh.some((e) => e.kind === 'statement' && e.attribution && e.parties.some((p) => principals.has(p)))) {
      score += 1.5;
      signals.add('principal statement');
    }
    const topics = [...new Set(members.flatMap((m) => m.topics))];
    score += Math.min(4, topics.reduce((s, t) => s + (topicWeight.get(t) ?? 1), 0));
    score += Math.max(...members.map((m) => m.weight));
    score += 1.5 * (c.outlets.length - 1);
    if (c.outlets.length > 1) signals.add(`${c.outlets.length} outlets`);
    score += Math.min(3, Math.max(...members.map((m) => m.relevance)) / 5);
    return { c, members, score: Math.round(score * 100) / 100, signals: [...signals], topics };
  });
  scored.sort((a, b) => b.score - a.score || (byId.get(a.c.representative)?.title ?? '').localeCompare(byId.get(b.c.representative)?.title ?? ''));
  const topClusters = scored.slice(0, MAX_TOP);
  const storyOf = new Map<number, number>();
  topClusters.forEach((t, k) => {
    for (const id of t.c.items) storyOf.set(id, k + 1);
  });

  // Tracks: the kinds of the window's developments, against each track's history.
  const { rows: developments, background } = readDevelopments(byId, evidence, lexicon, days);
  const topics = dossier.topics.filter((t) => topicFilter.size === 0 || topicFilter.has(t.id));
  // The tracks' history, read before deciding (one question per topic).
  const advanced = new Map(await Promise.all(topics.map(async (t) => [t.id, await q.advancedBefore(dossier.id, t.id, days.first)] as const)));
  const decisions = decideTracks(topics, developments, background, byId, { advancedBefore: (topic) => advanced.get(topic) ?? false });

  // Sources: the window's items, numbered; earlier reports the bottom line cites come after.
  const sources: Briefing['sources'] = (await source.many(windowItems.map((i) => i.id))).map((ref, n) => ({ ...ref, n: n + 1 }));
  const numberOf = new Map(windowItems.map((i, n) => [i.id, n + 1]));
  // An earlier report is numbered when first cited, and its title read after the bottom line is written.
  const earlierIds: number[] = [];
  const ref = (itemId: number) => {
    let n = numberOf.get(itemId);
    if (n === undefined) {
      n = sources.length + earlierIds.length + 1;
      numberOf.set(itemId, n);
      earlierIds.push(itemId);
    }
    return n;
  };

  const dates = briefingDates(win.tz, now);
  const ledger = createSentenceLedger();
  // A round's reports, those whose lead is the round first, then the weightier outlets.
  const roundOrder = (roundId: number) => (a: number, b: number) =>
    Number(!(identities.get(a) ?? []).includes(`round:${roundId}`)) - Number(!(identities.get(b) ?? []).includes(`round:${roundId}`)) ||
    (byId.get(b)?.weight ?? 0) - (byId.get(a)?.weight ?? 0) ||
    a - b;
  // Held in the window by the window's own reports: a later report saying so is not yet known.
  const heldRounds = new Set(developments.filter((d) => d.fresh && d.development === 'held' && d.event?.roundId != null).map((d) => d.event!.roundId!));
  const rounds = await roundFacts(q, dossier, win, byId, heldRounds, roundOrder);
  const bottomLine = composeBottomLine({
    held: rounds.held,
    next: rounds.next,
    decisive: developments.filter((d) => d.fresh && DECISIVE.has(d.development) && (topicFilter.size === 0 || d.topics.some((t) => topicFilter.has(t)))),
    tracks: decisions,
    // A report without a believable date cannot anchor "on Monday": it never leads the briefing.
    fallback:
      topClusters[0] && byId.get(topClusters[0].c.representative)?.day
        ? { sentence: byId.get(topClusters[0].c.representative)?.lead ?? '', itemId: topClusters[0].c.representative }
        : undefined,
    dates,
    ref,
    attributed,
    ledger,
  });
  const firstEarlier = sources.length + 1;
  for (const [k, ref] of (await source.many(earlierIds)).entries()) sources.push({ ...ref, n: firstEarlier + k, earlier: true });

  const top: ClusterOut[] = topClusters.map(({ c, members, score, signals, topics: clusterTopics }) => {
    const rep = byId.get(c.representative) ?? members[0]!;
    const outlets = new Map<string, ClusterOut['outlets'][number]>();
    for (const m of members) {
      if (!outlets.has(m.outlet)) outlets.set(m.outlet, { outlet: m.outlet, title: m.title, url: m.url ?? m.feedUrl, published: m.published });
    }
    return {
      headline: rep.title,
      summary: summaryLine(rep, members, eventsByItem, isFresh, ledger),
      reportedBy: outlets.size,
      outlets: [...outlets.values()],
      score,
      signals,
      topics: clusterTopics,
      itemIds: c.items,
    };
  });

  const trackSources = new Map<number, SourceRef>();
  const trackIds = [...new Set(decisions.flatMap((d) => [...d.verdicts.map((v) => v.itemId), ...d.grounds.map((g) => g.itemId)]))];
  for (const [k, ref] of (await source.many(trackIds)).entries()) trackSources.set(trackIds[k]!, ref);
  const tracks = decisions.map((d) => trackOut(d, ledger, storyOf, dates, (id) => trackSources.get(id)!));

  const onRecord = new Set(evidence.filter((e) => e.kind === 'statement' && e.attribution && isFresh(e)).map((e) => e.attribution!.toLowerCase()));
  const stale = new Set(evidence.filter((e) => !isFresh(e)).map((e) => e.evidence));
  const picked = pickQuotes(
    await quotesInWindow(q, { dossier: dossier.id, items: byId, mentions, principals: dossier.principals }),
    {
      headlines: windowItems.map((i) => i.title.toLowerCase()),
      onRecord: (speaker) => onRecord.has(speaker.toLowerCase()),
      isStale: (sentence) => stale.has(sentence),
      topicHits: (text) => Object.values(topicHits(text.toLowerCase(), lexicon)).reduce((a, b) => a + b, 0),
      itemWeight: (id) => byId.get(id)?.weight ?? 0,
      ledger,
    },
  );
  const quoteSources = await source.many(picked.map((x) => x.itemId));
  const said: QuoteOut[] = picked.map((x, k) => ({ speaker: x.speaker, side: x.side, quote: x.quote, sources: [quoteSources[k]!] }));

  const reader = createDelegationReader(sql, dossier.id, dossier.mediators);
  // Newly reported delegations, those whose people changed (a member added, a leader named) in
  // the window, and those of rounds still to come that the window's reports mention; a past
  // delegation merely mentioned again is not news.
  const delegationIds = await q.delegationIds({ ...window, date: win.date });
  const delegations: DelegationOut[] = await reader.byIds(delegationIds.map((d) => d.id));

  const coming = dedupeUpcoming(
    (await q.upcoming(dossier.id, win.date, win.end)).filter((e) => topicFilter.size === 0 || (JSON.parse(e.topics) as string[]).some((t) => topicFilter.has(t))),
  );
  const comingSources = await source.many(coming.map((e) => e.item_id));
  const upcoming: UpcomingOut[] = coming.map((e, k) => ({
    date: e.date,
    datePrecision: e.date_precision,
    kind: e.kind,
    label: upcomingLabel(e),
    place: e.place,
    parties: JSON.parse(e.parties) as string[],
    sources: [comingSources[k]!],
  }));

  return {
    ...base,
    empty: windowItems.length === 0,
    noNewsYet: null,
    bottomLine,
    top,
    tracks,
    said,
    delegations,
    upcoming,
    sources,
    notices: await feedNotices(q, dossier, win),
  };
}

/**
 * The rounds the bottom line speaks of, as known by the window's end: those the window's reports
 * say were held (most reported first) and the next one, each with its delegations' leaders and
 * members.
 */
async function roundFacts(
  q: ReturnType<typeof createBriefingReads>,
  dossier: Pick<LoadedDossier, 'id' | 'mediators'>,
  win: BriefingWindow,
  items: ReadonlyMap<number, WindowItem>,
  heldRounds: ReadonlySet<number>,
  order: (roundId: number) => (a: number, b: number) => number,
): Promise<{ held: RoundFacts[]; next: RoundFacts[] }> {
  // Only the few rounds spoken of are read: those held in the window and the next ones.
  const reportedIn = async (id: number) => (await q.roundSourcesIn(id, win.start, win.end)).map((r) => r.item_id).filter((itemId) => items.has(itemId));
  const sidesOf = (json: string) => splitSides(JSON.parse(json) as string[], dossier.mediators).sides;
  const facts = async (id: number, r: { place: string | null; date: string; parties: string[]; itemIds: number[] }): Promise<RoundFacts> => {
    const dels = new Map<string, RoundFacts['delegations'][number]>();
    for (const m of await q.roundMembers(id, win.end)) {
      // A mediator's team is not a side at the round: the bottom line speaks of the sides.
      if (dossier.mediators.includes(m.party)) continue;
      const d = dels.get(m.party) ?? { party: m.party, leaders: [], members: [], itemIds: [] };
      (m.role === 'leader' ? d.leaders : d.members).push(m.name);
      if (m.role === 'leader' || d.leaders.length === 0) d.itemIds.push(m.item_id);
      dels.set(m.party, d);
    }
    const partyOrder = (p: string) => (r.parties.includes(p) ? r.parties.indexOf(p) : r.parties.length);
    return { id, place: r.place, date: r.date, parties: r.parties, itemIds: [...r.itemIds].sort(order(id)), delegations: [...dels.values()].sort((a, b) => partyOrder(a.party) - partyOrder(b.party)) };
  };
  const heldRows = (
    await Promise.all(
      [...heldRounds].map(async (id) => {
        const r = await q.round(id);
        return r ? [{ id, place: r.place, date: r.date, parties: sidesOf(r.parties), itemIds: await reportedIn(id) }] : [];
      }),
    )
  ).flat();
  const held = await Promise.all(heldRows.sort((a, b) => b.itemIds.length - a.itemIds.length || a.id - b.id).map((r) => facts(r.id, r)));
  // The next rounds: the nearest two on or after the briefing's date that the window reports or
  // that are within a week.
  const nextRows = (
    await Promise.all((await q.nextRounds(dossier.id, win.date, win.end)).filter((r) => !held.some((h) => h.id === r.id)).map(async (r) => ({ ...r, inWindow: await reportedIn(r.id) })))
  )
    .filter((r) => r.inWindow.length > 0 || r.date <= addDays(win.date, 7))
    .slice(0, 2);
  const next = await Promise.all(
    nextRows.map(async (r) => {
      const itemIds = r.inWindow.length ? r.inWindow : (await q.roundSourcesBefore(r.id, win.start)).map((x) => x.item_id);
      return facts(r.id, { place: r.place, date: r.date, parties: sidesOf(r.parties), itemIds });
    }),
  );
  return { held, next };
}

/**
 * The story's line, as a desk editor would use it: its lead sentence — attributed when it is a
 * claim — else the sentence of its strongest fresh event, else another report's lead. Always a
 * sentence from the sources, never one shown elsewhere in the briefing; empty when none is left.
 */
function summaryLine(
  rep: WindowItem,
  members: readonly WindowItem[],
  eventsByItem: ReadonlyMap<number, EventEvidence[]>,
  isFresh: (e: EventEvidence) => boolean,
  ledger: SentenceLedger,
): string {
  const events = (eventsByItem.get(rep.id) ?? []).filter(isFresh);
  const lead = rep.lead;
  function* candidates(): Generator<{ sentence: string; attribution: string | null }> {
    if (lead.length >= 40) yield { sentence: lead, attribution: events.find((e) => isLead(e.evidence, lead))?.attribution ?? null };
    for (const e of [...events].sort((a, b) => (SIGNAL_WEIGHTS[b.kind] ?? 0) - (SIGNAL_WEIGHTS[a.kind] ?? 0))) {
      yield { sentence: e.evidence, attribution: e.attribution };
    }
    for (const m of members) if (m.id !== rep.id) yield { sentence: m.lead, attribution: null };
    if (lead.length < 40) yield { sentence: lead, attribution: null };
  }
  for (const c of candidates()) {
    if (c.sentence && ledger.claim(c.sentence)) return truncate(attributed(c.sentence, c.attribution), SUMMARY_MAX);
  }
  return '';
}

/** How a development reads when its sentence is already shown elsewhere. */
const DEVELOPMENT_LABEL: Record<string, string> = {
  held: 'talks held',
  scheduled: 'talks scheduled',
  signed: 'agreement signed',
  announced: 'agreement announced',
  refusal: 'refusal',
  'walk-out': 'walk-out',
  suspension: 'suspension',
  accusation: 'accusations',
};

function trackOut(
  d: TrackDecision,
  ledger: SentenceLedger,
  storyOf: ReadonlyMap<number, number>,
  dates: ReturnType<typeof briefingDates>,
  source: (itemId: number) => SourceRef,
): TrackOut {
  const explain = d.verdicts.map((v) => ({
    development: v.development,
    rule: v.rule,
    date: v.date,
    verdict: v.verdict,
    sentence: truncate(v.sentence, 240),
    sources: [source(v.itemId)],
  }));
  if (d.status === 'quiet' || d.grounds.length === 0) return { topic: d.topic, label: d.label, status: 'quiet', line: '', event: null, explain };
  // The track cites its event: the first ground whose sentence no other section shows, else a
  // short reference to the first ground (the story that tells it, when one does).
  const free = d.grounds.find((g) => ledger.isFree(g.sentence));
  const g: DevelopmentRow = free ?? d.grounds[0]!;
  let line: string;
  if (free) {
    ledger.claim(g.sentence);
    line = truncate(attributed(g.sentence, g.attribution), SUMMARY_MAX);
  } else line = reference(g, storyOf, dates);
  return {
    topic: d.topic,
    label: d.label,
    status: d.status,
    line,
    event: {
      date: g.date,
      kind: g.event?.kind ?? 'report',
      development: g.development,
      rule: g.rule,
      title: g.sentence,
      sources: [source(g.itemId)],
    },
    explain,
  };
}

function reference(g: DevelopmentRow, storyOf: ReadonlyMap<number, number>, dates: ReturnType<typeof briefingDates>): string {
  const e = g.event;
  const parties = g.parties.map(shortParty);
  let what: string;
  if (e && e.kind === 'talks' && (g.development === 'held' || g.development === 'scheduled') && parties.length) {
    what = `${parties.join('–')} talks${e.place ? ` in ${e.place}` : ''}, ${g.development === 'held' ? 'held' : 'due'} ${dates.day(g.date)}`;
  } else {
    const by = parties.length ? parties.join(' and ') : (g.attribution ?? '');
    what = `${DEVELOPMENT_LABEL[g.development] ?? g.development}${by ? ` (${by})` : ''}, ${dates.day(g.date)}`;
  }
  const story = storyOf.get(g.itemId);
  return `${what.charAt(0).toUpperCase()}${what.slice(1)}${story ? `: see top development ${story}` : ''}`;
}

/** What makes a future-dated development worth "Coming up" besides a round: a deadline or a fixed date. */
const DEADLINE_RE = /\b(deadline|expire[sd]?|expiry|ultimatum|due to|set to|scheduled|summit|vote|will (?:sign|decide|announce|vote|expire|end|begin|resume))\b/i;
const MEETING_RE = /\b(meet\w*|talks|negotiat\w*|round)\b/i;

/**
 * Scheduled rounds and deadlines, once each: another report's sentence about the same day's
 * meeting ("The Americans will meet the Russian delegation on Monday") is the round again.
 */
function dedupeUpcoming(events: EventRow[]): EventRow[] {
  const seen = new Set<string>();
  const talksDays = new Set(events.filter((e) => e.kind === 'talks').map((e) => e.date));
  const rounds = events.filter((e) => e.kind === 'talks' && e.round_id !== null).map((e) => ({ date: e.date, parties: JSON.parse(e.parties) as string[] }));
  return events.filter((e) => {
    if (e.kind !== 'talks') {
      if (!DEADLINE_RE.test(e.title)) return false;
      if (talksDays.has(e.date) && MEETING_RE.test(e.title)) return false;
    } else if (e.round_id === null) {
      // A meeting sentence not tied to a round, the same day and sides as one, is that round.
      const parties = JSON.parse(e.parties) as string[];
      const shared = (r: { parties: string[] }) => parties.filter((p) => r.parties.includes(p)).length;
      if (rounds.some((r) => r.date === e.date && shared(r) >= Math.min(2, r.parties.length))) return false;
    }
    const k = e.round_id !== null ? `r${e.round_id}` : `${e.kind}|${e.date}|${e.parties}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** "US", "UK": party names in labels ("Russia–US talks"). */
const shortParty = (p: string) => (p === 'United States' ? 'US' : p === 'United Kingdom' ? 'UK' : p);

function upcomingLabel(e: EventRow): string {
  const parties = JSON.parse(e.parties) as string[];
  if (e.kind === 'talks' && parties.length) return `${parties.map(shortParty).join('–')} talks`;
  return truncate(e.title, 140);
}

function attributed(sentence: string, attribution: string | null): string {
  if (!attribution || !CLAIM_RE.test(sentence)) return sentence;
  const a = attribution.toLowerCase();
  // "Kyiv says…": keep the source's own attribution when the sentence already names the speaker.
  if (sentence.toLowerCase().includes(a)) return sentence;
  return `${attribution}: ${sentence}`;
}

/**
 * The dossier's feeds that started or stopped failing during the window. Windows of one
 * destination are contiguous and disjoint, so each change is announced exactly once per channel.
 */
async function feedNotices(q: ReturnType<typeof createBriefingReads>, dossier: LoadedDossier, win: BriefingWindow): Promise<string[]> {
  const own = new Set(dossier.feeds.map((f) => f.url));
  // The dossier's own feeds, any other whose reports it reads (a feed ingested by URL), and one
  // nobody reads yet; not another negotiation's feed.
  return (await q.feedTransitions(dossier.id, win.start, win.end))
    .filter((t) => own.has(t.url) || t.here === 1 || t.elsewhere === 0)
    .map((t) =>
      t.to_status === 'failing'
        ? `Feed "${t.name}" is failing (${t.reason ?? 'unknown error'}); its news may be missing until it recovers.`
        : `Feed "${t.name}" has recovered.`,
    );
}
