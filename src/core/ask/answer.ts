import { type Stance, stancesOf } from '../extract/statements.js';
import { sameActor } from '../names.js';
import { possessive, truncate } from '../queries/common.js';
import { leadershipLine } from '../queries/delegations.js';
import type { AskLine, AskResult, DelegationOut, EventOut, RoundRef, SourceRef, StatementOut } from '../schemas.js';
import { formatRange } from './dates.js';
import { NEWS_ORGS } from '../extract/lexicon.js';
import { findParties } from '../parties.js';
import type { AskKnowledge, RoleHolder, RoundRow } from './knowledge.js';
import { CONDITION_CUES, EXAMPLE_QUESTIONS, WANTED_CUES, type Intent, type StanceIntent } from './lexicon.js';
import type { Reading } from './parse.js';
import { type ActorEntry, placeMatches, type Vocabulary } from './vocabulary.js';

/** Lines of evidence shown under an answer: enough to judge it, few enough to read in chat. */
const MAX_LINES = 6;
/** Statements read per question: the newest of a speaker, side or window (indexes walk them newest first). */
const MAX_STATEMENTS = 150;
/** Developments read per question before ranking; per day of a range of up to MAX_RANGE_DAYS. */
const MAX_EVENTS = 30;
const PER_DAY = 4;
const MAX_RANGE_DAYS = 14;
/**
 * Developments read, newest first, to find those of a stance ("agreed"): the question is answered
 * from the latest of them, so a base of years answers as fast as a week's.
 */
const STANCE_SCAN = 80;

interface Found {
  /** The understood line: what was asked, as the answer reads it. */
  line: string;
  answer: string;
  lines?: AskLine[];
  data?: unknown;
  /** Phrases the answer itself could not use (an unknown name, say). */
  unknown?: string[];
  /** The answer already suggests questions to ask instead. */
  examples?: boolean;
}

const day = (iso: string | null | undefined, precision?: string | null) => {
  if (!iso) return 'undated';
  if (precision === 'month') return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (precision === 'year') return iso.slice(0, 4);
  return formatRange(iso, iso);
};
/** "as reported 24 Mar 2025", or "date not known" when only a future-dated report says so. */
const reported = (asOf: string | null | undefined) => (asOf ? `as reported ${day(asOf)}` : 'date not known');
const joinNames = (names: string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** Evidence as shown: one line, bounded. */
const clean = (text: string) => truncate(text.replace(/\s+/g, ' ').trim(), 320);
/** A long sentence cut to the words around a name: a role's evidence is the clause that names the holder. */
function excerpt(text: string, name: string, radius = 6): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length <= 2 * radius + 6) return clean(text);
  const last = name.split(' ').pop()!.toLowerCase();
  const at = words.findIndex((w) => w.toLowerCase().replace(/[^\p{L}]/gu, '').startsWith(last.replace(/[^\p{L}]/gu, '')));
  if (at < 0) return clean(text);
  const from = Math.max(0, at - radius);
  const to = Math.min(words.length, at + radius + 1);
  return `${from > 0 ? '… ' : ''}${words.slice(from, to).join(' ')}${to < words.length ? ' …' : ''}`;
}

/** Every day from one ISO day to another, inclusive. */
function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`) && out.length <= 366; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** One line per sentence: a statement and the event told by the same sentence are one line. */
function dedupe<T extends { line: AskLine }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const key = x.line.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().slice(0, 80);
    return !seen.has(key) && seen.add(key);
  });
}

function uniqueSources(refs: SourceRef[], max = 3): SourceRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(r.url || r.title) && seen.add(r.url || r.title)).slice(0, max);
}

/** Whose words a question asks for: people, a side, a body, or anyone. */
interface Speaker {
  label: string;
  actorIds?: number[];
  party?: string;
  person?: ActorEntry;
  body?: string;
  /** An office asked for that no report names a holder of ("the US secretary of state"): the side speaks instead. */
  vacant?: string;
}

/** Everything `ask` answers with, one function per intent over one reading. */
/** What the answers read without waiting: the vocabulary and the coverage's last day, read once per question. */
type AnswerKnowledge = Omit<AskKnowledge, 'vocabulary' | 'lastDay'> & {
  vocabulary: { get(): Vocabulary; onRecord(word: string): Promise<boolean> };
  lastDay(): string | null;
};

export function createAnswerer(kb: AskKnowledge) {
  return async function answer(r: Reading): Promise<AskResult> {
    const [vocab, last] = await Promise.all([kb.vocabulary.get(), kb.lastDay()]);
    return answerer({ ...kb, vocabulary: { get: () => vocab, onRecord: (w) => kb.vocabulary.onRecord(w) }, lastDay: () => last })(r);
  };
}

/** The answers to one question (their memo of delegations is the question's). */
function answerer(kb: AnswerKnowledge) {
  /** A topic as words in a sentence: "maritime", "energy infrastructure strikes". */
  const topicLabel = (id: string) => lowerFirst(kb.dossier.topics.find((t) => t.id === id)?.label.split(' / ')[0] ?? id);
  const topicRes = new Map<string, RegExp>();
  /** Does a text speak of a topic, by the dossier's terms or the words people use for it? */
  function mentionsTopic(text: string, id: string): boolean {
    let re = topicRes.get(id);
    if (!re) {
      const phrases = kb.vocabulary.get().topics.find((t) => t.id === id)?.reportPhrases ?? [id];
      re = new RegExp(`(?<![\\p{L}])(?:${phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'iu');
      topicRes.set(id, re);
    }
    return re.test(text);
  }
  /** Words of an unlinked phrase, each by its stem: "new elections" is found in "a new election". */
  const mentionsWords = (text: string, phrase: string) =>
    phrase
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 2)
      .every((w) => text.toLowerCase().includes(w.slice(0, Math.max(4, w.length - 2))));
  const mentionsPerson = (text: string, p: ActorEntry) => text.toLowerCase().includes(p.name.split(' ').pop()!.toLowerCase());

  /** "in Riyadh on 23 Mar 2025, about maritime": the question's place, date or range, and topics. */
  /**
   * "What was agreed about Crimea": items that name the specific thing asked; when none does,
   * say so and keep the topic's items as related.
   */
  function bySpecifics<T>(r: Reading, items: T[], textOf: (x: T) => string): { items: T[]; note: string } {
    if (!r.specifics.length) return { items, note: '' };
    const named = items.filter((x) => r.specifics.some((sp) => mentionsWords(textOf(x), sp)));
    if (named.length) return { items: named, note: '' };
    const topics = r.topics.map(topicLabel).join(' and ');
    const asked = joinNames(r.specifics.map((sp) => sp.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())));
    return { items, note: `Nothing on record about ${asked} itself${items.length ? `; related, on ${topics}:` : '.'}` };
  }

  function filters(r: Reading): string {
    const parts: string[] = [];
    if (r.place) parts.push(`in ${r.place.name}`);
    if (r.dates) parts.push(r.dates.from === r.dates.to ? `on ${formatRange(r.dates.from, r.dates.to)}` : `over ${formatRange(r.dates.from, r.dates.to)}`);
    const about = [...r.topics.map(topicLabel), ...r.aboutPersons.map((p) => p.name), ...r.about];
    const where = parts.join(' ');
    return about.length ? `${where}${where ? ', ' : ''}about ${joinNames(about)}` : where;
  }
  const withFilters = (head: string, r: Reading) => {
    const f = filters(r);
    return f ? `${head} ${f}` : head;
  };
  /** The side as asked: "Russia (the Kremlin)", "Russia's foreign ministry". */
  const side = (r: Reading) => {
    if (!r.party) return undefined;
    if (r.party.body) return `${possessive(r.party.name)} ${r.party.body}`;
    if (!r.party.institution) return r.party.name;
    const inst = r.party.surface.replace(/^the\s+/i, '').replace(/['’]s?$/, '');
    const titled = /^[A-Z]{2,}$/.test(inst) ? inst : inst.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    return `${r.party.name} (${/^[A-Z]{2,}$/.test(inst) ? '' : 'the '}${titled})`;
  };
  const coverage = () => {
    const last = kb.lastDay();
    return last ? ` The sources on record end on ${day(last)}.` : '';
  };
  const beyondCoverage = (r: Reading) => {
    const last = kb.lastDay();
    return r.dates && last && r.dates.from > last ? coverage() : '';
  };

  // ── lines of evidence

  const statementLines = (list: StatementOut[], max = MAX_LINES): AskLine[] => statementItems(list, max).map((x) => x.line);

  function statementItems(list: StatementOut[], max = MAX_LINES): { date: string; line: AskLine }[] {
    // A quote the sentence splitter cut in two ("productive and focused. We addressed…") reads as one
    // remark, in the report's order, wherever its parts stand in the list.
    const at = new Map(list.map((s) => [`${s.source.url}|${s.speaker}|${s.sentenceIndex}`, s]));
    const continues = (s: StatementOut) => (s.mode === 'direct' || /^["“]|^[^“"]*[”"]/.test(s.evidence)) && at.has(`${s.source.url}|${s.speaker}|${s.sentenceIndex - 1}`);
    const rootOf = (s: StatementOut): StatementOut => (continues(s) ? rootOf(at.get(`${s.source.url}|${s.speaker}|${s.sentenceIndex - 1}`)!) : s);
    const parts = new Map<StatementOut, StatementOut[]>();
    for (const s of list) {
      const root = rootOf(s);
      parts.set(root, [...(parts.get(root) ?? []), s]);
    }
    const joined = [...parts.entries()].map(([root, ps]) => ({
      ...root,
      evidence: ps
        .sort((a, b) => a.sentenceIndex - b.sentenceIndex)
        .map((p) => p.evidence)
        .join(' '),
    }));
    // One line per remark: the same quote reported by three outlets is one line with three sources.
    const groups = new Map<string, { s: StatementOut; sources: SourceRef[] }>();
    for (const s of joined) {
      const key = (s.quote && s.quote.split(/\s+/).length >= 4 ? s.quote : s.evidence).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().slice(0, 120);
      const g = groups.get(key);
      if (g) g.sources.push(s.source);
      else groups.set(key, { s, sources: [s.source] });
    }
    return [...groups.values()].slice(0, max).map(({ s, sources }) => {
      const who = s.actor && !sameActor(s.actor, s.speaker) ? `${s.speaker} (${s.actor})` : (s.actor ?? s.speaker);
      return { date: s.date ?? '', line: { lead: `${day(s.date, s.datePrecision)} · ${who}`, text: clean(s.evidence), sources: uniqueSources(sources) } };
    });
  }
  const eventLine = (e: EventOut): AskLine => ({
    lead: `${day(e.date, e.datePrecision)}${e.place ? ` · ${e.place}` : ''}`,
    text: clean(e.title),
    sources: uniqueSources(e.sources),
  });
  const roundLabel = (round: RoundRef | RoundRow | null) =>
    round ? `${round.place ?? 'place unknown'}, ${day(round.date, 'precision' in round ? round.precision : round.datePrecision)}${round.status === 'scheduled' ? ' (scheduled)' : ''}` : 'round not identified';
  /** Where a delegation sat, as a sentence says it: "at Riyadh, 24 Mar 2025", "on 6 Oct 2025 (place not reported)", "in reports naming no round". */
  const atRound = (round: RoundRef | null): string => {
    if (!round) return 'in reports naming no round';
    const when = day(round.date, round.datePrecision);
    const scheduled = round.status === 'scheduled' ? ' (scheduled)' : '';
    return round.place ? `at ${round.place}, ${when}${scheduled}` : `on ${when}${scheduled} (place not reported)`;
  };

  // ── who leads / who was in

  function roundFilter(r: Reading): ((round: RoundRef | null) => boolean) | undefined {
    if (!r.place && !r.dates) return undefined;
    return (round) => {
      if (!round) return false;
      if (r.place && !placeMatches(round.place, r.place.name)) return false;
      if (r.dates) {
        if (!round.date) return false;
        const end = round.datePrecision === 'month' ? `${round.date.slice(0, 7)}-31` : round.date;
        if (end < r.dates.from || round.date > r.dates.to) return false;
      }
      return true;
    };
  }

  async function delegationsFor(r: Reading): Promise<{ party: string; list: DelegationOut[] }[]> {
    const keep = roundFilter(r);
    // Without a side: the sides of the newest round that matches (the place or dates asked), not every side ever.
    const newest = r.party || r.persons[0]?.party ? undefined : (await kb.rounds(r.dates ? { from: r.dates.from, to: r.dates.to } : {})).find((x) => x.status === 'held' && x.date && (!r.place || placeMatches(x.place, r.place.name)));
    // "which delegation was bigger": every side of the negotiation, each at its newest round.
    const parties = r.party && !r.compareSize ? [r.party.name] : r.persons[0]?.party && !r.compareSize ? [r.persons[0].party] : r.compareSize ? (r.party && r.counterpart ? [r.party.name, r.counterpart.name] : [...kb.dossier.principals]) : (newest?.parties ?? []);
    const out: { party: string; list: DelegationOut[] }[] = [];
    for (const party of [...new Set(parties)]) {
      const list = await kb.delegations.ofParty(party, { limit: 5, ...(keep ? { keep } : {}) });
      if (list.length) out.push({ party, list });
    }
    return out;
  }

  async function whoLeads(r: Reading, members: boolean): Promise<Found> {
    const sideName = r.compareSize ? undefined : r.party?.name;
    const head = `${sideName ? `${possessive(sideName)} delegation` : 'Delegations'}${r.place ? ` in ${r.place.name}` : ''}${r.dates ? `, ${formatRange(r.dates.from, r.dates.to)}` : ''}`;
    const found = await delegationsFor(r);
    // "which countries met near London": no team on record there, but what happened there names who met.
    if (!found.length && !sideName && !r.unknownName && (r.place || r.dates)) {
      const there = await happened({ ...r, intent: 'happened' });
      if (there.lines?.length) return there;
    }
    // "umierov still running KYIV team 24/3?": no team of that side that day, but one on another day is the nearest answer.
    if (!found.length && r.dates && (r.party || r.persons.length) && !r.compareSize) {
      const undated = await whoLeads({ ...r, dates: undefined }, members);
      if (!/^Nothing on record/.test(undated.answer)) {
        return { ...undated, line: `${head}:`, answer: `Nothing on record about ${sideName ? `${possessive(sideName)} delegation` : 'a delegation'} on ${formatRange(r.dates.from, r.dates.to)}; the nearest on record: ${undated.answer}` };
      }
    }
    if (!found.length) {
      // Talks there and then are on record, but no report names their people ("who led the US delegation in Jeddah"): say which.
      const held = r.place || r.dates ? (await kb.rounds(r.dates ? { from: r.dates.from, to: r.dates.to } : {})).filter((x) => x.status === 'held' && (!r.place || placeMatches(x.place, r.place.name)) && (!sideName || x.parties.includes(sideName))) : [];
      const known = held.length ? `: the talks ${held.slice(0, 2).map((x) => `at ${roundLabel(x)} (${x.parties.join('–')})`).join(' and ')} are reported, but no source names ${sideName ? 'its' : 'their'} people` : '';
      return {
        line: `${head}:`,
        answer: `Nothing on record about ${sideName ? `${possessive(sideName)} delegation` : 'a delegation'}${r.place ? ` in ${r.place.name}` : ''}${r.dates ? ` on ${formatRange(r.dates.from, r.dates.to)}` : ''}${known}.${beyondCoverage(r)}`,
        ...(held.length ? { lines: await roundLinesOf(held.slice(0, 2)) } : {}),
      };
    }
    const lines: AskLine[] = [];
    const sentences: string[] = [];
    for (const { party, list } of found.slice(0, r.compareSize ? 4 : 3)) {
      // The newest matching round; if it names no leader, the latest round that does, too.
      const shown = [list[0]!];
      if (!members && !list[0]!.leaders.length) {
        const named = list.find((d) => d.leaders.length);
        if (named) shown.push(named);
      }
      if (members && !r.compareSize && list.length > 1 && !r.place && !r.dates && list[1]!.round && list[1]!.round.date !== list[0]!.round?.date) shown.push(list[1]!);
      for (const d of shown) {
        const who = members ? membersLine(d) : leadershipLine(d);
        const at = atRound(d.round);
        sentences.push(`${found.length > 1 || !sideName ? `${party}, ${at}` : at.charAt(0).toUpperCase() + at.slice(1)}: ${who}`);
        lines.push({ lead: `${party} · ${roundLabel(d.round)}`, text: clean(d.evidence), sources: uniqueSources(d.sources, 4) });
      }
    }
    let answer = sentences.join(' ');
    if (r.compareSize && found.length > 1) {
      const sized = found.map(({ party, list }) => ({ party, n: list[0]!.leaders.length + list[0]!.members.length, at: atRound(list[0]!.round) }));
      const most = Math.max(...sized.map((x) => x.n));
      const largest = sized.filter((x) => x.n === most).map((x) => x.party);
      answer = `By the people the sources name: ${sized.map((x) => `${x.party} ${x.n} (${x.at})`).join(', ')}; ${largest.length > 1 ? `${joinNames(largest)} the same size` : `the largest: ${largest[0]}'s`}. ${answer}`;
    }
    const person = r.persons[0];
    if (person && found.length && r.yesNo) {
      // "Was Umerov leading the delegation?" — yes or no first.
      const d = found[0]!.list[0]!;
      const isLeader = d.leaders.includes(person.name);
      const isMember = d.members.includes(person.name);
      if (members) answer = `${isLeader || isMember ? 'Yes' : 'No source says so'}: ${person.name} ${isLeader || isMember ? 'was' : 'is not listed'} in ${possessive(found[0]!.party)} delegation ${atRound(d.round)}${isLeader ? ' (as its leader)' : ''}. ${answer}`;
      else answer = `${isLeader ? 'Yes' : isMember ? 'No' : 'No source says so'}: ${person.name} ${isLeader ? 'led' : isMember ? 'was a member of, not the leader of,' : 'is not named in'} ${possessive(found[0]!.party)} delegation ${atRound(d.round)}. ${answer}`;
    }
    // "Was Kellogg in the Riyadh delegation?": a name no source has is said so first, before the delegations on record.
    if (!person && r.unknownName && r.yesNo) answer = `Nothing on record about ${r.unknownName}: no one of that name is in the sources yet. ${answer}`;
    return { line: `${head}:`, answer, lines: lines.slice(0, MAX_LINES), data: { delegations: found.flatMap((f) => f.list) } };
  }

  function membersLine(d: DelegationOut): string {
    const w = d.weights ?? [];
    const count = (name: string) => {
      const x = w.find((y) => y.name === name);
      return x ? x.led + x.listed : 1;
    };
    const people = [...d.leaders.map((n) => `${n} (led; ${plural(count(n), 'source')})`), ...d.members.map((n) => `${n} (${plural(count(n), 'source')})`)];
    return `${joinNames(people)}.`;
  }

  // ── who is / role

  /** A person's profile; `here` is false for someone the asked negotiation's reports never name. */
  async function profileLines(name: string, here = true): Promise<{ answer: string; lines: AskLine[]; data: unknown }> {
    const profile = (await kb.actor(name)).actor;
    const roles = profile.roles.slice(0, 4);
    const roleText = roles.length
      ? roles.map((x) => `${x.title}${x.party && x.party !== profile.party && !x.title.toLowerCase().includes(x.party.toLowerCase()) ? ` (${x.party})` : ''}`).join('; ')
      : 'no role stated in the sources';
    const withRound = profile.delegations.filter((d) => d.round);
    const dels = (withRound.length ? withRound : profile.delegations).slice(0, 2).map((d) => `${d.leaders.includes(profile.name) ? 'led' : 'was in'} ${possessive(d.party)} delegation ${atRound(d.round)}`);
    const when = profile.firstSeen ? ` Mentioned ${plural(profile.mentions, 'time')}, ${day(profile.firstSeen.slice(0, 10))} to ${day(profile.lastSeen?.slice(0, 10))}.` : '';
    // Another negotiation's roles only when this one's reports state none (see the actor queries), and then whose.
    const from = roles[0]?.from && here ? ` (from the ${roles[0].from.title} dossier: this negotiation's reports state no role)` : '';
    if (!here && !roles.length) {
      const span = profile.firstSeen ? `, ${day(profile.firstSeen.slice(0, 10))} to ${day(profile.lastSeen?.slice(0, 10))}` : '';
      return { answer: `Nothing on record about ${profile.name} in this negotiation's reports; another negotiation's mention the name ${plural(profile.mentions, 'time')}${span}, stating no role.`, lines: [], data: { actor: profile } };
    }
    const elsewhereNote = here ? '' : `Nothing on record about ${profile.name} in this negotiation's reports; from the ${roles[0]?.from?.title ?? 'another negotiation’s'} dossier: `;
    const answer = `${elsewhereNote}${profile.name}${profile.party ? ` (${profile.party})` : ''}: ${roleText}${roles[0] ? `, ${reported(roles[0].asOf)}` : ''}${from}.${dels.length ? ` ${dels.join('; ').replace(/^./, (c) => c.toUpperCase())}.` : ''}${when}`;
    const lines = roles.slice(0, 3).map((x) => ({ lead: `${day(x.asOf)} · ${x.title}`, text: clean(x.evidence), sources: uniqueSources(x.sources) }));
    return { answer, lines, data: { actor: profile } };
  }

  /** Said of a holder found only in another negotiation's reports: which one. */
  function elsewhere(h: RoleHolder): string {
    return h.from ? ` (from the ${h.from.title} dossier)` : '';
  }
  /** Said first when the holder comes from another negotiation's reports. */
  function elsewhereFirst(h: RoleHolder, asked: string): string {
    return h.from ? `Nothing on record about who is ${asked} in this negotiation's reports. ` : '';
  }

  async function nobody(r: Reading, what: string): Promise<Found> {
    const name = r.unknownName!;
    return { line: `${what} ${name}:`, answer: `Nothing on record about ${name}: no one of that name is in the sources yet.`, unknown: [] };
  }

  async function ambiguous(r: Reading): Promise<Found> {
    const a = r.ambiguous!;
    return {
      line: `Who "${a.words}" is:`,
      answer: `"${a.words}" could be ${plural(a.candidates.length, 'person', 'people')}: ${joinNames(a.candidates.slice(0, 5).map((c) => c.name))}. Ask again with the full name, e.g. "who is ${a.candidates[0]!.name}?"`,
    };
  }

  async function whoIs(r: Reading): Promise<Found> {
    const person = r.persons[0];
    if (!person) return r.ambiguous ? await ambiguous(r) : r.unknownName ? await nobody(r, 'Who is') : await unknown(r);
    const p = await profileLines(person.name, person.here);
    return { line: `Who ${person.name} is:`, ...p };
  }

  async function role(r: Reading): Promise<Found> {
    const person = r.persons[0];
    if (person) {
      const p = await profileLines(person.name, person.here);
      return { line: `${possessive(person.name)} role:`, ...p };
    }
    if (r.ambiguous) return await ambiguous(r);
    if (r.unknownName) return await nobody(r, 'The role of');
    const words = r.role ?? '';
    if (r.roleOf) {
      // "Trump's envoy": holders of the role on that person's side, those named beside that person first.
      const of = r.roleOf;
      const holders = (await kb.roleHolders(words, of.party ? { party: of.party } : {}))
        .filter((h) => h.name !== of.name)
        .sort((a, b) => Number(mentionsPerson(b.evidence, of)) - Number(mentionsPerson(a.evidence, of)));
      const head = `Who is ${possessive(of.name)} ${words}:`;
      if (!holders.length) return { line: head, answer: `Nothing on record about who is ${possessive(of.name)} ${words}.` };
      const top = holders[0]!;
      return {
        line: head,
        answer: `${elsewhereFirst(top, `${possessive(of.name)} ${words}`)}${top.name} — ${top.title}${top.party ? ` (${top.party})` : ''}, ${reported(top.asOf)}${elsewhere(top)}.`,
        lines: holders.slice(0, 3).map((h) => ({ lead: `${day(h.asOf)} · ${h.name}`, text: excerpt(h.evidence, h.name), sources: h.sources.slice(0, 3) })),
        data: { holders },
      };
    }
    const party = r.party?.name;
    const institution = r.partyRole?.institution ?? (r.party?.institution ? r.party.surface.replace(/['’]s?$/, '') : undefined);
    const org = r.org ?? institution;
    const inst = institution?.replace(/^the\s+/i, '').replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    const asked = r.org ? `the ${words.replace(/^head of /, 'head of the ')}` : `${inst ? `the ${inst} ` : party ? `${possessive(party)} ` : ''}${words}`.trim();
    if (!words && !org) return await unknown(r);
    const hint = r.partyRole?.institution ?? (r.party?.institution ? r.party.surface.replace(/['’]s?$/, '') : undefined);
    let holders = await kb.roleHolders(words, { ...(party ? { party } : {}), ...(r.org ? { org: r.org } : {}), ...(hint ? { hint } : {}) });
    // "who's head of policy planning at state": no organisation of that name heads anything; the title's words may.
    if (!holders.length && r.org) holders = await kb.roleHolders(words, { ...(party ? { party } : {}), ...(hint ? { hint } : {}) });
    if (!holders.length) return { line: `Who is ${asked}:`, answer: `Nothing on record about who is ${asked}.` };
    // "The Kremlin spokesman": when the first holder is named with the institution asked, others must be too
    // (the foreign ministry's spokeswoman is no Kremlin spokesman).
    const names = (h: (typeof holders)[number]) => hint !== undefined && `${h.title} ${h.evidence}`.toLowerCase().includes(hint.replace(/^the\s+/i, '').toLowerCase());
    if (hint && names(holders[0]!)) holders = holders.filter(names);
    const top = holders[0]!;
    const others = holders.slice(1, 3).map((h) => `${h.name} (${h.title}, ${day(h.asOf)})`);
    return {
      line: `Who is ${asked}:`,
      answer: `${elsewhereFirst(top, asked)}${top.name} — ${top.title}${top.party && !top.title.toLowerCase().includes(top.party.toLowerCase()) ? ` (${top.party})` : ''}, ${reported(top.asOf)}${elsewhere(top)}.${others.length ? ` Also reported in such a role: ${others.join('; ')}.` : ''}`,
      lines: holders.slice(0, 3).map((h) => ({ lead: `${day(h.asOf)} · ${h.name}`, text: excerpt(h.evidence, h.name), sources: h.sources.slice(0, 3) })),
      data: { holders },
    };
  }

  // ── said, and what was agreed / proposed / demanded / refused

  /** The speaker asked about: people (by id), else a side; a "the US president" is read as a role. */
  async function speakerOf(r: Reading): Promise<Speaker | undefined> {
    if (r.unknownName && !r.persons.length) return undefined;
    const person = r.persons[0];
    if (person) return { label: person.name, actorIds: [person.id], person };
    // "the Ukrainian president": whoever the sources last name in that office.
    if (r.partyRole) {
      const holder = (await kb.roleHolders(r.partyRole.role, { party: r.partyRole.party, ...(r.partyRole.institution ? { hint: r.partyRole.institution } : {}) }))[0];
      const vocab = kb.vocabulary.get();
      const id = holder && vocab.idByName.get(holder.name);
      const entry = id !== undefined ? vocab.actorById.get(id) : undefined;
      if (entry) return { label: `${entry.name} (${possessive(r.partyRole.party)} ${r.partyRole.role})`, actorIds: [entry.id], person: entry };
      if (r.party && !r.party.body) return { label: side(r)!, party: r.party.name, vacant: `${possessive(r.partyRole.party)} ${r.partyRole.role}` };
    }
    if (r.role && r.party) {
      const holder = (await kb.roleHolders(r.role, { party: r.party.name }))[0];
      const vocab = kb.vocabulary.get();
      const id = holder && vocab.idByName.get(holder.name);
      const entry = id !== undefined ? vocab.actorById.get(id) : undefined;
      if (entry) return { label: entry.name, actorIds: [entry.id], person: entry };
    }
    if (r.party) return { label: side(r)!, party: r.party.name };
    if (r.body) return { label: `the ${r.body}`, body: r.body };
    return undefined;
  }

  /** "What did anyone say about the coalition of the willing": every speaker, when the question is about something. */
  function anyone(r: Reading): Speaker | undefined {
    return r.topics.length || r.about.length || r.aboutPersons.length || r.place || r.dates ? { label: 'anyone' } : undefined;
  }

  async function statementsOf(sp: { actorIds?: number[]; party?: string } | undefined, r: Reading, stance?: Stance, keep?: (text: string, speaker: string) => boolean): Promise<StatementOut[]> {
    const filter = {
      ...(r.dates ? { from: r.dates.from, to: r.dates.to } : {}),
      ...(stance ? { stance } : {}),
      ...(keep ? { keep, scan: MAX_STATEMENTS, limit: MAX_LINES * 4 } : { limit: MAX_LINES * 4 }),
    };
    const who = sp?.actorIds ? { actorIds: sp.actorIds } : sp?.party ? { party: sp.party } : {};
    const found = await kb.statements.find({ ...who, ...filter });
    if (!r.dates || r.dates.from !== r.dates.to) return found;
    // "what did Putin refuse during his 18 March call": a later report that names the day ("the March 18 phone call")
    // speaks of it, though the statement is dated when it was reported.
    const named = dayNamed(r.dates.from);
    const later = await kb.statements.find({
      ...who,
      from: r.dates.from,
      ...(stance ? { stance } : {}),
      keep: (text, speaker) => named.test(text) && (!keep || keep(text, speaker)),
      scan: MAX_STATEMENTS,
      limit: MAX_LINES * 4,
    });
    const seen = new Set(found.map((x) => `${x.source.url}|${x.sentenceIndex}`));
    return [...found, ...later.filter((x) => !seen.has(`${x.source.url}|${x.sentenceIndex}`) && named.test(x.evidence))];
  }

  /** A day as reports name it: "18 March", "March 18", "18 Mar", "Mar. 18th". */
  function dayNamed(iso: string): RegExp {
    const d = new Date(`${iso}T00:00:00Z`);
    const month = d.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    const m = `(?:${month}|${month.slice(0, 3)}\\.?)`;
    const n = `${d.getUTCDate()}(?:st|nd|rd|th)?`;
    return new RegExp(`\\b(?:${n} ${m}|${m} ${n})\\b`, 'i');
  }

  /** Relevance to what the question is about: topic, people, words, place. Higher first, then newer. */
  function relevance(text: string, r: Reading): number {
    let score = 0;
    for (const t of r.topics) if (mentionsTopic(text, t)) score += 2;
    for (const p of r.aboutPersons) if (mentionsPerson(text, p)) score += 2;
    for (const a of r.about) if (mentionsWords(text, a)) score += 2;
    for (const h of r.hints) if (mentionsWords(text, h)) score += 1;
    if (r.place && text.toLowerCase().includes(r.place.name.toLowerCase())) score += 1;
    if (r.counterpart && text.toLowerCase().includes(r.counterpart.surface.toLowerCase())) score += 1;
    if (namesVerb(text, r)) score += 2;
    return score;
  }

  /** People whose role titles name an institution ("Kremlin spokesman" for "kremlin"). */
  function institutionPeople(word: string): Set<string> {
    const vocab = kb.vocabulary.get();
    const names = new Set<string>();
    for (const [title, ids] of vocab.titles) {
      if (!title.includes(word)) continue;
      for (const id of ids) {
        const a = vocab.actorById.get(id);
        if (a) names.add(a.name);
      }
    }
    return names;
  }

  /** Does a text speak of what the question is about (its topics, people, words, specific names)? */
  function about(text: string, r: Reading): boolean {
    // "has the Council of Europe commented on the ceasefire": a name no one on record has must be there too.
    const names = r.about.filter((a) => /^\p{Lu}/u.test(a) && r.unknown.includes(a));
    if (!names.every((a) => mentionsWords(text, a))) return false;
    return (
      (r.specifics.length ? r.specifics.some((sp) => mentionsWords(text, sp)) : r.topics.some((t) => mentionsTopic(text, t))) ||
      r.aboutPersons.some((p) => mentionsPerson(text, p)) ||
      r.about.some((a) => mentionsWords(text, a)) ||
      namesVerb(text, r)
    );
  }

  /** Does a text use the speech verb asked about? A threat or warning may be stated as a condition ("would regard … as a violation"). */
  function namesVerb(text: string, r: Reading): boolean {
    if (r.verb === undefined) return false;
    return text.toLowerCase().includes(r.verb) || ((r.verb === 'threat' || r.verb === 'warn') && CONDITION_CUES.test(text));
  }

  async function said(r: Reading): Promise<Found> {
    if (r.unknownName && !r.persons.length) return await nobody(r, 'Statements by');
    if (r.ambiguous && !r.persons.length) return await ambiguous(r);
    let sp = await speakerOf(r) ?? anyone(r);
    // "What did they say after the talks": the people who led the newest round, on its day and the next.
    if (!sp && r.talks) {
      const round = (await kb.rounds({ status: 'held' })).find((x) => x.date);
      const leaders = round ? (await Promise.all(round.parties.map((p) => delegationAt.get(round.id, p)))).flatMap((d) => d?.leaders ?? []) : [];
      const ids = leaders.map((n) => kb.vocabulary.get().idByName.get(n)).filter((id): id is number => id !== undefined);
      if (round?.date && ids.length) {
        const next = new Date(Date.parse(`${round.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        r = { ...r, dates: { from: round.date, to: next, text: '', start: 0, end: 0 } };
        sp = { label: "the newest round's leaders", actorIds: ids };
      }
    }
    if (!sp) return await unknown(r);
    const head = withFilters(`Statements by ${sp.label}`, r);
    const focused = r.topics.length > 0 || r.about.length > 0 || r.aboutPersons.length > 0 || r.verb !== undefined;
    const subject = [...(r.specifics.length ? r.specifics : r.topics.map(topicLabel)), ...r.aboutPersons.map((p) => p.name), ...r.about, ...(r.verb ? [`“${r.verb}…”`] : [])].join(', ');
    // "Russia's foreign ministry": its own statements, when the sources attribute any to it.
    const body = r.party?.body ?? sp.body;
    const byBody = body && !sp.actorIds ? (speaker: string) => speaker.toLowerCase().includes(body) : undefined;
    const read = async (keep?: (text: string, speaker: string) => boolean) => {
      const own = byBody ? await statementsOf(sp, r, undefined, (t, speaker) => byBody(speaker) && (!keep || keep(t, speaker))) : [];
      return own.length ? own : await statementsOf(sp, r, undefined, keep);
    };
    // "The Kremlin": its own words and its people's (a "Kremlin spokesman") before the rest of its side's.
    const institution = r.party?.institution && !r.party.body ? r.party.surface.replace(/^the\s+/i, '').replace(/['’]s?$/, '').toLowerCase() : undefined;
    const inside = institution ? institutionPeople(institution) : new Set<string>();
    const speaks = (s: StatementOut) => (institution && (s.speaker.toLowerCase().includes(institution) || inside.has(s.actor ?? '')) ? 1 : 0);
    // The report's headline says what a remark was about too ("…strike on Sumy…"): a little weight.
    const ranked = (list: StatementOut[]) =>
      list
        .map((s, i) => ({ s, score: 2 * relevance(s.evidence, r) + relevance(s.context ?? '', r) + Math.min(1, relevance(s.source.title, r)) + 2 * speaks(s), i }))
        .sort((a, b) => b.score - a.score || a.i - b.i)
        .map((x) => x.s);
    let list = focused ? await read((t) => about(t, r)) : await read();
    let note = '';
    if (focused && !list.length) {
      // "the Zaporizhzhia nuclear power plant": say the thing asked about, not its topic's label.
      const asked = r.specifics.length ? { ...r, topics: [], about: [...r.specifics.map((x) => x.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())), ...r.about] } : r;
      if (sp.label === 'anyone') return { line: `${head}:`, answer: `Nothing on record ${filters(asked)}.${beyondCoverage(r)}` };
      list = await read();
      if (list.length) note = `Nothing on record from ${sp.label} about ${subject}; other statements, newest first.`;
    }
    if (!list.length) {
      const any = r.dates ? await statementsOf(sp, { ...r, dates: undefined } as Reading) : [];
      const nearest = any.length ? ` Nearest on record: ${day(any[0]!.date)}.` : '';
      return { line: `${head}:`, answer: `Nothing on record from ${sp.vacant ? `${sp.vacant} or ${sp.label}` : sp.label}${r.dates ? ` on ${formatRange(r.dates.from, r.dates.to)}` : ''}.${nearest}${beyondCoverage(r)}`, lines: statementLines(any.slice(0, 3)) };
    }
    // "what did Zelensky say in Paris": when no statement, its paragraph or its report names the place, say so.
    const at = r.place?.name.toLowerCase();
    if (at && !note && !list.some((s) => `${s.evidence} ${s.context ?? ''} ${s.source.title}`.toLowerCase().includes(at))) {
      note = `Nothing on record from ${sp.label} in ${r.place!.name}; other statements, newest first.`;
    }
    const shown = ranked(list);
    if (sp.vacant) note = `Nothing on record from ${sp.vacant}${focused ? ` about ${subject}` : ''}; statements by ${sp.label}, newest first.`;
    return {
      line: `${head}:`,
      answer: note || `Statements on record${focused ? ` about ${subject}` : ''}, newest first${r.place || r.counterpart || r.hints.length ? ', the most relevant first' : ''}.`,
      lines: statementLines(shown),
      data: { statements: shown.slice(0, 20) },
    };
  }

  const STANCE_VERB: Record<StanceIntent, string> = { agreed: 'agreed', proposed: 'proposed', demanded: 'demanded', refused: 'refused' };

  /** A place a round was held at or a report names. */
  async function placeOnRecord(name: string): Promise<boolean> {
    if (kb.vocabulary.get().roundPlaces.has(name.toLowerCase())) return true;
    for (const w of name.split(/\s+/)) if (!(await kb.vocabulary.onRecord(w))) return false;
    return true;
  }

  async function stance(r: Reading, intent: StanceIntent): Promise<Found> {
    if (r.unknownName && !r.persons.length) return await nobody(r, `What was ${STANCE_VERB[intent]} by`);
    const want: Stance = intent;
    const sp = await speakerOf(r);
    // "Did the US and Ukraine agree on the Black Sea": what either side stated it agreed, under both names.
    const joint = intent === 'agreed' && r.jointly && r.counterpart && sp?.party && !sp.person ? r.counterpart.name : undefined;
    const subject = sp ? `${sp.label}${joint ? ` and ${joint}` : ''}` : 'the sides';
    const head = withFilters(`What ${subject} ${STANCE_VERB[intent]}`, r);
    const hasStance = (stances: readonly string[]) => stances.includes(want);
    // Statements carry their stances from ingest; developments are read with the same cues here.
    const onTopic = (text: string) => r.topics.every((t) => mentionsTopic(text, t)) && r.about.every((a) => mentionsWords(text, a));

    let statements = await statementsOf(sp, r, want, onTopic);
    if (joint) {
      const seen = new Set(statements.map((x) => `${x.source.url}|${x.sentenceIndex}`));
      statements = [...statements, ...(await statementsOf({ party: joint }, r, want, onTopic)).filter((x) => !seen.has(`${x.source.url}|${x.sentenceIndex}`))];
    }
    // "Ukraine's conditions on the Black Sea": a condition or threat the side stated counts as what it demands.
    if (intent === 'demanded' && sp) {
      // Read in the quoted sentence itself: its paragraph may hold another's condition.
      const stated = (await statementsOf(sp, r, undefined, (text) => onTopic(text) && CONDITION_CUES.test(text))).filter((x) => onTopic(x.evidence) && CONDITION_CUES.test(x.evidence));
      const seen = new Set(statements.map((x) => `${x.source.url}|${x.sentenceIndex}`));
      statements = [...statements, ...stated.filter((x) => !seen.has(`${x.source.url}|${x.sentenceIndex}`))];
    }
    const events = (
      await kb.timeline({
        ...(r.dates ? { from: r.dates.from, to: r.dates.to } : {}),
        ...(sp?.party ? { party: sp.party } : {}),
        ...(r.topics[0] ? { topic: r.topics[0] } : {}),
        keep: (title) => hasStance(stancesOf(title)) && onTopic(title) && (!sp?.person || mentionsPerson(title, sp.person)),
        scan: STANCE_SCAN,
        limit: MAX_EVENTS,
      })
    ).events
      .filter((e) => hasStance(stancesOf(e.title)) && onTopic(e.title))
      .filter((e) => !sp?.person || e.actors.includes(sp.person.name) || mentionsPerson(e.title, sp.person));
    let sideNote = '';
    if (intent === 'proposed' && sp?.person && !statements.length) {
      // "What did Waltz propose for the talks": what he said Washington wanted first, in his own words.
      statements = (await statementsOf(sp, r, 'demanded', (text) => onTopic(text) && WANTED_CUES.test(text))).filter((x) => WANTED_CUES.test(x.evidence));
      if (statements.length) sideNote = ` Nothing on record of ${sp.person.name} proposing in so many words; what ${sp.person.name} said ${sp.person.party ?? 'their side'} wanted:`;
    }
    if (sp?.person && !statements.length && sp.person.party) {
      // "Lavrov's conditions": the side's stated conditions stand for its minister's when he is not quoted on them.
      statements = await statementsOf({ party: sp.person.party }, r, want, onTopic);
      if (statements.length) sideNote = ` Nothing on record from ${sp.person.name} in person; ${possessive(sp.person.party)} side:`;
    }
    type Item = { date: string; line: AskLine; text: string };
    let items: Item[] = [
      ...statementItems(statements, 50).map((x) => ({ ...x, text: x.line.text })),
      ...events.map((e) => ({ date: e.date, line: eventLine(e), text: e.title })),
    ];
    // "What do the Russians get out of the deal": what others committed or offered to the side, in reports that name it.
    // "what was agreed with Russia on its exports": the side agreed with is the one that gains.
    const gainer = sp ? (sp.party && !sp.person ? sp.party : undefined) : r.counterpart?.name;
    if (intent === 'agreed' && r.gains && gainer) {
      const party = gainer;
      const given = (text: string) => onTopic(text) && findParties(text).some((m) => m.party.name === party) && stancesOf(text).some((x) => x === 'agreed' || x === 'proposed');
      const others = (await statementsOf(undefined, r, undefined, given)).filter((x) => x.party !== party && given(x.evidence));
      const seen = new Set(items.map((x) => x.line.text));
      items = [...statementItems(others, 50).map((x) => ({ ...x, text: x.line.text })).filter((x) => !seen.has(x.text)), ...items];
    }
    // A place narrows when anything on record names it ("what did Kyiv agree to at Jeddah").
    // "Zelensky is agree with Black Sea deal?": a person quoted on nothing stands for their side here too.
    const sideOf = sp?.party && !sp.person ? sp.party : sp?.person?.party;
    if (!items.length && sideOf) {
      // "What did Britain and France offer", "what did Kyiv agree to on the Black Sea": nothing in the side's own
      // words, but reports of the stance that name it (or, for a principal, "the sides") as its subject.
      const party = sideOf;
      const principal = kb.dossier.principals.includes(party);
      // A mediator's city where talks were held is the venue, not the side ("in Riyadh, Washington wants…" is no Saudi demand).
      const vocab = kb.vocabulary.get();
      const venue = (m: { surface: string }) => vocab.mediators.has(party) && vocab.roundPlaces.has(m.surface.toLowerCase());
      const names = (text: string) => findParties(text).some((m) => m.party.name === party && !venue(m)) || (principal && /\b(?:the|both) sides\b/i.test(text));
      const keep = (text: string) => onTopic(text) && names(text);
      const reported = await statementsOf(undefined, r, want, keep);
      const reportedEvents = (
        await kb.timeline({ ...(r.dates ? { from: r.dates.from, to: r.dates.to } : {}), ...(r.topics[0] ? { topic: r.topics[0] } : {}), keep: (title) => hasStance(stancesOf(title)) && keep(title), scan: STANCE_SCAN, limit: MAX_EVENTS })
      ).events.filter((e) => hasStance(stancesOf(e.title)) && keep(e.title));
      items = [...statementItems(reported, 50).map((x) => ({ ...x, text: x.line.text })), ...reportedEvents.map((e) => ({ date: e.date, line: eventLine(e), text: e.title }))];
      if (items.length) sideNote = sp?.person ? ` Nothing on record from ${sp.person.name} in person, nor in ${possessive(party)} own words; reports that name ${party}:` : ` Not in ${possessive(party)} own words; reports that name it:`;
    }
    // A place the record never names ("what was agreed in Geneva") narrows to nothing.
    if (r.place) {
      const there = items.filter((x) => x.text.toLowerCase().includes(r.place!.name.toLowerCase()));
      if (there.length || !await placeOnRecord(r.place.name)) items = there;
    }
    items = dedupe(items.sort((a, b) => relevance(b.text, r) - relevance(a.text, r) || b.date.localeCompare(a.date)));
    const specific = bySpecifics(r, items, (x) => x.text);
    items = specific.items;
    if (specific.note) {
      return { line: `${head}:`, answer: specific.note, lines: items.slice(0, MAX_LINES).map((x) => x.line), data: { statements, events } };
    }
    if (!items.length) {
      const what = [...r.topics.map(topicLabel), ...r.about].join(', ');
      // "Was there an agreement on prisoners?": none stated, but what did happen on the topic is the useful rest.
      // "Did Russia agree to return Ukrainian children?": a yes-or-no of a side's stance gets the same rest.
      const around = r.topics.length && (!sp || r.yesNo) ? await happened({ ...r, intent: 'happened', party: undefined, counterpart: undefined, persons: [] }) : undefined;
      if (around?.lines?.length) {
        return {
          line: `${head}:`,
          answer: `Nothing on record says what ${subject} ${lowerFirst(STANCE_VERB[intent])} on ${what}${r.dates ? ` on ${formatRange(r.dates.from, r.dates.to)}` : ''}. What is on record about it:`,
          lines: around.lines.slice(0, MAX_LINES),
        };
      }
      return {
        line: `${head}:`,
        answer: `Nothing on record about what ${subject} ${lowerFirst(STANCE_VERB[intent])}${what ? ` on ${what}` : ''}${r.place ? ` in ${r.place.name}` : ''}${r.dates ? ` on ${formatRange(r.dates.from, r.dates.to)}` : ''}.${beyondCoverage(r)}`,
      };
    }
    return {
      line: `${head}:`,
      answer: `${sp?.vacant ? `Nothing on record from ${sp.vacant}; ${possessive(sp.label)} side: ` : ''}${plural(items.length, 'report')} on record, quoted.${sideNote}`,
      lines: items.slice(0, MAX_LINES).map((x) => x.line),
      data: { statements, events },
    };
  }

  // ── what happened, next, latest

  /** A side's delegation at a round, read once per question. */
  const delegationAt = (() => {
    let memo = new Map<string, DelegationOut | undefined>();
    return {
      reset: () => {
        memo = new Map();
      },
      async get(roundId: number, party: string): Promise<DelegationOut | undefined> {
        const key = `${roundId}|${party}`;
        if (!memo.has(key)) memo.set(key, await kb.delegations.atRound(roundId, party));
        return memo.get(key);
      },
      /** Every side's delegation at these rounds, read together ahead of the `get`s that follow. */
      async load(rounds: readonly RoundRow[]): Promise<void> {
        const pairs = rounds.flatMap((x) => x.parties.map((party) => ({ roundId: x.id, party }))).filter((p) => !memo.has(`${p.roundId}|${p.party}`));
        if (pairs.length === 0) return;
        const found = await kb.delegations.atRounds(pairs);
        for (const [k, p] of pairs.entries()) memo.set(`${p.roundId}|${p.party}`, found[k]);
      },
    };
  })();

  /** A round as one line: its sides and their people, with the reports of it. */
  /** Rounds as lines, their sides' delegations read together first. */
  async function roundLinesOf(rounds: readonly RoundRow[]): Promise<AskLine[]> {
    await delegationAt.load(rounds);
    return Promise.all(rounds.map(roundLine));
  }

  async function roundLine(x: RoundRow): Promise<AskLine> {
    const dels = await Promise.all(x.parties.map(async (p) => {
      const d = await delegationAt.get(x.id, p);
      const people = d ? [...d.leaders.map((n) => `${n} (led)`), ...d.members] : [];
      return people.length ? `${p}: ${people.join(', ')}` : p;
    }));
    return { lead: roundLabel(x), text: `${x.status === 'scheduled' ? 'Talks scheduled' : 'Talks'} — ${dels.join('; ')}.`, sources: uniqueSources(x.sources) };
  }

  async function happened(r: Reading): Promise<Found> {
    const between = [r.party?.name, r.counterpart?.name].filter(Boolean) as string[];
    const head = withFilters(`What happened${between.length ? ` involving ${joinNames(between)}` : ''}`, r);
    const range = r.dates ? { from: r.dates.from, to: r.dates.to } : {};
    // Rounds at the place or in the dates asked, or between the sides asked ("did the US and Russia meet").
    const sides = [r.party?.name, r.counterpart?.name].filter((p): p is string => Boolean(p));
    // "Where were the talks held", "who hosted the talks": the latest rounds, when nothing narrows them.
    const talksOnly = r.talks && !r.place && !r.dates && !sides.length && !r.topics.length;
    const rounds = (r.place || r.dates || sides.length || talksOnly ? await kb.rounds(range) : []).filter(
      (x) => (!r.place || placeMatches(x.place, r.place.name)) && sides.every((p) => x.parties.includes(p)) && x.status === 'held' && x.date,
    );
    // "When Russia and US met?": the rounds between them are the answer, newest first, not every development.
    // (Two people met: the developments naming both, below.)
    if (r.meeting && rounds.length && !r.topics.length && !r.about.length && !r.persons.length && !r.aboutPersons.length) {
      const list = [...rounds].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
      return {
        line: `${head}:`,
        answer: `${plural(list.length, 'round')} of talks on record${sides.length > 1 ? ` between ${joinNames(sides)}` : sides.length ? ` involving ${sides[0]}` : ''}: ${list.slice(0, 4).map((x) => `${roundLabel(x)} (${x.parties.join('–')})`).join('; ')}.`,
        lines: await roundLinesOf(list.slice(0, 4)),
        data: { rounds: list },
      };
    }
    // "did Turkey host any talks": rounds held there answer; developments that merely name it do not.
    if (r.hosted && r.place && !rounds.length) {
      return { line: `${head}:`, answer: `Nothing on record of talks hosted in ${r.place.name}.${beyondCoverage(r)}` };
    }
    const fetch = async (span: { from?: string; to?: string }, limit: number, perDay?: number) =>
      (
        await kb.timeline({
        ...span,
        ...(perDay !== undefined ? { perDay } : {}),
        ...(r.topics[0] ? { topic: r.topics[0] } : {}),
        ...(r.place && !rounds.length ? { place: r.place.name } : {}),
        ...(r.party && !r.place && !r.dates && !r.topics.length ? { party: r.party.name } : {}),
          limit,
        })
      ).events;
    // A range covers every day of it: a few developments read per day (a long range, its first ones).
    const days = r.dates ? daysOf(r.dates.from, r.dates.to) : [];
    // At a round's place, the developments of the round's days; over a short range, each day's.
    const roundDays = r.place && rounds.length ? [...new Set(rounds.map((x) => x.date!))].slice(0, MAX_RANGE_DAYS) : [];
    const events = roundDays.length
      ? (await Promise.all(roundDays.map((d) => fetch({ from: d, to: d }, 8)))).flat()
      : days.length && days.length <= MAX_RANGE_DAYS
        ? // Each day's first few, in one read of the range (not one timeline per day).
          await fetch({ from: days[0]!, to: days[days.length - 1]! }, days.length * (r.place ? 8 : PER_DAY), r.place ? 8 : PER_DAY)
        : await fetch(range, MAX_EVENTS);
    // At a round's place, developments that day anywhere in the reports on it count too.
    let evs = events;
    if (r.place && rounds.length) evs = events.filter((e) => rounds.some((x) => x.date === e.date) && (placeMatches(e.place, r.place!.name) || e.title.toLowerCase().includes(r.place!.name.toLowerCase()) || e.kind === 'talks'));
    evs = evs.filter((e) => !r.about.length || r.about.some((a) => mentionsWords(e.title, a)));
    // "was the minerals deal discussed in Riyadh": when no development there names what was asked, the rounds
    // held there are no answer, nor is what their leaders said that day.
    const aboutMissed = r.about.length > 0 && !evs.length;
    if (aboutMissed) rounds.length = 0;
    const roundLines = await roundLinesOf(rounds.slice(0, 3));
    // "Did Putin meet Zelensky?": the developments that name everyone asked about.
    const people = [...r.persons, ...r.aboutPersons];
    if (people.length) evs = evs.filter((e) => people.every((p) => e.actors.includes(p.name) || mentionsPerson(e.title, p)));
    // Nothing else narrows, but the question names something the reports do ("the sudzha gas station"): that.
    const named = !r.place && !r.dates && !r.topics.length && !r.about.length && !sides.length ? r.hints.filter((h) => !NEWS_ORGS.has(h.toLowerCase())) : [];
    if (named.length) evs = evs.filter((e) => named.some((h) => mentionsWords(e.title, h)));
    const specific = bySpecifics(r, evs, (e) => e.title);
    evs = specific.items;
    const ranked = [...evs].sort((a, b) => relevance(b.title, r) - relevance(a.title, r));
    // A range covers every day of it: a few developments per day, oldest day first.
    const perDay = new Map<string, EventOut[]>();
    for (const e of ranked) perDay.set(e.date, [...(perDay.get(e.date) ?? []), e]);
    const eventDays = [...perDay.keys()].sort();
    const picked: EventOut[] = [];
    const budget = MAX_LINES + 2 - roundLines.length;
    for (let k = 0; picked.length < budget && k < 4; k++) for (const d of eventDays) if (picked.length < budget && perDay.get(d)![k]) picked.push(perDay.get(d)![k]!);
    picked.sort((a, b) => (r.dates ? a.date.localeCompare(b.date) : b.date.localeCompare(a.date)));
    // The people in the round say what it was: their statements that day.
    const statementLinesThere: AskLine[] = [];
    const idOf = kb.vocabulary.get().idByName;
    for (const x of rounds.slice(0, 2)) {
      if (!x.date) continue;
      const leaders = (await Promise.all(x.parties.map((p) => delegationAt.get(x.id, p)))).flatMap((d) => d?.leaders ?? []);
      const actorIds = leaders.map((n) => idOf.get(n)).filter((id): id is number => id !== undefined);
      if (!actorIds.length) continue;
      // In the order the report gives them: what they said first comes first.
      const st = (await kb.statements.find({ actorIds, from: x.date, to: x.date, limit: 6 })).sort((a, b) => a.sentenceIndex - b.sentenceIndex);
      statementLinesThere.push(...statementLines(st, 2));
    }
    // Nothing dated happened there, but the reports quote someone on it ("in Krasnodar"): those statements.
    if (!roundLines.length && !picked.length && !statementLinesThere.length) {
      for (const word of [...(r.place && !aboutMissed ? [r.place.name] : []), ...r.about, ...named]) {
        statementLinesThere.push(...statementLines(await kb.statements.find({ text: word, ...range, limit: 20 }), MAX_LINES));
      }
      // "what's the deal w/ rosselkhozbank": no dated development on the topic, but statements on it.
      if (!statementLinesThere.length && r.topics.length && !r.place && !aboutMissed && !people.length) {
        const onTopic = (text: string) => r.topics.every((t) => mentionsTopic(text, t)) && (!sides.length || findParties(text).some((m) => sides.includes(m.party.name)));
        statementLinesThere.push(...statementLines(await kb.statements.find({ ...range, keep: onTopic, scan: MAX_STATEMENTS, limit: MAX_LINES * 4 }), MAX_LINES));
      }
    }
    const lines = dedupe([...roundLines, ...statementLinesThere, ...picked.map(eventLine)].map((line) => ({ line }))).map((x) => x.line);
    if (!lines.length) {
      // Everyone asked about is named: "nothing on record about Vladimir Putin and Volodymyr Zelensky".
      const aboutAll = filters({ ...r, aboutPersons: people });
      // "did India take part in the talks": the side asked about is named in the answer too.
      const involving = between.length ? `involving ${joinNames(between)}` : '';
      const what = [involving, aboutAll.replace(/^(\d)/, 'on $1')].filter(Boolean).join(' ');
      return { line: `${head}:`, answer: `Nothing on record ${what || 'yet'}.${beyondCoverage(r)}` };
    }
    const n = evs.length + rounds.length;
    if (specific.note) return { line: `${head}:`, answer: specific.note, lines: lines.slice(0, MAX_LINES), data: { rounds, events: picked } };
    if (n === 0) {
      // No dated development, but reports quote someone on it: say so rather than "0 developments".
      const what = r.place ? ` in ${r.place.name}` : [...r.about, ...named].length ? ` about ${[...r.about, ...named].join(', ')}` : r.topics.length ? ` about ${r.topics.map(topicLabel).join(' and ')}` : '';
      return {
        line: `${head}:`,
        answer: `No dated development${what} is on record; ${plural(statementLinesThere.length, 'statement')} on record mention${statementLinesThere.length === 1 ? 's' : ''} it:`,
        lines: lines.slice(0, MAX_LINES),
        data: { rounds, events: picked },
      };
    }
    return {
      line: `${head}:`,
      answer: `${plural(n, 'development')} on record${eventDays.length > 1 ? ` over ${plural(eventDays.length, 'day')}` : ''}${rounds.length ? `, including ${plural(rounds.length, 'round')} of talks` : ''}.`,
      lines: lines.slice(0, MAX_LINES + 2),
      data: { rounds, events: picked },
    };
  }

  async function next(r: Reading): Promise<Found> {
    const today = kb.today();
    const last = kb.lastDay();
    const involve = (x: RoundRow) =>
      (!r.party || x.parties.includes(r.party.name)) && (!r.counterpart || x.parties.includes(r.counterpart.name)) && (!r.place || placeMatches(x.place, r.place.name));
    const sides = [r.party?.name, r.counterpart?.name].filter(Boolean).join(' and ');
    const head = `Next talks${sides ? ` involving ${sides}` : ''}:`;
    const ahead = (await kb.rounds({ from: today, status: 'scheduled' })).filter(involve).reverse();
    if (ahead.length) {
      return {
        line: head,
        answer: `Next on record: ${roundLabel(ahead[0]!)} (${ahead[0]!.parties.join('–')}).`,
        lines: await roundLinesOf(ahead.slice(0, 3)),
        data: { rounds: ahead },
      };
    }
    // Nothing after today: what was scheduled after the coverage's last day, else the last rounds held.
    const afterCoverage = last ? (await kb.rounds({ from: last, status: 'scheduled' })).filter(involve).reverse() : [];
    const past = (await kb.rounds({ to: today })).filter((x) => x.date && x.place);
    // No round of both sides asked on record: the last rounds of either.
    const both = past.filter(involve);
    const held = (both.length ? both : past.filter((x) => [r.party?.name, r.counterpart?.name].some((p) => p && x.parties.includes(p)))).slice(0, 3);
    const recent = (afterCoverage.length ? afterCoverage : held).slice(0, 3);
    // No round of the sides or at the place asked, ever: nothing on record about them, said first.
    const none = !afterCoverage.length && !both.length && (r.party || r.counterpart || r.place)
      ? `Nothing on record about talks${sides ? ` involving ${sides}` : ''}${r.place ? ` in ${r.place.name}` : ''}. `
      : '';
    const answer = none + (afterCoverage.length
      ? `No talks after ${day(today)} are on record. The sources end on ${day(last)}; then the next scheduled were: ${recent.map((x) => `${roundLabel(x)} (${x.parties.join('–')})`).join('; ')}.`
      : `No talks after ${day(today)} are on record${last ? `, and none were scheduled when the sources end (${day(last)})` : ''}.${held.length ? ` The last rounds held: ${held.map((x) => `${roundLabel(x)} (${x.parties.join('–')})`).join('; ')}.` : ''}`);
    return { line: head, answer, lines: await roundLinesOf(recent), data: { rounds: recent } };
  }

  async function latest(r: Reading): Promise<Found> {
    const today = kb.today();
    // "What's the latest with the Ukrainians": a side after "with" is the one asked about here.
    const sp = await speakerOf(r) ?? (r.counterpart ? { label: r.counterpart.name, party: r.counterpart.name } : undefined);
    const head = `Latest on record${r.topics.length ? ` on ${r.topics.map(topicLabel).join(' and ')}` : ''}${sp ? ` from ${sp.label}` : ''}:`;
    const events = (await kb.timeline({ to: today, ...(r.topics[0] ? { topic: r.topics[0] } : {}), ...(sp?.party ? { party: sp.party } : {}), limit: MAX_LINES * 2 })).events.reverse();
    const onTopic = r.topics.length ? (text: string) => r.topics.some((t) => mentionsTopic(text, t)) : undefined;
    const statements = (await statementsOf(sp, { ...r, dates: undefined } as Reading, undefined, onTopic)).filter((s) => s.date && s.date <= today);
    // "What's new with the Arctic Council": words the question is about narrow the news to those naming them.
    const named = (text: string) => r.about.every((w) => mentionsWords(text, w));
    const items = dedupe(
      [
        ...statementItems(statements.slice(0, 10), 10).filter((x) => named(x.line.text)),
        ...events.filter((e) => (!sp?.person || e.actors.includes(sp.person.name)) && named(e.title)).map((e) => ({ date: e.date, line: eventLine(e) })),
      ].sort((a, b) => b.date.localeCompare(a.date)),
    );
    if (!items.length) {
      const what = [...r.topics.map(topicLabel), ...r.about].join(' and ');
      return { line: head, answer: `Nothing on record${what ? ` ${r.about.length ? 'about' : 'on'} ${what}` : ''}${sp ? ` from ${sp.label}` : ''} yet.` };
    }
    const newest = items[0]!.date;
    return {
      line: head,
      answer: `The newest developments are from ${day(newest)}${newest < today ? ` (nothing newer is on record as of ${day(today)})` : ''}.`,
      lines: items.slice(0, MAX_LINES).map((x) => x.line),
      data: { statements: statements.slice(0, 10), events: events.slice(0, 10) },
    };
  }

  function help(): Found {
    return {
      line: 'What I can answer:',
      answer:
        'Plain questions about the negotiations: who leads or was in a delegation (at a place, on a date), who someone is or what their role is, what a person or side said, what happened on a day, in a range or at a place, what was agreed, proposed, demanded or refused on a topic, the next talks and the latest news — each answer with its sources.',
      lines: EXAMPLE_QUESTIONS.map((e) => ({ text: e, sources: [] })),
    };
  }

  /** Nothing to answer with: say what was understood, that nothing is on record, and how to ask. */
  async function unknown(r: Reading): Promise<Found> {
    const understood = [r.party?.name, r.persons[0]?.name ?? r.unknownName, r.place?.name, r.dates ? formatRange(r.dates.from, r.dates.to) : undefined, ...r.topics.map(topicLabel)]
      .filter(Boolean)
      .join(', ');
    return {
      line: understood ? `About ${understood}:` : 'Not understood:',
      answer: `Nothing on record about ${understood || `“${truncate(r.question, 80)}”`} that answers this. Try: “${EXAMPLE_QUESTIONS[0]}” or “${EXAMPLE_QUESTIONS[1]}”.`,
      examples: true,
    };
  }

  const BY_INTENT: Record<Intent, (r: Reading) => Found | Promise<Found>> = {
    'who-leads': (r) => whoLeads(r, false),
    'who-was-in': (r) => whoLeads(r, true),
    'who-is': whoIs,
    role,
    said,
    happened,
    agreed: (r) => stance(r, 'agreed'),
    proposed: (r) => stance(r, 'proposed'),
    demanded: (r) => stance(r, 'demanded'),
    refused: (r) => stance(r, 'refused'),
    next,
    latest,
    help,
  };

  return async function answer(r: Reading): Promise<AskResult> {
    delegationAt.reset();
    let f = r.intent === 'unknown' ? await unknown(r) : await BY_INTENT[r.intent](r);
    // A question whose subject is a name no one has: nothing on record, whatever it asked.
    // "who led the OSCE delegation": a name no one has, owning the team asked for, is that question's subject too.
    const team = r.intent === 'who-leads' || r.intent === 'who-was-in' || r.intent === 'next' ? r.unknown.find((u) => /^\p{Lu}/u.test(u)) : undefined;
    const subject = r.unknownName ?? team;
    if (subject && !r.persons.length && ['who-leads', 'who-was-in', 'happened', 'latest', 'next'].includes(r.intent) && !/^Nothing on record/.test(f.answer)) {
      // Named alone ("who led the OSCE delegation", "did ASEAN host any talks"), the name is all the question is
      // about: what was found is about no one asked for. With a side, a place or a date beside it, that still answers.
      const anchored = r.party || r.counterpart || r.place || r.dates || r.topics.length;
      f = anchored
        ? { ...f, answer: `${f.answer} (I don't know ${subject} yet.)` }
        : { line: f.line, answer: `Nothing on record about ${subject}: no one of that name is in the sources yet.` };
    }
    // Nothing found: two example questions to go on.
    if (/^Nothing on record/.test(f.answer) && !f.examples && !f.lines?.length) f = { ...f, answer: `${f.answer} Try: “${EXAMPLE_QUESTIONS[0]}” or “${EXAMPLE_QUESTIONS[3]}”.` };
    const unknownPhrases = [...new Set([...(f.unknown ?? r.unknown), ...(r.unknownName && !f.unknown ? [r.unknownName] : [])])];
    return {
      intent: r.intent,
      understood: { intent: r.intent, slots: slotsOf(r), line: f.line, unknown: unknownPhrases },
      answer: f.answer,
      lines: f.lines ?? [],
      data: f.data ?? {},
    };
  };
}

/** The reading's slots, as labelled question sets write them. */
export function slotsOf(r: Reading): Record<string, string> {
  const out: Record<string, string> = {};
  const party = r.party?.name ?? r.counterpart?.name ?? r.persons[0]?.party ?? r.roleOf?.party ?? undefined;
  // "the OSCE", "ASEAN": a name in capitals no one on record has is an organisation, a side, not a person.
  const acronym = !r.persons.length && r.unknownName && /^(?:the )?\p{Lu}{2,}$/u.test(r.unknownName) ? r.unknownName.replace(/^the /, '') : undefined;
  if (party ?? acronym) out.party = (party ?? acronym)!;
  const person = r.persons[0]?.name ?? (acronym ? undefined : r.unknownName);
  if (person) out.person = person;
  if (r.place) out.place = r.place.name;
  if (r.dates) {
    if (r.dates.from === r.dates.to) out.date = r.dates.from;
    else {
      out.from = r.dates.from;
      out.to = r.dates.to;
    }
  }
  if (r.topics[0]) out.topic = r.topics[0];
  if (r.role) out.role = r.role;
  return out;
}

