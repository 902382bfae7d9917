import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../core/index.js';

const ORDER: LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/** Bolt logs through our Logger port, so its lines get the same JSON shape and redaction. */
export function boltLogger(logger: Logger, initial: LogLevel = LogLevel.INFO): BoltLogger {
  let level = initial;
  let name = 'bolt';
  const at = (l: LogLevel, fn: (obj: object, msg?: string) => void) => (...msg: unknown[]) => {
    if (ORDER.indexOf(l) < ORDER.indexOf(level)) return;
    fn({ lib: name }, msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' '));
  };
  return {
    debug: at(LogLevel.DEBUG, (o, m) => logger.debug(o, m)),
    info: at(LogLevel.INFO, (o, m) => logger.info(o, m)),
    warn: at(LogLevel.WARN, (o, m) => logger.warn(o, m)),
    error: at(LogLevel.ERROR, (o, m) => logger.error(o, m)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n) => {
      name = n;
    },
  };
}
