import { readFileSync } from 'node:fs';
import { checkSync } from 'recheck';

/** recheck's verdict for one regex: safe (linear), or the complexity it proved (or could not decide). */
export type Verdict = 'safe' | 'polynomial' | 'exponential' | 'unknown';

export const VERDICTS_FILE = new URL('./recheck-verdicts.json', import.meta.url);

const RECHECK_VERSION = (JSON.parse(readFileSync(new URL('../../node_modules/recheck/package.json', import.meta.url), 'utf8')) as { version: string }).version;

export const verdictKey = (source: string, flags: string) => `${RECHECK_VERSION} /${source}/${flags}`;

/**
 * Verdicts already computed, keyed by recheck's version and the regex itself: recheck takes about a
 * quarter of a second per regex, so the test checks only regexes it has not seen (a changed regex
 * has a new key). `npx tsx tests/safety/update-verdicts.ts` refreshes the file.
 */
export function loadVerdicts(): Record<string, Verdict> {
  try {
    return JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as Record<string, Verdict>;
  } catch {
    return {};
  }
}

/** A long alternation (the compiled cue matcher) can need more than the default on a busy machine. */
export function recheck(source: string, flags: string, timeout = 10_000): Verdict {
  const r = checkSync(source, flags, { timeout });
  if (r.status === 'safe') return 'safe';
  if (r.status === 'vulnerable') return r.complexity.type === 'exponential' ? 'exponential' : 'polynomial';
  return 'unknown';
}
