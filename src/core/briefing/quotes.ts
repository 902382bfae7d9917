/**
 * "Said": the window's direct quotes from principals — people of the dossier's principal sides
 * or who sit in a delegation — one per speaker, never the same words twice.
 *
 * Quotes come from what extraction already stores: a person mentioned in a sentence that holds a
 * quoted span and a speech verb beside the person's name ("Umerov said…", "“…,” Zakharova said").
 * `quotesInWindow` is the one reader, so it can move to stored statements when extraction keeps
 * them as facts.
 */
import type { createBriefingReads, WindowMentionRow } from '../store/reads/briefing.js';
import type { SentenceLedger } from './ledger.js';

type BriefingReads = ReturnType<typeof createBriefingReads>;

export interface QuoteCandidate {
  speaker: string;
  actorId: number;
  side: string | null;
  /** Sits in a delegation on record. */
  delegate: boolean;
  itemId: number;
  /** The quote without its quotation marks. */
  quote: string;
  /** The sentence that carries it, whole (a quote may run past a sentence break). */
  sentence: string;
  /** The sentence as extraction stored it (where the quote opens). */
  mention: string;
}

/** A person mentioned in a window item, as the briefing reads them once for clustering and quotes. */
export type WindowMention = WindowMentionRow;

export interface WindowRef {
  /** The dossier briefed: its delegations decide who is a principal. */
  dossier: string;
  /** The window's items (after topic filtering), with their text. */
  items: ReadonlyMap<number, { text: string }>;
  mentions: readonly WindowMention[];
  principals: readonly string[];
}

const SPEECH = '(?:said|says|told|added|wrote|stressed|insisted|warned|declared|noted|tweeted)';
const MIN_QUOTE_WORDS = 6;
const MAX_QUOTE_CHARS = 300;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The person is the one speaking: "X said", "X, who…, said", "said X". One pattern per name. */
const speakerPatterns = new Map<string, RegExp>();
function speaks(sentence: string, surface: string): boolean {
  let re = speakerPatterns.get(surface);
  if (!re) {
    const name = escapeRe(surface);
    re = new RegExp(`${name}(?:,[^,“”"]{1,100},)?\\s+(?:also\\s+)?${SPEECH}\\b|\\b(?:said|says|added)\\s+(?:[\\p{L}’'-]+\\s+){0,6}?${name}\\b`, 'u');
    if (speakerPatterns.size > 5000) speakerPatterns.clear();
    speakerPatterns.set(surface, re);
  }
  return re.test(sentence);
}

/** Drops trailing commas, semicolons and colons (a loop: `/[,;:]+$/` is quadratic on a run of them). */
function trimTrailingPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && ',;:'.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/**
 * The longest quoted span that opens in `sentence`, followed into the item's text when the
 * sentence splitter cut the quote at an inner full stop ("“productive and focused. We…”").
 */
function quotedSpan(sentence: string, text: string): { quote: string; sentence: string } | undefined {
  const at = text.indexOf(sentence);
  const source = at >= 0 ? text : sentence;
  const base = Math.max(at, 0);
  let best: { quote: string; sentence: string } | undefined;
  let pos = 0;
  for (;;) {
    const open = sentence.slice(pos).search(/[“"]/);
    if (open < 0) break;
    const from = base + pos + open + 1;
    const close = source.indexOf(sentence[pos + open] === '“' ? '”' : '"', from);
    if (close < 0 || close - from > MAX_QUOTE_CHARS) break;
    // "“…peace,” Zakharova said": the comma belongs to the sentence, not to the quote.
    const quote = trimTrailingPunctuation(source.slice(from, close).trim());
    if (!best || quote.length > best.quote.length) best = { quote, sentence: source.slice(base, Math.max(base + sentence.length, close + 1)) };
    pos = close + 1 - base;
    if (pos >= sentence.length) break;
  }
  return best;
}

/** Quotes spoken by principals in the window's items. */
export async function quotesInWindow(q: Pick<BriefingReads, 'isDelegate' | 'mentionSentence'>, win: WindowRef): Promise<QuoteCandidate[]> {
  // A seat in one of this dossier's delegations: a negotiator elsewhere is not a principal here.
  const principals = new Set(win.principals);
  const delegates = new Map<number, boolean>();
  const out: QuoteCandidate[] = [];
  for (const m of win.mentions) {
    if (!m.quoted) continue;
    const item = win.items.get(m.item_id);
    if (!item) continue;
    // Principals only: a side among the dossier's principals, or a seat in a delegation.
    let delegate = delegates.get(m.actor_id);
    if (delegate === undefined) {
      delegate = await q.isDelegate(m.actor_id, win.dossier);
      delegates.set(m.actor_id, delegate);
    }
    if (!delegate && (m.party === null || !principals.has(m.party))) continue;
    const sentence = (await q.mentionSentence(m.actor_id, m.item_id, m.sentence_index)) ?? '';
    if (!speaks(sentence, m.surface)) continue;
    const span = quotedSpan(sentence, item.text);
    if (!span || (span.quote.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_QUOTE_WORDS) continue;
    out.push({ speaker: m.name, actorId: m.actor_id, side: m.party, delegate, itemId: m.item_id, quote: span.quote, sentence: span.sentence, mention: sentence });
  }
  return out;
}

export interface QuoteContext {
  /** Lower-cased headlines of the window: a speaker the outlets put in a headline counts more. */
  headlines: readonly string[];
  /** The speaker has an attributed statement dated in the window. */
  onRecord: (speaker: string) => boolean;
  /** The sentence carries an old remark (dated before the window): not the window's quote. */
  isStale: (sentence: string) => boolean;
  /** Topic words: a quote on the negotiations' subjects says more than a quip. */
  topicHits: (text: string) => number;
  itemWeight: (itemId: number) => number;
  ledger: SentenceLedger;
}

const wordKey = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/**
 * Up to `max` quotes, one per speaker, never the same words twice, each from a sentence no other
 * section shows. Speakers rank by standing in the window (a delegate, a name in a headline, an
 * attributed statement on record); each next pick prefers a side not yet heard.
 */
export function pickQuotes(candidates: readonly QuoteCandidate[], ctx: QuoteContext, max = 3): QuoteCandidate[] {
  const bySpeaker = new Map<number, QuoteCandidate[]>();
  for (const c of candidates) {
    if (ctx.isStale(c.mention)) continue;
    const list = bySpeaker.get(c.actorId) ?? [];
    list.push(c);
    bySpeaker.set(c.actorId, list);
  }
  const standing = (c: QuoteCandidate) => {
    const surname = c.speaker.split(' ').pop()?.toLowerCase() ?? '';
    return (c.delegate ? 3 : 0) + (ctx.headlines.some((h) => h.includes(surname)) ? 2 : 0) + (ctx.onRecord(c.speaker) ? 1 : 0);
  };
  const words = (q: string) => Math.min(40, wordKey(q).split(' ').length);
  const better = (a: QuoteCandidate, b: QuoteCandidate) =>
    ctx.topicHits(b.quote) - ctx.topicHits(a.quote) ||
    words(b.quote) - words(a.quote) ||
    ctx.itemWeight(b.itemId) - ctx.itemWeight(a.itemId) ||
    a.itemId - b.itemId;
  const speakers = [...bySpeaker.values()]
    .map((list) => list.sort(better))
    .sort((a, b) => standing(b[0]!) - standing(a[0]!) || better(a[0]!, b[0]!));

  const picked: QuoteCandidate[] = [];
  const said = new Set<string>();
  const sides = new Set<string | null>();
  const remaining = [...speakers];
  while (picked.length < max && remaining.length > 0) {
    const i = Math.max(0, remaining.findIndex((list) => !sides.has(list[0]!.side)));
    const [list] = remaining.splice(i, 1);
    const choice = list!.find((c) => !said.has(wordKey(c.quote)) && ctx.ledger.isFree(c.sentence));
    if (!choice) continue;
    ctx.ledger.claim(choice.sentence);
    said.add(wordKey(choice.quote));
    sides.add(choice.side);
    picked.push(choice);
  }
  return picked;
}
