import { nameKey } from '../names.js';
import { findParties, governedBy, type ItemSides } from '../parties.js';
import { type PersonSpan, statedSide } from './actors.js';
import { APPOINTER, isComplement, mask, readList } from './delegations.js';
import { isTitleWord, LEADING_PRINCIPAL_OFFICES, LIVE_STAMP, officeParty, PORTFOLIO_TITLES, PRINCIPAL_OFFICES, TALKS_RE, TIME_OPENER, titleOrName, titlesOnly } from './lexicon.js';
import {
  CONFLICT_PENALTY,
  compileCues,
  cueFilter,
  DELEGATION_RULES,
  type DelegationRule,
  LEADER_APPOSITION,
  literalGate,
  requiredLiterals,
  type RuleProduct,
  SIDE_WEIGHTS,
  type SideEvidence,
  THRESHOLD,
  TITLE_BONUS,
} from './rules.js';
import type { SentenceUnit } from './sentences.js';
import { SPEECH_VERBS } from './statements.js';
import { execAll, matches } from './regex.js';

/** A person a rule proposed for a side, with the evidence that scored it. */
export interface RosterCandidate {
  sentenceIndex: number;
  name: string;
  party?: string;
  role: RuleProduct;
  rule: string;
  side?: SideEvidence;
  score: number;
  accepted: boolean;
  /** Why a candidate fell short, for `parley explain`. */
  why?: string;
  /** The side a meeting's other party is named by, a side noun rather than a person ("A met the Russian delegation"). */
  across?: string;
  /** The side of the clause's subject who goes to meet the person ("A is to travel to Moscow for a meeting with B"). */
  traveller?: string;
}

export interface RosterInput {
  units: SentenceUnit[];
  /** Normalised sentence texts, aligned with `units`. */
  texts: string[];
  people: PersonSpan[][];
  /** The side the knowledge base already holds for a person, if any. */
  knownParty?: (name: string) => string | undefined;
  /** The item's generic side words ("the government delegation") and their parties. */
  sides?: ItemSides;
  /** The report's day (ISO): a movement that governs a state by then sits for it (`governedBy`). */
  day?: string;
}

const CUES = compileCues(DELEGATION_RULES);
/** Most roster candidates weighed in one sentence (each cue re-reads its list: bounded, not quadratic). */
export const MAX_CANDIDATES = 60;
/** Generated from every rule's cues: sentences with none of them skip the rules. */
export const ROSTER_FILTER = cueFilter(DELEGATION_RULES);
/** "For the US side, A and B are expected": the side's people end at the clause's verb or a "with" aside. */
const FOR_SIDE_END = /\b(?:is|are|was|were|will|would|has|have|had|said|says|led|leads|leading|heads|headed)\b|,\s*with\b/;
/** Between "On the American side" and its people: "you had", "there were", "both meetings are handled by". */
/** ", who heads the team," set off inside a side's list: an aside on the one before, not the list's end. */
const WHO_LEADS_ASIDE = /,\swho\s(?:heads|leads|is\sleading|is\sheading)\s(?:the|their|its)\s(?:team|delegation|side|group)(?=,)/gu;
const FOR_SIDE_LEAD = /^\s*,?\s(?:(?:you|we)\s(?:had|have)|there\s(?:were|was|are|is)|(?:[\p{L}’'-]{1,30}\s){1,4}?(?:is|are|was|were|will\sbe)\s(?:also\s)?(?:handled|conducted|run|managed)\sby)(?=\s)/u;
/** Each rule's `patterns`: cues matched on their own, outside the one alternation. */
const SPLIT_CUES = DELEGATION_RULES.flatMap((rule) => (rule.patterns ?? []).map((re) => ({ re, rule, literals: requiredLiterals(re) }))).map((c, k) => ({ ...c, k }));
/** Whether a text may hold a split cue: the literals its pattern requires are there (each literal looked up once per text). */
const SPLIT_GATE = literalGate(SPLIT_CUES.map((c) => c.literals));
const mayHold = (c: { k: number }, text: string) => SPLIT_GATE(text, c.k);
const COLON_RULE = DELEGATION_RULES.find((r) => r.id === 'roster.colon-list')!;
const ANSWER_RULE = DELEGATION_RULES.find((r) => r.id === 'roster.answer')!;
/** A transcript's or a Q&A's speaker label opening a line: "A:", "Q:", "CORRESPONDENT:", "FOULKES:". */
const SPEAKER_LABEL = /^\s*(?:[AQ]|\p{Lu}[\p{Lu}’'.-]{1,30}(?:\s\p{Lu}[\p{Lu}’'.-]{1,30})?):\s+/u;
/** An answer that says who leads: "A again leads.", "B is leading." */
const ANSWER_LEADS = /^\s*⟨(\d+)⟩\s(?:(?:again|still|once\sagain|now|also)\s)?(?:leads|heads|is\sleading|is\sheading|will\slead|will\shead|is\sin\scharge)(?:\sagain|\sonce\smore)?\s?[.!]?\s*$/u;
/** Words a verbless list of people may hold besides names and titles. */
const LIST_GLUE = /^(?:the|a|an|and|plus|also|too|as|well|his|her|their|its|both|of)$/i;

/**
 * "⟨0⟩ and ⟨1⟩.", "The special envoy, ⟨0⟩, plus ⟨1⟩.": people and their titles, nothing else to the
 * sentence's end — no verb, so no clause that could make them anything but the list.
 */
function verblessList(rest: string): boolean {
  if (!/⟨\d+⟩/.test(rest)) return false;
  const words = rest
    .replace(/⟨\d+⟩(?:’s)?/g, ' ')
    .replace(/[,.;()—–!]|\s-\s/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.length <= 12 && words.every((w) => titleOrName(w) || LIST_GLUE.test(w));
}
/** A roster item naming its holder the head: "head of the delegation, presidential aide A", "delegation head A". */
const HEADS_ITEM = /\b(?:head|chief|leader)\s+of\s+(?:the\s+)?delegation\b|\bdelegation\s+(?:head|chief|leader)\b/i;
/** Words before a colon that make the list after it a roster. */
const COLON_ROSTER = /\b(?:delegation|delegations|team|represent|represented|line-?up|roster|negotiators|will\s+be\s+at\s+the\s+table)\b|^\s*(?:its|their)\s+(?:[\p{L}-]+\s+)?(?:membership|composition|make-?up|members)\b/iu;
/** A heading line's words that announce a list of people: a roster word, or the people of one. */
const ROSTER_HEADING = /\b(?:line-?up|roster|delegation|team|negotiators|delegates|experts|members|participants|advisers|representatives)\b/i;
/** A roster the sentence names only by a pronoun: "Its membership is unchanged:", "Its composition as published:". */
const ITS_ROSTER = /^\s*(?:its|their)\s/i;
const ITS_ROSTER_COLON = /^\s*(?:its|their)\s+(?:[\p{L}-]+\s+)?(?:membership|composition|make-?up|members)\b[^:]{0,60}:/iu;
/** The same words, each found (the last one decides what the list after the colon is of). */
const COLON_ROSTER_EACH = /\b(?:delegation|delegations|team|represent|represented|line-?up|roster|negotiators|will\s+be\s+at\s+the\s+table)\b/gi;
const HEADING_RULE = DELEGATION_RULES.find((r) => r.unit === 'list')!;
const APPOSITION_RULE = DELEGATION_RULES.find((r) => r.id === 'roster.delegation-apposition')!;
/** Between a person and their side's noun: "A, the cleric leading the Taliban team", "A, who heads the Iranian delegation". */
const LEADS_BEFORE_NOUN = /\b(?:leading|heading|leads|heads|head\s+of|chief\s+of|leader\s+of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){0,3}$/u;
const ELLIPTICAL_RULE = DELEGATION_RULES.find((r) => r.id === 'roster.elliptical-side')!;
/** "; Putin by": a second subject whose "was joined" is left out, after a first subject's companions. */
const JOINED_ELLIPSIS = /;\s?(?:and\s|while\s)?(?:[\p{L}’'.-]{1,30}\s){0,5}⟨(\d+)⟩\sby\s/u;
/** After "A signed for X": "and [titles] B for Y", B's verb left out. */
const SIGNED_ELLIPSIS = /^[^⟨;]{1,60}?\s(?:and|while)\s(?:[\p{Ll}][\p{L}-]*\s){0,4}⟨(\d+)⟩\sfor\s([^,;.⟨]{1,50})/u;
/** Where a first side's leaders end and a second side's verbless clause begins: "; the American side by", ", and the RSF's by", ", and the rebels' by" (a generic side word of generic-sides.ts, read as the item ties it). */
const ELLIPTICAL_SIDE = /^\s{0,3}(?:[;,]\s{0,3})?(?:(?:and|while|whereas)\s{1,4})?(?:on\s{1,4})?(?:the\s{1,4})?([\p{Lu}][\p{L}.-]*|rebels|rebel|guerrillas|government|opposition)(?:['’]s|['’])?(?:\s{1,4}(?:delegation|team|side|one|negotiators|delegates))?\s{1,4}(?:[—–-]{1,2}\s{1,4})?(?:(?:was|is)\s{1,4})?by\s/u;

interface SideCue {
  start: number;
  end: number;
  party?: string;
  /** The noun of a side ("delegation", "team") with no party word: the item's last side. */
  contextual: boolean;
  /** A side named with a delegation noun: it becomes the item's "the delegation". */
  noun: boolean;
  /** "It includes", "Also on it are": the pronoun stands for the delegation the previous sentence named, or for nothing of ours. */
  pronoun?: boolean;
  /** A commission whose side follows it ("the Commission on … of Armenia"): a cue's side only from before the cue, never a later clause's. */
  beforeOnly?: boolean;
}

const SIDE_NOUN =
  /\b(?:negotiating\s+|peace\s+|expert\s+|technical\s+|official\s+)?(delegation|delegations|team|side|negotiators|delegates|group|contingent|line-?up|one|commission)\b/giu;
/**
 * "The Armenian commission", "the government's peace commission", "Azerbaijan's state commission on
 * delimitation": a side's commission at talks (border, peace), its party word right before it, two
 * lower-case words at most between; elsewhere a commission is a body of its own ("the electoral commission of …").
 */
function commissionSide(before: string, sides: ItemSides | undefined): string | undefined {
  const words = before.trimEnd().split(/\s+/);
  for (let k = 1; k <= 3 && k <= words.length; k++) {
    const w = words[words.length - k]!;
    const party = lastParty(w.replace(/['’]s?$/, ''), sides);
    if (party) return party;
    if (!/^\p{Ll}[\p{L}-]{1,20}$/u.test(w)) return undefined;
  }
  return undefined;
}
/** After a commission: "on" its business of borders or peace, then "of" the side whose commission it is. */
const COMMISSION_OF = /^\son\s(?:[\p{Ll}-]{1,20}\s){0,4}?(?:delimitation|demarcation|borders?|peace|negotiations?|talks)\b(?:\s[\p{Ll}-]{1,20}){0,4}?\sof\s(?:the\s)?(?:Republic\sof\s)?(\p{Lu}[\p{L}-]{1,30})(?=[\s,.;]|$)/u;
/** A people's plural ("the Lebanese", "the Israelis") as the subject of "were led by", "were represented by". */
const PEOPLE_SUBJECT = /\b[Tt]he\s(\p{Lu}\p{Ll}{2,30}(?:s|ese))(?=\s(?:were|are|was|is|will\sbe)\s(?:again\s|also\s|once\sagain\s)?(?:led|headed|represented)\b)/gu;
/** "a Russian team led by A and a Ukrainian one headed by B", "The ELN one is headed by C": "one" stands for a side's team only right after its party word. */
const ONE_AFTER_SIDE = /\b(?:[Aa]|[Aa]n|[Tt]he)\s\p{Lu}[\p{L}-]{1,30}\s$/u;
/** "for the US side", "representing Ukraine", "For Kinshasa:" and "For the rebels:" opening a line (a generic side word only there). */
const FOR_SIDE = /\b(?:from|for|on)\s+the\s+([\p{Lu}][\p{L}’'-]*)\s+side\b|\b(?:for|representing)\s+(?:the\s+)?([\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*)?)|^(?:For|Representing)\s+(?:the\s+)?([\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*)?|government|rebels|guerrillas|opposition)(?=\s*:|,?\s(?:alongside|besides|beside|as\swell\sas|in\saddition\sto|apart\sfrom|with)\s(?:⟨\d+⟩|\p{Lu}[\p{L}’'-]{1,30}):|,?\sthere\s(?:were|was|are|is|will\sbe)\s)|\bon\sbehalf\sof\s(?:the\s)?(government|rebels|guerrillas|opposition)\b/gu;
/** A title whose "for X" names its brief ("Special Envoy for Yemen", "Representative for North Korea"), not the side it serves. */
const PORTFOLIO_TITLE_BEFORE = new RegExp(`\\b(?:${PORTFOLIO_TITLES.join('|')})\\s+$`, 'i');
/** A preposition between a party word and a side's noun: "in Beijing between the delegation of …". */
const PREPOSITION_BETWEEN = /\b(?:between|with|in|at|from|to|by)\s+(?:the\s+)?$/i;
/** A verb of going right before "for X": X is where they go ("instructed a team to leave for Doha"). */
const MOTION_BEFORE = /\b(?:leave|leaves|left|leaving|depart|departs|departed|departing|head|heads|headed|heading|bound|set\s+off|set\s+out|sail|sails|sailed|fly|flies|flew|flying|board|boarded|en\s+route)\s+$/i;
/** "for Doha talks", "for the Cairo round": the party word names the talks' place. */
const ROUND_NOUN_AFTER = /^\s+(?:talks|negotiations|round|meeting|meetings|summit|process|format|track)\b/i;
// "The government was represented by": a generic side word stands for the side the item ties it to.
const REPRESENTED = /([\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*)?|\b(?:government|rebels|guerrillas|opposition|army|insurgents))\s+(?:will\s+be|would\s+be|was|is|were|are)\s+(?:again\s+|also\s+)?represented\b/gu;
const CONTEXT_BEFORE = /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+)?$/u;
/** "the mediation team", "the hosts' delegation": the go-between's own people, never the side named last. */
const GO_BETWEEN_BEFORE = /\b(?:mediation|mediating|mediators?['’]?|facilitation|facilitating|facilitators?['’]?|hosts?['’]?|hosting|observer|observers['’]?|guarantors?['’]?)\s+$/iu;

const lastParty = (s: string, sides: ItemSides | undefined) => {
  const found = findParties(s, { sides });
  return found[found.length - 1]?.party.name;
};

/** Where a sentence names a side: "the Ukrainian delegation", "delegation of Russia", "for the Americans". */
function sideCues(m: string, sides: ItemSides | undefined): SideCue[] {
  const out: SideCue[] = [];
  for (const a of execAll(SIDE_NOUN, m)) {
    const noun = a[1]!.toLowerCase();
    const before = m.slice(Math.max(0, a.index - 40), a.index).replace(/^.*[,;:⟩(]/s, '');
    // "Ukraine's delegations at the three rounds": one side's possessive names one side of several rounds.
    if (noun === 'delegations' && !/(?<![\p{L}.-])\p{Lu}[\p{L}.-]{0,30}['’]s\s(?:[\p{L}-]{1,30}\s)?$/u.test(before)) continue;
    if (noun === 'one' && !ONE_AFTER_SIDE.test(before)) continue;
    if (noun === 'commission') {
      // "the Commission on delimitation and border security of the Republic of Armenia": a border or peace commission's side after it.
      const of = COMMISSION_OF.exec(m.slice(a.index + a[0].length, a.index + a[0].length + 120));
      const own = commissionSide(before, sides);
      const party = own ?? (of ? lastParty(of[1]!, sides) : undefined);
      if (party) out.push({ start: a.index, end: a.index + a[0].length, party, contextual: false, noun: true, ...(own ? {} : { beforeOnly: true }) });
      continue;
    }
    // "the delegation of the Kingdom of Saudi Arabia", "of the Islamic Republic of Iran": a state's formal name, "of" inside it.
    const after = /^\s+(?:of|from)\s+(?:the\s+)?((?:(?:Kingdom|Islamic|Democratic|Federal|People['’]s|Socialist|Arab|United|Republic|State|Sultanate|Emirate)\s+)*(?:of\s+(?:the\s+)?)?[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*)?)/u.exec(m.slice(a.index + a[0].length));
    const afterParty = after ? lastParty(after[1]!, sides) : undefined;
    // "talks in Beijing between the delegation of Saudi Arabia …": a party word behind a preposition is no adjective of this noun when "of X" names its own.
    const party = (afterParty && PREPOSITION_BETWEEN.test(before) ? undefined : lastParty(before, sides)) ?? afterParty;
    const end = a.index + a[0].length + (after && party ? after[0].length : 0);
    if (party) out.push({ start: a.index, end, party, contextual: false, noun: true });
    else if (CONTEXT_BEFORE.test(before) && !GO_BETWEEN_BEFORE.test(before) && /^(?:delegation|team|side)$/.test(noun)) out.push({ start: a.index, end, contextual: true, noun: true });
  }
  // "The government delegation, headed by A, and that of the rebels, led by B": "that of" stands for
  // the second side's delegation, its side the words after "of".
  for (const t of m.includes('that of') ? execAll(/\band\s+that\s+of\s+(?:the\s+)?([^,;⟨]{2,40})/gu, m) : []) {
    const party = lastParty(t[1]!, sides);
    if (party) out.push({ start: t.index, end: t.index + t[0].length, party, contextual: false, noun: false });
  }
  for (const f of execAll(FOR_SIDE, m)) {
    // "to leave for Doha", "bound for Cairo", "for Doha talks": a destination or a round's place, not a side.
    if (!f[1] && (MOTION_BEFORE.test(m.slice(Math.max(0, f.index - 24), f.index)) || ROUND_NOUN_AFTER.test(m.slice(f.index + f[0].length, f.index + f[0].length + 24)))) continue;
    // "Special Representative for North Korea A": the country a title is for is its portfolio, not the side its holder sits on.
    if (f[2] && PORTFOLIO_TITLE_BEFORE.test(m.slice(Math.max(0, f.index - 24), f.index))) continue;
    // "Taking part on behalf of the government were A and B": a generic side word the item ties to one party.
    const party = lastParty(f[1] ?? f[2] ?? f[3] ?? f[4] ?? '', sides);
    if (party) out.push({ start: f.index, end: f.index + f[0].length, party, contextual: false, noun: false });
  }
  // Cheap literal tests first: most sentences hold neither "represented" nor a possessive, and these
  // patterns, which open on a capital or a lookbehind, would otherwise try every position.
  const possessive = m.includes("'s") || m.includes('’s');
  for (const r of m.includes('represented') ? execAll(REPRESENTED, m) : []) {
    const party = lastParty(r[1]!, sides);
    if (party) out.push({ start: r.index, end: r.index + r[0].length, party, contextual: false, noun: false });
  }
  // "…, and Rwanda's included B": a side's possessive standing for its delegation, right before the verb.
  for (const p of possessive ? execAll(/(?<![\p{L}.-])(\p{Lu}[\p{L}.-]*)['’]s(?=\s(?:also\s)?(?:includes|included|comprised|comprises|consisted|featured|had|has|was|were|is)\b)/gu, m) : []) {
    const party = lastParty(p[1]!, sides);
    if (party) out.push({ start: p.index, end: p.index + p[0].length, party, contextual: false, noun: false });
  }
  // "The Lebanese were led by A", "the Israelis were represented by B": a people's plural as the subject of a leading verb is its delegation.
  for (const p of m.includes('The ') || m.includes('the ') ? execAll(PEOPLE_SUBJECT, m) : []) {
    const party = lastParty(p[1]!, sides);
    if (party) out.push({ start: p.index, end: p.index + p[0].length, party, contextual: false, noun: false });
  }
  // "…, while B headed Azerbaijan's.": a side's possessive closing the clause stands for its delegation.
  for (const p of possessive ? execAll(/(?<![\p{L}.-])(\p{Lu}[\p{L}.-]{0,30})['’]s(?=[.;,]|$)/gu, m) : []) {
    const party = lastParty(p[1]!, sides);
    if (party) out.push({ start: p.index, end: p.index + p[0].length, party, contextual: false, noun: false });
  }
  // "Iran's chief negotiator, A, heads …": a side's possessive on the negotiator noun is that side.
  // "The Houthis' chief negotiator": a plural's possessive, its "s" before the apostrophe.
  for (const p of (possessive || /s['’]\s/.test(m)) && m.includes('negotiator') ? execAll(/(?<![\p{L}.-])(\p{Lu}[\p{L}.-]*)(?:['’]s|(?<=s)['’])\s(?:new\s|former\s)?(?:chief|lead|top)\snegotiator\b/gu, m) : []) {
    const party = lastParty(p[1]!, sides);
    if (party) out.push({ start: p.index, end: p.index + p[0].length, party, contextual: false, noun: false });
  }
  // "It includes A and B", "Also on it are C": the pronoun is the delegation the item named last.
  // "It also has A and B": "has" names members only with "also" after a delegation was named. "It will also include C".
  for (const p of execAll(/^(?:It|They)(?=\s+(?:will\s+|would\s+)?(?:also\s+)?(?:includes|included|include|comprises|comprised|consists|consisted|is\s+made\s+up|was\s+made\s+up)\b|\s+also\s+(?:has|had)\b)|\bon\s+it(?=\s+(?:are|were)\b)/gu, m)) {
    out.push({ start: p.index, end: p.index + p[0].length, contextual: true, noun: false, pronoun: true });
  }
  // "its participants include", "their members are": the side named last.
  for (const p of execAll(/\b(?:its|their)\s+(?:other\s+)?(?:\d{1,3}\s+|(?:two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?(?:participants|members|head|leader|(?:chief|lead|top)\s+negotiator)\b/giu, m)) {
    out.push({ start: p.index, end: p.index + p[0].length, contextual: true, noun: false });
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * A side named before a cue, in another clause with a subject of its own, is not the cue's side:
 * "The Russian delegation was led by A, while the hosts were represented by B".
 */
const SIDE_BREAK = /;|\b(?:while|whereas|but)\s|\bthe\s+[\p{L}-]+\s+(?:were|was|is|are|will|would|had|have|has)\s/iu;

function nearestSide(cues: SideCue[], start: number, end: number, m: string): SideCue | undefined {
  let best: SideCue | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of cues) {
    if (c.end <= start && SIDE_BREAK.test(m.slice(c.end, start))) continue;
    if (c.start >= end && /;|\bwhile\s|\bwhereas\s/.test(m.slice(end, c.start))) continue;
    if (c.start >= end && c.beforeOnly) continue;
    // A side after the cue is read at a cost: "Taking part for the Americans are" vs "the Ukrainian delegation, headed by".
    const d = c.end <= start ? start - c.end : c.start >= end ? (c.start - end) * 1.5 : 0;
    if (d < bestD && d <= 120) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** The first possessor in a description line: a party ("Israel's") or a person with a side ("B's"). */
function descriptionSide(m: string, people: PersonSpan[], input: RosterInput): string | undefined {
  const first = /(?<![\p{L}.-])(?:⟨(\d+)⟩|(\p{Lu}[\p{L}.-]{0,40}))’s\b/u.exec(m.replace(/'s\b/g, '’s'));
  if (!first) return undefined;
  return first[1] !== undefined ? sideOfPerson(people[Number(first[1])], input) : lastParty(first[2]!, input.sides);
}

/**
 * A side's delegation named by its noun as one party of a meeting: in the subject right before the
 * verb ("Ukrainian negotiators met", "A and the Russian delegation met") or as its object right
 * after it ("hosted a Ukrainian team"), with no clause break and no other person between.
 */
function sideNounAcross(sides: SideCue[], start: number, end: number, m: string): string | undefined {
  for (const c of sides) {
    if (!c.noun || c.contextual || !c.party) continue;
    if (c.end <= start && start - c.end <= 12 && !/[;,⟨]/.test(m.slice(c.end, start))) return c.party;
    if (c.start >= end && c.start - end <= 30 && !/[;,⟨]/.test(m.slice(end, c.start))) return c.party;
  }
  return undefined;
}

/**
 * Between a person and the cue: nothing, one apposition ("A, the foreign minister, signed for …"), or "who" opening a relative clause ("A, who also sat in on the talks, told …"),
 * after an apposition too ("A, the deputy minister who sits on the Russian team, said …", "A, trade representative, who also took part in the talks, said …").
 */
const CUE_RIGHT_AFTER_PLAIN = /^\s*(?:,[^,⟨]{1,60},\s*|,\s*who(?:\s+also)?\s+)?$/;
/** The relative clause's opening after an apposition, and the apposition itself (read apart: one pattern would be polynomial). */
const RELATIVE_OPENING = /^\swho(?:\s(?:also|is|was|are|were|has|had|sits|sat|serves|served)){0,2}\s*$/;
const APPOSITION_ONLY = /^,[^,⟨]{1,60}(?:,\s*)?$/;
function isCueRightAfter(between: string): boolean {
  if (CUE_RIGHT_AFTER_PLAIN.test(between)) return true;
  const w = between.lastIndexOf(' who');
  return w > 0 && RELATIVE_OPENING.test(between.slice(w)) && APPOSITION_ONLY.test(between.slice(0, w));
}
const NEGATED = /\b(?:not|no\s+longer|never|nor)\s+(?:[\p{L}’'-]+\s+){0,2}$/iu;
const SPEAKER_AFTER = /^(?:’s)?\s*(?:,[^,]{0,60},\s*)?(?:said|says|told|wrote|added|announced|approved|signed|decided)\b/;
/** A line shaped like a roster item: a bullet, or a capitalised name run then a comma or dash. */
const ITEM_SHAPE = /^\s*(?:[-–—•*▪►→✓·●◦>]|\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+){1,3}\s*(?:,|[—–-]\s))/u;
/** The copula after "Joining A and B": the people joining come after it. */
const JOINING_COPULA = /\b(?:will be|are|were|is|was)\b/;
const placeholders = (s: string) => execAll(/⟨(\d+)⟩(?!’s)/g, s).map((x) => Number(x[1]));
const SHORT_HEADING = /^\s*(?:the\s+)?[\p{Lu}][\p{L}.’'-]*(?:['’]s)?\s+(?:delegation|team|negotiators|negotiating\s+team)\s*$/iu;
const ITEM_VERB =
  /\b(?:said|says|confirmed|told|tells|added|announced|wrote|writes|will|would|is|was|are|were|has|have|had|did|does|met|meets|took|takes|led|leads|headed|heads|arrived|attended|joined|spoke|called)\b/;
/** A relative clause on a person saying they lead their side's team: "who heads Moscow's team", "who has led Moscow's group". */
const LEADER_RELATIVE = /^,[^,]{0,40}?\bwho\s(?:heads|leads|headed|led|has\sled|had\sled|is\sleading|was\sleading)\s(?:the\s)?(?:[\p{L}’'-]{1,30}\s){0,2}?(?:delegation|team|group|negotiators|side)\b/u;
/** A list line that is a name alone: a who's-who layout, whose descriptions run a few sentences. */
const BARE_ITEM = /^\s*⟨\d+⟩\s*$/;
/** The leader's name right before "together with" / "along with", no comma between. */
const CO_LEADER_BEFORE = /⟨(\d+)⟩\s$/;
/** After a listed person: a comma, then words with no comma that run straight into the next person (that one's title). */
const NEXT_TITLED = /^,\s[^,;:⟨]{3,110}\s⟨\d+⟩/;
/** Bullets, including the emoji live copy and agency feeds use ("➡️", "🔹", "✅"). */
const BULLET = /^(?:[\s\-–—•*▪►→✓·●◦>➡▶◆◇■□✅☑🔹🔸🔷🔶]|\uFE0F)*(?:\d{1,2}[.)]\s*)?/u;

/** A person who opens a list line (after a bullet or a title): the line is a roster item. */
function itemPerson(m: string): number | undefined {
  const body = m.replace(BULLET, '');
  const first = /⟨(\d+)⟩(?!’s)/.exec(body);
  if (!first) return undefined;
  // Only a title may stand before the name: no clause break, no verb-like lower-case run.
  const lead = body.slice(0, first.index);
  // An office's full name may run long ("Secretary of the National Security and Defense Council of Ukraine").
  const leadWords = lead.split(/\s+/).filter(Boolean);
  if (/[,;—–:]/.test(lead) || leadWords.length > 14 || (leadWords.length > 8 && !leadWords.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|for|in|on|with)$/.test(w)))) return undefined;
  // "The American team was led by A": a clause before the name is prose, not a title.
  if (ITEM_VERB.test(lead) || /\bby\s*$/.test(lead)) return undefined;
  // A roster line gives a name and a title; a line that goes on to a verb is prose, not an item.
  if (ITEM_VERB.test(body.slice(first.index))) return undefined;
  return Number(first[1]);
}

/** The statement reader's speech verbs, for a `reject.speakers` group: "officials, including A, have said". */
const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS.flatMap((v) => v.forms).sort((x, y) => y.length - x.length).join('|')})\\b`, 'i');
const BETWEEN_PEOPLE_AND_VERB = /^(?:’s)?\s*(?:,\s*)?(?:(?:have|has|had|also|repeatedly|publicly|all)\s+){0,2}$/i;
/** The people listed right before the clause's first speech verb: "…, including A, have said". */
function speakersListed(rest: string): boolean {
  const clause = rest.split(';')[0]!;
  const verb = SPEECH_VERB.exec(clause);
  if (!verb) return false;
  const before = clause.slice(0, verb.index);
  const last = before.lastIndexOf('⟩');
  return last >= 0 && BETWEEN_PEOPLE_AND_VERB.test(before.slice(last + 1));
}

/**
 * Between a side's people and a later verb in the sentence: the verb shares their subject only when
 * nothing but "and", an adverb or an auxiliary stands there — not another person, a new clause
 * ("while the hosts were represented by"), a relative clause or a new subject.
 */
const NEW_SUBJECT = /⟨\d+⟩(?!’s)|[;:]|\b(?:while|whereas|but|whose|which|where|when|meanwhile|separately|hosts?|mediators?|the\s+[\p{L}-]+\s+(?:were|was|is|are|will|would|had|have|has))\b/iu;
const sharesSubject = (between: string) => !NEW_SUBJECT.test(between);

/** "A, who hosted the talks", "B, the mediator": a person set beside hosting or mediating is no side's member. */
const HOST_AFTER =
  /^\s*,\s*(?:who\s+(?:(?:is|was|has|had|also|again)\s+)?(?:host|hosts|hosted|hosting|mediates|mediated|mediating|brokered|brokers|facilitated|facilitates)\b|(?:the|a|an|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:host|hosts|mediator|mediators|facilitator|go-between)\b)/iu;

/**
 * A colon list elaborates the words right before the colon: after the roster word they must not
 * name another thing the list could be of ("the cases of prisoners held in Russia:", "sanctions
 * targets:", "together with the mediators and envoys:").
 */
const NOT_A_ROSTER =
  /\b(?:with|list|lists|targets?|victims?|killed|dead|wounded|injured|casualties|prisoners?|hostages?|detainees?|captives?|cases?|names?|sanctions?|sanctioned|signator(?:y|ies)|letter|demands?|proposals?|conditions?|points?|issues?|topics?|agenda|mediators?|hosts?|critics)\b/i;
/** The words after the last roster word before a colon. */
function afterRosterWord(before: string): string {
  let last = 0;
  for (const w of execAll(COLON_ROSTER_EACH, before)) last = w.index + w[0].length;
  return before.slice(last);
}

/** A leading verb right after a side opener's person: "For Russia, A leads." */
const LEADS_AFTER = /^,?\s(?:(?:again|still|now|once\sagain)\s)?(?:leads|heads|is\sleading|is\sheading|will\slead|will\shead)\b(?!\sto\b)/;
/** A side opening the sentence, set off by a comma: "For Russia,", "For the Americans,", "Representing Kyiv,". */
const SIDE_OPENER = /^(?:[Ff]or|[Rr]epresenting)\s(?:the\s)?\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*)?,\s/u;
/** A person's deputies or team before a colon: "Umerov's deputies for this round:". */
const POSSESSED_ROSTER = /⟨(\d+)⟩’s\s(?:[\p{L}-]{1,30}\s){0,2}?(?:deputies|team|negotiators|delegation)\b/u;
/** "also", "as well" before a colon: the list goes on from one already begun. */
const GOES_ON = /\b(?:also|as\s+well)\b/i;
/** People a delegation brings, or a verb of coming, before such a colon ("Experts also came:"). */
const GOES_ON_PEOPLE = /\b(?:experts|advisers|advisors|aides|specialists|consultants|members|officials)\b|\b(?:came|arrived|travell?ed|attended|attending|present|joined|joining)\b/gi;

/** The words before a colon say the list goes on with more people of a roster begun earlier. */
function continuedColon(before: string): boolean {
  if (!GOES_ON.test(before) || before.includes('⟨')) return false;
  let last = -1;
  for (const w of execAll(GOES_ON_PEOPLE, before)) last = w.index + w[0].length;
  // "experts for the talks with Ukraine": the talks' other side is no other thing the list is of.
  return last >= 0 && !NOT_A_ROSTER.test(before.slice(last).replace(/\b(?:talks|negotiations|meeting)\swith\b/gi, ''));
}

/** Words naming who negotiates for a side. */
const NEGOTIATING_BODY = /delegat|team|\bsides?\b|negotiat|envoys|contingent|mission|representatives/i;
/** Bodies and gatherings a person chairs or leads that are no side's delegation. */
const OTHER_BODY =
  /\b(?:board|council|committee|commission|session|sessions|meeting|summit|forum|conference|panel|government|fund|court|assembly|cabinet|task force|ceremony)\b[^,;.⟨]{0,20}$/i;

/**
 * Reads rosters across an item: sentence rules (a side, a roster verb, a list of people) and
 * heading lists (a line ending in a colon, then one person per line or bullet). Candidates are
 * scored from their cues and kept at or above the table's threshold; the rest are returned too,
 * marked, so `parley explain` can say why they fell short.
 */
export function readRosters(input: RosterInput): RosterCandidate[] {
  const itemSides = input.sides;
  const out: RosterCandidate[] = [];
  let lastSide: string | undefined;
  /** The sentence that named `lastSide`. */
  let lastSideAt = -1;
  let heading:
    | {
        side?: string;
        evidence?: SideEvidence;
        afterItem?: boolean;
        gap?: number;
        itemParagraph?: number;
        /** The last item's candidate when it had no side: the description under it may give one ("A" / "The chief of Israel's spy agency …"). */
        sideless?: { at: number; p: PersonSpan; role: RuleProduct; si: number };
        /** The last item was a name alone on its line. */
        bare?: boolean;
        /** Two items stood on consecutive lines: a plain list, not a who's-who with descriptions. */
        adjacent?: boolean;
      }
    | undefined;
  /** The sentence before: whether it held a roster cue, and its paragraph (a heading may lean on it). */
  let prevCued = false;
  let prevParagraph = -1;
  /** The question line that named one side: the line after it answers for that side. */
  let askedAt = -1;
  /** Those who met whose sides, as that sentence states them, were fewer than two (read again once the whole item is read). */
  const unresolvedMet: { at: number; si: number; cue: number; p: PersonSpan; rule: DelegationRule; across: string[] }[] = [];
  /** The last two people of two stated sides an earlier sentence joined by "and", in its order: what "the two countries' foreign ministers" refer back to. */
  let pairBefore: [string, string] | undefined;
  input.texts.forEach((stamped, si) => {
    // A live blog entry's time stamp is no part of its line: "13:10 — For Washington: A, B and C".
    const spaced = stamped.replace(LIVE_STAMP, (a) => ' '.repeat(a.length));
    const text = spaced.trimStart();
    const people = input.people[si]!;
    const pairHere = pairBefore;
    if (people.length >= 2 && text.includes(' and ')) pairBefore = sidesPaired(mask(spaced, people), people, input) ?? pairBefore;
    const unit = input.units[si]!;
    const cued = ROSTER_FILTER.test(text) || SPLIT_CUES.some((c) => mayHold(c, text) && matches(c.re, text));
    // "European leaders will fly to Washington to accompany A to his meeting with B. Confirmed so
    // far:": a bare colon line right after a sentence with a roster cue, in its paragraph, heads a
    // list of that sentence's people; with no side of its own, each item sits on their own.
    const leansOnPrev =
      prevCued && prevParagraph === unit.paragraph && /:\s*$/.test(text) && text.split(/\s+/).length <= 6 && !people.length && !cued && !ROSTER_HEADING.test(text) && !/delegat|team|side/i.test(text);
    prevCued = cued;
    prevParagraph = unit.paragraph;
    // A heading ends in a colon, or is a short line naming a side's delegation ("Russian delegation").
    const heads = /:\s*$/.test(text) || (unit.lineStart && SHORT_HEADING.test(text));
    const named = /delegat|team|side/i.test(text) || ITS_ROSTER_COLON.test(text);
    // A section label asking after one side ("And the Taliban?", "What about Kosovo's team?"): the
    // side that the section's "its", "their team" and "the delegation" stand for.
    if (unit.lineStart && text.length < 70 && /\?\s*$/.test(text)) {
      const asked = new Set(findParties(text).map((x) => x.party.name));
      if (asked.size === 1) {
        lastSide = [...asked][0];
        lastSideAt = si;
        askedAt = si;
      }
    }
    // Most sentences hold no cue, no heading, no side noun and sit under no list: nothing to read.
    if (leansOnPrev) {
      // "The Russian delegation is led by A. Its composition:": the pronoun's delegation is the one
      // the sentence before named, and the list below is its.
      heading = ITS_ROSTER.test(text) && lastSideAt === si - 1 && lastSide ? { side: lastSide, evidence: 'heading' } : {};
      return;
    }
    // "Q: And the Americans? / A: The special envoy, A, plus B.", "And Kyiv? / B again leads.": the
    // answer right after a question naming one side, when it only lists people or says who leads.
    if (askedAt === si - 1 && lastSide && unit.lineStart && people.length) {
      const body = mask(spaced, people).trimStart().replace(SPEAKER_LABEL, '');
      const leads = ANSWER_LEADS.exec(body);
      const ks = leads ? [Number(leads[1])] : verblessList(body) ? placeholders(body) : [];
      for (const k of ks) {
        const p = people[k];
        if (p) out.push(score(si, p, leads ? 'leader' : 'member', ANSWER_RULE, lastSide, 'adjacent', input));
      }
      if (ks.length) lastSideAt = si;
    }
    // A colon after a person's deputies, or after "also", may begin a list that goes on from one begun (below).
    const goesOnCue = text.includes(':') && /\b(?:deputies|also|as\s+well)\b/i.test(text);
    if (!cued && !heads && !named && !goesOnCue && !(heading && unit.lineStart)) return;
    const m = mask(spaced, people).trimStart();
    const sides = cued || heads || named || goesOnCue ? sideCues(m, itemSides) : [];

    // A list item under a heading: the person who opens the line.
    if (heading && unit.lineStart) {
      const k = itemPerson(m);
      const whosWho = heading.bare && !heading.adjacent;
      // Past the usual two description lines, only another name alone on its line goes on with a who's-who.
      if (k !== undefined && (heading.gap ?? 0) >= 2 && !BARE_ITEM.test(m)) heading = undefined;
      // A line shaped like an item whose name was not recognised keeps the list going.
      else if (k === undefined) {
        // A who's-who layout puts a short description under each name: up to two such lines
        // right after an item keep the list going.
        if (ITEM_SHAPE.test(m)) heading.gap = 0;
        // A paragraph of its own, of running prose, after the last item is no description of it: the list has ended.
        // A who's-who layout (a name alone on its line) may put a few sentences under each name.
        // (Not once two names have stood on consecutive lines: that is a plain list, which prose ends.)
        else if (heading.afterItem && (heading.gap ?? 0) < (whosWho ? 4 : 2) && (whosWho || !(unit.paragraph !== heading.itemParagraph && m.split(' ').length > 15))) {
          heading.gap = (heading.gap ?? 0) + 1;
          // The description's first possessor names the item's side: "The chief of Israel's spy
          // agency led …", "President B's top adviser has been drafting …".
          const owner = heading.sideless && heading.gap === 1 ? descriptionSide(m, people, input) : undefined;
          if (owner && heading.sideless) {
            const { at, p, role, si: itemAt } = heading.sideless;
            out[at] = score(itemAt, p, role, HEADING_RULE, owner, 'heading', input);
          }
          heading.sideless = undefined;
        } else heading = undefined;
      } else {
        if (heading.afterItem && !heading.gap) heading.adjacent = true;
        heading.afterItem = true;
        heading.gap = 0;
        heading.itemParagraph = unit.paragraph;
        const p = people[k]!;
        const role: RuleProduct = LEADER_APPOSITION.test(m) ? 'leader' : 'member';
        const c = score(si, p, role, HEADING_RULE, heading.side, heading.evidence ?? 'heading', input);
        heading.sideless = c.party ? undefined : { at: out.length, p, role, si };
        heading.bare = BARE_ITEM.test(m);
        out.push(c);
      }
    }

    let inSentence = 0;
    /** The side a rule (not one seating each on their own side) placed someone on earlier in this sentence. */
    let sentenceSide: string | undefined;
    /** Where the people that side was lent by end: what stands between them and a later verb decides whether it shares their subject. */
    let sentenceSideEnd = 0;
    if (people.length && cued) {
      const found = [
        ...CUES.matches(m).map((cue) => ({ cue, rule: CUES.ruleOf(cue[0]) })),
        ...SPLIT_CUES.flatMap((c) => (mayHold(c, m) ? execAll(c.re, m).map((cue) => ({ cue, rule: c.rule })) : [])),
      ].sort((a, b) => a.cue.index - b.cue.index);
      for (const { cue, rule } of found) {
        if (inSentence > MAX_CANDIDATES) break;
        if (!rule) continue;
        const start = cue.index;
        const end = start + cue[0].length;
        if (NEGATED.test(m.slice(Math.max(0, start - 30), start))) continue;
        // "the text of the Agreement on … between the Republic of A and the Republic of B, agreed earlier, was initialed by": a text signed is named anywhere before its signing verb.
        if (rule.requireBefore && !rule.requireBefore.test(m.slice(Math.max(0, start - (rule.id === 'roster.signed-by' ? 240 : 80)), start))) continue;
        // "For the Americans, A and B.": a side opener followed by nothing but its people is a roster as it stands.
        if (rule.requireAfter && !rule.requireAfter.test(m.slice(end, end + 60)) && !(rule.id === 'roster.side-opener' && verblessList(m.slice(end)))) continue;
        if (rule.reject?.before?.test(m.slice(Math.max(0, start - 80), start))) continue;
        if (rule.reject?.after?.some((re) => re.test(m.slice(end, end + 60)))) continue;
        if (rule.reject?.cue?.test(cue[0])) continue;
        if (rule.reject?.rest?.test(m.slice(end))) continue;
        if (rule.reject?.speakers?.test(m.slice(Math.max(0, start - 40), start)) && speakersListed(m.slice(end))) continue;
        // Those who met by phone or video sat at no table.
        if (rule.met && REMOTE.test(m.slice(Math.max(0, start - 30), end + 60))) continue;
        // A 'led by' right after a body that negotiates for nobody leads that body ("a Board of Peace
        // chaired by Trump", "the closing session was chaired by the Turkish foreign minister").
        if (rule.id === 'roster.led-by') {
          const before = m.slice(Math.max(0, start - 60), start);
          if (OTHER_BODY.test(before.slice(-30)) && !NEGOTIATING_BODY.test(before)) continue;
        }
        // "A and B, the envoy, will also take part": the people are the verb's subject, not "whether he would" nor someone a clause back.
        // "A, who also sat in on the meeting": a relative clause on the subject is the subject too.
        // "A, trade representative, who also took part in the talks": the relative clause may follow an apposition.
        if (rule.id === 'roster.take-part-before' && !/⟨\d+⟩(?:,[^,;⟨]{1,90},)?(?:\s*,)?(?:\s+who)?(?:\s+(?:both|too|also|themselves|himself|herself))?\s*$/u.test(m.slice(0, start))) continue;
        // "send envoy A and B": the people follow the verb, titles between; not "sent to Jeddah, …, A noted".
        // "has sent its top commander, General A": one comma before the name sets off its title.
        // "sent two officials from below cabinet level: A and B": a count of people, then a colon list.
        if (rule.id === 'roster.sends' && !/^\s+(?:[\p{L}.'’-]+\s+){0,6}?(?:[\p{L}.'’-]+,\s+(?:[\p{L}.'’-]+\s+){0,2}?)?⟨\d+⟩/u.test(m.slice(end)) && !SENT_COUNT.test(m.slice(end))) continue;
        // "Russia sent President A a draft memorandum": A receives it; sent to no table.
        if (rule.id === 'roster.sends' && /^\s+(?:[\p{L}.'’-]+\s+){0,6}?⟨\d+⟩\s+(?:a|an|the|its|his|her|their|our|this|that|some|several|new)\s/u.test(m.slice(end))) continue;
        // "For the US side, Secretary A and B are expected": titles only between the side and its people, not a clause ("On the Russian side, the shelling killed A").
        // "On the American side you had A, B and C", "On the American side, both meetings are handled by A and B":
        // an existential or a passive of handling between the side and its people.
        const forSideLead = rule.id === 'roster.for-side' ? FOR_SIDE_LEAD.exec(m.slice(end)) : null;
        const forSideFrom = end + (forSideLead ? forSideLead[0].length : 0);
        if (rule.id === 'roster.for-side' && objectOf(m.slice(forSideFrom).replace(/^\s*,/, '')).length === 0 && !longTitledFirst(m.slice(forSideFrom))) continue;
        const side = nearestSide(sides, start, end, m);
        // "The EU drafted a sanctions package. It includes A and B": "it" is what the sentence before
        // named, so it stands for a delegation only when that sentence named one.
        if (side?.pronoun && lastSideAt !== si - 1) continue;
        let party = side && !side.contextual ? side.party : undefined;
        // "Israel, for its part, sent A", "The Russians brought A and B": a side word as the clause's
        // subject is the sender's side. "Brought" says so only with a side there (its own or the opener's):
        // a person who brings others is read by roster.travels-with.
        if (rule.id === 'roster.sends') {
          const sender = sideSubject(m.slice(0, start), itemSides);
          if (!party && sender) party = sender;
          if (!party && BROUGHT.test(cue[0])) continue;
        }
        // "A and B will represent Russia": the side is the party the verb takes.
        if (rule.id === 'roster.represent-before') party = findParties(m.slice(end, end + 40).split(/[,;.]/)[0] ?? '', { sides: itemSides })[0]?.party.name;
        // "Representing Armenia (at the talks) were A and B": the sentence opens on the cue, and the
        // side is the party between it and the copula.
        if (rule.id === 'roster.represented-by' && /^representing$/i.test(cue[0]) && !m.slice(0, start).trim()) {
          const words = m.slice(end).trim().split(/\s+/).slice(0, 8);
          const be = words.findIndex((w) => /^(?:were|are|was|is)$/.test(w));
          if (be > 0) party = findParties(words.slice(0, be).join(' '), { sides: itemSides })[0]?.party.name ?? party;
        }
        // "while B headed the Russian one": the side named inside the cue.
        // "led on the Iranian side by A": the side named inside the cue.
        // "A is heading the Russians": the side named by its people's plural.
        if (/\bone$|\bside\s+by$|\b(?:leading|heading)\sthe\s\p{Lu}\p{Ll}+(?:s|ese)$/iu.test(cue[0])) party = lastParty(cue[0], itemSides) ?? party;
        // "C is also there" goes on with the delegation the sentence before named, or with none.
        if (rule.id === 'roster.also-there' && (lastSideAt !== si - 1 || !lastSide)) continue;
        // "For the United States, A and B attended": the side the opener names.
        if (rule.id === 'roster.side-opener') party = lastParty(cue[0], itemSides);
        if (rule.id === 'roster.side-opener' && !party) continue;
        // "…, along with C": companions of a list seated earlier in this sentence, with no new subject between.
        if (rule.id === 'roster.along-with') {
          if (!sentenceSide || !sharesSubject(m.slice(sentenceSideEnd, start))) continue;
          party = sentenceSide;
        }
        // "…, with A himself sitting in for part of the day": a clause of its own with a participle, not a companion.
        if (rule.id === 'roster.along-with' && /^\s*(?:[\p{L}’'.,-]+\s+){0,6}?⟨\d+⟩(?:\s+(?:himself|herself|themselves|also|still))?\s+\p{Ll}+ing\b/u.test(m.slice(end))) continue;
        // "A and B meet with a Ukrainian delegation": they sit on the other side, so the cue's side is theirs never.
        const across = rule.id === 'roster.meets-delegation' ? (lastParty(cue[0], itemSides) ?? party) : undefined;
        let evidence: SideEvidence | undefined = party ? (rule.id === 'roster.along-with' ? 'listed' : 'explicit') : undefined;
        // Leaders end at a semicolon ("headed by A; B also took part"); member lists run past them.
        // "Joining A and B will be C and D": A and B, then the list after the copula.
        const joining = rule.id === 'roster.joining' ? JOINING_COPULA.exec(m.slice(end, end + 200)) : null;
        if (rule.id === 'roster.joining' && !joining) continue;
        // "A, with aide B and envoy C at his side, received D": the companions are the aside's, before the cue.
        const atSide = rule.id === 'roster.companions' && /^at\s(?:his|her)\sside$/i.test(cue[0]) ? atSideAside(m.slice(0, start)) : null;
        const joined = joining ? placeholders(m.slice(end, end + joining.index)) : [];
        // "Trump was joined by A and B; Putin by C and D": a second subject's companions, its verb left out.
        const joinedElsewhere = rule.id === 'roster.taking-part' && /\b(?:joined|accompanied|flanked)\s+by$/i.test(cue[0]) ? JOINED_ELLIPSIS.exec(m.slice(end)) : null;
        const ks = atSide
          ? placeholders(atSide[2]!)
          : joining
          ? [...joined, ...readLongList(m.slice(end + joining.index + joining[0].length), itemSides)]
          : rule.people === 'after'
            ? rule.id === 'roster.for-side'
              ? readLongList(m.slice(forSideFrom).replace(WHO_LEADS_ASIDE, (x) => ' '.repeat(x.length)).split(FOR_SIDE_END)[0]!, itemSides)
              : rule.product === 'leader'
              ? readList(m.slice(end), itemSides).ks
              : readLongList(joinedElsewhere ? m.slice(end, end + joinedElsewhere.index) : m.slice(end), itemSides)
            : rule.people === 'before'
              ? rule.each
                ? adjacentBefore(m.slice(0, start), itemSides)
                : peopleBefore(participleClause(m.slice(0, start), cue[0]), itemSides)
              : rule.people === 'subject'
                ? withCoordinated(rule, m, [...orElse(orElse(orElse(subjectOf(m.slice(0, start)), () => apposedBefore(m, start)), () => clauseSubjectBefore(m, start)), () => travellerAtHead(m.slice(0, start), cue[0])), ...(rule.object ? objectOf(m.slice(end)) : [])])
                : orElse(apposed(m, start, end), () => (COPULA_BEFORE.test(m.slice(Math.max(0, start - 30), start)) ? subjectOf(m.slice(0, start)) : []));
        // "A led the Lebanese delegation, facing B of Israel's security council": B sits across, on their own side.
        if (rule.id === 'roster.facing') {
          if (!sentenceSide || !sharesSubject(m.slice(sentenceSideEnd, start))) continue;
          for (const k of ks.slice(0, 1)) {
            const p = people[k];
            const own = sideOfPerson(p, input);
            if (p && own && own !== sentenceSide && ++inSentence <= MAX_CANDIDATES) out.push(score(si, p, 'member', rule, own, 'listed', input));
          }
          continue;
        }
        // Sides in order: the cue's party word; else the office a listed title names (one side for
        // the whole list, when the titles agree); else "the delegation" the item named last.
        // A side only the context lends ("it", "the delegation") yields to the listed people's own
        // sides when they all agree on another one.
        const ownList = ks.map((k) => statedSide(people[k]));
        const stated = new Set(ownList.filter((x): x is string => !!x));
        // The listed people's own sides agree, and at least half of them state one.
        const consensus = stated.size === 1 && ownList.filter(Boolean).length * 2 >= ks.length ? [...stated][0] : undefined;
        // Sides the listed people state for themselves, when they differ, leave each on their own.
        const disagree = stated.size > 1;
        // "Joining Russian President A will be B and C": those joined give the side they all join.
        const joinedSides = new Set(joined.map((k) => sideOfPerson(people[k], input)).filter((x): x is string => !!x));
        if (!party && !disagree && joinedSides.size === 1) {
          party = [...joinedSides][0];
          evidence = 'listed';
        }
        // "Ukrainian A, accompanied by Turkish B": one accompanying a person of another side is a host
        // or a mediator, not that side's member, and not on a side of their own at that table.
        const accompanies = rule.id === 'roster.taking-part' && /\b(?:accompanied|joined|flanked|assisted)\s+(?:(?:in|at)\s+\S+(?:\s+\S+){0,2}\s+)?by$/i.test(cue[0]);
        const accompanied = accompanies && (!side || side.contextual) ? sideOfPerson(people[lastPersonBefore(m.slice(0, start)) ?? -1], input) : undefined;
        if (accompanied && !party && consensus && consensus !== accompanied) {
          for (const k of ks) {
            const p = people[k];
            if (p && ++inSentence <= MAX_CANDIDATES) out.push({ ...score(si, p, rule.product, rule, consensus, 'listed', input), accepted: false, why: `accompanies a ${accompanied} principal` });
          }
          continue;
        }
        // "Phumtham was accompanied by Foreign Minister B": those accompanying one sit on the side of
        // the one they accompany, their own or the one a rule seated them on earlier in the item.
        // The side a person lends those with them: their own, or the one a rule seated them on earlier
        // in the item, where it agrees with what the listed people state.
        const lentBy = (p: PersonSpan | undefined) => {
          const lent = p && (sideOfPerson(p, input) ?? out.find((c) => c.accepted && c.party && nameKey(c.name) === nameKey(p.name))?.party);
          return lent && (!consensus || consensus === lent) ? lent : undefined;
        };
        if (accompanies && !party && !disagree && (!side || side.contextual)) {
          const lent = lentBy(people[lastPersonBefore(m.slice(0, start)) ?? -1]);
          if (lent) {
            party = lent;
            evidence = 'listed';
          }
        }
        // "A, with aide B and envoy C at his side, received D": B and C sit on A's side.
        if (atSide && !disagree) {
          const lent = sideOfPerson(people[Number(atSide[1])], input) ?? lentBy(people[Number(atSide[1])]);
          if (!lent) continue;
          party = lent;
          evidence = 'listed';
        }
        // "C, director of the Office for Kosovo, travelled with Serbian President D": the one travelled
        // with gives the side, not a party word in the companion's own description.
        if (rule.id === 'roster.travels-alongside') party = undefined;
        // "Alongside A were C and D": the person named in the cue lends their side.
        const alongside = rule.id === 'roster.companions' || rule.id === 'roster.travels-alongside' ? /⟨(\d+)⟩/.exec(cue[0]) ?? (rule.id === 'roster.travels-alongside' ? /^\s(?:[\p{L}’'.-]{1,30}\s){0,4}⟨(\d+)⟩/u.exec(m.slice(end)) : null) : null;
        const alongsideSide = alongside ? sideOfPerson(people[Number(alongside[1])], input) : undefined;
        if (!party && alongsideSide) {
          party = alongsideSide;
          evidence = 'listed';
        }
        // "A has joined Barnea's team": a person's team is that person's side, their own or the one a
        // rule seated them on earlier in the item.
        const owner = !party && rule.id === 'roster.on-delegation' ? /⟨(\d+)⟩['’]s\s+(?:[\p{L}-]+\s+)?(?:team|delegation)\b/u.exec(cue[0]) : null;
        if (owner) {
          const lent = lentBy(people[Number(owner[1])]);
          if (lent) {
            party = lent;
            evidence = 'listed';
          }
        }
        // "With them are C and D": the pronoun's people, the previous sentence's, lend their side when they agree on one.
        if (!party && (rule.id === 'roster.companions' || (rule.id === 'roster.travels-alongside' && /\b(?:him|her)\b/.test(cue[0]))) && si > 0) {
          // A side of their own, else the one a rule seated them on earlier in the item.
          const seated = (p: PersonSpan) => sideOfPerson(p, input) ?? out.find((c) => c.accepted && c.party && nameKey(c.name) === nameKey(p.name))?.party;
          const before = new Set(input.people[si - 1]!.map(seated).filter((x): x is string => !!x));
          if (before.size === 1) {
            party = [...before][0];
            evidence = 'listed';
          } else if (!before.size && lastSideAt === si - 1 && lastSide) {
            // Their own titles state no side, but the sentence that named them named a delegation ("The
            // Ukrainian delegation was headed by A. Also with him — B and C"): the pronoun's is that one.
            party = lastSide;
            evidence = 'listed';
          }
        }
        // "… is headed by A and comprises B and C": verbs sharing a subject share its side.
        if (!party && !disagree && sentenceSide && !rule.each && !rule.met && sharesSubject(m.slice(sentenceSideEnd, start))) {
          party = sentenceSide;
          evidence = 'listed';
        }
        if (rule.each) party = undefined;
        else if (!party && !disagree) {
          const offices = new Set(ks.map((k) => people[k]?.role && officeParty(people[k]!.role!.title)).filter((x): x is string => !!x));
          if (offices.size === 1) {
            party = [...offices][0];
            evidence = 'office';
          } else if (consensus) {
            party = consensus;
            evidence = 'listed';
          } else if (!side && rule.id === 'roster.others-are' && lastSide) {
            party = lastSide;
            evidence = 'context';
          } else if (!side && (rule.id === 'roster.also-there' || (rule.id === 'roster.take-part-before' && /\balso\b/i.test(cue[0]))) && lastSideAt === si - 1 && lastSide) {
            // "Ukraine's team includes A and B. Deputy chief C is also there", "Moscow sent A, who led
            // its delegation. B and C were also at the table": "also" goes on with the delegation the
            // sentence before named.
            party = lastSide;
            evidence = 'adjacent';
          } else if (!side && rule.id === 'roster.includes' && /\sas\smembers$/u.test(cue[0]) && lastSideAt === si - 1 && lastSide) {
            // "A will lead the Ukrainian delegation under a decree. The decree names as members B, …" (rules.ts
            // NAMING_MEMBERS): the delegation the sentence before named.
            party = lastSide;
            evidence = 'adjacent';
          } else if (side?.contextual) {
            // "Russia's delegation is made up of …, with A at its head": "its" is the side this
            // sentence named before it, else the one the item named last.
            const here = [...sides].reverse().find((c) => c.end <= side.start && !c.contextual && c.party);
            if (here?.party ?? lastSide) {
              party = here?.party ?? lastSide;
              // Named in this very sentence, the side is as explicit as a party word at the cue.
              evidence = here ? 'explicit' : lastSideAt === si - 1 ? 'adjacent' : 'context';
            }
          }
        }
        // "A met B": a meeting between sides, so the people met must state two sides between them.
        // "A and B, who hosted the talks": the whole list hosts.
        const lastAt = ks.length ? m.indexOf(`⟨${ks[ks.length - 1]}⟩`) : -1;
        const listHosts = !rule.each && !rule.met && lastAt >= 0 && HOST_AFTER.test(m.slice(lastAt + `⟨${ks[ks.length - 1]}⟩`.length, lastAt + 100));
        const metSides = rule.met ? new Set(ks.map((k) => sideOfPerson(people[k], input)).filter(Boolean)) : undefined;
        // "Ukrainian negotiators met A, B and C", "A and the Russian delegation met", "A hosted a
        // Ukrainian team": the other party of a meeting may be a side's delegation named by its noun.
        const nounAcross = rule.object ? sideNounAcross(sides, start, end, m) : undefined;
        if (metSides && nounAcross) metSides.add(nounAcross);
        // "A is expected to travel to Moscow for a meeting with B": the clause's subject goes to meet
        // those after "with", so the subject's side is the meeting's other one.
        const subjectAcross =
          rule.id === 'roster.meeting-between' && metSides?.size === 1 && (FOR_MEETING_WITH.test(m.slice(Math.max(0, start - 12), end)) || /\bto meet$/.test(cue[0])) ? openerSide(m.slice(0, start), people, input) : undefined;
        if (metSides && subjectAcross) metSides.add(subjectAcross);
        // "represented by their foreign ministers: Greece's A and Turkey's B": no side at the cue,
        // and every listed person states a side of their own, not all the same one: each sits on
        // theirs, as sure of it as a list whose sides agree.
        // Those who join or accompany one person, from several sides ("joined in the East Room by French
        // President A, German Chancellor B …"), are guests of the occasion, not one side's table.
        if (accompanies && disagree && !party) continue;
        const eachStated = !party && disagree && !rule.each && !rule.met && ownList.every(Boolean);
        for (const k of ks) {
          const p = people[k];
          if (!p) continue;
          if (++inSentence > MAX_CANDIDATES) break;
          if (metSides && metSides.size < 2) {
            out.push({ ...score(si, p, rule.product, rule, undefined, undefined, input), accepted: false, why: 'those who met name fewer than two sides' });
            unresolvedMet.push({ at: out.length - 1, si, cue: start, p, rule, across: [...metSides].filter((x): x is string => !!x) });
            continue;
          }
          const at = m.indexOf(`⟨${k}⟩`);
          // A verb right after the person that is the cue itself ("A signed for Kinshasa") is the rule's, not a speaker's.
          const cueRightAfter = at + `⟨${k}⟩`.length <= start && isCueRightAfter(m.slice(at + `⟨${k}⟩`.length, start));
          // A head of delegation in apposition stays one when they speak ("head of the Russian delegation, A told reporters").
          // "a delegation under Defense Minister A": the cue's own "under" takes its leader, no complement of a title.
          // "a summit of Prime Minister A and B": the cue's own "of" takes its principals, no complement of a title.
          if ((isComplement(m.slice(0, at), itemSides) && !/\bunder$/.test(cue[0]) && rule.id !== 'roster.meeting-of') || (!cueRightAfter && rule.people !== 'apposition' && SPEAKER_AFTER.test(m.slice(at + `⟨${k}⟩`.length)))) continue;
          if (listHosts || (!rule.each && !rule.met && HOST_AFTER.test(m.slice(at + `⟨${k}⟩`.length, at + `⟨${k}⟩`.length + 80)))) {
            out.push({ ...score(si, p, rule.product, rule, party, evidence, input), accepted: false, why: 'hosts or mediates: no side\'s member' });
            continue;
          }
          // Those joined lend their side to the list, and sit at the table too: the principals
          // ("Joining Putin and Ushakov will be A and B").
          let role = rule.product;
          const tail = m.slice(at, at + 120).split(/[;⟨]/)[1] ?? '';
          // "…, Deputy Minister B, first deputy head of the delegation to the TCG C, MP D": in a list of
          // titles before names, the words after B's comma that run into C are C's title, not B's.
          const nextTitled = NEXT_TITLED.test(m.slice(at + `⟨${k}⟩`.length, at + 160));
          if (!nextTitled && LEADER_APPOSITION.test(m.slice(at, at + 4 + tail.length).replace(/^⟨\d+⟩/, ''))) role = 'leader';
          // A list item of its own ("…: head of the delegation, Presidential Aide A; Deputy Minister B; …"):
          // the words between the item's opening and the name say whether it heads the delegation. An
          // item longer than 120 characters is a clause, not an item ("A heads the delegation, which also includes B").
          const opened = rule.people === 'after' ? (m.slice(0, at).split(/[;:]/).pop() ?? '') : '';
          const item = opened.length <= 120 ? opened : '';
          if (item && !item.includes('⟨') && LEADER_APPOSITION.test(item)) role = 'leader';
          // "A, the Kremlin aide who heads Moscow's team", "who has led Moscow's group at every meeting":
          // a relative clause on the person saying they lead their side's team.
          if (LEADER_RELATIVE.test(tail.replace(/^\d+⟩/, ''))) role = 'leader';
          // "The American side is led by A together with B": with no comma, "together with" joins B to
          // the leader the led-by rule just took, so B leads too ("led by A, together with B" is a companion).
          const coLeader = rule.id === 'roster.along-with' && cue.index === start ? CO_LEADER_BEFORE.exec(m.slice(Math.max(0, start - 12), start)) : null;
          if (coLeader) {
            const j = Number(coLeader[1]);
            if (out.some((c) => c.accepted && c.role === 'leader' && c.sentenceIndex === si && nameKey(c.name) === nameKey(people[j]?.name ?? ''))) role = 'leader';
          }
          // "For Russia, A leads.", "On the Ukrainian side, B again heads the team": a side opener's one person, then a leading verb.
          if ((rule.id === 'roster.side-opener' || rule.id === 'roster.for-side') && ks.length === 1 && LEADS_AFTER.test(m.slice(at + `⟨${k}⟩`.length))) role = 'leader';
          // The subject of "A was joined by B" ("A would be joined by officials including B") lends A's side when none is named.
          const subjectParty = !party && /\b(?:joined|accompanied|assisted|flanked)\s+(?:[^\s,;:⟨]+\s+){0,4}?by\b/.test(m.slice(Math.max(0, start - 40), end)) ? subjectBefore(m.slice(0, start), people) : undefined;
          // "A arrived in Abu Dhabi with B and C", "A had brought B along": the traveller's side is their companions'.
          const travellerParty = rule.id === 'roster.travels-with' ? subjectBefore(m.slice(0, start), people) : undefined;
          // Whose companions they are must be known: with no traveller's side the rule says nothing.
          if (rule.id === 'roster.travels-with' && !travellerParty) continue;
          // "led by A for the United States and by B and C for Iran": a side named after the person, before the next "by", is theirs.
          // "led by Deputy Prime Ministers A of Azerbaijan and B of Armenia": "of" and a side right after the name is theirs.
          const ofSide = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,2})(?=\s*(?:[,.;]|and\b|$))/u.exec(m.slice(at + `⟨${k}⟩`.length));
          const forSide =
            rule.id === 'roster.led-by'
              ? (sideAfter(m.slice(at + `⟨${k}⟩`.length), itemSides) ?? (ofSide ? findParties(ofSide[1]!, { sides: itemSides })[0]?.party.name : undefined) ?? sideBetween(sides, end, at))
              : undefined;
          const c = forSide
            ? score(si, p, role, rule, forSide, 'explicit', input)
            : travellerParty
              ? score(si, p, role, rule, travellerParty, 'listed', input)
              : eachStated
                ? score(si, p, role, rule, statedSide(p), 'listed', input)
                : score(si, p, role, rule, party ?? subjectParty, party ? evidence : subjectParty ? 'own' : undefined, input);
          // "Putin sent Witkoff back to Washington": a sender sends its own people, not another side's.
          const sender = rule.id === 'roster.sends' ? senderSide(m.slice(0, start), people, input) : undefined;
          const theirs = sideOfPerson(p, input);
          if (sender && theirs && theirs !== sender) {
            c.accepted = false;
            c.why = `sent by ${sender}, but on the ${theirs} side`;
          }
          if (nounAcross && c.party !== nounAcross) c.across = nounAcross;
          else if (subjectAcross && c.party !== subjectAcross) {
            c.across = subjectAcross;
            c.traveller = subjectAcross;
          }
          if (across && c.party === across) {
            c.accepted = false;
            c.why = `meets the ${across} delegation, so sits on another side`;
          }
          if (c.accepted && c.party && !rule.each && !rule.met && (sentenceSide === undefined || sentenceSide === c.party)) {
            sentenceSide = c.party;
            sentenceSideEnd = at + `⟨${k}⟩`.length;
          }
          out.push(c);
        }
        // "Putin was accompanied by his aide A and by B": the one accompanied sits at the table too,
        // on their own side when it is the companions'.
        if (rule.id === 'roster.taking-part' && /\b(?:accompanied|joined|flanked)\s+(?:(?:in|at)\s+\S+(?:\s+\S+){0,2}\s+)?by$/i.test(cue[0])) {
          const clauseBefore = m.slice(0, start).split(/[;:]/).pop() ?? '';
          const subj = execAll(/⟨(\d+)⟩(?!’s)/g, clauseBefore).map((x) => Number(x[1])).filter((k) => !ks.includes(k));
          const companions = new Set(ks.map((k) => sideOfPerson(people[k], input)).filter(Boolean));
          for (const k of subj) {
            const p = people[k];
            const own = sideOfPerson(p, input);
            // "The Ukrainian delegation, Zelensky said, will be joined by A": the speaker is no one accompanied.
            if (SPEAKER_AFTER.test(m.slice(m.indexOf(`⟨${k}⟩`) + `⟨${k}⟩`.length))) continue;
            if (!p || !own || companions.size !== 1 || !companions.has(own) || ++inSentence > MAX_CANDIDATES) continue;
            out.push(score(si, p, 'member', rule, own, 'listed', input));
          }
        }
        // "A brought B and C into the room": the one who brought them sits at that table too, on their own side.
        if (rule.id === 'roster.travels-with' && /^(?:brought|brings|bringing)$/.test(cue[0]) && AT_TABLE.test(m.slice(end, end + 240))) {
          const k = lastPersonBefore(m.slice(0, start));
          const p = k === undefined ? undefined : people[k];
          const own = sideOfPerson(p, input);
          if (p && own && ++inSentence <= MAX_CANDIDATES) out.push(score(si, p, 'member', rule, own, 'listed', input));
        }
        if (joinedElsewhere) {
          const subject = people[Number(joinedElsewhere[1])];
          const theirs = sideOfPerson(subject, input);
          const with2 = readLongList(m.slice(end + joinedElsewhere.index + joinedElsewhere[0].length), itemSides);
          const agree = with2.every((k) => [undefined, theirs].includes(sideOfPerson(people[k], input)));
          if (subject && theirs && with2.length && agree)
            for (const k of [...with2, Number(joinedElsewhere[1])]) {
              const p = people[k];
              if (p && ++inSentence <= MAX_CANDIDATES) out.push(score(si, p, 'member', rule, theirs, 'listed', input));
            }
        }
        // "A's delegation was led by B; the American side by C", "Armenia was represented by A,
        // Azerbaijan by B": the second side's people, in the role of the verb left out.
        if (rule.id === 'roster.led-by' || (rule.id === 'roster.represented-by' && party)) {
          const after = readList(m.slice(end), itemSides).rest;
          const second = ELLIPTICAL_SIDE.exec(after);
          const secondParty = second ? lastParty(second[1]!, itemSides) : undefined;
          if (second && secondParty && secondParty !== party)
            for (const k of readList(after.slice(second[0].length), itemSides).ks) {
              const p = people[k];
              if (p && ++inSentence <= MAX_CANDIDATES) out.push(score(si, p, rule.product, ELLIPTICAL_RULE, secondParty, 'explicit', input));
            }
        }
        // "A signed for Kinshasa and B for Kigali": the second signatory and their side, the verb left out.
        if (rule.id === 'roster.represent-before' && party) {
          const second = SIGNED_ELLIPSIS.exec(m.slice(end, end + 200));
          const secondParty = second ? lastParty(second[2]!, itemSides) : undefined;
          const p = second ? people[Number(second[1])] : undefined;
          if (p && secondParty && secondParty !== party && ++inSentence <= MAX_CANDIDATES) out.push(score(si, p, 'member', ELLIPTICAL_RULE, secondParty, 'explicit', input));
        }
      }
    }

    // "Four people will represent Ukraine: A, B and C": a roster named before a colon inside the
    // sentence, its people after it; the side from a party word before the colon, else the side this
    // sentence already placed someone on, else the listed people's own sides if they agree.
    const colon = m.indexOf(':');
    // "Experts also came: A, B, C", "A list of experts was signed off as well: …": more people for the
    // delegation the sentence before named, or the list this line goes on from.
    const goesOn = people.length && colon > 0 ? continuedColon(m.slice(0, colon)) : false;
    const goesOnSide = goesOn ? (lastSideAt === si - 1 ? lastSide : undefined) ?? heading?.side : undefined;
    const rosterColon = colon > 0 && COLON_ROSTER.test(m.slice(0, colon)) && !NOT_A_ROSTER.test(afterRosterWord(m.slice(0, colon)));
    // "Umerov's deputies for this round: A and B": a person's deputies or team sit on that person's
    // side, their own or the one a rule seated them on earlier in the item.
    const possessor = people.length && colon > 0 ? POSSESSED_ROSTER.exec(m.slice(0, colon)) : null;
    const possessorSide =
      possessor && !NOT_A_ROSTER.test(m.slice(possessor.index + possessor[0].length, colon))
        ? (sideOfPerson(people[Number(possessor[1])], input) ?? out.find((c) => c.accepted && c.party && nameKey(c.name) === nameKey(people[Number(possessor[1])]!.name))?.party)
        : undefined;
    if (
      people.length &&
      colon > 0 &&
      colon < m.length - 2 &&
      (rosterColon || goesOnSide || possessorSide) &&
      inSentence <= MAX_CANDIDATES
    ) {
      const ks = readLongList(m.slice(colon + 1), itemSides);
      if (ks.length >= 2) {
        const before = sides.filter((c) => c.end <= colon && !c.contextual && c.party).pop();
        const own = new Set(ks.map((k) => sideOfPerson(people[k], input)).filter((x): x is string => !!x));
        // "will represent Ukraine:": a party word right before the colon.
        const named = findParties(m.slice(Math.max(0, colon - 30), colon), { sides: itemSides }).pop()?.party.name;
        // "Its membership is unchanged: A, B and C": the list inherits the side of the delegation the
        // sentence before named, as "It includes" does.
        // "Its membership is unchanged:", "Also on the team:": the delegation the sentence before named.
        const inherited =
          (ITS_ROSTER.test(m.slice(0, colon)) || sides.some((c) => c.contextual && c.noun && c.end <= colon)) && lastSideAt === si - 1 ? lastSide : undefined;
        // A list that goes on from one begun earlier is that one's: a party before its colon is the
        // talks' other side ("experts for the talks with Ukraine … as well:"), not the list's.
        const party = rosterColon
          ? (before?.party ?? named ?? possessorSide ?? sentenceSide ?? inherited ?? (own.size === 1 ? [...own][0] : undefined))
          : (possessorSide ?? goesOnSide);
        const evidence: SideEvidence =
          before || named ? 'explicit' : possessorSide ? 'listed' : !rosterColon ? 'adjacent' : inherited && !sentenceSide ? 'adjacent' : 'listed';
        for (const k of ks) {
          const p = people[k];
          if (!p || ++inSentence > MAX_CANDIDATES) continue;
          // "…consisted of: head of the delegation, presidential aide A; B; …": the item's own words make A the leader.
          const at = m.indexOf(`⟨${k}⟩`);
          const item = at > 0 ? m.slice(0, at).split(/[;:]/).pop()! : '';
          const role: RuleProduct = HEADS_ITEM.test(item) || LEADERS_COLON.test(m.slice(Math.max(0, colon - 40), colon)) ? 'leader' : 'member';
          // "…: A, adviser to B, for the government, and C, its spokesman, for the rebels": an item's own
          // "for <side>" before the next item is that item's side, whatever the list's.
          const next = ks.map((j) => m.indexOf(`⟨${j}⟩`)).filter((x) => x > at).sort((a, b) => a - b)[0] ?? m.length;
          const forOwn = at > 0 ? ITEM_FOR_SIDE.exec(m.slice(at + `⟨${k}⟩`.length, next)) : null;
          const ownSide = forOwn ? lastParty(forOwn[1]!, itemSides) : undefined;
          out.push(ownSide ? score(si, p, role, COLON_RULE, ownSide, 'explicit', input) : score(si, p, role, COLON_RULE, party, party ? evidence : undefined, input));
        }
      }
    }

    // A side's delegation noun set beside one person, no verb between: "The Ukrainian delegation,
    // A, said…", "Ukrainian delegation member A", "A, a Ukrainian delegation member".
    if (people.length && inSentence <= MAX_CANDIDATES)
      for (const side of sides) {
        if (!side.noun || side.contextual || !side.party || /^’s/.test(m.slice(side.end))) continue;
        // "Serbian and Kosovar negotiators A and B": the noun is both sides', not the nearer one's.
        if (sharedNoun(m.slice(Math.max(0, side.start - 80), side.start), itemSides)) continue;
        const tail = /^\s+(?:member|members|head|chief|leader)\b/i.exec(m.slice(side.end));
        const end = side.end + (tail ? tail[0].length : 0);
        const list = tail ? [] : apposedList(m, end);
        const one = list.length ? [] : apposed(m, side.start, end);
        const run = one.length === 1 ? namedRun(m, end, one[0]!, people, side.party, input) : [];
        for (const k of list.length ? list : run.length ? run : one) {
          const p = people[k];
          if (!p) continue;
          inSentence++;
          const at = m.indexOf(`⟨${k}⟩`);
          if (SPEAKER_AFTER.test(m.slice(at + `⟨${k}⟩`.length)) && at > end) continue;
          // "A, the cleric leading the Taliban team": a leading word between the person and the noun;
          // "A, the Kremlin aide who heads Moscow's team": the relative clause the side noun sits in says A leads it.
          const between = at >= 0 && at < side.start ? m.slice(at + `⟨${k}⟩`.length, side.start) : '';
          const leads = LEADS_BEFORE_NOUN.test(between) || (at >= 0 && at < side.start && LEADER_RELATIVE.test(m.slice(at + `⟨${k}⟩`.length, side.end + 1)));
          const role: RuleProduct = (tail && /head|chief|leader/i.test(tail[0])) || leads ? 'leader' : 'member';
          out.push(score(si, p, role, APPOSITION_RULE, side.party, 'explicit', input));
        }
      }

    // "The foreign ministers of Armenia and Azerbaijan, A and B, ended two days of talks": two
    // sides' holders of one office, at talks or a signing; in apposition, each in turn, else the
    // item's holders of that office for those sides.
    if (people.length || input.people.some((l) => l.length))
      for (const d of describedPrincipals(m, itemSides, pairHere)) {
        if (++inSentence > MAX_CANDIDATES) break;
        const appos = DESCRIBED_APPOSITION.exec(m.slice(d.end));
        const pairs: [PersonSpan | undefined, string][] = appos
          ? [
              [people[Number(appos[1])], d.sides[0]],
              [people[Number(appos[2])], d.sides[1]],
            ]
          : d.sides.map((side): [PersonSpan | undefined, string] => [holderOf(d.office, side, input), side]);
        for (const [p, side] of pairs) {
          if (!p) continue;
          const own = sideOfPerson(p, input);
          // "A and B" in the other order than the sides: each on their own side, when they state it.
          const seat = own && d.sides.includes(own) ? own : side;
          // "The chief negotiators of Belgrade and Pristina, A and B": each leads their side's team.
          const role: RuleProduct = LEADING_PRINCIPAL_OFFICES.has(d.office) || /\b(?:chief|lead|top)\snegotiator\b/.test(d.office) ? 'leader' : 'member';
          out.push(score(si, p, role, DESCRIBED_RULE, seat, appos ? 'explicit' : 'listed', input));
        }
      }

    // "the heads of the Iranian and US delegations, A and B, spoke", "signed by the heads of the two
    // delegations, A for the government and B for the rebels": the two sides' leaders in apposition.
    const headsOf = people.length >= 2 && inSentence <= MAX_CANDIDATES && m.includes('heads of') ? headsApposed(m) : undefined;
    if (headsOf) {
      const named = findParties(headsOf.sidesText, { sides: itemSides }).map((x) => x.party.name);
      const pair = headsOf.heads.map(([k, rest], i) => {
        const p = people[k];
        const forSide = ITEM_FOR_OWN.exec(rest);
        const stated = forSide ? lastParty(forSide[1]!, itemSides) : undefined;
        const own = sideOfPerson(p, input);
        const seat = stated ?? (own && (!named.length || named.includes(own)) ? own : named.length === 2 ? named[i] : undefined);
        return { p, seat, evidence: (stated || named.length === 2 ? 'explicit' : 'listed') as SideEvidence };
      });
      if (pair[0]!.seat && pair[1]!.seat && pair[0]!.seat !== pair[1]!.seat)
        for (const { p, seat, evidence } of pair) if (p && ++inSentence <= MAX_CANDIDATES) out.push(score(si, p, 'leader', HEADS_RULE, seat, evidence, input));
    }

    // A heading line for the lines below: it ends in a colon and names a side or a roster.
    if (heads && (sides.length || cued)) {
      const side = sides[sides.length - 1];
      // A contextual side word ("the delegation") stands for the side named last.
      const party = (side ? (side.contextual ? lastSide : side.party) : undefined) ?? lastSide;
      heading = { ...(party ? { side: party } : {}), evidence: side && !side.contextual ? 'explicit' : 'heading' };
    }
    // "Kyiv published its line-up:", "The experts named by the Kremlin:": a roster word and no side
    // noun; the side is a party the heading names, else the delegation named last.
    else if (heads && /:\s*$/.test(text) && ROSTER_HEADING.test(m) && !NOT_A_ROSTER.test(afterRosterWord(m))) {
      const named = lastParty(m.replace(/⟨\d+⟩(?:’s)?/g, ' '), itemSides);
      const party = named ?? lastSide;
      heading = { ...(party ? { side: party } : {}), evidence: named ? 'explicit' : 'heading' };
    }
    for (const s of sides)
      if (s.noun && !s.contextual && s.party) {
        lastSide = s.party;
        lastSideAt = si;
      }
    // "For Russia, A leads. Also on the team: B and C": a side opening a sentence that seats its people carries into the next.
    const opener = SIDE_OPENER.exec(m);
    const openerParty = opener ? lastParty(opener[0], itemSides) : undefined;
    // Only when it seated someone there: "For Kyiv, the main issue is security" opens on no roster.
    if (openerParty && sentenceSide === openerParty) {
      lastSide = openerParty;
      lastSideAt = si;
    }
    // "The delegation is headed by A" with A's side known: "the delegation" is that side's, and
    // "It also includes:" on the next line goes on with it.
    if (sentenceSide && sides.some((s) => s.noun && s.contextual) && !sides.some((s) => s.noun && !s.contextual)) {
      lastSide = sentenceSide;
      lastSideAt = si;
    }
    // A sentence that leads on from the delegation ("It includes …") keeps it the one named last.
    if (sides.some((s) => s.pronoun) && lastSideAt === si - 1) lastSideAt = si;
  });
  seatMetFromItem(out, unresolvedMet, input);
  // "Chinese Ambassador to Malaysia A also attended", "- US Ambassador to Malaysia B, as observers": an
  // ambassador posted elsewhere, seated only by their own country, which has nobody else at any table
  // in the item, is an onlooker.
  const titles = new Map(input.people.flat().map((p) => [p.name, p.role?.title ?? '']));
  const posted = (c: RosterCandidate) => /\bambassador\s+to\b/.test(titles.get(c.name) ?? '');
  for (const c of out)
    if (c.accepted && c.party && c.side !== 'explicit' && posted(c) && !out.some((o) => o !== c && o.accepted && o.party === c.party && !posted(o))) {
      c.accepted = false;
      c.why = 'an ambassador posted elsewhere, of no side the item seats';
    }
  return out;
}

/**
 * "The Russian delegation is headed by A. … Before that, A held talks in Geneva with UN chief B":
 * one who met states no side in that sentence, but a rule seats them on one elsewhere in the item,
 * before or after (a surname and a full name alike). With that side the meeting may name two sides,
 * and those who met sit on theirs; a name the item seats on two sides lends none.
 */
function seatMetFromItem(out: RosterCandidate[], unresolved: { at: number; si: number; cue: number; p: PersonSpan; rule: DelegationRule; across: string[] }[], input: RosterInput): void {
  if (!unresolved.length) return;
  const seats = new Map<string, string | null>();
  for (const c of out) {
    if (!c.accepted || !c.party) continue;
    const k = nameKey(c.name);
    const was = seats.get(k);
    seats.set(k, was === undefined || was === c.party ? c.party : null);
  }
  const bySentence = new Map<string, typeof unresolved>();
  for (const u of unresolved) {
    // One meeting is one cue: "A met B, a day after C held talks with D" is two.
    const key = `${u.si}:${u.rule.id}:${u.cue}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), u]);
  }
  for (const group of bySentence.values()) {
    const sideOf = (u: (typeof unresolved)[number]) => sideOfPerson(u.p, input) ?? seats.get(nameKey(u.p.name)) ?? undefined;
    const sides = new Set([...group.flatMap((u) => u.across), ...group.map(sideOf).filter((x): x is string => !!x)]);
    if (sides.size < 2) continue;
    for (const u of group) {
      const own = sideOfPerson(u.p, input);
      const seat = own ? undefined : sideOf(u);
      out[u.at] = score(u.si, u.p, u.rule.product, u.rule, seat, seat ? 'listed' : undefined, input);
    }
  }
}

/**
 * "headed by A for Iran and, on the US side, by B", "led by A, the Azerbaijani delegation by B": a
 * side named inside the list, after the cue and before a person, is that person's.
 */
function sideBetween(sides: SideCue[], cueEnd: number, at: number): string | undefined {
  return [...sides].reverse().find((c) => c.start >= cueEnd && c.end <= at && !c.contextual && c.party)?.party;
}

/** "A, director of …, for the United States and by B": the side a "for" names after a person, up to the next "by", ";" or person. */
function sideAfter(after: string, sides: ItemSides | undefined): string | undefined {
  const seg = after.split(/\bby\b|;/)[0]!;
  // "…, on the American side": the side noun after the person names theirs as "for" does.
  const m = /\b(?:for\s+(?:the\s+)?([\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3})|on\s+the\s+([\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)?)\s+side)(?=\s*(?:[,.;]|and\b|$))/u.exec(seg);
  // "headed by A to leave for Doha": where the team goes, not whom it stands for.
  if (!m || MOTION_BEFORE.test(seg.slice(Math.max(0, m.index - 24), m.index))) return undefined;
  // "led on the Iranian side by A and on the U.S. side by B": a side right before the next "by" is the next person's.
  if (m[2] && seg.length < after.length && !seg.slice(m.index + m[0].length).trim()) return undefined;
  return findParties((m[1] ?? m[2])!, { sides })[0]?.party.name;
}

/** "his Rwandan counterpart": words that may stand before a person met, besides titles. */
const COUNTERPART_WORD = /^(?:his|her|their|its|counterpart|counterparts)$/i;

/** A meeting held at a distance: "by phone", "a video call", "over a secure line". */
const REMOTE = /\b(?:by|over\sthe)\s(?:tele)?phone\b|\b(?:tele)?phone\s(?:call|conversation|talks)|\bvideo(?:\s(?:call|link|conference|talks)|-?conferenc)/i;

const DESCRIBED_RULE = DELEGATION_RULES.find((r) => r.id === 'roster.described-principals')!;
const OFFICE_PLURAL = PRINCIPAL_OFFICES.map((o) => `${o.replace(/ /g, '\\s')}s`)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** "the foreign ministers of Armenia and Azerbaijan": the office, then the sides (read from the words after "of"). */
const OFFICES_OF = new RegExp(`\\b(${OFFICE_PLURAL})\\sof\\s([^,;:⟨]{2,80})`, 'giu');
/** "the Azerbaijani and Armenian foreign ministers": the office, the sides read from the words right before it. */
const OFFICES_ALONE = new RegExp(`\\b(${OFFICE_PLURAL})\\b`, 'giu');
/** Before the office: "the Azerbaijani and Armenian ", two capitalised words or runs joined by "and". */
const SIDES_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}-]{0,30}(?:\s\p{Lu}[\p{L}-]{0,30}){0,2}\sand\s\p{Lu}[\p{L}-]{0,30}(?:\s\p{Lu}[\p{L}-]{0,30}){0,2})\s$/u;
/**
 * ", A and B," right after the description, or "A and B" with no comma ("the Armenian and
 * Azerbaijani foreign ministers A and B met"): the holders, in the sides' order.
 */
const DESCRIBED_APPOSITION = /^\s*(?:,\s*)?⟨(\d+)⟩\s+and\s+⟨(\d+)⟩(?!’s)/;
const DESCRIPTION_END = /\s(?:on|in|at|to|for|ended|met|held|signed|opened|began|will|were|are|have|had)\s/;
const SIGNING = /\bsign(?:s|ed|ing)?\b|\binitiall?ed\b/i;
/** "the two countries' ", "the two ", "their " right before a plural office: holders of two sides named before (read word by word). */
const TWO_OWNERS = /^(?:countries|sides|nations|governments)['’]$/i;
function theTwoBefore(before: string): boolean {
  const w = before.trimEnd().split(/\s+/).slice(-3).map((x) => x.toLowerCase());
  const n = w.length;
  return w[n - 1] === 'their' || (w[n - 2] === 'the' && w[n - 1] === 'two') || (w[n - 3] === 'the' && w[n - 2] === 'two' && TWO_OWNERS.test(w[n - 1] ?? ''));
}
/** The first two people joined by "and" whose stated sides differ ("Presidents A of Congo and B of Rwanda"): their sides in that order. */
const PAIRED = /⟨(\d+)⟩[^⟨;]{0,60}?\sand\s(?:[^⟨;\s]+\s){0,5}⟨(\d+)⟩/gu;
function sidesPaired(m: string, people: PersonSpan[], input: RosterInput): [string, string] | undefined {
  for (const x of execAll(PAIRED, m)) {
    const a = sideOfPerson(people[Number(x[1])], input);
    const b = sideOfPerson(people[Number(x[2])], input);
    if (a && b && a !== b) return [a, b];
  }
  return undefined;
}

/** Two sides' holders of one office named by their office in a sentence about talks or a signing. */
function describedPrincipals(m: string, itemSides: ItemSides | undefined, pairBefore?: [string, string]): { office: string; sides: [string, string]; end: number }[] {
  if (!TALKS_RE.test(m) && !SIGNING.test(m)) return [];
  const out: { office: string; sides: [string, string]; end: number }[] = [];
  const add = (office: string, words: string, end: number) => {
    if (!/\sand\s/.test(words)) return;
    const sides = [...new Set(findParties(words, { sides: itemSides }).map((x) => x.party.name))];
    if (sides.length !== 2) return;
    out.push({ office: office.toLowerCase().replace(/\s+/g, ' ').replace(/s$/, ''), sides: [sides[0]!, sides[1]!], end });
  };
  // The sides are named before the clause goes on ("… of Armenia and Azerbaijan ended talks").
  for (const x of execAll(OFFICES_OF, m)) add(x[1]!, x[2]!.split(DESCRIPTION_END)[0]!, x.index + x[0].length);
  for (const x of execAll(OFFICES_ALONE, m)) {
    const before = SIDES_BEFORE.exec(m.slice(Math.max(0, x.index - 70), x.index));
    if (before) add(x[1]!, before[1]!, x.index + x[0].length);
    // "the two countries' foreign ministers, A and B", "their foreign ministers, A and B": the sides
    // an earlier sentence paired, in its order; only with the two holders named in apposition.
    else if (pairBefore && theTwoBefore(m.slice(Math.max(0, x.index - 40), x.index)) && DESCRIBED_APPOSITION.test(m.slice(x.index + x[0].length))) {
      out.push({ office: x[1]!.toLowerCase().replace(/\s+/g, ' ').replace(/s$/, ''), sides: pairBefore, end: x.index + x[0].length });
    }
  }
  return out;
}

/** The item's first person holding `office` (and no higher or lower rank of it) on `side`. */
function holderOf(office: string, side: string, input: RosterInput): PersonSpan | undefined {
  for (const list of input.people)
    for (const p of list) {
      const title = p.role?.title.toLowerCase();
      if (!title || sideOfPerson(p, input) !== side) continue;
      const at = title.lastIndexOf(office);
      // "deputy foreign minister" holds no "foreign minister" office.
      if (at >= 0 && at + office.length === title.length && !/\b(?:deputy|vice|first|former|ex)[\s-]*$/.test(title.slice(0, at))) return p;
    }
  return undefined;
}

/** A person's own side: party word, office in the title, or what the knowledge base holds. */
function sideOfPerson(p: PersonSpan | undefined, input: RosterInput): string | undefined {
  if (!p) return undefined;
  return statedSide(p) ?? input.knownParty?.(p.name);
}

/**
 * The people a meeting verb takes as its object, right after it: titles, a side's adjective or
 * "his Rwandan counterpart" before each name, "and" between them ("met envoy A and B in …").
 */
/** "held talks here on Sunday with B", "met in Paris on Tuesday with B": a place or day, then "with", before the object. */
const ADVERBIAL_WITH = /^(?:\s+(?:here|there|again|today|yesterday|(?:in|at|on)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\d{1,2})?))+\s+with(?=\s)/u;
/** "held talks in the Emirati capital with A": the same in lower-case words, tried first. */
const LOWER_ADVERBIAL_WITH = /^\s(?:here\s|there\s)?(?:(?:on|in|at)\s(?:[\p{L}\d.]{1,20}\s){1,3}?)?with\s/u;

/**
 * "his British, French and German counterparts - A, B and C - as well as D": the counterparts' party
 * words (read into each name's side beforehand, see respectively.ts) stand before the list, set off
 * by a dash, colon or comma; "as well as" after it goes on with the list.
 */
const COUNTERPARTS_BEFORE = /^\s*(?:his|her|their)\s(?:\p{Lu}[\p{L}-]*(?:,\s\p{Lu}[\p{L}-]*){0,6}(?:,?\sand\s\p{Lu}[\p{L}-]*)?\s)?counterparts?\s?(?:[,:(]|\s?[—–-]{1,2})?\s(?=⟨)/u;
const AS_WELL_AS = /^((?:\s*(?:,\s*)?(?:and\s+)?⟨\d+⟩)+)\s?(?:[—–)-]{1,2}\s?)?,?\sas\swell\sas\s/u;

/**
 * "For Kyiv there are the secretary of the Security and Defence Council A, …": the first person after
 * a side opener with a long title of office words before them (up to twelve, "of", "the", "and" among them).
 */
const LONG_TITLED_FIRST = /^\s*(?:,\s*)?((?:[\p{L}’'.-]+\s+){0,12}?)⟨\d+⟩(?!’s)/u;
function longTitledFirst(after: string): boolean {
  const t = LONG_TITLED_FIRST.exec(after);
  return !!t && t[1]!.split(/\s+/).filter(Boolean).every((w) => titleOrName(w) || /^(?:of|the|and|for)$/i.test(w));
}

function objectOf(after: string): number[] {
  const ks: number[] = [];
  let rest = after.replace(LOWER_ADVERBIAL_WITH, ' ').replace(ADVERBIAL_WITH, '');
  if (COUNTERPARTS_BEFORE.test(rest)) rest = rest.replace(COUNTERPARTS_BEFORE, ' ').replace(AS_WELL_AS, '$1 and ');
  for (let guard = 0; guard < 4; guard++) {
    const next = /^\s*(?:,\s*)?(?:and\s+)?((?:[\p{L}’'.-]+\s+){0,7}?)⟨(\d+)⟩(?!’s)/u.exec(rest);
    if (!next) break;
    const titles = next[1]!.split(/\s+/).filter(Boolean);
    if (!titles.every((w) => titleOrName(w) || COUNTERPART_WORD.test(w))) break;
    // "met A, envoy B and C": commas join the list as "and" closes it.
    if (guard > 0 && !/^\s*(?:,\s*)?and\s/.test(rest) && !(/^\s*,\s/.test(rest) && /^[^;.]{0,160}\sand\s/.test(rest))) break;
    ks.push(Number(next[2]));
    rest = rest.slice(next[0].length);
  }
  return ks;
}

/** A list that runs on past semicolons ("A, adviser; B, deputy minister; and C"), as rosters in prose do. */
const SPEECH_IN_ITEM = /\b(?:said|says|told|tells|added|adds|according)\b/;
/**
 * "…; and C, the party's leader in parliament, the president said": the last item, its apposition,
 * then the report's source after a comma. The list's item is C; the speaker is no item (readList drops it).
 */
const SOURCE_AFTER_ITEM = /^\s*(?:and\s+)?(?:[\p{L}’'.-]+\s+){0,7}⟨\d+⟩,[^,;⟨]{1,80},\s+(?:[\p{L}’'.-]+\s+){0,4}⟨\d+⟩\s+(?:said|says|told|tells|added|adds)\b/u;
const speaksInItem = (item: string) => SPEECH_IN_ITEM.test(item) && !SOURCE_AFTER_ITEM.test(item);

function readLongList(s: string, sides: ItemSides | undefined): number[] {
  let { ks, rest } = readList(s, sides);
  // Each item's title may be long ("Deputy Foreign Minister for Legal and International Affairs B",
  // "First Deputy Head of the Security Service of Ukraine (SBU) B").
  // "; the military intelligence chief, B; and Gen. C": a title in lower case set off by a comma right before the item's name.
  // An item that says something ("; the Kremlin spokesman, C, said …") is a clause of its own: the list has ended.
  for (let guard = 0; guard < 40 && /^;\s*(?:and\s+)?(?:[\p{L}’'.()-]+\s+){0,14}⟨|^;\s*(?:and\s+)?(?:the\s+)?(?:[\p{Ll}’'.()-]+\s+){0,6}[\p{Ll}’'.()-]+,\s+⟨/u.test(rest) && !speaksInItem(rest.slice(1).split(';')[0]!); guard++) {
    const more = readList(rest.replace(/^;\s*(?:and\s+)?/, '').replace(/^((?:[\p{L}’'.()-]+\s+){0,7}?[\p{L}’'.()-]+),(\s+⟨)/u, '$1$2'), sides);
    if (!more.ks.length) break;
    ks = [...ks, ...more.ks];
    rest = more.rest;
  }
  return ks;
}

/** A colon list's item closed by its own side: ", for the government," / ", for the Tigrayan side." */
const ITEM_FOR_SIDE = /^[^;]*?,\sfor\s([^\s,;:⟨.][^,;:⟨.]{1,39})(?=[,;.]|$)/u;
/** "the two chief negotiators:", "the heads of the delegations:": a colon list of the sides' leaders. */
/**
 * "the heads of the Iranian and US delegations, A and B": the sides' words (group 1), then the two
 * heads in apposition, each with what follows them up to the next (groups 3 and 5: "for the government").
 */
const HEADS_OF = /\bheads\sof\s(?:the\s)?(?:two\s|both\s)?/u;
const HEAD_ITEM = /^(?:[\p{L}.’'-]{1,30}\s){0,4}?⟨(\d+)⟩(?!’s)/u;
/** The two heads and what follows each (up to the next person): the sides' words, then [A, after A], [B, after B]. */
function headsApposed(m: string): { sidesText: string; heads: [number, string][] } | undefined {
  const h = HEADS_OF.exec(m);
  if (!h) return undefined;
  const from = h.index + h[0].length;
  const noun = m.indexOf('delegations, ', from);
  if (noun < 0 || noun - from > 80) return undefined;
  const sidesText = m.slice(from, noun);
  if (sidesText.split(' ').length > 5 || /[,;⟨]/.test(sidesText)) return undefined;
  let rest = m.slice(noun + 'delegations, '.length);
  const a = HEAD_ITEM.exec(rest);
  if (!a) return undefined;
  rest = rest.slice(a[0].length);
  const nextAt = rest.indexOf('⟨');
  const between = nextAt < 0 ? '' : rest.slice(0, nextAt);
  const and = between.lastIndexOf(' and ');
  if (and < 0 || between.length > 80 || between.includes(';')) return undefined;
  const b = HEAD_ITEM.exec(rest.slice(and + 5));
  if (!b) return undefined;
  const after = rest.slice(and + 5 + b[0].length);
  const bEnd = after.indexOf('⟨');
  return { sidesText, heads: [[Number(a[1]), between.slice(0, and)], [Number(b[1]), after.slice(0, bEnd < 0 ? 60 : Math.min(bEnd, 60))]] };
}
/** An item's own side right after it: "A for the government", "B, for the rebels". */
const ITEM_FOR_OWN = /^,?\sfor\s(?:the\s)?([^,;:.⟨]{1,40}?)(?=\s(?:and|in|at|on)\s|[,;:.]|$)/u;
const HEADS_RULE = DELEGATION_RULES.find((r) => r.id === 'roster.heads-apposed')!;
const LEADERS_COLON = /\b(?:chief|lead|top)\s+negotiators\s*$|\bheads\s+of\s+(?:the\s+)?(?:two\s+)?delegations\s*$/i;

/** Up to six title words (capitalised or not) between a head-of noun and its holder. */
/** After a head-of noun: titles, then its holder ("the head of the US delegation, Secretary of State A"; "chief negotiator is their spokesman, A"). */
const APPOSED_AFTER = /^\s*,?\s*(?:the\s+)?(?:[\p{L}’'.-]+\s+){0,6}?(?:[\p{L}’'.-]+,\s+)?⟨(\d+)⟩(?!’s)/u;
const APPOSED_BEFORE =
  /⟨(\d+)⟩(?:’s)?(?:\s*,\s*(?:(?:the|a|an|as)\s+(?:[\p{L}’'-]+\s+){0,5}?)?(?:(?:who|which)\s+(?:is\s+|was\s+|will\s+be\s+)?)?|\s(?:as|(?:is|was|remains|remained)\s(?:(?:considered|seen\sas|regarded\sas)\s)?)\s?(?:\p{Lu}[\p{L}.-]{0,30}['’]s\s)?)$/u;
/** "According to President A, the Ukrainian delegation is led by …": A is the report's source, no apposition of the side. */
const SOURCE_BEFORE = /\b(?:[Aa]ccording\sto|[Ii]n\sthe\swords\sof|[Aa]s\stold\sby|[Cc]iting)\s(?:[\p{L}.’'-]+\s){0,5}$/u;
/**
 * "A replaced B as chief negotiator", "took over from B as head of the delegation": B held the post
 * before; the "as" names A's new one, never B's.
 */
const SUCCEEDED_BEFORE = /\b(?:replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?|(?:took|takes|taking)\sover\sfrom)\s(?:[\p{L}.’'-]+\s){0,4}$/u;

/** "A, special envoy, was head of the American delegation": a copula before a head-of noun. */
const COPULA_BEFORE = /\b(?:was|is|will\s+be|has\s+been|had\s+been|remains|remained)\s+(?:the\s+)?$/;

const orElse = (ks: number[], next: () => number[]) => (ks.length ? ks : next());

/** "A, who heads the Russian delegation", "A, the council member who heads it": the person just before, with a comma. */
function apposedBefore(m: string, start: number): number[] {
  const window = m.slice(Math.max(0, start - 120), start).replace(/\b(?:the|its|his|her)\s+$/i, '');
  const before = APPOSED_BEFORE.exec(window);
  // "A as Iran's lead negotiator", "A is considered Kyiv's chief negotiator": with no comma, only
  // the person the phrase is predicated of, never the one succeeded ("A replaced B as …").
  if (before && !before[0].includes(',') && SUCCEEDED_BEFORE.test(window.slice(0, before.index))) return [];
  // "According to A, the Danish delegation is led by …": the source, then the clause's own subject (not "according to A, a delegation member").
  if (before && /^⟨\d+⟩,\s(?:the\s)?(?:\p{Lu}[\p{L}’'-]*\s){0,3}$/u.test(before[0]) && !/^[\p{L}’'-]+\s(?:member|members|head|chief|leader)\b/u.test(m.slice(start)) && SOURCE_BEFORE.test(window.slice(0, before.index))) return [];
  return before ? [Number(before[1])] : [];
}

/**
 * "Bisimwa stayed in Goma and A heads the team", "organisers say A leads it": a clause of its own,
 * opened by "and", a verb of saying or a semicolon, whose subject stands right before the verb.
 */
// "… and B, Trump's special envoy, headed the US one": a comma-set apposition (a possessor in it allowed) between.
const CLAUSE_SUBJECT_BEFORE = /(?:\band|\b(?:say|says|said)(?:\sthat)?|;)\s⟨(\d+)⟩(?:,\s(?:[^,;⟨]|⟨\d+⟩’s){1,100},)?\s(?:(?:also|again|now|still)\s)?$/;
function clauseSubjectBefore(m: string, start: number): number[] {
  const before = CLAUSE_SUBJECT_BEFORE.exec(m.slice(Math.max(0, start - 160), start).replace(/\s+/g, ' '));
  return before ? [Number(before[1])] : [];
}

const LIST_OPEN = /^\s*(\(|,|—|–|-{1,2})\s*/;
const LIST_ITEM = /^(?:[\p{L}’'.-]+\s+){0,6}?⟨(\d+)⟩(?!’s)/u;
const LIST_AND = /^(?:\s*,\s*and\s+|\s+and\s+)/;
const LIST_COMMA = /^\s*,\s*/;

/**
 * A list set beside a side's delegation noun, closed as it was opened: "The Ukrainian delegation —
 * A, B and C — arrived", "the Ukrainian team (A, B and C)", "Three Ukrainian negotiators, A, B and
 * C, arrived". Titles only before each name, an "and" before the last, at least two people.
 */
function apposedList(m: string, end: number): number[] {
  const rest = m.slice(end, end + 400);
  const open = LIST_OPEN.exec(rest);
  if (!open) return [];
  const opener = open[1]!;
  let i = open[0].length;
  const ks: number[] = [];
  for (let sawAnd = false; ; ) {
    const item = LIST_ITEM.exec(rest.slice(i));
    if (!item) return [];
    const words = item[0].replace(/⟨\d+⟩$/, '').split(/\s+/).filter(Boolean);
    if (!words.every((w) => titleOrName(w) || /^(?:the|of|and)$/i.test(w))) return [];
    ks.push(Number(item[1]));
    i += item[0].length;
    const tail = rest.slice(i);
    if (sawAnd) {
      const closed = opener === '(' ? /^\s*\)/.test(tail) : opener === ',' ? /^\s*,|^\s+\p{Ll}/u.test(tail) : /^\s*[—–-]/.test(tail);
      return closed && ks.length >= 2 ? ks : [];
    }
    const and = LIST_AND.exec(tail);
    const comma = and ? null : LIST_COMMA.exec(tail);
    if (!and && !comma) return [];
    sawAnd = !!and;
    i += (and ?? comma)![0].length;
  }
}

/**
 * "Azerbaijani negotiators A and B arrived", "Hamas negotiators A, B and C": the people a side's
 * plural noun names right after it, no comma between, as one list closed by "and". Each later
 * item is a bare full name (no title of its own: "and mediator A" is someone else's man) whom
 * nothing places on another side; otherwise only the first person is the noun's.
 */
function namedRun(m: string, end: number, first: number, people: PersonSpan[], party: string, input: RosterInput): number[] {
  // A plural noun only: "Hamas negotiators A and B", not "Hamas negotiator A and B".
  if (!/s$/i.test(m.slice(0, end).trimEnd())) return [];
  const rest = m.slice(end, end + 400);
  const head = RUN_FIRST.exec(rest);
  if (!head || Number(head[1]) !== first) return [];
  let i = head[0].length;
  const ks = [first];
  for (;;) {
    const and = LIST_AND.exec(rest.slice(i));
    const comma = and ? null : LIST_COMMA.exec(rest.slice(i));
    if (!and && !comma) return [];
    i += (and ?? comma)![0].length;
    const item = LIST_ITEM.exec(rest.slice(i));
    if (!item) return [];
    const words = item[0].replace(/⟨\d+⟩$/, '').split(/\s+/).filter(Boolean);
    const k = Number(item[1]);
    const p = people[k];
    const own = sideOfPerson(p, input);
    if (
      !p ||
      p.surface.trim().split(/\s+/).length < 2 ||
      (own && own !== party) ||
      words.length > 0
    )
      return [];
    ks.push(k);
    i += item[0].length;
    if (and) return /^\s*(?:’s|'s)/.test(rest.slice(i)) ? [] : ks;
  }
}
/** The first name right after a side's noun, titles only between: "Hamas negotiators ⟨0⟩". */
const RUN_FIRST = /^\s+(?:[\p{L}’'.-]+\s+){0,6}?⟨(\d+)⟩(?!’s)/u;

/** "Serbian and Kosovar (chief) ": two sides' words joined by "and" right before a noun they share. */
function sharedNoun(before: string, itemSides: ItemSides | undefined): boolean {
  const words = before.trim().split(/\s+/).slice(-5);
  // At most two lower-case words ("chief", "peace") between the second side and the noun.
  for (let n = 0; n < 2 && words.length && /^\p{Ll}/u.test(words[words.length - 1]!); n++) words.pop();
  const [a, and, b] = words.slice(-3);
  if (!a || !b || and !== 'and' || !/^\p{Lu}/u.test(a) || !/^\p{Lu}/u.test(b)) return false;
  return new Set(findParties(`${a} and ${b}`, { sides: itemSides }).map((f) => f.party.name)).size === 2;
}

/** The one person set beside a head-of noun: right after it, or right before it with a comma. */
function apposed(m: string, start: number, end: number): number[] {
  // "his chief negotiator" says whose adviser someone is, not who leads the team in the room.
  if (/\b(?:his|her|their)\s+$/i.test(m.slice(Math.max(0, start - 8), start))) return [];
  const before = apposedBefore(m, start);
  if (before.length) return before;
  // "Kosovo's chief negotiator is A": a copula right after the head-of noun, then its holder.
  const after = APPOSED_AFTER.exec(m.slice(end).replace(/^\s*(?:is|was|will\s+be|remains|remained)\s/, ' '));
  // Only a title may stand between ("the head of the US delegation, Secretary of State A"), not a
  // clause ("at the head of the Russian delegation, while Defense Minister A headed…").
  const between = after ? after[0].replace(/⟨\d+⟩$/, '').split(/[\s,]+/).filter(Boolean) : [];
  // "is their spokesman, A": the side's own officer ("their", "its" after the copula), a title then a comma.
  if (after && between.every((w, i) => titleOrName(w) || (i === 0 && /^(?:their|its)$/.test(w)))) return [Number(after[1])];
  return [];
}

/**
 * A wire dateline opening a sentence ("MOSCOW, Dec 2 (Reuters) -", "MUSCAT (AP) —"): a place in
 * capitals, the agency in parentheses within the first 80 characters, then a dash. Returns the
 * sentence after it (read without a regex over the prefix: one indexOf each way).
 */
/** Where those brought sit: "into the room", "to the table". */
const AT_TABLE = /\b(?:into\sthe\sroom|to\sthe\stable)\b/;
/** A purpose clause naming the meeting: "for a meeting with", "for talks with". */
const FOR_MEETING_WITH = /\bfor\s(?:a\s|an\s|the\s|his\s|her\s|their\s)?(?:new\s|first\s|further\s|direct\s|face-to-face\s)?(?:meeting|talks|summit)\swith$/u;
/** The person opening a clause, titles allowed before them, then an auxiliary ("US envoy A is expected to …"). */
const CLAUSE_OPENER = /^\s*((?:[\p{L}.'’-]+\s+){0,5}?)⟨(\d+)⟩(?!’s)\s+(?:is|are|was|were|will|would|has|had)\s/u;

/** The side of the person opening the clause that ends at the cue (a dateline before them read past). */
function openerSide(before: string, people: PersonSpan[], input: RosterInput): string | undefined {
  const clause = dropDateline(before.split(/[;:]/).pop() ?? '');
  const m = CLAUSE_OPENER.exec(clause);
  if (!m || !titlesOnly(m[1]!)) return undefined;
  return sideOfPerson(people[Number(m[2])], input);
}

/** A dateline set off by a dash alone ("WASHINGTON - ", "ANCHORAGE — "): no part of the clause. */
const DASH_DATELINE = /^\s*\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,2}\s[-—–]{1,2}\s/u;

/** A dateline's city written in mixed case, one to three capitalised words ("Berlin ", "Abu Dhabi "). */
const MIXED_CASE_CITY = /^\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}\s$/u;
/** An agency's name in capitals in the dateline's parentheses: "(AFP)", "(AP)", "(TASS)". */
const AGENCY_IN_PARENS = /^\(\p{Lu}{2,8}\)$/u;

function dropDateline(s: string): string {
  if (DASH_DATELINE.test(s)) return s.replace(DASH_DATELINE, '');
  const open = s.indexOf('(');
  if (open < 2 || open > 80) return s;
  const close = s.indexOf(')', open);
  if (close < 0 || close - open > 30) return s;
  const head = s.slice(0, open);
  // "MOSCOW, Dec 2 (Reuters) -", and the agencies' mixed-case city: "Berlin (AFP) -", "Miami (AFP) –".
  if (head.includes('⟨') || !(/^\s*\p{Lu}{2}/u.test(head) || (MIXED_CASE_CITY.test(head) && AGENCY_IN_PARENS.test(s.slice(open, close + 1))))) return s;
  const dash = /^\)\s{0,3}[-—–]{1,2}\s/.exec(s.slice(close));
  return dash ? s.slice(close + dash[0].length) : s;
}

/** Where a clause begins inside a sentence: after a semicolon or colon, or at "while", "whereas", "with", "that". */
const CLAUSE_BREAK = /;|:|\b(?:while|whereas|with|that)\s/g;
/** Words that may stand between a clause's subject and its verb ("A has also led…", "A, who…"). */
const AUX_WORDS = new Set(['has', 'had', 'have', 'is', 'was', 'are', 'were', 'will', 'would', 'also', 'again', 'now', 'still', 'currently', 'already', 'once', 'who', 'and', 'he', 'she']);

/**
 * The people who open the clause ending at the cue: "A[, an apposition,] leads the delegation",
 * "A and B headed it". Only titles may stand before them in the clause, and only an apposition
 * (set off by commas) or auxiliaries between them and the cue.
 */
function subjectOf(raw: string): number[] {
  // A dash-set aside reads as a comma-set one ("A — Netanyahu's confidant, who heads…"); a
  // dateline ("MOSCOW, Dec 2 (Reuters) -", "MUSCAT (AP) —") is no part of the clause.
  // "The Treasury secretary, A, and the trade representative, B, are leading …": a title set before
  // each name with commas is that name's, and the names are the subjects.
  const before = dropDateline(raw)
    .replace(/\s[—–]\s/g, ', ')
    // "A, who is leading the American side, and B met C": a relative clause set off by commas is no subject.
    .replace(/(⟨\d+⟩),\s(?:who|which)\s[^,⟨;]{1,80},/gu, '$1,')
    // "A, with aide B and envoy C at his side, received D": the companions' aside is no subject.
    .replace(/(⟨\d+⟩),\swith\s(?:[^,;:⟨]|⟨\d+⟩){1,160}?\sat\s(?:his|her)\sside,/gu, '$1')
    .replace(/\b[Tt]he\s((?:[\p{L}’'.-]+\s){0,3}[\p{L}’'.-]+),\s(⟨\d+⟩),/gu, (all, title: string, k: string) =>
      title.split(' ').every(titleOrName) ? `${k},` : all,
    );
  const rel = relativeHead(before);
  if (rel !== undefined) return [rel];
  let from = 0;
  for (const b of execAll(CLAUSE_BREAK, before)) from = b.index + b[0].length;
  const clause = before.slice(from);
  const first = /⟨(\d+)⟩/.exec(clause);
  if (!first) return [];
  // An opener set off by a comma ("In 2022, A led…", "To implement the deal, A and B held…") may precede the
  // subject, and a time with none ("Earlier on Thursday A and B met C").
  const lead = clause.slice(0, first.index).replace(/^[^⟨]*,/, '').replace(TIME_OPENER, '').split(/\s+/).filter(Boolean);
  // A post's "to"/"of"/"for" inside a title counts with it ("former ambassador to Washington A").
  if (!lead.every((w, i) => /^\p{Lu}/u.test(w) || isTitleWord(w.replace(/[.,]$/, '')) || (/^(?:to|of|for)$/.test(w) && i > 0 && isTitleWord(lead[i - 1]!)))) return [];
  const ks = [Number(first[1])];
  let rest = clause.slice(first.index + first[0].length);
  if (/^’s/.test(rest)) return [];
  // "A, B and C", "A, envoy B, and C": further subjects, each after a comma or "and" and its titles.
  for (let guard = 0; guard < 12; guard++) {
    rest = rest.trimStart();
    const next = /^(?:,\s*(?:and\s+)?|and\s+)(?:[\p{L}’'.-]+\s+){0,8}?⟨(\d+)⟩(?!’s)/u.exec(rest);
    // Titles only before the next name, and a list boundary after it ("the Putin adviser" is an apposition).
    if (!next || !/^(?:\s*,|\s+and\b|\s*$|\s+(?:will|would|is|was|are|were|has|have|had|meet|met|meets|lead|led|leads|head|headed|heads|again|also)\b)/.test(rest.slice(next[0].length))) break;
    const titles = next[0].replace(/⟨\d+⟩$/, '').replace(/^,?\s*(?:and\s+)?/, '').split(/\s+/).filter(Boolean);
    if (titles[0] === 'the' || !titles.every((w) => titleOrName(w) || COUNTERPART_WORD.test(w))) break;
    ks.push(Number(next[1]));
    rest = rest.slice(next[0].length);
  }
  // An apposition: everything between the first comma and the last one before the verb.
  let words = rest.trim();
  // "A, said the trade representative, B, was leading …": A speaks; B is the verb's subject.
  if (words.startsWith(',') && /\b(?:said|says|told|tells|added|adds)\s/.test(words) && /⟨\d+⟩(?!’s)/u.test(words)) return [];
  if (words.startsWith(',')) {
    // "A, who heads the delegation": one comma, then a relative pronoun.
    words = words.slice(words.lastIndexOf(',') + 1).trim();
  }
  if (words.split(/\s+/).filter(Boolean).some((w) => !AUX_WORDS.has(w.toLowerCase()))) return [];
  return ks;
}

/**
 * "A left for Geneva on Monday at the head of a delegation": the clause's one traveller (titles
 * before them, a verb of going after) leads the delegation they travel at the head of.
 */
const TRAVELLER = /^\s*(?:[\p{L}.'’-]+\s+){0,5}?⟨(\d+)⟩(?!’s)\s+(?:(?:will|is\sto|is\sdue\sto|is\sset\sto)\s(?:travel|fly|go|head|leave)|left|leaves|arrived|arrives|flew|flies|travell?ed|travels|went|came|set\s+off|headed)\s[^⟨;]{0,80}$/u;
/** One sent on the errand by another: "the prime minister instructed B to travel to Doha". */
const SENT_TRAVELLER = /\b(?:instructed|ordered|asked|sent|dispatched|tasked)\s(?:[\p{L}.'’-]+\s+){0,4}?⟨(\d+)⟩(?!’s)\s+to\s(?:travel|fly|go|head|leave)\s[^⟨;]{0,80}$/u;
function travellerAtHead(before: string, cue: string): number[] {
  if (!/^at\sthe\shead\sof\b/.test(cue)) return [];
  const t = TRAVELLER.exec(dropDateline(before).replace(/^.*,\s/u, '')) ?? SENT_TRAVELLER.exec(before);
  return t ? [Number(t[1])] : [];
}

/** The people right before the cue, with nothing but an apposition between ("A, B and C at the talks"). */
function adjacentBefore(before: string, sides: ItemSides | undefined): number[] {
  const all = execAll(/⟨(\d+)⟩/g, before);
  const last = all[all.length - 1];
  if (!last) return [];
  // The gap may hold a parenthesis and then one comma-set apposition, nothing else.
  let gap = before.slice(last.index + last[0].length).replace(/^’s/, '').trim();
  if (gap.startsWith('(')) {
    const close = gap.indexOf(')');
    if (close < 0 || close > 80) return [];
    gap = gap.slice(close + 1).trim();
  }
  if (gap.startsWith(',')) {
    const close = gap.indexOf(',', 1);
    if (close < 0 || close > 80 || /[;⟨]/.test(gap.slice(0, close))) return [];
    gap = gap.slice(close + 1).trim();
  }
  return gap === '' ? peopleBefore(before, sides) : [];
}

/**
 * "A, Netanyahu's close confidant, who heads…", "A, who leads…": the person a relative clause
 * ending at the cue is about — the name before "who", past one apposition that names no one else.
 */
/** "A, and the commander of Tigrayan forces, B," right before B: the one B is coordinated with. */
const COORDINATED_BEFORE = /⟨(\d+)⟩(?!’s),?\sand\s(?:[^,;⟨]{1,80},\s)?$/u;
/**
 * "A, and the commander of the rebels, B, who headed their sides' delegations": a cue that says
 * "their" delegations has both coordinated people as its subject, where the relative clause gave one.
 */
function withCoordinated(rule: DelegationRule, m: string, ks: number[]): number[] {
  if (rule.id !== 'roster.subjects-lead-delegations' || ks.length !== 1) return ks;
  const at = m.indexOf(`⟨${ks[0]}⟩`);
  const before = at > 0 ? COORDINATED_BEFORE.exec(m.slice(Math.max(0, at - 140), at)) : null;
  return before ? [Number(before[1]), ks[0]!] : ks;
}

const SERVED_BEFORE_WHO = /⟨(\d+)⟩,\s(?:an?\s|the\s)?(?:[\p{L}’'-]+\s){1,4}?to\s(?:\p{Lu}[\p{L}.-]*\s){0,3}⟨\d+⟩$/u;
function relativeHead(before: string): number | undefined {
  const s = before.trimEnd();
  // "…, who had headed the team in Geneva": a past perfect is the same clause about the person.
  const who = /(?:(,)\s*|\s)who(?:\s+(?:is|was|has|had|also|now|still|previously|once|earlier))*$/.exec(s);
  if (!who) return undefined;
  let head = s.slice(0, who.index).trimEnd();
  // "it was A who headed the Russian group": the cleft's focus is the clause's subject.
  const cleft = /\b[Ii]t\s+(?:was|is)\s+⟨(\d+)⟩$/.exec(head);
  if (cleft) return Number(cleft[1]);
  // "A, national security adviser to Prime Minister B, who led the delegation": B only names whom A's post serves; the clause is A's.
  const served = who[1] && head.includes(' to ') ? SERVED_BEFORE_WHO.exec(head) : null;
  if (served) return Number(served[1]);
  const direct = /⟨(\d+)⟩$/.exec(head);
  if (direct && !/’s$/.test(head) && who[1]) return Number(direct[1]);
  // "A, the head of the presidential office who had headed the team": with no comma before "who",
  // the clause is the apposition's, and so the apposed person's.
  const comma = head.lastIndexOf(',');
  if (comma < 0 || head.length - comma > 80) return undefined;
  const appos = head.slice(comma + 1);
  // The apposition may hold a possessor ("Netanyahu's"), not a person of its own.
  if (execAll(/⟨\d+⟩(’s)?/g, appos).some((x) => !x[1])) return undefined;
  // Without the comma, only a noun phrase is an apposition ("…, and the general who led it" is a new one).
  if (!who[1] && !/^\s*(?:the|a|an)\s/i.test(appos)) return undefined;
  head = head.slice(0, comma).trimEnd();
  const m = /⟨(\d+)⟩$/.exec(head);
  return m ? Number(m[1]) : undefined;
}

/** A verb of saying and its "that": who said it is no subject of what follows. */
const SAID_THAT = /\b(?:said|says|told\s+(?:reporters|journalists)|announced|confirmed)\s+(?:that\s+)?/g;

/**
 * The clause whose subjects the cue takes: "A met B, with C and D joining on the Russian side" (a
 * participle's subjects after the last "with"); "President A said B and C would be in Geneva as well"
 * (what was said, after its verb of saying, when it names people).
 */
function participleClause(before: string, cue: string): string {
  if (/ing$/.test(cue)) {
    const at = before.lastIndexOf(', with ');
    return at >= 0 ? before.slice(at + 7) : before;
  }
  const said = execAll(SAID_THAT, before).pop();
  const after = said ? before.slice(said.index + said[0].length) : '';
  return said && after.includes('⟨') ? after : before;
}

/** "…, alongside the army officers who have [represented]": the verb's subject is a common noun's relative, no one named. */
const UNNAMED_RELATIVE = /\s\p{Ll}[\p{L}-]*\s(?:who|that)\s(?:(?:have|has|had|also|long|previously|always|usually|normally|regularly|traditionally|often|still)\s){0,3}$/u;

function peopleBefore(before: string, sides: ItemSides | undefined): number[] {
  if (UNNAMED_RELATIVE.test(before)) return [];
  // A dash-set aside ("A — flanked by the Shin Bet chief and in contact with the Biden administration —") names no item.
  const clause = before.replace(/^.*[;:]/s, '').replace(/\s[—–]\s[^—–]{0,200}\s[—–]\s/g, (a) => ' '.repeat(a.length));
  const out: number[] = [];
  for (const h of execAll(/⟨(\d+)⟩/g, clause)) {
    // "A, appointed by President B to head …, took part": B appoints, and is no item.
    if (/^’s/.test(clause.slice(h.index + h[0].length)) || isComplement(clause.slice(0, h.index), sides) || APPOINTER.test(clause.slice(Math.max(0, h.index - 80), h.index))) continue;
    out.push(Number(h[1]));
  }
  return out;
}

const BROUGHT = /^(?:brought|brings|has brought|have brought)$/;
/** "sent two officials from below cabinet level: A, …": a count of people and a colon, then the list. */
const SENT_COUNT = /^\s+(?:two|three|four|five|six|several|\d)\s+(?:[\p{L}’'-]+\s+){0,5}?[\p{L}’'-]+:\s+(?:[\p{L}.’'-]+\s+){0,6}?⟨\d+⟩/u;
/** "A, with aide B and envoy C at his side,": a person, then an aside of companions closed by "at his side". */
function atSideAside(before: string): [string, string, string] | null {
  const w = before.lastIndexOf(', with ');
  if (w < 0) return null;
  const head = /⟨(\d+)⟩$/u.exec(before.slice(Math.max(0, w - 12), w));
  const list = before.slice(w + 7).trimEnd();
  return head && /^(?:[^,;:⟨]|⟨\d+⟩){1,160}$/u.test(list) ? [before.slice(w), head[1]!, list] : null;
}
/** Asides between a subject and its verb: "Israel, for its part, sent …", "Moscow, in turn, brought …". */
const SUBJECT_ASIDE = /,\s(?:for\s(?:its|their)\s(?:part|side)|in\sturn|meanwhile|in\sresponse|for\snow|this\stime)\s?,/gu;
/** A clause that is only a side word and auxiliaries: "The Russians", "Kyiv is again", "Israel, for its part,". */
const SIDE_SUBJECT = /^\s*(?:[Tt]he\s)?(\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*)?)\s(?:(?:is|are|was|were|has|have|had|will|would|also|again|once|then|later|reportedly|expected|to)\s){0,4}$/u;

/** The side a clause's subject names when it is a side word alone, no person ("Israel sent A", "The Russians brought B"). */
function sideSubject(before: string, sides: ItemSides | undefined): string | undefined {
  const clause = dropDateline(before.split(/[;:]/).pop() ?? '').replace(SUBJECT_ASIDE, '');
  const m = SIDE_SUBJECT.exec(clause.endsWith(' ') ? clause : `${clause} `);
  return m ? lastParty(m[1]!, sides) : undefined;
}

/** Who sends: a party word or a person with a side in the clause before "send". */
function senderSide(before: string, people: PersonSpan[], input: RosterInput): string | undefined {
  const clause = before.split(/[;:]/).pop() ?? '';
  const k = lastPersonBefore(clause);
  return (k !== undefined ? sideOfPerson(people[k], input) : undefined) ?? lastParty(clause.replace(/⟨\d+⟩(?:’s)?/g, ' '), input.sides);
}

/** The last person named before a cue, not a possessor ("A's"). */
function lastPersonBefore(before: string): number | undefined {
  const all = execAll(/⟨(\d+)⟩(?!’s)/g, before);
  const last = all[all.length - 1];
  return last ? Number(last[1]) : undefined;
}

function subjectBefore(before: string, people: PersonSpan[]): string | undefined {
  const all = execAll(/⟨(\d+)⟩/g, before);
  const last = all[all.length - 1];
  return last ? people[Number(last[1])]?.party : undefined;
}

/** Weighs one candidate's evidence; sides come in order: the cue's, the title's office, the heading, the knowledge base. */
function score(
  sentenceIndex: number,
  p: PersonSpan,
  role: RuleProduct,
  rule: DelegationRule,
  cueParty: string | undefined,
  cueEvidence: SideEvidence | undefined,
  input: RosterInput,
): RosterCandidate {
  const office = p.role ? officeParty(p.role.title) : undefined;
  const own = p.party ?? office;
  // "The Afghan Taliban delegation was headed by Defence Minister A" in 2025: the movement governs
  // A's state by the report's day, so the two sides are one (extract() then seats the movement's
  // delegation as the state's, unless the item seats the state's government apart).
  const governs = !!cueParty && !!own && !!input.day && governedBy(cueParty, input.day) === own;
  let party = cueParty;
  let side = cueParty ? cueEvidence : undefined;
  if (!party && own) {
    party = own;
    side = office === own ? 'office' : 'own';
  }
  if (!party) {
    const known = input.knownParty?.(p.name);
    if (known) {
      party = known;
      side = 'knowledge';
    }
  }
  // For a rule that places each person on their own side, that side is all there is to go by: it
  // weighs as a listed side does, not as a mere nationality beside a roster.
  const sideWeight = side === 'own' && rule.each ? SIDE_WEIGHTS.listed : side ? SIDE_WEIGHTS[side] : 0;
  let total = rule.weight + sideWeight + (p.role ? TITLE_BONUS : 0);
  let why: string | undefined;
  if (own && party && own !== party && !governs) {
    total += CONFLICT_PENALTY;
    why = `own side ${own} contradicts ${party}`;
  }
  if (!party) why = 'no side: no party word, office, heading or earlier knowledge';
  const accepted = !!party && total >= THRESHOLD;
  if (!accepted && !why) why = `score ${total} below ${THRESHOLD}`;
  return {
    sentenceIndex,
    name: p.name,
    ...(party ? { party } : {}),
    role,
    rule: rule.id,
    ...(side ? { side } : {}),
    score: total,
    accepted,
    ...(why && !accepted ? { why } : {}),
  };
}

/** Accepted candidates, one per (side, person): a leader reading wins over a member one. */
export function acceptedRoster(cands: RosterCandidate[]): RosterCandidate[] {
  const best = new Map<string, RosterCandidate>();
  for (const c of cands) {
    if (!c.accepted || !c.party) continue;
    const key = `${c.party}|${nameKey(c.name)}`;
    const prev = best.get(key);
    if (!prev || (prev.role === 'member' && c.role === 'leader')) best.set(key, c);
  }
  return [...best.values()];
}
