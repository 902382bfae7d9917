import type { PersonSpan } from './actors.js';
import { eventKindOf } from './event-kinds.js';
import type { Token } from './tokens.js';
import type { EventKind } from './types.js';
import { execAll } from './regex.js';

const KINDS: [EventKind, RegExp][] = [
  ['prisoner-exchange', /\b(?:prisoner (?:exchange|swap)s?|exchange of prisoners|swap of prisoners|pows?|prisoners of war|exchanged prisoners)\b/i],
  ['sanctions', /\bsanction(?:s|ed)?\b/i],
  ['call', /\b(?:phone call|telephone call|call with|spoke by phone|spoke on the phone|phoned|video call|held a call|in a call)\b/i],
  ['talks', /\b(?:talks|negotiations|met|meeting|round|summit|discussions|consultations)\b/i],
  ['attack', /\b(?:attack(?:s|ed)?|strike[sd]?|struck|drones?|missiles?|shelling|bombard\w*|shelled|killing|killed)\b/i],
  ['agreement', /\b(?:agreed|agreement|deal|signed|accepted|accept|memorandum)\b/i],
  ['aid', /\b(?:military aid|aid|weapons|intelligence sharing|assistance|package)\b/i],
  ['refusal', /\b(?:rejected|refused|declined|dismissed|ruled out|not backed)\b/i],
  ['statement', /\b(?:said|says|told|wrote|accused|statement|announced|described|claimed|stressed|warned|blamed)\b/i],
];

export function classify(sentence: string): EventKind {
  // A quoted remark with a speech verb is a statement, whatever words the quote contains.
  if (/[“"]/.test(sentence) && /\b(?:said|says|told|wrote|added)\b/.test(sentence) && !/\b(?:phone call|talks|met)\b/.test(sentence))
    return 'statement';
  const keyword = KINDS.find(([, re]) => re.test(sentence))?.[0] ?? 'other';
  return eventKindOf(sentence, keyword);
}

/** The evidence sentence cut to ≤ 300 characters at a clause boundary. */
export function trimTitle(sentence: string, max = 300): string {
  const s = sentence.trim();
  if (s.length <= max) return s;
  const head = s.slice(0, max - 1);
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' — '), head.lastIndexOf(' – '));
  const at = cut > max / 3 ? cut : head.lastIndexOf(' ');
  return `${s.slice(0, at > 0 ? at : max - 1).trimEnd()}…`;
}

const SPEECH = /\b(?:said|says|say|told|tells|accused|accuses|claimed|claims|alleged|insisted|denied|blamed|blames|warned|announced|stated|wrote|added|reported|confirmed)\b/;

/** Who a claim is attributed to: "according to X", or the noun phrase before a speech verb. */
export function attribution(sentence: string, tokens: Token[], people: PersonSpan[]): string | undefined {
  const acc = /\baccording to (?:the\s+)?([^,.;]{2,60})/i.exec(sentence);
  if (acc) {
    const who = people.find((p) => p.start >= acc.index && p.start < acc.index + acc[0].length);
    return who ? who.name : acc[1]!.trim();
  }
  const v = SPEECH.exec(sentence);
  if (!v) return undefined;
  const vi = tokens.findIndex((t) => t.start === v.index);
  if (vi <= 0) return undefined;
  const person = people.find((p) => p.last === vi - 1 || (p.last === vi - 2 && tokens[vi - 1]!.lower === 'also'));
  if (person) return person.name;
  // "Russia’s foreign ministry accused", "Kyiv blamed", "Ukrainian officials say".
  let j = vi - 1;
  const span: Token[] = [];
  while (j >= 0 && span.length < 4) {
    const t = tokens[j]!;
    if (!t.word || ['the', 'and', 'that', 'which', 'who', 'but', 'as', 'has', 'have', 'had', 'also', 'was'].includes(t.lower)) break;
    span.unshift(t);
    if (t.party) break;
    j--;
  }
  if (!span.length || !span[0]!.party) return undefined;
  return sentence.slice(span[0]!.start, span[span.length - 1]!.end);
}

const TOPIC_RE = new WeakMap<Record<string, string[]>, { re: RegExp; idOf: Map<string, string> }>();

function topicMatcher(topics: Record<string, string[]>): { re: RegExp; idOf: Map<string, string> } {
  let m = TOPIC_RE.get(topics);
  if (!m) {
    const idOf = new Map<string, string>();
    for (const [id, phrases] of Object.entries(topics)) for (const ph of phrases) if (!idOf.has(ph)) idOf.set(ph, id);
    const alts = [...idOf.keys()].sort((a, b) => b.length - a.length).map((ph) => ph.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // One alternation per lexicon, compiled once: the lexicon object is reused across items.
    m = { re: new RegExp(`(?<![a-z])(?:${alts.join('|') || '(?!)'})s?(?![a-z])`, 'g'), idOf };
    TOPIC_RE.set(topics, m);
  }
  return m;
}

/** Topic ids whose phrases occur in `lower` (lower-cased text), with hit counts. */
export function topicHits(lower: string, topics: Record<string, string[]>): Record<string, number> {
  const { re, idOf } = topicMatcher(topics);
  const out: Record<string, number> = {};
  for (const m of execAll(re, lower)) {
    const ph = m[0].endsWith('s') && !idOf.has(m[0]) ? m[0].slice(0, -1) : m[0];
    const id = idOf.get(ph);
    if (id) out[id] = (out[id] ?? 0) + 1;
  }
  return out;
}
