import type { Server } from 'node:http';
import { hostname } from 'node:os';
import cron, { type ScheduledTask } from 'node-cron';
import { createDispatcher } from './adapters/dispatch.js';
import { createHealth, startHealthServer } from './adapters/health.js';
import { startShell } from './adapters/shell/shell.js';
import { AdapterStartError, type ChatAdapter } from './adapters/types.js';
import { type Config, ConfigError, dotEnvLine, loadConfig, loadDotEnv } from './config.js';
import { type Core, createCore, describeTarget, dossierDirs, type Logger, type Platform, type Poster, storeTarget } from './core/index.js';
import { createLogger } from './logging.js';
import { installProcessGuard } from './process-guard.js';

/** The bot's background jobs: node-cron ticks every minute, the work itself is in the core. */
interface Scheduler {
  /** Runs both jobs once now (feeds first, so a catch-up briefing after downtime is built from fresh items). */
  kick(): void;
  /** Stops the ticks; a job already running is left to the drain. */
  stop(): Promise<void>;
  /** When each job last ran and what it did, for /healthz. */
  status(): JobsStatus;
}

function startScheduler(deps: {
  core: Core;
  posters: Partial<Record<Platform, Poster>>;
  pollFeeds: boolean;
  logger: Logger;
  /** Counts a running job as in-flight work, so SIGTERM's drain waits for a post under way. */
  track: <T>(work: Promise<T>) => Promise<T>;
}): Scheduler {
  const schedLog = deps.logger.child({ part: 'schedule' });
  const feedLog = deps.logger.child({ part: 'feeds' });
  const runner = `${hostname()}:${process.pid}`;
  let stopped = false;
  let firstPoll: Promise<void> = Promise.resolve();

  /** One run at a time per job, whatever node-cron does: a slow pass (Retry-After waits) simply skips ticks. */
  const guarded = (name: string, log: Logger, job: () => Promise<void>) => {
    let busy = false;
    return (): Promise<void> => {
      if (busy || stopped) return Promise.resolve();
      busy = true;
      return deps.track(
        job()
          .catch((err: unknown) => log.error({ err, job: name }, 'scheduled job failed'))
          .finally(() => {
            busy = false;
          }),
      );
    };
  };

  const jobs: JobsStatus = { briefings: null, feeds: null };
  // quick_check reads the whole file (seconds on a large one): hourly, off the event loop; /healthz shows the result.
  const integrity = guarded('integrity', schedLog, async () => {
    const r = await deps.core.checkIntegrity();
    if (!r.ok) schedLog.error({ detail: r.detail }, 'database damaged: restore it from a backup');
  });
  const feeds = guarded('feeds', feedLog, async () => {
    // The core polls through its own ingest: on its worker thread, never on this event loop.
    const r = await deps.core.pollFeeds(new Date(), { logger: feedLog });
    jobs.feeds = { at: r.at, polled: r.polled.length, failed: r.polled.filter((p) => p.status === 'failed').length };
    if (r.polled.length > 0) feedLog.debug({ polled: r.polled, notDue: r.notDue }, 'feed poll');
  });
  const briefings = guarded('briefings', schedLog, async () => {
    await firstPoll;
    const at = new Date();
    const r = await deps.core.postDue({ at, posters: deps.posters, logger: schedLog, runner });
    jobs.briefings = { at: at.toISOString(), posted: r.posted, failed: r.failed, unreachable: r.gone };
    if (r.lines.length > 0) {
      schedLog.debug({ posted: r.posted, skipped: r.skipped, failed: r.failed, gone: r.gone, notDue: r.notDue, lines: r.lines }, 'briefing pass');
    }
  });

  // node-cron prints to the console by default; its warnings (missed ticks on a blocked loop) belong in our JSON log.
  const cronLog = deps.logger.child({ part: 'cron' });
  const text = (m: string | Error) => (m instanceof Error ? m.message : m);
  const logger = {
    info: (m: string) => cronLog.debug({}, m),
    warn: (m: string) => cronLog.warn({}, m),
    error: (m: string | Error, err?: Error) => cronLog.error({ err: err ?? m }, text(m)),
    debug: (m: string | Error) => cronLog.debug({}, text(m)),
  };
  const every = (name: string, job: () => Promise<void>) => cron.schedule('* * * * *', job, { name, noOverlap: true, logger });
  const tasks: ScheduledTask[] = [every('briefings', briefings), cron.schedule('17 * * * *', integrity, { name: 'integrity', noOverlap: true, logger })];
  if (deps.pollFeeds) tasks.push(every('feeds', feeds));

  return {
    kick() {
      if (deps.pollFeeds) firstPoll = feeds();
      void briefings();
      void integrity();
    },
    async stop() {
      stopped = true;
      await Promise.all(tasks.map(async (t) => t.destroy()));
    },
    status: () => ({ ...jobs }),
  };
}

/** The last run of each background job (null until it has run). */
interface JobsStatus {
  briefings: { at: string; posted: number; failed: number; unreachable: number } | null;
  feeds: { at: string; polled: number; failed: number } | null;
}

/**
 * The one composition root: config → logger → core → dispatcher → adapters. With no chat platform
 * configured, Parley runs as a terminal chat on stdin/stdout.
 */
async function main(): Promise<number> {
  let config: Config;
  try {
    const dotenv = loadDotEnv();
    if (dotenv) process.stderr.write(`parley: ${dotEnvLine(dotenv)}\n`);
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`parley: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const chat = config.slack !== undefined || config.discord !== undefined;
  const logger = createLogger({ level: config.logLevel ?? (chat ? 'info' : 'error') });
  // One request that makes a library throw outside our handlers must not take the bot down for everyone.
  installProcessGuard(logger.child({ component: 'process' }));
  const core = createCore({
    dbPath: config.dbPath,
    ...(config.databaseUrl !== undefined ? { databaseUrl: config.databaseUrl } : {}),
    dossier: config.dossier,
    dossierDir: dossierDirs(config.dossierDir),
    allowPrivateFeeds: config.allowPrivateFeeds,
    ...(config.reader ? { reader: config.reader } : {}),
    logger: logger.child({ component: 'core' }),
  });
  const dispatcher = createDispatcher({ core, logger: logger.child({ component: 'dispatch' }) });

  const adapters: ChatAdapter[] = [];
  /** The adapters that started: stopped at shutdown, and the only ones given posters. */
  const running: ChatAdapter[] = [];
  let scheduler: Scheduler | undefined;
  const health = createHealth({ core, adapters: () => adapters, inFlight: () => dispatcher.inFlight(), jobs: () => scheduler?.status() });
  // Loaded on demand: the shell should not pay for Bolt and discord.js at start.
  if (config.slack) {
    const { createSlackAdapter } = await import('./adapters/slack/slack-adapter.js');
    adapters.push(createSlackAdapter({ config: config.slack, dispatcher, logger, health, port: config.port, host: config.host }));
  }
  if (config.discord) {
    const { createDiscordAdapter } = await import('./adapters/discord/discord-adapter.js');
    adapters.push(createDiscordAdapter({ config: config.discord, dispatcher, logger }));
  }

  let healthServer: Server | undefined;
  let stopInput: (() => void) | undefined;
  let stopping: Promise<number> | undefined;

  // Stop taking work, let answers being written finish, then close the db: no half-sent replies, no torn writes.
  const shutdown = (reason: string): Promise<number> => {
    stopping ??= (async () => {
      logger.info({ reason, inFlight: dispatcher.inFlight() }, 'shutting down');
      stopInput?.();
      // No new scheduled pass may start once draining begins; a pass already posting is waited for below.
      await scheduler?.stop();
      const drained = await dispatcher.drain(config.shutdownTimeoutMs);
      if (!drained) logger.warn({ inFlight: dispatcher.inFlight() }, 'shutdown timeout: abandoning in-flight work');
      await Promise.allSettled(running.map((a) => a.stop()));
      if (healthServer) await new Promise<void>((r) => healthServer?.close(() => r()));
      await core.close();
      return 0;
    })();
    return stopping;
  };
  const onSignal = (sig: NodeJS.Signals) => {
    void shutdown(sig).then((code) => process.exit(code));
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);

  if (chat) {
    // Each adapter on its own: a refused Slack token must not take Discord down with it. One that
    // did not start stays in /healthz (down, with the reason), which then reports "degraded".
    const started = await Promise.allSettled(adapters.map((a) => a.start()));
    started.forEach((r, i) => {
      if (r.status === 'fulfilled') {
        running.push(adapters[i]!);
        return;
      }
      const name = adapters[i]!.name;
      // One line an operator can act on, not a stack trace.
      if (r.reason instanceof AdapterStartError) logger.error({ adapter: name }, `${name} did not start: ${r.reason.message}`);
      else logger.error({ adapter: name, err: r.reason }, `${name} did not start`);
    });
    if (running.length === 0) {
      process.stderr.write('parley: no chat platform could start (see above); stopping.\n');
      await shutdown('no adapter started');
      return 1;
    }
    const slackUp = running.some((a) => a.name === 'slack');
    if (!slackUp) {
      // Slack's receiver serves /healthz when it runs; otherwise a bare server does.
      const h = await startHealthServer({ port: config.port, host: config.host, health });
      healthServer = h.server;
      logger.info({ port: h.port }, 'health endpoint listening');
    }
    // Posters are separate HTTP clients (no gateway, no receiver), the same ones `parley post-due` builds.
    const posters: Partial<Record<Platform, Poster>> = {};
    // Only for platforms that started: posting with a refused token would mark channels unreachable.
    if (config.slack && slackUp) {
      const { createSlackPoster } = await import('./adapters/slack/slack-poster.js');
      posters.slack = createSlackPoster({ botToken: config.slack.botToken, ...(config.slack.apiUrl ? { apiUrl: config.slack.apiUrl } : {}), logger });
    }
    if (config.discord && running.some((a) => a.name === 'discord')) {
      const { createDiscordPoster } = await import('./adapters/discord/discord-poster.js');
      posters.discord = createDiscordPoster({ token: config.discord.token, ...(config.discord.apiUrl ? { apiUrl: config.discord.apiUrl } : {}), logger, replicas: config.replicas });
    }
    // A signal during the awaits above has already closed the database: start nothing.
    if (stopping) return stopping;
    if (core.readOnly) {
      // Questions need only reads; polling, subscriptions and briefings all write.
      logger.warn({ db: config.dbPath }, `${config.dbPath} is read-only: answering questions only (no feed polling, no scheduled briefings)`);
    } else {
      scheduler = startScheduler({ core, posters, pollFeeds: config.pollFeeds, logger, track: (w) => dispatcher.track(w) });
      scheduler.kick();
    }
    logger.info({ adapters: running.map((a) => a.name), feeds: config.pollFeeds ? 'polled' : 'off' }, 'parley is up');
    return new Promise<number>(() => {
      // Runs until a signal; shutdown() exits the process.
    });
  }

  const loadDemo = async () => {
    if (!await core.isEmpty()) return;
    const ids = (await core.dossiers()).map((d) => d.id);
    process.stdout.write(`Empty database at ${describeTarget(storeTarget(config))}: loading the bundled snapshots of ${ids.join(', ')}…\n`);
    await core.ingest(undefined, { offline: true });
  };
  const interactive = process.stdin.isTTY === true;
  // At a terminal the demo data loads before the prompt; piped input loads it only for a first question.
  if (interactive) await loadDemo();
  const shell = startShell({ dispatcher, input: process.stdin, output: process.stdout, interactive, beforeFirstLine: loadDemo });
  stopInput = shell.close;
  const { lines } = await shell.done;
  if (!interactive && lines === 0 && !stopping) {
    // A plain `docker run` or a service with no tokens: say so, and fail, rather than exit 0 having done nothing.
    process.stderr.write(NOTHING_TO_DO);
    await shutdown('no platform and no input');
    return 1;
  }
  return shutdown('end of input');
}

const NOTHING_TO_DO = `parley: no chat platform is configured and there is no terminal to chat in, so there is nothing to do.
  To run the bot, set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode), and/or
  DISCORD_TOKEN with DISCORD_APPLICATION_ID, in .env or the environment (see .env.example; Docker: --env-file .env).
  To chat in the terminal instead, run it at one (docker run -it …) or pipe questions in.
`;

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`parley: failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
