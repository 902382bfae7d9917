import { findParties } from '../parties.js';
import type { PersonSpan } from './actors.js';
import { type DateSpan, tenseOf } from './dates.js';
import { TALKS_RE } from './lexicons.js';
import { findPlaces, type Place, placesCompatible } from './places.js';
import type { Token } from './tokens.js';
import type { ResolvedDate, RoundFact } from './types.js';

export interface RoundDraft {
  place?: Place;
  date?: ResolvedDate;
  parties: string[];
  status: 'held' | 'scheduled';
  sentenceIndex: number;
  evidence: string;
  /** Every sentence that mentioned this round, for tying delegations to it. */
  sentences: number[];
  strong: boolean;
}

const PARTICIPANTS =
  /^(?:negotiators|officials|delegation|delegations|team|teams|side|sides|talks|negotiations|envoys|envoy|diplomats|counterparts|leaders|representatives|delegates|meeting|consultations|discussions|round)$/;
const STRONG = /\b(?:talks|negotiations|round|trilateral|consultations|discussions)\b/i;
const NOT_ROUND = /\b(?:phone call|call|spoke by phone|telephone|video link|videoconference)\b/i;

function partiesOfClause(clause: string, tokens: Token[], people: PersonSpan[]): string[] {
  const out = new Set<string>();
  for (const p of people) if (p.party) out.add(p.party);
  // Party adjectives in front of the participants: "American and Ukrainian negotiators", "US-Russia talks".
  tokens.forEach((t, i) => {
    if (!PARTICIPANTS.test(t.lower)) return;
    let j = i - 1;
    while (j >= 0) {
      const u = tokens[j]!;
      if (u.party) {
        for (const pm of findParties(u.text)) out.add(pm.party.name);
        j--;
        continue;
      }
      if (u.lower === 'and' || u.text === ',' || u.text === '-' || u.lower === 'the') {
        j--;
        continue;
      }
      break;
    }
  });
  for (const m of clause.matchAll(/\b(?:with|between)\s+(?:the\s+)?([^,;.]{2,60})/g)) {
    const seg = m[1]!.split(/\b(?:on|in|at|to|for|over|about|after|before|which|that)\b/)[0]!;
    for (const pm of findParties(seg)) out.add(pm.party.name);
  }
  return [...out];
}

/** Splits "Sunday’s talks in Riyadh, followed by US-Russia talks on Monday" into its two rounds. */
function clauses(sentence: string): [number, number][] {
  const cuts: number[] = [0];
  for (const m of sentence.matchAll(/,?\s+(?:followed by|and then|before|ahead of)\s+/g)) cuts.push(m.index);
  cuts.push(sentence.length);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) out.push([cuts[i]!, cuts[i + 1]!]);
  return out;
}

export function findRoundCandidates(
  sentence: string,
  tokens: Token[],
  people: PersonSpan[],
  dates: DateSpan[],
  sentenceIndex: number,
  published: Date,
): RoundDraft[] {
  if (!TALKS_RE.test(sentence)) return [];
  const out: RoundDraft[] = [];
  for (const [s, e] of clauses(sentence)) {
    const clause = sentence.slice(s, e);
    const cue = TALKS_RE.exec(clause);
    if (!cue) continue;
    if (NOT_ROUND.test(clause) && !STRONG.test(clause.replace(NOT_ROUND, ''))) continue;
    const ctoks = tokens.filter((t) => t.start >= s && t.end <= e);
    const places = findPlaces(ctoks);
    // The venue is the place nearest the talks word ("met in Saudi Arabia"), not any place in the
    // clause ("trust in Washington").
    const cueAt = s + cue.index;
    const cueTok = ctoks.findIndex((t) => t.start >= cueAt);
    const cityFirst = [...places].sort((a, b) => Math.abs(a.first - cueTok) - Math.abs(b.first - cueTok))[0];
    const date = dates.find((d) => d.start >= s && d.end <= e);
    if (!cityFirst && !date) continue;
    const cpeople = people.filter((p) => p.start >= s && p.end <= e);
    const parties = partiesOfClause(clause, ctoks, cpeople).filter((p) => p !== cityFirst?.place.name);
    let status: 'held' | 'scheduled' = 'held';
    const pubDay = published.toISOString().slice(0, 10);
    if (date) {
      const cmp = date.precision === 'day' ? pubDay : date.precision === 'month' ? `${pubDay.slice(0, 7)}-01` : `${pubDay.slice(0, 4)}-01-01`;
      if (date.date > cmp) status = 'scheduled';
      else if (date.date === cmp && (date.tense === 'future' || tenseOf(clause) === 'future')) status = 'scheduled';
    } else if (tenseOf(clause) === 'future') status = 'scheduled';
    const d: RoundDraft = {
      parties,
      status,
      sentenceIndex,
      evidence: sentence,
      sentences: [sentenceIndex],
      strong: STRONG.test(clause),
    };
    if (cityFirst) d.place = cityFirst.place;
    if (date) d.date = { date: date.date, precision: date.precision, text: date.text, ...(date.approximate ? { approximate: true } : {}) };
    out.push(d);
  }
  // "in Riyadh … followed by US-Russia talks on Monday": the second round happens in the same place.
  if (out.length > 1) for (const d of out.slice(1)) if (!d.place && out[0]!.place) d.place = out[0]!.place;
  return out;
}

function datesCompatible(a: ResolvedDate | undefined, b: ResolvedDate | undefined): boolean {
  if (!a || !b) return true;
  if (a.precision === 'day' && b.precision === 'day') return a.date === b.date;
  const n = a.precision === 'year' || b.precision === 'year' ? 4 : 7;
  return a.date.slice(0, n) === b.date.slice(0, n);
}

function partiesCompatible(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return true;
  return a.some((x) => b.includes(x));
}

/** Merges mentions of one round within an item: same date, compatible place and parties. */
export function mergeRounds(cands: RoundDraft[]): RoundDraft[] {
  const out: RoundDraft[] = [];
  for (const c of cands) {
    const fits = out.filter((r) => {
      if (!datesCompatible(r.date, c.date) || !placesCompatible(r.place, c.place) || !partiesCompatible(r.parties, c.parties)) return false;
      // Undated mentions join a dated round only by place; dateless and placeless ones never merge.
      if (!r.date || !c.date) return !!(r.place && c.place);
      return true;
    });
    // A day-exact match beats a month-wide one ("on Sunday" joins Sunday's round, not "this month"'s).
    const target = fits.find((r) => r.date && c.date && r.date.date === c.date.date && r.date.precision === c.date.precision) ?? fits[0];
    if (!target) {
      out.push({ ...c, parties: [...c.parties], sentences: [...c.sentences] });
      continue;
    }
    if (c.place && (!target.place || (c.place.city && !target.place.city))) target.place = c.place;
    if (c.date && (!target.date || (target.date.precision !== 'day' && c.date.precision === 'day'))) target.date = c.date;
    for (const p of c.parties) if (!target.parties.includes(p)) target.parties.push(p);
    target.sentences.push(...c.sentences);
    target.strong ||= c.strong;
    if (c.status === 'scheduled' && target.date && c.date && target.date.date === c.date.date) target.status = 'scheduled';
  }
  return out.filter((r) => r.parties.length >= 2 || (r.parties.length === 0 && r.place && r.date && r.strong));
}

export function toRoundFact(r: RoundDraft): RoundFact {
  const f: RoundFact = {
    parties: r.parties,
    status: r.status,
    sentenceIndex: r.sentenceIndex,
    evidence: r.evidence,
  };
  if (r.place) f.place = r.place.name;
  if (r.date) f.date = r.date;
  return f;
}
