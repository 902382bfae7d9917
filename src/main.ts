import type { Server } from 'node:http';
import { createDispatcher } from './adapters/dispatch.js';
import { createHealth, startHealthServer } from './adapters/health.js';
import { startShell } from './adapters/shell/shell.js';
import type { ChatAdapter } from './adapters/types.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { createCore } from './core/create-core.js';
import { createLogger } from './logging.js';

/**
 * The one composition root: config → logger → core → dispatcher → adapters. With no chat platform
 * configured, Parley runs as a terminal chat on stdin/stdout.
 */
async function main(): Promise<number> {
  let config: Config;
  try {
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
  const core = createCore({ dbPath: config.dbPath, dossier: config.dossier, logger: logger.child({ component: 'core' }) });
  const dispatcher = createDispatcher({ core, logger: logger.child({ component: 'dispatch' }) });

  const adapters: ChatAdapter[] = [];
  const health = createHealth({ core, adapters: () => adapters, inFlight: () => dispatcher.inFlight() });
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
      const drained = await dispatcher.drain(config.shutdownTimeoutMs);
      if (!drained) logger.warn({ inFlight: dispatcher.inFlight() }, 'shutdown timeout: abandoning in-flight work');
      await Promise.allSettled(adapters.map((a) => a.stop()));
      if (healthServer) await new Promise<void>((r) => healthServer?.close(() => r()));
      core.close();
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
    try {
      await Promise.all(adapters.map((a) => a.start()));
    } catch (err) {
      logger.error({ err }, 'an adapter failed to start');
      await shutdown('start failed');
      return 1;
    }
    if (!config.slack) {
      // Slack's receiver serves /healthz when it runs; otherwise a bare server does.
      const h = await startHealthServer({ port: config.port, host: config.host, health });
      healthServer = h.server;
      logger.info({ port: h.port }, 'health endpoint listening');
    }
    logger.info({ adapters: adapters.map((a) => a.name) }, 'parley is up');
    return new Promise<number>(() => {
      // Runs until a signal; shutdown() exits the process.
    });
  }

  if (core.isEmpty()) {
    process.stdout.write(`Empty database at ${config.dbPath}: loading the bundled ${config.dossier} snapshots…\n`);
    await core.ingest(undefined, { offline: true });
  }
  const shell = startShell({ dispatcher, input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
  stopInput = shell.close;
  await shell.done;
  return shutdown('end of input');
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`parley: failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
