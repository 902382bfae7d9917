import { findParties, type Party, partyByName } from '../parties.js';
import type { Token } from './tokens.js';

/**
 * Sides named without a country word: "the government delegation", "the rebels' team", "signed for
 * the opposition". Such a word stands for a side only when the item itself says whose it is — a
 * government tied to one state ("Colombia's government", "the Ethiopian federal government",
 * "Venezuela's opposition"), one armed movement or one opposition coalition named in the item. When
 * the item ties the word to two sides (a Russian and a Ukrainian government), it stands for neither.
 */

/** Words that stand for the state's side once the item has tied them to one state ("Sudan's army … the army delegation"). */
const GOVERNMENT = new Set(['government', 'govt', 'regime', 'army']);
/**
 * "The republic team", "the Republic's negotiators": the state's side in a report on its talks with
 * one armed movement (the Afghan republic and the Taliban) only, so that a republic in other copy
 * ("the breakaway republic") is never a side.
 */
const REPUBLIC = new Set(['republic']);
/** Words that stand for the one armed movement the item names. */
const ARMED = new Set(['rebel', 'rebels', 'militia', 'militias', 'guerrilla', 'guerrillas', 'insurgents', 'insurgent', 'militants']);
/** A past the word describes, not a side the person sits on now ("the former M-19 guerrilla A", "an ex-rebel commander"). */
const FORMER = new Set(['former', 'ex', 'one-time', 'onetime', 'erstwhile', 'demobilised', 'demobilized', 'reformed']);
/** Words that stand for the one opposition coalition the item names. */
const OPPOSITION = new Set(['opposition']);
/** A government below the state's ("the Tigray regional government", "the provincial government"): no side for the state. */
const SUBNATIONAL = new Set(['regional', 'provincial', 'local', 'municipal', 'county', 'district', 'city']);
/** A government named only as a speaker's employer ("Rwandan government spokesperson A"): no side to the talks. */
const SPEAKING = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'source', 'sources', 'media', 'newspaper', 'broadcaster', 'mouthpiece']);
const POSSESSIVE_DETERMINERS = new Set(['whose', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'another', 'other', 'each']);
/** Words between a state and its government that do not change whose it is ("Ethiopia's federal government"). */
const GOVERNMENT_MODIFIERS = new Set(['internationally', 'recognized', 'recognised', 'legitimate', 'elected', 'federal', 'central', 'national', 'transitional', 'interim', 'military', 'military-led', 'civilian', 'de', 'facto', 'new', 'current', 'caretaker']);

/** The state a generic word is tied to by the words right before it ("Colombia's government"), or "of X" right after. */
function tiedState(toks: readonly Token[], k: number): Party | undefined {
  let j = k - 1;
  while (j >= 0 && toks[j]!.word && GOVERNMENT_MODIFIERS.has(toks[j]!.lower)) j--;
  const before = toks[j];
  if (before?.party && !before.party.nonState) return before.party;
  // "the government of Colombia", "the government of the DRC", "the government in Caracas"
  if (toks[k + 1]?.lower === 'of' || toks[k + 1]?.lower === 'in') {
    const at = toks[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    const p = toks[at]?.party;
    if (p && !p.nonState) return p;
  }
  return undefined;
}

/**
 * The state joined by "and" to the party named at `k` ("Colombia and the ELN", "the ELN and
 * Colombia", "between Kinshasa and the M23"), a determiner allowed before either.
 */
function coordinatedState(toks: readonly Token[], k: number): Party | undefined {
  // The state by its name ("Colombia"), not a demonym before another noun ("the Sudanese army").
  const state = (t: Token | undefined) => (t?.party && !t.party.nonState && !t.poss && t.party.name.endsWith(t.base) ? t.party : undefined);
  let j = k - 1;
  if (toks[j]?.lower === 'the') j--;
  if (toks[j]?.lower === 'and') {
    const p = state(toks[j - 1]);
    if (p) return p;
  }
  let e = k;
  while (toks[e + 1]?.party === toks[k]!.party) e++;
  if (toks[e + 1]?.lower !== 'and') return undefined;
  let at = toks[e + 2]?.lower === 'the' ? e + 3 : e + 2;
  while (toks[at + 1]?.party && toks[at + 1]!.party === toks[at]!.party) at++;
  return state(toks[at]);
}

/** "whose government", "its government", "Kiir's government": someone else's, named by what goes before. */
function ownedByOther(toks: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && toks[j]!.word && GOVERNMENT_MODIFIERS.has(toks[j]!.lower)) j--;
  const before = toks[j];
  if (!before?.word) return false;
  return POSSESSIVE_DETERMINERS.has(before.lower) || (before.poss && before.cap && !before.party);
}

/** "former" or "ex" within two words before (a name, an "M-19", between): the word tells a past. */
function formerBefore(toks: readonly Token[], k: number): boolean {
  let words = 0;
  for (let j = k - 1; j >= Math.max(0, k - 6) && words < 3; j--) {
    if (!toks[j]!.word) continue;
    if (FORMER.has(toks[j]!.lower)) return true;
    words++;
  }
  return false;
}

/** The state a movement fights, while it does not govern it and the item does not host the talks there. */
function foughtState(movement: Party, hosts: ReadonlySet<string>, day: string | undefined): Party | undefined {
  if (!movement.fights || hosts.has(movement.fights)) return undefined;
  if (movement.governs && (day === undefined || day >= movement.governs.since)) return undefined;
  return partyByName(movement.fights);
}

/**
 * Gives generic side words ("government", "rebels", "opposition") the party the item ties them to
 * (never a party the item names as host or mediator, `hosts`), in place on the tokens, and returns the words with their parties: the item's `ItemSides`, which
 * extract() passes to every reader that reads a side from a party word in text, so those read them
 * too. Cheap: one pass over tokens already made, and nothing when the item uses none of the words.
 */
export function assignGenericSides(toks: readonly (readonly Token[])[], hosts: ReadonlySet<string> = new Set(), day?: string): Map<string, Party> {
  const words = new Map<string, Party>();
  /** States the item ties a government to, in the order it first does. */
  const governments = new Map<string, Party>();
  const armed = new Map<string, Party>();
  const political = new Map<string, Party>();
  /** States named in a sentence beside an armed movement ("Colombia and the ELN resumed talks"). */
  const besideArmed = new Map<string, Party>();
  let any = false;
  for (const sentence of toks)
    sentence.forEach((t, k) => {
      if (t.party) {
        if (t.party.nonState === 'armed') {
          armed.set(t.party.name, t.party);
          if (sentence[k - 1]?.party !== t.party) {
            const state = coordinatedState(sentence, k);
            if (state && !hosts.has(state.name)) besideArmed.set(state.name, state);
          }
        }
        else if (t.party.nonState === 'political') {
          political.set(t.party.name, t.party);
          // "the Venezuelan opposition" (one coalition's name) says whose the government is too:
          // the state its first word names, when that word opens the coalition's name.
          if (sentence[k - 1]?.party !== t.party) {
            const state = findParties(t.base)[0]?.party;
            if (state && !state.nonState && state !== t.party && !hosts.has(state.name)) governments.set(state.name, state);
          }
        }
        return;
      }
      if (!t.word) return;
      if (GOVERNMENT.has(t.lower) || OPPOSITION.has(t.lower)) {
        // "Venezuela's opposition" says whose the government is too.
        const state = tiedState(sentence, k);
        // "hosted by the Venezuelan government": the host's government is no side's; nor is a speaker's.
        if (state && !hosts.has(state.name) && !SPEAKING.has(sentence[k + 1]?.lower ?? '')) governments.set(state.name, state);
        any = true;
      } else if (ARMED.has(t.lower)) any = true;
    });
  if (!any) return words;
  const only = (m: Map<string, Party>) => (m.size === 1 ? [...m.values()][0] : undefined);
  // Exactly one state's government named as such (not a host's, not a speaker's employer): two, as
  // between two states ("signed for the government of the DRC and … the government of Rwanda"), give neither.
  const rebels = only(armed);
  // No government named as such: the one state an item names beside its one armed movement is the
  // state that movement negotiates with ("Colombia and the ELN … the government delegation").
  // Nor that: the state the one movement fights (the overlay's `fights`), unless it governs it by the
  // report's day or the item names that state as host ("the government team … the Houthis" is Yemen's).
  const government = only(governments) ?? (!governments.size && rebels ? (besideArmed.size ? only(besideArmed) : foughtState(rebels, hosts, day)) : undefined);
  const opposition = only(political);
  const give = (set: ReadonlySet<string>, p: Party | undefined) => {
    if (p) for (const w of set) words.set(w, p);
  };
  give(GOVERNMENT, government);
  const republic = rebels ? government : undefined;
  give(REPUBLIC, republic);
  give(ARMED, rebels);
  give(OPPOSITION, opposition);
  for (const sentence of toks)
    sentence.forEach((t, k) => {
      // "The Government delegation" (state media capitalise it): the same word.
      if (t.party || !t.word) return;
      if (GOVERNMENT.has(t.lower)) {
        if (government && !tiedState(sentence, k) && !ownedByOther(sentence, k) && !SUBNATIONAL.has(sentence[k - 1]?.lower ?? '')) t.party = government;
      } else if (REPUBLIC.has(t.lower)) {
        if (republic && !tiedState(sentence, k) && !ownedByOther(sentence, k)) t.party = republic;
      } else if (ARMED.has(t.lower)) {
        // "the former M-19 guerrilla A" (a government negotiator's past, another movement's word between): no side.
        if (rebels && !formerBefore(sentence, k)) t.party = rebels;
      } else if (OPPOSITION.has(t.lower)) {
        // "Venezuela's opposition" is the opposition, not Venezuela's government: the coalition when named.
        if (opposition) t.party = opposition;
      }
    });
  return words;
}
