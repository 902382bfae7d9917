/**
 * The bottom line: two or three sentences a reader with twenty seconds can forward. Composed
 * from the window's facts — the round held and who led each side, what was agreed or refused
 * (the source's own sentence), which tracks moved, the next round and who will lead — each
 * sentence with the numbers of the sources that state it. Deterministic: the same knowledge
 * base gives the same words.
 */
import { possessive } from '../queries/common.js';
import type { BriefingDates } from './dates.js';
import type { DevelopmentRow } from './developments.js';
import type { SentenceLedger } from './ledger.js';
import type { TrackDecision } from './tracks.js';

export interface RoundFacts {
  id: number;
  place: string | null;
  date: string;
  parties: string[];
  /** Reports of the round known by the window's end, window items first. */
  itemIds: number[];
  delegations: { party: string; leaders: string[]; members: string[]; itemIds: number[] }[];
}

export interface BottomLineSentence {
  text: string;
  sources: number[];
}

export interface BottomLineInput {
  held: RoundFacts[];
  /** The next rounds, nearest first (at most the first two are told). */
  next: RoundFacts[];
  /** Fresh agreements, signings, refusals, walk-outs and suspensions, best first. */
  decisive: DevelopmentRow[];
  tracks: TrackDecision[];
  /** The top story's lead, for a day without rounds or moves. */
  fallback: { sentence: string; itemId: number } | undefined;
  dates: BriefingDates;
  /** The source number of an item (numbering earlier reports as needed). */
  ref(itemId: number): number;
  attributed(sentence: string, attribution: string | null): string;
  ledger: SentenceLedger;
}

const MAX_REFS = 4;

/** "the US", "the UK": the names a sentence uses. */
function partyName(party: string): string {
  if (party === 'United States') return 'the US';
  if (party === 'United Kingdom') return 'the UK';
  return party;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function joinAnd(list: readonly string[]): string {
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function delegationOf(party: string): string {
  const name = partyName(party);
  return name.startsWith('the ') ? `${name} delegation` : `${possessive(name)} delegation`;
}

/** "Ukraine's delegation was led by A, the US delegation by B and C; Russia's included D and E". */
function whoLed(r: RoundFacts, tense: 'past' | 'future'): string {
  const led = r.delegations.filter((d) => d.leaders.length > 0);
  const unled = r.delegations.filter((d) => d.leaders.length === 0 && d.members.length > 0);
  const parts: string[] = [];
  if (led.length) {
    const verb = tense === 'past' ? 'was led by' : 'is led by';
    parts.push(led.map((d, i) => `${delegationOf(d.party)} ${i === 0 ? `${verb} ` : 'by '}${joinAnd(d.leaders)}`).join(', '));
  }
  for (const d of unled) parts.push(`${delegationOf(d.party)} ${tense === 'past' ? 'included' : 'includes'} ${joinAnd(d.members)} (no leader named)`);
  return parts.join('; ');
}

function refs(input: BottomLineInput, itemIds: readonly number[]): number[] {
  return [...new Set(itemIds.map((id) => input.ref(id)))].sort((a, b) => a - b).slice(0, MAX_REFS);
}

function roundSentence(r: RoundFacts, input: BottomLineInput, tense: 'past' | 'future', first = true): BottomLineSentence {
  const who = capital(joinAnd(r.parties.map(partyName)));
  const where = r.place ? ` in ${r.place}` : '';
  const when = ` on ${input.dates.prose(r.date)}`;
  // A round whose sides no report names (a ceasefire due to take effect in Doha) is still talks somewhere.
  const head =
    r.parties.length === 0
      ? tense === 'past'
        ? `Talks were held${where}${when}`
        : `${first ? 'Next, talks' : 'Talks'} are due${where}${when}`
      : tense === 'past'
        ? `${who} held talks${where}${when}`
        : `${first ? 'Next, ' : ''}${first ? joinAnd(r.parties.map(partyName)) : who} are due to meet${where}${when}`;
  const led = whoLed(r, tense);
  return {
    text: `${head}${led ? `: ${led}` : ''}.`,
    sources: refs(input, [...r.itemIds.slice(0, 2), ...r.delegations.flatMap((d) => d.itemIds.slice(0, 1))]),
  };
}

const STATUS_WORD: Record<string, string> = { advanced: 'advanced', stalled: 'stalled', reversed: 'reversed', contested: 'contested' };

export function composeBottomLine(input: BottomLineInput): BottomLineSentence[] {
  const out: BottomLineSentence[] = [];
  const held = input.held[0];
  if (held) out.push(roundSentence(held, input, 'past'));

  const decisive = input.decisive.find((d) => input.ledger.isFree(d.sentence));
  if (decisive) {
    input.ledger.claim(decisive.sentence);
    out.push({ text: input.attributed(decisive.sentence, decisive.attribution), sources: refs(input, [decisive.itemId]) });
  }
  const next = input.next.map((r, i) => roundSentence(r, input, 'future', i === 0));
  // Which tracks moved, when there is room beside the next round; scheduled tracks are the next
  // round's business.
  const moved = input.tracks.filter((t) => STATUS_WORD[t.status] !== undefined && t.grounds.length > 0);
  if (moved.length && out.length + Math.min(1, next.length) < 3) {
    out.push({
      text: `Moved: ${moved.map((t) => `${t.label.charAt(0).toLowerCase()}${t.label.slice(1)} (${STATUS_WORD[t.status]})`).join(', ')}.`,
      sources: refs(input, moved.map((t) => t.grounds[0]!.itemId)),
    });
  }
  // The next round always has its place; the one after it only when there is room.
  out.push(...next.slice(0, Math.max(1, 3 - out.length)));

  if (out.length === 0 && input.fallback && input.ledger.claim(input.fallback.sentence)) {
    out.push({ text: input.fallback.sentence, sources: refs(input, [input.fallback.itemId]) });
  }
  return out.slice(0, 3);
}
