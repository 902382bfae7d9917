import type { IngestBudgets } from './isolated-ingest.js';
import type { Logger } from './logger.js';
import type { ReaderSettings } from './reader/settings.js';
import type { ReaderHealth } from './reader/status.js';
import type { Doc } from './render/doc.js';
import type { Subscriptions } from './schedule/subscriptions.js';
import type { ActorResult, AskResult, ExplainResult, TimelineQuery, TimelineResult, WhoLeadsResult } from './schemas.js';

/** Options for a briefing on demand or on schedule. */
export interface BriefingRequest {
  /** YYYY-MM-DD in the reader's time zone; default: today there. */
  date?: string;
  /** IANA zone, e.g. Europe/Kyiv; default: the dossier's. */
  tz?: string;
  /** ISO instant the window starts at; default: the previous briefing for `destination`, else 24 h before the cut. */
  since?: string;
  /** A stable key for where the briefing goes ("slack:T1:C1"), so "since the last one" can be remembered. */
  destination?: string;
  /** Topic ids to keep (a channel's subscription filter); empty = all. */
  topics?: string[];
}

/** One line per source, as `parley ingest` prints it. */
export interface IngestSourceReport {
  source: string;
  status: 'new' | 'duplicate' | 'irrelevant' | 'failed' | 'not-modified';
  newItems: number;
  duplicates: number;
  irrelevant: number;
  reason?: string;
}

export interface IngestReport {
  sources: IngestSourceReport[];
}

/**
 * The core's face: the only thing the CLI, the chat commands and the scheduler call.
 * It knows negotiations and nothing about chat platforms.
 */
export interface Core {
  /** Delegations of a party, newest round first. Throws UserError for an unknown party. */
  whoLeads(party: string, opts?: { round?: string }): WhoLeadsResult;
  /** One actor's dossier. Throws UserError (exit 1) with "did you mean" suggestions when unknown or ambiguous. */
  actor(name: string): ActorResult;
  /** Dated events, oldest first. */
  timeline(query: TimelineQuery): TimelineResult;
  /**
   * How extraction read one stored item (by id or URL): per sentence, the people, the rule
   * candidates with their scores, the facts, or why none. Throws UserError for an unknown item.
   */
  explain(item: string): ExplainResult;
  /** A plain-English question routed to the queries above. */
  ask(question: string): AskResult;
  /** The briefing as a neutral Doc, ready for any renderer. */
  briefingDoc(req: BriefingRequest): Doc;
  /** Fetch and ingest sources (URLs or files); none = the dossier's feeds; `offline` reads the bundled snapshots. */
  ingest(sources?: string[], opts?: { offline?: boolean }): Promise<IngestReport>;
  /** True when the knowledge base holds no items yet (the shell demo ingests snapshots then). */
  isEmpty(): boolean;
  /** Completion candidates for chat autocomplete. */
  suggest(kind: 'actor' | 'party' | 'topic', prefix: string, limit?: number): string[];
  /** Per-channel briefing subscriptions (`/parley subscribe|unsubscribe|subscriptions`); the runner reads the same table. */
  readonly subscriptions: Subscriptions;
  /**
   * Database health for /healthz: the file answers, and the last `quick_check` (see
   * `checkIntegrity`) found no damage; with a model reader, its day (tokens against the budget,
   * calls, facts dropped by the evidence gate, items waiting to be read).
   */
  health(): { db: 'ok' | 'error'; detail?: string; checkedAt?: string; reader?: ReaderHealth };
  /** `PRAGMA quick_check` of the whole file, run off the calling thread; `health()` reports the latest. */
  checkIntegrity(): Promise<{ ok: boolean; detail?: string }>;
  /**
   * True the first time a chat delivery's key (a Slack event id, a Discord interaction id) is seen
   * within the last hour, by any Parley process on this database; false for a retry or a replay.
   */
  claimDelivery(key: string): boolean;
  /** The file is not writable: queries work; `ingest` throws a DatabaseError that says what to do. */
  readonly readOnly: boolean;
  close(): void;
}

export interface CoreOptions {
  /** SQLite file; created with its folder when missing. */
  dbPath: string;
  /** Dossier id under briefings/ (default "russia-ukraine"). */
  dossier?: string;
  /** Folder holding dossiers (default: the repo's briefings/). */
  dossierDir?: string;
  logger?: Logger;
  /** Injected clock for tests and the scheduler. */
  now?: () => Date;
  /** Per-request feed timeout (default 15 s); fault tests shorten it. */
  feedTimeoutMs?: number;
  /** Minimum pause between two requests to one host (default 1 s). */
  politenessMs?: number;
  /** Let feeds resolve to loopback, private or link-local addresses (default: refused). */
  allowPrivateFeeds?: boolean;
  /**
   * Run feed ingests (fetch, parse, extract, store) on a worker thread with a memory limit and a
   * time budget per step, so nothing a feed sends can stall or crash the caller (default true;
   * the bundled offline snapshots are always read in-thread). Tests of the pipeline itself turn it off.
   */
  isolateIngest?: boolean;
  /** Time budgets of the isolated ingest's steps (see `DEFAULT_INGEST_BUDGETS`); tests shorten them. */
  ingestBudgets?: Partial<IngestBudgets>;
  /** The model reader (PARLEY_READER=model|both, see src/core/reader/); absent: the rules read alone. */
  reader?: ReaderSettings;
}

export type { Doc };
