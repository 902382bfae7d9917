import { US_STATE_ABBREVIATIONS } from './gazetteer.js';
import { ABBREVIATIONS } from './lexicon.js';

/**
 * The longest sentence extraction reads, in characters. Real sentences stay well under it (the
 * longest in the labelled sets is about 600); a longer run without a full stop (a list of
 * hundreds of names, a wall of "!") is cut at a space or comma before the cap, so the work per
 * sentence is bounded whatever a feed sends.
 */
export const MAX_SENTENCE = 1_000;

/** One sentence with where it sits in the layout: lists and rosters are read by line. */
export interface SentenceUnit {
  text: string;
  /** Index of the paragraph (a block between blank lines) it belongs to. */
  paragraph: number;
  /** True when the sentence starts a line of the source text (a list item, a heading, a new paragraph). */
  lineStart: boolean;
}

const isUpperOrDigit = (c: string) => /[\p{Lu}\d]/u.test(c);
const CLOSERS = new Set(['"', '”', '’', ')']);
const OPENERS = new Set(['"', '“', '‘', '(']);

/** Does the text before a full stop end in an abbreviation ("Brig. Gen.", "U.S.", a single initial)? */
function abbreviationBefore(p: string, dot: number): boolean {
  let a = dot;
  while (a > 0 && /[A-Za-z]/.test(p[a - 1]!)) a--;
  const word = p.slice(a, dot);
  if (!word) return false;
  if (a > 0 && /[\p{L}\d]/u.test(p[a - 1]!) && p[a - 1] !== '.') return false;
  // "J.", "U.S.", "a.m.": initials and dotted short forms.
  if (word.length === 1 && /[A-Z]/.test(word)) return true;
  if (a > 1 && p[a - 1] === '.' && /[A-Za-z]/.test(p[a - 2]!) && word.length <= 2) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** A US state's wire abbreviation, capitalised as written ("Fla", "Calif"). */
const STATE_ABBREVIATION = new Set(US_STATE_ABBREVIATIONS.filter((a) => !a.includes('.')));

/** "SUNNY ISLES BEACH, Fla. (AP) —": a dateline's state abbreviation before the agency's bracket. */
function stateBeforeAgency(p: string, dot: number, opener: string | undefined): boolean {
  if (opener !== '(') return false;
  let a = dot;
  while (a > 0 && /[A-Za-z]/.test(p[a - 1]!)) a--;
  return p[a - 1] === ' ' && p[a - 2] === ',' && STATE_ABBREVIATION.has(p.slice(a, dot));
}

/** "23.Russian", "talks.The": a full stop between a lower-case word or number and a capitalised word. */
function runTogether(p: string, dot: number): boolean {
  return (
    dot >= 2 &&
    /[\p{Ll}\d]/u.test(p[dot - 1]!) &&
    /[\p{Ll}\d]/u.test(p[dot - 2]!) &&
    /\p{Lu}/u.test(p[dot + 1] ?? '') &&
    /\p{Ll}/u.test(p[dot + 2] ?? '') &&
    /\p{Ll}/u.test(p[dot + 3] ?? '')
  );
}

/** Cuts an over-long stretch at the last space or comma before the cap. */
function capLength(s: string, out: string[]): void {
  let rest = s;
  while (rest.length > MAX_SENTENCE) {
    const head = rest.slice(0, MAX_SENTENCE);
    const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf(' '));
    const at = cut > MAX_SENTENCE / 2 ? cut + 1 : MAX_SENTENCE;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) out.push(rest);
}

/**
 * Splits one line at a full stop, question or exclamation mark (closing quotes kept) before a
 * capital, digit or opening quote, except after an abbreviation. One left-to-right scan: the
 * cost is linear in the line whatever it holds.
 */
function splitLine(p: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < p.length) {
    const c = p[i]!;
    if (c !== '.' && c !== '!' && c !== '?') {
      i++;
      continue;
    }
    const first = i;
    while (i < p.length && (p[i] === '.' || p[i] === '!' || p[i] === '?')) i++;
    const stops = i - first;
    while (i < p.length && CLOSERS.has(p[i]!)) i++;
    const endAt = i;
    let j = i;
    // "on July 23.Russian Presidential Aide…": scrapers run sentences together without a space.
    if (endAt - first === 1 && p[first] === '.' && runTogether(p, first)) {
      capLength(p.slice(start, endAt).trim(), out);
      start = endAt;
      continue;
    }
    if (j >= p.length || p[j] !== ' ') continue;
    while (j < p.length && p[j] === ' ') j++;
    const opener = j < p.length && OPENERS.has(p[j]!) ? p[j] : undefined;
    if (opener) j++;
    if (j >= p.length || !isUpperOrDigit(p[j]!)) continue;
    if (stops === 1 && p[first] === '.' && stateBeforeAgency(p, first, opener)) continue;
    // "1. Andriy Yermak, head of the delegation;": a list item's number opening the line ends no sentence.
    if (stops === 1 && p[first] === '.' && start === 0 && /^\d{1,2}$/.test(p.slice(0, first))) continue;
    // "Maj. Gen. (res.) Nitzan Alon": a bracket closing after the stop keeps the abbreviation one.
    if (stops === 1 && p[first] === '.' && abbreviationBefore(p, first)) continue;
    capLength(p.slice(start, endAt).trim(), out);
    start = endAt;
  }
  const rest = p.slice(start).trim();
  if (rest) capLength(rest, out);
  return out.filter(Boolean);
}

/**
 * Splits plain text into sentences with their layout: paragraphs are blocks between blank lines,
 * every line starts a sentence (feeds keep one paragraph, list item or heading a line).
 */
export function splitUnits(text: string): SentenceUnit[] {
  const out: SentenceUnit[] = [];
  let paragraph = 0;
  let blank = false;
  for (const line of text.split('\n')) {
    const p = line.replace(/\s+/g, ' ').trim();
    if (!p) {
      blank = true;
      continue;
    }
    if (blank && out.length) paragraph++;
    blank = false;
    for (const [k, s] of splitLine(p).entries()) out.push({ text: s, paragraph, lineStart: k === 0 });
  }
  return out;
}

/** The sentences of a text (see `splitUnits` for their layout). */
export function splitSentences(text: string): string[] {
  return splitUnits(text).map((u) => u.text);
}

const LOWER_WORD = /\b[a-z]{2,}\b/g;
/**
 * Whether a text holds at least `n` lower-case words of two letters or more (a clause, not a
 * dateline): counted up to `n`, with no array of every word.
 */
export function hasLowerWords(text: string, n: number): boolean {
  LOWER_WORD.lastIndex = 0;
  let count = 0;
  while (count < n && LOWER_WORD.exec(text)) count++;
  LOWER_WORD.lastIndex = 0;
  return count >= n;
}
