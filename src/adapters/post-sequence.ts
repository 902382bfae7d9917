import { type Logger, PostError } from '../core/index.js';

/**
 * Bounds shared by both posters. The runner's lease (LEASE_MS, 10 min) must outlast one
 * `post()`: each request times out after REQUEST_TIMEOUT_MS, and no continuation is started or
 * retried once POST_BUDGET_MS has passed since the first message went out, so one post() takes
 * at most about 15 s + 2 min + 15 s + 10 s.
 */
export const REQUEST_TIMEOUT_MS = 15_000;
export const POST_BUDGET_MS = 2 * 60_000;
/** Attempts per continuation message (the first message is retried by the runner, not here). */
export const CONTINUATION_ATTEMPTS = 3;
/** A continuation asked to wait longer than this is given up: the briefing's head is already out. */
const CONTINUATION_MAX_WAIT_MS = 10_000;

export interface SequenceOptions {
  logger: Logger;
  /** Waits between continuation attempts; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Sends a briefing's messages in order. Only the FIRST message's failure is thrown (as a PostError,
 * so the runner retries, waits or marks the channel): once it is out, throwing would make the
 * runner post the whole briefing again. A failed continuation is retried a little, then logged.
 */
export async function sendInOrder(
  count: number,
  send: (index: number) => Promise<void>,
  toPostError: (err: unknown) => PostError,
  opts: SequenceOptions,
): Promise<void> {
  const sleep = opts.sleep ?? realSleep;
  try {
    await send(0);
  } catch (err) {
    throw toPostError(err);
  }
  // With a fake sleep no real time passes: count the slept time too, so the budget holds in tests.
  const start = Date.now();
  let waited = 0;
  const elapsed = () => Math.max(Date.now() - start, waited);
  for (let i = 1; i < count; i++) {
    if (elapsed() >= POST_BUDGET_MS) {
      opts.logger.warn({ message: i + 1, of: count }, 'post budget spent; remaining continuation messages not posted');
      return;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await send(i);
        break;
      } catch (err) {
        const pe = toPostError(err);
        const delay = pe.kind === 'rate-limited' ? (pe.retryAfterMs ?? 1_000) : 1_000 * attempt;
        const retry =
          (pe.kind === 'rate-limited' || pe.kind === 'transient') &&
          attempt < CONTINUATION_ATTEMPTS &&
          delay <= CONTINUATION_MAX_WAIT_MS &&
          elapsed() + delay < POST_BUDGET_MS;
        if (!retry) {
          opts.logger.warn({ message: i + 1, of: count, kind: pe.kind, reason: pe.message }, 'continuation message not posted; the briefing stays partly posted');
          if (pe.kind === 'gone') return;
          break;
        }
        waited += delay;
        await sleep(delay);
      }
    }
  }
}

/** A PostError keeps its kind; anything unrecognised is worth retrying later. */
export function asPostError(err: unknown, prefix: string): PostError {
  if (err instanceof PostError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  return new PostError('transient', `${prefix}: ${msg}`, { cause: err });
}
