/**
 * The core's public surface: everything outside src/core (the adapters, the CLI, src/main.ts,
 * config, commands/) imports from here and nowhere else in src/core (tests/boundary.test.ts keeps
 * it so). What is here is the `Core` and its options, the answers' schemas and errors, and the
 * platform-free rendering the adapters need; the store, the queries and the ingest pipeline
 * behind `createCore` are not, so they can change (another store, several replicas) without the
 * callers noticing.
 */

// The core and its options.
export { createCore } from './create-core.js';
export type {
  BriefingRequest,
  Core,
  CoreOptions,
  DossierOption,
  DossierSummary,
  IngestReport,
  IngestRunOptions,
  IngestSourceReport,
  PostDueOptions,
} from './core.js';

// Answers: their shapes (zod schemas, for --json and tests), errors, and their neutral Docs.
export * from './schemas.js';
export { isUserError, UserError } from './errors.js';
export { DatabaseError, databaseErrorOf } from './store/db.js';
export { describeTarget, type StoreTarget, storeTarget } from './store/open.js';
export { type CopyReport, copyStore, type MigrateReport, migrateStore } from './store/operations.js';
export { actorDoc, askDoc, errorDoc, type HelpEntry, helpDoc, timelineDoc, whoLeadsDoc } from './answers.js';
export { briefingToDoc } from './briefing/build.js';
export { type Briefing, BriefingSchema } from './briefing/schema.js';
export { formatExplain } from './extract/explain.js';
export { formatReaders } from './reader/explain.js';

// Rendering a Doc for a platform or a terminal.
export { type Doc, type DocBlock, type DocSource, type Span, span } from './render/doc.js';
export { renderDiscord } from './render/discord.js';
export { renderMarkdown } from './render/markdown.js';
export { renderSlack } from './render/slack.js';

// Dossier files, for `parley dossier new|check|list` and the configuration.
export {
  checkDossierId,
  type DossierDirs,
  DossierError,
  dossierDirs,
  dossierFile,
  type LoadedDossier,
  listDossiers,
  loadDossier,
} from './dossier/load.js';
export { isTimeZone } from './dossier/schema.js';
export { resolveParty } from './parties.js';

// Scheduling: the port each platform's poster implements, and what the passes report.
export {
  type FeedPollReport,
  type Platform,
  PostError,
  type PostErrorKind,
  type Poster,
  type PostTarget,
  type RunLine,
  type RunReport,
  type Subscription,
  type Subscriptions,
} from './schedule/index.js';

// Settings and logging the composition root passes in.
export type { Logger } from './logger.js';
export { READER_DEFAULTS, READER_MODES, type ReaderSettings, RESPONSE_FORMATS } from './reader/settings.js';
export type { ReaderHealth } from './reader/status.js';
