import { findParties, type ItemSides } from '../parties.js';
import type { PersonSpan } from './actors.js';
import { type DateSpan, isDatelineDate, tenseAround } from './dates.js';
import {
  BOTH_SIDES_OBJECT,
  CONTINUES_BEFORE_DATE,
  DEADLINE_AFTER_DATE,
  DEADLINE_BEFORE_DATE,
  DEPARTURE_BEFORE_DATE,
  EVENT_VERB_BEFORE_DATE,
  HOSTED_TABLE,
  LED_TABLE_AT,
  LIVE_BLOG,
  MOVED_FROM_BEFORE_DATE,
  ORGANISATION_GATHERING,
  OTHER_EVENT_BEFORE_DATE,
  SIGN_VERB,
  SIGNED_DOCUMENT,
  TALKS_DURATION_LEAD,
  TALKS_RE,
  COUNTED_DAY,
  BARE_ORDINAL_ROUND,
  GO_BETWEEN_NOUN,
  SPENT_TIME_WITH,
  ROUND_COUNTED,
  TOPIC_BEFORE_PLACE,
} from './lexicon.js';
import { findPlaces, locationTokens, type Place, placesCompatible } from './places.js';
import type { Token } from './tokens.js';
import type { ResolvedDate, RoundFact } from './types.js';
import { execAll, matches } from './regex.js';

export interface RoundDraft {
  place?: Place;
  date?: ResolvedDate;
  parties: string[];
  status: 'held' | 'scheduled';
  sentenceIndex: number;
  evidence: string;
  /** Every sentence that mentioned this round, for tying delegations to it. */
  sentences: number[];
  /** Sentences whose date phrase dated this round (a sentence may mention it with another date). */
  datedIn: number[];
  strong: boolean;
  /** The rule that read this mention. */
  rule?: string;
  /** The mention points back at talks already named ("today's meeting", "the talks"), not at new ones. */
  anaphoric?: boolean;
  /** Dated by a relative clause giving the talks' first day ("the talks, which started on 25 October"). */
  began?: boolean;
  /** Read from "A met B" alone, no talks named: an encounter, a round only between two of the negotiation's sides. */
  encounter?: boolean;
  /** Signed by two coordinated signers of whom one side is named ("The Government of A and the B signed"). */
  signedPair?: boolean;
  /** Signed by "the parties", "both countries": between the item's sides, whoever they are. */
  bothSides?: boolean;
  /** One of several rounds told by their days alone ("two earlier rounds here, on May 16 and June 2"): no place of its own. */
  series?: boolean;
}

/** Signatories named only as both sides: "the Declaration of Principles the parties signed", "both governments initialled". */
const BOTH_SIDES_SIGNERS = /\b(?:the\s+(?:two\s+)?(?:parties|sides|countries|governments)|both\s+(?:parties|sides|countries|governments))\s+(?:have\s+|had\s+)?$/i;

/** Two signers coordinated as the clause's subject, no clause break between: "The Government of A and the B of C ". */
const signersPair = (subject: string): boolean =>
  subject.length <= 160 && !/[,;:]/.test(subject) && /^\s*\p{Lu}/u.test(subject) && /\band\s+(?:the\s+)?\p{Lu}/u.test(subject);

/** Talks "between the two sides", "between both countries", "commanders of both sides": the item's sides, unnamed. */
const BETWEEN_BOTH_SIDES =
  /\bbetween\s+(?:the\s+two|both)\s+(?:sides|parties|countries|governments|delegations|leaders)\b|\b(?:commanders|delegations|delegates|negotiators|officials|representatives|ministers|leaders|envoys|teams|chiefs)\s+of\s+(?:the\s+two|both)\s+(?:sides|parties|countries|governments)\b(?!['’])/i;
/** A host's verb right before the talks word ("said after hosting talks between the two sides"): the side named is the host's. */
const HOSTING_BEFORE_TALKS = /\b(?:host(?:ed|ing|s)?|chair(?:ed|ing|s)?|mediat(?:ed|ing|es))\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** "the two sides agreed " right before a "that" clause: the talks it tells of are theirs. */
const BOTH_SIDES_AGREED = /\b(?:the\s+two|both)\s+(?:sides|parties|countries|governments)\s+(?:have\s+|had\s+)?(?:agreed|decided)\s+$/i;
/**
 * A clause cut off by "followed by" or coordinated after a comma ("…, followed by a meeting of the border
 * committee on Aug. 4", "…, and a border committee meeting will be convened on Aug. 4"): the next occasion of the same talks.
 */
const FOLLOWED_BY = /^,?\s+(?:followed\s+by|and)\b/i;

/** A round left out after its ordinal, its noun in the clause before: ", the second in Rome on April 19", " and the third again in Muscat …". */
const ELIDED_ORDINAL = /^,?\s*(?:and\s+)?the\s+(?:second|third|fourth|fifth|sixth|seventh|last)\s+(?:again\s+|also\s+)?(?:in|at)\s+\p{Lu}/u;

/** "the meeting", "today's talks": a definite reference to talks already named, with no ordinal or "next". */
const BACK_REFERENCE =
  /\b(?:the|today['’]s|tonight['’]s|this|these|yesterday['’]s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+(?:meeting|talks|negotiations|consultations|discussions|session)\b|^(?:They|It)\s+(?:began|started|ended|concluded|opened|resumed|finished|lasted)\b/i;
/** "They began on Friday", after a sentence about the talks: the pronoun is the talks. */
const PRONOUN_TALKS = /^(?:They|It)\s+(?:began|started|ended|concluded|opened|resumed|finished|lasted)\b/;
/** Not "the second day" of the same talks ("The talks went on Monday for the second day"). */
const NEW_ROUND = /\b(?:first|second|third|fourth|fifth|next|previous|last|another|earlier|new|further|separate|latest|former|prior|upcoming)\b(?!\s+day\b)/i;

/** Talks going on as the report is written. */
const ONGOING =
  /\b(?:(?:is|are)\s+(?:now\s+)?(?:under\s?way|meeting|holding|taking\s+place|being\s+held|starting|beginning|opening|going\s+on|in\s+progress|continuing)|(?:has|have)\s+(?:started|begun|opened|got\s+under\s?way|ended|concluded|finished|wrapped\s+up|gone\s+on|been\s+going\s+on|been\s+(?:meeting|talking|negotiating|holding\s+talks|in\s+talks))|(?:is|are)\s+over|(?:has|have)\s+(?:arrived|landed)\s+in\s+[A-Z][\w-]*\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:talks|negotiations|consultations)|underway|get\s+under\s?way|gets\s+under\s?way|kick\s+off|kicks\s+off|begins?|opens?|starts?)\b/i;
/**
 * Talks opened: as a headline's verb, news of that day; a headline's present tense too ("Ukraine,
 * US hold talks in Miami", "Doha: A and B sign framework for peace"); a live blog's headline ("LIVE: Geneva talks on the peace plan") too.
 */
const OPENED = /\b(?:began|opened|started|kicked\s+off|got\s+under\s?way|(?<!\bto\s)(?:hold|holds|resume|resumes|sign|signs))\b/i;

/**
 * Talks a headline names as the purpose of something else ("A signs decree on delegation for Istanbul
 * talks", "Envoys arrive ahead of Geneva talks"): its present verb is that step's, the talks lie ahead.
 */
const PURPOSE_TALKS = /\b(?:for|ahead\s+of|before)\s+(?:the\s+|new\s+|next\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:[\p{L}-]+\s+)?(?:talks|negotiations|meeting|round|summit|consultations)$/u;

const PARTICIPANTS =
  /^(?:negotiators|officials|delegation|delegations|team|teams|side|sides|talks|negotiations|envoys|envoy|diplomats|counterparts|leaders|representatives|delegates|meeting|consultations|discussions|round|rounds|summit|summits)$/;
const STRONG = /\b(?:talks|negotiations|round|rounds|trilateral|consultations|discussions|delegations)\b/i;

/** Several occasions named at once ("the two previous rounds were held … on Jan. 23-24 and Feb. 4-5"): each coordinated day is one. */
const PLURAL_ROUNDS = /\b(?:rounds|meetings|sessions)\b/i;
const COORDINATED_DATES = /^\s*(?:,|and|,\s*and)\s*$/;
/**
 * Days coordinated each with its own place after it: "held on April 12 in Muscat and April 19 in
 * Rome", "on 28 February near the border and on 3 March in Belovezhskaya Pushcha".
 */
const PLACE_OPENS = /^\s+(?:in|near|at)\s/i;
const AND_CLOSES = /,?\sand\s+(?:on\s+)?$/i;
function coordinatedPlacedDates(gap: string): boolean {
  if (gap.length > 90 || !PLACE_OPENS.test(gap)) return false;
  const end = AND_CLOSES.exec(gap);
  return !!end && !/[,;.]/.test(gap.slice(0, end.index));
}
/** "the two-day talks … that ended on Thursday": a date the talks ended on, and how many days they lasted. */
/** "ended in Abu Dhabi on Saturday": the place the talks ended in may stand between. */
const ENDED_ON = /\b(?:ended|concluded|wrapped\s+up|closed|finished)\s+(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?\s+)?(?:late\s+|early\s+)?(?:on\s+)?$/u;
/** "the two-day talks", "two days of talks", "ended … after three days": how many days the talks lasted. */
const DAYS_LONG =
  /\b(two|three|four|five|2|3|4|5)(?:-day\b|\s+days\s+of\s+(?:\p{L}[\w.]*\s+)?(?:-[\w-]+\s+)?(?:talks|negotiations|consultations|meetings|discussions)\b)|\bafter\s+(two|three|four|five)\s+days\b/iu;
/** "at the end of the second round of talks": the occasion ended then. */
const AT_THE_END_OF = /\bat\s+the\s+end\s+of\s+(?:the\s+|a\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:talks|round|negotiations|meeting)\b/i;
/** The next sentence opening on how long the talks ran: "The two-day round, which …". */
const NEXT_DAYS_LONG = /^(?:The|Their|This)\s+(two|three|four|five)-day\s+(?:round|talks|meeting|session|negotiations)\b/i;
/**
 * "Second day of indirect talks began this morning", "continues today, the second day": the talks
 * began the given number of days before the date, and a round is dated by its first day.
 */
/**
 * A relative clause on the talks giving their first day: "the talks, which started on 25 October,",
 * "the second cycle of peace talks, which opened on February 13", "talks in Switzerland that began on
 * March 11". That day is the round's, whatever other day the sentence tells (its end, an outcome).
 */
const BEGAN_RELATIVE =
  /\b(?:talks|negotiations|consultations|round|cycle|meeting|session|discussions)\b(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)?,?\s+(?:which|that)\s+(?:had\s+)?(?:began|begun|opened|started|got\s+under\s?way|kicked\s+off)(?:\s+(?:in|at)\s+\p{Lu}\p{L}*(?:[\s-]\p{L}+){0,2})?\s+(?:on\s+)?$/u;
/**
 * A "since" clause right before a date ("since Russian forces poured across the frontier "): the date
 * closes it. Not "the first talks since the start of the war ended on": the talks' own verb closes the phrase.
 */
const SINCE_CLAUSE_BEFORE_DATE =
  /\bsince\s+(?!(?:talks|negotiations|the\s+talks)\b)(?:(?!\b(?:ended|began|opened|started|concluded|closed|finished|resumed|took\s+place|held|met|meet)\b)[^,;.]){3,60}\s$/i;
const NTH_DAY = /\b(second|third|fourth|fifth|2nd|3rd|4th|5th)\s+day\b/i;
/** "after weekend talks", "after Sunday's talks": talks dated by a time word of their own, right before the talks word (OUTCOME_BEFORE_TALKS reads the same from the date's side). */
const AFTER_BEFORE_TALKS = /\bafter\s+(?:the\s+)?(?:weekend|weekend['’]s|last\s+week['’]s|earlier|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const NTH: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5 };
/** A date inside a person's relative clause that names no talks and no table: what that person did, not the talks' day. */
export function inPersonsClause(sentence: string, d: { start: number; end: number }): boolean {
  return whoClauses(sentence).some(([a, b]) => d.start >= a && d.end <= b && !STRONG.test(sentence.slice(a, b)) && !TABLE.test(sentence.slice(a, b)));
}

/** Relative clauses about a person, between commas (", who met the crown prince on Monday,"): their spans. */
function whoClauses(sentence: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = sentence.indexOf(', who '); at >= 0; at = sentence.indexOf(', who ', at + 1)) {
    const end = sentence.indexOf(',', at + 6);
    const semi = sentence.indexOf(';', at + 6);
    if (end > 0 && (semi < 0 || semi > end) && end - at <= 130) out.push([at, end]);
  }
  return out;
}
/**
 * "The round came hours after a huge explosion at a port near Bandar Abbas", "talks opened amid an
 * attack in X": a place inside an "after/following/amid a …" phrase is that other event's, unless
 * the phrase names talks again ("after a first round in Rome", "following a meeting in Doha").
 */
const AFTER_ANOTHER_EVENT = /\b(?:after|following|amid)\s+(?:a|an)\s/gi;
function anotherEventsPlace(sentence: string, from: number, placeStart: number): boolean {
  const before = sentence.slice(Math.max(from, placeStart - 80), placeStart);
  // The last such phrase before the place is the one it stands in.
  let last = -1;
  for (const m of before.matchAll(AFTER_ANOTHER_EVENT)) last = m.index;
  return last >= 0 && !TALKS_RE.test(before.slice(last));
}
/** "since a disastrous Oval Office meeting": a place named in the occasion since which, read right before it. */
const SINCE_BEFORE_PLACE = /\bsince\s+(?:the\s+|a\s+|an\s+|their\s+|last\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Meetings counted, not one: "several times", "repeatedly", "on many occasions". */
const REPEATED = /\b(?:several|many|numerous|multiple|countless)\s+times\b|\brepeatedly\b|\bon\s+(?:several|many|numerous)\s+occasions\b/i;
const CHAIRED_BY = /\b(?:chaired|moderated|facilitated)\s+by\s+[^,;]*/gu;
const DAY_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, '2': 2, '3': 3, '4': 4, '5': 5 };
/**
 * The first day of talks a sentence says ended on `d` ("ended in Geneva on Tuesday") where it or the
 * next sentence says how many days they ran ("The two-day meeting …"): a round is dated by its first day.
 */
export function firstDayOfEnded(sentence: string, d: DateSpan, nextSentence?: string): string | undefined {
  if (d.precision !== 'day' || d.approximate || !ENDED_ON.test(sentence.slice(Math.max(0, d.start - 50), d.start))) return undefined;
  const long = DAYS_LONG.exec(sentence) ?? (nextSentence ? NEXT_DAYS_LONG.exec(nextSentence) : null);
  if (!long) return undefined;
  return new Date(Date.parse(d.date) - (DAY_COUNT[(long[1] ?? long[2])!.toLowerCase()]! - 1) * 86_400_000).toISOString().slice(0, 10);
}
const SPEECH_DATE =
  /\b(?:said|says|reported|reports|announced|announces|added|confirmed|stated|wrote|tweeted|posted|told\s+(?:reporters|journalists|the\s+press|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?))\s+(?:late\s+|early\s+)?(?:on\s+)?$/u;
/** "Zelenskyy insisted on Sunday that …": a date a verb of insisting governs is the saying's. */
export const INSISTED_ON = /\b(?:insisted|stressed|warned|argued|noted)\s+(?:late\s+|early\s+)?(?:on\s+)?$/;
/** Verbs of announcing right after a date ("yesterday named", "on Monday announced"): the date is theirs. */
const ANNOUNCED_AFTER = /^\s+(?:named|announced|approved|appointed|unveiled|confirmed|reported|published|decreed)\b/;
const QUOTE_ATTRIBUTION = /[,.!?]?["”],?\s+(?:wrote|writes|said|says|added|tweeted|posted|told)\s/u;
/** Whom one meets at a table: "met the Ukrainian delegation", "the sides meet again". */
const TABLE = /\b(?:delegation|team|negotiators|sides)\b/i;
const CONTINUES = /\b(?:go|goes|going|went)\s+on\b|\bcontinu(?:e|es|ed|ing)\b/i;
const SUMMIT = /\bsummits?\b/gi;
/** Someone at a summit: "is in Vilnius today at the Bucharest Nine summit", "flew to Brussels for the EU summit". */
export const AT_SUMMIT = /\b(?:at|to|for|attends|attending|attended)\s+(?:the|a|an|this|that|its|their)\s+(?:[\p{L}\d-]+\s+){0,4}summit\b/iu;
const NOT_ROUND = /\b(?:phone call|call|spoke by phone|telephone|video link|videoconference)\b/i;

/** A document named just before a past signing verb, no clause boundary between ("the accord the parties signed"). */
const DOCUMENT_BEFORE_SIGNED = /\b(?:agreement|deal|declaration|accord|accords|treaty|memorandum|Principles)\b[^,;.:()]{0,30}$/i;

/**
 * A signing in a clause: a signing verb with a document within 60 characters after it ("signed a
 * peace agreement", "signed this Saturday, July 19, in the Qatari capital a declaration") or before
 * it ("a Declaration of Principles was signed between"). "sign" itself only in a headline's present.
 */
function signingCue(clause: string, headline: boolean): { index: number; 0: string } | null {
  for (const m of execAll(SIGN_VERB, clause)) {
    if (m[0].toLowerCase() === 'sign' && !headline) continue;
    const after = clause.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const before = clause.slice(Math.max(0, m.index - 40), m.index);
    if (SIGNED_DOCUMENT.test(after) || (SIGNED_DOCUMENT.test(before) && /\b(?:was|were|been|is|are)\s+$/i.test(before))) return { index: m.index, 0: m[0] };
    // "the peace agreement signed in Washington on June 27", "a Declaration of Principles the two
    // ministers initialled": a document before a past signing verb, in the same clause.
    if (/^(?:signed|initiall?ed)$/i.test(m[0]) && DOCUMENT_BEFORE_SIGNED.test(before)) return { index: m.index, 0: m[0] };
  }
  return null;
}

/**
 * The parties taking part in talks named in a clause: people with a known party, party words in
 * front of the participants ("American and Ukrainian negotiators", "US–Russia talks") and after
 * "with"/"between". A country or capital named as the venue ("the Riyadh meeting", "in the Saudi
 * capital") is not a participant.
 */
export function participantsOf(clause: string, tokens: Token[], people: PersonSpan[], sides: ItemSides | undefined): string[] {
  const out = new Set<string>();
  for (const p of people) if (p.party) out.add(p.party);
  const loc = locationTokens(tokens);
  tokens.forEach((t, i) => {
    if (!PARTICIPANTS.test(t.lower)) return;
    let j = i - 1;
    while (j >= 0) {
      const u = tokens[j]!;
      if (u.party && loc.has(j)) break;
      if (u.party) {
        for (const pm of findParties(u.text, { sides })) out.add(pm.party.name);
        j--;
        continue;
      }
      if (u.lower === 'and' || u.text === ',' || u.text === '-' || u.text === '–' || u.text === '—' || u.text === '/' || u.lower === 'the') {
        j--;
        continue;
      }
      break;
    }
  });
  for (const m of execAll(/\b(?:with|between)\s+(?:the\s+)?([^,;.]{2,60})/g, clause)) {
    const seg = m[1]!.split(/\b(?:on|in|at|to|for|over|about|after|before|which|that|by)\b/)[0]!;
    for (const pm of findParties(seg, { sides })) out.add(pm.party.name);
  }
  // "meet in Paris with Qatari and Egyptian mediators": parties named only as go-betweens are no side.
  const goBetween = goBetweenTokens(tokens);
  if (goBetween.size)
    for (const name of [...out]) {
      const at = tokens.flatMap((t, k) => (t.party?.name === name ? [k] : []));
      if (at.length && at.every((k) => goBetween.has(k)) && !people.some((q) => q.party === name)) out.delete(name);
    }
  return [...out];
}

/**
 * Who signs: the sides named before the signing verb outside place phrases ("The foreign ministers
 * of the DRC and Rwanda signed") and those it is signed between; not a witness looking on, nor a
 * host ("Qatar hosted the ceremony at which … was signed between A and B").
 */
function signatories(clause: string, tokens: Token[], cueAt: number, sides: ItemSides | undefined, people: PersonSpan[]): string[] {
  const out = new Set<string>();
  // "Tshisekedi and Kagame signed", "The Government of Nicolás Maduro and … signed": people of a known side before the verb sign for it.
  for (const p of people) if (p.party && p.end <= cueAt) out.add(p.party);
  const between = /\bbetween\s+(?:the\s+)?([^;.]{2,120})/.exec(clause);
  if (between) for (const pm of findParties(between[1]!, { sides })) out.add(pm.party.name);
  // "the US-Taliban agreement signed in Doha": a compound of sides naming the document before the verb names its signatories.
  const compound = out.size < 2 ? documentOfSides(clause.slice(0, cueAt)) : undefined;
  if (compound) {
    const named = findParties(compound, { sides }).map((m) => m.party.name);
    if (new Set(named).size >= 2) for (const n of named) out.add(n);
  }
  if (out.size < 2) {
    const loc = locationTokens(tokens);
    const goBetween = goBetweenTokens(tokens);
    tokens.forEach((t, k) => {
      if (t.party && !loc.has(k) && !goBetween.has(k) && t.end <= cueAt && !HOST_AFTER.test(tokens[k + 1]?.lower ?? '')) out.add(t.party.name);
    });
  }
  return [...out];
}
/**
 * Party words naming go-betweens: "Egyptian and Qatari mediators met the Hamas delegation" (the
 * party words, coordinated, right before a go-between noun). Their indexes, for readers that take
 * every party word of a sentence as a side.
 */
export function goBetweenTokens(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (!GO_BETWEEN_NOUN.test(t.lower)) return;
    for (let j = i - 1; j >= 0; j--) {
      const u = tokens[j]!;
      if (u.party) out.add(j);
      else if (u.lower !== 'and' && u.text !== ',') break;
    }
  });
  return out;
}
/** "the US-Taliban agreement ", "the Russia–Ukraine peace deal ": two sides joined by a hyphen or dash before a document noun, right before the signing verb. */
function documentOfSides(before: string): string | undefined {
  const words = before.trimEnd().split(/\s+/);
  if (!/^(?:agreement|deal|accord|treaty|declaration|memorandum)$/i.test(words.at(-1) ?? '')) return undefined;
  const k = words.at(-2)?.toLowerCase() === 'peace' ? words.length - 3 : words.length - 2;
  const w = words[k] ?? '';
  return /^\p{Lu}[^\s–-]*[–-]\p{Lu}/u.test(w) ? w : undefined;
}
const HOST_AFTER = /^(?:hosted|hosts|hosting|host|will|mediated|brokered|facilitated)$/;

/** "met here", "signed here on April 25": the place the reporter files from; not "here is", "here's". */
const HERE = /(?<=\p{Ll}\s)here\b(?!\s+(?:is|are)\b|['’]s\b)|\bin\s+this\s+(?:capital|city)\b/u;
/**
 * The clause's talks word, past a participle describing a document ("The ceasefire, negotiated in
 * Doha by Qatar, collapsed on Sunday", "the truce negotiated last year"): that tells how the
 * document came about, and the clause's date is its own verb's, so another talks word or none.
 */
export function talksWord(clause: string): { index: number; 0: string } | null {
  const m = TALKS_RE.exec(clause);
  if (m?.[0].toLowerCase() !== 'negotiated' || !NEGOTIATED_DOCUMENT.test(clause.slice(Math.max(0, m.index - 30), m.index))) return m;
  const after = m.index + m[0].length;
  const rest = TALKS_RE.exec(clause.slice(after));
  return rest ? { index: after + rest.index, 0: rest[0] } : null;
}
const NEGOTIATED_DOCUMENT = /\b(?:deal|truce|ceasefire|cease-fire|agreement|accord|treaty|pact|plan|text|framework|memorandum|declaration|arrangement)s?,?\s$/i;
/** An interview's answer line, and a question before it asking when or where talks were held. */
const ANSWER_LINE = /^\s*A:\s/;
const QUESTION_LINE = /^\s*Q:\s/;
const WHEN_OR_WHERE = /\b(?:when|where)\b/i;
const TALKS_ASKED = /\b(?:talks|round|meeting|negotiations|session)\b/i;
const talksQuestion = (line: string) => QUESTION_LINE.test(line) && WHEN_OR_WHERE.test(line) && TALKS_ASKED.test(line);
const LIST_LINE = /^\s*(?:--|[-•*→–—]|\d{1,2}[.)])\s/;
/**
 * A list line under a heading about rounds ("The previous rounds were held:", "Rounds so far:"):
 * the last line before the list names rounds, talks or meetings and ends in a colon.
 */
export function underTalksHeading(lines: string[], i: number): boolean {
  // "Q: When and where did the talks take place?" / "A: In Abu Dhabi, on Wednesday.": the answer
  // gives the time or place the question asks of the talks.
  if (ANSWER_LINE.test(lines[i]!) && i > 0 && talksQuestion(lines[i - 1]!)) return true;
  if (!LIST_LINE.test(lines[i]!)) return false;
  let k = i - 1;
  while (k >= 0 && LIST_LINE.test(lines[k]!)) k--;
  return k >= 0 && /:\s*$/.test(lines[k]!) && /\b(?:rounds|talks|meetings|sessions|negotiations)\b/i.test(lines[k]!);
}

/**
 * Splits a sentence where another round (or no round) begins: "Sunday’s talks in Riyadh, followed
 * by US-Russia talks on Monday", "met A on Sunday and are due to hold talks with B on Monday",
 * "met on March 24, a day after officials held talks with C", "…, with a separate US-Russian
 * meeting planned", "told CBS on Sunday that the talks would focus…" (the date is the telling's,
 * not the talks'), "After the Rome round, the delegations said their teams would meet on Wednesday"
 * (a leading adverbial names another occasion than the clause after it), "arrived in Moscow on
 * Thursday after A had met B in Davos" (an earlier step, in the pluperfect), "sat down on Tuesday,
 * their first session since the rounds held in Belarus" (the occasion since which). Not "said at the
 * end of talks in Bern that began on March 11": a "that" with a verb of the talks' span after it
 * opens a relative clause on the talks, no reported speech.
 */
const CLAUSE_CUT =
  /^(?:After|Following|Before|Ahead\s+of)\s[^,;]{3,80},\s|,?\s+(?:followed by|and then|before|ahead of)\s+|,\s+(?:then|after)\s+|\s+after\s+(?=[^,;.]{0,60}?\bhad\s+(?:met|held|been|\p{L}+ed)\b)|,\s+(?=(?:their|its|the)\s+(?:first|second|third|last)\b[^,;]{0,60}\bsince\b[^,;]*$)|\s+(?:came|comes|followed|follows)\s+(?:after\s+|on\s+the\s+heels\s+of\s+)?|(?<=\p{Ll})\s[—–]\s|,\s+and\s+(?=(?:the|a|an)\s)|,?\s+(?:(?:a|one|two|three|the)\s+(?:day|days|week|weeks)|(?:(?:a\s+)?few\s+|several\s+|two\s+|three\s+)?hours)\s+(?:after|before)\s+(?!the\s+(?:talks|meeting)\b)|,\s+(?:with|while|and)\s+(?=(?:a\s+|the\s+)?(?:separate|parallel)\b)|\s+and\s+(?=(?:are|is|was|were|will|would|have|has|had)\s)|\s+and\s+(?=(?:in|at)\s+\p{Lu}[^,;]{0,40}?(?:\bon\s+(?:\p{Lu}|\d)|\b(?:a|one|two|three)\s+(?:days?|weeks?)\s+later\b))|;\s+(?=\p{Lu}\p{Ll}+\s+(?:met|meets|held|holds|told|said|flew|visited|spoke)\b)|,?\s+(?:and\s+)?(?=the\s+(?:second|third|fourth|fifth|sixth|seventh|last)\s+(?:again\s+|also\s+)?(?:in|at)\s+\p{Lu})|\b(?:said|says|told|tells|added|announced|confirmed|insisted|stressed|warned|proposed|proposes|suggested|suggests)\b[^,;]{0,120}?\s(?=that\s(?!(?:began|started|opened|ended|concluded|lasted|took\s+place|(?:was|were|had\s+been)\s+held|had\s+(?:begun|started|opened))\b))/gu;

/** The clause a talks cue was read in, for the date readers below. */
interface ClauseAt {
  sentence: string;
  /** Where the clause starts in the sentence. */
  s: number;
  clause: string;
  /** Where the talks cue is in the sentence. */
  cueAt: number;
  /** "after … talks" right before the cue. */
  afterTalks: boolean;
  published: Date;
}

/**
 * A date the clause gives another event than its talks (the predicates below, in this order).
 * These readers are module functions taking the clause, not closures made per clause: tsx, which
 * runs the bench and the dev entry points, names every closure it creates, at a cost each time.
 */
function otherDayThan(d: DateSpan, at: ClauseAt): boolean {
  return reportDate(d, at) || deadline(d, at) || otherEvent(d, at) || eventVerb(d, at) || since(d, at) || relative(d, at) || until(d, at) || movedFrom(d, at) || continuesOn(d, at) || outcome(d, at);
}

// "…, state media reported on Thursday": a date a speech verb governs is the report's, not the talks'.
// Not "said today's meeting…": a possessive date is the talks' own.
// "Ushakov yesterday named the delegation to the summit": a date right before an announcing verb is the announcement's.
function reportDate(d: DateSpan, { sentence }: ClauseAt): boolean {
  return (
    ((SPEECH_DATE.test(sentence.slice(Math.max(0, d.start - 40), d.start)) || INSISTED_ON.test(sentence.slice(Math.max(0, d.start - 30), d.start))) &&
      !/^['’]/.test(sentence.slice(d.end, d.end + 1))) ||
    ANNOUNCED_AFTER.test(sentence.slice(d.end, d.end + 24))
  );
}

// "while Trump's Thursday deadline for Kyiv looks to be slipping": a deadline's day, no meeting's.
function deadline(d: DateSpan, { sentence }: ClauseAt): boolean {
  return isDeadlineDay(sentence, d);
}

/** A date naming a deadline ("Trump's Thursday deadline", "the deadline of Friday"): no round's day. */
export function isDeadlineDay(sentence: string, d: { start: number; end: number }): boolean {
  return DEADLINE_AFTER_DATE.test(sentence.slice(d.end, d.end + 16)) || DEADLINE_BEFORE_DATE.test(sentence.slice(Math.max(0, d.start - 40), d.start));
}

// "…, which sparked the fighting on April 15": a date after another event's noun, past the talks word, is that event's.
// Not an event named as the time since which ("the first talks since the start of the war ended on Saturday").
function otherEvent(d: DateSpan, { sentence, cueAt }: ClauseAt): boolean {
  if (d.start <= cueAt) return false;
  const between = sentence.slice(cueAt, d.start);
  // "A, who had headed the team in Geneva, resigned on Friday": a verb of another event right before the date.
  if (EVENT_VERB_BEFORE_DATE.test(between)) return true;
  const m = OTHER_EVENT_BEFORE_DATE.exec(between);
  return !!m && !/\bsince\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$/u.test(between.slice(0, m.index));
}

// "first direct talks since 2022": the time since which, never the talks' own date.
// "the first since the Sept. 9 strike": a determiner may stand between.
// "the first since the spring of 2022": a season or part of the year may stand between.
// "their first contact since Russian forces poured across the frontier four days ago": a day
// closing a "since" clause is the event since which.
function since(d: DateSpan, { sentence, s }: ClauseAt): boolean {
  return (
    /^since\b/i.test(d.text) ||
    /\bsince\s+(?:the\s+)?(?:(?:spring|summer|autumn|fall|winter|start|beginning|end|middle)\s+of\s+)?$/i.test(sentence.slice(Math.max(0, d.start - 30), d.start)) ||
    SINCE_CLAUSE_BEFORE_DATE.test(sentence.slice(Math.max(s, d.start - 70), d.start))
  );
}

// "Zelensky, who met the Saudi crown prince in Jeddah on Monday, did not take part in the talks":
// a date inside a person's relative clause is what that person did, unless the talks are named there.
function relative(d: DateSpan, { sentence }: ClauseAt): boolean {
  return inPersonsClause(sentence, d);
}

// "The first cycle will run until December 12": the day talks end by is no round's day.
function until(d: DateSpan, { sentence }: ClauseAt): boolean {
  return /\b(?:until|till|through)\s+$/i.test(sentence.slice(Math.max(0, d.start - 10), d.start));
}

// "the delegations will continue tomorrow": a later day of the round, which is dated by its first.
// Not "continues today, the second day", which counts back to the first.
// Not talks to "continue on June 3 in Geneva after a two-month break": a day weeks off is a session of its own.
function continuesOn(d: DateSpan, { sentence, clause, published }: ClauseAt): boolean {
  return CONTINUES_BEFORE_DATE.test(sentence.slice(Math.max(0, d.start - 16), d.start)) && !NTH_DAY.test(clause) && Math.abs(Date.parse(d.date) - published.getTime()) <= 4 * 86_400_000;
}

// "the round, which had been pushed back from Feb. 1": the day it was moved away from.
function movedFrom(d: DateSpan, { sentence }: ClauseAt): boolean {
  return MOVED_FROM_BEFORE_DATE.test(sentence.slice(Math.max(0, d.start - 30), d.start));
}

// A signing told before the date ("signed a ceasefire in Jeddah on Saturday after two weeks of talks") is a round on its own day.
function outcome(d: DateSpan, { sentence, cueAt, afterTalks }: ClauseAt): boolean {
  return afterTalks && d.end <= cueAt && !matches(SIGN_VERB, sentence.slice(0, d.start));
}

// "effective from midnight on Monday", "resigned on Friday", before the talks word too: that event's day.
function eventVerb(d: DateSpan, { sentence }: ClauseAt): boolean {
  return EVENT_VERB_BEFORE_DATE.test(sentence.slice(Math.max(0, d.start - 40), d.start));
}

/** A date right after a verb of leaving ("left for Geneva on Monday"), looked for from the clause start `from`. */
function isDeparture(sentence: string, from: number, d: DateSpan): boolean {
  return DEPARTURE_BEFORE_DATE.test(sentence.slice(Math.max(from, d.start - 50), d.start));
}

/** How far a date is from the talks cue at `cueAt`; a coarser date than a day is farther than any day where the clause has one (`anyDay`). */
function cueDistance(d: DateSpan, cueAt: number, anyDay: boolean): number {
  return (d.start >= cueAt ? d.start - cueAt : cueAt - d.end) + (d.precision === 'day' || !anyDay ? 0 : 1000);
}

/** A place in a "since" phrase ("their first session since the rounds held in Belarus") names an earlier occasion. */
function sinceBefore(sentence: string, tokens: Token[], p: { first: number }): boolean {
  return /\bsince\b/i.test(sentence.slice(Math.max(0, tokens[p.first]!.start - 40), tokens[p.first]!.start));
}

/** "at Oman's embassy in Rome": a place in the possessive owns something. */
function possessed(ctoks: Token[], p: { last: number }): boolean {
  return /['’]s$/.test(ctoks[p.last]!.text);
}

/** A span overlapping none of `spans` (a chair's, a host's). */
function outsideAll(spans: [number, number][], a: number, b: number): boolean {
  return !spans.some(([x, y]) => a < y && b > x);
}

/**
 * A timeline line's lead, a place and a day before a dash or a colon ("Abu Dhabi, 23 January –
 * delegations meet…", "Riyadh, March 24: …"): it dates and places the clause after it, so no cut there.
 */
const PLACE_DATE_LEAD = /^\s*\p{Lu}[\p{L}.'’ -]{1,30},\s(?:\d{1,2}\s\p{Lu}\p{Ll}{2,8}|\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2})(?:,?\s\d{4})?(?:\s[—–-]|:)\s/u;

function clauses(sentence: string): { range: [number, number]; coordinated: boolean; afterLead?: boolean }[] {
  const cuts: { at: number; coordinated: boolean; afterLead?: boolean }[] = [{ at: 0, coordinated: false }];
  const lead = PLACE_DATE_LEAD.exec(sentence)?.[0].length ?? 0;
  for (const m of execAll(CLAUSE_CUT, sentence)) {
    if (m.index < lead) continue;
    // A speech verb's clause ends before "that": cut there, not at the verb.
    const at = /^\w/.test(m[0]) ? m.index + m[0].length : m.index;
    cuts.push({ at, coordinated: /^\s+and\s+$/.test(m[0]), ...(m.index === 0 && /,\s$/.test(m[0]) ? { afterLead: true } : {}) });
  }
  cuts.push({ at: sentence.length, coordinated: false });
  const out: { range: [number, number]; coordinated: boolean; afterLead?: boolean }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++)
    if (cuts[i + 1]!.at > cuts[i]!.at) out.push({ range: [cuts[i]!.at, cuts[i + 1]!.at], coordinated: cuts[i]!.coordinated, ...(cuts[i]!.afterLead ? { afterLead: true } : {}) });
  return out;
}

export function findRoundCandidates(
  sentence: string,
  tokens: Token[],
  people: PersonSpan[],
  dates: DateSpan[],
  sentenceIndex: number,
  published: Date,
  opts: { certain: boolean; underTalksHeading?: boolean; sides?: ItemSides; nextSentence?: string; prevSentence?: string; datelinePlace?: Place } = { certain: true },
): RoundDraft[] {
  const sides = opts.sides;
  // "The fourth round returned to Muscat on May 11. The fifth, at the embassy in Rome on May 23, …": a round by its ordinal alone.
  const bare = BARE_ORDINAL_ROUND.exec(sentence);
  const ordinal = bare && opts.prevSentence && ROUND_COUNTED.test(opts.prevSentence) ? bare : null;
  if (!opts.underTalksHeading && !ordinal && !TALKS_RE.test(sentence) && !PRONOUN_TALKS.test(sentence) && !HOSTED_TABLE.test(sentence) && !LED_TABLE_AT.test(sentence) && !(sentence.includes('spent ') && SPENT_TIME_WITH.test(sentence)) && !signingCue(sentence, sentenceIndex === 0)) return [];
  const out: RoundDraft[] = [];
  let subjectParties: string[] = [];
  const sentencePlaces = findPlaces(tokens);
  // A place in a "since" phrase ("their first session since the rounds held in Belarus") names an
  // earlier occasion: it leaves the dateline the venue.
  const datelineDropped = !sentencePlaces.some((p) => p.first === 0) && sentencePlaces.some((p) => !sinceBefore(sentence, tokens, p));
  // Rounds read after a leading adverbial ("After the Rome round, …"): another occasion, which takes no place from it.
  const ownPlace = new Set<RoundDraft>();
  for (const { range, coordinated, afterLead } of clauses(sentence)) {
    const [s, e] = range;
    const clause = sentence.slice(s, e);
    // "took place in Muscat on April 12 and in Rome on April 19": the second place and day share the first clause's talks.
    // "The first round was held in Muscat on April 12, the second in Rome on April 19 and the third again in Muscat": an ordinal standing for the round noun.
    const elided = ((coordinated && /^\s+and\s+(?:in|at)\s+\p{Lu}/u.test(clause)) || ELIDED_ORDINAL.test(clause)) && out.length > 0 ? { index: 0, 0: '' } : null;
    // "The previous rounds were held:" / "-- in Geneva, on May 10-11;": a list line takes its heading's talks.
    const listed = opts.underTalksHeading && s === 0 ? { index: 0, 0: '' } : null;
    const hosted = HOSTED_TABLE.exec(clause);
    const talksCue = talksWord(clause) ?? (s === 0 ? PRONOUN_TALKS.exec(clause) : null) ?? elided ?? listed ?? hosted ?? LED_TABLE_AT.exec(clause) ?? (s === 0 ? ordinal : null) ?? (clause.includes('spent ') ? SPENT_TIME_WITH.exec(clause) : null);
    const signing = talksCue ? null : signingCue(clause, sentenceIndex === 0);
    const cue: { index: number; 0: string } | null = talksCue ?? signing;
    // "US officials met A … and are due to hold talks with B": the second verb shares the subject.
    const inherited = coordinated ? subjectParties : [];
    if (!coordinated && cue) {
      const subj = tokens.filter((t) => t.start >= s && t.end <= s + cue.index);
      subjectParties = participantsOf(clause.slice(0, cue.index), subj, people.filter((p) => p.start >= s && p.end <= s + cue.index), sides);
    }
    if (!cue) continue;
    // "NATO foreign ministers meet in Antalya": an organisation's own gathering, unless the clause
    // names a side beyond it ("NATO allies met Ukraine's delegation").
    const gathering = ORGANISATION_GATHERING.exec(clause);
    if (gathering) {
      const own = new Set(findParties(gathering[0], { sides }).map((m) => m.party.name));
      const ctoksAll = tokens.filter((t) => t.start >= s && t.end <= e);
      // A side taking part, not one the gathering talks about ("to discuss frozen Russian assets").
      // A side named as one, not a person attending ("Rubio is skipping the meeting of NATO foreign ministers").
      const others = participantsOf(clause, ctoksAll, [], sides).some((p) => !own.has(p));
      if (!others) continue;
    }
    if (NOT_ROUND.test(clause) && !STRONG.test(clause.replace(NOT_ROUND, ''))) continue;
    // "The Swiss president met A and B separately on Friday": a host's calls on each side, no table between them.
    if (/^(?:met|meet|meets)$/i.test(cue[0]) && /\bseparately\b/i.test(clause)) continue;
    const ctoks = tokens.filter((t) => t.start >= s && t.end <= e);
    // A dateline ("TEHRAN –") is the venue only when the whole sentence names no other place.
    // "talks on a ceasefire in Sudan opened near Geneva": a country after a topic noun is the subject, not the venue
    // (a city stays one: "signed a ceasefire in Jeddah").
    // '…talks are starting," wrote A, a correspondent in Washington': a place in the attribution after a quote is the speaker's.
    const attribution = QUOTE_ATTRIBUTION.exec(clause);
    const attributionAt = attribution ? s + attribution.index : e;
    const found = findPlaces(ctoks).filter(
      (p) =>
        (p.first > 0 || s > 0 || !datelineDropped) &&
        !(!p.place.city && ctoks[p.first - 1]?.lower === 'in' && TOPIC_BEFORE_PLACE.has(ctoks[p.first - 2]?.lower ?? '')) &&
        ctoks[p.first]!.start < attributionAt &&
        // "their first sit-down since a disastrous Oval Office meeting": the occasion since which is another round's venue.
        !SINCE_BEFORE_PLACE.test(sentence.slice(Math.max(s, ctoks[p.first]!.start - 40), ctoks[p.first]!.start)) &&
        !anotherEventsPlace(sentence, s, ctoks[p.first]!.start),
    );
    // "at Oman's embassy in Rome", "Russia's delegation arrived in Istanbul": a place in the
    // possessive owns something; where the clause names another place, that one is the venue.
    const places = found.some((p) => !possessed(ctoks, p)) ? found.filter((p) => !possessed(ctoks, p)) : found;
    // The venue is the place nearest the talks word ("met in Saudi Arabia"), not any place in the
    // clause ("trust in Washington").
    const cueAt = s + cue.index;
    const cueTok = ctoks.findIndex((t) => t.start >= cueAt);
    const cityFirst = [...places].sort((a, b) => Math.abs(a.first - cueTok) - Math.abs(b.first - cueTok))[0];
    // "The consultations follow the telephone conversation … on March 18": a date after the call
    // word dates the call, not the talks.
    const call = NOT_ROUND.exec(clause);
    const dateEnd = call && STRONG.test(clause.replace(NOT_ROUND, '')) && cue.index < call.index ? s + call.index : e;
    // The date nearest the talks word dates them ("Nearly four years after the invasion of February
    // 2022, officials are on their way to Geneva for talks beginning Tuesday, February 16"), not a
    // date the clause gives another event (otherDayThan, below).
    // "agreed on Monday to cut tariffs after weekend talks in Geneva": a day before "after … talks" is the outcome's, the talks came before it.
    const afterTalks = AFTER_BEFORE_TALKS.test(sentence.slice(Math.max(0, cueAt - 40), cueAt));
    const clauseAt: ClauseAt = { sentence, s, clause, cueAt, afterTalks, published };
    const inClause0 = dates.filter((d) => d.start >= s && d.end <= dateEnd && !otherDayThan(d, clauseAt));
    // "August 15, 2024 (GENEVA) – talks … opened in Switzerland on Wednesday": the dateline dates the report when the clause has a day of its own.
    const own = inClause0.filter((d) => d.precision === 'day' && !isDatelineDate(sentence, d));
    const inClause = own.length ? inClause0.filter((d) => !isDatelineDate(sentence, d)) : inClause0;
    // A day beats a coarser date however near ("Negotiations on reviving the 2015 nuclear deal resumed … on Monday").
    const anyDay = inClause.some((x) => x.precision === 'day');
    // "left for Geneva on Monday … for talks due on Tuesday": a departure's day yields to another day the clause gives.
    const departs = inClause.some((d) => d.precision === 'day' && !isDeparture(sentence, s, d));
    const dist = (d: DateSpan) => cueDistance(d, cueAt, anyDay) + (departs && isDeparture(sentence, s, d) ? 500 : 0);
    const beganOn = inClause.find((d) => d.precision === 'day' && !d.approximate && BEGAN_RELATIVE.test(sentence.slice(Math.max(0, d.start - 100), d.start)));
    let date: DateSpan | undefined = beganOn ?? [...inClause].sort((a, b) => dist(a) - dist(b))[0];
    // "last week", "later this week": a week, not a day; the round stays undated rather than dated to a guessed one.
    if (date?.approximate) date = undefined;
    let rule = signing ? 'round.signing' : 'round.sentence-shapes';
    // A round's date is its first day: "the two-day talks that ended on Thursday" began on Wednesday.
    // The day they ended on, not a dateline's day beside it ("ALMATY, May 11 - Two days of talks … ended on Saturday").
    // "at the end of a second round of talks in Abu Dhabi on Thursday": the day is the round's last too.
    const atEnd = AT_THE_END_OF.exec(clause);
    const endedOn =
      date?.precision === 'day' && !beganOn
        ? inClause.find((d) => d.precision === 'day' && !d.approximate && (ENDED_ON.test(sentence.slice(Math.max(s, d.start - 50), d.start)) || (!!atEnd && s + atEnd.index < d.start)))
        : undefined;
    // How many days: in the clause, or where the next sentence opens on it ("The two-day round, which …").
    const long = endedOn ? (DAYS_LONG.exec(clause) ?? (opts.nextSentence ? NEXT_DAYS_LONG.exec(opts.nextSentence) : null)) : null;
    if (endedOn && long) {
      date = endedOn;
      const first = new Date(Date.parse(date.date) - (DAY_COUNT[(long[1] ?? long[2])!.toLowerCase()]! - 1) * 86_400_000).toISOString().slice(0, 10);
      date = { ...date, date: first, text: `${long[0]} talks ending ${date.text}` };
      rule = 'round.first-day-of-talks-that-ended';
    }
    // "rounds … on Jan. 23-24 and Feb. 4-5": the days coordinated with the chosen one date rounds of their own.
    const alsoOn: DateSpan[] = [];
    // "on April 12 in Muscat and April 19 in Rome": each coordinated day's place, the one after it.
    let ownPlaces: Map<string, Place | undefined> | undefined;
    if (date && date.precision === 'day' && PLURAL_ROUNDS.test(clause)) {
      const days = inClause.filter((d) => d.precision === 'day').sort((a, b) => a.start - b.start);
      const at = days.indexOf(date);
      const placed = (a: DateSpan, b: DateSpan) => coordinatedPlacedDates(sentence.slice(a.end, b.start));
      const joined = (a: DateSpan, b: DateSpan) => COORDINATED_DATES.test(sentence.slice(a.end, b.start)) || placed(a, b);
      for (let k = at + 1; k < days.length && joined(days[k - 1]!, days[k]!); k++) alsoOn.push(days[k]!);
      for (let k = at - 1; k >= 0 && joined(days[k]!, days[k + 1]!); k--) alsoOn.push(days[k]!);
      const told = [date, ...alsoOn].sort((a, b) => a.start - b.start);
      if (told.some((d, k) => k > 0 && placed(told[k - 1]!, d))) {
        const where = new Map<string, Place | undefined>();
        told.forEach((d, k) => {
          const to = told[k + 1]?.start ?? e;
          where.set(d.date, places.find((p) => ctoks[p.first]!.start >= d.end && ctoks[p.last]!.end <= to)?.place);
        });
        ownPlaces = where;
      }
      // "The meetings, on Friday and Saturday": consecutive days are one round over two days, dated by its first.
      const run = [date, ...alsoOn].sort((a, b) => a.date.localeCompare(b.date));
      if (!ownPlaces && run.every((d, k) => k === 0 || Date.parse(d.date) - Date.parse(run[k - 1]!.date) === 86_400_000)) {
        date = run[0]!;
        alsoOn.length = 0;
      }
    }
    // Talks under way as the report is written ("US-Russia negotiations are under way in Riyadh",
    // a headline "talks begin in Belarus") happen on the publication day.
    // Not "would start consultations … in the coming days": a future verb puts them ahead.
    // "the first day of the talks is over; the delegations will continue tomorrow": a present or
    // perfect auxiliary says now, whatever future follows it.
    const ongoing = ONGOING.exec(clause);
    if (
      !date &&
      opts.certain &&
      (cityFirst || STRONG.test(clause)) &&
      (ongoing || (sentenceIndex === 0 && (OPENED.test(clause) || LIVE_BLOG.test(clause)) && !PURPOSE_TALKS.test(clause.slice(0, cue.index + cue[0].length)))) &&
      (tenseAround(clause, cue.index + cue[0].length) !== 'future' || /^(?:is|are|has|have)\s+(?!arrived|landed)/i.test(ongoing?.[0] ?? ''))
    ) {
      const pubDay = published.toISOString().slice(0, 10);
      date = { date: pubDay, precision: 'day', text: 'the publication day', start: e, end: e, tense: 'past' };
      rule = 'round.under-way-on-publication-day';
    }
    const nth = date?.precision === 'day' && !date.approximate && rule !== 'round.first-day-of-talks-that-ended' ? NTH_DAY.exec(clause) : null;
    if (date && nth) {
      const first = new Date(Date.parse(date.date) - (NTH[nth[1]!.toLowerCase()]! - 1) * 86_400_000).toISOString().slice(0, 10);
      date = { ...date, date: first, text: `${date.text}, the ${nth[0]}` };
      rule = 'round.first-day-of-talks-on-their-nth-day';
    }
    // "After ten days of talks in Pretoria, the two sides signed an agreement on Wednesday": the day
    // those talks ended on, a later day of their round (dated by its first), not a round of its own.
    if (afterLead && !cityFirst && TALKS_DURATION_LEAD.test(sentence.slice(0, s))) continue;
    if (!cityFirst && !date) continue;
    // "has met Trump several times, most memorably in the Oval Office": meetings counted with no day are past encounters, no one round.
    if (!date && REPEATED.test(clause)) continue;
    // "a session chaired by U.S. envoy A": whoever chairs, hosts or mediates is no side to the talks.
    const chair = execAll(CHAIRED_BY, clause).map((m): [number, number] => [s + m.index, s + m.index + m[0].length]);
    const cpeople = people.filter((p) => p.start >= s && p.end <= e && outsideAll(chair, p.start, p.end));
    const sidesText = chair.length ? clause.replace(CHAIRED_BY, (m) => ' '.repeat(m.length)) : clause;
    // "Erdogan greeted the two delegations": the host of both sides is a go-between; the sides are the item's.
    // "A said after hosting talks between the two sides in P": so too a host of talks between the two sides.
    const goBetween = (!!hosted && cue === hosted && BOTH_SIDES_OBJECT.test(hosted[0])) || (BETWEEN_BOTH_SIDES.test(clause) && HOSTING_BEFORE_TALKS.test(clause.slice(0, cue.index)));
    // "The fifth, at …": a round of the series the sentence before counts, between that series' sides.
    const ofSeries = !!ordinal && cue === ordinal;
    const parties = goBetween || ofSeries
      ? []
      : signing
        ? signatories(clause, ctoks, s + signing.index, sides, cpeople).filter((p) => p !== cityFirst?.place.name)
        : participantsOf(sidesText, ctoks.filter((t) => outsideAll(chair, t.start, t.end)), cpeople, sides).filter((p) => p !== cityFirst?.place.name);
    // "Zelensky is in Vilnius today at the Bucharest Nine summit": a summit one side attends is no
    // round between sides (a summit between two names both: "the US-Russian summit in Anchorage").
    if (parties.length <= 1 && !inherited.length && AT_SUMMIT.test(clause) && !TALKS_RE.test(clause.replace(SUMMIT, ''))) continue;
    for (const p of inherited) if (!parties.includes(p)) parties.push(p);
    let status: 'held' | 'scheduled' = 'held';
    const pubDay = published.toISOString().slice(0, 10);
    if (date) {
      const cmp = date.precision === 'day' ? pubDay : date.precision === 'month' ? `${pubDay.slice(0, 7)}-01` : `${pubDay.slice(0, 4)}-01-01`;
      // Today's talks: the verb governing the date says whether they happened ("met … on Sunday")
      // or lie ahead ("are due to hold talks … on Monday"); the clause as a whole only if it is silent.
      const tense = date.tense !== 'unknown' ? date.tense : tenseAround(clause, cue.index + cue[0].length);
      if (date.date > cmp) status = 'scheduled';
      else if (date.date === cmp && tense === 'future') status = 'scheduled';
    } else if (tenseAround(clause, cue.index + cue[0].length) === 'future') status = 'scheduled';
    const d: RoundDraft = {
      parties,
      status,
      sentenceIndex,
      evidence: sentence,
      sentences: [sentenceIndex],
      datedIn: date ? [sentenceIndex] : [],
      // A document signed at a place on a day is a round even where its signatories go unnamed ("the two ministers");
      // not one signed in a year told in passing ("the 2022 package deal, which was signed in Istanbul").
      strong: STRONG.test(clause) || (!!signing && date?.precision === 'day'),
    };
    if ((/^(?:met|meet|meets)$/i.test(cue[0]) || /^spent\b/i.test(cue[0])) && !STRONG.test(clause) && !TABLE.test(clause)) d.encounter = true;
    if (signing && !parties.length && BOTH_SIDES_SIGNERS.test(clause.slice(0, signing.index))) d.bothSides = true;
    // "The Government of Nicolás Maduro and the Unitary Platform signed … in Bridgetown": two signers
    // coordinated before the verb, one of them no side the lexicon knows; the signing is a round all the same.
    if (signing && parties.length === 1 && signersPair(clause.slice(0, signing.index))) d.signedPair = true;
    // "chairing a special meeting between the two sides": the sides are the item's, whoever they are.
    // "the two sides agreed that a meeting of their commanders would take place tomorrow": what both sides agreed to hold is between them.
    if (!parties.length && (ofSeries || BETWEEN_BOTH_SIDES.test(clause) || BOTH_SIDES_AGREED.test(sentence.slice(Math.max(0, s - 60), s)))) d.bothSides = true;
    // "commanders of both sides will hold talks on Tuesday, followed by a meeting of the border
    // committee on Aug. 4": an occasion following the clause's talks, naming no sides, is between theirs.
    const before = out.at(-1);
    if (!parties.length && !d.bothSides && before && FOLLOWED_BY.test(clause)) {
      parties.push(...before.parties);
      if (before.bothSides) d.bothSides = true;
    }
    if (ownPlaces) {
      const own = ownPlaces.get(date?.date ?? '');
      if (own) d.place = own;
    } else if (cityFirst) d.place = cityFirst.place;
    // "the declaration the two sides signed here on April 25", under "KUALA LUMPUR, May 14 (Reuters) –": here is the dateline's city.
    else if (opts.datelinePlace && HERE.test(clause)) d.place = opts.datelinePlace;
    // Only the news of the days around the report: a back-reference dated within three days of it.
    // Not "the talks will go on on Monday": the day they continue is not the day they began.
    else if (
      date &&
      Math.abs(Date.parse(date.date) - Date.parse(pubDay)) <= 3 * 86_400_000 &&
      BACK_REFERENCE.test(clause) &&
      !NEW_ROUND.test(clause) &&
      // "On Monday Kuleba had advised anyone going to the talks …": a step before the talks, told in the pluperfect.
      !/\bhad\s+(?!been\b)\p{L}+ed\b/u.test(clause) &&
      (rule === 'round.first-day-of-talks-on-their-nth-day' || !CONTINUES.test(clause))
    )
      d.anaphoric = true;
    if (beganOn && date === beganOn) {
      d.began = true;
      rule = 'round.first-day-in-a-relative-clause';
    }
    d.rule = rule;
    if (date) d.date = { date: date.date, precision: date.precision, text: date.text, ...(date.approximate ? { approximate: true } : {}) };
    out.push(d);
    if (afterLead || ownPlaces) ownPlace.add(d);
    // "We've had two earlier rounds here, on May 16 and June 2": days of a series, no place told.
    if (alsoOn.length && !d.place && !ownPlaces) d.series = true;
    for (const other of alsoOn) {
      const status = other.date > pubDay ? 'scheduled' : d.status;
      const next: RoundDraft = { ...d, parties: [...d.parties], sentences: [...d.sentences], datedIn: [...d.datedIn], status, date: { date: other.date, precision: other.precision, text: other.text }, rule: 'round.coordinated-days' };
      if (ownPlaces) {
        const own = ownPlaces.get(other.date);
        if (own) next.place = own;
        else delete next.place;
      }
      out.push(next);
      if (ownPlaces) ownPlace.add(next);
    }
  }
  // "in Riyadh … followed by US-Russia talks on Monday": the second round happens in the same place.
  if (out.length > 1) for (const d of out.slice(1)) if (!d.place && out[0]!.place && !ownPlace.has(d)) d.place = out[0]!.place;
  return out;
}

/** A day range written in a date ("February 17-18", "17–18 February", "Jan. 23-24"): its first and last day. */
const DAY_RANGE = /\b(\d{1,2})\s?[-–]\s?(\d{1,2})\b/;

function datesCompatible(a: ResolvedDate | undefined, b: ResolvedDate | undefined): boolean {
  if (!a || !b) return true;
  if (a.precision === 'day' && b.precision === 'day') return a.date === b.date;
  const n = a.precision === 'year' || b.precision === 'year' ? 4 : 7;
  return a.date.slice(0, n) === b.date.slice(0, n);
}

/**
 * Mentions of one round name the same sides, or one names a subset ("talks with Ukrainian officials"
 * within the US–Ukraine round). Two full pairs that differ ("US–Russia" and "US–Ukraine") are two
 * meetings even in one city, so sharing one party is not enough.
 */
function partiesCompatible(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return true;
  if (a.length >= 2 && b.length >= 2) return a.every((x) => b.includes(x)) || b.every((x) => a.includes(x));
  return a.some((x) => b.includes(x));
}

/**
 * Merges mentions of one round within an item: same date, compatible place and parties. Then two
 * item-level readings: a day-dated mention with no place ("today's meeting was constructive")
 * dates the item's one undated round with a place, and a round with a place and a day but fewer
 * than two sides takes the sides the item's talks are between (`itemParties`, from its sentences
 * naming two or more participants), as "The meeting in Istanbul concluded on May 16" means.
 */
export function mergeRounds(cands: RoundDraft[], itemParties: string[] = []): RoundDraft[] {
  const merged = mergeMentions(cands);
  // "took place in Geneva on February 17-18" … a caption's "in Geneva, February 18": a later day of
  // a round whose days the item gives is that round, dated by its first day.
  for (const r of [...merged]) {
    const span = r.date?.precision === 'day' ? DAY_RANGE.exec(r.date.text) : null;
    if (!span || !r.place) continue;
    const last = Date.parse(r.date!.date) + (Number(span[2]) - Number(span[1])) * 86_400_000;
    for (const q of [...merged]) {
      if (q === r || !q.place || q.date?.precision !== 'day' || !placesCompatible(q.place, r.place)) continue;
      const t = Date.parse(q.date.date);
      if (t <= Date.parse(r.date!.date) || t > last) continue;
      r.sentences.push(...q.sentences);
      for (const p of q.parties) if (!r.parties.includes(p)) r.parties.push(p);
      merged.splice(merged.indexOf(q), 1);
    }
  }
  // "were meeting again Sunday in Geneva, after a first day of talks on Saturday": where a mention of
  // the round counts its days, the next day's session at the same place is that round's later day.
  for (const r of [...merged]) {
    if (!r.place || r.date?.precision !== 'day' || !merged.includes(r)) continue;
    const next = Date.parse(r.date.date) + 86_400_000;
    for (const q of [...merged]) {
      if (q === r || !q.place || q.date?.precision !== 'day' || Date.parse(q.date.date) !== next) continue;
      if (!placesCompatible(q.place, r.place) || !partiesCompatible(q.parties, r.parties)) continue;
      if (!COUNTED_DAY.test(r.evidence) && !COUNTED_DAY.test(q.evidence)) continue;
      r.sentences.push(...q.sentences);
      for (const p of q.parties) if (!r.parties.includes(p)) r.parties.push(p);
      merged.splice(merged.indexOf(q), 1);
    }
  }
  const undatedPlaced = merged.filter((r) => r.place && !r.date);
  // A first day told in a relative clause on the talks ("the second cycle of talks, which opened on
  // February 13") dates the one undated round named up to it, beside one told later ("the third cycle will be held in Cuba").
  const beganDraft = merged.find((r) => r.began && !r.place && r.date?.precision === 'day');
  const namedBefore = beganDraft ? undatedPlaced.filter((r) => r.sentenceIndex <= beganDraft.sentenceIndex) : [];
  const began = undatedPlaced.length > 1 && namedBefore.length === 1;
  if (undatedPlaced.length === 1 || began) {
    const target = began ? namedBefore[0]! : undatedPlaced[0]!;
    const dated = merged.filter((r) => (began ? r.began : r.anaphoric || r.began) && !r.place && r.date?.precision === 'day' && partiesCompatible(r.parties, target.parties));
    const days = new Set(dated.map((r) => r.date!.date));
    if (days.size === 1) {
      const first = dated[0]!;
      target.date = first.date!;
      target.rule = 'round.date-from-another-sentence';
      for (const r of dated) {
        for (const p of r.parties) if (!target.parties.includes(p) && p !== target.place!.name) target.parties.push(p);
        target.sentences.push(...r.sentences);
        target.datedIn.push(...r.datedIn);
        if (r.status === 'scheduled') target.status = 'scheduled';
        target.strong ||= r.strong;
      }
      merged.splice(0, merged.length, ...merged.filter((r) => !dated.includes(r)));
    }
  }
  // "the indirect talks that opened in Sharm el-Sheikh on Monday" … "signed early on Thursday", "The talks,
  // which began on Wednesday" under "Abu Dhabi talks end": a held round the item dates by a later day
  // (its end, a signing) within a week after the day its talks began, at that place, is the same round,
  // dated by its first day. A first day with no place takes the one venue of those later days.
  const firstDay = merged.filter((r) => r.began && r.status === 'held' && r.date?.precision === 'day' && !r.date.approximate);
  if (firstDay.length === 1) {
    const b = firstDay[0]!;
    const from = Date.parse(b.date!.date);
    const later = merged.filter((r) => {
      if (r === b || !r.place || r.status !== 'held' || r.date?.precision !== 'day' || r.series) return false;
      const gap = Date.parse(r.date.date) - from;
      return gap > 0 && gap <= 7 * 86_400_000 && placesCompatible(r.place, b.place) && (partiesCompatible(r.parties, b.parties) || (r.parties.length < 2 && b.parties.length < 2));
    });
    const venue = b.place ?? later[0]?.place;
    if (later.length && venue && later.every((r) => placesCompatible(r.place, venue))) {
      b.place ??= venue;
      for (const r of later) {
        for (const p of r.parties) if (!b.parties.includes(p) && p !== venue.name) b.parties.push(p);
        b.sentences.push(...r.sentences);
        b.strong ||= r.strong;
      }
      b.rule = 'round.dated-by-its-first-day';
      merged.splice(0, merged.length, ...merged.filter((r) => !later.includes(r)));
    }
  }
  // "two earlier rounds here, on May 16 and June 2", "the third round, following meetings on May 16 and
  // June 2": earlier rounds of the series told by their days alone were held where the item's rounds
  // are, when all its day-dated rounds with a place are at one venue and later than each of them.
  const venues = merged.filter((r) => r.place && r.date?.precision === 'day' && !r.series);
  const venue = venues[0];
  if (venue && venues.every((r) => placesCompatible(r.place, venue.place)))
    for (const r of merged)
      if (r.series && !r.place && r.date?.precision === 'day' && venues.every((v) => v.date!.date > r.date!.date)) {
        r.place = venue.place!;
        r.rule = 'round.series-at-the-venue';
        for (const p of venue.parties) if (!r.parties.includes(p)) r.parties.push(p);
      }
  // "the parties signed": the sides of the item's first round between two or more, else the item's.
  const bothSides = merged.find((r) => !r.bothSides && r.parties.length >= 2)?.parties ?? itemParties;
  if (bothSides.length >= 2)
    for (const r of merged) if (r.bothSides && r.parties.length < 2 && r.date?.precision === 'day') for (const p of bothSides) if (!r.parties.includes(p) && p !== r.place?.name) r.parties.push(p);
  if (itemParties.length >= 2)
    for (const r of merged)
      // Not an encounter: "A, who met B in Jeddah on Monday" names both sides it has.
      if (r.parties.length < 2 && !(r.encounter && r.parties.length) && r.place && r.date?.precision === 'day' && r.parties.every((p) => itemParties.includes(p))) {
        const filled = [...new Set([...r.parties, ...itemParties.filter((p) => p !== r.place!.name)])];
        // "Swiss talks" … "talks in Switzerland that began on March 11": the item's sides less the venue's
        // country leave one; a strong round naming no side stays one between sides unnamed.
        if (filled.length >= 2 || r.parties.length) r.parties = filled;
      }
  return merged.filter((r) => r.parties.length >= 2 || (r.parties.length === 0 && r.place && r.date && r.strong) || (r.signedPair && r.parties.length === 1 && r.place && r.date?.precision === 'day'));
}

function mergeMentions(cands: RoundDraft[]): RoundDraft[] {
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
      out.push({ ...c, parties: [...c.parties], sentences: [...c.sentences], datedIn: [...c.datedIn] });
      continue;
    }
    if (c.place && (!target.place || (c.place.city && !target.place.city))) target.place = c.place;
    if (c.date && (!target.date || (target.date.precision !== 'day' && c.date.precision === 'day'))) target.date = c.date;
    for (const p of c.parties) if (!target.parties.includes(p)) target.parties.push(p);
    target.sentences.push(...c.sentences);
    if (c.date && target.date && c.date.date === target.date.date) target.datedIn.push(...c.datedIn);
    target.strong ||= c.strong;
    target.anaphoric ||= c.anaphoric;
    target.began ||= c.began;
    if (c.bothSides) target.bothSides = true;
    if (c.signedPair) target.signedPair = true;
    if (!c.encounter) delete target.encounter;
    if (c.status === 'scheduled' && target.date && c.date && target.date.date === c.date.date) target.status = 'scheduled';
  }
  return out;
}

export function toRoundFact(r: RoundDraft): RoundFact {
  const f: RoundFact = {
    parties: r.parties,
    status: r.status,
    sentenceIndex: r.sentenceIndex,
    evidence: r.evidence,
    ...(r.rule ? { rule: r.rule } : {}),
  };
  if (r.place) f.place = r.place.name;
  if (r.date) f.date = r.date;
  return f;
}
