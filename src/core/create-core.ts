import { hostname } from 'node:os';
import { createAskKnowledge } from './ask/knowledge.js';
import { buildBriefing, briefingToDoc } from './briefing/build.js';
import type { Briefing } from './briefing/schema.js';
import type { Core, CoreOptions, DossierOption, DossierSummary } from './core.js';
import { UserError } from './errors.js';
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
import { POST_CONCURRENCY, shareBuilds } from './schedule/fan-out.js';
import { createFeedPoller, type FeedPoller, feedsOfAll } from './schedule/poll-feeds.js';
import { runDueBriefings } from './schedule/run-due.js';
import { createSubscriptions } from './schedule/subscriptions.js';
import { backupDb } from './store/backup.js';
import { type Db, isReadOnly, openDb, quickCheck, readOnlyError } from './store/db.js';
import { createDeliveries } from './store/deliveries.js';
import { gatedClient, postgresError, storeTarget } from './store/open.js';
import { dossierHasItems, dossierItemCount, partiesOnRecord, storeAnswers, storeIsEmpty } from './store/overview.js';
import { migratePostgres } from './store/pg-schema.js';
import { createPostgresClient, redactUrl } from './store/postgres.js';
import { createSqliteClient, type SqlClient } from './store/sql.js';
import { createModelReads } from './store/model-reads.js';
import { bottomLineRewriter } from './reader/bottom-line.js';
import { readerHealth } from './reader/status.js';

/** The queries of one dossier, built the first time it is asked about. */
function createScope(
  sql: SqlClient,
  dossier: LoadedDossier,
  now: () => Date,
  titleOf: (id: string) => string,
) {
  const actors = createActorQueries(sql, dossier.id, dossier.mediators, titleOf);
  const tl = createTimeline(sql, dossier, actors.resolveId);
  let explain: ReturnType<typeof createExplain> | undefined;
  return {
    dossier,
    whoLeads: createWhoLeads(sql, dossier),
    actors,
    timeline: tl.timeline,
    // The ask vocabulary (topics, synonyms, sides, places) is this dossier's.
    ask: createAsk(createAskKnowledge(sql, dossier, { now, actor: actors.actor, timeline: tl.timeline, titleOf })),
    // Built at the first explain (it makes the dossier's lexicon), then kept like the other queries.
    explain: async (ref: string) => {
      explain ??= createExplain(sql, dossier);
      return explain(ref);
    },
  };
}

/**
 * The store a core runs on: the SQLite file (`db`, and `sql` over it), or PostgreSQL (`sql` only,
 * its schema created or upgraded before the first statement runs).
 */
function openCoreStore(opts: CoreOptions, legacyDossier: string): { sql: SqlClient; db?: Db; where: string } {
  const target = storeTarget(opts);
  if (target.kind === 'sqlite') {
    const db = openDb(target.path, { legacyDossier });
    return { sql: createSqliteClient(db), db, where: target.path };
  }
  const pool = createPostgresClient(target.url);
  const ready = migratePostgres(pool).then(
    () => undefined,
    (err: unknown) => {
      throw postgresError(err, target.url);
    },
  );
  // Awaited by every call through the gate; a failure is reported there, not as an unhandled rejection.
  ready.catch(() => {});
  return { sql: gatedClient(pool, ready), where: redactUrl(target.url) };
}

/**
 * Builds the core on one store (the SQLite file, or PostgreSQL when `databaseUrl` is set) and the
 * dossiers of its folders: every query is about one dossier (the default unless named), and every
 * ingest reads each item for all of them. The composition root and the CLI call this.
 */
export function createCore(opts: CoreOptions): Core {
  const logger = opts.logger ?? silentLogger;
  const now = opts.now ?? (() => new Date());
  const catalog = createDossierCatalog({ ...(opts.dossierDir !== undefined ? { dirs: opts.dossierDir } : {}), ...(opts.dossier ? { defaultId: opts.dossier } : {}) });
  // The default dossier must exist: a typo in PARLEY_DOSSIER stops the start with the known ones.
  const defaultDossier = catalog.get();
  // Facts stored before they carried a dossier were the configured dossier's.
  const store = openCoreStore(opts, defaultDossier.id);
  const { sql } = store;
  // Subscriptions may name any dossier in the same folders, not only the default.
  const subscriptions = createSubscriptions(sql, {
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
  // Built on the first ingest: it reads every dossier's file, and a query needs only its own.
  let ingesterOnce: Ingester | undefined;
  const ingester = (): Ingester => {
    // The default dossier first: `parley ingest` reads its feeds first.
    const dossiers = [defaultDossier, ...catalog.all().filter((d) => d.id !== defaultDossier.id)];
    // On either store: the core's own client (its transactions queue with the core's other writes).
    ingesterOnce ??= createIngester({ sql, ...(store.db ? { db: store.db } : {}), dossier: defaultDossier, dossiers, logger: ingestLog, now, ...fetchOptions, ...(reader ? { reader } : {}) });
    return ingesterOnce;
  };
  const readOnly = store.db ? isReadOnly(store.db) : false;
  // Started on the first ingest: a core that only answers questions never pays for the thread.
  let isolated: IsolatedIngest | undefined;
  const isolatedIngest = (): IsolatedIngest => {
    isolated ??= createIsolatedIngest({
      // The worker opens the same store the core did (storeTarget on the same settings).
      workerData: { dbPath: opts.dbPath, ...(opts.databaseUrl !== undefined ? { databaseUrl: opts.databaseUrl } : {}), dossier: defaultDossier, dossiers: [...ingester().dossiers], ...fetchOptions, ...(reader ? { reader } : {}) },
      ingester: ingester(),
      logger: ingestLog,
      now,
      // The reader gives up on its own after its timeout; the worker's budget is only the safety net behind it.
      budgets: { ...(reader ? { modelMs: reader.timeoutMs + 30_000 } : {}), ...opts.ingestBudgets },
    });
    return isolated;
  };
  const modelReads = reader ? createModelReads(sql) : undefined;
  let integrity: { ok: boolean; detail?: string; checkedAt: string } | undefined;
  const deliveries = createDeliveries(sql, { now });

  const scopes = new Map<string, ReturnType<typeof createScope>>();
  /** The queries of a dossier id (default: the default dossier); UserError for an unknown one. */
  function scope(id: string | undefined): ReturnType<typeof createScope> {
    const key = id ?? defaultDossier.id;
    let s = scopes.get(key);
    if (!s) {
      s = createScope(sql, catalog.get(key), now, (id) => {
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
  async function label(d: LoadedDossier): Promise<{ dossier?: { id: string; title: string } }> {
    let held = 0;
    for (const id of catalog.ids()) if ((await dossierHasItems(sql, id)) && ++held > 1) return { dossier: { id: d.id, title: d.title } };
    return {};
  }

  /**
   * An answer from the dossier asked about. With none named, a question the default dossier has
   * nothing for (no delegation of that party, no such person, no event) is put to the other
   * dossiers holding items, and the first with an answer gives it, naming its dossier: a report
   * of another negotiation is read by that negotiation's dossier (or by other-negotiations), and
   * `who-leads Armenia` should find it without the asker knowing where it went. A named dossier
   * is only ever that one.
   */
  async function answered<T>(
    o: DossierOption,
    ask: (s: ReturnType<typeof scope>) => Promise<T>,
    empty: (r: T) => boolean,
  ): Promise<T & { dossier?: { id: string; title: string } }> {
    const s = scope(o.dossier);
    let first: T | undefined;
    let refusal: unknown;
    try {
      first = await ask(s);
      if (o.dossier !== undefined || !empty(first)) return { ...first, ...(await label(s.dossier)) };
    } catch (e) {
      if (o.dossier !== undefined || !(e instanceof UserError)) throw e;
      refusal = e;
    }
    for (const id of catalog.ids()) {
      if (id === s.dossier.id || !(await dossierHasItems(sql, id))) continue;
      let other: ReturnType<typeof scope>;
      try {
        other = scope(id);
      } catch {
        continue; // a dossier being written answers nothing until it loads
      }
      try {
        const r = await ask(other);
        if (!empty(r)) return { ...r, dossier: { id, title: other.dossier.title } };
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
      }
    }
    if (first === undefined) throw refusal;
    return { ...first, ...(await label(s.dossier)) };
  }

  /**
   * Per logger, built once: the scheduled jobs run every minute with the same logger, and the
   * model's bottom-line writer and the poller hold theirs. The pass logs where its caller asked
   * (`parley post-due` says warnings on stderr; the bot logs them as its scheduler's).
   */
  const rewriters = new WeakMap<Logger, ((b: Briefing) => Promise<Briefing>) | undefined>();
  const rewriterFor = (log: Logger) => {
    if (!rewriters.has(log)) rewriters.set(log, bottomLineRewriter(sql, reader, log));
    return rewriters.get(log);
  };
  const pollers = new WeakMap<Logger, FeedPoller>();
  const pollerFor = (log: Logger, core: Core): FeedPoller => {
    let p = pollers.get(log);
    if (!p) {
      // Through the core's own door: a feed ingest runs on the worker thread, never on the caller's event loop.
      // Every dossier's feeds, each once: each item is read for every dossier.
      p = createFeedPoller({ sql, ingester: { run: (sources, o) => core.ingest(sources, o) }, dossier: { feeds: feedsOfAll(catalog.all()) }, logger: log });
      pollers.set(log, p);
    }
    return p;
  };
  const scheduleLog = logger.child({ part: 'schedule' });
  const feedLog = logger.child({ part: 'feeds' });

  async function integrityOfServer(): Promise<{ ok: boolean; detail?: string }> {
    try {
      await storeAnswers(sql);
      return { ok: true };
    } catch (err) {
      return { ok: false, detail: (err as Error).message.replace(/\s+/g, ' ').slice(0, 300) };
    }
  }

  let closed = false;
  const core: Core = {
    defaultDossier: defaultDossier.id,
    async dossiers(): Promise<DossierSummary[]> {
      const ids = catalog.ids();
      const counts = new Map<string, number>();
      for (const id of ids) counts.set(id, await dossierItemCount(sql, id));
      return [defaultDossier.id, ...ids.filter((id) => id !== defaultDossier.id)].map((id) => {
        const items = counts.get(id) ?? 0;
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
    whoLeads: (party, o = {}) =>
      answered(o, (s) => s.whoLeads(party, o.round !== undefined ? { round: o.round } : {}), (r) => r.delegations.length === 0),
    actor: (name, o = {}) => answered(o, (s) => s.actors.actor(name), (r) => r.actor.delegations.length === 0),
    timeline: (query, o = {}) => answered(o, (s) => s.timeline(query), (r) => r.events.length === 0),
    explain: async (item, o = {}) => scope(o.dossier).explain(item),
    async ask(question, o = {}) {
      const s = scope(o.dossier);
      return { ...(await s.ask(question)), ...(await label(s.dossier)) };
    },
    async briefingDoc(req) {
      return briefingToDoc(await buildBriefing(sql, scope(req.dossier).dossier, req, now()));
    },
    briefing: async (req) => buildBriefing(sql, catalog.get(req.dossier), req, now()),
    async postDue(o) {
      const log = o.logger ?? scheduleLog;
      const rewrite = rewriterFor(log);
      // One build per distinct briefing of the pass, however many channels it goes to.
      const shared = shareBuilds(briefingBuilder(sql, catalog, rewrite));
      const report = await runDueBriefings(o.at ?? now(), {
        sql,
        buildDoc: shared.buildDoc,
        posters: o.posters,
        logger: log,
        runnerId: o.runner ?? `${hostname()}:${process.pid}`,
        concurrency: o.concurrency ?? POST_CONCURRENCY,
        ...(o.sleep ? { sleep: o.sleep } : {}),
        ...(o.random ? { random: o.random } : {}),
      });
      if (shared.builds() > 0) log.debug({ builds: shared.builds(), posted: report.posted, failed: report.failed }, 'briefings built for the pass');
      return report;
    },
    pollFeeds: (at, o = {}) => pollerFor(o.logger ?? feedLog, core).pollDue(at ?? now()),
    async backup(file) {
      if (!store.db) {
        throw new UserError(`the store is PostgreSQL (${store.where}): back it up with pg_dump, e.g. pg_dump --format=custom --file=parley.dump "$PARLEY_DATABASE_URL"`);
      }
      return backupDb(store.db, file);
    },
    // PostgreSQL checks its own pages (and checksums, when the cluster has them): answering is the check here.
    integrity: async () => (store.db ? quickCheck(store.db) : integrityOfServer()),
    storeKind: store.db ? 'sqlite' : 'postgres',
    readOnly,
    claimDelivery: (key) => deliveries.claim(key),
    async ingest(sources, o = {}) {
      if (readOnly) throw readOnlyError(opts.dbPath);
      // An unknown dossier is refused before anything is fetched.
      if (o.dossier !== undefined) catalog.get(o.dossier);
      // The bundled snapshots are the project's own files; everything else is a stranger's.
      if (opts.isolateIngest === false || (o.offline && (sources?.length ?? 0) === 0)) return ingester().run(sources, o);
      return isolatedIngest().run(sources, o);
    },
    async checkIntegrity() {
      const result = !store.db ? await integrityOfServer() : opts.isolateIngest === false ? quickCheck(store.db) : await isolatedIngest().checkIntegrity();
      integrity = { ...result, checkedAt: now().toISOString() };
      return result;
    },
    isEmpty: () => storeIsEmpty(sql),
    subscriptions: {
      subscribe: (input) => subscriptions.subscribe(input),
      unsubscribe: (ref) => subscriptions.unsubscribe(ref),
      list: (platform, workspace) => subscriptions.list(platform, workspace),
      forChannel: (ref) => subscriptions.forChannel(ref),
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
      const onRecord = await partiesOnRecord(sql, d.id);
      const all = [...new Set([...onRecord, ...d.principals, ...listParties().map((x) => x.name)])];
      return all.filter((n) => n.toLowerCase().startsWith(p) || (p.length > 1 && n.toLowerCase().includes(p))).slice(0, limit);
    },
    async health() {
      try {
        await storeAnswers(sql);
      } catch (err) {
        return { db: 'error', detail: (err as Error).message };
      }
      const model = reader && modelReads ? { reader: await readerHealth(modelReads, reader, now()) } : {};
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
      await sql.close();
      await stopping;
    },
  };
  return core;
}
