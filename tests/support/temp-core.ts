import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../src/core/create-core.js';
import type { LoadedDossier } from '../../src/core/dossier/load.js';
import type { Ingester } from '../../src/core/ingest.js';
import type { IngestBudgets } from '../../src/core/isolated-ingest.js';
import type { Logger } from '../../src/core/logger.js';
import type { ReaderSettings } from '../../src/core/reader/settings.js';
import type { Db } from '../../src/core/store/db.js';
import { type DirectStore, directStore, readDb } from './store.js';

export { readDb };

export const SEED_FEED = join(import.meta.dirname, '..', 'fixtures', 'seed-feed.xml');
/** The seed article's publication time. */
export const SEED_PUBLISHED = new Date('2025-03-23T20:30:00Z');

/**
 * A real core on a real SQLite file in a fresh temp folder, with a fixed clock. Besides the core:
 * `db`, a read-only connection for SQL assertions; `writer`, a second writable connection for the
 * few tests that arrange rows no `Core` method writes; `dossier(id)` and `ingester`, for tests of
 * the briefing and the pipeline below the core's door (items already parsed).
 */
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
  let reader: Db | undefined;
  let direct: DirectStore | undefined;
  const store = (): DirectStore => {
    direct ??= directStore(dbPath, {
      now: opts.clock ?? (() => now),
      ...(opts.dossierDir ? { dossierDir: opts.dossierDir } : {}),
      ...(opts.dossier ? { dossier: opts.dossier } : {}),
      ...(opts.reader ? { reader: opts.reader } : {}),
    });
    return direct;
  };
  return {
    core,
    dir,
    dbPath,
    /** Read-only, opened on first use. */
    get db(): Db {
      reader ??= readDb(dbPath);
      return reader;
    },
    /** Writable, opened on first use. */
    get writer(): Db {
      return store().db;
    },
    /** A dossier as the core loads it (default: the core's default). */
    dossier: (id?: string): LoadedDossier => store().catalog.get(id),
    /** An ingester on `writer` that reads each item for every dossier, as the core's does. */
    get ingester(): Ingester {
      return store().ingester;
    },
    async cleanup() {
      reader?.close();
      direct?.close();
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
