import type { StatementFact } from './statements.js';

export type { Stance, StatementFact } from './statements.js';

/**
 * The contract between extraction (pure: text in, facts out) and the knowledge base.
 * Every fact carries the index of the sentence it came from, so the store can keep
 * the evidence sentence and link it to its item.
 */

export type DatePrecision = 'day' | 'month' | 'year';

/** Who read a fact: the rules, a model (src/core/reader/), or both agreeing. Absent means the rules. */
export type Reader = 'rules' | 'model';

export interface ResolvedDate {
  /** ISO date. Month precision uses the first of the month (2025-03-01), year precision Jan 1. */
  date: string;
  precision: DatePrecision;
  /** The phrase in the text that fixed it ("on Sunday", "March 11", "last month"). */
  text: string;
  /**
   * True for spans the type cannot express exactly: "last week", "earlier this week" resolve to
   * the Monday of that week with day precision.
   */
  approximate?: boolean;
}

/** A date found in the text, whether or not it became part of an event. */
export interface DateMention extends ResolvedDate {
  sentenceIndex: number;
}

export interface RoleFact {
  /** The role as stated, normalised to lower case except proper nouns: "defence minister", "special envoy for Russia". */
  title: string;
  /** Canonical party name ("Ukraine", "United States", "Russia") when the text ties the role to one. */
  party?: string;
}

export interface ActorMention {
  /** Fullest form of the name known in this item ("Rustem Umerov" even where the sentence says "Umerov"). */
  name: string;
  /** The words as written in this sentence ("Umerov"). */
  surface: string;
  sentenceIndex: number;
  /** A role stated beside this mention, if any. */
  role?: RoleFact;
  /** The actor's party when the text makes it clear. */
  party?: string;
  /** Who read this mention and its role (absent: the rules). */
  readers?: Reader[];
}

export type RoundStatus = 'held' | 'scheduled';

export interface RoundFact {
  /** City where possible ("Riyadh"), else country ("Saudi Arabia"). */
  place?: string;
  date?: ResolvedDate;
  /** Canonical party names taking part. */
  parties: string[];
  status: RoundStatus;
  sentenceIndex: number;
  evidence: string;
  /** The rule that found the round (rounds.ts's shapes, a dateline or a headline). */
  rule?: string;
  /** Who read the round (absent: the rules). */
  readers?: Reader[];
}

/** Why one person is on a delegation: the rule that placed them and the sentence it read. */
export interface DelegationEvidence {
  name: string;
  role: 'leader' | 'member';
  /** Id of the rule in the rule table (src/core/extract/rules.ts), or of the sentence shapes in delegations.ts. */
  rule: string;
  sentenceIndex: number;
  /** Who placed the person (absent: the rules). */
  readers?: Reader[];
}

export interface DelegationFact {
  party: string;
  /** Leaders only where the text says so ("led by", "heading", "head of the delegation"). */
  leaders: string[];
  members: string[];
  /** Index into Extraction.rounds of the round this delegation attends, if one could be tied. */
  roundIndex?: number;
  sentenceIndex: number;
  evidence: string;
  /** Per person: the rule that placed them and its sentence (the evidence span). */
  people?: DelegationEvidence[];
}

export type EventKind =
  | 'talks'
  | 'call'
  | 'statement'
  | 'attack'
  | 'agreement'
  | 'refusal'
  | 'aid'
  | 'sanctions'
  | 'prisoner-exchange'
  | 'other';

export interface EventFact {
  kind: EventKind;
  date: ResolvedDate;
  /** Extractive: the evidence sentence, trimmed, never invented. */
  title: string;
  place?: string;
  parties: string[];
  /** Actor names (fullest form). */
  actors: string[];
  /** Topic ids from the dossier lexicon. */
  topics: string[];
  /** Who said it, when the sentence attributes a claim ("Kyiv", "Russia's foreign ministry"). */
  attribution?: string;
  /** Index into Extraction.rounds when the event is a round of talks. */
  roundIndex?: number;
  sentenceIndex: number;
  evidence: string;
}

export interface Extraction {
  sentences: string[];
  actors: ActorMention[];
  rounds: RoundFact[];
  delegations: DelegationFact[];
  events: EventFact[];
  /** Topic ids mentioned anywhere in the item, with hit counts. */
  topics: Record<string, number>;
  /** Every resolved date phrase, in text order (optional for consumers; extract() always fills it). */
  dates?: DateMention[];
  trace?: ExtractTrace;
  /** Who said what (optional for consumers; extract() always fills it). */
  statements?: StatementFact[];
}

/** What extraction needs to know of the dossier. */
export interface ExtractLexicon {
  /** topic id → phrases (lower case) that signal it. */
  topics: Record<string, string[]>;
  /** Curated actors, optional: canonical name plus aliases. Extraction must work without them. */
  /** `roles`: the titles a standing actor holds, lower case ("secretary of state"), for "The US secretary of state was joined by …". */
  actors: { name: string; aliases: string[]; party?: string; since?: string; until?: string; roles?: string[] }[];
  /** The dossier's mediators and hosts (Qatar, Oman, …), optional: never a side whose principals meet. */
  mediators?: string[];
  /**
   * The dossier reads every negotiation without one of its own (the fallback): its standing actors
   * still give a named person's side, but their sides do not bound which sides a table may have.
   */
  anyNegotiation?: boolean;
}

export interface ExtractInput {
  title: string;
  /** Plain text (HTML already stripped). */
  text: string;
  /** Publication time: the reference for relative dates. */
  published: Date;
  /**
   * False when `published` is a guess (the feed gave no date, or one in the future that was clamped
   * to the fetch time). Then only dates carrying an explicit year are resolved: "on Monday", "last
   * month" or "March 18" against a guessed reference would be confidently wrong. Default true.
   */
  publishedCertain?: boolean;
  lexicon: ExtractLexicon;
  /**
   * The side the knowledge base already holds for a person (from earlier items), if any: the last
   * evidence a roster's side is read from, so a side learned from one item serves the next.
   */
  knownParty?: (name: string) => string | undefined;
  /** Also return what `parley explain` prints: every roster candidate, accepted or not, and the people per sentence. */
  trace?: boolean;
}

/** What extraction saw on the way, for `parley explain` (only with `trace: true`). */
export interface ExtractTrace {
  roster: {
    sentenceIndex: number;
    name: string;
    party?: string;
    role: 'leader' | 'member';
    rule: string;
    side?: string;
    score: number;
    accepted: boolean;
    why?: string;
  }[];
  people: { name: string; surface: string; party?: string; role?: string }[][];
  /** Every date candidate the round-date scorer saw, with its cues, score and outcome. */
  roundDates?: { sentenceIndex: number; date: { date: string; text: string }; cues: string[]; score: number; outcome?: string }[];
}
