import { findParties, type ItemSides } from '../parties.js';
import type { PersonSpan } from './actors.js';
import { ABBREVIATIONS, LEFT_POST_RE, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon.js';
import { APPOINTING_VERBS, AUDIENCE, CEREMONY_ATTENDED, sentenceShape } from './rules.js';
import { execAll } from './regex.js';

export interface DelegationDraft {
  party: string;
  leaders: string[];
  members: string[];
  sentenceIndex: number;
  /** The rule that placed them (here, the shape that placed the first of them); the generic sentence-shapes id when absent. */
  rule?: string;
  /** The shape that placed each person, by name, where the draft's people came from more than one. */
  rules?: Record<string, string>;
}

/**
 * The generic id of this file's sentence shapes: what an extraction stored before each fact named
 * its shape (`shape.…`, rules.ts SENTENCE_SHAPES) carries, and what a reader of old facts falls back to.
 */
export const SENTENCE_SHAPES_RULE = 'delegation.sentence-shapes';

/** Whether a rule id is one of this file's sentence shapes (or the generic id of older facts). */
export const isSentenceShape = (rule: string | undefined): boolean => rule === undefined || rule === SENTENCE_SHAPES_RULE || rule.startsWith('shape.');

/** The rule id of a sentence shape, checked against the table when the module loads. */
const S = (id: string) => sentenceShape(id).id;
const LED_BY = S('shape.led-by');
const RESPECTIVELY_LED = S('shape.respectively-led');
const MEMBER_VERB = S('shape.member-verb');
const COPULA = S('shape.copula-list');
const COLON = S('shape.colon-list');
const LEADER_BEFORE = S('shape.leader-before-anchor');
const MEMBER_BEFORE = S('shape.member-before-anchor');
const ON_SIDE = S('shape.on-side-before');
const HEAD_OF = S('shape.head-of');
const WHO_LED_IT = S('shape.who-led-it');
const REPRESENTED_BY = S('shape.represented-by');
const SENT = S('shape.sent');
const REPRESENT_BEFORE = S('shape.represent-before');
const JOINED_BY = S('shape.joined-by');
const ALSO_TOOK_PART = S('shape.also-took-part');
const ITS_MEMBERS = S('shape.its-members');
const WITH_HIM = S('shape.with-him');
const IT = S('shape.it');
const LEADS_IT = S('shape.leads-it');
const JOINING_HIM = S('shape.joining-him');
const ELLIPTICAL = S('shape.elliptical');
const PARTY_COLON = S('shape.party-colon');
const ATTENDED_BY = S('shape.attended-by');
const TALKS_WITH_ENVOY = S('shape.talks-with-envoy');
const ROLE_HEAD = S('shape.role-head');
const BROUGHT = S('shape.brought');
const BACK_LEADS = S('shape.back-leads');
const DELEGATION_HE_LED_ID = S('shape.delegation-he-led');
const AT_ITS_HEAD = S('shape.at-its-head');
const PARTY_MAN = S('shape.party-man');
const FACING = S('shape.facing');

/**
 * One of a shape's word lists (rules.ts) as an alternation's source: words joined by `sep`, `tail`
 * giving what follows a word ("consisted" + an aside before "of"). Built once, at module load.
 */
function wordsOf(id: string, list: string, sep = String.raw`\s+`, tail: (words: string[]) => string = (ws) => ws.join(sep)): string {
  const ws = sentenceShape(id).words?.[list];
  if (!ws?.length) throw new Error(`no word list ${list} in ${id}`);
  return ws.map((w) => tail(w.split(' ').map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))).join('|');
}

/** What the previous sentences said about delegations, for "Its delegation…" and "Joining him were…". */
export interface DelegationState {
  lastParty?: string;
  lastLeaderParty?: string;
  /** The first party named in the previous sentence: the "it" of "Its delegation". */
  prevSubjectParty?: string;
  /**
   * The party of the last delegation named in the previous sentence, even one naming no people
   * ("The Ukrainian delegation arrived on Thursday."): the "it" of "It is headed by A".
   */
  prevDelegationParty?: string;
  /** Party of each person already placed in a delegation of this item, by name. */
  known?: Map<string, string>;
  /**
   * The people in subject position of the last sentence that had one ("Steve Witkoff and Jared
   * Kushner did most of the talking"), for a following "He brought…" or "Joining them: …". Long-form
   * copy names a person once and then says "he" or "the envoy"; `age` counts sentences since.
   */
  subject?: { names: string[]; party?: string; age: number };
  /** A party standing as a sentence's subject ("The Ukrainians had sent…", "Russia's was…"): the paragraph's side. */
  topic?: { party: string; age: number };
  /** Parties named in sentences before `upTo` outside place phrases, most recent last: the sides of "Facing them…". */
  partiesBefore?: (upTo: number) => string[];
  /** Index of the last sentence that placed anyone: "Joining him" right after it means that delegation. */
  lastPlaced?: number;
  /** The item's generic side words ("the government delegation") and their parties, for every party word read here. */
  readonly sides?: ItemSides;
  /** Each title the item has given a named person so far, with that person (undefined once two hold it): "the Secretary of State" later. */
  titled?: Map<string, string | undefined>;
}

const PH = (k: number) => `⟨${k}⟩`;
const PH_RE = /⟨(\d+)⟩/g;

/** Replaces each person with ⟨k⟩ so the patterns below read the sentence's shape, not its names. */
export function mask(text: string, people: PersonSpan[]): string {
  let out = '';
  let pos = 0;
  people.forEach((p, k) => {
    out += text.slice(pos, p.start) + PH(k);
    if (/['’]s$/.test(text.slice(p.start, p.end))) out += '’s';
    pos = p.end;
    const poss = /^['’]s/.exec(text.slice(pos));
    if (poss) {
      out += '’s';
      pos += poss[0].length;
    }
  });
  // "Also in the team, a Hamas official said, are A and B": an unnamed source's aside is no part of the roster.
  return (out + text.slice(pos)).replace(SOURCE_ASIDE, '').replace(TOLD_ASIDE, ' ');
}

/** "A and - I'm told - B": the reporter's dash-set aside inside a list is no part of it. */
const TOLD_ASIDE = /\s[-—–]\s(?:I['’]m|I\sam|we['’]re|we\sare|I['’]ve\sbeen|we['’]ve\sbeen)\s(?:told|hearing|informed)\s[-—–]\s/gu;

/** ", a Hamas official said,", ", two diplomats told Reuters,": an aside naming no person (no placeholder inside). */
const SOURCE_ASIDE =
  /,\s(?:a|an|the|two|three|several)\s(?:[\p{L}-]{1,25}\s){0,3}?(?:official|officials|source|sources|spokesman|spokeswoman|spokesperson|diplomat|diplomats)\s(?:said|says|told\s[\p{L}]{1,25}|added),(?=\s)/gu;

const ANCHOR_RE =
  /\b(?:(?:negotiating|peace|negotiation)\s+)?(delegations?|team|side|negotiators|delegates|envoys|officials|diplomats|Americans|Russians|Ukrainians|Europeans|(?<=\band\s)that(?=\s+of\s))\b/gi;
/** Weak anchors name a group without saying it is a delegation: only "led by" counts after them. */
const WEAK_ANCHOR = /^(?:officials|diplomats|americans|russians|ukrainians|europeans)$/;

/** After a relative clause ending in a side's noun: the main verb negated ("…, is not part of the team", "…, no longer leads it"). */
/**
 * "A, an aide to President B who …", "A, adviser to Prime Minister B, who led …" (a comma after "to B" only: "the son of B, who" is B's), "A, national security adviser to Prime Minister B and head of
 * …": a person named as the one A's post serves, set in A's apposition; what goes on after B is A's.
 */
const SERVED_IN_APPOSITION =
  /(⟨\d+⟩),\s(?:an?\s|the\s)?(?:[\p{L}’'-]+\s){0,4}?(?:to\s(?:\p{Lu}[\p{L}.-]*\s){0,3}⟨\d+⟩(?=,?\s(?:who\s|and\s(?:the\s)?(?:head|chief|leader)\sof\s))|of\s(?:\p{Lu}[\p{L}.-]*\s){0,3}⟨\d+⟩(?=\s(?:who\s|and\s(?:the\s)?(?:head|chief|leader)\sof\s)))/gu;
/** "A, who chairs the foreign affairs committee and led Moscow's team": a relative clause's first verb, left out before its leading one. */
const RELATIVE_FIRST_VERB = /(⟨\d+⟩,\s(?:who|which)\s)[^,;⟨]{1,80}?\sand\s(?=(?:has\s|had\s|also\s)?(?:led|headed|leads|heads|leading|heading)\s)/gu;
const DENIED_AFTER_RELATIVE = /^[^;,⟨]{0,80},\s(?:(?:is|was|are|were|will\sbe|has\sbeen|had\sbeen)\s(?:not|no\slonger|never)\b|(?:isn['’]t|wasn['’]t|won['’]t|no\slonger)\b)/;
/**
 * Stops a list of people: a new clause begins (a verb, a conjunction, a pronoun subject after ", and",
 * a semicolon or a dash; "headed by A, and also has among its members B", "and is integrated by B",
 * "and also integrate it B" (Spanish copy in translation): the members' clause).
 */
const STOP_WORDS =
  /;|\s[—–]\s|\band\s(?:is|was|are|were|will\sbe)\s(?:also\s)?(?:made|composed|comprised|formed|integrated)\b|\band\s(?:also\s)?(?:has|had|includes|included|comprises|comprised|counts|counted|integrates?\sit)\s|,\sand\s(?:they|he|she|it|we|[a-z]{3,20}\sit)\s|,\s(?:were|was|are|is|have|has|had)\s(?!also\b)|\b(?:said|says|told|met|meet|meets|arrived|arrive|according|held|hold|holds|discussed|discuss|signed|agreed|began|ended|flew|travelled|traveled|in order|for talks|to discuss|who|whom|whose|which|while|after|before|when|where|but|in the presence of|witnessed by|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;
/**
 * A full stop ends a list when a sentence could start after it. Not after a title's abbreviation
 * ("Brig. Gen."), and not before a lower-case word: "Defence Minister A. deputy foreign minister
 * B" is broken punctuation inside one list, as machine-translated copy writes it.
 */
const STOP_DOT = /\.(?=\s+[^\p{Ll}\s]|\s*$)/gu;

/**
 * "Hamas's delegation was led by A and Israel's by B", "the Iranian delegation was headed by A and
 * the American delegation by B": a second side's clause with its verb left out ends the first
 * side's list, so B is never read as the first side's co-leader; a comma may stand for the "and"
 * ("Kyiv's team was headed by A, Moscow's by B", "…by A, Russia's ambassador, the American one by B").
 */
const COORDINATED_SIDE = /(?:\band|,)\s+(?:on\s+)?(?:the\s+)?(?:[A-Z][A-Za-z.-]*|rebels|rebel|guerrillas|government|opposition)(?:['’]s|['’])?(?:\s+(?:delegation|team|side|one|negotiators|delegates))?\s+(?:[—–-]{1,2}\s+)?by\b/;

function listStop(s: string): number {
  const w = STOP_WORDS.exec(s);
  let end = w ? w.index : s.length;
  const other = COORDINATED_SIDE.exec(s);
  if (other && other.index < end) end = other.index;
  for (const d of execAll(STOP_DOT, s)) {
    if (d.index >= end) break;
    let a = d.index;
    while (a > 0 && /[A-Za-z]/.test(s[a - 1]!)) a--;
    const word = s.slice(a, d.index).toLowerCase();
    if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
    end = d.index;
    break;
  }
  return end;
}

// "is expected to be represented by", "is set to be led by": announced line-ups are still line-ups.
const AUX = String.raw`(?:(?:was|is|are|were|will|would|has|have|had|also|be|been|being|to|again|once|still|now|initially|expected|set|due|likely|going)\s+)*`;
/** "delegation at the Istanbul talks on Monday included…": a short locative before the verb. */
const PP = String.raw`(?:\s*(?:at|in|for|during|to)\s+[^,⟨;]{0,60}?)?`;
// "were led, as in January, by A": a short aside may sit between the verb and "by".
const LEADER_TRIGGER = new RegExp(String.raw`^${PP}\s*,?\s*(?:which\s+|that\s+)?${AUX}(?:${wordsOf(LED_BY, 'verbs')})(?:,[^,⟨;]{1,30},)?\s+by\b`, 'i');
/**
 * The verbs of composition (rules.ts, shape.member-verb): "consisted, in the end, of" takes a short
 * aside before its "of"; a bare "with" is no list when "himself" follows the person ("with A himself").
 */
const MEMBER_VERBS = wordsOf(MEMBER_VERB, 'verbs', String.raw`\s+`, (ws) =>
  ws.length > 1 && ws[ws.length - 1] === 'of'
    ? ws.slice(0, -1).join(String.raw`\s+`) + String.raw`(?:,[^,⟨;]{1,30},)?\s+of`
    : ws.join(String.raw`\s+`) + (ws.join(' ') === 'with' ? String.raw`(?!\s+⟨\d+⟩\s+(?:himself|herself)\b)` : ''),
);
const MEMBER_TRIGGER_SRC = String.raw`(?:which\s+|that\s+)?${AUX}(?:${MEMBER_VERBS})\b`;
const MEMBER_TRIGGER = new RegExp(String.raw`^${PP}\s*,?\s*(?:and\s+)?${MEMBER_TRIGGER_SRC}`, 'i');
const COPULA_LIST = new RegExp(String.raw`^\s*(?:${wordsOf(COPULA, 'copulas', ' ')})\s+(?=(?:[\p{L}’'-]+\s+){0,8}⟨)`, 'iu');
const COLON_LIST = /^\s*:\s*/;
/** "The Russian delegation that arrived in Alaska also included A": a restrictive clause before the verb. */
const REL_MEMBER = /^\s*(?:that|which)\s+[^,⟨;]{1,50}?\s+(?:also\s+)?(?:included|includes|comprised|comprises)\b/i;
/**
 * People before a delegation noun whose verb makes them part of it: "A and B were among the
 * Ukrainian negotiators", "A is also part of the delegation", "A and B, who travelled as part of the
 * Russian delegation", "A and B made up the American team", "C completed the American side".
 */
const MEMBER_BEFORE_ANCHOR =
  /(?:\b(?:were|was|are|is|be|been)\s+(?:also\s+|again\s+)*(?:among|(?:a\s+)?part\s+of|members?\s+of)|\bas\s+(?:a\s+)?part\s+of|\b(?:made|make|makes)\s+up|\b(?:completed|completes|complete|rounded\s+out))\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}’'-]+\s+){0,2}$/iu;
/** "A and B on the Russian side": people set directly before the side they sit on. */
const ON_SIDE_BEFORE = /\s+on\s+the\s+(?:[\p{L}’'-]+\s+){1,2}$/u;
/** "A (head), B, C" in briefs: the parenthesis names the leader. */
const PAREN_HEAD = /⟨(\d+)⟩\s*\((?:head|leader|chief|chair)(?:\s+of\s+(?:the\s+)?delegation)?\)/gi;

/** People in `s`, except possessors ("Zelensky’s chief of staff"), which qualify someone else. */
function placeholders(s: string): number[] {
  return execAll(PH_RE, s).filter((m) => !/^’s/.test(s.slice(m.index + m[0].length))).map((m) => Number(m[1]));
}

/**
 * An apposition between two list items ("A, a veteran diplomat who chairs the committee, and B"):
 * its relative clause must not end the list. Blanked to spaces so offsets into `s` stay valid.
 */
const APPOSITION_RE = /(?<=⟨\d+⟩(?:’s)?),[^,;⟨]*?(?=,\s+(?:and\s+)?((?:[\p{L}’'.-]+\s+){0,4})⟨\d+⟩)/gu;

/**
 * A relative clause between two list items ("A and B, who are in Moscow tonight to meet C, and
 * army secretary D"): the list goes on after it, and anyone named inside it (C) is no item.
 * Only when another item follows (", and" or a comma, then up to six title words and a person:
 * "A, who became head of the office this month, the chief of the general staff B, and C"), so
 * "A, who met B, said…" still ends the list. The clause may hold one apposition of its own ("A,
 * who heads the committee of the Council, the upper house of parliament, and B"). The next item may
 * carry its title before a comma ("…, and Russia's envoy to Belarus, B"), opening with "the" or a capital
 * (not "…, who was accompanied by, among others, B": the clause's own object), or follow a semicolon
 * ("A, who heads the office; intelligence chief B; and C"): a list set off by semicolons goes on.
 */
const REL_IN_LIST_RE =
  /(?<=⟨\d+⟩),\s+who\s+(?:[^,;]{1,80}?,(?:\s(?:the|a|an)\s[^,;⟨]{1,60},)?(?=\s+(?:and\s+)?(?:(?:[\p{L}’'.-]+\s+){0,6}⟨\d+⟩|(?:the\s+|(?=\p{Lu}))(?:[\p{L}’'.-]+\s+){1,6}[\p{L}’'.-]+,\s+⟨\d+⟩))|[^,;⟨]{1,80}?(?=;\s*(?:and\s+)?(?:[\p{L}’'.-]+,?\s+){0,7}⟨\d+⟩))/gu;

/** A relative clause whose last words, before its comma, are a lower-case title: "…, who flew in with B and the army secretary,". */
function relEndsInTitle(clause: string): boolean {
  const ws = clause.replace(/,$/, '').trimEnd().split(/\s+/).slice(-5);
  let det = -1;
  for (let i = ws.length - 2; i >= 0; i--) {
    if (/^(?:the|a|an|his|her|its|their)$/.test(ws[i]!)) {
      det = i;
      break;
    }
  }
  const title = ws.slice(det + 1);
  return det >= 0 && ROLE_HEADS.has(title[title.length - 1]!) && title.every((w) => /^\p{Ll}/u.test(w));
}

const TITLE_WORD = (w: string, sides: ItemSides | undefined) => {
  const l = w.toLowerCase();
  return ROLE_HEADS.has(l) || ROLE_MODIFIERS.has(l) || l === 'the' || /^[A-Z]{2,}$/.test(w) || findParties(w, { sides }).length > 0;
};

/**
 * A person named as the complement of a preposition inside someone's apposition ("an adviser to
 * President A", "an adviser to FSB Director B") qualifies that person and is no list item.
 */
export function isComplement(before: string, sides: ItemSides | undefined): boolean {
  // Word by word from the end (no regex over the whole prefix: this runs for every list item).
  if (!/\s$/.test(before)) return false;
  const words = before.slice(-160).trimEnd().split(/\s+/);
  const wordRe = /^[\p{L}’'.-]+$/u;
  for (let n = 3; n >= 0; n--) {
    const i = words.length - 1 - n;
    const prep = words[i];
    const head = words[i - 1];
    if (!prep || !head || !/^(?:to|of|for|under)$/.test(prep)) continue;
    // "the group consisted of A", "made up of B": a verb of composition before "of" takes the list, no title.
    if (n === 0 && /^(?:consists|consisted|consist|consisting|composed|comprised|up)$/i.test(head)) return false;
    const titles = words.slice(i + 1);
    if (!wordRe.test(head) || !titles.every((w) => wordRe.test(w))) continue;
    // "Secretary of State A": a capitalised head before "of" makes it the person's own title.
    if (/^\p{Lu}/u.test(head)) return false;
    // "headed by chief of GRU admiral A": a bare singular head opening the list or right after "by"
    // (no article, nobody before it) is the named person's own title; "by an adviser to President A"
    // keeps its article, "aides to President A" is plural.
    if (prep === 'of' && !/s$/.test(head) && (!words[i - 2] || words[i - 2]!.toLowerCase() === 'by')) return false;
    // "an adviser to President A" qualifies A; "the head of the presidential Office A" is A's own
    // title: the words before a qualified person end in a person's title, not an institution.
    const last = titles[titles.length - 1];
    if (last && !ROLE_HEADS.has(last.toLowerCase())) return false;
    return titles.every((w) => TITLE_WORD(w, sides));
  }
  return false;
}

/** Placeholders in a run ending at `end` ("⟨1⟩, ⟨2⟩ and ⟨3⟩"), read backwards without a nested quantifier. */
function runBefore(m: string, end: number): number[] {
  const out: number[] = [];
  let at = end;
  for (let guard = 0; guard < 40; guard++) {
    const tail = m.slice(Math.max(0, at - 24), at);
    const hit = /⟨(\d+)⟩(,\s*|\s+and\s+|\s*)$/.exec(tail);
    if (!hit || (out.length === 0 && hit[2] !== '' && !/^\s*$/.test(hit[2]!)) || (out.length > 0 && hit[2] === '')) break;
    out.unshift(Number(hit[1]));
    at = at - tail.length + hit.index;
  }
  return out;
}

const REPORTING_ASIDE = /\b(?:told|said|says|hearing|hear|understand|understands|learned|learnt)\b/i;

/** A speech verb ending the list: the person just before it is the source, not an item. */
const SPEECH_STOP = /^(?:said|says|told|tells|according)\b/i;

/** Compiled once: readList runs for every anchor of every sentence. */
const LIST_TRIGGER = new RegExp(String.raw`\s*,?\s*(?:and\s+)?${MEMBER_TRIGGER_SRC}`, 'i');
/** LIST_TRIGGER at every offset, for listTrigger's second look. */
const LIST_TRIGGERS = new RegExp(LIST_TRIGGER.source, 'gi');
/**
 * "with" between two capitalised words belongs to an office's name ("Special Presidential Envoy for
 * Investment and Economic Cooperation with Foreign Countries, head of the fund B"), not to a list
 * that goes on with its members ("led by A, with B"): such a "with" ends no list.
 */
const WITH_IN_TITLE_WORD = /^\p{Lu}[\p{L}’'-]{0,30}$/u;
const WITH_IN_TITLE_AFTER = /^\s\p{Lu}\p{Ll}/u;
function listTrigger(s: string): RegExpExecArray | null {
  const first = LIST_TRIGGER.exec(s);
  if (!first || !inTitle(s, first)) return first;
  LIST_TRIGGERS.lastIndex = 0;
  for (let m = LIST_TRIGGERS.exec(s); m; m = LIST_TRIGGERS.exec(s)) {
    if (m[0].length === 0) LIST_TRIGGERS.lastIndex++;
    else if (!inTitle(s, m)) return m;
  }
  return null;
}
function inTitle(s: string, m: RegExpExecArray): boolean {
  const at = m.index + m[0].length;
  // The word right before "with", read as a word (no regex over the prefix).
  const before = s.slice(Math.max(0, m.index - 32), m.index).trimEnd();
  const word = before.slice(before.lastIndexOf(' ') + 1);
  return /^\s*with$/i.test(m[0]) && WITH_IN_TITLE_WORD.test(word) && WITH_IN_TITLE_AFTER.test(s.slice(at, at + 4));
}
/** Cheap gate for LIST_TRIGGER, whose leading optional run is costly to try at every offset. */
const TRIGGER_WORD = /\b(?:includ|compris|consist|made\s+up|featur|takes?\s+in|took\s+in|represented|joined|accompanied|with|along|among)/i;

/**
 * "A, appointed by President B", "A, sent by C": whoever appoints, sends or approves someone on a
 * delegation is named in that person's apposition, not listed beside them.
 */
/**
 * "Adviser to Prime Minister B", "an aide to President B": B holds the office the adviser serves, no
 * item of the list. "Assistant to the President B" (the article) is B's own title: B is the assistant.
 */
/** "A, a Putin aide and former culture minister", "B, a longtime Dalton adviser": a name used as a modifier of a post, after an article, is no list item. */
const ARTICLE_BEFORE = /(?:^|\s)(?:a|an|the)\s(?:[a-z][a-z-]{2,20}\s)?$/;
const ATTRIBUTIVE_AFTER = /^\s(?:aide|adviser|advisor|ally|loyalist|confidant|appointee|associate|protégé|protege|critic|opponent)s?\b/i;
// "chief of staff to President B", "an adviser to the group's commander B": B is whom A serves, named in A's
// title; "adviser to the Head of the Office of the President C" is C's own title, so "the" only before a possessive.
const ADVISER_TO = /\b(?:adviser|advisor|aide|assistant|counsell?or|chief\s+of\s+staff)\s+to\s+(?:(?!the\s)|the\s+[\p{L}-]+['’]s\s+)(?:[\p{L}’'.-]+\s+){1,3}$/iu;
const QUOTED_ALIAS_BEFORE = /⟩\s?["“«]$/u;
/** A headline's source after a spaced dash, closing it: "… for security talks - B". Words (no comma) before the dash. */
const HEADLINE_SOURCE = /[\p{Ll}\d]\s[-—–]\s⟨(\d+)⟩\s*$/u;
/** The one appointed, right before ", appointed by": "A, appointed by", "A, a former ambassador appointed by". */
const APPOINTEE_BEFORE = /⟨(\d+)⟩(?!’s),\s(?:[\p{L}’'-]{1,30}\s){0,4}$/u;
export const APPOINTER = new RegExp(String.raw`\b(?:${APPOINTING_VERBS.map((v) => v.split(' ').join(String.raw`\s+`)).join('|')})\s+by\s+(?:[\p{L}’'.-]+\s+){0,5}$`, 'u');

/** Reads a list of people from `s` until a new clause starts; returns them and the rest. */
/** The capitalised words (up to five) that end a text: "The Tigray People's Liberation Front" of "… The Tigray People's Liberation Front". */
function capitalisedBefore(before: string): string {
  const ws = before.split(' ');
  const out: string[] = [];
  for (let i = ws.length - 1; i >= 0 && out.length < 5; i--) {
    if (!/^\p{Lu}[\p{L}’'.-]*$/u.test(ws[i]!)) break;
    out.unshift(ws[i]!);
  }
  return out.join(' ');
}

export function readList(s: string, sides: ItemSides | undefined): { ks: number[]; rest: string } {
  const flat = s.includes('⟩,')
    ? s
        .replace(APPOSITION_RE, (a, title: string) =>
          // ", we're told," is the reporter speaking, not an apposition: the list ends there.
          // Nor is ", also included the governor, B": a verb of composition starts the members.
          // Nor ", and Rwanda's by the foreign minister, B": a second side's clause, its verb left out; nor
          // ", and also has among its members the governor, B": "and" opens a clause, no apposition.
          !REPORTING_ASIDE.test(a) && !TRIGGER_WORD.test(a) && !COORDINATED_SIDE.test(a) && !/^,\s+and\s/.test(a) && title.split(/\s+/).filter(Boolean).every((w) => TITLE_WORD(w, sides)) ? ' '.repeat(a.length) : a,
        )
        // "A, who flew in with B and the army secretary, C": a title and a comma right before C set C
        // in apposition inside the clause, as one A came with, not a further item of the list.
        .replace(REL_IN_LIST_RE, (a, at: number, all: string) =>
          REPORTING_ASIDE.test(a) || (relEndsInTitle(a) && /^\s+⟨\d+⟩/.test(all.slice(at + a.length))) ? a : ' '.repeat(a.length),
        )
    : s;
  const stopAt = listStop(flat);
  // A member trigger after the leaders ("led by A and including B") ends the leader list too.
  const trig = TRIGGER_WORD.test(flat) ? listTrigger(flat) : null;
  let end = stopAt;
  if (trig && trig.index > 0 && trig.index < end) end = trig.index;
  const head = flat.slice(0, end);
  let ks = execAll(PH_RE, head)
    .filter(
      (m) =>
        !/^’s/.test(head.slice(m.index + m[0].length)) &&
        !isComplement(head.slice(0, m.index), sides) &&
        !APPOINTER.test(head.slice(Math.max(0, m.index - 80), m.index)) &&
        !ADVISER_TO.test(head.slice(Math.max(0, m.index - 60), m.index)) &&
        // 'B "Hemedti"': a nickname in quotes right after a name is that person again, not another item.
        !QUOTED_ALIAS_BEFORE.test(head.slice(Math.max(0, m.index - 6), m.index)) &&
        !(ARTICLE_BEFORE.test(head.slice(Math.max(0, m.index - 28), m.index)) && ATTRIBUTIVE_AFTER.test(head.slice(m.index + m[0].length, m.index + m[0].length + 20))),
    )
    .map((m) => Number(m[1]));
  // "Delegation led by A to go to Abu Dhabi for talks - B": a headline's closing dash names its source.
  const source = ks.length > 1 ? HEADLINE_SOURCE.exec(flat) : null;
  if (source && Number(source[1]) === ks[ks.length - 1]) ks = ks.slice(0, -1);
  // "…and B, an adviser to the FSB director, Kremlin aide C told journalists": C is the source.
  if (stopAt < flat.length && SPEECH_STOP.test(flat.slice(stopAt))) {
    const speaker = /,\s+(?:[\p{L}’'.-]+\s+){0,5}⟨(\d+)⟩\s*$/u.exec(head);
    if (speaker) ks = ks.filter((k) => k !== Number(speaker[1]));
  }
  return { ks, rest: s.slice(end) };
}

/** The side a sentence opens with, as its subject ("The United States, which …,"): the first party named, before any verb of its own. */
export function ownSubjectParty(before: string, sides: ItemSides | undefined): string | undefined {
  const opening = /^\s*(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,3})(?=\s*,|\s+(?:is|was|has|had|will|would|are|were)\b)/u.exec(before);
  return opening ? findParties(opening[1]!, { sides })[0]?.party.name : undefined;
}

function partyBefore(m: string, anchorAt: number, people: PersonSpan[], state: DelegationState): string | undefined {
  const left = m.slice(Math.max(0, anchorAt - 60), anchorAt);
  const words = left.split(/\s+/).slice(-5).join(' ');
  // "its delegation": the sentence's own subject when it names a side before ("The United States,
  // which quit the deal, takes part indirectly: its delegation …"), else the sentence before's.
  if (/\b(?:its|their)\s+(?:own\s+)?$/i.test(left)) return ownSubjectParty(m.slice(0, anchorAt), state.sides) ?? state.prevSubjectParty ?? state.lastParty;
  if (/\b(?:his|her)\s+country['’]s\s+$/i.test(left) || /\b(?:his|her)\s+$/i.test(left)) {
    const subj = placeholders(m.slice(0, anchorAt))[0];
    const p = subj !== undefined ? people[subj]?.party : undefined;
    if (p) return p;
  }
  const ph = /⟨(\d+)⟩’s\s+(?:\w+\s+)?$/.exec(left);
  if (ph) {
    const p = people[Number(ph[1])]?.party;
    if (p) return p;
  }
  if (/[,;]/.test(words.replace(/^.*[,;]/, ''))) return undefined;
  const tail = words.replace(/^.*[,;:]/, '');
  const found = findParties(tail, { sides: state.sides });
  return found[found.length - 1]?.party.name;
}

function partyAfter(m: string, from: number, sides: ItemSides | undefined): string | undefined {
  const right = /^\s+(?:from|of|representing)\s+(?:the\s+)?([^,;]{2,40})/.exec(m.slice(from));
  if (!right) return undefined;
  return findParties(right[1]!, { sides })[0]?.party.name;
}

/**
 * Delegation facts in one sentence: who leads and who belongs to which party's delegation.
 * Leaders only where the text uses a leading verb ("led by", "heading", "head of the
 * delegation"); everyone else listed is a member.
 */
/**
 * "B and C also took part", "A, B and C are also going": people added to the delegation just named.
 * "Going" and "travelling" say they go with it, as announcements of a line-up put it.
 */
const TOOK_PART = wordsOf(ALSO_TOOK_PART, 'took', ' ');
const ALSO_GOING = String.raw`\b(?:are|were|is|was|will)\s+also\s+(?:be\s+)?(?:${wordsOf(ALSO_TOOK_PART, 'going', ' ')})\b`;
const ALSO_PART = new RegExp(String.raw`\balso\s+(?:${TOOK_PART}|attended)\b|\b(?:${TOOK_PART})\s+too\b|\bwere also present\b|${ALSO_GOING}`);
const ALSO_PART_CUT = new RegExp(String.raw`\b(?:also\s+)?(?:${TOOK_PART}|were also present|also attended)\b|${ALSO_GOING}`);

/**
 * Puts a person on a party's draft as leader or member, recording the shape that placed them: a
 * leader already there stays one, a member made leader takes the leading shape's id.
 */
function placeIn(drafts: Map<string, DelegationDraft>, party: string, name: string, role: 'leader' | 'member', rule: string, sentenceIndex: number): void {
  let d = drafts.get(party);
  if (!d) {
    d = { party, leaders: [], members: [], sentenceIndex, rule, rules: {} };
    drafts.set(party, d);
  }
  d.rules ??= {};
  const rules = d.rules;
  if (role === 'leader') {
    if (!d.leaders.includes(name)) {
      d.leaders.push(name);
      rules[name] = rule;
    }
    d.members = d.members.filter((n) => n !== name);
  } else if (!d.leaders.includes(name) && !d.members.includes(name)) {
    d.members.push(name);
    rules[name] = rule;
  }
}

/** Cheap gate: most sentences name no delegation and need none of the patterns below. */
const CUE_RE =
  /delegat|team|side|negotiat|envoys|represent|sent|sending|dispatch|fielded|join|accompan|attend|present|took part|particip|officials|diplomats|Americans|Russians|Ukrainians|Europeans|includ|compris|(?:led|headed)(?:,[^,]{1,30},)?\s+(?:[a-z]+\s+){0,2}by|flanked|with\s+(?:him|her)\b|^[^:]{1,30}:\s|its\s+(?:head|members)|brought|beside\s+(?:him|her)|with\s+a\s+team|facing|across\s+the\s+table|other\s+side|in\s+the\s+room|(?:led|headed)\s+(?:it|them)\b|\b(?:he|she)\s+(?:headed|led)\b|members|also\s+(?:be\s+)?(?:going|travell?ing|coming)|part\s+of\s+(?:it|them)|at\s+the\s+table\s+for/i;

export function findDelegations(
  text: string,
  people: PersonSpan[],
  sentenceIndex: number,
  state: DelegationState,
): DelegationDraft[] {
  const sides = state.sides;
  const prevDelegation = state.prevDelegationParty;
  state.prevDelegationParty = undefined;
  if (!CUE_RE.test(text)) return [];
  if (!people.length) {
    // No one to place, but "The Ukrainian delegation arrived." gives the next sentence its "it".
    for (const a of execAll(ANCHOR_RE, text)) {
      if (WEAK_ANCHOR.test(a[1]!.toLowerCase()) || /s$/i.test(a[1]!) && a[1]!.toLowerCase() === 'delegations') continue;
      const party = partyBefore(text, a.index, people, state);
      if (party) state.prevDelegationParty = party;
    }
    // "The Ukrainians had sent a larger group.": what a party sent is the "it" of "A led it".
    const sentGroup = /^(?:The\s+)?([\p{Lu}][\p{L}’'.-]*)\s+(?:had\s+|has\s+)?(?:sent|fielded|dispatched)\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:team|group|delegation)\b/u.exec(text);
    const sentParty = sentGroup ? findParties(sentGroup[1]!, { sides })[0]?.party.name : undefined;
    if (sentParty) state.prevDelegationParty = sentParty;
    // "The Russian delegation he headed…" names only an earlier sentence's person.
    const drafts0 = new Map<string, DelegationDraft>();
    crossSentence(text, people, state, prevDelegation, sentenceIndex, () => undefined, (party, name, role, rule) => {
      const d = drafts0.get(party) ?? { party, leaders: [], members: [], sentenceIndex, rule, rules: {} };
      drafts0.set(party, d);
      (role === 'leader' ? d.leaders : d.members).push(name);
      d.rules![name] ??= rule;
    });
    const out0 = [...drafts0.values()];
    state.known ??= new Map();
    for (const d of out0) for (const n of [...d.leaders, ...d.members]) if (!state.known.has(n)) state.known.set(n, d.party);
    if (out0.length) state.lastPlaced = sentenceIndex;
    return out0;
  }
  const drafts = new Map<string, DelegationDraft>();
  const parenHeads = new Set<number>();
  const add = (party: string | undefined, k: number, asRole: 'leader' | 'member', rule: string) => {
    const p = people[k];
    if (!party || !p) return;
    placeIn(drafts, party, p.name, parenHeads.has(k) ? 'leader' : asRole, rule, sentenceIndex);
  };

  /** Places a person of an earlier sentence (a pronoun's referent), who has no placeholder here. */
  const addName = (party: string, name: string, role: 'leader' | 'member', rule: string) => placeIn(drafts, party, name, role, rule, sentenceIndex);

  let m = mask(text, people);
  for (const h of execAll(PAREN_HEAD, m)) parenHeads.add(Number(h[1]));
  // "A, who led it," inside a member list: A leads; the list goes on after the clause. So does
  // "A, an aide to President B who headed the delegation,": the clause is A's, B only qualifies A.
  const relLeaders: number[] = [];
  m = m.replace(
    /⟨(\d+)⟩(?:,\s+(?:an?|the)\s+[^,;⟨]{1,60}?⟨\d+⟩)?,?\s+who\s+(?:led|leads|headed|heads|was leading|is leading|will lead|will head)\s+(?:it|them|the delegation|the team)\s*(?=,)/g,
    (_all, k: string) => {
      relLeaders.push(Number(k));
      return `⟨${k}⟩`;
    },
  );
  const anchors = execAll(ANCHOR_RE, m);
  // "The US delegation, which met Ukrainian officials on Sunday, includes A": the relative clause
  // belongs to the first anchor, and an anchor inside it ("officials") must neither end that
  // anchor's scope nor read past the clause.
  const relEnd = anchors.map((a) => {
    // "according to the decree of A," names its source, who is no list item: skip it whole.
    const rel = /^\s*,\s*(?:(?:which|who|that)\b[^,⟨]*|according\s+to\b[^,;]*),/.exec(m.slice(a.index + a[0].length));
    return rel ? a.index + a[0].length + rel[0].length : -1;
  });
  let sentenceParty: string | undefined;
  anchors.forEach((a, ai) => {
    const noun = a[1]!.toLowerCase();
    const at = a.index;
    let after = at + a[0].length;
    let nextAt = m.length;
    for (let j = ai + 1; j < anchors.length; j++) {
      if (anchors[j]!.index >= relEnd[ai]!) {
        nextAt = anchors[j]!.index;
        break;
      }
    }
    for (let j = 0; j < ai; j++) if (relEnd[j]! > at) nextAt = Math.min(nextAt, relEnd[j]!);
    const prevEnd = ai > 0 ? anchors[ai - 1]!.index + anchors[ai - 1]![0].length : 0;
    const weak = WEAK_ANCHOR.test(noun);
    // "The government delegation, headed by A, and that of the rebels, led by B": "that of" is the
    // second side's delegation, its side the words after "of", never the first side's.
    const thatOf = noun === 'that' ? /^\s+of\s+(?:the\s+)?[^,;⟨]{2,40}/.exec(m.slice(after)) : null;
    if (noun === 'that' && !thatOf) return;
    // "The Americans were led by": the anchor word names the party itself.
    let party = thatOf ? partyAfter(m, after, sides) : /^[A-Z]/.test(a[1]!) ? findParties(a[1]!, { sides })[0]?.party.name : undefined;
    if (thatOf && !party) return;
    if (thatOf) after += thatOf[0].length;
    party ??= partyBefore(m, at, people, state) ?? partyAfter(m, after, sides);
    // "On the Russian side, A led the negotiators": an earlier anchor of the sentence lends its party.
    if (!party && !weak && sentenceParty) party = sentenceParty;
    const plural = noun === 'delegations';
    // "The Russian and Ukrainian delegations, led by A and B respectively".
    if (plural) {
      const parties = findParties(m.slice(Math.max(prevEnd, at - 50), at), { sides }).map((x) => x.party.name);
      const scope = m.slice(after, nextAt);
      const lt = LEADER_TRIGGER.exec(scope);
      if (lt && /\brespectively\b/.test(scope) && parties.length >= 2) {
        const { ks } = readList(scope.slice(lt[0].length), sides);
        ks.forEach((k, i) => {
          add(parties[i], k, 'leader', RESPECTIVELY_LED);
        });
      }
      return;
    }
    if (!party && noun === 'delegation' && /\bthe\s+$/i.test(m.slice(0, at))) party = state.lastParty;
    // "The Americans came with the same pair. A led the team.": the paragraph's party owns "the team".
    if (!party && !weak && /\bthe\s+$/i.test(m.slice(0, at)) && state.topic && state.topic.age <= 1) party = state.topic.party;
    if (!party) return;
    if (weak) {
      const lt = LEADER_TRIGGER.exec(m.slice(after, nextAt));
      if (!lt) return;
      for (const k of readList(m.slice(after + lt[0].length, nextAt), sides).ks) add(party, k, 'leader', LED_BY);
      state.lastParty = party;
      return;
    }
    // "The Russian delegation … arrived for talks with the Ukrainian side": the side met is an
    // object, so a following bare "The delegation includes…" still means the subject's.
    const objectOnly = sentenceParty !== undefined && /\b(?:with|against)\s+(?:the\s+|a\s+)?(?:[\p{L}’'-]+\s+){0,2}$/iu.test(m.slice(prevEnd, at));
    if (!objectOnly) {
      state.lastParty = party;
      state.prevDelegationParty = party;
    }
    sentenceParty = party;
    const leaderBeforeAt = at;
    if (relEnd[ai]! > 0) after = relEnd[ai]!;

    // Leader before the anchor: "A was heading his country’s delegation", "A, who led Moscow’s delegation", "A, who has steered Israel's side".
    const before = m.slice(prevEnd, leaderBeforeAt);
    // "A, an aide to President B who headed the delegation", "A, adviser to Prime Minister B and
    // head of the government delegation": B only qualifies A's post; the clause that goes on is A's.
    const ownBefore = before.replace(SERVED_IN_APPOSITION, '$1').replace(RELATIVE_FIRST_VERB, '$1');
    // "A, Chairman of the committee, who headed the Russian delegation": an apposition may sit
    // between the name and the relative clause.
    const lb =
      /⟨(\d+)⟩(?:’s)?(?:(?:,[^,⟨;]{1,100})?,\s*(?:who|which)\s+|,\s+(?:an?|the)\s+[^,;⟨]{1,60}?(?:⟨\d+⟩)?,\s*)?\s*(?:[\p{L}-]+\s+){0,2}?(?:was\s+|is\s+|will\s+|would\s+|has\s+|had\s+|to\s+)?(?:be\s+|been\s+)?(?:heading|leading|headed|led|heads|leads|head|lead|chairs|chaired|chairing|fronted|fronts|steered|steers|steering)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:country['’]s\s+)?(?:[\p{L}’'-]+\s+){0,3}$/iu.exec(
        ownBefore,
      );
    // "A, who steered Israel's side in earlier rounds, is not part of the team": the clause the relative sits in denies it.
    // "A, appointed by President B to head the Lebanese delegation": B appoints, A heads.
    const appointer = lb ? APPOINTER.exec(ownBefore.slice(0, lb.index)) : null;
    const appointee = appointer ? APPOINTEE_BEFORE.exec(ownBefore.slice(0, appointer.index)) : null;
    const leaderAt = appointer ? (appointee ? Number(appointee[1]) : undefined) : lb ? Number(lb[1]) : undefined;
    if (leaderAt !== undefined && !DENIED_AFTER_RELATIVE.test(m.slice(leaderBeforeAt, leaderBeforeAt + 140))) add(party, leaderAt, 'leader', LEADER_BEFORE);
    const mb = MEMBER_BEFORE_ANCHOR.exec(before);
    if (mb) {
      const clause = before.slice(0, mb.index).replace(/^.*[;:]/, '');
      for (const h of execAll(PH_RE, clause)) {
        if (/^’s/.test(clause.slice(h.index + h[0].length)) || isComplement(clause.slice(0, h.index), sides)) continue;
        add(party, Number(h[1]), 'member', MEMBER_BEFORE);
      }
    }
    if (noun === 'side') {
      const win = before.slice(-80);
      const os = ON_SIDE_BEFORE.exec(win);
      if (os) for (const k of runBefore(before, before.length - win.length + os.index)) add(party, k, 'member', ON_SIDE);
    }
    // "head of the Russian delegation, A" / "A, head of the Russian delegation".
    if (/\bheads?\s+of\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}$/iu.test(before)) {
      const appos = /⟨(\d+)⟩(?:’s)?,\s+(?:the\s+)?heads?\s+of\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}$/iu.exec(before);
      const follow = /^(?:,\s*|\s+)⟨(\d+)⟩/.exec(m.slice(after));
      const k = appos ? Number(appos[1]) : follow ? Number(follow[1]) : undefined;
      if (k !== undefined) add(party, k, 'leader', HEAD_OF);
    }
    // "delegation head A", "delegation chief A".
    const headAfter = /^\s+(?:head|chief|leader)\s+⟨(\d+)⟩/i.exec(m.slice(after));
    if (headAfter) add(party, Number(headAfter[1]), 'leader', HEAD_OF);

    let scope = m.slice(after, nextAt);
    if (headAfter) scope = scope.slice(headAfter[0].length);
    // "…delegation was the same as in May: it was again headed by A".
    const itLed = /\b(?:it|which|that)\s+(?:was|is|will be|has been|had been)\s+(?:again\s+|once again\s+|also\s+|still\s+)?(?:led|headed|chaired)\s+by\s+/i.exec(scope);
    if (itLed && !LEADER_TRIGGER.test(scope)) {
      for (const k of readList(scope.slice(itLed.index + itLed[0].length), sides).ks) add(party, k, 'leader', LED_BY);
    }
    for (const k of relLeaders) if (placeholders(scope).includes(k) || placeholders(before).includes(k)) add(party, k, 'leader', WHO_LED_IT);
    let leadersDone = false;
    for (let guard = 0; guard < 4 && scope.length; guard++) {
      const lt = LEADER_TRIGGER.exec(scope);
      if (lt && !leadersDone) {
        const { ks, rest } = readList(scope.slice(lt[0].length), sides);
        for (const k of ks) add(party, k, 'leader', LED_BY);
        leadersDone = true;
        scope = rest;
        continue;
      }
      const verb = MEMBER_TRIGGER.exec(scope) ?? REL_MEMBER.exec(scope);
      const copula = verb ? null : COPULA_LIST.exec(scope);
      const mt = verb ?? copula ?? COLON_LIST.exec(scope);
      const memberRule = verb ? MEMBER_VERB : copula ? COPULA : COLON;
      if (mt) {
        const { ks, rest } = readList(scope.slice(mt[0].length), sides);
        for (const k of ks) add(party, k, 'member', memberRule);
        if (rest.length === scope.length - mt[0].length) break;
        scope = rest;
        continue;
      }
      // "the Ukrainian delegation, headed by A, included B": skip one apposition and retry.
      const comma = /^[^,]*?⟨\d+⟩[^,]*,/.exec(scope);
      if (!comma) break;
      scope = scope.slice(comma[0].length);
    }
  });

  // "Ukraine was represented by A and B": a party as subject, no delegation noun.
  const rep = !m.includes('represented') ? null : /(?:^|[^\p{L}])([\p{Lu}][\p{L}’'.-]*(?:\s[\p{Lu}][\p{L}’'.-]*)?)\s+(?:was|is|will be|would be|were|are|will again be)\s+represented(?:,[^,⟨;]{1,30},)?\s+by\s+/u.exec(m);
  if (rep && anchors.length === 0) {
    const party = findParties(rep[1]!, { sides })[0]?.party.name;
    if (party) {
      const { ks } = readList(m.slice(rep.index + rep[0].length), sides);
      for (const k of ks) add(party, k, 'member', REPRESENTED_BY);
      state.lastParty = party;
    }
  }

  // "Washington sent special envoy A and B": the party fields these people.
  // "Britain sent A. France sent B, and Germany sent C": each party's list ends where the next begins.
  // "Britain is sending minister A": the verb's auxiliary sits between the sender and it.
  const sents = !/\b(?:sent|sending|dispatched|fielded)\b/.test(m) ? [] : execAll(/\s(?:(?:is|are|was|were)\s+sending|sent|dispatched|fielded)\s+/g, m);
  sents.forEach((sent, i) => {
    // "The Tigray People's Liberation Front sent …": the capitalised words right before the verb, the party nearest it.
    const party = findParties(capitalisedBefore(m.slice(Math.max(0, sent.index - 80), sent.index)), { sides }).pop()?.party.name;
    const end = sents[i + 1]?.index ?? m.length;
    if (party) for (const k of readList(m.slice(sent.index + sent[0].length, end), sides).ks) add(party, k, 'member', SENT);
  });
  // "A and B represented Washington".
  const repd = /⟩\s+(?:represented|will represent|are representing|were representing)\s+(?:the\s+)?([\p{Lu}][\p{L}’'.-]*(?:\s[\p{Lu}][\p{L}’'.-]*)?)/u.exec(m);
  if (repd) {
    const party = findParties(repd[1]!, { sides })[0]?.party.name;
    if (party) for (const k of runBefore(m, repd.index + 1)) add(party, k, 'member', REPRESENT_BEFORE);
  }
  // "Lavrov was joined by A and B", "Umerov, who is …, was accompanied by A": the subject’s side.
  for (const joined of execAll(/⟨(\d+)⟩(?:’s)?(?:,[^,]*,)?\s+(?:was|is|will be|were|had been)\s+(?:again\s+|also\s+)?(?:joined|accompanied|flanked)\s+by\s+/g, m)) {
    const subj = people[Number(joined[1])];
    // A subject already placed in a delegation ("Umerov is flanked by A") lends that party.
    const party = subj?.party ?? (subj && state.known?.get(subj.name)) ?? (joined.index === 0 ? state.lastParty : undefined);
    if (party) for (const k of readList(m.slice(joined.index + joined[0].length), sides).ks) add(party, k, 'member', JOINED_BY);
  }
  // "…headed by A; B and intelligence officials also took part": members of the delegation just named.
  if (state.lastParty && (state.lastPlaced === sentenceIndex - 1 || drafts.size)) {
    for (const clause of m.split(/;\s*/)) {
      // "also" ties them to the delegation just named; "A took part in Sunday's session himself" does not.
      if (!ALSO_PART.test(clause)) continue;
      if (/\b(?:delegations?|team|side|negotiators|delegates)\b/i.test(clause)) continue;
      const cut = clause.search(ALSO_PART_CUT);
      // "Zelensky said he had a call, in which A and B also took part": the speaker is no participant.
      const head = clause.slice(0, cut);
      const rel = execAll(/\b(?:which|whom|where)\b/g, head).pop();
      const part = rel ? head.slice(rel.index) : head;
      for (const k of placeholders(part)) {
        // "Chinese Ambassador to Malaysia A and U.S. Ambassador B also attended": a title naming other
        // countries only (never the side just named) makes A an onlooker, not that side's member.
        const own = findParties(part.slice(part.lastIndexOf('⟩', part.indexOf(PH(k))) + 1, part.indexOf(PH(k))), { sides }).map((f) => f.party.name);
        if (own.length && !own.includes(state.lastParty)) continue;
        add(state.lastParty, k, 'member', ALSO_TOOK_PART);
      }
    }
  }

  // "Its members are A, B and C": the delegation named just before.
  const its = anchors.length === 0 ? /^(?:[-•*]\s*)?(?:Its|Their)\s+(?:other\s+)?members\s+(?:are|were|include|included|will\s+be)\s+/.exec(m) : null;
  const itsRef = prevDelegation ?? state.lastParty;
  if (its && itsRef) for (const k of readList(m.slice(its[0].length), sides).ks) add(itsRef, k, 'member', ITS_MEMBERS);
  // "A is leading it; B and C are with him", "A and B are also part of it": the side just placed.
  const withHim = !/\b(?:with\s+(?:him|her|them)|part\s+of\s+(?:it|them))\b/.test(m) ? null : /(?:^|;\s*)((?:(?:[\p{L}’'.-]+\s+){0,4}⟨\d+⟩(?:,[^,;⟨]{1,60},)?(?:,\s*|\s+and\s+)?)+)\s+(?:are|were|is|was|will\s+be)\s+(?:also\s+)?(?:with\s+(?:him|her|them)|(?:a\s+)?part\s+of\s+(?:it|them))\b/u.exec(m);
  const withRef = drafts.size ? state.lastParty : (prevDelegation ?? state.lastParty);
  if (withHim && withRef) for (const k of placeholders(withHim[1]!)) add(withRef, k, 'member', WITH_HIM);

  // "Joining him were A and B", "He was accompanied by A": members of the delegation just named.
  // "It also includes A and B", "It's headed once again by A", "According to Ukrainian media, it is
  // headed by A", "It is headed, as in Gomel, by A" (an aside before "by"): the delegation named in the
  // previous sentence, with or without people in it.
  // Only the delegation the previous sentence named: a sentence between names something else "it" is
  // ("The EU has drafted a new sanctions package. It includes A and B").
  const itRef = prevDelegation;
  const it =
    itRef && anchors.length === 0
      ? /(?:^|,\s*)[Ii]t(?:['’]s|\s+(?:is|was|will\s+be|has\s+been|had\s+been))?\s+(?:(?:also|again|once\s+again|still)\s+)*(?:(led|headed|chaired)(?:,[^,⟨;]{1,30},)?\s+(?:(?:also|again|once\s+again)\s+)*by|included|includes|comprises|comprised|consists\s+of|consisted\s+of)\s+/.exec(m)
      : null;
  if (it && itRef) {
    for (const k of readList(m.slice(it.index + it[0].length), sides).ks) add(itRef, k, it[1] ? 'leader' : 'member', IT);
    state.lastParty = itRef;
  }
  // "A, the new council secretary, is leading it": the object pronoun is that delegation too.
  // "A, the council secretary, led it, as he had in Istanbul": past tense too. A delegation a party
  // was said to send ("The Ukrainians had sent a larger group.") or a paragraph's subject party is the "it".
  const leadRef = prevDelegation ?? (state.topic && state.topic.age <= 1 ? state.topic.party : undefined) ?? state.lastParty;
  const leadsIt = leadRef ? /⟨(\d+)⟩(?:,[^;]{1,80}?,|,)?\s+(?:(?:is|was|will\s+be)\s+(?:leading|heading)|led|headed)\s+(?:it|them)\b/.exec(m) : null;
  if (leadsIt && leadRef) {
    add(leadRef, Number(leadsIt[1]), 'leader', LEADS_IT);
    state.lastParty = leadRef;
  }

  // Also after a semicolon: "A is leading it; with him are B and C".
  const join =
    /(?:^|;\s*)(?:Joining\s+(?:him|her|them)\s*(?::|(?:were|was|are|will be))|Among\s+(?:its|their)\s+members\s+(?:were|was|are|is)|Also\s+(?:in\s+the\s+delegation|on\s+the\s+team|present|attending|travelling|traveling)\s+(?:were|was|are|will be)|(?:He|She)\s+(?:was|is|will be)\s+(?:joined|accompanied|flanked)\s+by|(?:Among\s+those\s+)?With\s+(?:him|her)\s+(?:were|was|are|is))\s+/i.exec(m);
  // "Joining them: A" after "B and C did most of the talking": the side of B and C, known from their
  // delegation or, failing that, from the party the paragraph is about ("The Americans had…").
  const subj = state.subject && state.subject.age === 0 ? state.subject : undefined;
  const subjParty = subj && (subj.party ?? subj.names.map((n) => state.known?.get(n)).find(Boolean));
  const topicNear = state.topic && state.topic.age <= 2 ? state.topic.party : undefined;
  const prevPlaced = state.lastPlaced === sentenceIndex - 1;
  const joinParty = prevPlaced ? (state.lastParty ?? prevDelegation) : (subjParty ?? topicNear ?? state.lastParty ?? prevDelegation);
  if (join && joinParty) {
    // "With him were A, an adviser; B, the army chief; and C": long-form lists run on past semicolons.
    let { ks, rest } = readList(m.slice(join.index + join[0].length), sides);
    for (let guard = 0; guard < 8 && /^;\s*(?:and\s+)?(?:[\p{L}’'.-]+\s+){0,4}⟨/u.test(rest); guard++) {
      const more = readList(rest.replace(/^;\s*(?:and\s+)?/, ''), sides);
      if (!more.ks.length) break;
      ks = [...ks, ...more.ks];
      rest = more.rest;
    }
    for (const k of ks) add(joinParty, k, 'member', JOINING_HIM);
    // Those joined are on that side too when only the paragraph's party placed them.
    if (ks.length && subj && !subjParty && joinParty === topicNear && /^Joining\s+them/i.test(join[0]))
      for (const n of subj.names) addName(joinParty, n, 'member', JOINING_HIM);
  }
  crossSentence(m, people, state, prevDelegation, sentenceIndex, add, addName);


  // "Ukraine's is led by A": the delegation noun left out after a possessive party.
  const ellip = /(?<![\p{L}.-])([\p{Lu}][\p{L}.-]*)['’]s\s+(?:is|was|will\s+be)\s+(?:(?:again|also|once\s+again)\s+)*(?:led|headed)\s+by\s+/u.exec(m);
  const ellipParty = ellip ? findParties(ellip[1]!, { sides })[0]?.party.name : undefined;
  if (ellip && ellipParty) for (const k of readList(m.slice(ellip.index + ellip[0].length), sides).ks) add(ellipParty, k, 'leader', ELLIPTICAL);

  // Briefs: "Russia: A (head), B, C." A party and a colon, then a list of at least two people or a
  // named head (a lone "Ukraine: A said…" is a headline, not a delegation).
  // "Also at the table for Russia: aide A and envoy B": a lead-in and lower-case titles may sit around the list.
  const colon =
    anchors.length === 0
      ? /^(?:[-•*]\s*)?(?:(?:Also\s+)?(?:at\s+the\s+table\s+|in\s+the\s+room\s+)?(?:for|from)\s+(?:the\s+)?)?([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}]*)?)\s*:\s*(?=(?:\p{Ll}[\p{L}’'-]*\s+){0,4}⟨)/u.exec(m)
      : null;
  const colonParty = colon ? findParties(colon[1]!, { sides })[0]?.party.name : undefined;
  if (colon && colonParty) {
    const { ks } = readList(m.slice(colon[0].length), sides);
    if (ks.length >= 2 || ks.some((k) => parenHeads.has(k))) for (const k of ks) add(colonParty, k, 'member', PARTY_COLON);
  }

  // "The talks were attended by US Secretary of State A, special envoy B and Ukraine’s C".
  const att = /\b(?:attended\s+by|(?:also\s+)?(?:present|attending)\s+(?:were|was))\s+/i.exec(m);
  // "Attending were A, B, several ambassadors and other dignitaries": a ceremony's audience, no side's table.
  // "The ceremony was attended by A and by B": its guests, not a side's table (CEREMONY_ATTENDED).
  if (att && !AUDIENCE.test(m.slice(att.index)) && !CEREMONY_ATTENDED.test(m.slice(Math.max(0, att.index - 80), att.index))) {
    const { ks } = readList(m.slice(att.index + att[0].length), sides);
    let carry: string | undefined;
    // "attended by A and US adviser B": with no side named, a later item's party covers those before it.
    const firstKnown = ks.map((k) => people[k]?.party).find(Boolean);
    for (const k of ks) {
      const p = people[k];
      // "On the Russian side, the talks are attended by A and B": the side named lends its party.
      const party = p?.party ?? carry ?? sentenceParty ?? firstKnown;
      if (party) add(party, k, 'member', ATTENDED_BY);
      carry = party;
    }
  }

  // "Putin is holding talks with US Special Presidential Envoy A", "a meeting with President B’s
  // special envoy A": an envoy received for talks is there for his side. Heads of state hosting
  // are not, so only envoy and negotiator roles count.
  // The host must be named as holding them ("A is holding talks with", "talks between A and"):
  // "the envoys held separate talks with Kremlin envoy B" reports B's contact, not a line-up.
  const talksWith =
    /(?:⟨\d+⟩\s+(?:[\p{Ll}]+\s+){1,3}(?:talks|a\s+meeting|negotiations|consultations)\b[^.;⟨,]{0,40}?\bwith|\b(?:talks|meeting|negotiations|consultations)\s+between\s+(?:[\p{L}’'.-]+\s+){0,4}⟨\d+⟩\s+and)\s+/u.exec(m);
  if (talksWith) {
    const tail = m.slice(talksWith.index + talksWith[0].length);
    const { ks } = readList(tail, sides);
    for (const k of ks) {
      const p = people[k];
      if (!p?.role || !/\b(?:envoy|negotiator)\b/i.test(p.role.title)) continue;
      const poss = new RegExp(`⟨(\\d+)⟩’s\\s+(?:[\\p{L}’'.-]+\\s+){0,4}⟨${k}⟩`, 'u').exec(tail);
      const party = p.party ?? p.role.party ?? (poss ? people[Number(poss[1])]?.party : undefined);
      if (party) add(party, k, 'member', TALKS_WITH_ENVOY);
    }
  }

  // "A, Russia’s chief negotiator," and "Russian delegation head A" stated as a role.
  for (let k = 0; k < people.length; k++) {
    const r = people[k]!.role;
    if (!r) continue;
    if (!/\b(?:chief|lead|top)\s+negotiator\b|\bhead\s+of\s+(?:the\s+)?(?:[\p{L}’'-]+\s+)?delegation\b|\bdelegation\s+(?:head|chief|leader)\b/iu.test(r.title))
      continue;
    // "A, his chief negotiator" says whose adviser A is, not who leads the team in the room.
    // So does "his deputy and chief negotiator B": B is someone's deputy, on that someone's side, not the side named last.
    // The person's own party still places them ("together with his chief negotiator A", A known as Ukraine's).
    const someoneElses = !r.party && /\b(?:his|her|their)\s+(?:[\p{L}-]+\s+(?:and\s+)?){0,3}?(?:chief|lead|top)\s+negotiator\b/iu.test(text);
    if (someoneElses && !people[k]!.party) continue;
    // "A, the chief negotiator, had to resign": the title is the one A held, not a lead now.
    if (LEFT_POST_RE.test(text)) continue;
    // "the new head of the delegation" names no party: the person's, or the delegation just named.
    const party = r.party ?? people[k]!.party ?? state.lastParty;
    if (party) {
      add(party, k, 'leader', ROLE_HEAD);
      state.lastParty = party;
    }
  }

  const out = [...drafts.values()].filter((d) => d.leaders.length || d.members.length);
  state.known ??= new Map();
  for (const d of out) for (const n of [...d.leaders, ...d.members]) if (!state.known.has(n)) state.known.set(n, d.party);
  if (out.length) state.lastPlaced = sentenceIndex;
  const leadParty = out.find((d) => d.leaders.length)?.party;
  if (leadParty) state.lastLeaderParty = leadParty;
  return out;
}


/** Words that open a sentence before its subject: "This time he brought…", "In Abu Dhabi, he…". */
const OPENER = String.raw`(?:(?:This\s+time|Again|Once\s+again|Then|In\s+[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*,?\s+)?`;
/**
 * A subject that points back: a pronoun, or a description of someone already named ("The former
 * defence minister, now secretary of the council,", "The Ukrainian president"). Group 1 is the
 * description, whose party word (if any) outranks the referent's.
 */
const BACK_SUBJECT = String.raw`(?:[Hh]e|[Ss]he|(The\s+[^,⟨;.]{2,50}?))(?:,[^,⟨;]{1,80},)?`;
/** "He arrived with a team that included A", "This time he brought A", "He had beside him A". */
const BROUGHT_RE = new RegExp(
  String.raw`^${OPENER}${BACK_SUBJECT}\s+(?:(?:also|again|once\s+again)\s+)?(?:(?:${wordsOf(BROUGHT, 'arriving')})\b[^⟨;]{0,40}?\bwith\s+(?:an?\s+(?:[\p{L}-]+\s+)?(?:team|delegation|group)\s+(?:that|which)\s+(?:included|includes|comprised)\s+)?|(?:has\s+|had\s+)?brought\s+(?:with\s+(?:him|her)\s+)?(?:(?:once\s+again|again)\s+)?|(?:had|has)\s+(?:beside|with)\s+(?:him|her)\s+|took\s+with\s+(?:him|her)\s+)`,
  'u',
);
/** "The former defence minister … has led every Ukrainian delegation since May": the referent leads. */
const BACK_LEADS_RE = new RegExp(
  String.raw`^${OPENER}${BACK_SUBJECT}\s+(?:(?:has|had|was|is)\s+)?(?:(?:also|again|once\s+again)\s+)?(?:led|headed|heading|leading)\s+(?:(?:every|each|the|its|his|her)\s+|(?=[\p{Lu}][\p{L}]*['’]s\s))((?:[\p{L}’'-]+\s+){0,2})(?:delegations?|team|side|negotiators)\b`,
  'u',
);
/** "The Russian delegation he headed": a delegation noun with a pronoun leader after it. */
const DELEGATION_HE_LED = /\b((?:[\p{Lu}][\p{L}’'-]*\s+){1,2})(?:delegation|team|side)\s+(?:that\s+|which\s+)?(?:he|she)\s+(?:headed|led|heads|leads|is\s+leading|was\s+leading)\b/u;
/** "Facing them were A and B", "Across the table sat A", "Across from them: A and B", "On the other side of the table were A". */
const FACING_RE =
  /^(?:Facing\s+(?:them|him|her|the\s+\p{L}+)\s+(?:were|was|sat|are|is)|Across\s+the\s+table\s+(?:sat|were|was)|Across\s+from\s+(?:them|him|her)(?::|\s+(?:sat|were|was|are|is))|On\s+the\s+other\s+side(?:\s+of\s+the\s+table)?\s*,?\s+(?:were|was|sat))\s+/u;
/** "Moscow's man in the room, A,": a party's one delegate. */
const PARTY_MAN_RE = new RegExp(
  String.raw`(?<![\p{L}.-])([\p{Lu}][\p{L}.-]*)['’]s\s+(?:${wordsOf(PARTY_MAN, 'nouns')})\s+(?:${wordsOf(PARTY_MAN, 'places')}),\s+⟨(\d+)⟩`,
  'u',
);

/**
 * Delegation facts that need the sentences before: pronouns and descriptions pointing at the
 * subject of an earlier sentence, and "Facing them…" naming the side opposite the one just placed.
 */
function crossSentence(
  m: string,
  people: PersonSpan[],
  state: DelegationState,
  prevDelegation: string | undefined,
  sentenceIndex: number,
  add: (party: string | undefined, k: number, role: 'leader' | 'member', rule: string) => void,
  addName: (party: string, name: string, role: 'leader' | 'member', rule: string) => void,
): void {
  if (!CROSS_CUE.test(m)) return;
  const sides = state.sides;
  const subj = state.subject && state.subject.age <= 2 ? state.subject : undefined;
  const referentParty = subj && (subj.names.map((n) => state.known?.get(n)).find(Boolean) ?? subj.party);
  const brought = BROUGHT_RE.exec(m);
  if (brought && subj) {
    const party = (brought[1] ? findParties(brought[1], { sides })[0]?.party.name : undefined) ?? referentParty;
    if (party) {
      const { ks } = readList(m.slice(brought[0].length), sides);
      for (const k of ks) add(party, k, 'member', BROUGHT);
      if (ks.length && subj.names.length === 1) addName(party, subj.names[0]!, 'member', BROUGHT);
      state.lastParty = party;
    }
  }
  const backLeads = BACK_LEADS_RE.exec(m);
  if (backLeads && subj?.names.length === 1) {
    const party = findParties(backLeads[2] ?? '', { sides })[0]?.party.name ?? referentParty;
    if (party) {
      addName(party, subj.names[0]!, 'leader', BACK_LEADS);
      state.lastParty = party;
    }
  }
  const heLed = DELEGATION_HE_LED.exec(m);
  if (heLed && subj?.names.length === 1) {
    const party = findParties(heLed[1]!, { sides })[0]?.party.name;
    if (party) {
      addName(party, subj.names[0]!, 'leader', DELEGATION_HE_LED_ID);
      state.lastParty = party;
    }
  }
  // "At its head was A": the delegation just named, or the party the paragraph is about.
  const atHead = /^(?:At\s+its\s+head\s+(?:was|is|sat|stood)|Its\s+(?:head|leader)\s+(?:was|is))\s+/.exec(m);
  const headRef = prevDelegation ?? (state.topic && state.topic.age <= 1 ? state.topic.party : undefined);
  if (atHead && headRef) {
    for (const k of readList(m.slice(atHead[0].length), sides).ks) add(headRef, k, 'leader', AT_ITS_HEAD);
    state.lastParty = headRef;
  }
  const man = PARTY_MAN_RE.exec(m);
  const manParty = man ? findParties(man[1]!, { sides })[0]?.party.name : undefined;
  if (man && manParty) add(manParty, Number(man[2]), 'member', PARTY_MAN);
  // "Facing them were A and B": "them" is the side placed last; the other is the latest different
  // party the text has named, so this needs the text to have named two sides already.
  const facing = FACING_RE.exec(m);
  if (facing && state.lastParty) {
    const them = state.lastParty;
    const other = [...(state.partiesBefore?.(sentenceIndex) ?? [])].reverse().find((p) => p !== them);
    if (other) {
      const { ks } = readList(m.slice(facing[0].length), sides);
      for (const k of ks) if (!people[k]?.party || people[k]?.party === other) add(other, k, 'member', FACING);
      state.lastParty = other;
    }
  }
}

/** "Steve Witkoff, the envoy, and Jared Kushner, his son-in-law, did…": titles, names, appositions. */
const SUBJECT_NP = new RegExp(
  String.raw`^${OPENER}(?:[\p{Lu}][\p{L}’'.-]*\s+){0,4}⟨(\d+)⟩(?!’s)(?:,[^,;⟨]{1,80},)?(?:\s*,?\s*and\s+(?:[\p{L}’'.-]+\s+){0,4}⟨(\d+)⟩(?!’s)(?:,[^,;⟨]{1,80},)?)?\s+(?!and\b)[\p{Ll}]`,
  'u',
);
/** Cheap gate: the cross-sentence shapes all need one of these words. */
const CROSS_CUE = /\b(?:brought|with|beside|led|headed|heading|leading|its|Facing|Across|other\s+side|in\s+the\s+room)\b/;

/**
 * Carries one sentence's subject and parties forward for the next: call after `findDelegations`
 * on every sentence, in order.
 */
export function noteSentence(text: string, people: PersonSpan[], state: DelegationState): void {
  const sides = state.sides;
  if (state.subject) state.subject.age++;
  if (state.topic) state.topic.age++;
  const m = mask(text, people);
  const np = people.length ? SUBJECT_NP.exec(m) : null;
  // A line that is only a name (a who's-who entry's heading): the next sentence's "The chief of…" is that person.
  const nameLine = !np && people.length === 1 && /^\s*(?:[-•*]\s*)?⟨0⟩\s*$/.test(m) ? people[0] : undefined;
  if (nameLine) state.subject = { names: [nameLine.name], age: 0, ...(nameLine.party ? { party: nameLine.party } : {}) };
  if (np) {
    const ks = [np[1], np[2]].filter((x): x is string => x !== undefined).map(Number);
    const names = ks.map((k) => people[k]?.name).filter((n): n is string => !!n);
    const party = ks.map((k) => people[k]?.party).find(Boolean);
    state.subject = { names, age: 0, ...(party ? { party } : {}) };
  }
  const topic = /^(?:The\s+)?([\p{Lu}][\p{L}.-]*)(?:['’]s)?\s+(?!⟨)[\p{Ll}]/u.exec(m);
  const topicParty = topic ? findParties(topic[1]!, { sides })[0]?.party.name : undefined;
  if (topicParty) state.topic = { party: topicParty, age: 0 };
  // "Kyiv was represented by A.", "At its head was A.": A is who the next "he" means.
  const focus = !/represented|its\s+head/.test(m) ? null : /^(?:At\s+its\s+head\s+(?:was|is)|[^⟨.;]{0,40}\brepresented(?:,[^,⟨]{1,30},)?\s+by)\s+(?:[\p{L}’'.-]+\s+){0,4}⟨(\d+)⟩(?!’s)/u.exec(m);
  const fp = focus ? people[Number(focus[1])] : undefined;
  // "The Secretary of State said afterwards …": the one person the item has given that title.
  const described = !np && !fp && state.titled?.size ? describedSubject(m, state.titled) : undefined;
  if (!np && fp) state.subject = { names: [fp.name], age: 0, ...(fp.party ? { party: fp.party } : {}) };
  else if (described) state.subject = { names: [described], age: 0 };
  // A party as subject ("The Ukrainian delegation was headed by A") ends the previous person's turn.
  else if (!np && topicParty && state.subject && state.subject.age > 0) state.subject = undefined;
  state.titled ??= new Map();
  const titled = state.titled;
  for (const p of people) {
    const t = p.role?.title.toLowerCase();
    if (!t) continue;
    titled.set(t, titled.has(t) && titled.get(t) !== p.name ? undefined : p.name);
  }
}

/** A sentence opening on "The <title>" and a verb: the title's one holder named earlier in the item. */
const TITLE_SUBJECT = /^The\s((?:[\p{L}-]+\s){0,4}?[\p{L}-]+)\s(?:said|says|told|added|was|is|has|had|led|leads|headed|heads|met|arrived|spoke)\b/u;
function describedSubject(m: string, titled: ReadonlyMap<string, string | undefined>): string | undefined {
  const t = TITLE_SUBJECT.exec(m);
  return t ? titled.get(t[1]!.toLowerCase()) : undefined;
}
