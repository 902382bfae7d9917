/**
 * Merging a verified model reading into the rules' extraction of the same item, so the knowledge
 * writer receives one `Extraction` whose facts each say who read them.
 *
 * - `both`: the rules' facts and the model's, unioned. A fact both readers give is recorded as
 *   read by both (agreement is what raises confidence: `parley explain` shows it, and such a fact
 *   is kept where the readers disagree on the rest); a person the model places on another side
 *   than the rules do keeps the rules' side, and the model's placement is dropped and counted.
 * - `model`: delegations and rounds (what who-leads and the rounds answer from) are the model's;
 *   the rules' are used only to mark agreement. Mentions, events, statements and topics, which the
 *   reading schema does not ask for, still come from the rules in both modes.
 */
import { SENTENCE_SHAPES_RULE } from '../extract/delegations.js';
import { trimTitle } from '../extract/events.js';
import type { ActorMention, DelegationEvidence, DelegationFact, EventFact, Extraction, Reader, ResolvedDate, RoundFact } from '../extract/types.js';
import { nameKey, sameActor } from '../names.js';
import { resolveParty } from '../parties.js';
import type { Dropped, Verified, VerifiedDelegation } from './gate.js';

/** The rule id model-placed facts carry (the rules carry theirs: `roster.led-by`, …). */
export const MODEL_RULE = 'model.reader';

export interface Merged {
  extraction: Extraction;
  /** The gate's drops and the merge's own (a side the rules contradict). */
  dropped: Dropped[];
}

const withReader = (readers: readonly Reader[] | undefined, r: Reader): Reader[] => {
  const set = new Set<Reader>(readers ?? ['rules']);
  set.add(r);
  return (['rules', 'model'] as const).filter((x) => set.has(x));
};

/** One person within one item: the same key, or a surname standing for the full name. */
const samePerson = (a: string, b: string) => nameKey(a) === nameKey(b) || sameActor(a, b);

/** The fuller of two names for one person ("Rustem Umerov" over "Umerov"). */
const fuller = (a: string, b: string) => (b.split(' ').length > a.split(' ').length ? b : a);

function samePlace(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  if (a.toLowerCase() === b.toLowerCase()) return true;
  // "Saudi Arabia" and "Riyadh": a country and a city in it are one venue.
  const pa = resolveParty(a);
  const pb = resolveParty(b);
  return pa !== null && pa.name === pb?.name && (pa.name.toLowerCase() === a.toLowerCase() || pb.name.toLowerCase() === b.toLowerCase());
}

function sameRound(a: { place?: string; date?: ResolvedDate }, b: { place?: string; date?: ResolvedDate }): boolean {
  if (a.date && b.date) return a.date.date === b.date.date && samePlace(a.place, b.place);
  if (a.date || b.date) return false;
  return a.place !== undefined && b.place !== undefined && samePlace(a.place, b.place);
}

export function mergeReadings(rules: Extraction, verified: Verified, mode: 'model' | 'both'): Merged {
  const sentences = rules.sentences;
  const dropped: Dropped[] = [...verified.dropped];
  const evidence = (i: number) => sentences[i] ?? '';

  // Rounds.
  const rounds: RoundFact[] = mode === 'both' ? rules.rounds.map((r) => ({ ...r, parties: [...r.parties], readers: r.readers ?? ['rules'] })) : [];
  const rulesRound = new Map<number, number>();
  if (mode === 'both') for (let i = 0; i < rules.rounds.length; i++) rulesRound.set(i, i);
  for (const m of verified.rounds) {
    const k = rounds.findIndex((r) => sameRound(r, m));
    if (k >= 0) {
      const r = rounds[k]!;
      r.readers = withReader(r.readers, 'model');
      if (!r.place && m.place) r.place = m.place;
      if (!r.date && m.date) r.date = m.date;
      continue;
    }
    rounds.push({
      ...(m.place ? { place: m.place } : {}),
      ...(m.date ? { date: m.date } : {}),
      parties: [],
      status: m.status,
      sentenceIndex: m.sentenceIndex,
      evidence: evidence(m.sentenceIndex),
      rule: MODEL_RULE,
      readers: ['model'],
    });
  }
  if (mode === 'model') {
    rules.rounds.forEach((r, i) => {
      const k = rounds.findIndex((m) => sameRound(m, r));
      if (k < 0) return;
      rulesRound.set(i, k);
      const m = rounds[k]!;
      m.readers = ['rules', 'model'];
      m.parties = [...new Set([...m.parties, ...r.parties])];
    });
  }
  const roundFor = (link: VerifiedDelegation['round']): number | undefined => {
    if (!link) return undefined;
    const k = rounds.findIndex((r) => (link.date ? r.date?.date === link.date.date && samePlace(r.place, link.place) : link.place !== undefined && samePlace(r.place, link.place) && r.place !== undefined));
    return k >= 0 ? k : undefined;
  };

  // Delegations.
  const delegations: DelegationFact[] =
    mode === 'both'
      ? rules.delegations.map((d) => ({
          ...d,
          leaders: [...d.leaders],
          members: [...d.members],
          people: peopleOf(d).map((p) => ({ ...p, readers: p.readers ?? ['rules'] })),
        }))
      : [];
  const rulesPlaced = rules.delegations.flatMap((d) => [
    ...d.leaders.map((n) => ({ name: n, party: d.party, role: 'leader' as const })),
    ...d.members.map((n) => ({ name: n, party: d.party, role: 'member' as const })),
  ]);
  for (const vd of verified.delegations) {
    const roundIndex = roundFor(vd.round);
    let d = delegations.find((x) => x.party === vd.party && (x.roundIndex === roundIndex || x.roundIndex === undefined || roundIndex === undefined));
    for (const [names, role] of [
      [vd.leaders, 'leader'],
      [vd.members, 'member'],
    ] as const) {
      for (const raw of names) {
        const ruled = rulesPlaced.find((p) => samePerson(p.name, raw));
        if (mode === 'both' && ruled && ruled.party !== vd.party) {
          dropped.push({ what: `${role} ${raw} of ${vd.party}`, why: 'the rules place them on another side' });
          continue;
        }
        const name = ruled ? fuller(ruled.name, raw) : raw;
        const agreed = ruled !== undefined && ruled.party === vd.party;
        if (!d) {
          d = { party: vd.party, leaders: [], members: [], sentenceIndex: vd.sentenceIndex, evidence: evidence(vd.sentenceIndex), people: [] };
          if (roundIndex !== undefined) d.roundIndex = roundIndex;
          delegations.push(d);
        }
        if (d.roundIndex === undefined && roundIndex !== undefined) d.roundIndex = roundIndex;
        place(d, name, role, agreed ? ['rules', 'model'] : ['model'], vd.sentenceIndex);
      }
    }
    if (d && d.roundIndex !== undefined) {
      const r = rounds[d.roundIndex]!;
      if (!r.parties.includes(d.party)) r.parties.push(d.party);
    }
  }

  // Mentions: the rules' (they link every sentence a person is in); the model's people add a
  // role or a person the rules did not find, and mark the mentions both read.
  const actors: ActorMention[] = rules.actors.map((a) => ({ ...a }));
  for (const vp of verified.people) {
    const same = actors.find((a) => a.sentenceIndex === vp.sentenceIndex && samePerson(a.name, vp.name));
    if (same) {
      same.readers = withReader(same.readers, 'model');
      if (!same.role && vp.title) same.role = { title: vp.title.toLowerCase(), ...(vp.party ? { party: vp.party } : {}) };
      if (!same.party && vp.party) same.party = vp.party;
      continue;
    }
    const known = actors.find((a) => samePerson(a.name, vp.name));
    actors.push({
      name: known ? fuller(known.name, vp.name) : vp.name,
      surface: vp.name,
      sentenceIndex: vp.sentenceIndex,
      ...(vp.title ? { role: { title: vp.title.toLowerCase(), ...(vp.party ? { party: vp.party } : {}) } } : {}),
      ...(vp.party ? { party: vp.party } : {}),
      readers: ['model'],
    });
  }

  // Events: the rules', tied to the merged rounds; a dated round only the model read becomes a
  // talks event, as the rules make one of each dated round they find.
  const events: EventFact[] = [];
  for (const e of rules.events) {
    const { roundIndex, ...rest } = e;
    const k = roundIndex !== undefined ? rulesRound.get(roundIndex) : undefined;
    events.push(k !== undefined ? { ...rest, roundIndex: k } : rest);
  }
  rounds.forEach((r, k) => {
    if (!r.date || events.some((e) => e.roundIndex === k)) return;
    const talks = events.find((e) => e.kind === 'talks' && e.roundIndex === undefined && e.date.date === r.date!.date && e.sentenceIndex === r.sentenceIndex);
    if (talks) {
      talks.roundIndex = k;
      return;
    }
    events.push({
      kind: 'talks',
      date: r.date,
      title: trimTitle(r.evidence),
      ...(r.place ? { place: r.place } : {}),
      parties: [...r.parties],
      actors: [],
      topics: [],
      roundIndex: k,
      sentenceIndex: r.sentenceIndex,
      evidence: r.evidence,
    });
  });

  return { extraction: { ...rules, actors, rounds, delegations, events }, dropped };
}

/** A delegation's per-person evidence, filled in for the people an older extraction did not explain. */
function peopleOf(d: DelegationFact): DelegationEvidence[] {
  const out = [...(d.people ?? [])];
  for (const [names, role] of [
    [d.leaders, 'leader'],
    [d.members, 'member'],
  ] as const) {
    for (const name of names) if (!out.some((p) => p.name === name)) out.push({ name, role, rule: SENTENCE_SHAPES_RULE, sentenceIndex: d.sentenceIndex });
  }
  return out;
}

/** Puts a person on a delegation, or marks them read by the model too; a leader by either reader leads. */
function place(d: DelegationFact, name: string, role: 'leader' | 'member', readers: Reader[], sentenceIndex: number): void {
  d.people ??= [];
  const people = d.people;
  const at = people.find((p) => samePerson(p.name, name));
  if (at) {
    at.readers = withReader(at.readers, 'model');
    if (role === 'leader' && at.role === 'member') {
      at.role = 'leader';
      d.members = d.members.filter((n) => n !== at.name);
      if (!d.leaders.includes(at.name)) d.leaders.push(at.name);
    }
    return;
  }
  people.push({ name, role, rule: MODEL_RULE, sentenceIndex, readers });
  (role === 'leader' ? d.leaders : d.members).push(name);
}
