import type { Logger } from './core/index.js';

/** More uncaught errors than this within a minute means the process itself is broken: exit and be restarted. */
const MAX_PER_MINUTE = 20;

/**
 * Keeps the bot up when a library fails on one request outside any handler of ours (Bolt's
 * receiver threw on a signed `null` body inside a promise nobody awaited, which ended the
 * process): the error is logged with its stack, and the process carries on serving everyone
 * else. A burst of them (over 20 in a minute) is not one bad request but a broken process: it
 * exits with code 1 so the supervisor (Docker, systemd) starts a fresh one.
 */
export function installProcessGuard(
  logger: Logger,
  opts: { exit?: (code: number) => void; maxPerMinute?: number; target?: Pick<NodeJS.Process, 'on' | 'off'> } = {},
): () => void {
  const target = opts.target ?? process;
  const max = opts.maxPerMinute ?? MAX_PER_MINUTE;
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  const recent: number[] = [];
  const on = (kind: 'uncaughtException' | 'unhandledRejection') => (err: unknown) => {
    const now = Date.now();
    recent.push(now);
    while (recent.length > 0 && now - (recent[0] as number) > 60_000) recent.shift();
    if (recent.length > max) {
      logger.error({ err, kind, lastMinute: recent.length }, 'too many uncaught errors: exiting so the process is restarted');
      exit(1);
      return;
    }
    logger.error({ err, kind }, 'uncaught error outside any handler; carrying on');
  };
  const onException = on('uncaughtException');
  const onRejection = on('unhandledRejection');
  target.on('uncaughtException', onException);
  target.on('unhandledRejection', onRejection);
  return () => {
    target.off('uncaughtException', onException);
    target.off('unhandledRejection', onRejection);
  };
}
