import pino from 'pino';
import { type LogLevel, REDACT_PATHS, redact } from './config.js';
import type { Logger } from './core/index.js';

function wrap(p: pino.Logger): Logger {
  // Token-shaped strings inside messages and error texts are scrubbed too, not only known keys.
  const call = (level: 'debug' | 'info' | 'warn' | 'error') => (obj: object, msg?: string) => {
    const safe = redact(obj instanceof Error ? { err: obj } : obj);
    if (msg === undefined) p[level](safe);
    else p[level](safe, redact(msg));
  };
  return {
    debug: call('debug'),
    info: call('info'),
    warn: call('warn'),
    error: call('error'),
    child: (bindings) => wrap(p.child(redact(bindings))),
  };
}

/** pino behind the core's Logger port; JSON lines on the given stream (stderr by default, stdout is the shell's). */
export function createLogger(opts: { level: LogLevel; fd?: number } = { level: 'info' }): Logger {
  const p = pino(
    {
      level: opts.level,
      base: { app: 'parley' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.err },
    },
    // Synchronous writes: the last lines before a SIGTERM exit must not be lost.
    pino.destination({ fd: opts.fd ?? 2, sync: true }),
  );
  return wrap(p);
}
