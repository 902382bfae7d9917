import type { Briefing } from './briefing/schema.js';
import type { DossierDirs } from './dossier/load.js';
import type { IngestBudgets } from './isolated-ingest.js';
import type { Logger } from './logger.js';
import type { ReaderSettings } from './reader/settings.js';
import type { ReaderHealth } from './reader/status.js';
import type { Doc } from './render/doc.js';
import type { FeedPollReport } from './schedule/poll-feeds.js';
import type { Poster, RunReport } from './schedule/run-due.js';
import type { ChannelRef, Platform, SubscribeInput, Subscription, Subscriptions } from './schedule/subscriptions.js';
import type { ActorResult, AskResult, ExplainResult, TimelineQuery, TimelineResult, WhoLeadsResult } from './schemas.js';

/** Which negotiation a query is about: a dossier id; default the core's default dossier. */
export interface DossierOption {
  dossier?: string;
}

/** Options for a briefing on demand or on schedule. */
export interface BriefingRequest {
  /** Dossier id; default: the core's default dossier. */
  dossier?: string;
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

/** One pass of the scheduled briefings (`Core.postDue`): node-cron's every minute, or `parley post-due`. */
export interface PostDueOptions {
  /** The instant the pass runs at; default the core's clock. */
  at?: Date;
  /** One poster per platform the adapters started; subscriptions of another platform are skipped unclaimed. */
  posters: Partial<Record<Platform, Poster>>;
  /** Where the pass (and the model's bottom line, when on) logs; default the core's logger. */
  logger?: Logger;
  /** Names this process in claims (default `host:pid`); each pass adds a random suffix. */
  runner?: string;
  /** Waits between retries; tests pass a fake that returns at once. */
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source in [0, 1); tests fix it. */
  random?: () => number;
  /** Channels posted at once (default POST_CONCURRENCY); each platform's limits are kept by its poster. */
  concurrency?: number;
}

/** One line per source, as `parley ingest` prints it. */
export interface IngestSourceReport {
  source: string;
  status: 'new' | 'duplicate' | 'irrelevant' | 'failed' | 'not-modified';
  newItems: number;
  duplicates: number;
  irrelevant: number;
  /** Items stored before a dossier existed, brought again and now read for it (counted among the duplicates too). */
  reread?: number;
  reason?: string;
}

/** What an ingest reads: with no sources, the named dossier's feeds, or every dossier's; `offline`, their snapshots. */
export interface IngestRunOptions {
  offline?: boolean;
  dossier?: string;
}

/** A dossier as `parley dossier list` and chat autocomplete show it. */
export interface DossierSummary {
  id: string;
  title: string;
  timezone: string;
  /** The dossier.json it is read from. */
  file: string;
  /** Relevant items on record for it in this database. */
  items: number;
  /** The core's default dossier (`PARLEY_DOSSIER`). */
  isDefault: boolean;
  /** Set when its file does not validate: the first thing wrong (`parley dossier check` says all). */
  problem?: string;
}

export interface IngestReport {
  sources: IngestSourceReport[];
}

/**
 * The subscriptions as the core serves them (`/parley subscribe|unsubscribe|subscriptions`): every
 * call that reads or writes the store returns a Promise; `validate` reads only the dossiers.
 */
export interface CoreSubscriptions {
  subscribe(input: SubscribeInput): ReturnType<Subscriptions['subscribe']>;
  unsubscribe(ref: ChannelRef): Promise<Subscription[]>;
  list(platform: Platform, workspace: string): Promise<Subscription[]>;
  forChannel(ref: ChannelRef): Promise<Subscription[]>;
  validate: Subscriptions['validate'];
}

/**
 * The core's face: the only thing the CLI, the chat commands and the scheduler call. Every method
 * returns a Promise, so a store that answers asynchronously (PostgreSQL) can sit behind it.
 * It knows negotiations and nothing about chat platforms. It serves several negotiations
 * (dossiers) on one database: every query takes a dossier (default: the core's default), and
 * its answer names it (`dossier` in the result) when more than one dossier holds facts. An
 * unknown dossier is a UserError that lists the known ones.
 */
export interface Core {
  /** Delegations of a party, newest round first. Rejects with a UserError for an unknown party. */
  whoLeads(party: string, opts?: { round?: string } & DossierOption): Promise<WhoLeadsResult>;
  /** One actor's dossier: roles and sightings from any negotiation, delegations of the dossier asked. Rejects with a UserError (exit 1) with "did you mean" suggestions when unknown or ambiguous. */
  actor(name: string, opts?: DossierOption): Promise<ActorResult>;
  /** Dated events, oldest first. */
  timeline(query: TimelineQuery, opts?: DossierOption): Promise<TimelineResult>;
  /**
   * How extraction read one stored item (by id or URL) for a dossier: per sentence, the people,
   * the rule candidates with their scores, the facts, or why none. Rejects with a UserError for an unknown item.
   */
  explain(item: string, opts?: DossierOption): Promise<ExplainResult>;
  /** A plain-English question routed to the queries above, with the dossier's topics and words. */
  ask(question: string, opts?: DossierOption): Promise<AskResult>;
  /** The briefing as a neutral Doc, ready for any renderer. */
  briefingDoc(req: BriefingRequest): Promise<Doc>;
  /** The briefing's data (`parley briefing --format json`); `briefingToDoc` makes the Doc, with `explain` if asked. */
  briefing(req: BriefingRequest): Promise<Briefing>;
  /**
   * One pass of the scheduled briefings: every subscription whose local time has come today is
   * briefed from its dossier and posted once per local date, across every Parley process on this
   * database (claims with leases, see src/core/schedule/run-due.ts). With the model reader's
   * bottom line on (PARLEY_MODEL_BOTTOM_LINE), the model writes it.
   */
  postDue(opts: PostDueOptions): Promise<RunReport>;
  /**
   * Polls every dossier's feeds that are due at `at` (each URL once, on its own interval with
   * backoff), through `ingest`; a feed another process is polling is left to it.
   */
  pollFeeds(at?: Date, opts?: { logger?: Logger }): Promise<FeedPollReport>;
  /**
   * An online copy of the live SQLite database into `file` (safe while the bot runs); resolves to
   * the pages copied. On PostgreSQL a UserError: pg_dump is the tool there.
   */
  backup(file: string): Promise<number>;
  /**
   * `PRAGMA quick_check` now, on the calling thread (the CLI's check before writing: it has no one
   * else to serve). The bot uses `checkIntegrity`, which runs off the thread and feeds `health()`.
   */
  integrity(): Promise<{ ok: boolean; detail?: string }>;
  /** Which store this core runs on (`sqlite`: the file; `postgres`: PARLEY_DATABASE_URL). */
  readonly storeKind: 'sqlite' | 'postgres';
  /**
   * Fetch and ingest sources (URLs or files); none = the named dossier's feeds, or every
   * dossier's; `offline` reads their bundled snapshots. Each item is read for every dossier.
   */
  ingest(sources?: string[], opts?: IngestRunOptions): Promise<IngestReport>;
  /** The dossiers this core serves, the default first. */
  dossiers(): Promise<DossierSummary[]>;
  /** The dossier a query without one is about. */
  readonly defaultDossier: string;
  /** True when the knowledge base holds no items yet (the shell demo ingests snapshots then). */
  isEmpty(): Promise<boolean>;
  /** Completion candidates for chat autocomplete (parties and topics of the dossier given). */
  suggest(kind: 'actor' | 'party' | 'topic' | 'dossier', prefix: string, limit?: number, dossier?: string): Promise<string[]>;
  /** Per-channel briefing subscriptions (`/parley subscribe|unsubscribe|subscriptions`); the runner reads the same table. */
  readonly subscriptions: CoreSubscriptions;
  /**
   * Database health for /healthz: the file answers, and the last `quick_check` (see
   * `checkIntegrity`) found no damage; with a model reader, its day (tokens against the budget,
   * calls, facts dropped by the evidence gate, items waiting to be read).
   */
  health(): Promise<{ db: 'ok' | 'error'; detail?: string; checkedAt?: string; reader?: ReaderHealth }>;
  /** `PRAGMA quick_check` of the whole file, run off the calling thread; `health()` reports the latest. */
  checkIntegrity(): Promise<{ ok: boolean; detail?: string }>;
  /**
   * True the first time a chat delivery's key (a Slack event id, a Discord interaction id) is seen
   * within the last hour, by any Parley process on this database; false for a retry or a replay.
   */
  claimDelivery(key: string): Promise<boolean>;
  /** The file is not writable: queries work; `ingest` throws a DatabaseError that says what to do. */
  readonly readOnly: boolean;
  /** Stops the ingest worker and closes the store; safe to call twice. */
  close(): Promise<void>;
}

export interface CoreOptions {
  /** SQLite file; created with its folder when missing. Unused when `databaseUrl` is set. */
  dbPath: string;
  /**
   * A postgres:// URL (`PARLEY_DATABASE_URL`): the store is that PostgreSQL database, its schema
   * created or upgraded at the first call. Unset: the SQLite file `dbPath`.
   */
  databaseUrl?: string;
  /** The default dossier's id (`PARLEY_DOSSIER`; default "russia-ukraine", else the first found). */
  dossier?: string;
  /** Folders holding dossiers, searched in order (default: the repo's briefings/). */
  dossierDir?: DossierDirs;
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
