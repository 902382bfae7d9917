import { HONORIFICS as HONORIFIC_WORDS } from './extract/lexicon.js';

/**
 * Matching people's names across items written by different outlets, which transliterate
 * Ukrainian and Russian names differently (Zelenskyy/Zelensky/Zelenskiy, Yermak/Jermak)
 * and put titles in front of them ("Sir Keir Starmer", "President Zelenskyy").
 */

/** Words that can precede a name without being part of it: the extraction lexicon's, spelled once. */
const HONORIFICS = HONORIFIC_WORDS;

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Short forms that name the same person; keys after transliteration folding. */
const DIMINUTIVES: Record<string, string> = {
  steve: 'steven',
  stephen: 'steven',
  mike: 'michael',
  dan: 'daniel',
  danny: 'daniel',
  andy: 'andrew',
  bill: 'william',
  will: 'william',
  bob: 'robert',
  rob: 'robert',
  jim: 'james',
  jimmy: 'james',
  tom: 'thomas',
  tony: 'anthony',
  joe: 'joseph',
  dick: 'richard',
  rick: 'richard',
  chris: 'christopher',
  matt: 'matthew',
  alex: 'alexander',
  sasha: 'alexander',
  kate: 'katherine',
  liz: 'elizabeth',
  ted: 'edward',
  ed: 'edward',
  pete: 'peter',
  marc: 'mark',
};

function words(name: string): string[] {
  return name
    .replace(/[’']s$/u, '')
    .split(/\s+/)
    .map((w) => w.trim())
    .filter(Boolean);
}

function bare(w: string): string {
  return w.toLowerCase().replace(/\./g, '');
}

/** The name without leading honorifics or titles: "Sir Keir Starmer" → "Keir Starmer". */
export function displayName(name: string): string {
  const ws = words(name);
  while (ws.length > 1 && HONORIFICS.has(bare(ws[0]!))) ws.shift();
  while (ws.length > 1 && SUFFIXES.has(bare(ws[ws.length - 1]!).replace(/,$/, ''))) ws.pop();
  return ws.join(' ').replace(/,$/, '');
}

/**
 * Folds one name word to a transliteration-insensitive key: diacritics off, y/j/i merged,
 * doubled letters collapsed, x→ks, w→v, kh→h, a leading "ye" → "e".
 */
function foldWord(w: string): string {
  let s = w
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  s = s
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/[yj]/g, 'i');
  s = s.replace(/(.)\1+/g, '$1');
  s = s.replace(/^ie/, 'e');
  return s;
}

const KEY_CACHE = new Map<string, string[]>();

function keyWords(name: string): string[] {
  const hit = KEY_CACHE.get(name);
  if (hit) return hit;
  const ws = displayName(name)
    .split(/[\s-]+/)
    .map(foldWord)
    .filter(Boolean);
  // Bounded: the knowledge base keys thousands of names over a process's life.
  if (KEY_CACHE.size > 20_000) KEY_CACHE.clear();
  KEY_CACHE.set(name, ws);
  return ws;
}

/**
 * A key under which spellings of one person's name collide: "Volodymyr Zelenskyy",
 * "Volodymyr Zelensky" and "President Volodymyr Zelenskiy" share "volodimir zelenski".
 * Surname-only mentions do not share the full name's key: use `surnameKey` or `sameActor`.
 */
export function nameKey(name: string): string {
  return keyWords(name).join(' ');
}

/** Key of the last name word: what a surname-only mention ("Umerov") shares with the full name. */
export function surnameKey(name: string): string {
  const ws = keyWords(name);
  return ws[ws.length - 1] ?? '';
}

const FOLDED_DIMINUTIVES = new Map(Object.entries(DIMINUTIVES).map(([k, v]) => [foldWord(k), foldWord(v)]));

function firstNamesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  // An initial ("V. Putin") matches any first name with that letter.
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const ca = FOLDED_DIMINUTIVES.get(a) ?? a;
  const cb = FOLDED_DIMINUTIVES.get(b) ?? b;
  return ca === cb;
}

/** A name written as one word, hyphens and all. */
const isOneWord = (name: string) => !/\s/.test(displayName(name).trim());
/** Whether `short` (keys `ks`), a hyphenated surname written alone, is the end of the longer name's keys `kl`. */
const endsWithHyphenated = (kl: string[], ks: string[], short: string) =>
  ks.length > 1 && kl.length > ks.length && isOneWord(short) && ks.every((w, i) => w === kl[kl.length - ks.length + i]);

/**
 * True when two names can denote the same person: equal keys, a surname alone against a full
 * name ("Umerov" ↔ "Rustem Umerov"), or compatible first names ("Steve"/"Steven", "V.").
 */
export function sameActor(a: string, b: string): boolean {
  const ka = keyWords(a);
  const kb = keyWords(b);
  if (ka.length === 0 || kb.length === 0) return false;
  if (ka.join(' ') === kb.join(' ')) return true;
  if (ka[ka.length - 1] !== kb[kb.length - 1]) return false;
  // A hyphenated surname alone ("Takht-Ravanchi", "al-Murtada") is the full name it ends ("Majid Takht-Ravanchi").
  if (endsWithHyphenated(ka, kb, b) || endsWithHyphenated(kb, ka, a)) return true;
  if (ka.length === 1 || kb.length === 1) return true;
  return firstNamesCompatible(ka[0]!, kb[0]!);
}
