import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../src/core/create-core.js';
import type { IngestBudgets } from '../../src/core/isolated-ingest.js';
import type { Logger } from '../../src/core/logger.js';
import type { ReaderSettings } from '../../src/core/reader/settings.js';

export const SEED_FEED = join(import.meta.dirname, '..', 'fixtures', 'seed-feed.xml');
/** The seed article's publication time. */
export const SEED_PUBLISHED = new Date('2025-03-23T20:30:00Z');

/** A real core on a real SQLite file in a fresh temp folder, with a fixed clock. */
export function tempCore(
  opts: {
    now?: Date;
    dossierDir?: string;
    dossier?: string;
    feedTimeoutMs?: number;
    allowPrivateFeeds?: boolean;
    /** Run ingests on the worker thread as the bot does (default: in-thread, faster for tests of the pipeline itself). */
    isolateIngest?: boolean;
    ingestBudgets?: Partial<IngestBudgets>;
    /** The model reader (tests point it at tests/support/model-fake.ts). */
    reader?: ReaderSettings;
    logger?: Logger;
    /** A clock the test moves (overrides `now`). */
    clock?: () => Date;
  } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-test-'));
  const dbPath = join(dir, 'parley.db');
  const now = opts.now ?? new Date('2025-03-24T06:00:00Z');
  const core = createCore({
    dbPath,
    now: opts.clock ?? (() => now),
    politenessMs: 0,
    // Tests serve feeds from 127.0.0.1; tests/feeds/private-hosts.test.ts checks the refusal.
    allowPrivateFeeds: opts.allowPrivateFeeds ?? true,
    isolateIngest: opts.isolateIngest ?? false,
    ...(opts.ingestBudgets ? { ingestBudgets: opts.ingestBudgets } : {}),
    ...(opts.feedTimeoutMs !== undefined ? { feedTimeoutMs: opts.feedTimeoutMs } : {}),
    ...(opts.dossierDir ? { dossierDir: opts.dossierDir } : {}),
    ...(opts.dossier ? { dossier: opts.dossier } : {}),
    ...(opts.reader ? { reader: opts.reader } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  return {
    core,
    dir,
    dbPath,
    cleanup() {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
