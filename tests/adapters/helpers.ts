import type { Logger } from '../../src/core/logger.js';
import { SEED_FEED, tempCore } from '../support/temp-core.js';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: object;
  msg?: string;
}

/** A Logger that keeps what it is told, so tests can check what was logged (and that secrets were not). */
export function recordingLogger(entries: LogEntry[] = [], bindings: Record<string, unknown> = {}): Logger & { entries: LogEntry[] } {
  const at =
    (level: LogEntry['level']) =>
    (obj: object, msg?: string): void => {
      entries.push({ level, obj: { ...bindings, ...obj }, ...(msg !== undefined ? { msg } : {}) });
    };
  return {
    entries,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (b) => recordingLogger(entries, { ...bindings, ...b }),
  };
}

/** The real core on a temp SQLite file, seeded with the Riyadh-talks article. */
export async function seededCore() {
  const t = tempCore();
  await t.core.ingest([SEED_FEED]);
  return t;
}

/** Polls until `check` stops throwing; for effects that land after an HTTP ack. The bound is only for a broken effect: wide. */
export async function eventually<T>(check: () => T, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
