import type { BriefingRequest } from '../core.js';
import type { LoadedDossier } from '../dossier/load.js';
import { isTimeZone } from '../dossier/schema.js';
import { UserError } from '../errors.js';
import { createSourceLookup, parseDay, truncate } from '../queries/common.js';
import { createDelegationReader } from '../queries/delegations.js';
import type { Doc, DocBlock, Span } from '../render/doc.js';
import type { DelegationOut, SourceRef } from '../schemas.js';
import type { Db } from '../store/db.js';
import { addDays, localDate, zonedTime } from '../time.js';
import { clusterStories } from './cluster.js';
import { splitSentences } from '../extract/sentences.js';
import type { Briefing, ClusterOut, TrackOut, TrackStatus, UpcomingOut } from './schema.js';

const MAX_TOP = 8;
const SUMMARY_MAX = 280;

interface ItemRow {
  id: number;
  title: string;
  text: string;
  url: string | null;
  published: string;
  topics: string;
  relevance: number;
  outlet: string;
  weight: number;
  feed_url: string;
}

interface EventRow {
  id: number;
  kind: string;
  date: string;
  date_precision: 'day' | 'month' | 'year';
  title: string;
  place: string | null;
  attribution: string | null;
  parties: string;
  topics: string;
  round_id: number | null;
  item_id: number;
  evidence: string;
}

export interface BriefingWindow {
  start: string;
  end: string;
  date: string;
  tz: string;
  catchUp: boolean;
}

/**
 * Works out the window a briefing covers. A briefing dated D is cut at the start of D in the
 * reader's zone (today's: now), and covers from the previous briefing for the same destination,
 * else the 24 hours before the cut.
 */
export function briefingWindow(db: Db, dossier: LoadedDossier, req: BriefingRequest & { until?: string }, now: Date): BriefingWindow {
  const tz = req.tz ?? dossier.timezone;
  if (!isTimeZone(tz)) throw new UserError(`Unknown time zone "${truncate(tz, 40)}". Use an IANA zone, e.g. tz Europe/Kyiv`);
  const today = localDate(now, tz);
  const date = req.date ? parseDay(req.date, 'date') : today;
  let end: Date;
  if (req.until) end = parseInstant(req.until, 'until');
  else end = date >= today ? now : zonedTime(date, '00:00', tz);
  let start: Date;
  let catchUp = false;
  if (req.since) start = parseInstant(req.since, 'since');
  else {
    const prev = req.destination
      ? db
          .prepare<[string, string], { window_end: string }>(
            'SELECT window_end FROM briefings_sent WHERE destination = ? AND window_end < ? ORDER BY window_end DESC LIMIT 1',
          )
          .get(req.destination, end.toISOString())
      : undefined;
    start = prev ? new Date(prev.window_end) : new Date(end.getTime() - 86_400_000);
  }
  // A gap of more than a day and a half means missed briefings: one catch-up covers it all.
  catchUp = end.getTime() - start.getTime() > 36 * 3_600_000;
  if (start.getTime() >= end.getTime()) {
    throw new UserError(`The window starts after it ends. Try: --since ${new Date(end.getTime() - 86_400_000).toISOString()}`);
  }
  return { start: start.toISOString(), end: end.toISOString(), date, tz, catchUp };
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

const REVERSED_RE = /\b(violat\w*|breach\w*|broke|break(?:ing|s)|suspend\w*|withdr[ae]w\w*|pull(?:ed)? out|collaps\w*|abandon\w*|resum\w* (?:strikes|attacks))\b/i;
const STALLED_RE = /\b(stall\w*|deadlock\w*|no progress|reject\w*|refus\w*|impasse|not backed|fail\w*|no breakthrough)\b/i;
const ADVANCED_RE = /\b(agree\w*|progress|productive|deal|accept\w*|ready to|resum\w* (?:military aid|talks|intelligence)|signed|breakthrough|step forward)\b/i;

function trackStatus(events: EventRow[], hadBefore: boolean): { status: TrackStatus; event: EventRow } | null {
  if (events.length === 0) return null;
  const find = (pred: (e: EventRow) => boolean) => events.find(pred);
  const reversed = find((e) => REVERSED_RE.test(e.title));
  if (reversed) return { status: 'reversed', event: reversed };
  const stalled = find((e) => e.kind === 'refusal' || STALLED_RE.test(e.title));
  if (stalled) return { status: hadBefore ? 'stalled' : 'new', event: stalled };
  const advanced = find((e) => e.kind === 'agreement' || e.kind === 'talks' || ADVANCED_RE.test(e.title));
  if (advanced) return { status: hadBefore ? 'advanced' : 'new', event: advanced };
  return { status: hadBefore ? 'unchanged' : 'new', event: events[0]! };
}

function sentenceStatus(sentence: string, hadBefore: boolean): TrackStatus {
  if (REVERSED_RE.test(sentence)) return 'reversed';
  if (!hadBefore) return 'new';
  if (STALLED_RE.test(sentence)) return 'stalled';
  if (ADVANCED_RE.test(sentence)) return 'advanced';
  return 'unchanged';
}

/** Sentences that carry a claim: the summary line must then say who made it. */
const CLAIM_RE = /\b(said|says|say|claimed|claims|accused|accuses|told|stated|denied|warned|according to)\b/i;

export function buildBriefing(db: Db, dossier: LoadedDossier, req: BriefingRequest & { until?: string }, now: Date): Briefing {
  const win = briefingWindow(db, dossier, req, now);
  const topicFilter = new Set(req.topics ?? []);
  const unknownTopic = [...topicFilter].find((t) => !dossier.topics.some((x) => x.id === t));
  if (unknownTopic) {
    throw new UserError(`Unknown topic "${unknownTopic}". Topics: ${dossier.topics.map((t) => t.id).join(', ')}`);
  }
  const source = createSourceLookup(db);
  const topicWeight = new Map(dossier.topics.map((t) => [t.id, t.weight]));

  const items = db
    .prepare<[string, string], ItemRow>(
      `SELECT i.id, i.title, i.text, i.url, i.published, i.topics, i.relevance, f.name AS outlet, f.weight, f.url AS feed_url
         FROM items i JOIN feeds f ON f.id = i.feed_id
        WHERE i.relevant = 1 AND i.published >= ? AND i.published < ? ORDER BY i.published, i.id`,
    )
    .all(win.start, win.end);
  const itemTopics = new Map(items.map((i) => [i.id, Object.keys(JSON.parse(i.topics) as Record<string, number>)]));
  const keep = (id: number) => topicFilter.size === 0 || (itemTopics.get(id) ?? []).some((t) => topicFilter.has(t));
  const inWindow = items.filter((i) => keep(i.id));
  const ids = new Set(inWindow.map((i) => i.id));

  // Facts of the window's items, in two bulk reads rather than one per item.
  const events = db
    .prepare<[string, string], EventRow>(
      `SELECT e.id, e.kind, e.date, e.date_precision, e.title, e.place, e.attribution, e.parties, e.topics, e.round_id,
              s.item_id, s.evidence
         FROM event_sources s JOIN events e ON e.id = s.event_id JOIN items i ON i.id = s.item_id
        WHERE i.relevant = 1 AND i.published >= ? AND i.published < ?`,
    )
    .all(win.start, win.end)
    .filter((e) => ids.has(e.item_id));
  const mentions = db
    .prepare<[string, string], { item_id: number; name: string }>(
      `SELECT m.item_id, a.name FROM mentions m JOIN actors a ON a.id = m.actor_id JOIN items i ON i.id = m.item_id
        WHERE i.relevant = 1 AND i.published >= ? AND i.published < ?`,
    )
    .all(win.start, win.end);
  const delegationItems = new Set(
    db
      .prepare<[string, string], { item_id: number }>(
        `SELECT DISTINCT s.item_id FROM delegation_sources s JOIN items i ON i.id = s.item_id
          WHERE i.published >= ? AND i.published < ?`,
      )
      .all(win.start, win.end)
      .map((r) => r.item_id),
  );

  const eventsByItem = new Map<number, EventRow[]>();
  for (const e of events) {
    const list = eventsByItem.get(e.item_id) ?? [];
    list.push(e);
    eventsByItem.set(e.item_id, list);
  }
  const actorsByItem = new Map<number, string[]>();
  for (const m of mentions) {
    const list = actorsByItem.get(m.item_id) ?? [];
    list.push(m.name);
    actorsByItem.set(m.item_id, list);
  }

  const clusters = clusterStories(
    inWindow.map((i) => ({
      id: i.id,
      outlet: i.outlet,
      title: i.title,
      text: i.text,
      actors: actorsByItem.get(i.id) ?? [],
      eventKeys: (eventsByItem.get(i.id) ?? []).map((e) => String(e.id)),
      published: i.published,
    })),
  );
  const byId = new Map(inWindow.map((i) => [i.id, i]));
  // News of the window versus background: a drone-strike story that recalls the Jeddah round
  // is not a story about a round of talks. Background events count for little.
  const freshFrom = addDays(localDate(new Date(win.start), win.tz), -1);
  const isFresh = (e: EventRow) => e.date >= freshFrom;
  const principals = new Set(dossier.principals);

  const top: ClusterOut[] = clusters.map((c) => {
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
    if (fresh.some((e) => e.kind === 'statement' && e.attribution && JSON.parse(e.parties).some((p: string) => principals.has(p)))) {
      score += 1.5;
      signals.add('principal statement');
    }
    const topics = [...new Set(c.items.flatMap((id) => itemTopics.get(id) ?? []))];
    score += Math.min(4, topics.reduce((s, t) => s + (topicWeight.get(t) ?? 1), 0));
    score += Math.max(...members.map((m) => m.weight));
    score += 1.5 * (c.outlets.length - 1);
    if (c.outlets.length > 1) signals.add(`${c.outlets.length} outlets`);
    score += Math.min(3, Math.max(...members.map((m) => m.relevance)) / 5);
    const rep = byId.get(c.representative) ?? members[0]!;
    const outlets = new Map<string, ClusterOut['outlets'][number]>();
    for (const m of members) {
      if (!outlets.has(m.outlet)) outlets.set(m.outlet, { outlet: m.outlet, title: m.title, url: m.url ?? m.feed_url, published: m.published });
    }
    return {
      headline: rep.title,
      summary: summaryLine(rep, (eventsByItem.get(rep.id) ?? []).filter(isFresh)),
      reportedBy: outlets.size,
      outlets: [...outlets.values()],
      score: Math.round(score * 100) / 100,
      signals: [...signals],
      topics,
      itemIds: c.items,
    };
  });
  top.sort((a, b) => b.score - a.score || a.headline.localeCompare(b.headline));

  // Tracks: what each topic's events in the window say, against what was on record before.
  // Only whether the track had anything before matters, not how much.
  const before = db.prepare<[string, string], { n: number }>(
    `SELECT EXISTS (SELECT 1 FROM event_topics t JOIN events e ON e.id = t.event_id WHERE t.topic = ? AND e.reported_at < ?) AS n`,
  );
  const tracks: TrackOut[] = [];
  /**
   * A topic covered in the window without a dated event ("Russia and Ukraine have accused each
   * other of breaking the energy pause"): the track still moves, justified by the sentence itself.
   */
  const topicSentence = (topic: string, terms: string[]) => {
    const candidates = inWindow
      .map((i) => ({ i, hits: (JSON.parse(i.topics) as Record<string, number>)[topic] ?? 0 }))
      .filter((x) => x.hits > 0)
      .sort((a, b) => b.hits * b.i.weight - a.hits * a.i.weight);
    const lowerTerms = terms.map((x) => x.toLowerCase());
    for (const { i } of candidates.slice(0, 5)) {
      const sentence = splitSentences(i.text).find((x) => lowerTerms.some((term) => x.toLowerCase().includes(term)));
      if (sentence) return { item: i, sentence };
    }
    return undefined;
  };
  for (const t of dossier.topics) {
    if (topicFilter.size && !topicFilter.has(t.id)) continue;
    const evs = dedupeEvents(events.filter((e) => isFresh(e) && (JSON.parse(e.topics) as string[]).includes(t.id)));
    const hadBefore = (before.get(t.id, win.start)?.n ?? 0) > 0;
    const st = trackStatus(evs, hadBefore);
    if (!st) {
      const covered = topicSentence(t.id, t.terms);
      if (covered) {
        tracks.push({
          topic: t.id,
          label: t.label,
          status: sentenceStatus(covered.sentence, hadBefore),
          line: truncate(covered.sentence, SUMMARY_MAX),
          event: { date: covered.item.published.slice(0, 10), kind: 'report', title: covered.sentence, sources: [source(covered.item.id)] },
        });
        continue;
      }
      if (hadBefore) tracks.push({ topic: t.id, label: t.label, status: 'unchanged', line: 'No new developments in this window.', event: null });
      continue;
    }
    const e = st.event;
    tracks.push({
      topic: t.id,
      label: t.label,
      status: st.status,
      line: truncate(attributed(e.title, e.attribution), SUMMARY_MAX),
      event: { date: e.date, kind: e.kind, title: e.title, sources: [source(e.item_id)] },
    });
  }

  const reader = createDelegationReader(db);
  // Newly reported delegations, those whose people changed (a member added, a leader named) in
  // the window, and those of rounds still to come that the window's reports mention; a past
  // delegation merely mentioned again is not news.
  const delegationIds = db
    .prepare<[{ start: string; end: string; date: string }], { id: number }>(
      `SELECT d.id FROM delegations d WHERE d.reported_at >= @start AND d.reported_at < @end
       UNION
       SELECT m.delegation_id FROM delegation_members m JOIN items i ON i.id = m.item_id
        WHERE i.published >= @start AND i.published < @end
       UNION
       SELECT s.delegation_id FROM delegation_sources s JOIN items i ON i.id = s.item_id
         JOIN delegations d ON d.id = s.delegation_id JOIN rounds r ON r.id = d.round_id
        WHERE i.published >= @start AND i.published < @end AND r.date >= @date
       ORDER BY 1`,
    )
    .all({ start: win.start, end: win.end, date: win.date });
  const delegations: DelegationOut[] = reader.byIds(delegationIds.map((d) => d.id));

  const upcoming: UpcomingOut[] = dedupeUpcoming(
    db
      .prepare<[string, string], EventRow>(
        `SELECT e.id, e.kind, e.date, e.date_precision, e.title, e.place, e.attribution, e.parties, e.topics, e.round_id,
                e.first_item_id AS item_id, '' AS evidence
           FROM events e WHERE e.date >= ? AND e.reported_at < ? ORDER BY e.date, e.id LIMIT 50`,
      )
      .all(win.date, win.end)
      .filter((e) => topicFilter.size === 0 || (JSON.parse(e.topics) as string[]).some((t) => topicFilter.has(t))),
  ).map((e) => ({
    date: e.date,
    datePrecision: e.date_precision,
    kind: e.kind,
    label: upcomingLabel(e),
    place: e.place,
    parties: JSON.parse(e.parties) as string[],
    sources: [source(e.item_id)],
  }));

  const sources = inWindow.map((i, n) => ({ ...source(i.id), n: n + 1 }));
  const notices = feedNotices(db, win);
  return {
    dossier: { id: dossier.id, title: dossier.title },
    date: win.date,
    tz: win.tz,
    window: { start: win.start, end: win.end, catchUp: win.catchUp },
    generatedAt: now.toISOString(),
    empty: inWindow.length === 0,
    top: top.slice(0, MAX_TOP),
    tracks,
    delegations,
    upcoming,
    sources,
    notices,
  };
}

function dedupeEvents(events: EventRow[]): EventRow[] {
  const seen = new Set<number>();
  return events.filter((e) => !seen.has(e.id) && seen.add(e.id));
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
  return events.filter((e) => {
    if (e.kind !== 'talks') {
      if (!DEADLINE_RE.test(e.title)) return false;
      if (talksDays.has(e.date) && MEETING_RE.test(e.title)) return false;
    }
    const k = e.round_id !== null ? `r${e.round_id}` : `${e.kind}|${e.date}|${e.parties}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function upcomingLabel(e: EventRow): string {
  const parties = JSON.parse(e.parties) as string[];
  const short = (p: string) => (p === 'United States' ? 'US' : p === 'United Kingdom' ? 'UK' : p);
  if (e.kind === 'talks' && parties.length) return `${parties.map(short).join('–')} talks`;
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
 * The story's lead sentence, as a desk editor would use it — attributed when it is a claim —
 * else the sentence of its strongest fresh event. Always a sentence from the source, trimmed.
 */
/** "RIYADH, March 24. /TASS/.", "KYIV (Reuters) -": a wire dateline is not the lead. */
const DATELINE = /^[A-Z]{3,}[A-Z .'-]*(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([A-Za-z ]+\))?\s*[.—–-]+\s*(?:\/[A-Za-z]+\/\.?\s*)?/;

function summaryLine(item: ItemRow, events: EventRow[]): string {
  const lead = (item.text.replace(DATELINE, '').split(/(?<=[.!?…”"])\s+(?=[“"‘'(\p{Lu}])/u)[0] ?? '').trim();
  if (lead.length >= 40) {
    const own = events.find((e) => e.evidence === lead || lead.startsWith(e.evidence.slice(0, 60)));
    return truncate(attributed(lead, own?.attribution ?? null), SUMMARY_MAX);
  }
  const ranked = [...events].sort((a, b) => (SIGNAL_WEIGHTS[b.kind] ?? 0) - (SIGNAL_WEIGHTS[a.kind] ?? 0));
  const best = ranked[0];
  if (best) return truncate(attributed(best.evidence, best.attribution), SUMMARY_MAX);
  return truncate(lead || item.title, SUMMARY_MAX);
}

/**
 * Feeds that started or stopped failing during the window. Windows of one destination are
 * contiguous and disjoint, so each change is announced exactly once per channel.
 */
function feedNotices(db: Db, win: BriefingWindow): string[] {
  return db
    .prepare<[string, string], { name: string; to_status: string; reason: string | null }>(
      `SELECT f.name, t.to_status, t.reason FROM feed_transitions t JOIN feeds f ON f.id = t.feed_id
        WHERE t.at >= ? AND t.at < ? ORDER BY t.at, t.id`,
    )
    .all(win.start, win.end)
    .map((t) =>
      t.to_status === 'failing'
        ? `Feed "${t.name}" is failing (${t.reason ?? 'unknown error'}); its news may be missing until it recovers.`
        : `Feed "${t.name}" has recovered.`,
    );
}

const s = (text: string, marks: Omit<Span, 'text'> = {}): Span => ({ text, ...marks });

const STATUS_LABEL: Record<TrackStatus, string> = {
  new: 'NEW',
  advanced: 'ADVANCED',
  stalled: 'STALLED',
  reversed: 'REVERSED',
  unchanged: 'unchanged',
};

// Formatters are costly to build; toLocale*String builds one per call.
const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const instantFormats = new Map<string, Intl.DateTimeFormat>();

function fmtDay(date: string): string {
  return DAY_FORMAT.format(new Date(`${date}T12:00:00Z`));
}

function fmtInstant(iso: string, tz: string): string {
  let f = instantFormats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: tz, timeZoneName: 'short' });
    instantFormats.set(tz, f);
  }
  return f.format(new Date(iso));
}

/** The briefing as a neutral Doc; each platform's renderer lays it out within its limits. */
export function briefingToDoc(b: Briefing): Doc {
  const title = `${b.dossier.title} — briefing for ${fmtDay(b.date)}`;
  const since = `since ${fmtInstant(b.window.start, b.tz)}`;
  if (b.empty) {
    const blocks: DocBlock[] = [{ type: 'paragraph', spans: [s(`No new developments ${since}.`)] }];
    if (b.upcoming.length) blocks.push(...upcomingBlocks(b));
    for (const n of b.notices) blocks.push({ type: 'context', spans: [s(n)] });
    return { title, summary: `No new developments ${since}.`, blocks };
  }
  const blocks: DocBlock[] = [];
  const n = b.sources.length;
  blocks.push({
    type: 'context',
    spans: [
      s(
        `${b.window.catchUp ? 'Catch-up briefing covering the whole gap ' : 'Covering '}${fmtInstant(b.window.start, b.tz)} to ${fmtInstant(b.window.end, b.tz)} · ${n} item${n === 1 ? '' : 's'} from ${new Set(b.sources.map((x) => x.outlet)).size} outlet(s)`,
      ),
    ],
  });
  for (const notice of b.notices) blocks.push({ type: 'context', spans: [s(notice)] });
  blocks.push({ type: 'heading', text: 'Top developments' });
  blocks.push({
    type: 'list',
    items: b.top.map((c) => [
      s(c.headline, { bold: true }),
      s(` — ${c.summary} `),
      s(c.reportedBy > 1 ? `(reported by ${c.reportedBy} outlets: ` : '('),
      ...c.outlets.flatMap((o, i) => [...(i ? [s(', ')] : []), s(o.outlet, { link: o.url })]),
      s(')'),
    ]),
  });
  if (b.tracks.length) {
    blocks.push({ type: 'heading', text: 'What changed' });
    blocks.push({
      type: 'list',
      items: b.tracks.map((t) => {
        const src = t.event?.sources[0];
        return [
          s(`${t.label}: `, { bold: true }),
          s(`${STATUS_LABEL[t.status]} — `),
          s(t.line),
          ...(src?.url ? [s(' '), s(src.outlet ?? 'source', { link: src.url })] : []),
        ];
      }),
    });
  }
  if (b.delegations.length) {
    blocks.push({ type: 'heading', text: "Who's at the table" });
    blocks.push({
      type: 'list',
      items: b.delegations.map((d) => {
        const round = d.round ? `${d.round.place ?? 'place unknown'}, ${d.round.date ? fmtDay(d.round.date) : 'date unknown'}` : 'round not identified';
        return [
          s(`${d.party} (${round}): `, { bold: true }),
          s(d.leaders.length ? `led by ${d.leaders.join(' and ')}` : 'no leader named'),
          s(d.members.length ? `; with ${d.members.join(', ')}` : ''),
          ...(d.sources[0]?.url ? [s(' '), s(d.sources[0].outlet ?? 'source', { link: d.sources[0].url })] : []),
        ];
      }),
    });
  }
  if (b.upcoming.length) blocks.push(...upcomingBlocks(b));
  blocks.push({ type: 'heading', text: 'Sources' });
  blocks.push({
    type: 'sources',
    sources: b.sources.map((x: SourceRef) => ({ title: x.title, url: x.url, outlet: x.outlet, published: x.published.slice(0, 10) })),
  });
  const lead = b.top[0];
  return { title, summary: lead ? `${title}: ${lead.headline}` : title, blocks };
}

function upcomingBlocks(b: Briefing): DocBlock[] {
  return [
    { type: 'heading', text: 'Coming up' },
    {
      type: 'list',
      items: b.upcoming.slice(0, 10).map((u) => [
        s(`${u.label}, ${u.datePrecision === 'day' ? fmtDay(u.date) : u.date.slice(0, 7)}${u.place ? `, ${u.place}` : ''}`, { bold: true }),
        ...(u.sources[0]?.url ? [s(' '), s(u.sources[0].outlet ?? 'source', { link: u.sources[0].url })] : []),
      ]),
    },
  ];
}

