import { createAskKnowledge } from './ask/knowledge.js';
import { buildBriefing, briefingToDoc } from './briefing/build.js';
import type { Core, CoreOptions } from './core.js';
import { DEFAULT_DOSSIER, DEFAULT_DOSSIER_DIR, listDossiers, loadDossier } from './dossier/load.js';
import { createIngester } from './ingest.js';
import { createIsolatedIngest, type IsolatedIngest } from './isolated-ingest.js';
import { silentLogger } from './logger.js';
import { listParties } from './parties.js';
import { createActorQueries } from './queries/actor.js';
import { createAsk } from './queries/ask.js';
import { createExplain } from './queries/explain.js';
import { createTimeline } from './queries/timeline.js';
import { createWhoLeads } from './queries/who-leads.js';
import { createSubscriptions } from './schedule/subscriptions.js';
import { isReadOnly, openDb, quickCheck, readOnlyError } from './store/db.js';
import { createDeliveries } from './store/deliveries.js';
import { createModelReads } from './store/model-reads.js';
import { readerHealth } from './reader/status.js';

/** Builds the core on one SQLite file and one dossier. The composition root and the CLI call this. */
export function createCore(opts: CoreOptions): Core & { readonly internals: CoreInternals } {
  const logger = opts.logger ?? silentLogger;
  const now = opts.now ?? (() => new Date());
  const dossierDir = opts.dossierDir ?? DEFAULT_DOSSIER_DIR;
  const dossier = loadDossier(opts.dossier ?? DEFAULT_DOSSIER, dossierDir);
  const db = openDb(opts.dbPath);
  // Subscriptions may name any dossier in the same folder, not only the one this core serves.
  const subscriptions = createSubscriptions(db, {
    defaultDossier: dossier.id,
    dossiers: () => listDossiers(dossierDir),
    loadDossier: (id) => loadDossier(id, dossierDir),
    now,
  });
  const fetchOptions = {
    ...(opts.feedTimeoutMs !== undefined ? { timeoutMs: opts.feedTimeoutMs } : {}),
    ...(opts.politenessMs !== undefined ? { politenessMs: opts.politenessMs } : {}),
    blockPrivateHosts: opts.allowPrivateFeeds !== true,
  };
  const ingestLog = logger.child({ part: 'ingest' });
  const reader = opts.reader;
  const ingester = createIngester({ db, dossier, logger: ingestLog, now, ...fetchOptions, ...(reader ? { reader } : {}) });
  const readOnly = isReadOnly(db);
  // Started on the first ingest: a core that only answers questions never pays for the thread.
  let isolated: IsolatedIngest | undefined;
  const isolatedIngest = (): IsolatedIngest => {
    isolated ??= createIsolatedIngest({
      workerData: { dbPath: opts.dbPath, dossier, ...fetchOptions, ...(reader ? { reader } : {}) },
      ingester,
      logger: ingestLog,
      now,
      // The reader gives up on its own after its timeout; the worker's budget is only the safety net behind it.
      budgets: { ...(reader ? { modelMs: reader.timeoutMs + 30_000 } : {}), ...opts.ingestBudgets },
    });
    return isolated;
  };
  const modelReads = reader ? createModelReads(db) : undefined;
  let integrity: { ok: boolean; detail?: string; checkedAt: string } | undefined;
  const deliveries = createDeliveries(db, { now });
  const whoLeads = createWhoLeads(db);
  const actors = createActorQueries(db);
  const tl = createTimeline(db, dossier, actors.resolveId);
  const anyItem = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM (SELECT 1 FROM items LIMIT 1)');
  const partiesOnRecord = db.prepare<[], { party: string }>(
    'SELECT party FROM delegations UNION SELECT party FROM event_parties ORDER BY 1',
  );

  const ask = createAsk(createAskKnowledge(db, dossier, { now, actor: actors.actor, timeline: tl.timeline }));

  let closed = false;
  return {
    internals: { db, dossier, ingester },
    whoLeads,
    actor: actors.actor,
    timeline: tl.timeline,
    explain: createExplain(db, dossier, ingester.writer),
    ask,
    briefingDoc(req) {
      return briefingToDoc(buildBriefing(db, dossier, req, now()));
    },
    readOnly,
    claimDelivery: (key) => deliveries.claim(key),
    async ingest(sources, o) {
      if (readOnly) throw readOnlyError(opts.dbPath);
      // The bundled snapshots are the project's own files; everything else is a stranger's.
      if (opts.isolateIngest === false || (o?.offline && (sources?.length ?? 0) === 0)) return ingester.run(sources, o);
      return isolatedIngest().run(sources, o);
    },
    async checkIntegrity() {
      const result = opts.isolateIngest === false ? quickCheck(db) : await isolatedIngest().checkIntegrity();
      integrity = { ...result, checkedAt: now().toISOString() };
      return result;
    },
    isEmpty: () => (anyItem.get()?.n ?? 0) === 0,
    subscriptions,
    suggest(kind, prefix, limit = 25) {
      const p = prefix.trim().toLowerCase().slice(0, 100);
      if (kind === 'actor') return actors.suggest(p, limit);
      if (kind === 'topic') {
        return dossier.topics.filter((t) => t.id.startsWith(p) || t.label.toLowerCase().includes(p)).map((t) => t.id).slice(0, limit);
      }
      const onRecord = partiesOnRecord.all().map((r) => r.party);
      const all = [...new Set([...onRecord, ...dossier.principals, ...listParties().map((x) => x.name)])];
      return all.filter((n) => n.toLowerCase().startsWith(p) || (p.length > 1 && n.toLowerCase().includes(p))).slice(0, limit);
    },
    health() {
      try {
        db.prepare('SELECT 1').get();
      } catch (err) {
        return { db: 'error', detail: (err as Error).message };
      }
      const model = reader && modelReads ? { reader: readerHealth(modelReads, reader, now()) } : {};
      if (integrity && !integrity.ok) {
        return { db: 'error', detail: `quick_check: ${integrity.detail ?? 'failed'}`, checkedAt: integrity.checkedAt, ...model };
      }
      return { db: 'ok', ...(integrity ? { checkedAt: integrity.checkedAt } : {}), ...model };
    },
    close() {
      if (closed) return;
      closed = true;
      void isolated?.close();
      db.close();
    },
  };
}

export interface CoreInternals {
  db: ReturnType<typeof openDb>;
  dossier: ReturnType<typeof loadDossier>;
  ingester: ReturnType<typeof createIngester>;
}
