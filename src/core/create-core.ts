import { createAskKnowledge } from './ask/knowledge.js';
import { buildBriefing, briefingToDoc } from './briefing/build.js';
import type { Core, CoreOptions } from './core.js';
import { DEFAULT_DOSSIER, DEFAULT_DOSSIER_DIR, listDossiers, loadDossier } from './dossier/load.js';
import { createIngester } from './ingest.js';
import { silentLogger } from './logger.js';
import { listParties } from './parties.js';
import { createActorQueries } from './queries/actor.js';
import { createAsk } from './queries/ask.js';
import { createTimeline } from './queries/timeline.js';
import { createWhoLeads } from './queries/who-leads.js';
import { createSubscriptions } from './schedule/subscriptions.js';
import { openDb } from './store/db.js';

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
  const ingester = createIngester({
    db,
    dossier,
    logger: logger.child({ part: 'ingest' }),
    now,
    ...(opts.feedTimeoutMs !== undefined ? { timeoutMs: opts.feedTimeoutMs } : {}),
    ...(opts.politenessMs !== undefined ? { politenessMs: opts.politenessMs } : {}),
    blockPrivateHosts: opts.allowPrivateFeeds !== true,
  });
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
    ask,
    briefingDoc(req) {
      return briefingToDoc(buildBriefing(db, dossier, req, now()));
    },
    ingest: (sources, o) => ingester.run(sources, o),
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
        return { db: 'ok' };
      } catch (err) {
        return { db: 'error', detail: (err as Error).message };
      }
    },
    close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}

export interface CoreInternals {
  db: ReturnType<typeof openDb>;
  dossier: ReturnType<typeof loadDossier>;
  ingester: ReturnType<typeof createIngester>;
}
