/**
 * What moved in a window, sentence by sentence: each source sentence of a dated event reported
 * in the window (and each report's lead, which reports the day's news even undated) is read by
 * the event-kind rules (extract/event-kinds.ts) into a development — a round held, a meeting
 * scheduled, an agreement signed, a refusal, an accusation, a preview, speculation… — dated by
 * its event, or by the report when the lead carries no date.
 */
import { type Development, type EventKindRule, matchEventKind } from '../extract/event-kinds.js';
import { topicHits } from '../extract/events.js';
import { addDays } from '../time.js';
import { changesStatus } from './tracks.js';

export interface WindowItem {
  id: number;
  title: string;
  text: string;
  /** The report's first sentence, dateline removed (see leadOf). */
  lead: string;
  url: string | null;
  /** ISO instant; the fetch time when the feed's date was in the future and not believed. */
  published: string;
  /** The local day (briefing zone) the item was published; null when its date is unknown. */
  day: string | null;
  topics: string[];
  relevance: number;
  outlet: string;
  weight: number;
  feedUrl: string;
}

export interface EventEvidence {
  id: number;
  kind: string;
  date: string;
  datePrecision: 'day' | 'month' | 'year';
  title: string;
  place: string | null;
  attribution: string | null;
  parties: string[];
  topics: string[];
  roundId: number | null;
  /** The round's status on record ('held' once any report says so). */
  roundStatus: string | null;
  reportedAt: string;
  itemId: number;
  evidence: string;
}

/** A development read from one sentence of one report. */
export interface DevelopmentRow {
  development: Development;
  /** The event-kind rule that read the sentence, or `talks.dated-round` when its date decided. */
  rule: string;
  /** The stored event, or null for an undated lead. */
  event: EventEvidence | null;
  date: string;
  itemId: number;
  sentence: string;
  attribution: string | null;
  parties: string[];
  /** Topics of the clause that reports it, and a round's agenda. */
  topics: string[];
  /** Topics that clause itself names. */
  sentenceTopics: string[];
  /** Dated inside the window, or first reported in it: news, not background. */
  fresh: boolean;
  /** Why it is not news, when it is not. */
  staleBecause?: string;
  /** How the reading was corrected, e.g. a "held" sentence about a meeting dated after its report. */
  note?: string;
}

export interface WindowDays {
  /** First local day of the window. */
  first: string;
  /** Last local day of the window (inclusive). */
  last: string;
  /** ISO instant the window starts at. */
  start: string;
}

/** Where one clause of a sentence ends and another begins: ", as US officials opened…". */
const CLAUSE_BREAK = /,\s+(?:as|while|but|after|before|when|whereas|although|though|which|who|where|amid)\b|;\s+|\s[—–]\s/g;

const HAS_CLAUSE_BREAK = new RegExp(CLAUSE_BREAK.source);

/**
 * The topics of the clause that reports the development: "Russia and Ukraine have accused each
 * other of breaking the energy pause, as US officials opened talks on a Black Sea ceasefire" is
 * an accusation about energy, not about the Black Sea.
 */
function clauseTopics(sentence: string, at: number, lexicon: Record<string, string[]>): string[] {
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index <= at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return Object.keys(topicHits(sentence.slice(start, end).toLowerCase(), lexicon));
}

/** Developments an undated lead may report: what happened, not what is planned or guessed. */
const LEAD_DEVELOPMENTS: ReadonlySet<Development> = new Set(['held', 'signed', 'announced', 'refusal', 'walk-out', 'suspension', 'accusation']);

/** "RIYADH, March 24. /TASS/.", "KYIV (Reuters) -": a wire dateline is not the lead. */
const DATELINE = /^[A-Z]{3,}[A-Z .'-]*(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([A-Za-z ]+\))?\s*[.—–-]+\s*(?:\/[A-Za-z]+\/\.?\s*)?/;

const SENTENCE_END = /(?<=[.!?…”"])\s+(?=[“"‘'(\p{Lu}])/u;

/** The report's first sentence, dateline removed. Only the first break is looked for. */
export function leadOf(text: string): string {
  const body = text.replace(DATELINE, '');
  const end = SENTENCE_END.exec(body);
  return (end ? body.slice(0, end.index) : body).trim();
}

/** True when `evidence` is the sentence `lead` (or the lead begins with it). */
export function isLead(evidence: string, lead: string): boolean {
  return evidence === lead || (lead.length >= 40 && lead.startsWith(evidence.slice(0, 60)));
}

/**
 * A round's sentence that no rule reads ("Russia's delegation at Monday's talks will be led by…")
 * is placed by its date: after the report it is scheduled; on or before it, a held round when the
 * record says it was held.
 */
function dated(e: EventEvidence, reportDay: string | null): { development: Development; rule: string } | undefined {
  if (e.kind !== 'talks' || e.roundId === null || reportDay === null || e.datePrecision !== 'day') return undefined;
  if (e.date > reportDay) return { development: 'scheduled', rule: 'talks.dated-round' };
  return e.roundStatus === 'held' ? { development: 'held', rule: 'talks.dated-round' } : undefined;
}

function freshness(d: Development, e: EventEvidence | null, date: string, days: WindowDays): { fresh: boolean; why?: string } {
  if (d === 'scheduled') {
    return date >= days.first ? { fresh: true } : { fresh: false, why: `was due ${date}, before the window` };
  }
  if (date > days.last) return { fresh: false, why: `dated ${date}, after the window` };
  if (date >= days.first) return { fresh: true };
  // Reported late (a round of the day before, first reported in the window) is still news.
  if (e && date >= addDays(days.first, -1) && e.reportedAt >= days.start) return { fresh: true };
  return { fresh: false, why: `dated ${date}, before the window` };
}

/** A sentence of an event dated before the window: never news, listed only to explain. */
export interface BackgroundRow {
  event: EventEvidence;
  date: string;
  itemId: number;
  sentence: string;
  topics: string[];
}

/**
 * Reads the window's developments. Sentences of events dated before the window are not read at
 * all (nothing they say can be news): they come back as background, for `--explain`.
 */
export function readDevelopments(
  items: ReadonlyMap<number, WindowItem>,
  evidence: readonly EventEvidence[],
  lexicon: Record<string, string[]>,
  days: WindowDays,
): { rows: DevelopmentRow[]; background: BackgroundRow[] } {
  const rows: DevelopmentRow[] = [];
  const background: BackgroundRow[] = [];
  const leadDated = new Set<number>();
  const dayBefore = addDays(days.first, -1);
  // Wire copy repeats sentences across outlets: each distinct sentence is read once, and its
  // topics are found only when what it reports can move a track.
  const rules = new Map<string, EventKindRule | null>();
  const ruleOf = (sentence: string) => {
    let r = rules.get(sentence);
    if (r === undefined) {
      r = matchEventKind(sentence) ?? null;
      rules.set(sentence, r);
    }
    return r ?? undefined;
  };
  const topicsOf = new Map<string, string[]>();
  const ownTopics = (sentence: string, rule: EventKindRule, e?: EventEvidence) => {
    let t = topicsOf.get(sentence);
    if (!t) {
      // A one-clause sentence that created its event already has its topics on record.
      t =
        e && e.title === sentence && !HAS_CLAUSE_BREAK.test(sentence)
          ? e.topics
          : clauseTopics(sentence, rule.shape.exec(sentence)?.index ?? 0, lexicon);
      topicsOf.set(sentence, t);
    }
    return t;
  };
  for (const e of evidence) {
    const item = items.get(e.itemId);
    if (!item) continue;
    if (isLead(e.evidence, item.lead)) leadDated.add(item.id);
    if (e.date < dayBefore) {
      background.push({ event: e, date: e.date, itemId: item.id, sentence: e.evidence, topics: e.topics });
      continue;
    }
    const rule = ruleOf(e.evidence);
    let read: { development: Development; rule: string; note?: string } | undefined = rule ? { development: rule.development, rule: rule.id } : dated(e, item.day);
    if (!read) continue;
    // Previews, speculation and date-placed rounds keep the event's topics: enough to explain them.
    const own = rule && changesStatus(rule.development) ? ownTopics(e.evidence, rule, e) : [];
    // A meeting dated after the report cannot have been held yet: "met X and are due to meet Y".
    if (read.development === 'held' && item.day !== null && e.date > item.day) read = { development: 'scheduled', rule: read.rule, note: 'dated after its report' };
    const f = freshness(read.development, e, e.date, days);
    rows.push({
      ...read,
      event: e,
      date: e.date,
      itemId: item.id,
      sentence: e.evidence,
      attribution: e.attribution,
      parties: e.parties,
      // A round's topics are its agenda, whichever report named them; another event's are its clause's.
      topics: e.roundId !== null || !changesStatus(read.development) ? (own.length ? [...new Set([...e.topics, ...own])] : e.topics) : own,
      sentenceTopics: own,
      fresh: f.fresh,
      ...(f.why ? { staleBecause: f.why } : {}),
    });
  }
  // Undated leads: the report's own day dates them; an item whose date is unknown has none.
  for (const item of items.values()) {
    if (leadDated.has(item.id) || item.day === null || !item.lead) continue;
    const lead = item.lead;
    const rule = ruleOf(lead);
    if (!rule || !LEAD_DEVELOPMENTS.has(rule.development)) continue;
    const own = ownTopics(lead, rule);
    rows.push({
      development: rule.development,
      rule: rule.id,
      event: null,
      date: item.day,
      itemId: item.id,
      sentence: lead,
      attribution: null,
      parties: [],
      topics: own,
      sentenceTopics: own,
      fresh: item.day >= days.first && item.day <= days.last,
    });
  }
  return { rows, background };
}
