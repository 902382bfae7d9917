import { type Party, partyAt } from '../parties.js';
import { RESIDENCE_BEFORE, RESIDENCE_SUFFIX } from './lexicon.js';

export interface Token {
  /** As written, possessive included ("Ukraine’s"). */
  text: string;
  /** Without a possessive ending ("Ukraine"). */
  base: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  cap: boolean;
  poss: boolean;
  /** Set when the token is (part of) a party name. */
  party?: Party;
}

/**
 * A code of capitals and digits ("M23", "G7") is one word: a movement or a forum is named so.
 * Two shortcuts that change no match: `(?=\S)` turns a space away before the alternatives (each
 * starts with a non-space), and a run of ASCII letters ending where no other alternative could go
 * on (no letter, mark, digit, dot, hyphen or apostrophe next) is the word the letter alternative
 * would read, without testing each letter against the large Unicode classes.
 */
const TOKEN_RE = /(?=\S)(?:[A-Za-z]+(?![\p{L}\p{M}\d.'’-])|(?:\p{L}\.){2,}|\p{Lu}{1,3}\d{1,3}(?![\p{L}\p{N}])|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*['’]?|\d+(?:[.,:]\d+)*|\S)/gu;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  // Most tokens are a run of ASCII letters, a run of digits or one ASCII mark between ASCII spaces:
  // those are read here as TOKEN_RE reads them (a letter run is its first alternative, a digit its
  // number alternative, any other ASCII character only its last, \S), without a Unicode-aware match
  // per token. Anything else (a letter run its lookahead refuses: "U.S.", "M23", "Ukraine's"; a
  // character past ASCII) is TOKEN_RE's, exec'd from there; it never matches empty, and nothing
  // else uses it while the loop runs.
  const n = sentence.length;
  let at = 0;
  while (at < n) {
    let c = sentence.charCodeAt(at);
    // ASCII white space (\t \n \v \f \r and the space): no token starts there.
    if (c === 32 || (c >= 9 && c <= 13)) {
      at++;
      continue;
    }
    let from = at;
    let to = -1;
    if (c < 128) {
      if (isAsciiLetter(c)) {
        let j = at + 1;
        while (j < n && isAsciiLetter(sentence.charCodeAt(j))) j++;
        // The first alternative's lookahead: no letter, mark, digit, dot, apostrophe or hyphen next.
        const d = j < n ? sentence.charCodeAt(j) : 32;
        if (d < 128 && !(d >= 48 && d <= 57) && d !== 46 && d !== 39 && d !== 45) to = j;
      } else if (c >= 48 && c <= 57) {
        // \d+(?:[.,:]\d+)*
        let j = at + 1;
        while (j < n && isAsciiDigit(sentence.charCodeAt(j))) j++;
        while (j + 1 < n && (sentence.charCodeAt(j) === 46 || sentence.charCodeAt(j) === 44 || sentence.charCodeAt(j) === 58) && isAsciiDigit(sentence.charCodeAt(j + 1))) {
          j += 2;
          while (j < n && isAsciiDigit(sentence.charCodeAt(j))) j++;
        }
        to = j;
      } else to = at + 1;
    }
    if (to < 0) {
      TOKEN_RE.lastIndex = at;
      const m = TOKEN_RE.exec(sentence);
      if (!m) break;
      from = m.index;
      to = from + m[0].length;
      c = sentence.charCodeAt(from);
    }
    at = to;
    const text = sentence.slice(from, to);
    const upper = c >= 65 && c <= 90;
    const ascii = upper || (c >= 97 && c <= 122);
    const word = ascii || (c > 127 && LETTER.test(text[0]!));
    const hasApos = word && (text.includes('’') || text.includes("'"));
    const poss = hasApos && /['’]s$|s['’]$/.test(text);
    const base = !hasApos ? text : poss ? text.replace(/['’]s$|['’]$/, '') : text.replace(/['’]$/, '');
    out.push({
      text,
      base,
      lower: base.toLowerCase(),
      start: from,
      end: to,
      word,
      cap: upper || (word && !ascii && UPPER.test(text[0]!)),
      poss,
    });
  }
  // Party names over runs of adjacent words; hyphenated compounds ("US-Russia") part by part.
  const words = out.filter((t) => t.word);
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (j + 1 < words.length && words[j + 1]!.start === words[j]!.end + 1 && !words[j]!.poss) j++;
    const run = words.slice(i, j + 1);
    const texts = run.map((t) => t.base);
    for (let k = 0; k < run.length; k++) {
      const hit = partyAt(texts, k);
      if (hit) {
        for (let q = k; q < k + hit.n; q++) run[q]!.party = hit.party;
        k += hit.n - 1;
      } else if (run[k]!.base.includes('-')) {
        const parts = run[k]!.base.split('-');
        for (let q = 0; q < parts.length; q++) {
          const h = partyAt(parts, q);
          if (h) {
            run[k]!.party = h.party;
            break;
          }
        }
      }
    }
    i = j + 1;
  }
  // Where someone lives or works is no side of theirs: "a Houthi negotiator based in Muscat", "in
  // exile in Caracas", "a Nairobi-based commander" name a seat, not Oman, Venezuela or Kenya.
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!w.party) continue;
    if (RESIDENCE_SUFFIX.test(w.base)) {
      w.party = undefined;
      continue;
    }
    const before = k >= 2 ? RESIDENCE_BEFORE.get(words[k - 1]!.lower) : undefined;
    if (!before?.has(words[k - 2]!.lower)) continue;
    const party = w.party;
    for (let q = k; q < words.length && words[q]!.party === party; q++) words[q]!.party = undefined;
  }
  // A name with a possessive inside it ("Tigray People's Liberation Front") spans the break the runs
  // above make after a possessive: tried only where a possessive is followed by a capitalised word.
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!;
    if (!w.poss || !words[k + 1]!.cap || words[k + 1]!.start !== w.end + 1) continue;
    let a = k;
    while (a > 0 && k - a < 3 && words[a - 1]!.cap && words[a - 1]!.end + 1 === words[a]!.start && !words[a - 1]!.poss) a--;
    let b = k + 1;
    while (b + 1 < words.length && b - k < 4 && words[b + 1]!.start === words[b]!.end + 1 && !words[b]!.poss) b++;
    const run = words.slice(a, b + 1);
    const texts = run.map((t, q) => (q === k - a ? t.text.replace(/’/g, "'") : t.base));
    for (let q = 0; q <= k - a; q++) {
      const hit = partyAt(texts, q);
      if (!hit || q + hit.n - 1 <= k - a) continue;
      for (let r = q; r < q + hit.n; r++) run[r]!.party = hit.party;
      break;
    }
  }
  return out;
}
