import { hostname } from 'node:os';
import { createAskKnowledge } from './ask/knowledge.js';
import { buildBriefing, briefingToDoc } from './briefing/build.js';
import type { Briefing } from './briefing/schema.js';
import type { Core, CoreOptions, DossierSummary } from './core.js';
import { createDossierCatalog, dossierFile, type LoadedDossier } from './dossier/load.js';
import { createIngester, type Ingester } from './ingest.js';
import { createIsolatedIngest, type IsolatedIngest } from './isolated-ingest.js';
import { type Logger, silentLogger } from './logger.js';
import { listParties } from './parties.js';
import { createActorQueries } from './queries/actor.js';
import { createAsk } from './queries/ask.js';
import { createExplain } from './queries/explain.js';
import { createTimeline } from './queries/timeline.js';
import { createWhoLeads } from './queries/who-leads.js';
import { briefingBuilder } from './schedule/briefing-doc.js';
import { createFeedPoller, type FeedPoller, feedsOfAll } from './schedule/poll-feeds.js';
import { runDueBriefings } from './schedule/run-due.js';
import { createSubscriptions } from './schedule/subscriptions.js';
import { backupDb } from './store/backup.js';
import { isReadOnly, openDb, quickCheck, readOnlyError } from './store/db.js';
import { createDeliveries } from './store/deliveries.js';
import { createModelReads } from './store/model-reads.js';
import { bottomLineRewriter } from './reader/bottom-line.js';
import { readerHealth } from './reader/status.js';
import { createKnowledgeWriter } from './store/knowledge.js';
import { createSqliteClient, type SqlClient } from './store/sql.js';

/** The queries of one dossier, built the first time it is asked about. */
function createScope(
  sql: SqlClient,
  db: ReturnType<typeof openDb>,
  dossier: LoadedDossier,
  now: () => Date,
  writer: ReturnType<typeof createKnowledgeWriter>,
  titleOf: (id: string) => string,
) {
  const actors = createActorQueries(sql, dossier.id, dossier.mediators, titleOf);
  const tl = createTimeline(sql, dossier, actors.resolveId);
  return {
    dossier,
    whoLeads: createWhoLeads(sql, dossier),
    actors,
    timeline: tl.timeline,
    // The ask vocabulary (topics, synonyms, sides, places) is this dossier's.
    ask: createAsk(createAskKnowledge(sql, dossier, { now, actor: actors.actor, timeline: tl.timeline, titleOf })),
    explain: createExplain(sql, db, dossier, writer),
  };
}

/**
 * Builds the core on one SQLite file and the dossiers of its folders: every query is about one
 * dossier (the default unless named), and every ingest reads each item for all of them. The
 * composition root and the CLI call this.
 */
export function createCore(opts: CoreOptions): Core {
  const logger = opts.logger ?? silentLogger;
  const now = opts.now ?? (() => new Date());
  const catalog = createDossierCatalog({ ...(opts.dossierDir !== undefined ? { dirs: opts.dossierDir } : {}), ...(opts.dossier ? { defaultId: opts.dossier } : {}) });
  // The default dossier must exist: a typo in PARLEY_DOSSIER stops the start with the known ones.
  const defaultDossier = catalog.get();
  // Facts stored before they carried a dossier were the configured dossier's.
  const db = openDb(opts.dbPath, { legacyDossier: defaultDossier.id });
  // The queries read through the async client (store/reads); the rest still uses the handle.
  const sql = createSqliteClient(db);
  // Subscriptions may name any dossier in the same folders, not only the default.
  const subscriptions = createSubscriptions(db, {
    defaultDossier: defaultDossier.id,
    dossiers: () => catalog.ids(),
    loadDossier: (id) => catalog.get(id),
    now,
  });
  const fetchOptions = {
    ...(opts.feedTimeoutMs !== undefined ? { timeoutMs: opts.feedTimeoutMs } : {}),
    ...(opts.politenessMs !== undefined ? { politenessMs: opts.politenessMs } : {}),
    blockPrivateHosts: opts.allowPrivateFeeds !== true,
  };
  const ingestLog = logger.child({ part: 'ingest' });
  const reader = opts.reader;
  const writer = createKnowledgeWriter(db);
  // Built on the first ingest: it reads every dossier's file, and a query needs only its own.
  let ingesterOnce: Ingester | undefined;
  const ingester = (): Ingester => {
    // The default dossier first: `parley ingest` reads its feeds first.
    const dossiers = [defaultDossier, ...catalog.all().filter((d) => d.id !== defaultDossier.id)];
    ingesterOnce ??= createIngester({ db, dossier: defaultDossier, dossiers, logger: ingestLog, now, ...fetchOptions, ...(reader ? { reader } : {}) });
    return ingesterOnce;
  };
  const readOnly = isReadOnly(db);
  // Started on the first ingest: a core that only answers questions never pays for the thread.
  let isolated: IsolatedIngest | undefined;
  const isolatedIngest = (): IsolatedIngest => {
    isolated ??= createIsolatedIngest({
      workerData: { dbPath: opts.dbPath, dossier: defaultDossier, dossiers: [...ingester().dossiers], ...fetchOptions, ...(reader ? { reader } : {}) },
      ingester: ingester(),
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
  const anyItem = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM (SELECT 1 FROM items LIMIT 1)');
  const hasItems = db.prepare<[string], { n: number }>('SELECT EXISTS (SELECT 1 FROM item_dossiers WHERE dossier = ?) AS n');
  const itemCount = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM item_dossiers WHERE dossier = ?');
  const partiesOnRecord = db.prepare<[string, string], { party: string }>(
    'SELECT party FROM delegations WHERE dossier = ? UNION SELECT p.party FROM event_parties p JOIN events e ON e.id = p.event_id WHERE e.dossier = ? ORDER BY 1',
  );

  const scopes = new Map<string, ReturnType<typeof createScope>>();
  /** The queries of a dossier id (default: the default dossier); UserError for an unknown one. */
  function scope(id: string | undefined): ReturnType<typeof createScope> {
    const key = id ?? defaultDossier.id;
    let s = scopes.get(key);
    if (!s) {
      s = createScope(sql, db, catalog.get(key), now, writer, (id) => {
        try {
          return catalog.get(id).title;
        } catch {
          return id;
        }
      });
      scopes.set(key, s);
    }
    return s;
  }
  /**
   * The dossier an answer names, when the database holds facts of more than one: a reader of
   * one negotiation then knows the answer is not about another.
   */
  function label(d: LoadedDossier): { dossier?: { id: string; title: string } } {
    let held = 0;
    for (const id of catalog.ids()) if (hasItems.get(id)?.n === 1 && ++held > 1) return { dossier: { id: d.id, title: d.title } };
    return {};
  }

  /**
   * Per logger, built once: the scheduled jobs run every minute with the same logger, and the
   * model's bottom-line writer and the poller hold theirs. The pass logs where its caller asked
   * (`parley post-due` says warnings on stderr; the bot logs them as its scheduler's).
   */
  const rewriters = new WeakMap<Logger, ((b: Briefing) => Promise<Briefing>) | undefined>();
  const rewriterFor = (log: Logger) => {
    if (!rewriters.has(log)) rewriters.set(log, bottomLineRewriter(db, reader, log));
    return rewriters.get(log);
  };
  const pollers = new WeakMap<Logger, FeedPoller>();
  const pollerFor = (log: Logger, core: Core): FeedPoller => {
    let p = pollers.get(log);
    if (!p) {
      // Through the core's own door: a feed ingest runs on the worker thread, never on the caller's event loop.
      // Every dossier's feeds, each once: each item is read for every dossier.
      p = createFeedPoller({ db, ingester: { run: (sources, o) => core.ingest(sources, o) }, dossier: { feeds: feedsOfAll(catalog.all()) }, logger: log });
      pollers.set(log, p);
    }
    return p;
  };
  const scheduleLog = logger.child({ part: 'schedule' });
  const feedLog = logger.child({ part: 'feeds' });

  let closed = false;
  const core: Core = {
    defaultDossier: defaultDossier.id,
    async dossiers(): Promise<DossierSummary[]> {
      const ids = catalog.ids();
      return [defaultDossier.id, ...ids.filter((id) => id !== defaultDossier.id)].map((id) => {
        const items = itemCount.get(id)?.n ?? 0;
        const isDefault = id === defaultDossier.id;
        try {
          const d = catalog.get(id);
          return { id, title: d.title, timezone: d.timezone, file: d.file, items, isDefault };
        } catch (err) {
          // A dossier being written is listed with what is wrong, not hidden, and lists the others.
          const problem = (err as Error).message.split('\n').slice(1, 2).join('').trim() || (err as Error).message;
          return { id, title: '', timezone: '', file: dossierFile(id, catalog.dirs) ?? '', items, isDefault, problem };
        }
      });
    },
    async whoLeads(party, o = {}) {
      const s = scope(o.dossier);
      return { ...(await s.whoLeads(party, o.round !== undefined ? { round: o.round } : {})), ...label(s.dossier) };
    },
    async actor(name, o = {}) {
      const s = scope(o.dossier);
      return { ...(await s.actors.actor(name)), ...label(s.dossier) };
    },
    async timeline(query, o = {}) {
      const s = scope(o.dossier);
      return { ...(await s.timeline(query)), ...label(s.dossier) };
    },
    explain: async (item, o = {}) => scope(o.dossier).explain(item),
    async ask(question, o = {}) {
      const s = scope(o.dossier);
      return { ...(await s.ask(question)), ...label(s.dossier) };
    },
    async briefingDoc(req) {
      return briefingToDoc(await buildBriefing(sql, scope(req.dossier).dossier, req, now()));
    },
    briefing: async (req) => buildBriefing(sql, catalog.get(req.dossier), req, now()),
    async postDue(o) {
      const log = o.logger ?? scheduleLog;
      const rewrite = rewriterFor(log);
      return runDueBriefings(o.at ?? now(), {
        db,
        buildDoc: briefingBuilder(sql, catalog, rewrite),
        posters: o.posters,
        logger: log,
        runnerId: o.runner ?? `${hostname()}:${process.pid}`,
        ...(o.sleep ? { sleep: o.sleep } : {}),
        ...(o.random ? { random: o.random } : {}),
      });
    },
    pollFeeds: (at, o = {}) => pollerFor(o.logger ?? feedLog, core).pollDue(at ?? now()),
    backup: (file) => backupDb(db, file),
    integrity: async () => quickCheck(db),
    readOnly,
    claimDelivery: async (key) => deliveries.claim(key),
    async ingest(sources, o = {}) {
      if (readOnly) throw readOnlyError(opts.dbPath);
      // An unknown dossier is refused before anything is fetched.
      if (o.dossier !== undefined) catalog.get(o.dossier);
      // The bundled snapshots are the project's own files; everything else is a stranger's.
      if (opts.isolateIngest === false || (o.offline && (sources?.length ?? 0) === 0)) return ingester().run(sources, o);
      return isolatedIngest().run(sources, o);
    },
    async checkIntegrity() {
      const result = opts.isolateIngest === false ? quickCheck(db) : await isolatedIngest().checkIntegrity();
      integrity = { ...result, checkedAt: now().toISOString() };
      return result;
    },
    isEmpty: async () => (anyItem.get()?.n ?? 0) === 0,
    subscriptions: {
      subscribe: async (input) => subscriptions.subscribe(input),
      unsubscribe: async (ref) => subscriptions.unsubscribe(ref),
      list: async (platform, workspace) => subscriptions.list(platform, workspace),
      forChannel: async (ref) => subscriptions.forChannel(ref),
      validate: (input, existing) => subscriptions.validate(input, existing),
    },
    async suggest(kind, prefix, limit = 25, dossier) {
      const p = prefix.trim().toLowerCase().slice(0, 100);
      if (kind === 'actor') return scope(dossier).actors.suggest(p, limit);
      if (kind === 'dossier') return catalog.ids().filter((id) => id.startsWith(p) || (p.length > 1 && id.includes(p))).slice(0, limit);
      const d = scope(dossier).dossier;
      if (kind === 'topic') {
        return d.topics.filter((t) => t.id.startsWith(p) || t.label.toLowerCase().includes(p)).map((t) => t.id).slice(0, limit);
      }
      const onRecord = partiesOnRecord.all(d.id, d.id).map((r) => r.party);
      const all = [...new Set([...onRecord, ...d.principals, ...listParties().map((x) => x.name)])];
      return all.filter((n) => n.toLowerCase().startsWith(p) || (p.length > 1 && n.toLowerCase().includes(p))).slice(0, limit);
    },
    async health() {
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
    async close() {
      if (closed) return;
      closed = true;
      // The store closes at once; the worker thread's stop is awaited after.
      const stopping = isolated?.close();
      db.close();
      await stopping;
    },
  };
  return core;
}
