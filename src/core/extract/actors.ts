import { displayName, nameKey, sameActor, surnameKey } from '../names.js';
import {
  ABBREVIATIONS,
  FIRST_NAMES,
  NEWS_ORGS,
  NON_NAME,
  NOT_INITIALS,
  officeParty,
  REGION_BEFORE,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  SLAVIC_LOOKALIKE_PLACES,
  SLAVIC_SURNAME,
  SHORT_HONORIFICS,
  SLAVIC_SURNAME_STRICT,
} from './lexicon.js';
import { isPlaceName } from './places.js';
import type { Token } from './tokens.js';
import type { ExtractLexicon, RoleFact } from './types.js';

/** A person found in a sentence. */
export interface PersonSpan {
  /** Token range of the name itself (titles excluded). */
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
  /** Fullest name in the item; filled by `resolveNames`. */
  name: string;
  role?: RoleFact;
  party?: string;
}

/** The side a person states in the item: their party word, else the office their title names. */
export function statedSide(p: PersonSpan | undefined): string | undefined {
  return p?.party ?? (p?.role ? officeParty(p.role.title) : undefined);
}

/** Most people read in one sentence: the cap on candidates every later rule works through. */
export const MAX_PEOPLE = 40;

export interface SentenceTokens {
  text: string;
  tokens: Token[];
}

const HONORIFIC = SHORT_HONORIFICS;
const PARTICLES = new Set(['bin', 'al', 'de', 'van', 'von', 'der', 'la', 'da', 'ibn']);
/** A lower-case Arabic particle hyphened to a capitalised name: "al-Hayya", "el-Sisi". */
const HYPHEN_PARTICLE = /^(?:al|el|ad|as|ash|an|ar|at|az|abu|bin|ibn)-\p{Lu}/u;
/** A word shaped like a name: a capital, then lower case ("Hamad", "Ben-Gvir"). */
const PLAIN_NAME_WORD = /^[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?$/u;
/** After a possessed name: "and Azerbaijan's B" (a second side's possessive on a capitalised word). */
const POSSESSIVE_PAIR_AFTER = /^,?\s+and\s+\p{Lu}[\p{L}-]{0,30}['’]s\s+\p{Lu}/u;
/** Before a possessed name's side: "Armenia's A and " (a first side's possessive, one to three capitalised words, "and"), read word by word. */
function possessivePairBefore(before: string): boolean {
  const words = before.trimEnd().split(/\s+/);
  if (words.pop() !== 'and') return false;
  for (let n = 0; n < 3 && words.length; n++) {
    if (!/^\p{Lu}/u.test(words.pop()!)) return false;
    const prev = words[words.length - 1];
    if (prev && /^\p{Lu}[\p{L}-]*['’]s$/u.test(prev)) return true;
  }
  return false;
}
const LIST_FOLLOWERS = new Set(['and', 'said', 'were', 'was', 'will', 'are', 'also', 'who', 'both']);
const SPEECH_AFTER =
  /^(?:said|says|told|tells|added|adds|wrote|writes|stressed|noted|insisted|warned|claimed|argued|replied|announced|confirmed|denied|urged|called|accused|praised|posted|met|meets|will|would|has|had|was|is)\b/;
const SPEECH_BEFORE = /\b(?:told|according to|with|met|by|and|envoy|adviser|minister|president|aide|negotiator)$/i;

/**
 * A line of a roster laid out one name per line: the line holds nothing but capitalised words
 * (a bullet allowed), and the line before it ends in a colon or is such a line itself.
 */
function rosterLine(sentences: SentenceTokens[], si: number): boolean {
  if (!bareNameLine(sentences[si])) return false;
  for (let k = si - 1; k >= 0 && k >= si - 12; k--) {
    if (/:\s*$/.test(sentences[k]!.text)) return true;
    if (!bareNameLine(sentences[k])) return false;
  }
  return false;
}

/** A line of nothing but two to four capitalised words, a bullet allowed. */
function bareNameLine(s: SentenceTokens | undefined): boolean {
  return /^[-•*–]?\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(s?.text.trim() ?? '');
}

/** Two capitals that may be a given name's initials ("JD"). */
const INITIALS = /^[A-Z]{2}$/;

/** A given name, its accents written or dropped ("Thérèse", "Therese"). */
function isFirstName(lower: string): boolean {
  return FIRST_NAMES.has(lower) || (/[^\x00-\x7f]/.test(lower) && FIRST_NAMES.has(lower.normalize('NFKD').replace(/\p{M}/gu, '')));
}

function isRoleWord(lower: string): boolean {
  return ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower) || HONORIFIC.has(lower.replace(/\.$/, ''));
}

function nonName(t: Token): boolean {
  return (
    !!t.party ||
    NON_NAME.has(t.lower) ||
    NEWS_ORGS.has(t.lower) ||
    isRoleWord(t.lower) ||
    /^[A-Z]{2,}$/.test(t.base) ||
    /\d/.test(t.text) ||
    // "United States-backed", "Kremlin-linked": a compound adjective, never a name ("Jean-Luc" keeps its capital).
    /-\p{Ll}+$/u.test(t.base)
  );
}

/** A kind of body right before a lone capitalised word: the word is the body's name ("the federation Fedegán"). */
const ORG_KIND_BEFORE = /\b(?:federation|union|association|council|agency|committee|party|movement|company|group|bank|ministry|institute|foundation|confederation|network|coalition|alliance|newspaper|channel)$/i;

/** A surname used as a modifier of the government it led: "the Biden administration", "the Trump White House". */
const ATTRIBUTIVE_NAME = /^\s(?:administration|government|presidency|era|cabinet|White\sHouse)\b/;

interface Run {
  first: number;
  last: number;
}

/** Runs of capitalised words (particles like "bin" allowed inside), split after a possessive. */
function capitalRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !tokens[j]!.poss) {
      const n = tokens[j + 1]!;
      // "Khalil al-Hayya": a lower-case particle joined to the name by a hyphen.
      if ((n.cap || HYPHEN_PARTICLE.test(n.text)) && n.start === tokens[j]!.end + 1) {
        j++;
        continue;
      }
      const n2 = tokens[j + 2];
      if (PARTICLES.has(n.lower) && n2?.cap && n.start === tokens[j]!.end + 1) {
        j += 2;
        continue;
      }
      // "Ursula von der Leyen": two particles in a row, then the capitalised name.
      const n3 = tokens[j + 3];
      if (PARTICLES.has(n.lower) && n2 && PARTICLES.has(n2.lower) && n3?.cap && n.start === tokens[j]!.end + 1 && n2.start === n.end + 1) {
        j += 3;
        continue;
      }
      break;
    }
    runs.push({ first: i, last: j });
    i = j + 1;
  }
  return runs;
}

export interface ActorContext {
  lexicon: ExtractLexicon;
  /** The item's day (ISO): a standing actor gives its side only within its `since`/`until`. */
  day?: string;
}

interface Candidate {
  sentence: number;
  first: number;
  last: number;
  titled: boolean;
  multi: boolean;
}

const FUNCTION_ROLE_WORDS = new Set(['of', 'for']);

/** Does the role phrase before token `i` (exclusive) end in a title word? */
/** The title words right before a name hold a head ("Secretary", "envoy") or an honorific ("Gen.", "Dr"). */
function titleHeadBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const t = tokens[k]!;
    if (t.text === '.' || t.text === '(' || t.text === ')' || t.lower === 'of' || t.lower === 'the' || t.party) continue;
    if (!t.word) return false;
    const w = t.lower.replace(/\.$/, '');
    if (ROLE_HEADS.has(w) || HONORIFIC.has(w) || ABBREVIATIONS.has(w)) return true;
    if (!isRoleWord(w)) return false;
  }
  return false;
}

/** A post's title then "to"/"in" and the country right before token `i` ("Ambassador of Azerbaijan to the USA", "envoy to the UN"). */
function postBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  const party = tokens[k]?.party;
  while (k >= 0 && tokens[k]!.party === party) k--;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'to' && tokens[k]?.lower !== 'in') return false;
  return titleHeadBefore(tokens, k);
}

function titledBefore(tokens: Token[], i: number): boolean {
  // "Deputy Head of the Security Service (SBU) A", "… of the Armed Forces (Operations) A": a
  // parenthesis closing a long title sits between; the title's head word stands before it.
  if (tokens[i - 1]?.text === ')') {
    let open = i - 2;
    while (open >= Math.max(0, i - 6) && tokens[open]!.text !== '(') open--;
    if (open >= 0 && tokens[open]?.text === '(') return tokens.slice(Math.max(0, open - 12), open).some((t) => t.word && ROLE_HEADS.has(t.lower));
  }
  // "Amb. Julie Doe", "Brig. Gen. Mark Smith": an abbreviated title's full stop sits between.
  const p = tokens[i - 1]?.text === '.' && tokens[i - 2]?.word && ABBREVIATIONS.has(tokens[i - 2]!.lower) ? tokens[i - 2] : tokens[i - 1];
  // "of"/"for" join a title's words ("Secretary of State") but alone they title nothing:
  // "the reconnection of Rosselkhozbank" names no person.
  // "his Cambodian counterpart A": a counterpart is someone's opposite number, a person.
  return !!p && p.word && (isRoleWord(p.lower) || /^counterparts?$/.test(p.lower)) && !p.party && !FUNCTION_ROLE_WORDS.has(p.lower);
}

type CuratedActor = ExtractLexicon['actors'][number];
/** Curated actors by the surname key of their name and of each alias: two names are one person only if their surnames fold alike. */
const BY_SURNAME = new WeakMap<ExtractLexicon['actors'], Map<string, CuratedActor[]>>();

function actorsBySurname(actors: ExtractLexicon['actors']): Map<string, CuratedActor[]> {
  let index = BY_SURNAME.get(actors);
  if (!index) {
    index = new Map();
    for (const a of actors)
      for (const n of [a.name, ...a.aliases]) {
        const key = surnameKey(n);
        const list = index.get(key) ?? [];
        if (!list.includes(a)) list.push(a);
        index.set(key, list);
      }
    BY_SURNAME.set(actors, index);
  }
  return index;
}

/**
 * Every curated actor a name (full or surname alone) can denote, under its name or any alias: one
 * for a full name, possibly several for a surname two standing actors share ("Rodríguez").
 */
function lexiconActors(lexicon: ExtractLexicon, surface: string): CuratedActor[] {
  if (!lexicon.actors.length) return [];
  const out: CuratedActor[] = [];
  for (const a of actorsBySurname(lexicon.actors).get(surnameKey(surface)) ?? [])
    if (sameActor(a.name, surface) || a.aliases.some((al) => sameActor(al, surface))) out.push(a);
  // A surname alone is first the one whose name ends in that whole word ("Salam": Nawaf Salam, not
  // Mohammed Abdel-Salam; "Koo": Wellington Koo, not Yeo Han-koo), the end of a hyphenated name only
  // where no name ends so ("Burhan": Abdel Fattah al-Burhan).
  if (out.length > 1 && !/\s/.test(surface.trim())) {
    const key = nameKey(surface);
    const whole = out.filter((a) => [a.name, ...a.aliases].some((n) => nameKey(n.trim().split(/\s+/).pop() ?? '') === key));
    if (whole.length) return whole;
  }
  return out;
}

/** The one standing name a surface completes to; none where it could be two people ("Rodríguez": Jorge or Delcy). */
function lexiconMatch(lexicon: ExtractLexicon, surface: string): string | undefined {
  const names = new Set(lexiconActors(lexicon, surface).map((a) => a.name));
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * A go-between among the standing actors: every standing actor the name can denote is listed without
 * a side (a mediator or host of the dossier's talks). Such a person sits on a side only where the
 * item itself gives them one.
 */
export function standingGoBetween(lexicon: ExtractLexicon, name: string): boolean {
  const as = lexiconActors(lexicon, name);
  return as.length > 0 && as.every((a) => !a.party);
}

/**
 * The standing side a name gives on a day: the side every actor it can denote then holds. A surname
 * two actors share gives a side only when both hold the same one ("Sharif": Pakistan either way);
 * shared with a go-between, or with someone of another side ("Rodríguez" of Caracas or of Havana),
 * it gives none. Outside an actor's `since`/`until` the actor gives no side and vetoes none.
 */
function standingSide(lexicon: ExtractLexicon, surface: string, day: string | undefined): string | undefined {
  const sides = new Set<string | undefined>();
  for (const a of lexiconActors(lexicon, surface)) {
    if (a.party && day && ((a.since && day < a.since) || (a.until && day > a.until))) continue;
    sides.add(a.party);
  }
  const [only] = sides;
  return sides.size === 1 ? only : undefined;
}

/**
 * "Vice Premier He Lifeng": a capitalised "He" inside a sentence, a capitalised word after it, is a
 * family name, not the pronoun. "He Lifeng", or "led by He" mid-sentence (the pronoun there is
 * "him"): the family name, kept as a name only where the item spells out a full name it opens
 * (singles below). `b` is the name's last word as read so far.
 * (This helper and the next are module functions, not closures made per run of capitals: tsx, which
 * runs the bench and the dev entry points, names every closure it creates, at a cost per creation.)
 */
function familyHe(toks: Token[], k: number, b: number): boolean {
  return k > 0 && toks[k]!.text === 'He' && toks[k - 1]!.word && (k < b || !toks[k - 1]!.cap);
}

/**
 * "JD Vance": two capitals run together are a given name's initials when one plain name word closes
 * the run (ending at `last`) right after them (no side, office, outlet or list word either).
 */
function initialsAt(toks: Token[], k: number, last: number): boolean {
  return (
    k + 1 === last &&
    INITIALS.test(toks[k]!.base) &&
    !NOT_INITIALS.has(toks[k]!.lower) &&
    nonName(toks[k]!) &&
    !toks[k]!.party &&
    !NON_NAME.has(toks[k]!.lower) &&
    !NEWS_ORGS.has(toks[k]!.lower) &&
    !isRoleWord(toks[k]!.lower) &&
    PLAIN_NAME_WORD.test(toks[k + 1]!.base) &&
    !nonName(toks[k + 1]!)
  );
}

/**
 * Finds people in every sentence of an item. Two passes: full names first (a first name from
 * the lexicon, a Slavic surname ending, a title before, or a curated actor), then lone
 * surnames that match one of them, follow a title, or stand as the subject of a speech verb.
 */
export function findPeople(sentences: SentenceTokens[], ctx: ActorContext): PersonSpan[][] {
  const cands: Candidate[] = [];
  const fullNames: string[] = [];
  const singles: Candidate[] = [];

  sentences.forEach((s, si) => {
    const toks = s.tokens;
    for (const run of capitalRuns(toks)) {
      let a = run.first;
      let b = run.last;
      // "Vice Premier He Lifeng" (familyHe) and "JD Vance" (initialsAt): see those helpers.
      while (a <= b && nonName(toks[a]!) && !familyHe(toks, a, b) && !initialsAt(toks, a, run.last)) a++;
      while (b >= a && nonName(toks[b]!) && !(a === b && familyHe(toks, b, b))) b--;
      if (a > b) continue;
      // A title run into the name ("CEO of the Russian Direct Investment Fund Kirill Dmitriev",
      // "Deputy Head of the National Defense Control Center Viktor Shevtsov"): the name is what
      // follows the last word that can be no part of one.
      for (let k = b; k >= a; k--) {
        if (nonName(toks[k]!) && !PARTICLES.has(toks[k]!.lower) && !familyHe(toks, k, b) && !(k === a && initialsAt(toks, k, run.last))) {
          a = k + 1;
          break;
        }
      }
      if (a > b) continue;
      // "director of the Office for Kosovo and Metohija Petar Petković": a body's or a place's last
      // word after "and"/"of"/"for", then a given name: the name begins at the given name.
      // A title word peeled inside the run does the same ("… in the Humanitarian Sphere Yelena A": "Humanitarian" is a title's word).
      if (a > 0 && (a === run.first ? /^(?:and|of|for|the)$/.test(toks[a - 1]!.lower) : isRoleWord(toks[a - 1]!.lower)) && !isFirstName(toks[a]!.lower)) {
        for (let k = a + 1; k < b; k++)
          if (isFirstName(toks[k]!.lower)) {
            a = k;
            break;
          }
      }
      // Peeled words make a title only if one is a title word ("St Petersburg" is no title).
      // "Ambassador of Azerbaijan to the USA A", "envoy to the UN B": a post's country right before the name, its title before that.
      const titled = toks.slice(run.first, a).some((t) => isRoleWord(t.lower)) || titledBefore(toks, a) || (!!toks[a - 1]?.party && postBefore(toks, a));
      const sentenceInitial = a === 0 || (a === 1 && !toks[0]!.word);
      const surface = toks
        .slice(a, b + 1)
        .map((t) => t.base)
        .join(' ');
      if (b > a) {
        const firstLower = toks[a]!.lower;
        const lastLower = toks[b]!.lower;
        const firstKnown = isFirstName(firstLower) || /^[A-Z]\.$/.test(toks[a]!.text) || initialsAt(toks, a, run.last);
        const appos = /^,\s+(?:the |a |an )?[^,]{0,60}?\b(?:adviser|advisor|minister|envoy|spokes\w+|secretary|chief|head|president|negotiator|official|aide|chancellor|ambassador|commander|director)\b/i.test(
          s.text.slice(toks[b]!.end),
        );
        // A list line opening with a name and its title ("• Serhii Kyslytsia, First Deputy Foreign
        // Minister", "A — Minister of Defence"): the roster's layout says it is a person.
        const listItem = sentenceInitial && /^\s*(?:,|[—–-]\s)/.test(s.text.slice(toks[b]!.end)) && b - a <= 3 && (appos || /^\s*[—–-]\s/.test(s.text.slice(toks[b]!.end)));
        // A roster's line that is a name alone ("Bernardo Téllez" under "… is made up of:"): the layout says it is a person.
        const nameLine = rosterLine(sentences, si) && a === run.first && b === run.last && b - a <= 3 && toks.slice(a, b + 1).every((t) => PLAIN_NAME_WORD.test(t.base) && !t.party);
        // A sentence-initial capital is grammar, not a name: drop it unless it is a first name.
        if (sentenceInitial && !firstKnown && b - a === 1 && !titled && !listItem && !nameLine) {
          singles.push({ sentence: si, first: b, last: b, titled: false, multi: false });
          continue;
        }
        const slavic = SLAVIC_SURNAME.test(lastLower) && !SLAVIC_LOOKALIKE_PLACES.has(lastLower);
        // "headed by Omar Hamdan", "led by Khalil Nasser": a roster verb's agent is a person when
        // two or three capitalised words with no party or place among them follow it.
        const agent =
          b - a <= 2 &&
          /\b(?:led|headed|chaired|co-chaired|accompanied|joined)\s+by\s+$/i.test(s.text.slice(Math.max(0, toks[a]!.start - 20), toks[a]!.start)) &&
          toks.slice(a, b + 1).every((t) => !t.party) &&
          // "led by Shin Bet chief A": an office before its holder's title is no person.
          !(officeParty(surface.toLowerCase()) && isRoleWord(toks[b + 1]?.lower ?? ''));
        // "Armenia's A and Azerbaijan's B": two sides' possessives, each on a run of plain capitalised
        // words, joined by "and": the parallel says both runs are people, familiar names or not.
        const paired =
          b - a <= 2 &&
          !!toks[a - 1]?.party &&
          !!toks[a - 1]?.poss &&
          toks.slice(a, b + 1).every((t) => PLAIN_NAME_WORD.test(t.base) && !t.party && !isRoleWord(t.lower)) &&
          (POSSESSIVE_PAIR_AFTER.test(s.text.slice(toks[b]!.end)) || possessivePairBefore(s.text.slice(Math.max(0, toks[a - 1]!.start - 120), toks[a - 1]!.start)));
        // "Thai and Cambodian defence ministers, A and B,", "led by its defence minister, A": a title
        // set off before the names says the runs are people, familiar names or not.
        // Read last and only where a comma stands in the 80 characters before the run.
        const pluralTitled = () => {
          const from = Math.max(0, toks[a]!.start - 80);
          if (b - a > 2 || s.text.lastIndexOf(',', toks[a]!.start) < from || !toks.slice(a, b + 1).every((t) => !t.party)) return false;
          const before = s.text.slice(from, toks[a]!.start);
          // "the commander of Tigrayan forces, A, who …": one holder's post of a body, set off by commas on both sides.
          return PLURAL_TITLE_BEFORE.test(before) || (TITLE_OF_BEFORE.test(before) && /^,/.test(s.text.slice(toks[b]!.end)));
        };
        if (firstKnown || slavic || titled || appos || listItem || agent || nameLine || paired || lexiconMatch(ctx.lexicon, surface) || pluralTitled()) {
          cands.push({ sentence: si, first: a, last: b, titled, multi: true });
          fullNames.push(surface);
        }
        continue;
      }
      // A lone word takes a title only from a title's head or an honorific: "the first Phase of our
      // Peace Plan" has modifiers ("first", "peace") before its capitals, and names nobody.
      singles.push({ sentence: si, first: a, last: a, titled: titled && titleHeadBefore(toks, a), multi: false });
    }
  });

  const acceptedSingles = new Set<string>();
  const isSurnameOfFull = (w: string) => fullNames.some((f) => surnameKey(f) === surnameKey(w));
  // "Phumtham Wechayachai … Phumtham was accompanied by": Thai, Malay and Indonesian copy names a
  // person again by the given name, one no common list holds (a common one, "Maria", stays a word).
  let openers: Set<string> | undefined;
  const isOwnGivenOfFull = (t: Token) => {
    openers ??= new Set(fullNames.filter((f) => f.includes(' ')).map((f) => nameKey(f.split(' ')[0]!)));
    return openers.has(nameKey(t.base)) && !isFirstName(t.lower);
  };
  for (const c of singles) {
    const s = sentences[c.sentence]!;
    const t = s.tokens[c.first]!;
    const after = s.text.slice(t.end).replace(/^['’]s/, '').trimStart();
    const before = s.text.slice(0, t.start).trimEnd();
    const initial = c.first === 0 || (c.first === 1 && !s.tokens[0]!.word);
    // One or two letters alone are a word cut short ("Envoy Steve Witkoff, Pr" where a page's copy
    // ends) or an initial, never a name, unless the item gave the full name ("Li" after "Li Hui").
    const ok =
      isSurnameOfFull(t.base) ||
      isOwnGivenOfFull(t) ||
      !!lexiconMatch(ctx.lexicon, t.base) ||
      (t.base.length >= 3 &&
        (c.titled ||
          (!initial && SPEECH_BEFORE.test(before) && SPEECH_AFTER.test(after)) ||
          (/^(?:said|says|told|tells|added|wrote|insisted|stressed)\b/.test(after) && !t.poss) ||
          /\btold$/.test(before) ||
          (SLAVIC_SURNAME_STRICT.test(t.lower) && !SLAVIC_LOOKALIKE_PLACES.has(t.lower) && (!initial || /^(?:,|said|and|will|was|is|has|who)\b/.test(after)))));
    if (ok) acceptedSingles.add(nameKey(t.base));
  }
  // A word accepted as a name once in the item is a name everywhere in it ("Trump’s dust-up"), but
  // not where it only names an administration ("for the outgoing Biden administration").
  for (const c of singles) {
    const s = sentences[c.sentence]!;
    const t = s.tokens[c.first]!;
    if (ATTRIBUTIVE_NAME.test(s.text.slice(t.end)) && !t.poss) continue;
    if (acceptedSingles.has(nameKey(t.base))) cands.push(c);
  }

  const perSentence: PersonSpan[][] = sentences.map(() => []);
  for (const c of cands) {
    const s = sentences[c.sentence]!;
    const toks = s.tokens;
    const surface = toks
      .slice(c.first, c.last + 1)
      .map((t) => t.base)
      .join(' ');
    perSentence[c.sentence]!.push({
      first: c.first,
      last: c.last,
      start: toks[c.first]!.start,
      end: toks[c.last]!.end,
      surface,
      name: surface,
    });
  }
  sentences.forEach((s, si) => {
    const list = perSentence[si]!;
    list.sort((x, y) => x.first - y.first);
    // Bounded work per sentence: no real sentence names more (a roster line names one).
    if (list.length > MAX_PEOPLE) list.length = MAX_PEOPLE;
    propagateLists(s, list);
    for (const p of list) {
      attachRole(s, p);
      if (!p.party) partyAfterOf(s, p);
      if (!p.party) partyElliptical(s, p, list);
    }
  });
  resolveNames(perSentence, ctx);
  return perSentence;
}

/** In "Umerov, Budanov, Arakhamia and Hnatov" a capitalised word beside people is a person. */
function propagateLists(s: SentenceTokens, list: PersonSpan[]): void {
  const toks = s.tokens;
  let changed = true;
  // Bounded like the names read directly: a list adds no one past MAX_PEOPLE.
  while (changed && list.length < MAX_PEOPLE) {
    changed = false;
    const taken = new Set(list.flatMap((p) => [p.first, p.last]));
    for (const p of [...list]) {
      for (const dir of [1, -1]) {
        if (list.length >= MAX_PEOPLE) break;
        const sepIdx = dir === 1 ? p.last + 1 : p.first - 1;
        const sep = toks[sepIdx];
        if (!sep || !(sep.text === ',' || sep.lower === 'and')) continue;
        let k = sepIdx + dir;
        if (toks[k]?.lower === 'and') k += dir;
        const t = toks[k];
        // Two letters are a word cut short or an initial, never a listed name ("Steve Witkoff, Pr").
        if (!t?.cap || nonName(t) || taken.has(k) || t.base.length < 3) continue;
        // Only single-word neighbours, so "Saudi Arabia, Turkey and …" lists stay out; but a listed
        // person's neighbour of two plain capitalised words that name no party, place or title is a
        // name too ("includes Zaher Jabarin and Ghazi Hamad", "consists of Gal Hirsch, Ophir Falk").
        const nb = toks[k + dir];
        if (nb?.cap && nb.start - t.end <= 1 && dir === 1) {
          const after = toks[k + 2];
          const two = [t, nb];
          if (
            !taken.has(k + 1) &&
            two.every((w) => !nonName(w) && (PLAIN_NAME_WORD.test(w.base) || HYPHEN_PARTICLE.test(w.base)) && !w.poss) &&
            !isPlaceName(`${t.base} ${nb.base}`) &&
            !isPlaceName(t.base) &&
            !isPlaceName(nb.base) &&
            (!after?.word || after.lower === 'and') &&
            !(after?.cap && after.start - nb.end <= 1)
          ) {
            list.push({ first: k, last: k + 1, start: t.start, end: nb.end, surface: `${t.base} ${nb.base}`, name: `${t.base} ${nb.base}` });
            taken.add(k);
            taken.add(k + 1);
            changed = true;
          }
          continue;
        }
        // The same before a listed person ("with Rafael Ortiz and Tomás Guanipa"), when nothing
        // capitalised runs on before the pair (a title before it is read with the name elsewhere).
        if (nb?.cap && t.start - nb.end <= 1 && dir === -1) {
          const before = toks[k - 2];
          const two = [nb, t];
          if (
            !taken.has(k - 1) &&
            two.every((w) => !nonName(w) && (PLAIN_NAME_WORD.test(w.base) || HYPHEN_PARTICLE.test(w.base)) && !w.poss) &&
            !isPlaceName(`${nb.base} ${t.base}`) &&
            !isPlaceName(t.base) &&
            !isPlaceName(nb.base) &&
            !(before?.cap && nb.start - before.end <= 1) &&
            !ORG_KIND_BEFORE.test(s.text.slice(0, nb.start).trimEnd())
          ) {
            list.push({ first: k - 1, last: k, start: nb.start, end: t.end, surface: `${nb.base} ${t.base}`, name: `${nb.base} ${t.base}` });
            taken.add(k);
            taken.add(k - 1);
            changed = true;
          }
          continue;
        }
        if (dir === -1 && toks[k - 1]?.cap && t.start - toks[k - 1]!.end <= 1) continue;
        if (!(SLAVIC_SURNAME.test(t.lower) || PLAIN_NAME_WORD.test(t.base))) continue;
        // "the cattle ranchers' federation Fedegán, A": a body's name after its kind is no listed person.
        if (ORG_KIND_BEFORE.test(s.text.slice(0, t.start).trimEnd())) continue;
        // A list item ends at punctuation or a verb; "Turkey hosted" is not a name in a list.
        const nx = toks[k + 1];
        if (dir === 1 && nx?.word && !LIST_FOLLOWERS.has(nx.lower)) continue;
        list.push({ first: k, last: k, start: t.start, end: t.end, surface: t.base, name: t.base });
        taken.add(k);
        changed = true;
      }
    }
    list.sort((x, y) => x.first - y.first);
  }
}

const ROLE_STOP_AFTER = new Set(['for', 'to', 'on', 'with', 'against', 'in', 'into']);

/**
 * Lower-cases title words ("Foreign Minister" → "foreign minister") but keeps proper names,
 * including the title words inside one ("National Security Council", "Department of State").
 */
function lowerTitle(words: Token[]): string {
  const keep = new Array<boolean>(words.length).fill(false);
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.cap) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length && (words[j + 1]!.cap || (words[j + 1]!.lower === 'of' && words[j + 2]?.cap))) j++;
    const run = words.slice(i, j + 1).filter((t) => t.cap && !t.party);
    const proper = run.some((t) => !isRoleWord(t.lower)) && run.length > 0;
    for (let k = i; k <= j; k++) keep[k] = proper || !!words[k]!.party;
    i = j + 1;
  }
  return words
    .map((t, k) => (t.party ? t.base : keep[k] ? t.text : t.text.toLowerCase()))
    .join(' ')
    .replace(/ (?=,)/g, '');
}

/** Capitalised words right before `at`, after a word a portfolio follows ("for Europe and …"). */
function portfolioBefore(words: Token[], at: number): boolean {
  let j = at - 1;
  for (let n = 0; n < 3 && j >= 0 && (words[j]!.cap || words[j]!.text === ','); n++) j--;
  return j < at - 1 && j >= 0 && ROLE_STOP_AFTER.has(words[j]!.lower);
}

/** Party of a role phrase: a party word that modifies it, not one it is "for" ("envoy for Russia"). */
function roleParty(words: Token[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    if (!t.party) continue;
    const prev = words[i - 1]?.lower === 'the' ? words[i - 2] : words[i - 1];
    if (prev && ROLE_STOP_AFTER.has(prev.lower)) continue;
    // "senior director for Europe and Russia": a party joined to the portfolio the title is "for".
    if (prev?.lower === 'and' && portfolioBefore(words, words.indexOf(prev))) continue;
    // "director of the North America Department of the Russian Foreign Ministry": a region, then the office's own side.
    if (words[i - 1]?.cap && REGION_BEFORE.has(words[i - 1]!.lower)) continue;
    return t.party.name;
  }
  return undefined;
}

/** "Russian-born", "US-educated": a hyphened origin says where a person comes from, not whose side they are on. */
const ORIGIN_SUFFIX = /-(?:born|raised|educated|bred)$/i;

/**
 * The side the party words before a title give: the first of them (a multi-word party is one
 * token: "Turkish Cypriot leader" is the Turkish Cypriots'), passing over an origin
 * ("Russian-born Israeli negotiator" is Israel's).
 */
function leadingPartyOf(words: Token[]): string | undefined {
  return words.find((t) => t.party && !ORIGIN_SUFFIX.test(t.text))?.party?.name;
}

function roleFromWords(words: Token[]): RoleFact | undefined {
  // "the US president’s special envoy": the possessor gives the party, the rest the role.
  let lastPoss = -1;
  words.forEach((t, i) => {
    if (t.poss && i < words.length - 1) lastPoss = i;
  });
  const owner = lastPoss >= 0 ? words.slice(0, lastPoss + 1) : [];
  let rest = lastPoss >= 0 ? words.slice(lastPoss + 1) : words;
  while (rest.length && (['the', 'a', 'an', 'his', 'her', 'its', 'their', 'also'].includes(rest[0]!.lower) || rest[0]!.party))
    rest = rest.slice(1);
  const leadingParty = leadingPartyOf(words.slice(0, words.length - rest.length));
  while (rest.length && HONORIFIC.has(rest[0]!.lower.replace(/\.$/, ''))) rest = rest.slice(1);
  if (!rest.some((t) => ROLE_HEADS.has(t.lower))) return undefined;
  // "intelligence chief Lt. Gen.": a rank after the office is the name's honorific, not the title.
  while (rest.length > 1 && HONORIFIC.has(rest[rest.length - 1]!.lower.replace(/\.$/, '')) && rest.slice(0, -1).some((t) => ROLE_HEADS.has(t.lower)))
    rest = rest.slice(0, -1);
  const title = lowerTitle(rest);
  if (!title) return undefined;
  // "former army general A": a generic side word ("army", "government") after "former" says where A
  // served, not the side A sits on now (a nationality, "former Nigerian president", still holds).
  const former = /^(?:former|ex)$/.test(rest[0]?.lower ?? '');
  const party = roleParty(owner) ?? leadingParty ?? roleParty(former ? rest.filter((t) => !t.party || t.cap) : rest);
  return party ? { title, party } : { title };
}

/** "Paul Kagame of Rwanda", "Jeyhun Bayramov of Azerbaijan and …": the party named right after the name is theirs. */
function partyAfterOf(s: SentenceTokens, p: PersonSpan): void {
  const toks = s.tokens;
  if (toks[p.last + 1]?.lower !== 'of') return;
  let k = p.last + 2;
  if (toks[k]?.lower === 'the') k++;
  const party = toks[k]?.party;
  if (!party) return;
  while (toks[k]?.party === party || (toks[k]?.lower === 'of' && toks[k + 1]?.party === party)) k++;
  // "A of Israel's National Security Council": a state's own body, named by its possessive, is that state's.
  if (toks[k - 1]?.poss && toks[k]?.cap && toks[k]?.word) {
    p.party = party.name;
    return;
  }
  // "A of the Azerbaijani foreign ministry": the party word must end the phrase, not qualify a noun after it.
  const next = toks[k];
  if (next?.word && (next.cap || !/^(?:and|or|who|were|was|is|are|signed|met|said|initialed|initialled|put|agreed|on|in|at)$/.test(next.lower))) return;
  p.party = party.name;
}

/**
 * "Congo's foreign minister, A, and Rwanda's, B": the title left out after a second side's
 * possessive, the side is B's. Read only after an earlier person with a title of their own.
 */
function partyElliptical(s: SentenceTokens, p: PersonSpan, list: readonly PersonSpan[]): void {
  const toks = s.tokens;
  const poss = toks[p.first - 2];
  if (toks[p.first - 1]?.text !== ',' || !poss?.poss || !poss.party) return;
  const joiner = toks[p.first - 3];
  if (!(joiner?.lower === 'and' || joiner?.text === ',')) return;
  if (!list.some((q) => q.last < p.first - 3 && q.role && q.party)) return;
  p.party = poss.party.name;
}

/** A title, then a comma, before a name (or before the name the first "and" follows). */
/** "the commander of Tigrayan forces, ", "the chief of staff of the army, ": one post of a body, then a comma. */
const TITLE_OF_BEFORE = /\bthe\s(?:commander|chief|head|leader|chairman|chair|director|secretary|minister|envoy|representative|ambassador|negotiator)(?:\sof\sstaff)?\sof\s(?:the\s)?(?:[\p{L}'’-]{1,30}\s){0,4}?[\p{L}'’-]{1,30}\s*,\s+$/u;
const PLURAL_TITLE_BEFORE =
  /\b(?:(?:minister|president|negotiator|envoy|leader|chief|commander|adviser|advisor|counterpart|representative|ambassador|secretary|mediator)s?|heads\sof\s(?:both\s|the\s(?:two\s)?)?delegations)\s*,\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}and\s+)?$/u;

function attachRole(s: SentenceTokens, p: PersonSpan): void {
  const toks = s.tokens;
  // Title before the name: "Ukraine’s defence minister Rustem Umerov", "US Secretary of State Marco Rubio".
  let i = p.first - 1;
  // "his Rwandan counterpart Paul Kagame", "his Afghan counterpart Mullah A": the side, and no title ("counterpart" is nobody's office).
  let h = i;
  // "his Pakistani counterpart Maj. Gen. A": an abbreviated rank's full stop is part of the rank.
  while (h > 0 && ((toks[h]!.word && HONORIFIC.has(toks[h]!.lower.replace(/\.$/, ''))) || (toks[h]!.text === '.' && toks[h - 1]!.word && HONORIFIC.has(toks[h - 1]!.lower)))) h--;
  const cp = toks[h];
  if (cp && /^counterparts?$/.test(cp.lower) && toks[h - 1]?.party) {
    p.party = toks[h - 1]!.party!.name;
    return;
  }
  const pre: Token[] = [];
  while (i >= 0) {
    const t = toks[i]!;
    // "intelligence chief Lt. Gen. A": an abbreviated rank's full stop sits inside the title.
    if (t.text === '.' && i > 0 && toks[i - 1]!.word && HONORIFIC.has(toks[i - 1]!.lower)) {
      i--;
      continue;
    }
    if (!t.word) break;
    if (t.party || isRoleWord(t.lower)) {
      pre.unshift(t);
      i--;
      continue;
    }
    if ((t.lower === 'of' || t.lower === 'for') && toks[i - 1] && (isRoleWord(toks[i - 1]!.lower) || toks[i - 1]!.party)) {
      pre.unshift(t);
      i--;
      continue;
    }
    // "Chinese Ambassador to Malaysia A": a post's "to" and the country it is posted to sit inside the
    // title; the side is the words before the title (China), not where the post is.
    if (t.lower === 'to' && toks[i + 1]?.party && /^(?:ambassador|envoy|representative|consul)$/.test(toks[i - 1]?.lower ?? '')) {
      pre.unshift(t);
      i--;
      continue;
    }
    // "Mossad Director A", "Shin Bet chief B": an office named before the title words is part of
    // the title, and the office → side table (lexicon OFFICES) reads the side from it.
    if (t.cap && pre.length) {
      const two = toks[i - 1]?.cap ? `${toks[i - 1]!.lower} ${t.lower}` : '';
      const n = officeParty(t.lower) ? 1 : two && officeParty(two) ? 2 : 0;
      if (n) {
        pre.unshift(...toks.slice(i - n + 1, i + 1));
        i -= n;
        continue;
      }
    }
    if (t.lower === 'the' && pre.length) pre.unshift(t);
    break;
  }
  // "the head of Zelenskiy’s office": a name after "of" is not the holder of the title before it.
  const dangling = pre.length > 0 && ['of', 'for', 'the'].includes(pre[pre.length - 1]!.lower);
  // "the office of President Volodymyr Zelensky": when the words after the last "of"/"for" are a
  // title themselves, they are this person's title; the words before belong to someone else.
  // ("Secretary of State Marco Rubio" keeps its whole title: "State" is no title; so does "head of
  // the Office of the President Andriy Yermak", where the article makes it an institution's name.)
  const lastOf = pre.findLastIndex((t) => t.lower === 'of' || t.lower === 'for');
  if (lastOf >= 0 && pre[lastOf + 1]?.lower !== 'the' && pre.slice(lastOf + 1).some((t) => ROLE_HEADS.has(t.lower))) {
    pre.splice(0, lastOf + 1);
  }
  const preRole = pre.length && !dangling ? roleFromWords(pre) : undefined;
  // "Armenian and Azerbaijani foreign ministers A and B": a plural title after "and" describes
  // several people of several sides; its nearer party word is not this person's.
  const shared = !!preRole && toks[i]?.lower === 'and' && /s$/.test(preRole.title) && ROLE_HEADS.has(preRole.title.split(' ').pop()!.replace(/s$/, ''));
  if (preRole && shared) p.role = { title: preRole.title };
  else if (preRole) {
    p.role = preRole;
    if (preRole.party) p.party = preRole.party;
  } else {
    const partyTok = [...pre].reverse().find((t) => t.party);
    // "Russia's ambassador to Belarus Boris Gryzlov": a party after "to"/"for" is where the post is, not whose.
    // "Ambassador of Azerbaijan to the USA Khazar Ibrahim": an article between "to" and the post too.
    const lead = pre[0]?.lower === 'the' ? 1 : 0;
    const posted = !!partyTok && pre[lead]?.party === partyTok.party && ROLE_STOP_AFTER.has((lead ? toks[toks.indexOf(pre[0]!) - 1] : toks[i])?.lower ?? '');
    if (partyTok?.party && !posted && (partyTok.poss || pre[pre.length - 1] === partyTok)) p.party = partyTok.party.name;
  }
  // "the chief of staff of the Ethiopian army, Field Marshal A,": a rank alone before the name, the post and its side before the comma.
  const rankOnly = !!p.role && !p.party && pre.length > 0 && toks[i]?.text === ',';
  if (p.role && !rankOnly) return;
  // Title, then the name set off by commas: "Ukraine’s new chief negotiator, Rustem Umerov, is…".
  // ("…, and Rwanda's foreign minister, B." closes the sentence on the name: set off by commas too.)
  const comma = pre.length ? i : p.first - 1;
  if ((!pre.length || rankOnly) && toks[comma]?.text === ',' && /^(?:,|[.;]|\s*$|\s+(?:is|was|will|said|told|has|had)\b)/.test(s.text.slice(p.end))) {
    const back: Token[] = [];
    let k = comma - 1;
    while (k >= 0 && back.length < 10) {
      const t = toks[k]!;
      if (!t.word) break;
      if (t.party || isRoleWord(t.lower) || ['of', 'for', 'to', 'the', 'new'].includes(t.lower) || (t.cap && k > 0)) {
        back.unshift(t);
        k--;
        continue;
      }
      break;
    }
    // After a rank, only a description opened by "the" is the post ("the chief of staff of the army, General A"), not another's title and name ("US Secretary B, Special Envoy A").
    const described = back[0]?.lower === 'the';
    while (back.length && ['the', 'of', 'for', 'to'].includes(back[0]!.lower)) back.shift();
    const role = back.length && ROLE_HEADS.has(back[back.length - 1]!.lower.replace(/s$/, '')) ? roleFromWords(back) : undefined;
    // "The President of Serbia, A,": a title whose side follows "of" holds it too.
    // "The commander of Tigrayan forces, A,", "the chief of staff of the Ethiopian army, B,": the side of the body after "of".
    const ofSide = back.length >= 3 && ((!!back[back.length - 1]!.party && back[back.length - 2]!.lower === 'of') || back.some((t, j) => !!t.party && back.slice(0, j).some((x) => x.lower === 'of')));
    const roleAlt = !role && back.length && back.some((t) => ROLE_HEADS.has(t.lower)) && (back[0]!.party || ofSide) ? roleFromWords(back) : undefined;
    const r = role ?? roleAlt;
    if (rankOnly) {
      if (!described) return;
      // The rank stays the title; the post before the comma gives the side ("of the Ethiopian army").
      const side = r?.party ?? (back.some((t) => ROLE_HEADS.has(t.lower)) ? back.find((t) => t.party)?.party?.name : undefined);
      if (side) p.party = side;
      return;
    }
    if (r) {
      p.role = r;
      if (r.party) p.party = r.party;
      return;
    }
  }
  // Apposition after the name: "Steve Witkoff, the US president’s special envoy for Russia, …".
  const after = s.text.slice(p.end).replace(/^['’]s/, '');
  const m = /^,\s+([^,;()—–]+?)(?=,|;|\s[—–]|\.\s|\.$|$)/.exec(after);
  if (!m) return;
  // "a former culture minister who lectured the Ukrainians": the title ends where a relative clause begins.
  const seg = m[1]!.split(/\s(?:who|which|whose)\s/)[0]!;
  // ", while Kurti came with his deputy …": a clause of its own, no title; "A, included also C": the sentence's verb.
  if (/^(?:also\s)?(?:who|which|that|said|says|and|but|whose|where|when|while|whereas|although|though|as|after|before|because|since|if|whilst|included|includes|including)\b/i.test(seg)) return;
  const segStart = p.end + (s.text.slice(p.end).length - after.length) + m[0].indexOf(seg);
  const segEnd = segStart + seg.length;
  const segToks = toks.filter((t) => t.start >= segStart && t.end <= segEnd);
  // "A, his Houthi counterpart, …": the apposition's side word is A's, as before the name ("his Rwandan counterpart A").
  if (segToks.length === 3 && /^(?:his|her|their)$/.test(segToks[0]!.lower) && segToks[1]!.party && /^counterparts?$/.test(segToks[2]!.lower)) {
    p.party = segToks[1]!.party.name;
    return;
  }
  if (segToks.some((t) => t.cap && isFirstName(t.lower) && !t.party)) return;
  const from = /^from\s+(?:the\s+)?/i.exec(seg);
  if (from) {
    const orgToks = segToks.filter((t) => t.start >= segStart + from[0].length);
    if (orgToks.length && orgToks[0]!.cap) {
      const party = orgToks.find((t) => t.party)?.party?.name;
      p.role = party ? { title: seg.slice(from[0].length), party } : { title: seg.slice(from[0].length) };
      if (party) p.party = party;
    }
    return;
  }
  const head = segToks.slice(0, 8);
  if (!head.some((t) => ROLE_HEADS.has(t.lower))) return;
  // "Zelensky, US envoys resume Berlin talks": a headline's second subject, not A's title. A plural
  // office heading the apposition names others ("A, one of the envoys" keeps its "of").
  const firstHead = head.find((t) => ROLE_HEADS.has(t.lower))!;
  if (/s$/.test(firstHead.lower) && ROLE_HEADS.has(firstHead.lower.slice(0, -1)) && !head.slice(0, head.indexOf(firstHead)).some((t) => /^(?:of|among)$/.test(t.lower))) return;
  const role = roleFromWords(segToks);
  if (role) {
    p.role = role;
    if (role.party) p.party = role.party;
  }
}

/**
 * Gives each mention the fullest form of its name in the item ("Umerov" → "Rustem Umerov"),
 * or the curated name, and shares a party found at one mention with the others.
 */
function resolveNames(perSentence: PersonSpan[][], ctx: ActorContext): void {
  const all = perSentence.flat();
  const shown = [...new Set(all.map((p) => displayName(p.surface)))];
  const words = new Map(shown.map((n) => [n, n.split(' ').length]));
  const resolved = new Map<string, string>();
  const multiWord = shown.filter((n) => words.get(n)! > 1).map((name) => ({ name, key: nameKey(name.split(' ')[0]!) }));
  // The item's own fullest spelling wins ("Rustem Umierov" stays as written); a curated actor's
  // name only completes a surname the item never spells out ("Medinsky" → "Vladimir Medinsky").
  for (const n of shown) {
    let best = n;
    for (const other of shown) {
      if (words.get(other)! > words.get(best)! && sameActor(other, best)) best = other;
    }
    // A given name alone ("Phumtham"), where no full name ends in it: the one full name it opens.
    if (words.get(best) === 1 && multiWord.length) {
      const key = nameKey(best);
      const opens = multiWord.filter((o) => o.key === key).map((o) => o.name);
      if (opens.length === 1 && !isFirstName(best.toLowerCase())) best = opens[0]!;
    }
    const curated = words.get(best)! === 1 ? lexiconMatch(ctx.lexicon, best) : undefined;
    resolved.set(n, curated ?? best);
  }
  for (const p of all) p.name = resolved.get(displayName(p.surface)) ?? p.surface;
  const partyOf = new Map<string, string>();
  for (const p of all) if (p.party && !partyOf.has(nameKey(p.name))) partyOf.set(nameKey(p.name), p.party);
  // Standing actors: prior evidence of a side for a person the text names, never a person added.
  if (ctx.lexicon.actors.length)
    for (const p of all) {
      const key = nameKey(p.name);
      if (partyOf.has(key)) continue;
      const side = standingSide(ctx.lexicon, p.name, ctx.day);
      if (side) partyOf.set(key, side);
    }
  for (const p of all) {
    if (!p.party) {
      const party = partyOf.get(nameKey(p.name));
      if (party) p.party = party;
    }
  }
}
