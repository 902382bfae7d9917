/**
 * The evidence gate: a model proposes, the item's text decides. A fact from a model reading is
 * kept only when its evidence is a verbatim passage of the item (whitespace and quote marks
 * normalised), every name in it is written in the item, its place is written in the item, its
 * date is stated in its evidence or resolved from a phrase in it by the rules' own date code
 * (`extract/dates.ts`), and its side is a party the item names. What fails is dropped and counted:
 * a model can never add a person, place, date or side the source does not contain.
 */
import { findDates } from '../extract/dates.js';
import { officeParty } from '../extract/lexicon.js';
import type { ResolvedDate, RoundStatus } from '../extract/types.js';
import { findParties, resolveParty } from '../parties.js';
import type { ModelReading } from './schema.js';

export type DropReason =
  | 'name not in the text'
  | 'evidence not in the text'
  | 'evidence does not state it'
  | 'date not in the evidence'
  | 'place not in the text'
  | 'side not a known party'
  | 'side not named in the text'
  | 'title not in the text'
  | 'over the per-item limit'
  | 'the rules place them on another side';

export interface Dropped {
  /** What the model proposed, in a few words ("member John Smith of Ukraine", "round Geneva 2025-03-30"). */
  what: string;
  why: DropReason;
}

export interface VerifiedPerson {
  name: string;
  title?: string;
  party?: string;
  sentenceIndex: number;
}

export interface VerifiedRound {
  place?: string;
  date?: ResolvedDate;
  status: RoundStatus;
  sentenceIndex: number;
}

export interface VerifiedDelegation {
  party: string;
  leaders: string[];
  members: string[];
  round?: { place?: string; date?: ResolvedDate };
  sentenceIndex: number;
}

export interface Verified {
  people: VerifiedPerson[];
  delegations: VerifiedDelegation[];
  rounds: VerifiedRound[];
  dropped: Dropped[];
}

export interface GateItem {
  title: string;
  text: string;
  /** The item's sentences as the rules split them: evidence is tied to one of them. */
  sentences: readonly string[];
  published: Date;
  /** False when the publication date is a guess: then only dates with their own year resolve (as for the rules). */
  publishedCertain: boolean;
}

/** Most facts of each kind read from one item; a longer answer is a model running on. */
const MAX_FACTS = 100;
/** The shortest evidence that can state anything. */
const MIN_EVIDENCE = 8;

const SINGLE_QUOTES = /[‘’‚‛′`´]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;
const SPACES = /\s+/g;

/** Whitespace runs as one space, curly and angled quote marks as straight ones. */
export function normaliseQuote(s: string): string {
  return s.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(SPACES, ' ').trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/** `needle` occurs in `hay` as whole words (not "Ann" inside "Annual"). Both already normalised. */
function hasWords(hay: string, needle: string, caseless = false): boolean {
  if (!needle) return false;
  const h = caseless ? hay.toLowerCase() : hay;
  const n = caseless ? needle.toLowerCase() : needle;
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + 1)) {
    if (!isWordChar(h[at - 1]) && !isWordChar(h[at + n.length])) return true;
  }
  return false;
}

const lastWord = (name: string) => name.split(' ').pop() ?? name;

/** Checks one model reading against one item. Pure: the same reading and item give the same verdicts. */
export function verifyReading(reading: ModelReading, item: GateItem): Verified {
  const hay = normaliseQuote(`${item.title}\n${item.text}`);
  const sentences = item.sentences.map(normaliseQuote);
  const dropped: Dropped[] = [];
  const drop = (what: string, why: DropReason) => {
    dropped.push({ what, why });
  };

  // Sides the item names: party words, demonyms, capitals and institutions, and offices whose title it writes.
  const named = new Set(findParties(`${item.title}\n${item.text}`).map((m) => m.party.name));
  const sideOf = (side: string | null, titles: (string | undefined)[], what: string): string | undefined | null => {
    if (!side?.trim()) return undefined;
    const party = resolveParty(side.trim())?.name;
    if (!party) {
      drop(`${what}: side “${side.slice(0, 60)}”`, 'side not a known party');
      return null;
    }
    if (named.has(party) || titles.some((t) => t !== undefined && officeParty(t) === party)) return party;
    drop(`${what}: side ${party}`, 'side not named in the text');
    return null;
  };

  /** The sentence an evidence passage is in (or starts in, when it spans several); -1 when not in the text. */
  const evidenceAt = (raw: string, what: string): number => {
    const ev = normaliseQuote(raw);
    if (ev.length < MIN_EVIDENCE || !hay.includes(ev)) {
      drop(what, 'evidence not in the text');
      return -1;
    }
    const inside = sentences.findIndex((s) => s.includes(ev));
    if (inside >= 0) return inside;
    const spans = sentences.findIndex((s) => s.length > 0 && ev.includes(s));
    if (spans >= 0) return spans;
    const head = ev.slice(0, 40);
    // In the title only (-1): the item's first sentence stands for it.
    return Math.max(0, sentences.findIndex((s) => s.includes(head)));
  };

  const nameInText = (raw: string, what: string): string | undefined => {
    const name = normaliseQuote(raw);
    if (name.length === 0 || name.length > 100 || !hasWords(hay, name)) {
      drop(`${what} “${raw.slice(0, 60)}”`, 'name not in the text');
      return undefined;
    }
    return name;
  };

  const placeInText = (raw: string | null, what: string): string | undefined | null => {
    if (!raw?.trim()) return undefined;
    const place = normaliseQuote(raw);
    if (place.length > 80 || !hasWords(hay, place)) {
      drop(`${what}: place “${raw.slice(0, 60)}”`, 'place not in the text');
      return null;
    }
    return place;
  };

  /** The date as the evidence states it or the rules' date code resolves a phrase in it; undefined when neither. */
  const dateIn = (iso: string, evidenceRaw: string, sentenceIndex: number): ResolvedDate | undefined => {
    const ev = normaliseQuote(evidenceRaw);
    if (ev.includes(iso)) return { date: iso, precision: 'day', text: iso };
    const ctx = { published: item.published, certain: item.publishedCertain };
    // The sentence gives the tense a bare weekday is read by; the phrase itself must be in the evidence.
    const spans = [...findDates(item.sentences[sentenceIndex] ?? '', ctx), ...findDates(evidenceRaw, ctx)];
    const hit = spans.find((d) => d.date === iso && ev.includes(normaliseQuote(d.text)));
    return hit ? { date: hit.date, precision: hit.precision, text: hit.text, ...(hit.approximate ? { approximate: true } : {}) } : undefined;
  };

  const people: VerifiedPerson[] = [];
  for (const [i, p] of reading.people.entries()) {
    const what = `person “${p.name.slice(0, 60)}”`;
    if (i >= MAX_FACTS) {
      drop(what, 'over the per-item limit');
      continue;
    }
    const name = nameInText(p.name, 'person');
    if (!name) continue;
    const at = evidenceAt(p.evidence, what);
    if (at < 0) continue;
    const ev = normaliseQuote(p.evidence);
    if (!hasWords(ev, name) && !hasWords(ev, lastWord(name))) {
      drop(what, 'evidence does not state it');
      continue;
    }
    let title: string | undefined;
    if (p.title?.trim()) {
      const t = normaliseQuote(p.title);
      if (hasWords(hay, t, true)) title = t;
      else drop(`${what}: title “${p.title.slice(0, 60)}”`, 'title not in the text');
    }
    const party = sideOf(p.side, [title], what);
    people.push({ name, sentenceIndex: at, ...(title ? { title } : {}), ...(party ? { party } : {}) });
  }

  const rounds: VerifiedRound[] = [];
  for (const [i, r] of reading.rounds.entries()) {
    const what = `round ${r.place ?? '(no place)'} ${r.date ?? '(no date)'}`;
    if (i >= MAX_FACTS) {
      drop(what, 'over the per-item limit');
      continue;
    }
    const at = evidenceAt(r.evidence, what);
    if (at < 0) continue;
    const place = placeInText(r.place, what);
    if (place === null) continue;
    let date: ResolvedDate | undefined;
    if (r.date) {
      date = dateIn(r.date, r.evidence, at);
      if (!date) {
      drop(what, 'date not in the evidence');
      continue;
    }
    }
    const ev = normaliseQuote(r.evidence);
    if (!(place && hasWords(ev, place)) && !date) {
      drop(what, 'evidence does not state it');
      continue;
    }
    rounds.push({ status: r.status, sentenceIndex: at, ...(place ? { place } : {}), ...(date ? { date } : {}) });
  }

  const delegations: VerifiedDelegation[] = [];
  for (const [i, d] of reading.delegations.entries()) {
    const what = `delegation of ${d.side.slice(0, 40)}`;
    if (i >= MAX_FACTS) {
      drop(what, 'over the per-item limit');
      continue;
    }
    const at = evidenceAt(d.evidence, what);
    if (at < 0) continue;
    const titles = people.filter((p) => [...d.leaders, ...d.members].some((n) => normaliseQuote(n) === p.name)).map((p) => p.title);
    const party = sideOf(d.side, titles, what);
    if (!party) {
      if (party === undefined) drop(what, 'side not a known party');
      continue;
    }
    const leaders = unique(d.leaders.map((n) => nameInText(n, `leader of ${party}`)));
    const members = unique(d.members.map((n) => nameInText(n, `member of ${party}`))).filter((n) => !leaders.includes(n));
    const ev = normaliseQuote(d.evidence);
    if (![...leaders, ...members].some((n) => hasWords(ev, n) || hasWords(ev, lastWord(n)))) {
      drop(`${what} (${[...leaders, ...members].join(', ') || 'no one'})`, 'evidence does not state it');
      continue;
    }
    const v: VerifiedDelegation = { party, leaders, members, sentenceIndex: at };
    if (d.round) {
      // The round it attends is a link, not a fact of its own: what the text does not support is
      // left off the link, and the membership stands on its own evidence.
      const place = placeInText(d.round.place, `${what}'s round`);
      let date: ResolvedDate | undefined;
      if (d.round.date) {
        date = rounds.find((r) => r.date?.date === d.round!.date)?.date ?? dateIn(d.round.date, d.evidence, at);
        if (!date) drop(`${what}'s round: date ${d.round.date}`, 'date not in the evidence');
      }
      if (place || date) v.round = { ...(place ? { place } : {}), ...(date ? { date } : {}) };
    }
    delegations.push(v);
  }

  return { people, delegations, rounds, dropped };
}

function unique(names: (string | undefined)[]): string[] {
  return [...new Set(names.filter((n): n is string => n !== undefined))];
}
