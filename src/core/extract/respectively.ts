/**
 * "The Russian and Ukrainian delegations were led by Medinsky and Umerov, respectively": two lists
 * of equal length paired in order (issue 10). The sides are the party words of the sentence that no
 * listed person's own title holds; the people are the sentence's names. Each pair is one side's
 * leader (a leading verb in the sentence) or member (a word for a delegation or for representing).
 *
 * Read only when the counts match and no person's own side contradicts the pairing: anything else
 * is left to the other readers. A pair read here is the person's side for the whole item, as a
 * stated side is (see `index.ts`), so a reader that took the nearer party word is overruled.
 */
import { findParties, type ItemSides } from '../parties.js';
import { execAll } from './regex.js';
import { type PersonSpan, statedSide } from './actors.js';
import { TALKS_RE } from './lexicon.js';
import type { DelegationDraft } from './delegations.js';
import type { Token } from './tokens.js';

export const RESPECTIVELY_RULE = 'delegation.respectively';

const RESPECTIVELY = /\brespectively\b/i;
const LEADS = /\b(?:led|leads?|leading|headed|heads?|heading|chaired|chairs?|chairing)\b/i;
const TABLE = /\b(?:delegations?|teams?|sides|negotiators|represented|representing|represent)\b/i;
/** Between a party word and the name its title belongs to: title words only ("Russian presidential aide"). */
const OWN_TITLE_GAP = /^(?:\s+[\p{L}.'’-]+){0,4}\s+$/u;

/** `locate`: indexes of tokens inside place phrases ("at the talks in Washington"), never a side here; computed only when needed. */
export function respectiveDelegations(text: string, toks: Token[], locate: () => ReadonlySet<number>, people: PersonSpan[], sentenceIndex: number): DelegationDraft[] {
  if (people.length < 2 || !RESPECTIVELY.test(text)) return [];
  const leader = LEADS.test(text);
  if (!leader && !TABLE.test(text)) return [];
  // Party words not held by a listed person's own title, each side once, in order.
  const located = locate();
  const sides: string[] = [];
  for (const [k, t] of toks.entries()) {
    if (!t.party || located.has(k)) continue;
    const holder = people.find((p) => p.start >= t.end && OWN_TITLE_GAP.test(text.slice(t.end, p.start)) && !/\band\b|,/.test(text.slice(t.end, p.start)));
    if (holder && statedSide(holder) === t.party.name) continue;
    if (people.some((p) => t.start >= p.start && t.end <= p.end)) continue;
    if (!sides.includes(t.party.name)) sides.push(t.party.name);
  }
  const names: PersonSpan[] = [];
  for (const p of people) if (!names.some((q) => q.name === p.name)) names.push(p);
  if (sides.length < 2 || sides.length !== names.length) return [];
  if (names.some((p, i) => (statedSide(p) ?? sides[i]) !== sides[i])) return [];
  return names.map((p, i) => ({
    party: sides[i]!,
    leaders: leader ? [p.name] : [],
    members: leader ? [] : [p.name],
    sentenceIndex,
    rule: RESPECTIVELY_RULE,
  }));
}

export const FOR_SIDES_RULE = 'delegation.for-sides';

/** The sides' negotiators or delegations named as such: a sentence at a table. */
const NEGOTIATORS = /\b(?:negotiators|delegations|heads\s+of\s+(?:the\s+)?delegations?)\b/i;
/** Right before the pairs, a leaders' noun: "the chief negotiators, ", "the heads of delegation: ". */
const LEADERS_BEFORE = /\b(?:(?:chief|lead|top)\s+negotiators|heads\s+of\s+(?:the\s+|both\s+)?(?:two\s+)?(?:negotiating\s+)?delegations?)\s*(?:[,:(—–-]\s*)?$/i;

/** "A for Tehran": a person, then "for" and a side's name (a party word or a capital standing for it). */
// "for the government", "for the rebels": the item's generic side words, in lower case too.
const FOR_AFTER = /^\s+for\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,3}|government|opposition|rebels|guerrillas)\b/u;

/**
 * "… were purely political: A for Tehran, B for Washington": each person with the side named right
 * after them, as a list of at least two sides. Read only when every such person names a different
 * side and none of them states another side of their own.
 */
export function forSidesDelegations(text: string, people: PersonSpan[], sentenceIndex: number, sides?: ItemSides): DelegationDraft[] {
  // At a table: talks or a meeting named in the sentence, or a signing ("A signed for X, B for Y" is roster.represent-before's).
  // A sentence naming the sides' negotiators or delegations is at a table too ("the chief negotiators, A for X and B for Y").
  if (people.length < 2 || !text.includes(' for ') || !(TALKS_RE.test(text) || /\bsign(?:ed|ing|s)?\b/i.test(text) || NEGOTIATORS.test(text))) return [];
  const pairs: { p: PersonSpan; side: string }[] = [];
  for (const p of people) {
    const m = FOR_AFTER.exec(text.slice(p.end));
    // "for the Government": the item's generic side word names whose.
    const side = m ? findParties(m[1]!, { sides })[0]?.party.name : undefined;
    if (side && !pairs.some((x) => x.p.name === p.name)) pairs.push({ p, side });
  }
  if (pairs.length < 2 || new Set(pairs.map((x) => x.side)).size !== pairs.length) return [];
  if (pairs.some(({ p, side }) => (statedSide(p) ?? side) !== side)) return [];
  // "the chief negotiators, A for X and B for Y", "the heads of delegation: A for X, …": each leads their side.
  const lead = LEADERS_BEFORE.test(text.slice(Math.max(0, pairs[0]!.p.start - 60), pairs[0]!.p.start));
  return pairs.map(({ p, side }) => ({ party: side, leaders: lead ? [p.name] : [], members: lead ? [] : [p.name], sentenceIndex, rule: FOR_SIDES_RULE }));
}

/**
 * "A met with his British, French and German counterparts - B, C and D -", "her Russian counterpart,
 * E": the party words before "counterparts" paired in order with the names listed right after. Each
 * such name states that side in the sentence as a party word before it would; read only when the
 * counts match and no listed person states another side of their own.
 */
const COUNTERPARTS = /\b(?:his|her|their)\s(\p{Lu}[\p{L}-]*(?:,\s\p{Lu}[\p{L}-]*){0,6}(?:,?\sand\s\p{Lu}[\p{L}-]*)?)\scounterparts?\s?(?:[,:(]|\s[—–-]{1,2})?\s/gu;
/** Between two listed names: a comma, "and", or both. */
const NAME_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;

export function counterpartSides(text: string, people: PersonSpan[]): void {
  if (!text.includes('counterpart')) return;
  for (const m of execAll(COUNTERPARTS, text)) {
    const sides = m[1]!.split(/,\s|\sand\s|,\sand\s/).map((w) => findParties(w.trim())[0]?.party.name);
    if (sides.some((x) => !x) || new Set(sides).size !== sides.length) continue;
    const from = m.index + m[0].length;
    const first = people.findIndex((p) => p.start >= from);
    if (first < 0 || text.slice(from, people[first]!.start).trim()) continue;
    const listed = [people[first]!];
    for (let k = first + 1; k < people.length && listed.length < sides.length && NAME_GAP.test(text.slice(people[k - 1]!.end, people[k]!.start)); k++) listed.push(people[k]!);
    if (listed.length !== sides.length || listed.some((p, i) => (statedSide(p) ?? sides[i]) !== sides[i])) continue;
    listed.forEach((p, i) => {
      p.party = sides[i];
    });
  }
}
