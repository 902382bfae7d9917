import { nameKey } from '../names.js';
import { findPeople, type PersonSpan, standingGoBetween, statedSide } from './actors.js';
import { assignGenericSides } from './generic-sides.js';
import { findGoBetweens, goBetweenParties } from './go-betweens.js';
import { addRelativeDays, type DateSpan, findDates, isDatelineDate, reportersDay, tenseOf } from './dates.js';
import { type DelegationDraft, type DelegationState, findDelegations, isSentenceShape, noteSentence, SENTENCE_SHAPES_RULE } from './delegations.js';
import { attribution, classify, topicHits, trimTitle } from './events.js';
import { findPlaces, locationTokens, type Place, placesCompatible } from './places.js';
import { type PrincipalInput, principalDelegations, principalRounds } from './principals.js';
import { counterpartSides, forSidesDelegations, respectiveDelegations } from './respectively.js';
import { applyRoundDates, type DateCandidate, dateCandidates, type SentenceView } from './round-dates.js';
import { findRoundCandidates, goBetweenTokens, mergeRounds, participantsOf, type RoundDraft, toRoundFact, underTalksHeading } from './rounds.js';
import { SEAT_CITY } from './gazetteer.js';
import { DONE_VERB, LIVE_BLOG, SITE_CHROME, STANDING_GO_BETWEENS, TAG_LINE, TALKS_NOUN_BEFORE_DATE, TALKS_RE } from './lexicon.js';
import { acceptedRoster, type RosterCandidate, readRosters } from './rosters.js';
import { DELEGATION_RULES, SIDE_WEIGHTS } from './rules.js';
import { governedBy } from '../parties.js';
import { hasLowerWords, splitUnits } from './sentences.js';
import { findStatements } from './statements.js';
import { type Token, tokenize } from './tokens.js';
import type {
  ActorMention,
  DateMention,
  DelegationFact,
  EventFact,
  ExtractInput,
  ExtractLexicon,
  Extraction,
  RoundFact,
} from './types.js';

/** A sentence asking rather than telling ("The M23 team is led by A?"): it seats no one. */
const QUESTION = /\?["”’')\]]*\s*$/;
/** Rules whose people stand for their sides only where a round in that sentence is between those sides. */
const NEEDS_ROUND = new Set(DELEGATION_RULES.filter((r) => r.needsRound).map((r) => r.id));
/** Rules reading those who met ("A met B"): a meeting, so between two of the item's sides. */
const MET_RULES = new Set(DELEGATION_RULES.filter((r) => r.met).map((r) => r.id));
/** A person's name as a modifier: "the Biden administration", "the Kurti government", "the Trump era". */
const ATTRIBUTIVE_AFTER = /^\s(?:administration|administration['’]s|government|government['’]s|presidency|era|cabinet|camp|campaign|doctrine|years)\b/i;

export type * from './types.js';

/** "U.S." and "U.K." read as "US"/"UK" in every pattern; same length keeps offsets valid. */
/** Same length in, same length out: offsets into the sentence stay valid. */
function normalise(s: string): string {
  return (
    s
      .replace(/\bU\.S\.(?!\w)/g, 'US  ')
      .replace(/\bU\.K\.(?!\w)/g, 'UK  ')
      // "H E Massad Boulos", "H.E. Dr. …": Gulf protocol's "His Excellency", no part of the name.
      .replace(/\bH\.?\s?E\.?(?=\s+(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+|Sheikh\s+)?\p{Lu}\p{Ll})/gu, (m) => ' '.repeat(m.length))
  );
}

interface Tied extends DelegationDraft {
  roundIndex?: number;
}

function tieToRound(d: DelegationDraft, tense: ReturnType<typeof tenseOf>, rounds: RoundDraft[]): number | undefined {
  let best: number | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  rounds.forEach((r, i) => {
    const hasParty = r.parties.includes(d.party);
    const same = r.sentences.includes(d.sentenceIndex);
    if (!hasParty && !same) return;
    let score = (hasParty ? 3 : 0) + (same ? 3 : 0);
    // A sentence with no tense cue ("the delegation includes A") says nothing of which round: only a
    // stated tense pulls towards a held or a scheduled one.
    if (tense !== 'unknown' && (tense === 'future') === (r.status === 'scheduled')) score += 2;
    const dists = r.sentences.map((s) => (s <= d.sentenceIndex ? (d.sentenceIndex - s) * 0.1 : (s - d.sentenceIndex) * 0.2));
    score -= Math.min(...dists);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

function mergeDelegations(tied: Tied[], sentences: string[]): DelegationFact[] {
  const out: DelegationFact[] = [];
  for (const d of tied) {
    const why = (name: string, role: 'leader' | 'member') => ({ name, role, rule: d.rules?.[name] ?? d.rule ?? SENTENCE_SHAPES_RULE, sentenceIndex: d.sentenceIndex });
    const same = out.find(
      (o) => o.party === d.party && (o.roundIndex === d.roundIndex || o.roundIndex === undefined || d.roundIndex === undefined),
    );
    if (!same) {
      const f: DelegationFact = {
        party: d.party,
        leaders: [...d.leaders],
        members: [...d.members],
        sentenceIndex: d.sentenceIndex,
        evidence: sentences[d.sentenceIndex] ?? '',
        people: [...d.leaders.map((n) => why(n, 'leader')), ...d.members.map((n) => why(n, 'member'))],
      };
      if (d.roundIndex !== undefined) f.roundIndex = d.roundIndex;
      out.push(f);
      continue;
    }
    if (same.roundIndex === undefined && d.roundIndex !== undefined) same.roundIndex = d.roundIndex;
    for (const l of d.leaders)
      if (!same.leaders.includes(l)) {
        same.leaders.push(l);
        same.people = [...(same.people ?? []).filter((x) => x.name !== l), why(l, 'leader')];
      }
    for (const m of d.members)
      if (!same.members.includes(m) && !same.leaders.includes(m)) {
        same.members.push(m);
        same.people?.push(why(m, 'member'));
      }
    same.members = same.members.filter((m) => !same.leaders.includes(m));
  }
  return out;
}

/** Leading cues whose own side outranks the side the sentence shapes gave the same leader ("For the opposition signed the head of its delegation, A"). */
const OUTRANKING_LEAD_RULES: ReadonlySet<string> = new Set(['roster.led-by', 'roster.head-of']);

/** "The two ministers head the delegations", "both leaders led their teams": the pair seated as principals before leads. */
const PAIR_HEADS = /\b(?:the|both)\s+(?:two\s+)?(?:foreign\s+|defence\s+|defense\s+|prime\s+)?(?:ministers|leaders|presidents|envoys|negotiators)\s+(?:will\s+|would\s+|also\s+)?(?:head|headed|heads|lead|led|leads)\s+(?:the\s+|their\s+)?(?:respective\s+|two\s+)?(?:delegations|teams|sides)\b/i;
/** Rules that seat principals who met, as members: the pair a later "the two … head the delegations" names. */
const PAIR_RULES = new Set(['principals.met-pair', 'principals.met-object', 'roster.described-principals', 'roster.principals-met']);

function promoteHeadingPair(delegations: DelegationFact[], sentences: string[]): void {
  const at = sentences.findIndex((s) => PAIR_HEADS.test(s));
  if (at <= 0) return;
  const seated = delegations.flatMap((d) => (d.people ?? []).filter((p) => p.role === 'member' && PAIR_RULES.has(p.rule) && p.sentenceIndex < at).map((p) => ({ d, p })));
  const last = Math.max(-1, ...seated.map((x) => x.p.sentenceIndex));
  const pair = seated.filter((x) => x.p.sentenceIndex === last);
  // Exactly two people, one on each of two sides: anything else is no pair this sentence can mean.
  if (pair.length !== 2 || pair[0]!.d.party === pair[1]!.d.party) return;
  for (const { d, p } of pair) {
    d.members = d.members.filter((n) => n !== p.name);
    if (!d.leaders.includes(p.name)) d.leaders.push(p.name);
    p.role = 'leader';
  }
}

/** A draft's two lists of people, filtered alike. */
const ROLE_LISTS = ['leaders', 'members'] as const;

/**
 * The negotiation's sides, as its dossier's standing actors give them; none for a dossier that reads
 * any negotiation (the fallback), whose actors' sides span many negotiations and bound none of them.
 */
function standingSidesOf(lexicon: ExtractLexicon): Set<string> {
  return lexicon.anyNegotiation ? new Set() : new Set(lexicon.actors.map((a) => a.party).filter((p): p is string => !!p));
}

/**
 * Extracts actors, delegations, dated rounds of talks and events from one news item.
 * Pure and synchronous: the same input always gives the same facts.
 */
export function extract(input: ExtractInput): Extraction {
  // A link to another story ("Read more: …") is no sentence of this one.
  const allUnits = splitUnits(input.text);
  // A tag line runs keywords together: no party word there is anyone's ("Tags: … Belarus Vladimir Medinsky").
  const units = allUnits.filter((u) => !SITE_CHROME.test(u.text) && !TAG_LINE.test(u.text));
  // Statements' paragraph bound: the line of each sentence of the whole text, counted as its
  // `paragraphsOf` does (before the filter above), from this split rather than a second one.
  let line = -1;
  const lines = allUnits.map((u) => (u.lineStart ? ++line : line));
  const sentences = units.map((u) => u.text);
  // Every reader below works on the normalised text: normalise each sentence once, not per reader.
  const norm = sentences.map(normalise);
  // The reporter's own day, where the dateline gives it ("HALLANDALE BEACH, Fla., Nov 30" filed at
  // 01:00 UTC on Dec 1): weekdays and "a week ago" count from that day.
  // The head sentences' dates against the feed's instant: kept, since they are the dates wanted
  // below whenever the reporter's day is that instant (most items).
  const headDates: DateSpan[][] = [];
  const published =
    input.publishedCertain === false ? input.published : reportersDay(norm, input.published, (i) => (headDates[i] ??= findDates(norm[i]!, { published: input.published })));
  // A sentence's tense, for every draft placed in it: computed once, on first need.
  const tenses: (ReturnType<typeof tenseOf> | undefined)[] = [];
  const tenseAt = (i: number) => (tenses[i] ??= tenseOf(norm[i]!));
  const toks: Token[][] = norm.map((s) => tokenize(s));
  // "The government delegation": whose, when the item says so; passed to every reader that reads party words.
  // Parties the item names as hosts or mediators ("under Qatari mediation"): never "the government" of the talks.
  const goBetweenNamed = goBetweenParties(norm);
  const sides = assignGenericSides(toks, new Set([...goBetweenNamed.hosts, ...goBetweenNamed.mediators]), published.toISOString().slice(0, 10));
  const people: PersonSpan[][] = findPeople(
    norm.map((s, i) => ({ text: s, tokens: toks[i]! })),
    { lexicon: input.lexicon, day: published.toISOString().slice(0, 10) },
  );
  // "his British and French counterparts, A and B": each name states the side paired with it.
  for (const [i, list] of people.entries()) counterpartSides(norm[i]!, list);
  // Hosts, mediators and receivers the item names: seated at no side's table, whatever rule read them.
  const goBetweens = findGoBetweens(norm, people, goBetweenNamed.mediators, (i) => {
    // A place phrase, or a seat of power after "at"/"in" ("at the White House", "in the Kremlin").
    const ts = toks[i]!;
    const loc = locationTokens(ts);
    const at = (k: number) => {
      let j = k - 1;
      while (j >= 0 && ts[j]!.party === ts[k]!.party) j--;
      if (ts[j]?.lower === 'the') j--;
      return /^(?:at|in)$/.test(ts[j]?.lower ?? '');
    };
    return new Set(ts.flatMap((t, k) => (t.party && (loc.has(k) || at(k)) ? [t.party.name] : [])));
  });
  const certain = input.publishedCertain !== false;
  const dates: DateSpan[][] = norm.map((s, i) => (certain && published === input.published ? headDates[i] : undefined) ?? findDates(s, { published, certain }));
  // "A day earlier, …", "overnight": days counted from the last one the text has fixed.
  if (certain) addRelativeDays(norm, dates, published);

  const candidates: RoundDraft[] = [];
  // The city a dateline in the item's head names ("KUALA LUMPUR, May 14 (Reuters) –"): where "here" is.
  let datelinePlace: Place | undefined;
  let datelineAt = -1;
  for (let i = 0; i < Math.min(4, toks.length) && !datelinePlace; i++) {
    const first = toks[i]![0];
    if (first && first.text.length > 1 && first.text === first.text.toUpperCase()) datelinePlace = findPlaces(toks[i]!).find((p) => p.first === 0 && p.place.city)?.place;
    if (datelinePlace) datelineAt = i;
  }
  norm.forEach((s, i) => {
    candidates.push(
      ...findRoundCandidates(s, toks[i]!, people[i]!, dates[i]!, i, published, {
        certain,
        underTalksHeading: underTalksHeading(sentences, i),
        sides,
        nextSentence: norm[i + 1],
        prevSentence: norm[i - 1],
        ...(datelinePlace ? { datelinePlace } : {}),
      }),
    );
  });
  // A headline's present tense ("Iran, US hold third round in Muscat") dates its round to the
  // publication day only for want of better: the body's own day for talks in that place, up to
  // three days back, is the round's ("held a third round … in the Omani capital on Saturday").
  for (const c of candidates) {
    if (c.rule !== 'round.under-way-on-publication-day' || !c.place || !c.date) continue;
    const pub = Date.parse(c.date.date);
    // The nearest such day: the body's own "began talks in Geneva on Saturday" on the publication
    // day keeps it, before a side meeting "on Friday" there.
    const body = candidates
      .filter(
        (o) =>
          o !== c &&
          o.rule !== 'round.under-way-on-publication-day' &&
          o.date?.precision === 'day' &&
          // A placeless day only where it points back at the talks already named ("the talks began on
          // Saturday"), not another round told without its place ("the first round took place on Monday").
          (o.place ? placesCompatible(o.place, c.place) : o.anaphoric || o.began) &&
          pub - Date.parse(o.date.date) >= 0 &&
          // "The talks, which started on 25 October, ended on Wednesday": their first day, however far back.
          pub - Date.parse(o.date.date) <= (o.began ? 45 : 3) * 86_400_000,
      )
      .sort((a, b) => Date.parse(b.date!.date) - Date.parse(a.date!.date))[0];
    if (body?.date) c.date = { ...body.date };
  }
  // Principals who met directly ("A and B talked … at P on D"): a round between their sides.
  const principals: PrincipalInput = { texts: norm, toks, people, dates, published, standingSides: standingSidesOf(input.lexicon), mediators: new Set(input.lexicon.mediators ?? []), titleHolders: input.lexicon.actors.filter((a) => a.roles?.length) };
  candidates.push(...principalRounds(principals));
  // The sides the item's talks are between: the first sentence about talks that names two or more.
  let itemParties: string[] = [];
  for (let i = 0; i < sentences.length && itemParties.length < 2; i++) {
    const text = norm[i]!;
    if (!TALKS_RE.test(text)) continue;
    itemParties = participantsOf(text, toks[i]!, people[i]!, sides);
    // "Russia and Ukraine ended their first direct talks": the sides named outside place phrases.
    if (itemParties.length < 2) {
      const loc = locationTokens(toks[i]!);
      // Not "Egyptian and Qatari mediators": go-betweens are no side.
      const goBetween = goBetweenTokens(toks[i]!);
      itemParties = [...new Set(toks[i]!.filter((t, k) => t.party && !loc.has(k) && !goBetween.has(k)).map((t) => t.party!.name))];
    }
  }
  // The negotiation's sides, where the dossier's standing actors say which.
  const standingSides = standingSidesOf(input.lexicon);
  // "Zelensky, who met the Saudi crown prince in Jeddah on Monday": principals meeting with no talks
  // named are a round only between two of the negotiation's sides, not a call on a host or a third country.
  // Nor a go-between's envoy calling on one side ("Witkoff met Netanyahu in Jerusalem on Saturday", "a
  // meeting between Netanyahu and Witkoff": one side and one mediator; mediators by the dossier).
  // The dossier's mediators and the go-betweens of every negotiation (the UN).
  const sideless = new Set([...principals.mediators, ...STANDING_GO_BETWEENS]);
  // A live blog ("Live: A and B at the White House", "Live updates — Saturday 15 November") tells the
  // day's events as they happen: its held mentions of one venue with no day ("The Oval Office meeting
  // lasted about an hour"), where the item dates no round and the headline names no other place, are
  // the day's round. An item with a day for any round dates its rounds by those days.
  if (certain && norm.slice(0, 3).some((t) => LIVE_BLOG.test(t)) && !candidates.some((r) => r.date)) {
    const undated = candidates.filter((r) => r.status === 'held' && r.place && tenseAt(r.sentenceIndex) !== 'future');
    const venue = undated[0]?.place;
    const headPlaces = findPlaces(toks[0]!).map((p) => p.place);
    if (venue && undated.every((r) => placesCompatible(r.place, venue)) && headPlaces.every((p) => placesCompatible(p, venue))) {
      // Its sides are those the headline puts there ("Live: Zelensky and European leaders at White House"),
      // and the government whose seat the venue is; not the item's first talks sentence, which in a
      // blog is any hour's news ("Trump says he will phone Putin").
      const headSides = new Set(people[0]!.flatMap((p) => (p.party ? [p.party] : [])));
      if (SEAT_CITY[venue.name] && venue.country) headSides.add(venue.country);
      for (const r of undated) {
        r.date = { date: published.toISOString().slice(0, 10), precision: 'day', text: "the live blog's day" };
        r.rule = 'round.live-blog-day';
        r.strong = true;
        if (r.parties.length < 2 && headSides.size >= 2) for (const p of headSides) if (!r.parties.includes(p)) r.parties.push(p);
      }
    }
  }
  const roundDrafts = mergeRounds(candidates, itemParties.length >= 2 ? itemParties : []).filter(
    (r) =>
      !(r.encounter && standingSides.size >= 2 && r.parties.some((p) => !standingSides.has(p))) &&
      !((r.encounter || r.parties.length === 2) && r.parties.some((p) => sideless.has(p)) && r.parties.filter((p) => !sideless.has(p)).length === 1),
  );
  // Dates no sentence rule tied to a round, scored by their cues (round-dates.ts). Only an item
  // about talks (a round read, or a talks word somewhere) is worth it.
  let dateCands: DateCandidate[] = [];
  if (certain && (roundDrafts.length || sentences.some((s) => TALKS_RE.test(s)))) {
    const views: SentenceView[] = sentences.map((_, i) => ({ text: norm[i]!, tokens: toks[i]!, people: people[i]!, dates: dates[i]!, sides }));
    dateCands = dateCandidates(views, roundDrafts, published);
    roundDrafts.push(...applyRoundDates(dateCands, views, roundDrafts, itemParties.length >= 2 ? itemParties : [], published, sideless, standingSides));
  }
  // "MUSCAT, April 12. /TASS/. Consultations … ended in the Omani capital": the lede's round in the
  // dateline's city, told as done with no day of its own, is the dateline's day.
  const datelineDay = datelineAt >= 0 ? dates[datelineAt]!.find((d) => d.precision === 'day' && !d.approximate && isDatelineDate(norm[datelineAt]!, d)) : undefined;
  if (datelineDay && certain && !roundDrafts.some((r) => r.date?.precision === 'day' && placesCompatible(r.place, datelinePlace))) {
    const lede = norm.findIndex((t, i) => i >= datelineAt && hasLowerWords(t, 3));
    const undated = roundDrafts.filter((r) => !r.date && r.status === 'held' && r.place && placesCompatible(r.place, datelinePlace) && r.sentenceIndex === lede);
    if (undated.length === 1 && DONE_VERB.test(norm[lede]!)) {
      const r = undated[0]!;
      r.date = { date: datelineDay.date, precision: 'day', text: datelineDay.text };
      r.rule = 'round.dateline-day';
      r.datedIn.push(datelineAt);
    }
  }

  // Parties named so far outside place phrases, for "Facing them…"; rare, so computed only on demand.
  let seen = 0;
  const named: string[] = [];
  const state: DelegationState = {
    sides,
    partiesBefore: (upTo) => {
      for (; seen < upTo; seen++) {
        const loc = locationTokens(toks[seen]!);
        toks[seen]!.forEach((t, k) => {
          if (!t.party || loc.has(k)) return;
          const at = named.indexOf(t.party.name);
          if (at >= 0) named.splice(at, 1);
          named.push(t.party.name);
        });
      }
      return named;
    },
  };
  const drafts: { d: DelegationDraft; tense: ReturnType<typeof tenseOf> }[] = [];
  // "… led by A and B, respectively": a pairing in order is each person's stated side for the item.
  const respective = new Map<string, string>();
  norm.forEach((text, i) => {
    // A question seats no one ("The M23 team is led by A?"): it still names the side that the
    // answer's "the team" stands for (noteSentence below).
    if (QUESTION.test(text)) {
      state.prevSubjectParty = toks[i]!.find((t) => t.party)?.party?.name;
      noteSentence(text, people[i]!, state);
      return;
    }
    for (const d of respectiveDelegations(text, toks[i]!, () => locationTokens(toks[i]!), people[i]!, i)) {
      drafts.push({ d, tense: tenseAt(i) });
      for (const n of [...d.leaders, ...d.members]) respective.set(nameKey(n), d.party);
    }
    // "A for Tehran, B for Washington": each on the side named right after them.
    for (const d of forSidesDelegations(text, people[i]!, i, sides)) drafts.push({ d, tense: tenseAt(i) });
    for (const d of findDelegations(text, people[i]!, i, state)) drafts.push({ d, tense: tenseAt(i) });
    state.prevSubjectParty = toks[i]!.find((t) => t.party)?.party?.name;
    noteSentence(text, people[i]!, state);
  });
  for (const d of principalDelegations(principals, roundDrafts.length > 0, itemParties)) drafts.push({ d, tense: tenseAt(d.sentenceIndex) });
  // The roster rules read the whole item (lists under headings, sides named sentences before);
  // what they place adds to the sentence shapes' drafts, never moves a person placed there.
  const roster = readRosters({
    units,
    texts: norm,
    people,
    ...(input.knownParty ? { knownParty: input.knownParty } : {}),
    sides,
    day: published.toISOString().slice(0, 10),
  });
  for (const c of roster)
    if (c.accepted && QUESTION.test(norm[c.sentenceIndex]!)) {
      c.accepted = false;
      c.why = 'a question asserts no one';
    }
  seatPairAcrossRound(roster, roundDrafts, norm, people);
  // Sides from evidence in order: a person's own stated side (a party word or an office in their
  // title, anywhere in the item) outranks a side the sentence shapes took from context.
  const ownSide = new Map<string, string>(respective);
  for (const list of people)
    for (const p of list) {
      const own = statedSide(p);
      if (own && !ownSide.has(nameKey(p.name))) ownSide.set(nameKey(p.name), own);
    }
  for (const { d } of drafts) for (const role of ROLE_LISTS) d[role] = d[role].filter((n) => (ownSide.get(nameKey(n)) ?? d.party) === d.party);
  const placed = new Map<string, { party: string; leader: boolean }>();
  for (const { d } of drafts) {
    for (const n of d.leaders) placed.set(nameKey(n), { party: d.party, leader: true });
    for (const n of d.members) if (!placed.has(nameKey(n))) placed.set(nameKey(n), { party: d.party, leader: false });
  }
  // Those who hold the talks stand for their sides only where a round in that sentence is between those sides.
  // Those who met in a sentence with no round of its own ("A and B met C at the ambassador's residence")
  // stand for theirs where a round of the item is between all the sides they met across.
  const metAcross = new Map<number, Set<string>>();
  for (const c of roster) if (c.accepted && c.party && MET_RULES.has(c.rule)) metAcross.set(c.sentenceIndex, (metAcross.get(c.sentenceIndex) ?? new Set()).add(c.party));
  const roundBetween = (sides: Set<string> | undefined) => !!sides && sides.size >= 2 && roundDrafts.some((r) => [...sides].every((p) => r.parties.includes(p)));
  for (const c of roster)
    if (
      c.accepted &&
      NEEDS_ROUND.has(c.rule) &&
      // Those who met name the round's sides themselves: a round in the sentence is enough.
      !roundDrafts.some((r) => r.sentences.includes(c.sentenceIndex) && c.party && (MET_RULES.has(c.rule) || r.parties.includes(c.party))) &&
      !(MET_RULES.has(c.rule) && !roundDrafts.some((r) => r.sentences.includes(c.sentenceIndex)) && roundBetween(metAcross.get(c.sentenceIndex)))
    ) {
      c.accepted = false;
      c.why = 'no round in this sentence is between its side and another';
    }
  // "A and B accompanied the foreign minister": those who came with a principal sit at a table only
  // where the item reads a round of their side and seats that side's delegation by another rule.
  for (const c of roster)
    if (
      c.accepted &&
      c.rule === 'roster.accompanies' &&
      !(roundDrafts.some((r) => c.party && r.parties.includes(c.party)) && roster.some((o) => o.accepted && o.party === c.party && o.rule !== c.rule))
    ) {
      c.accepted = false;
      c.why = "no round of the item is this side's, or no delegation of this side is seated otherwise";
    }
  // Principals who met are a table only when the meeting is between two of the negotiation's
  // sides, where the dossier's standing actors say which ("Zelensky met Erdogan in Ankara" is a
  // visit to a host, not a round), and in any case two of the sides the item's talks are between
  // ("Last week, the Serbian prime minister met the Hungarian foreign minister" is another event).
  // The sides the item's talks are between: those of its first sentence about talks naming two, and
  // those of every round it reads (an encounter, "A met B" alone, is no evidence of its own).
  // A meeting the item's first line reports is the item's own ("Iran's top diplomat meets European counterparts in Geneva"), encounter or not.
  const talksOf = new Set([...itemParties, ...roundDrafts.filter((r) => !r.encounter || r.sentences.includes(0)).flatMap((r) => r.parties)]);
  {
    const metSides = new Map<number, Set<string>>();
    for (const c of roster)
      if (c.accepted && c.party && MET_RULES.has(c.rule)) {
        const here = (metSides.get(c.sentenceIndex) ?? new Set<string>()).add(c.party);
        // The other party named by its delegation noun ("Ukrainian negotiators met A") is a side met too.
        if (c.across) here.add(c.across);
        metSides.set(c.sentenceIndex, here);
      }
    for (const c of roster) {
      const sides = c.accepted && MET_RULES.has(c.rule) ? metSides.get(c.sentenceIndex) : undefined;
      if (!sides) continue;
      if (standingSides.size >= 2 && [...sides].filter((p) => standingSides.has(p)).length < 2) {
        c.accepted = false;
        c.why = `met across ${[...sides].join('/')}: not two of the negotiation's sides`;
      } else if (
        itemParties.length >= 2 &&
        // One of the item's sides going to meet another of the dossier's standing sides (neither its mediator) is a meeting
        // of sides whatever the item's own talks ("Witkoff is to travel to Moscow for a meeting with Putin" in a report on
        // US–Ukraine talks); an outsider calling on one of the item's sides stays a go-between's call.
        !(c.traveller && itemParties.includes(c.traveller) && standingSides.size >= 2 && [...sides].every((p) => standingSides.has(p) && !principals.mediators.has(p))) &&
        // Two of the dossier's standing sides (neither its mediator) meet as those sides where a round of talks the
        // item reads is between them ("A and B are expected to meet C and D again", the item's Florida round between
        // them); a meeting alone is no such round ("envoy A met Prime Minister B in Jerusalem on Saturday").
        !(
          standingSides.size >= 2 &&
          [...sides].every((p) => standingSides.has(p) && !principals.mediators.has(p)) &&
          // The meeting's own round, read from this very sentence (its place or day), is such a round too where the
          // dossier names its go-betweens: without them a mediator's envoy calling on one side looks the same.
          roundDrafts.some(
            (r) => (!r.encounter || (principals.mediators.size > 0 && r.sentences.includes(c.sentenceIndex))) && [...sides].every((p) => r.parties.includes(p)),
          )
        ) &&
        [...sides].filter((p) => (standingSides.size >= 2 ? itemParties.includes(p) : talksOf.has(p))).length < 2
      ) {
        // A mediator's envoy calling on one side ("Witkoff met Netanyahu in Jerusalem" in a report
        // on Israel–Hamas talks) is no round between the sides.
        c.accepted = false;
        c.why = `met across ${[...sides].join('/')}: not the sides this item's talks are between`;
      }
    }
  }
  // A go-between sits at no side's table (the dossier's own sides excepted: it knows them better),
  // where the item's talks have two sides besides theirs; in a sentence where a host receives each
  // side in turn, no one met the other side.
  const talksSides = [...talksOf].filter((p) => !goBetweens.parties.has(p));
  // The dossier's mediators (the US at the Gaza talks) sit at no side's table where the item's
  // talks are between two others: only the item's own words for their delegation ("the US
  // delegation, led by A") seat them, as a mediator's delegation.
  const dossierMediatorNamed = new Set(roster.filter((c) => c.accepted && c.side === 'explicit' && c.party && principals.mediators.has(c.party)).map((c) => nameKey(c.name)));
  const sidesBesideMediators = [...talksOf].filter((p) => !principals.mediators.has(p) && !goBetweens.parties.has(p));
  const hostSeat = (name: string, party: string | undefined, rule: string, sentenceIndex: number): string | undefined => {
    // "for the outgoing Biden administration": a name standing as a modifier is no one at the table.
    const spans = (people[sentenceIndex] ?? []).filter((q) => nameKey(q.name) === nameKey(name));
    if (spans.length && spans.every((q) => ATTRIBUTIVE_AFTER.test(norm[sentenceIndex]!.slice(q.end, q.end + 40)))) return 'a name used as a modifier ("the Biden administration")';
    if (party && principals.mediators.has(party) && sidesBesideMediators.length >= 2 && !dossierMediatorNamed.has(nameKey(name)))
      return `${party} mediates this negotiation's talks between ${sidesBesideMediators.join('/')}`;
    // A go-between among the standing actors (listed without a side) sits on the side the item
    // gives them, their own party word or office, or a party word in their sentence ("The Turkish
    // delegation was led by A"); never on one a heading, a list or the context lends ("- Erdogan:
    // Turkey ready to guarantee deal" in a list of links the rules read under Israel's side).
    if (party && standingGoBetween(input.lexicon, name) && !spans.some((q) => statedSide(q) === party) && !(toks[sentenceIndex] ?? []).some((t) => t.party?.name === party))
      return 'a go-between among the standing actors, on no side the item gives them';
    if (party && standingSides.has(party)) return undefined;
    if (goBetweens.mediators.has(nameKey(name))) return 'the item names them members of a mediating body';
    if ((MET_RULES.has(rule) || rule.startsWith('principals.')) && goBetweens.separate.has(sentenceIndex)) return 'a host receiving each side in turn: no table between them';
    if (goBetweens.people.has(nameKey(name)) && (!party || !talksOf.has(party) || talksSides.filter((p) => p !== party).length >= 2))
      return 'the item casts them as host or mediator';
    if (party && goBetweens.parties.has(party) && talksSides.length >= 2) return `${party} hosts or mediates talks between ${talksSides.join('/')}`;
    if (party && goBetweens.present.has(nameKey(name)) && !talksOf.has(party) && talksSides.length >= 2) return `present at talks between ${talksSides.join('/')}, of neither side`;
    return undefined;
  };
  for (const c of roster) {
    const why = c.accepted ? hostSeat(c.name, c.party, c.rule, c.sentenceIndex) : undefined;
    if (why) {
      c.accepted = false;
      c.why = why;
    }
  }
  for (const { d } of drafts) for (const role of ROLE_LISTS) d[role] = d[role].filter((n) => !hostSeat(n, d.party, d.rule ?? SENTENCE_SHAPES_RULE, d.sentenceIndex));
  // A side named right at a leading cue ("a Ukrainian one headed by B") outranks the side the
  // sentence shapes gave the same leader in the same sentence from the clause before it.
  for (const c of acceptedRoster(roster)) {
    const was = placed.get(nameKey(c.name));
    if (!was || c.side !== 'explicit' || c.role !== 'leader' || !OUTRANKING_LEAD_RULES.has(c.rule) || was.party === c.party) continue;
    const moved = drafts.filter(({ d }) => d.sentenceIndex === c.sentenceIndex && d.party === was.party && isSentenceShape(d.rule) && [...d.leaders, ...d.members].some((n) => nameKey(n) === nameKey(c.name)));
    // Only where the sentence shapes placed them in this sentence alone: elsewhere they stated it.
    if (!moved.length || drafts.some(({ d }) => d.sentenceIndex !== c.sentenceIndex && d.party === was.party && [...d.leaders, ...d.members].some((n) => nameKey(n) === nameKey(c.name)))) continue;
    for (const { d } of moved) {
      d.leaders = d.leaders.filter((n) => nameKey(n) !== nameKey(c.name));
      d.members = d.members.filter((n) => nameKey(n) !== nameKey(c.name));
    }
    placed.delete(nameKey(c.name));
  }
  for (const c of acceptedRoster(roster)) {
    const was = placed.get(nameKey(c.name));
    if (was && (was.party !== c.party || was.leader || c.role === 'member')) continue;
    const d: DelegationDraft = {
      party: c.party!,
      leaders: c.role === 'leader' ? [c.name] : [],
      members: c.role === 'member' ? [c.name] : [],
      sentenceIndex: c.sentenceIndex,
      rule: c.rule,
    };
    drafts.push({ d, tense: tenseAt(c.sentenceIndex) });
  }
  // A movement that governs a state by the report's date sits for that state ("the Taliban
  // delegation" at 2021+ talks is Afghanistan's), unless the report seats that state's government,
  // or names it as such, as a side of its own: then they are two sides (the 2020 intra-Afghan talks).
  {
    const day = published.toISOString().slice(0, 10);
    const seated = new Set(drafts.map(({ d }) => d.party));
    const rename = new Map<string, string>();
    for (const p of seated) {
      const state = governedBy(p, day);
      // "Afghan government and Taliban negotiators": the item names the state's government as a side apart.
      if (state && !seated.has(state) && sides.get('government')?.name !== state) rename.set(p, state);
    }
    if (rename.size) {
      for (const { d } of drafts) d.party = rename.get(d.party) ?? d.party;
      for (const r of roundDrafts) r.parties = [...new Set(r.parties.map((p) => rename.get(p) ?? p))];
    }
  }
  drafts.sort((a, b) => a.d.sentenceIndex - b.d.sentenceIndex);
  const tied: Tied[] = drafts.map(({ d, tense }) => {
    const roundIndex = tieToRound(d, tense, roundDrafts);
    if (roundIndex !== undefined) {
      const r = roundDrafts[roundIndex]!;
      if (!r.parties.includes(d.party)) r.parties.push(d.party);
    }
    return roundIndex === undefined ? d : { ...d, roundIndex };
  });
  const delegations = mergeDelegations(tied, sentences);
  promoteHeadingPair(delegations, sentences);

  // Delegation membership tells a person's party when the text did not ("Andrew Peek" → US).
  const partyByName = new Map<string, string>();
  for (const d of delegations) for (const n of [...d.leaders, ...d.members]) partyByName.set(nameKey(n), d.party);
  const actors: ActorMention[] = [];
  people.forEach((list, i) => {
    for (const p of list) {
      const party = p.party ?? partyByName.get(nameKey(p.name));
      const a: ActorMention = { name: p.name, surface: p.surface, sentenceIndex: i };
      if (p.role) a.role = p.role;
      if (party) a.party = party;
      actors.push(a);
    }
  });

  const rounds: RoundFact[] = roundDrafts.map(toRoundFact);
  const events: EventFact[] = [];
  const allDates: DateMention[] = [];
  sentences.forEach((s, i) => {
    const ds = dates[i]!;
    for (const d of ds) {
      const m: DateMention = { date: d.date, precision: d.precision, text: d.text, sentenceIndex: i };
      if (d.approximate) m.approximate = true;
      allDates.push(m);
    }
    if (!ds.length) return;
    // A dateline ("RIYADH, March 24. /TASS/.") dates the report, not a development: an event
    // needs a clause, i.e. a few lower-case words.
    if (!hasLowerWords(s, 3)) return;
    const lower = s.toLowerCase();
    const topics = Object.keys(topicHits(lower, input.lexicon.topics));
    const names = [...new Set(people[i]!.map((p) => p.name))];
    const text = norm[i]!;
    const partySet = new Set<string>();
    for (const p of people[i]!) {
      const party = p.party ?? partyByName.get(nameKey(p.name));
      if (party) partySet.add(party);
    }
    for (const t of toks[i]!) if (t.party) partySet.add(t.party.name);
    const attr = attribution(text, toks[i]!, people[i]!);
    const roundsHere = roundDrafts
      .map((r, ri) => ({ r, ri }))
      .filter(({ r }) => r.datedIn.includes(i) && r.date && ds.some((d) => d.date === r.date!.date));
    const base = {
      title: trimTitle(s),
      actors: names,
      topics,
      sentenceIndex: i,
      evidence: s,
    };
    if (roundsHere.length) {
      for (const { r, ri } of roundsHere) {
        const e: EventFact = { ...base, kind: 'talks', date: r.date!, parties: [...r.parties], roundIndex: ri };
        if (r.place) e.place = r.place.name;
        if (attr) e.attribution = attr;
        events.push(e);
      }
      return;
    }
    const first = ds[0]!;
    // "At the first round on 16 May the sides agreed to an exchange": the day is the round's.
    const kind = TALKS_NOUN_BEFORE_DATE.test(text.slice(Math.max(0, first.start - 40), first.start)) ? 'talks' : classify(s);
    let parties = [...partySet];
    if (kind === 'talks' || kind === 'call') {
      // Talks and calls are between their participants, not every country the sentence names:
      // the venue ("the Riyadh meeting") never, bystanders only when the text names too few sides.
      const loc = locationTokens(toks[i]!);
      const here = new Set<string>();
      for (const p of people[i]!) {
        const party = p.party ?? partyByName.get(nameKey(p.name));
        if (party) here.add(party);
      }
      toks[i]!.forEach((t, k) => {
        if (t.party && !loc.has(k)) here.add(t.party.name);
      });
      const who = participantsOf(text, toks[i]!, people[i]!, sides);
      parties = who.length >= 2 ? who : [...new Set([...who, ...here])];
    }
    const e: EventFact = {
      ...base,
      kind,
      date: { date: first.date, precision: first.precision, text: first.text, ...(first.approximate ? { approximate: true } : {}) },
      parties,
    };
    const placeRound = roundDrafts.find((r) => r.sentences.includes(i) && r.place);
    if (placeRound?.place) e.place = placeRound.place.name;
    if (attr) e.attribution = attr;
    events.push(e);
  });

  // Every dated round is on the timeline: one dated only by a dateline, a headline or a date in
  // another sentence ("The talks were held in Riyadh." after "On Tuesday, …") had no event, so
  // `timeline` never showed it though the round was stored.
  rounds.forEach((r, ri) => {
    if (!r.date || events.some((e) => e.roundIndex === ri)) return;
    const s = sentences[r.sentenceIndex] ?? r.evidence;
    const e: EventFact = {
      kind: 'talks',
      date: r.date,
      title: trimTitle(s),
      parties: [...r.parties],
      actors: [...new Set((people[r.sentenceIndex] ?? []).map((p) => p.name))],
      topics: Object.keys(topicHits(s.toLowerCase(), input.lexicon.topics)),
      roundIndex: ri,
      sentenceIndex: r.sentenceIndex,
      evidence: s,
    };
    if (r.place) e.place = r.place;
    events.push(e);
  });

  const trace = input.trace ? { roster, roundDates: dateCands, people: people.map((list) => list.map((p) => ({ name: p.name, surface: p.surface, ...(p.party ? { party: p.party } : {}), ...(p.role ? { role: p.role.title } : {}) }))) } : undefined;
  const statements = findStatements({
    text: input.text,
    sentences,
    tokens: toks,
    people,
    dates,
    partyOf: (name) => partyByName.get(nameKey(name)),
    topics: input.lexicon.topics,
    lines,
    ...(certain ? { published: { date: published.toISOString().slice(0, 10), precision: 'day' as const, text: 'the report’s date' } } : {}),
  });

  return {
    ...(trace ? { trace } : {}),
    sentences,
    actors,
    rounds,
    delegations,
    events,
    statements,
    topics: topicHits(input.text.toLowerCase(), input.lexicon.topics),
    dates: allDates,
  };
}

/** One plural office right before a pair joined by "and": "between Foreign Ministers A and B". */
const PAIR_OFFICE = /\b(?:(?:foreign|defen[cs]e|prime|deputy\s+foreign)\s+ministers|presidents|chief\s+negotiators|national\s+security\s+advisers)\s+$/i;

/**
 * "talks in Antalya between Foreign Ministers A and B", the round there between Russia and Ukraine:
 * two holders of one office named as a pair met, one states a side and the other none, and the round
 * the sentence reports is between exactly two sides: the other sits on the other one.
 */
function seatPairAcrossRound(roster: RosterCandidate[], rounds: RoundDraft[], texts: string[], people: PersonSpan[][]): void {
  const groups = new Map<string, RosterCandidate[]>();
  for (const c of roster)
    if (!c.accepted && c.why === 'those who met name fewer than two sides') groups.set(`${c.sentenceIndex}:${c.rule}`, [...(groups.get(`${c.sentenceIndex}:${c.rule}`) ?? []), c]);
  for (const group of groups.values()) {
    const named = group.filter((c, i) => group.findIndex((d) => nameKey(d.name) === nameKey(c.name)) === i);
    const sided = named.filter((c) => c.party);
    const unsided = named.filter((c) => !c.party);
    if (named.length !== 2 || sided.length !== 1 || unsided.length !== 1) continue;
    const si = sided[0]!.sentenceIndex;
    const spans = named.map((c) => (people[si] ?? []).find((p) => nameKey(p.name) === nameKey(c.name))).filter((p): p is PersonSpan => !!p).sort((a, b) => a.start - b.start);
    const text = texts[si] ?? '';
    if (spans.length !== 2 || text.slice(spans[0]!.end, spans[1]!.start) !== ' and ' || !PAIR_OFFICE.test(text.slice(Math.max(0, spans[0]!.start - 40), spans[0]!.start))) continue;
    const side = sided[0]!.party!;
    const round = rounds.find((r) => r.sentences.includes(sided[0]!.sentenceIndex) && r.parties.length === 2 && r.parties.includes(side));
    const other = round?.parties.find((p) => p !== side);
    if (!other) continue;
    for (const c of group) {
      c.accepted = true;
      delete c.why;
      if (!c.party) {
        c.party = other;
        c.side = 'listed';
        c.score += SIDE_WEIGHTS.listed;
      }
    }
  }
}
