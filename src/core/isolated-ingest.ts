import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IngestReport, IngestRunOptions, IngestSourceReport } from './core.js';
import { feedKeyOf, type Ingester, type SourceSpec } from './ingest.js';
import type { IngestWorkerData, IngestWorkerMessage, IngestWorkerRequest, WirePhase } from './ingest-worker.js';
import type { Logger } from './logger.js';
import { DatabaseError, type DatabaseProblem } from './store/db.js';

/**
 * How long each step of an ingest may run before the worker is stopped. A step that needs longer
 * is not slow but stuck (a pathological item, a parser bomb): the feed is marked failing and
 * backs off like any failing feed, and the bot never notices.
 */
export interface IngestBudgets {
  /** The fetch, all redirect hops included (each hop has its own timeout; this is the safety net). */
  fetchMs: number;
  /** Parsing one feed body (at most 8 MiB, within the shape limits: about a second). */
  parseMs: number;
  /** Hashing, scoring and extracting one item (at most 200,000 characters: well under a second). */
  itemMs: number;
  /** Writing one feed's items in one transaction (SQLite's busy timeout is 5 s). */
  storeMs: number;
  /** `PRAGMA quick_check` of the whole file (about 2 s for 360 MB). */
  checkMs: number;
  /**
   * Waiting on the model reader, from one call to the next (the reader gives up after its own
   * timeout, PARLEY_MODEL_TIMEOUT_MS; the core sets this above it).
   */
  modelMs: number;
}

export const DEFAULT_INGEST_BUDGETS: IngestBudgets = {
  fetchMs: 120_000,
  parseMs: 30_000,
  itemMs: 10_000,
  storeMs: 30_000,
  checkMs: 10 * 60_000,
  modelMs: 60_000,
};

/** The worker's heap: room for an 8 MiB feed at the parse limits (under 100 MB) beside the lexicons. */
export const INGEST_WORKER_HEAP_MB = 192;
/**
 * The worker's young generation. V8's default (tens of MB) is resident on top of the bot's own
 * heap; 8 MB keeps the peak of a 20,000-item ingest near what it was in one thread (about 290 MB
 * against 255, where the default gave 300–330).
 */
const INGEST_WORKER_YOUNG_MB = 8;

/** Starting the worker (loading the ingest's code, opening the database): a second or two; never half a minute. */
const START_MS = 30_000;

/** An idle worker is stopped after this long, giving its memory back between polls. */
const IDLE_MS = 2 * 60_000;

export interface IsolatedIngestOptions {
  workerData: IngestWorkerData;
  /** The main thread's ingester on the same file: source lists and failures recorded after a worker died. */
  ingester: Pick<Ingester, 'sources' | 'recordFailure'>;
  logger: Logger;
  now: () => Date;
  budgets?: Partial<IngestBudgets>;
  /** The worker's heap limit (default INGEST_WORKER_HEAP_MB). */
  heapMb?: number;
}

/** Ingest and integrity checks on a worker thread; the same contract as the ingester's `run`. */
export interface IsolatedIngest {
  run(sources?: string[], opts?: IngestRunOptions): Promise<IngestReport>;
  /** `PRAGMA quick_check`, off the calling thread. */
  checkIntegrity(): Promise<{ ok: boolean; detail?: string }>;
  /** Stops the worker (an ingest under way fails with "stopped"). */
  close(): Promise<void>;
}

/**
 * Where the worker's code is. From the TypeScript sources (tsx, vitest) a worker cannot load
 * `.ts` by itself: a two-line module registers tsx in the worker first. From the build it is `.js`.
 */
function workerScript(): URL {
  const self = import.meta.url;
  const entry = new URL(`./ingest-worker${self.endsWith('.ts') ? '.ts' : '.js'}`, self);
  if (!self.endsWith('.ts')) return entry;
  const require = createRequire(self);
  const tsxApi = pathToFileURL(require.resolve('tsx/package.json').replace(/package\.json$/, 'dist/esm/api/index.mjs')).href;
  const boot = `import { register } from ${JSON.stringify(tsxApi)};\nregister();\nawait import(${JSON.stringify(entry.href)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

type Job = {
  request: IngestWorkerRequest;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  /** What the worker said it was doing last: the failure's reason names it. */
  phase: WirePhase | { kind: 'start' | 'check' };
};

class WorkerStopped extends Error {
  constructor(
    message: string,
    readonly phase: Job['phase'],
  ) {
    super(message);
  }
}

function seconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function describe(phase: Job['phase']): string {
  switch (phase.kind) {
    case 'item': {
      const title = phase.item?.title ?? '';
      return `reading the item “${title.length > 60 ? `${title.slice(0, 60)}…` : title}”`;
    }
    case 'fetch':
      return 'fetching';
    case 'parse':
      return 'parsing';
    case 'store':
      return 'storing';
    case 'check':
      return 'checking the database';
    case 'model':
      return 'waiting on the model';
    default:
      return 'starting';
  }
}

/**
 * Runs the ingest on a worker thread with `resourceLimits`, one request at a time. Each phase the
 * worker announces (fetch, parse, each item, store) restarts a timer with that phase's budget;
 * when the timer fires or the worker dies (out of memory, a crash), the worker is terminated, the
 * feed's failure is recorded on the main thread's connection (so it backs off), an item it was
 * stuck on is stored unread in a fresh worker (so the next poll gets past it), and the next
 * request starts a new worker.
 */
export function createIsolatedIngest(opts: IsolatedIngestOptions): IsolatedIngest {
  const budgets: IngestBudgets = { ...DEFAULT_INGEST_BUDGETS, ...opts.budgets };
  const heapMb = opts.heapMb ?? INGEST_WORKER_HEAP_MB;
  const log = opts.logger;
  let worker: Worker | undefined;
  let ready: Promise<void> | undefined;
  let job: Job | undefined;
  let timer: NodeJS.Timeout | undefined;
  let idle: NodeJS.Timeout | undefined;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  const readyWorkers = new WeakSet<Worker>();

  const budgetOf = (phase: Job['phase']): number => {
    switch (phase.kind) {
      case 'fetch':
        return budgets.fetchMs;
      case 'parse':
        return budgets.parseMs;
      case 'item':
        return budgets.itemMs;
      case 'check':
        return budgets.checkMs;
      case 'model':
        return budgets.modelMs;
      case 'start':
        return START_MS;
      default:
        return budgets.storeMs;
    }
  };

  const arm = (phase: Job['phase']): void => {
    clearTimeout(timer);
    const ms = budgetOf(phase);
    timer = setTimeout(() => {
      void stop(new WorkerStopped(`gave up ${describe(phase)} after ${seconds(ms)}`, phase));
    }, ms);
  };

  /** Terminates the worker and fails the job under way with `err`. */
  const stop = async (err: Error): Promise<void> => {
    clearTimeout(timer);
    const w = worker;
    worker = undefined;
    ready = undefined;
    const j = job;
    job = undefined;
    j?.reject(err);
    if (w) {
      w.removeAllListeners();
      w.on('error', () => {});
      await w.terminate();
    }
  };

  const start = (): Promise<void> => {
    const w = new Worker(workerScript(), {
      workerData: opts.workerData,
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: INGEST_WORKER_YOUNG_MB, stackSizeMb: 4 },
      // The worker's own stdout/stderr are not the bot's: its log lines come as messages.
      stdout: true,
      stderr: true,
    });
    w.stdout.resume();
    w.stderr.resume();
    worker = w;
    const started = new Promise<void>((resolve, reject) => {
      w.on('message', (m: IngestWorkerMessage) => {
        switch (m.type) {
          case 'ready':
            readyWorkers.add(w);
            resolve();
            return;
          case 'log':
            log[m.level](m.obj, m.msg);
            return;
          case 'phase':
            // Setting an item aside hashes it again: that runs on the store's budget, not the item's.
            if (job && job.request.id === m.id && job.request.type !== 'skip') {
              job.phase = m.phase;
              arm(m.phase);
            }
            return;
          case 'done':
          case 'failed':
            if (!job || job.request.id !== m.id) return;
            clearTimeout(timer);
            if (m.type === 'done') job.resolve(m.result);
            else {
              const e = m.error.problem
                ? new DatabaseError(m.error.problem as DatabaseProblem, m.error.path ?? '', m.error.message)
                : Object.assign(new Error(m.error.message), { name: m.error.name });
              job.reject(e);
            }
            job = undefined;
            return;
        }
      });
      const died = (err: Error | undefined, code?: number) => {
        const phase = job?.phase ?? { kind: 'start' as const };
        const outOfMemory = (err as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
        const why = outOfMemory
          ? `ran out of memory (over ${heapMb} MB) ${describe(phase)}`
          : `the ingest worker stopped ${describe(phase)} (${err?.message ?? `exit code ${code}`})`;
        reject(new Error(why));
        if (worker === w) void stop(new WorkerStopped(why, phase));
      };
      w.on('error', (err) => died(err));
      w.on('exit', (code) => died(undefined, code));
    });
    return started;
  };

  /** Sends one request, starting a worker when none runs; rejects with WorkerStopped when the worker had to go. */
  const send = async (request: IngestWorkerRequest, phase: Job['phase']): Promise<unknown> => {
    clearTimeout(idle);
    if (!worker) ready = start();
    const w = worker!;
    const result = new Promise<unknown>((resolve, reject) => {
      // Until the worker says it is ready, whatever goes wrong happened while it started.
      job = { request, resolve, reject, phase: readyWorkers.has(w) ? phase : { kind: 'start' } };
    });
    // Settled by whichever comes first (an answer, a budget, a death); never left unobserved.
    result.catch(() => undefined);
    arm(job!.phase);
    w.ref();
    try {
      try {
        await ready;
      } catch (err) {
        // The worker died before it could take the request: `stop` has already failed the job.
        await result.catch(() => undefined);
        throw err instanceof WorkerStopped ? err : new WorkerStopped((err as Error).message, { kind: 'start' });
      }
      if (job?.request === request && job.phase.kind === 'start') {
        job.phase = phase;
        arm(phase);
      }
      w.postMessage(request);
      return await result;
    } finally {
      if (worker === w) {
        w.unref();
        idle = setTimeout(() => void stop(new Error('idle')), IDLE_MS);
        idle.unref();
      }
    }
  };

  /** One request at a time, in order. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const failed = (source: SourceSpec, reason: string): IngestSourceReport => ({
    source: source.label,
    status: 'failed',
    newItems: 0,
    duplicates: 0,
    irrelevant: 0,
    reason,
  });

  const ingestOne = async (source: SourceSpec): Promise<IngestSourceReport> => {
    try {
      return (await send({ id: nextId++, type: 'ingest', now: opts.now().toISOString(), source }, { kind: 'fetch', source: source.label })) as IngestSourceReport;
    } catch (err) {
      if (!(err instanceof WorkerStopped)) throw err;
      const phase = err.phase;
      let reason = err.message;
      if (phase.kind === 'item' && phase.item && phase.feed) {
        // Stored unread, so the next poll passes it as a duplicate instead of getting stuck again.
        try {
          await send(
            { id: nextId++, type: 'skip', now: opts.now().toISOString(), feed: phase.feed, item: phase.item, reason: err.message },
            { kind: 'store', source: source.label },
          );
          reason = `${err.message}; that item is kept unread`;
        } catch (skipErr) {
          log.error({ err: skipErr, source: source.label }, 'could not set a stuck item aside');
        }
      }
      log.warn({ source: source.label, reason }, 'feed failed');
      await opts.ingester.recordFailure(feedKeyOf(source), reason);
      return failed(source, reason);
    }
  };

  /** Items whose model read was put off or failed, read again once the sources are in; never fails the ingest. */
  const readLater = async (): Promise<void> => {
    try {
      await send({ id: nextId++, type: 'read-later', now: opts.now().toISOString() }, { kind: 'model', source: 'items to read again' });
    } catch (err) {
      if (!(err instanceof WorkerStopped)) throw err;
      log.warn({ reason: err.message }, 'reading items again with the model failed');
    }
  };

  return {
    run: (sources, runOpts = {}) =>
      serial(async () => {
        if (closed) throw new Error('the ingest has been stopped');
        const reports: IngestSourceReport[] = [];
        for (const source of opts.ingester.sources(sources, runOpts)) {
          reports.push(source.missingSnapshot ? failed(source, 'no offline snapshot') : await ingestOne(source));
        }
        if (opts.workerData.reader) await readLater();
        return { sources: reports };
      }),
    checkIntegrity: () =>
      serial(async () => {
        try {
          return (await send({ id: nextId++, type: 'check' }, { kind: 'check' })) as { ok: boolean; detail?: string };
        } catch (err) {
          if (err instanceof WorkerStopped) return { ok: false, detail: err.message };
          throw err;
        }
      }),
    async close() {
      closed = true;
      clearTimeout(idle);
      await stop(new Error('the ingest has been stopped'));
    },
  };
}
