/**
 * Principals who meet directly (issue 10): heads of state, ministers and envoys at one table with
 * no "led by" wording. The label rules seat everybody a passage places at a side's table, the
 * principals included, and such a meeting with a place or a day is a round.
 *
 * Read here, each side from the person's own evidence only (a party word, an office in their title,
 * the dossier's standing actors): a side none of these gives is left empty.
 *
 * - "A and B talked|met|held talks … at P on D": both at the table, and a round (P, D) between
 *   their sides (`round.principals-met`, `principals.met-pair`).
 * - "A was joined|flanked|accompanied by C and D; B by E": the principals joined sit at the table
 *   with those joining them, and an elliptical second clause seats B and E (`principals.joined`).
 * - "talks between A and the US delegation|Washington's envoys, C and D": A sits for their own
 *   side across from the other (`principals.talks-between`).
 * - "A received|hosted [titles] B in the Kremlin on Tuesday": a round between their sides, read as
 *   "met" is; "A and B spent 12 hours in P on D": the pair met.
 * - "A and B accompanied C" (`principals.accompanied`); "a three-on-three format: A with B and C, and
 *   D with E and F" (`principals.with-groups`): in an item about talks, each group on its principal's side.
 *
 * - "the talks of A with B and C in the Kremlin", "the meeting in Ohrid of A and B": a meeting told
 *   as its principals', each on their own side (`principals.meeting-of`).
 * - "Putin sat with C and his aide D", "C and D sat alongside Mr Putin", "C and D sat with the
 *   president", "A, B and C sat down with a Ukrainian delegation": who sat with whom (`principals.sat-with`).
 * - "A met for five hours with B and C at P", "A negotiated on Sunday in the Chancellery with B":
 *   the length, day or room between the verb and "with" (`principals.met-object`).
 * - "Around the table in the East Room were British Prime Minister A, French President B, …": each
 *   on the side their own title states, a summit's guests included (`principals.around-table`).
 * - "A wider Russian group had flown in — A, B and C among them": on the group's side
 *   (`principals.group-among-them`).
 *
 * Never a phone or video call, a host, a mediator or (but at a table the text lists) a side outside the negotiation's standing sides.
 */
import { type PersonSpan, statedSide } from './actors.js';
import { type DateSpan, type Tense, tenseOf } from './dates.js';
import type { DelegationDraft } from './delegations.js';
import { isTitleWord, officeParty, PROPOSED_MEETING, SPENT_TIME_WITH, titleOrName, titlesOnly, TOPIC_BEFORE_PLACE } from './lexicon.js';
import { findPlaces, isPlaceName, type Place } from './places.js';
import type { RoundDraft } from './rounds.js';
import type { Token } from './tokens.js';

export interface PrincipalInput {
  /** Normalised sentences. */
  texts: string[];
  toks: Token[][];
  people: PersonSpan[][];
  dates: DateSpan[][];
  published: Date;
  /** The negotiation's sides from the dossier's standing actors (empty: any two sides). */
  standingSides: Set<string>;
  /** The dossier's mediators and hosts: never a side at a principals' table. */
  mediators: Set<string>;
  /** Standing actors with the titles they hold: "The US secretary of state" is the one of them the item names. */
  titleHolders?: readonly { name: string; aliases: string[]; party?: string; roles?: string[] }[];
}

/** A call is no round: "spoke by phone", "a video call", "telephone conversation". */
const CALL = /\b(?:phone|telephone|video\s?(?:call|link|conference)|call(?:ed)?|spoke\s+by|conversation\s+by)\b/i;
/** A meeting only wished for: no round of its own here. */
// "a meeting between A and B was not on the agenda yet", "… is not planned": a meeting said not to be coming.
// "may" the verb, not the month: "on May 1", "in May", "since May" are dates.
const NOT_HELD = /\b(?:would|could|might|(?<!\b(?:in|of|since|until|from|early|late|mid)[\s-])may(?!\s+\d)|possible|proposed|propose|proposal|ready\s+to|willing|if|unless|called\s+off|cancel(?:led|ed)?|not\s+invited|refused|declined|not\s+(?:yet\s+)?(?:on\s+the\s+agenda|planned|scheduled))\b/i;
/** The same for a pair who concluded something: what they accepted or signed may well be a proposal ("accepted the EU proposal after talks"). */
const NOT_HELD_CONCLUDED = /\b(?:would|could|might|(?<!\b(?:in|of|since|until|from|early|late|mid)[\s-])may(?!\s+\d)|possible|ready\s+to|willing|if|unless|called\s+off|cancel(?:led|ed)?|not\s+invited|refused|declined)\b/i;
/** The verb right after the pair: "A and B talked for nearly three hours", "… met at …", "… held talks in …". */
// "held indirect talks", "held a third round of talks", "held trade talks": what qualifies the talks is read past.
// "A and B spent some 12 hours in Ohrid on Saturday": a sit-down told by its length.
// "the agreement reached between A and B at their meeting in Munich on 17 February": the meeting told as the pair's own.
// "A and B last met in Washington on 7 November": an adverb of time before the verb.
const MET_AFTER_PAIR =
  /^\s+(?:at\s+their\s+(?:[\p{L}\d-]+\s+){0,2}?(?:meeting|talks|summit)\b|(?:(?:have|had|has)\s+)?(?:(?:last|first|previously|already|also|again|briefly|earlier)\s+)?(?:talked|met|negotiated|held\s+(?:(?:a|an|their|the|new)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:talks|negotiations|consultations|meeting|summit)|sat\s+down|spent\s+(?:(?:some|nearly|almost|about|around|more\s+than|over)\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+hours\s+(?:in|at|together|talking|negotiating)\b))/iu;
/**
 * Two principals who concluded something together where talks were held: "A and B signed|agreed|
 * accepted … after talks in Brussels", "In the first round in Doha, A and B agreed to a ceasefire".
 * Read only in a sentence that names the talks (TALKS_NAMED, anywhere in it), never a call.
 */
// "A and B late on Saturday in Ohrid agreed": a time and a place may stand between the pair and the verb.
const CONCLUDED_AFTER_PAIR = /^,?\s+(?:(?:late|early|later|earlier)\s+)?(?:(?:on|in|at)\s+[\p{L}\d]{1,20}\s+){0,2}(?:(?:have|had|has)\s+)?(?:signed|agreed|accepted|reached|initialled|initialed|endorsed|backed|began|opened|concluded|resumed|put\s+their\s+names\s+to)\b/iu;
const TALKS_NAMED = /\b(?:talks|negotiations|meeting|summit|round)\b/i;
/** Signing needs no talks named: signatories sit on their own sides at the signing (the item's round). */
// "A of X and B of Y on Thursday signed": a time or a place may stand between the pair and the verb.
// "A and B on Thursday, December 4, signed": a weekday with its date set off by commas.
const SIGNED_AFTER_PAIR =
  /^,?\s+(?:(?:on|in|at)\s+[\p{L}\d]{1,20},?\s+(?:(?:\p{Lu}\p{Ll}{2,8}\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}),\s+)?){0,2}(?:(?:have|had|has)\s+)?(?:signed|initialled|initialed|put\s+their\s+names\s+to)\b/iu;
/**
 * The pair meeting now or on a day to come: "A and B meet today in Anchorage", "… have been meeting for
 * an hour", "… will meet in Geneva on Monday", "… are due to hold talks": seated only where the sentence
 * gives the meeting a place or a day (a schedule, not a wish: NOT_HELD still holds), never a round of its own.
 */
const MEET_NOW_AFTER_PAIR =
  /^\s+(?:meet|(?:will|shall)\s+(?:meet|hold\s+talks|sit\s+down)|(?:are|were)\s+(?:(?:due|set|expected|scheduled)\s+)?to\s+(?:meet|hold\s+talks|sit\s+down)|(?:are|were|have\s+been|had\s+been)\s+meeting|hold\s+talks)\b/i;
/**
 * The pair to meet, told as a headline's or a forecast's infinitive: "Pashinyan and Aliyev to meet in
 * Brussels", "… to hold talks", "he expected A and B to come to Washington to sign the accord". Read
 * only where nothing but titles stands before the pair, or an "expect" right before them (`TO_MEET_LEAD`):
 * "urged A and B to meet" is a call, no schedule.
 */
const TO_MEET_AFTER_PAIR = /^\s+to\s+(?:meet|hold\s+talks|sit\s+down|(?:come|travel|fly|go)\s+to\s+(\p{Lu}[\p{L}-]*)\s+(?:to\s+(?:sign|meet|hold\s+talks)|for\s+(?:talks|a\s+meeting|a\s+summit|the\s+signing))\b)/u;
/** Before a pair to meet: a headline's bullet and titles only, or "expected|expects" and titles (group 1 the titles). */
const TO_MEET_LEAD = [/^\s*(?:[•·*–—]\s*)?((?:\p{L}[\p{L}.'’-]*\s+){0,4})$/u, /\bexpect(?:s|ed)?\s+((?:[\p{L}.'’-]+\s+){0,4})$/u];
/** "A and B are to come to Washington to sign …", "… are expected to travel to P for talks": a journey to the table. */
const COME_TO_SIGN_AFTER_PAIR =
  /^\s+(?:(?:are|were)\s+(?:(?:due|set|expected|scheduled)\s+)?to|will)\s+(?:come|travel|fly|go)\s+to\s+(\p{Lu}[\p{L}-]*)\s+(?:to\s+(?:sign|meet|hold\s+talks)|for\s+(?:talks|a\s+meeting|a\s+summit|the\s+signing))\b/u;
/** "A of Azerbaijan and B of Armenia": the side after a name, skipped between the pair and before the verb. */
const OF_SIDE = /^\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s(?:of\s)?[\p{Lu}][\p{L}'’.-]*){0,4}/u;
/** Between the two names of the pair: "and", titles allowed ("and Russian President", "and the Serbian head of state,"). */
// "The President of Serbia, A, and the Prime Minister of Kosovo B": the first name's apposition comma before "and".
const PAIR_JOIN = /^,?\s+and\s+(?:the\s+)?(?:[\p{L}][\p{L}.'’-]*,?\s+){0,5}$/u;
/**
 * "A was joined by", "A, flanked by", "A was accompanied by", "A will now be joined in the room by":
 * the principal, then those beside them.
 */
const JOINED =
  /^,?\s+(?:(?:was|were|is|are|will|has|had|,)\s*)?(?:(?:now|also|again|be|been|being)\s+){0,3}(?:joined|flanked|accompanied)\s+(?:(?:in|at)\s+(?:the\s+)?[\p{L}-]+\s+)?by\s+/iu;
/** "; B by C and D": the elliptical second clause. */
const ELLIPTIC = /^;\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u;
/** "talks between A and …". */
// "between Foreign Minister of Armenia A": an office's "of" among the titles.
const BETWEEN_BEFORE = /\b(?:talks|negotiations|meeting|conversation|discussions)\s+(?:(?:in|at|on)\s+[\p{L}-]+\s+){0,2}between\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|of)\s+){0,5}$/u;
/** "… and the US delegation", "… and Washington's two envoys": the other side as a group, a party word in it. */
const OTHER_GROUP = /^\s+and\s+(?:the\s+)?([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)?)(?:['’]s)?\s+(?:(?:two|three|four|top|chief|special|peace)\s+)*(?:delegation|negotiators|envoys|envoy|team|side)\b/u;
/** Talks that lasted: "more than five hours of talks". */
const HELD_FOR_HOURS = /\bhours\s+of\s+(?:talks|negotiations|discussions)\b/i;
/** A caption's two tables: "A, left, with B and C, opposite D and E at Diriyah Palace". */
const OPPOSITE = /,\s+opposite\s+/i;
/** Hosts and mediators right after a name: "A, who hosted", "A, hosting", "mediated by A". */
const HOST_NEAR = /\b(?:host(?:ed|s|ing)?|welcom(?:ed|es|ing)|greet(?:ed|s|ing)|mediat(?:ed|or|ors|ing)|chair(?:ed|s|ing))\b/i;

type Sides = Pick<PrincipalInput, 'standingSides' | 'mediators'>;

/** A side at a principals' table: one of the negotiation's standing sides (any, without them), never a mediator. */
function onStanding(side: string | undefined, standing: Sides): side is string {
  return !!side && !standing.mediators.has(side) && (standing.standingSides.size < 2 || standing.standingSides.has(side));
}

/** Between list items: a comma or "and", titles allowed before the next name ("and special envoy"). */
const LIST_GAP = /^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)(?:[\p{L}][\p{L}.'’-]*\s+){0,4}$/u;
/** Before the first item: titles only ("Secretary of State", "Washington's two envoys,"). */
const LIST_HEAD = /^[\s,]*(?:[\p{L}][\p{L}.'’-]*\s+){0,5}$/u;

/**
 * The people listed from `from` on, as one coordinated list (never an apposition after an item:
 * "C, son-in-law and adviser to President D" lists C alone), up to `to`.
 */
function listed(text: string, people: PersonSpan[], from: number, to: number): PersonSpan[] {
  const out: PersonSpan[] = [];
  let last = from;
  for (const q of people) {
    if (q.start < from || q.end > to) continue;
    const gap = text.slice(last, q.start);
    if (!(out.length ? LIST_GAP : LIST_HEAD).test(gap)) break;
    // "of State" and the like are title words; a lower-case word that is no title ends the list.
    if (out.length && /\b(?:to|of|for|who|which|said|says)\s*$/i.test(gap) && !/\band\s+(?:\p{L}+\s+){0,4}$/u.test(gap)) break;
    // "Kushner, Trump's son-in-law": a possessor qualifies the item before it and is none.
    if (/['’]s$/.test(text.slice(q.start, q.end)) || /^['’]s\b/.test(text.slice(q.end, q.end + 3))) break;
    out.push(q);
    last = q.end;
  }
  return out;
}

function draft(party: string, names: string[], sentenceIndex: number, rule: string): DelegationDraft {
  return { party, leaders: [], members: [...new Set(names)], sentenceIndex, rule };
}

/** Rounds read from principals who met: "A and B talked … at P on D". */
export function principalRounds(input: PrincipalInput): RoundDraft[] {
  const out: RoundDraft[] = [];
  const pubDay = input.published.toISOString().slice(0, 10);
  input.texts.forEach((text, i) => {
    if (CALL.test(text) || NOT_HELD.test(text)) return;
    const pair = metPair(text, input.people[i]!, input) ?? received(text, input.people[i]!, input);
    if (!pair) return;
    const days = input.dates[i]!.filter((d) => d.precision === 'day' && !d.approximate);
    // The day the verb governs, after the pair ("talked … on Friday"), before a dateline's day.
    const date = days.find((d) => d.start >= pair.people[1].end) ?? days[days.length - 1];
    const place = venue(input.toks[i]!);
    if (!date && !place) return;
    const d: RoundDraft = {
      parties: [pair.sides[0], pair.sides[1]],
      status: date && date.date > pubDay ? 'scheduled' : 'held',
      sentenceIndex: i,
      evidence: text,
      sentences: [i],
      datedIn: date ? [i] : [],
      strong: true,
      rule: 'round.principals-met',
    };
    if (place) d.place = place;
    if (date) d.date = { date: date.date, precision: date.precision, text: date.text };
    // "A received B in the Kremlin": a meeting with no talks word, read as "met" is (an encounter).
    if ('received' in pair && !TALKS_NAMED.test(text)) d.encounter = true;
    out.push(d);
  });
  return out;
}

/** "A received|hosted|welcomed [titles] B": the host of the other side's principal, up to B's name. */
const RECEIVED_OBJECT = /^\s+(?:(?:has|had|have)\s+)?(?:received|receives|hosted|hosts|welcomed|welcomes)\s+((?:[\p{L}.'’-]+\s+){0,4})$/u;

/**
 * "Putin received U.S. special envoy A and B in the Kremlin on Tuesday", "Trump hosted Ukrainian
 * President C at the White House on Monday": one side's principal receiving the other's at a table.
 * Titles only between the verb and the name; two of the negotiation's sides (a host or mediator
 * receiving one side is none: `onStanding`).
 */
function received(text: string, people: PersonSpan[], standing: Sides): { people: [PersonSpan, PersonSpan]; sides: [string, string]; concluded: boolean; received: true } | undefined {
  for (let k = 0; k + 1 < people.length; k++) {
    const a = people[k]!;
    const b = people[k + 1]!;
    const m = RECEIVED_OBJECT.exec(text.slice(a.end, b.start));
    if (!m || !titlesOnly(m[1]!)) continue;
    const sa = statedSide(a);
    const sb = statedSide(b);
    if (!onStanding(sa, standing) || !onStanding(sb, standing) || sa === sb) continue;
    return { people: [a, b], sides: [sa, sb], concluded: false, received: true };
  }
  return undefined;
}

/**
 * "… and the US envoys B and C", "… with US envoy B and C": the people right after `people[k]`, joined
 * by a comma or "and", while they state no side other than `side` (four at most).
 */
function runsOn(text: string, people: PersonSpan[], k: number, side: string | undefined): PersonSpan[] {
  const out: PersonSpan[] = [];
  let last = people[k]!;
  for (const q of people.slice(k + 1, k + 5)) {
    if (!/^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)$/.test(text.slice(last.end, q.start)) || (statedSide(q) ?? side) !== side) break;
    out.push(q);
    last = q;
  }
  return out;
}

/**
 * The pair who met (or concluded something together); with `scheduled`, also a pair meeting now or
 * on a day to come (`MEET_NOW_AFTER_PAIR`, marked `scheduled`).
 */
function metPair(
  text: string,
  people: PersonSpan[],
  standing: Sides,
  scheduled = false,
): { people: [PersonSpan, PersonSpan]; sides: [string, string]; concluded: boolean; rest: PersonSpan[]; scheduled?: boolean; signed?: boolean; destination?: number } | undefined {
  for (let k = 0; k + 1 < people.length; k++) {
    const a = people[k]!;
    const b = people[k + 1]!;
    const gap = text.slice(a.end, b.start);
    if (!PAIR_JOIN.test(gap.replace(OF_SIDE, ''))) continue;
    // "A and the US envoys B and C negotiated": the second side's list runs on to the verb.
    const rest = runsOn(text, people, k + 1, statedSide(b));
    const last = rest[rest.length - 1] ?? b;
    let after = text.slice(last.end).replace(OF_SIDE, '');
    // The list runs on only to a verb of meeting (not to one of concluding: "… resumed talks" under a photo line).
    if (rest.length && !MET_AFTER_PAIR.test(after) && !(scheduled && MEET_NOW_AFTER_PAIR.test(after))) {
      rest.length = 0;
      after = text.slice(b.end).replace(OF_SIDE, '');
    }
    const met = MET_AFTER_PAIR.test(after);
    // A literal gate: only an infinitive right after the pair asks what stands before it.
    const before = /^\s+to\s/.test(after) ? text.slice(0, a.start) : undefined;
    const lead = before === undefined ? undefined : TO_MEET_LEAD.map((r) => r.exec(before)).find(Boolean);
    // The destination of a journey to the table is the meeting's place: "to come to Washington to sign".
    const journey = COME_TO_SIGN_AFTER_PAIR.exec(after) ?? (lead && titlesOnly(lead[1]!) ? TO_MEET_AFTER_PAIR.exec(after) : null);
    const now = !met && scheduled && (MEET_NOW_AFTER_PAIR.test(after) || !!journey);
    if (!met && !now && !(CONCLUDED_AFTER_PAIR.test(after) && TALKS_NAMED.test(text)) && !SIGNED_AFTER_PAIR.test(after)) continue;
    const sa = statedSide(a);
    const sb = statedSide(b);
    if (!onStanding(sa, standing) || !onStanding(sb, standing) || sa === sb) continue;
    const signed = !met && !now && SIGNED_AFTER_PAIR.test(after);
    const bound = now && journey?.[1] ? { destination: last.end + text.slice(last.end).indexOf(journey[1]) } : {};
    return { people: [a, b], sides: [sa, sb], concluded: !met && !now, rest, ...(now ? { scheduled: true } : {}), ...(signed ? { signed: true } : {}), ...bound };
  }
  return undefined;
}

/** "A met|is due to meet|held talks with [titles] B", up to B's name. */
const MET_OBJECT =
  /^\s+(?:(?:is|are|was|were)\s+(?:due|set|expected|scheduled)\s+to\s+(?:meet(?:\s+with)?|hold\s+talks\s+with)|will\s+(?:meet(?:\s+with)?|hold\s+talks\s+with)|met(?:\s+with)?|meets(?:\s+with)?|(?:held|holds|had)\s+talks\s+with|(?:is|are|was|were)\s+due\s+to\s+fly\s+to\s+[\p{Lu}][\p{L}-]*\s+for\s+talks\s+with)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u;
/**
 * "A met for more than five hours with [titles] B", "A negotiated on Sunday in the Federal Chancellery
 * with the US envoys B and C": how long, when or where told between the verb and "with" (a past
 * meeting only), up to B's name; group 1 the words before it, titles only.
 */
const MET_AT_LENGTH_WITH =
  /^\s+(?:met|negotiated|talked|held\s+talks|sat\s+down)\s+(?:(?:for\s+(?:(?:more\s+than|about|nearly|almost|some|over|around|roughly)\s+)?(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+hours?|today|yesterday|on\s+\p{Lu}\p{Ll}+day|(?:in|at)\s+the\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+|(?:in|at)\s+\p{Lu}[\p{L}-]*)\s+){1,3}with\s+((?:[\p{L}.'’-]+\s+){0,4})$/u;

/**
 * "Witkoff and Kushner are due to meet Russian President Vladimir Putin in the Kremlin on Thursday":
 * the subjects and the one they meet, on two sides of their own; a place or a day in the sentence.
 */
function metObject(
  text: string,
  people: PersonSpan[],
  standing: Sides,
): { subjects: PersonSpan[]; object: PersonSpan; others: PersonSpan[]; sides: [string, string]; when: number } | undefined {
  for (let k = 0; k + 1 < people.length; k++) {
    const object = people[k + 1]!;
    const gap = text.slice(people[k]!.end, object.start);
    const atLength = MET_AT_LENGTH_WITH.exec(gap);
    if (!MET_OBJECT.test(gap) && !(atLength && titlesOnly(atLength[1]!.replace(/^the\s+/i, '')))) continue;
    let j = k;
    while (j > 0 && LIST_GAP.test(text.slice(people[j - 1]!.end, people[j]!.start))) j--;
    const subjects = people.slice(j, k + 1);
    // The subjects' own sides agree ("US envoys A and B": one side named for both).
    const own = new Set(subjects.map(statedSide).filter(Boolean));
    const sa = subjects.length && own.size === 1 ? [...own][0] : undefined;
    const sb = statedSide(object);
    if (!onStanding(sa, standing) || !onStanding(sb, standing) || sa === sb) continue;
    // "… with US envoy B and C": the met one's list runs on while it states no other side.
    const others = atLength ? runsOn(text, people, k + 1, sb) : [];
    // The day told between the verb and "with" ("negotiated on Sunday … with") counts when the length is told there too.
    return { subjects, object, others, sides: [sa, sb], when: atLength ? people[k]!.end : object.end };
  }
  return undefined;
}

/** The venue: the dateline's place, else one the sentence puts the meeting in or at (not "the war in Ukraine"; "in the Kremlin", "at the White House"). */
function venue(toks: Token[]): Place | undefined {
  const places = findPlaces(toks);
  const before = (p: { first: number }) => p.first - (toks[p.first - 1]?.lower === 'the' ? 2 : 1);
  return (
    places.find((p) => p.first === 0) ??
    places.find((p) => /^(?:in|at)$/.test(toks[before(p)]?.lower ?? '') && !TOPIC_BEFORE_PLACE.has(toks[before(p) - 1]?.lower ?? '') && toks[before(p) - 1]?.lower !== 'war')
  )?.place;
}

/**
 * Delegation drafts for principals at a table: read only where the item has a round
 * (`hasRound`), each person on their own side.
 */
export function principalDelegations(input: PrincipalInput, hasRound: boolean, itemParties: string[] = []): DelegationDraft[] {
  const out: DelegationDraft[] = [];
  // Without the dossier's mediators, a meeting outside the sides the item's talks are between may be
  // a go-between calling on one side ("Witkoff met Netanyahu" in a report on Israel–Hamas talks).
  const between = (sides: [string, string]) => input.mediators.size > 0 || itemParties.length < 2 || sides.every((x) => itemParties.includes(x));
  const talksNamed = input.texts.some((t) => TALKS_NAMED.test(t));
  // "The summit in Anchorage on Friday …": a meeting the item dates, whoever its sides.
  const talksDated = input.texts.some((t, i) => TALKS_NAMED.test(t) && input.dates[i]!.some((d) => d.precision === 'day' && !d.approximate));
  input.texts.forEach((text, i) => {
    if (CALL.test(text)) return;
    const people = input.people[i]!;
    // Asked once per sentence, not once per reader below: a meeting only wished for, and the tense.
    const notHeld = NOT_HELD.test(text);
    let tense: Tense | undefined;
    const future = () => {
      tense ??= tenseOf(text);
      return tense === 'future';
    };
    out.push(...opposite(text, people, i, input));
    // "a three-on-three format: A with B and C, and D with E and F": each principal's group one side.
    if ((hasRound || talksNamed) && !PLAN_UNSURE.test(text)) out.push(...withGroups(text, people, i, input));
    // "A and B accompanied C": in an item about talks, those with a principal sit at the table with them.
    if ((hasRound || talksNamed) && !notHeld) out.push(...accompanied(text, people, i, input));
    // "A was flanked by C and D" in an item about a dated summit no round was read for, or about talks
    // ("Talks lasted nearly three hours … Trump is joined by C and D"): the principal sits with them.
    if (!hasRound && (talksDated || talksNamed)) out.push(...joined(text, people, i, input), ...titleJoined(input, text, people, i));
    // "five hours of talks between A and B": talks that were held, a round even where no place or day is read.
    if (!hasRound) {
      if (HELD_FOR_HOURS.test(text) && !notHeld && !future()) out.push(...talksBetween(text, input.toks[i]!, people, i, input));
      return;
    }
    const pair = metPair(text, people, input, true);
    // A meeting now or to come is seated where the sentence gives it a place or a day of its own.
    const fixed = (after: number) => !!venue(input.toks[i]!) || input.dates[i]!.some((d) => d.precision === 'day' && !d.approximate && d.start > after);
    // A journey's destination fixes the meeting where the gazetteer knows it as a place or a side's capital.
    const bound = (at: number | undefined) => input.toks[i]!.some((t) => t.start === at && (!!t.party || isPlaceName(t.text)));
    // Two signatories of two sides sign as principals of those sides, whoever the item's first round is between.
    if (pair && !(pair.concluded ? NOT_HELD_CONCLUDED.test(text) : notHeld) && (pair.signed || between(pair.sides)) && (!pair.scheduled || fixed(pair.people[0].start) || bound(pair.destination))) {
      out.push(draft(pair.sides[0], [pair.people[0].name], i, 'principals.met-pair'));
      out.push(draft(pair.sides[1], [pair.people[1].name, ...pair.rest.map((q) => q.name)], i, 'principals.met-pair'));
    }
    if (!notHeld) out.push(...possessiveMeeting(text, people, i, input, fixed));
    if (!notHeld) out.push(...brings(text, people, i, input));
    if (!notHeld) out.push(...meetingOf(text, people, i, input, fixed));
    if (!future()) out.push(...aroundTable(text, people, i, input));
    if (!notHeld) out.push(...groupAmongThem(text, input.toks[i]!, people, i, input));
    if (!notHeld && !future()) out.push(...satWith(text, input.toks[i]!, people, i, input, fixed));
    if (!notHeld && !future()) out.push(...handedTo(text, people, i, input, fixed));
    if (!notHeld) out.push(...withTheDelegation(text, people, i, input, itemParties));
    if (!notHeld) out.push(...dueInCapital(text, input.toks[i]!, people, i, input, between));
    const met = notHeld ? undefined : metObject(text, people, input);
    if (met && between(met.sides) && fixed(met.when)) {
      out.push(draft(met.sides[0], met.subjects.map((q) => q.name), i, 'principals.met-object'));
      out.push(draft(met.sides[1], [met.object.name, ...met.others.map((q) => q.name)], i, 'principals.met-object'));
    }
    const spent = notHeld ? [] : spentWith(text, people, i, input);
    if (spent.length && between([spent[0]!.party, spent[1]!.party] as [string, string]) && fixed(people[0]!.start)) out.push(...spent);
    // "A met B in the Kremlin, together with B's aide C and envoy D": those beside the principals who met.
    out.push(...alongside(text, people, i, out.filter((d) => d.sentenceIndex === i && MEETING_RULES.has(d.rule ?? ''))));
    out.push(...joined(text, people, i, input), ...titleJoined(input, text, people, i));
    if (!notHeld && !future()) out.push(...talksBetween(text, input.toks[i]!, people, i, input));
  });
  return out;
}

/** A sentence opening on "The <title> was joined|accompanied|flanked by": the title, then where the list begins. */
const TITLE_JOINED = /^The\s+((?:[\p{L}.'’-]+\s+){0,5}?[\p{L}.'’-]+)\s+(?:was|is|had\s+been)\s+(?:also\s+)?(?:joined|flanked|accompanied)\s+by\s+/u;

/**
 * "The US secretary of state was joined by C and D": the one standing actor holding that title (the
 * title ends with the role the dossier gives them) whom the item has named by this sentence; their side
 * from the dossier or the title's office, with those joining them.
 */
function titleJoined(input: PrincipalInput, text: string, people: PersonSpan[], i: number): DelegationDraft[] {
  const m = TITLE_JOINED.exec(text);
  if (!m || !input.titleHolders?.length) return [];
  const title = m[1]!.toLowerCase();
  if (!isTitleWord(title.split(/\s+/).pop()!)) return [];
  const named = new Set(input.people.slice(0, i + 1).flatMap((ps) => ps.map((q) => q.name)));
  const holders = input.titleHolders.filter(
    (a) => (named.has(a.name) || a.aliases.some((x) => named.has(x))) && a.roles!.some((r) => title === r || title.endsWith(` ${r}`)),
  );
  const holder = holders.length === 1 ? holders[0]! : undefined;
  const side = holder ? (holder.party ?? officeParty(title)) : undefined;
  if (!holder || !onStanding(side, input) || people.some((q) => q.name === holder.name)) return [];
  const from = m[0].length;
  const semi = text.indexOf(';', from);
  const company = listed(text, people, from, semi < 0 ? text.length : semi).filter((q) => (statedSide(q) ?? side) === side);
  return company.length ? [draft(side, [holder.name, ...company.map((q) => q.name)], i, 'principals.joined')] : [];
}

/** "A was joined by C and D; B by E and F". */
function joined(text: string, people: PersonSpan[], i: number, standing: Sides): DelegationDraft[] {
  const out: DelegationDraft[] = [];
  for (let k = 0; k < people.length; k++) {
    const p = people[k]!;
    const m = JOINED.exec(text.slice(p.end, p.end + 60));
    if (!m) continue;
    const side = statedSide(p);
    if (!onStanding(side, standing) || HOST_NEAR.test(text.slice(Math.max(0, p.start - 30), p.start))) continue;
    // The principal's clause runs to the next ";" (or the sentence's end).
    const from = p.end + m[0].length;
    const semi = text.indexOf(';', from);
    const stop = /\s(?:while|whereas)\b/u.exec(text.slice(from));
    const to = Math.min(semi < 0 ? text.length : semi, stop ? from + stop.index : text.length);
    const company = listed(text, people, from, to).filter((q) => (statedSide(q) ?? side) === side);
    out.push(draft(side, [p.name, ...company.map((q) => q.name)], i, 'principals.joined'));
    // "; Putin by Foreign Minister Sergei Lavrov and aide Yuri Ushakov".
    if (semi < 0) continue;
    const second = people.find((q) => q.start > semi && ELLIPTIC.test(text.slice(semi, q.start)));
    if (!second || !/^\s+by\s+/i.test(text.slice(second.end, second.end + 5))) continue;
    const side2 = statedSide(second);
    if (!onStanding(side2, standing) || side2 === side) continue;
    const semi2 = text.indexOf(';', second.end);
    const to2 = semi2 < 0 ? text.length : semi2;
    const company2 = listed(text, people, second.end + /^\s+by\s+/i.exec(text.slice(second.end))![0].length, to2).filter((q) => (statedSide(q) ?? side2) === side2);
    out.push(draft(side2, [second.name, ...company2.map((q) => q.name)], i, 'principals.joined'));
  }
  return out;
}

/** A plan that may not happen: "would" and "will" are how a schedule is told, these are not. */
const PLAN_UNSURE = /\b(?:possible|possibly|proposed|propose|proposal|if|unless|called\s+off|cancel(?:led|ed)?|scrapped|not\s+invited|refused|declined)\b/i;
/** What the text before a colon must name for the groups after it to be tables: a meeting, a format. */
const MEETING_BEFORE_COLON = /\b(?:meeting|talks|format|table|summit|session|negotiations|sit-down)\b[^:]{0,40}$/i;

/** Before each group's principal: a comma, "and" or a semicolon after the last group, then titles only. */
const GROUP_GAP = /^\s*(?:[,;]\s*)?(?:and\s+|while\s+)?((?:[\p{L}.'’-]+\s+){0,4})$/u;

/**
 * "… then move to a meeting in a three-on-three format: Trump with Secretary of State A and envoy B,
 * and Putin with Foreign Minister C and aide D": after a colon that closes a meeting's mention, each
 * principal "with" their people is one side's table; two groups on two of the negotiation's sides at least.
 */
function withGroups(text: string, people: PersonSpan[], i: number, standing: Sides): DelegationDraft[] {
  const colon = text.indexOf(':');
  if (colon < 0 || !MEETING_BEFORE_COLON.test(text.slice(0, colon))) return [];
  const heads = people.filter((p) => p.start > colon && /^\s+with\s/.test(text.slice(p.end, p.end + 6)));
  const groups: DelegationDraft[] = [];
  let from = colon + 1;
  for (const [n, p] of heads.entries()) {
    // Each group opens the list or follows the last one after a comma, "and" or a semicolon.
    const gap = GROUP_GAP.exec(text.slice(from, p.start));
    if (!gap || !titlesOnly(gap[1]!)) return [];
    const side = statedSide(p);
    if (!onStanding(side, standing)) return [];
    const to = heads[n + 1]?.start ?? text.length;
    const company = listed(text, people, p.end + /^\s+with\s/.exec(text.slice(p.end))![0].length, to).filter((q) => (statedSide(q) ?? side) === side);
    if (!company.length) return [];
    groups.push(draft(side, [p.name, ...company.map((q) => q.name)], i, 'principals.with-groups'));
    from = company[company.length - 1]!.end;
  }
  return groups.length >= 2 && new Set(groups.map((g) => g.party)).size === groups.length ? groups : [];
}

/** "A and B accompanied [titles] C": those accompanying, then the principal they accompany. */
const ACCOMPANIED_OBJECT = /^\s+(?:(?:had|have|has|will|would)\s+)?(?:also\s+)?(?:accompanied|accompany|accompanies)\s+((?:[\p{L}.'’-]+\s+){0,4})$/u;

/**
 * "Andriy Yermak and Rustem Umerov accompanied Zelensky": the principal and those with them, on the
 * principal's side (one of the negotiation's standing sides); a companion whose own side is another
 * is dropped, and only titles stand between the verb and the principal's name.
 */
function accompanied(text: string, people: PersonSpan[], i: number, standing: Sides): DelegationDraft[] {
  for (let k = 0; k + 1 < people.length; k++) {
    const object = people[k + 1]!;
    const m = ACCOMPANIED_OBJECT.exec(text.slice(people[k]!.end, object.start));
    if (!m || !titlesOnly(m[1]!)) continue;
    const side = statedSide(object);
    if (!onStanding(side, standing) || /^['’]s\b/.test(text.slice(object.end, object.end + 3))) continue;
    let j = k;
    while (j > 0 && LIST_GAP.test(text.slice(people[j - 1]!.end, people[j]!.start))) j--;
    const company = people.slice(j, k + 1).filter((q) => (statedSide(q) ?? side) === side);
    if (!company.length) continue;
    return [draft(side, [object.name, ...company.map((q) => q.name)], i, 'principals.accompanied')];
  }
  return [];
}

/** "talks between Russian President A and the US delegation", "… between A and Washington's two envoys, C and D". */
function talksBetween(text: string, toks: Token[], people: PersonSpan[], i: number, standing: Sides): DelegationDraft[] {
  const out: DelegationDraft[] = [];
  for (let k = 0; k < people.length; k++) {
    const p = people[k]!;
    const before = text.slice(Math.max(0, p.start - 80), p.start);
    const at = BETWEEN_BEFORE.exec(before);
    // "it was too early to talk about a date for a meeting between A and B": only asked for.
    const noun = p.start - before.length + (at?.index ?? 0);
    if (!at || PROPOSED_MEETING.test(text.slice(Math.max(0, noun - 80), noun))) continue;
    const side = statedSide(p);
    if (!onStanding(side, standing)) continue;
    const after = text.slice(p.end);
    const group = OTHER_GROUP.exec(after);
    const next = people[k + 1];
    let other: string | undefined;
    if (group) {
      // The other side named by a party word or a capital standing for it, as the tokens read it.
      const at = p.end + group.index;
      other = toks.find((t) => t.party && t.start >= at && t.end <= at + group[0].length)?.party?.name;
      if (!other) {
        const q = people.find((x) => x.start >= at + group[0].length && x.start < at + group[0].length + 4);
        other = q ? statedSide(q) : undefined;
      }
    } else if (next && PAIR_JOIN.test(text.slice(p.end, next.start))) other = statedSide(next);
    if (!onStanding(other, standing) || other === side) continue;
    out.push(draft(side, [p.name], i, 'principals.talks-between'));
    // "…, Steve Witkoff and Jared Kushner": the group's people named right after it.
    if (group) {
      const end = p.end + group.index + group[0].length;
      const seq = listed(text, people, end, text.length)
        .filter((q) => (statedSide(q) ?? other) === other)
        .map((q) => q.name);
      if (seq.length) out.push(draft(other as string, seq, i, 'principals.talks-between'));
    } else if (next) out.push(draft(other as string, [next.name], i, 'principals.talks-between'));
  }
  return out;
}

/** "A, left, with B and C, opposite D and E": each group one side of its own, the two sides different. */
function opposite(text: string, people: PersonSpan[], i: number, standing: Sides): DelegationDraft[] {
  const m = OPPOSITE.exec(text);
  if (!m) return [];
  const left = people.filter((q) => q.end <= m.index);
  const right = listed(text, people, m.index + m[0].length, text.length);
  const one = (group: PersonSpan[]) => {
    const sides = new Set(group.map(statedSide).filter(Boolean));
    return sides.size === 1 ? [...sides][0] : undefined;
  };
  const a = one(left);
  const b = one(right);
  if (!left.length || !right.length || !onStanding(a, standing) || !onStanding(b, standing) || a === b) return [];
  return [
    draft(a, left.filter((q) => (statedSide(q) ?? a) === a).map((q) => q.name), i, 'principals.opposite'),
    draft(b, right.filter((q) => (statedSide(q) ?? b) === b).map((q) => q.name), i, 'principals.opposite'),
  ];
}

/** Before a companion: "his"/"her", title words (a possessor's name among them), an apposition's comma ("his foreign minister, C"). */
const COMPANION_HEAD = /^\s*(?:(?:his|her|their)\s+)?((?:[\p{L}][\p{L}.'’-]*\s+){0,5}(?:[\p{L}][\p{L}.'’-]*,\s+)?)$/u;
/** Between companions: a comma or "and" (or both), then the same as before the first. */
const COMPANION_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:his|her|their)\s+)?((?:[\p{L}][\p{L}.'’-]*\s+){0,5}(?:[\p{L}][\p{L}.'’-]*,\s+)?)$/u;
/** A clause or a speaker after the list's last item ends it. */
const COMPANION_STOP = /\b(?:to|for|who|which|said|says|told|while|whereas)\s*(?:,\s*)?$/i;

/** The words before a companion's name: title words, a lower-case qualifier ("longtime"), a possessor; the last one a title word. */
function companionWords(words: string): boolean {
  const ws = words.replace(/,\s*$/, '').split(/\s+/).filter(Boolean);
  if (!ws.length) return true;
  const lastWord = ws[ws.length - 1]!;
  return (isTitleWord(lastWord) || /^\p{Lu}/u.test(lastWord)) && ws.every((w) => titleOrName(w) || /^\p{Ll}[\p{Ll}-]*$/u.test(w) || /['’]s$/.test(w));
}

/**
 * The people listed as companions from `from` on, up to `to`: "Foreign Minister C and his aide D",
 * "his foreign minister, C, and his longtime aide, D", "Putin's aide C and envoy D" (a possessor read
 * past as part of the title).
 */
function companions(text: string, people: PersonSpan[], from: number, to: number): PersonSpan[] {
  const out: PersonSpan[] = [];
  let last = from;
  for (const q of people) {
    if (q.start < from || q.end > to) continue;
    // "Putin's aide C": the possessor qualifies the title of the one after it.
    if (/['’]s$/.test(text.slice(q.start, q.end)) || /^['’]s\b/.test(text.slice(q.end, q.end + 3))) continue;
    const gap = text.slice(last, q.start);
    const m = (out.length ? COMPANION_GAP : COMPANION_HEAD).exec(gap);
    if (!m || !companionWords(m[1]!) || (out.length && COMPANION_STOP.test(gap))) break;
    // "C, son-in-law of US President D": with no "and", an "of" phrase describes the item before.
    if (out.length && !/\band\b/.test(gap) && /\bof\b/.test(gap)) break;
    out.push(q);
    last = q.end;
    // An apposition after the name ("C, his aide,") belongs to it: the next gap opens after it.
    const appos = /^,\s+(?:his|her|their|the|a)\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+(?=,)/u.exec(text.slice(q.end, to));
    if (appos) last = q.end + appos[0].length;
  }
  return out;
}

/** After a possessor: "'s talks in the Kremlin on Thursday with", "'s five-hour meeting with". */
const POSSESSED_MEETING = /^['’]s?\s+(?:[\p{L}\d-]+\s+){0,3}?(?:talks|meeting|meetings|negotiations|summit|sit-down)\s+(?:[^\s,;:]+\s+){0,6}?with\s+/iu;
/** "for his high-stakes meeting with": the clause's subject the possessor. */
const HIS_MEETING = /\b(?:his|her)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:talks|meeting|meetings|negotiations|summit|sit-down)\s+(?:[^\s,;:]+\s+){0,6}?with\s+/iu;

/**
 * "Russian President A's talks in the Kremlin with US envoy B and C lasted five hours", "B and C's
 * five-hour meeting with A at the Kremlin on December 2", "A will arrive in Alaska on Friday for his
 * meeting with D": the possessor and the people met, each on their own side, where the sentence gives
 * the meeting a place or a day (`fixed`).
 */
function possessiveMeeting(text: string, people: PersonSpan[], i: number, standing: Sides, fixed: (after: number) => boolean): DelegationDraft[] {
  for (let k = 0; k < people.length; k++) {
    const a = people[k]!;
    const own = /['’]s$/.test(text.slice(a.start, a.end));
    let m = POSSESSED_MEETING.exec(own ? `’s${text.slice(a.end)}` : text.slice(a.end));
    let withEnd = m ? a.end + m[0].length - (own ? 2 : 0) : -1;
    let owners: PersonSpan[] = [a];
    if (m) {
      // "B and C's meeting", "B's and C's meeting": the possessors before the last one.
      let j = k;
      while (j > 0 && /^(?:['’]s)?(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)$/.test(text.slice(people[j - 1]!.end, people[j]!.start))) j--;
      owners = people.slice(j, k + 1);
    } else if (k === 0) {
      // "A will arrive in Alaska on Friday for his meeting with D": the sentence's first person, no other before "his".
      const h = HIS_MEETING.exec(text.slice(a.end));
      const next = people[1];
      if (!h || (next && next.start < a.end + h.index)) continue;
      m = h;
      withEnd = a.end + h.index + h[0].length;
    } else continue;
    const sides = new Set(owners.map(statedSide).filter(Boolean));
    const side = sides.size === 1 ? [...sides][0] : undefined;
    if (!onStanding(side, standing) || !fixed(a.start)) continue;
    const stop = /[;:]/.exec(text.slice(withEnd));
    const met = companions(text, people, withEnd, stop ? withEnd + stop.index : text.length);
    // Those met who state no side of their own sit with the rest of the list where all the others agree on one.
    const stated = new Set(met.map(statedSide).filter(Boolean));
    const listedSide = stated.size === 1 ? [...stated][0] : undefined;
    const across = met.filter((q) => {
      const s = statedSide(q) ?? listedSide;
      return onStanding(s, standing) && s !== side;
    });
    if (!across.length) continue;
    const out = [draft(side, owners.filter((q) => (statedSide(q) ?? side) === side).map((q) => q.name), i, 'principals.possessive-meeting')];
    for (const q of across) out.push(draft((statedSide(q) ?? listedSide)!, [q.name], i, 'principals.possessive-meeting'));
    return out;
  }
  return [];
}

/** "… to the airport", "… into the hall": a destination after those brought, other than the talks. */
const BROUGHT_ELSEWHERE = /^\s+(?:along\s+)?(?:to|into|onto|back\s+to)\s+(?!(?:the\s+)?(?:talks|table|meeting|negotiations|summit)\b)/i;
/** "A brings|brought|has brought [with him] …", "A had his foreign minister, C, and …": a principal's own companions. */
const BRINGS = /^\s+(?:(?:(?:has|had|will|is|was)\s+)?(?:brings|brought|bring|bringing|took|takes|take|taking)\s+(?:(?:with|along)\s+(?:him|her)\s+)?|(?:had|has)\s+(?=(?:his|her)\s))/iu;

/**
 * "Putin brings Foreign Minister C and his adviser, D", "Putin had his foreign minister, C, and his
 * aide, D": in an item with a round, the principal and those they bring sit on the principal's side;
 * a companion stating another side is dropped.
 */
function brings(text: string, people: PersonSpan[], i: number, standing: Sides): DelegationDraft[] {
  for (const p of people) {
    const m = BRINGS.exec(text.slice(p.end, p.end + 40));
    if (!m) continue;
    const side = statedSide(p);
    if (!onStanding(side, standing) || /^['’]s\b/.test(text.slice(p.end, p.end + 3))) continue;
    const from = p.end + m[0].length;
    const stop = /[;:]/.exec(text.slice(from));
    const listedHere = companions(text, people, from, stop ? from + stop.index : text.length);
    // "brought C to the airport": taken somewhere, not to the table.
    const tail = listedHere.length ? text.slice(listedHere[listedHere.length - 1]!.end) : '';
    if (BROUGHT_ELSEWHERE.test(tail)) continue;
    const company = listedHere.filter((q) => (statedSide(q) ?? side) === side);
    if (!company.length) continue;
    return [draft(side, [p.name, ...company.map((q) => q.name)], i, 'principals.brings')];
  }
  return [];
}

/** Before the first of a meeting told as "of" its principals: "the talks of", "the meeting in Ohrid of"; group 1 the titles before the name. */
const MEETING_OF = /\b(?:talks|meeting|negotiations|summit)\s+(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+)?of\s+((?:[\p{L}.'’-]+\s+){0,4})$/u;
/** Between the first principal and the second: "with [titles]" or "and [titles]"; group 1 the titles. */
const MEETING_OF_OTHER = /^\s+(?:with|and)\s+((?:[\p{L}.'’-]+\s+){0,4})$/u;

/**
 * "The talks of Russian President A with US envoy B and C in the Kremlin lasted five hours", "the
 * meeting in Ohrid of Serbian President A and Pristina's Prime Minister B ended after 12 hours": a
 * meeting told as its principals', each on their own side, where the sentence gives it a place or a
 * day (`fixed`); one asked for or floated is no meeting (`PROPOSED_MEETING`, and `NOT_HELD` by the caller).
 */
function meetingOf(text: string, people: PersonSpan[], i: number, standing: Sides, fixed: (after: number) => boolean): DelegationDraft[] {
  // A literal gate before any pattern: the noun and "of" both in the sentence.
  if (!text.includes(' of ') || !/\b(?:talks|meeting|negotiations|summit)\s/.test(text)) return [];
  for (let k = 0; k + 1 < people.length; k++) {
    const a = people[k]!;
    const b = people[k + 1]!;
    const before = text.slice(Math.max(0, a.start - 80), a.start);
    const m = MEETING_OF.exec(before);
    const o = MEETING_OF_OTHER.exec(text.slice(a.end, b.start));
    if (!m || !o || !titlesOnly(m[1]!) || !titlesOnly(o[1]!.replace(/^the\s+/i, ''))) continue;
    const noun = a.start - before.length + m.index;
    if (PROPOSED_MEETING.test(text.slice(Math.max(0, noun - 80), noun))) continue;
    const sa = statedSide(a);
    const sb = statedSide(b);
    if (!onStanding(sa, standing) || !onStanding(sb, standing) || sa === sb || !fixed(-1)) continue;
    // "… with US envoy B and C": the second principal's list runs on while it states no other side.
    const rest = runsOn(text, people, k + 1, sb);
    return [draft(sa, [a.name], i, 'principals.meeting-of'), draft(sb, [b.name, ...rest.map((q) => q.name)], i, 'principals.meeting-of')];
  }
  return [];
}

/** A sentence opening on who was at the table: "Around the table in the East Room were", "At the table sat". */
const AROUND_TABLE = /^(?:Around|At|Round)\s+the\s+table(?:\s+(?:in|at)\s+(?:the\s+)?[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]*){0,2})?,?\s+(?:were|sat|was)\s+/u;

/**
 * "Around the table in the East Room were British Prime Minister A, French President B and NATO
 * Secretary-General C": in an item with a round, everyone listed sits at it, each on the side their own
 * title or party word states (a summit's guests from outside the negotiation's two sides included, as
 * the labels seat the leaders who came with Zelensky); one stating no side, or a mediator, is left out.
 */
function aroundTable(text: string, people: PersonSpan[], i: number, standing: Sides): DelegationDraft[] {
  const m = AROUND_TABLE.exec(text);
  if (!m) return [];
  const out: DelegationDraft[] = [];
  for (const q of listed(text, people, m[0].length, text.length)) {
    const side = statedSide(q);
    if (side && !standing.mediators.has(side)) out.push(draft(side, [q.name], i, 'principals.around-table'));
  }
  return out.length >= 2 ? out : [];
}

/** "A wider Russian group had flown in —": a side's group that came, then a dash opening its list; group 1 the side word. */
const GROUP_CAME_DASH =
  /\b(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Lu}[\p{L}-]*)\s+(?:group|delegation|team|contingent|entourage)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?(?:flown\s+in|flew\s+in|came|arrived|travell?ed|attended|joined)\b[^—–;]{0,40}?\s[—–]\s+/u;

/**
 * "A wider Russian group had flown in — Defence Minister A, Finance Minister B and fund chief C among
 * them — but …": in an item with a round, the people between the dashes up to "among them" sit on the
 * group's side (a party word before "group"); one stating another side is left out.
 */
function groupAmongThem(text: string, toks: Token[], people: PersonSpan[], i: number, standing: Sides): DelegationDraft[] {
  const end = text.indexOf(' among them');
  if (end < 0) return [];
  const m = GROUP_CAME_DASH.exec(text.slice(0, end));
  if (!m) return [];
  const at = m.index + m[0].indexOf(m[1]!);
  const side = toks.find((t) => t.party && t.start === at)?.party?.name;
  if (!onStanding(side, standing)) return [];
  const company = listed(text, people, m.index + m[0].length, end).filter((q) => (statedSide(q) ?? side) === side);
  // The list runs to "among them": a name left after the last one listed is no part of it.
  const last = company[company.length - 1];
  if (!last || !/^\s*$/.test(text.slice(last.end, end))) return [];
  return [draft(side, company.map((q) => q.name), i, 'principals.group-among-them')];
}

/**
 * "Putin sat with", "A and B sat alongside", "C, Trump's son-in-law, sat down with": the subject (an
 * apposition after it read past, group 1), then the seat.
 */
const SAT_WITH = /^(,\s+[^,;:]{1,60},)?\s+(?:(?:also|then)\s+)?(?:sat|sits|(?:was|were)\s+seated)\s+(?:down\s+)?(?:with|alongside|beside|next\s+to)\s+/iu;
/** A principal the reader has named told by office or pronoun: "sat with the president", "sat alongside him". */
const SAT_WITH_PRINCIPAL = /^(?:the\s+(?:president|prime\s+minister|chancellor|leader|king|emir|crown\s+prince)|him|her)\b/i;
/** The other side told as a group: "sat down with a Ukrainian delegation", "with the Russian team". */
const SAT_WITH_GROUP = /^(?:an?|the)\s+(\p{Lu}[\p{L}-]*)\s+(?:delegation|team|side|negotiators|officials|envoys)\b/u;

/**
 * "Putin sat with Foreign Minister C and his aide D", "C and D sat alongside Mr Putin", "Vice President
 * C and Secretary of State D sat with the president": in an item with a round, the subjects and those
 * they sat with share a side where none states another. "A, B and C sat down with a Ukrainian
 * delegation" seats the subjects on their own side; "A sat down with B" across two sides seats each on
 * their own where the sentence gives a place or a day (`fixed`).
 */
function satWith(text: string, toks: Token[], people: PersonSpan[], i: number, standing: Sides, fixed: (after: number) => boolean): DelegationDraft[] {
  const out: DelegationDraft[] = [];
  // A literal gate: no seat word, no pattern run.
  if (!/\b(?:sat|sits|seated)\s/.test(text)) return out;
  for (let k = 0; k < people.length; k++) {
    const p = people[k]!;
    const m = SAT_WITH.exec(text.slice(p.end, p.end + 120));
    if (!m || /^['’]s\b/.test(text.slice(p.end, p.end + 3))) continue;
    let j = k;
    while (j > 0 && LIST_GAP.test(text.slice(people[j - 1]!.end, people[j]!.start))) j--;
    const subjects = people.slice(j, k + 1);
    const own = new Set(subjects.map(statedSide).filter(Boolean));
    const side = own.size === 1 ? [...own][0] : undefined;
    if (!onStanding(side, standing)) continue;
    const from = p.end + m[0].length;
    const stop = /[;:]/.exec(text.slice(from));
    const met = companions(text, people, from, stop ? from + stop.index : text.length).filter((q) => q.start >= from);
    const seat = (names: PersonSpan[]) => draft(side, names.map((q) => q.name), i, 'principals.sat-with');
    if (!met.length || met[0]!.start - from > 40) {
      const rest = text.slice(from);
      const group = SAT_WITH_GROUP.exec(rest);
      const other = group ? toks.find((t) => t.party && t.start >= from && t.end <= from + group[0].length)?.party?.name : undefined;
      if (SAT_WITH_PRINCIPAL.test(rest) || (onStanding(other, standing) && other !== side)) out.push(seat(subjects));
      continue;
    }
    const sides = new Set(met.map((q) => statedSide(q) ?? side));
    if (sides.size === 1 && sides.has(side)) {
      out.push(seat([...subjects, ...met]));
      continue;
    }
    const across = met.filter((q) => statedSide(q) && statedSide(q) !== side);
    const other = statedSide(across[0]!);
    if (sides.size !== 2 || !onStanding(other, standing) || !fixed(p.end)) continue;
    out.push(seat(subjects), draft(other, met.filter((q) => (statedSide(q) ?? other) === other).map((q) => q.name), i, 'principals.sat-with'));
  }
  return out;
}

/** Drafts of principals who met, whose sides those beside them may sit on. */
const MEETING_RULES: ReadonlySet<string> = new Set(['principals.met-pair', 'principals.met-object', 'principals.possessive-meeting', 'principals.meeting-of']);
/** "…, together with C and D", "… alongside C": those beside the principals at the meeting. */
const BESIDE = /\b(?:together\s+with|alongside|along\s+with)\s+/giu;

/**
 * "A and B met C in the Kremlin on Thursday, together with C's aide D and envoy E": in a sentence
 * where principals were seated as meeting, the people listed after "together with" or "alongside"
 * sit at that table, each on their own stated side where it is one of the meeting's.
 */
function alongside(text: string, people: PersonSpan[], i: number, met: DelegationDraft[]): DelegationDraft[] {
  const sides = new Set(met.map((d) => d.party));
  if (sides.size < 2) return [];
  const seated = new Set(met.flatMap((d) => d.members));
  const firstSeated = people.find((q) => seated.has(q.name));
  const out: DelegationDraft[] = [];
  for (const m of text.matchAll(BESIDE)) {
    if (!firstSeated || m.index < firstSeated.end) continue;
    const from = m.index + m[0].length;
    const stop = /[;:]/.exec(text.slice(from));
    for (const q of companions(text, people, from, stop ? from + stop.index : text.length)) {
      const side = statedSide(q);
      if (side && sides.has(side) && !seated.has(q.name)) out.push(draft(side, [q.name], i, 'principals.alongside'));
    }
  }
  return out;
}

/** "A had handed the draft to", "A, who had delivered the plan to", "which A had presented to": a text given in person, up to the one given it. */
const HANDED_TO =
  /^(?:,\s*who)?\s+(?:(?:had|has|have)\s+)?(?:personally\s+)?(?:handed|presented|delivered|gave|brought)\s+(?:over\s+)?(?:(?:the|a|an|his|her|their|its)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:draft|plan|proposals?|document|text|framework|letter|message|offer|memorandum|points)\s+(?:over\s+)?)?to\s+((?:[\p{L}.'’-]+\s+){0,4})$/iu;

/**
 * "Driscoll had handed the draft to Zelensky in Kyiv on Thursday", "the plan, which Driscoll had
 * presented to Zelensky in Kyiv on Thursday": one side's envoy giving a text in person to the other
 * side's principal, at a place or on a day the sentence gives (`fixed`), is a meeting of the two.
 */
function handedTo(text: string, people: PersonSpan[], i: number, standing: Sides, fixed: (after: number) => boolean): DelegationDraft[] {
  for (let k = 0; k + 1 < people.length; k++) {
    const a = people[k]!;
    const b = people[k + 1]!;
    const m = HANDED_TO.exec(text.slice(a.end, b.start));
    if (!m || !titlesOnly(m[1]!)) continue;
    const sa = statedSide(a);
    const sb = statedSide(b);
    if (!onStanding(sa, standing) || !onStanding(sb, standing) || sa === sb || !fixed(b.end)) continue;
    return [draft(sa, [a.name], i, 'principals.handed-to'), draft(sb, [b.name], i, 'principals.handed-to')];
  }
  return [];
}

/** "A, who travelled with the delegation", "A, who also joined the delegation": a relative clause right after the name. */
const WHO_WITH_DELEGATION =
  /^,\s+who\s+(?:(?:had|has)\s+)?(?:also\s+)?(?:(?:travell?ed|came|flew)\s+with|joined|accompanied)\s+the\s+(?:[\p{L}-]+\s+)?(?:delegation|team)\b/iu;
/** "… told reporters he had also joined the delegation", "… said he had taken part in some of the discussion": the subject's own word. */
const SAID_HE_TOOK_PART =
  /\b(?:said|says|told\s+(?:reporters|journalists|state\s+TV|the\s+press)|added|confirmed)\s+(?:that\s+)?(?:he|she)\s+(?:(?:had|has)\s+)?(?:also\s+)?(?:joined\s+the\s+(?:[\p{L}-]+\s+)?(?:delegation|team)|(?:taken|took)\s+part\s+in\s+(?:some\s+of\s+)?the\s+(?:talks|discussions?|negotiations|meeting))\b/iu;

/**
 * "Kirill Dmitriev, who travelled with the delegation, …", "A, who runs the wealth fund, told
 * reporters he had also joined the delegation": in an item with a round, a person with a side of their
 * own (one of the sides the item's talks are between) who went with, joined or took part in the
 * delegation or talks the item reports sits at its table.
 */
function withTheDelegation(text: string, people: PersonSpan[], i: number, standing: Sides, itemParties: string[]): DelegationDraft[] {
  const ok = (side: string | undefined): side is string => onStanding(side, standing) && (itemParties.length < 2 || itemParties.includes(side));
  const out: DelegationDraft[] = [];
  for (const p of people) {
    const side = statedSide(p);
    if (ok(side) && WHO_WITH_DELEGATION.test(text.slice(p.end, p.end + 80))) out.push(draft(side, [p.name], i, 'principals.with-the-delegation'));
  }
  // The pronoun is the sentence's first person: no one else named before it.
  const said = SAID_HE_TOOK_PART.exec(text);
  const first = people[0];
  if (said && first && !people.some((q) => q !== first && q.start < said.index)) {
    const side = statedSide(first);
    if (ok(side) && !out.length) out.push(draft(side, [first.name], i, 'principals.with-the-delegation'));
  }
  return out;
}

/** "A is expected in", "A and B were due in", "A is due back in": then the city. */
// "Witkoff, meanwhile, is due in Moscow": a sentence adverb set off between the name and the verb.
// "Witkoff is expected to travel to Moscow", "A will fly to Moscow": a journey to the capital is the same schedule.
const DUE_IN =
  /^(?:,\s(?:meanwhile|however|too|also|in\s+turn),)?\s+(?:(?:is|are|was|were)\s+(?:(?:also|now|then)\s+)?(?:(?:due|expected)\s+(?:back\s+)?in|(?:due|expected|set|scheduled)\s+to\s+(?:travel|fly|go|head|return)\s+(?:back\s+)?to)|will\s+(?:travel|fly|go|head)\s+(?:back\s+)?to)\s+(?=\p{Lu})/u;
/** After the city and its time: "to see B", "to meet B", "for talks with B". */
const TO_SEE = /^(?:[^.;:,]{0,40}?)\s(?:to\s+(?:see|meet(?:\s+with)?)|for\s+(?:talks|a\s+meeting)\s+with)\s+((?:[\p{L}.'’-]+\s+){0,4})$/u;

/**
 * "Witkoff is expected in Moscow later this week to see Vladimir Putin", "Witkoff and Kushner were due
 * in Moscow on Thursday evening": envoys due in the capital of another of the negotiation's sides go
 * to its table; those they are to see there sit on their own side. In an item with a round only.
 * "Witkoff is expected to travel to Moscow next week to meet Putin": the journey told, the same, between
 * the sides the item's talks are between (a go-between calling on one side is none).
 */
function dueInCapital(text: string, toks: Token[], people: PersonSpan[], i: number, standing: Sides, between: (sides: [string, string]) => boolean): DelegationDraft[] {
  for (let k = 0; k < people.length; k++) {
    const p = people[k]!;
    const m = DUE_IN.exec(text.slice(p.end, p.end + 40));
    if (!m) continue;
    const at = p.end + m[0].length;
    const city = toks.find((t) => t.start === at);
    const host = city?.party?.name;
    let j = k;
    while (j > 0 && LIST_GAP.test(text.slice(people[j - 1]!.end, people[j]!.start))) j--;
    const subjects = people.slice(j, k + 1);
    const own = new Set(subjects.map(statedSide).filter(Boolean));
    const side = own.size === 1 ? [...own][0] : undefined;
    if (!onStanding(side, standing) || !onStanding(host, standing) || side === host) continue;
    // A journey told ("is expected to travel to Moscow") seats only between the sides the item's talks are between.
    if (/\bto\s+$/.test(m[0]) && !between([side, host])) continue;
    const out = [draft(side, subjects.filter((q) => (statedSide(q) ?? side) === side).map((q) => q.name), i, 'principals.due-in-capital')];
    const seen = people[k + 1];
    const to = seen ? TO_SEE.exec(text.slice(at, seen.start)) : null;
    if (seen && to && titlesOnly(to[1]!) && statedSide(seen) === host) out.push(draft(host, [seen.name], i, 'principals.due-in-capital'));
    return out;
  }
  return [];
}

/**
 * "A and B flew in from Moscow, where they spent nearly four hours with C on Thursday": the sentence's
 * opening people (one side between them) spent the time with C (another side); "they" is read only as
 * that opening list, and a name right before "spent" is its own subject.
 */
function spentWith(text: string, people: PersonSpan[], i: number, standing: Sides): DelegationDraft[] {
  const m = SPENT_TIME_WITH.exec(text);
  if (!m) return [];
  const object = people.find((q) => q.start === m.index + m[0].length);
  if (!object) return [];
  const before = people.filter((q) => q.end <= m.index);
  let subjects: PersonSpan[] = [];
  const lead = text.slice(0, m.index);
  if (/\bthey\s+$/.test(lead) && before.length) {
    // The opening list: from the sentence's first person, joined by commas or "and".
    subjects = [before[0]!];
    for (let n = 1; n < before.length && LIST_GAP.test(text.slice(before[n - 1]!.end, before[n]!.start)); n++) subjects.push(before[n]!);
    if (before.length > subjects.length) return [];
  } else {
    const last = before[before.length - 1];
    if (last && /^\s+(?:(?:had|has|have)\s+)?$/.test(text.slice(last.end, m.index))) subjects = [last];
  }
  const own = new Set(subjects.map(statedSide).filter(Boolean));
  const sa = own.size === 1 ? [...own][0] : undefined;
  const sb = statedSide(object);
  if (!subjects.length || !onStanding(sa, standing) || !onStanding(sb, standing) || sa === sb) return [];
  return [draft(sa, subjects.map((q) => q.name), i, 'principals.met-object'), draft(sb, [object.name], i, 'principals.met-object')];
}
