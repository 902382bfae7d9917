/**
 * The ingest's own thread: fetching, parsing, scoring, extracting and storing feed items happen
 * here, on a connection of its own to the same store (the SQLite file, or a PostgreSQL pool of its
 * own when `databaseUrl` is set), so the thread that answers Slack and
 * Discord never waits for them. `isolated-ingest.ts` starts it, gives every step a time budget
 * and replaces it when it dies or overruns.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { LoadedDossier } from './dossier/load.js';
import { createIngester, type IncomingItem, type IngestPhase, type SourceSpec, type StoreFeed } from './ingest.js';
import type { Logger } from './logger.js';
import type { ReaderSettings } from './reader/settings.js';
import { isDatabaseError, quickCheck } from './store/db.js';
import { openStore, postgresError, storeTarget } from './store/open.js';
import { storeAnswers } from './store/overview.js';

/** What the parent passes at start. */
export interface IngestWorkerData {
  dbPath: string;
  /** A postgres:// URL: the worker opens its own pool to it instead of the file (see `storeTarget`). */
  databaseUrl?: string;
  dossier: LoadedDossier;
  /** Every dossier items are read for (default: `[dossier]`). */
  dossiers?: LoadedDossier[];
  timeoutMs?: number;
  politenessMs?: number;
  blockPrivateHosts: boolean;
  /** The model reader's settings (its API key included: it crosses threads, never a log). */
  reader?: ReaderSettings;
}

/** Requests from the parent; `now` is the parent's clock when it asked (the worker's clock for the request). */
export type IngestWorkerRequest =
  | { id: number; type: 'ingest'; now: string; source: SourceSpec }
  | { id: number; type: 'skip'; now: string; feed: StoreFeed; item: IncomingItem; reason: string }
  | { id: number; type: 'check' }
  | { id: number; type: 'read-later'; now: string };

/** A phase as it crosses threads: the item only where the parent may need to set it aside. */
export type WirePhase = Omit<IngestPhase, 'feed' | 'item'> & { feed?: StoreFeed; item?: IncomingItem };

/** Messages to the parent. */
export type IngestWorkerMessage =
  | { type: 'ready' }
  | { type: 'phase'; id: number; phase: WirePhase }
  | { type: 'done'; id: number; result: unknown }
  | { type: 'failed'; id: number; error: { name: string; message: string; problem?: string; path?: string } }
  | { type: 'log'; level: 'debug' | 'info' | 'warn' | 'error'; obj: Record<string, unknown>; msg?: string };

const port = parentPort;
if (!port) throw new Error('ingest-worker.ts runs as a worker thread (see isolated-ingest.ts)');
const post = (m: IngestWorkerMessage) => port.postMessage(m);

/** Log fields made safe to clone across threads (errors become their name and message). */
function cloneable(obj: object): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(obj, (_k, v: unknown) => (v instanceof Error ? { type: v.name, message: v.message } : typeof v === 'bigint' ? String(v) : v)),
  ) as Record<string, unknown>;
}

function workerLogger(bindings: Record<string, unknown> = {}): Logger {
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (obj: object, msg?: string) =>
    post({ type: 'log', level, obj: cloneable({ ...bindings, ...obj }), ...(msg !== undefined ? { msg } : {}) });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: (b) => workerLogger({ ...bindings, ...b }) };
}

const data = workerData as IngestWorkerData;
// The schema as the parent's store makes it: the core's own migration may still be under way when
// the thread starts, and applying it again under its advisory lock finds nothing to do.
const store = await openStore(storeTarget(data), { postgres: { max: 2, applicationName: 'parley ingest worker' } });
const db = store.db;
let requestNow = new Date();
let current = 0;
const ingester = createIngester({
  sql: store.sql,
  ...(db ? { db } : {}),
  dossier: data.dossier,
  ...(data.dossiers ? { dossiers: data.dossiers } : {}),
  logger: workerLogger(),
  now: () => requestNow,
  ...(data.timeoutMs !== undefined ? { timeoutMs: data.timeoutMs } : {}),
  ...(data.politenessMs !== undefined ? { politenessMs: data.politenessMs } : {}),
  blockPrivateHosts: data.blockPrivateHosts,
  ...(data.reader ? { reader: data.reader } : {}),
  // Only an item can be set aside; other phases cross without payload.
  onPhase: (phase) => post({ type: 'phase', id: current, phase: phase.kind === 'item' ? phase : { kind: phase.kind, source: phase.source } }),
});

async function handle(req: IngestWorkerRequest): Promise<unknown> {
  current = req.id;
  switch (req.type) {
    case 'ingest':
      requestNow = new Date(req.now);
      return ingester.ingestOne(req.source);
    case 'skip':
      requestNow = new Date(req.now);
      return ingester.storeItems(req.feed, [req.item], { skipped: req.reason });
    case 'check':
      if (db) return quickCheck(db);
      try {
        await storeAnswers(store.sql);
        return { ok: true };
      } catch (err) {
        return { ok: false, detail: postgresError(err, data.databaseUrl ?? '').message };
      }
    case 'read-later':
      requestNow = new Date(req.now);
      return ingester.readLater();
  }
}

port.on('message', (req: IngestWorkerRequest) => {
  handle(req).then(
    (result) => post({ type: 'done', id: req.id, result }),
    (err: unknown) => {
      const e = err instanceof Error ? err : new Error(String(err));
      post({
        type: 'failed',
        id: req.id,
        error: { name: e.name, message: e.message, ...(isDatabaseError(e) ? { problem: e.problem, path: e.path } : {}) },
      });
    },
  );
});
post({ type: 'ready' });
