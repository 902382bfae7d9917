import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../../src/core/logger.js';
import type { ModelReading } from '../../src/core/reader/schema.js';
import { READER_DEFAULTS, type ReaderSettings } from '../../src/core/reader/settings.js';
import type { ModelFake } from '../support/model-fake.js';

/** The seed article read by hand into the reading schema, every quote copied from the article. */
export const SEED_READING = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'model', 'seed-reading.json'), 'utf8')) as ModelReading;

export const seedReading = (): ModelReading => structuredClone(SEED_READING);

/** Reader settings pointing at a fake; generous time, since the machine may be busy. */
export function readerSettings(fake: ModelFake, over: Partial<ReaderSettings> = {}): ReaderSettings {
  return {
    mode: 'both',
    url: fake.url,
    model: 'fake-model',
    dailyTokens: 1_000_000,
    timeoutMs: 20_000,
    concurrency: 2,
    maxOutputTokens: READER_DEFAULTS.maxOutputTokens,
    responseFormat: 'auto',
    bottomLine: false,
    ...over,
  };
}

/** A Logger that keeps every line, to look for what must (and must not) be said. */
export function recordingLogger(): Logger & { lines: { level: string; obj: object; msg?: string }[]; text(): string } {
  const lines: { level: string; obj: object; msg?: string }[] = [];
  const at = (level: string, bindings: object) => (obj: object, msg?: string) => {
    lines.push({ level, obj: { ...bindings, ...obj }, ...(msg !== undefined ? { msg } : {}) });
  };
  const make = (bindings: object): Logger => ({
    debug: at('debug', bindings),
    info: at('info', bindings),
    warn: at('warn', bindings),
    error: at('error', bindings),
    child: (b) => make({ ...bindings, ...b }),
  });
  return Object.assign(make({}), { lines, text: () => JSON.stringify(lines, (_k, v: unknown) => (v instanceof Error ? { message: v.message, stack: v.stack } : v)) });
}
