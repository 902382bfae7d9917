/**
 * The model reader: reads relevant items through any OpenAI-compatible endpoint, checks every
 * proposed fact against the item's text (`gate.ts`), and hands verified facts to the ingest to
 * merge with the rules'. It never holds an ingest up for longer than `timeoutMs` per source: what
 * is not read by then, or fails (429, 5xx, a hang, a malformed answer), is stored from the rules
 * now and read again later; the daily token budget, once spent, leaves the rules alone until the
 * next UTC day.
 */
import type { Logger } from '../logger.js';
import type { ModelReads, ReadKey } from '../store/model-reads.js';
import type { SqlClient } from '../store/sql.js';
import { type CallFailure, createModelClient, type ModelClient, ModelCallError } from './client.js';
import { type Verified, verifyReading } from './gate.js';
import { estimateTokens, PROMPT_VERSION } from './prompt.js';
import { MalformedAnswer, type ModelReading, parseReading } from './schema.js';
import { endpointForLog, type ReaderSettings } from './settings.js';

/** One relevant item to read. `sentences` are the rules' split of its text: evidence is tied to them. */
export interface ReadRequest {
  hash: string;
  title: string;
  text: string;
  /** ISO; the reference for relative dates. */
  published: string;
  publishedCertain: boolean;
  sentences: readonly string[];
  /** Failed tries so far (an item read again later): how long the next wait is. */
  tries?: number;
}

export type ReadOutcome =
  | { kind: 'read'; verified: Verified; cached: boolean }
  | {
      kind: 'deferred';
      /** Said in the logs and kept with the item. */
      why: string;
      /** An error or a malformed answer (counts a try), rather than a read put off. */
      failed: boolean;
      /** When to try again (the core's clock, ISO). */
      nextTryAt: string;
    };

export interface ModelReader {
  readonly settings: ReaderSettings;
  /** The cache key of an item's text for this model and prompt. */
  keyOf(hash: string): ReadKey;
  /**
   * Reads the items, cached ones without a call, the rest `concurrency` at a time, all within
   * `timeoutMs` of the call. `onCall` is told before each request (the isolated ingest re-arms its timer).
   */
  readAll(requests: readonly ReadRequest[], hooks?: { onCall?: () => void }): Promise<ReadOutcome[]>;
  /** Records a deferred read against its stored item, in the caller's transaction (`t`, its client). */
  defer(t: SqlClient, hash: string, itemId: number | null, outcome: Extract<ReadOutcome, { kind: 'deferred' }>): Promise<void>;
}

/** Failed tries before an item is left to the rules for good. */
export const MAX_TRIES = 5;
/** Calls to the endpoint per item within one ingest (the first and its retries). */
const MAX_ATTEMPTS = 3;
/** The first retry's pause when the endpoint asked for none; doubled each time. */
const BACKOFF_MS = 500;
/** The first "read later" delay after a failure; doubled per failed try, at most six hours. */
const LATER_MS = 5 * 60_000;
const LATER_MAX_MS = 6 * 3_600_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** The start of the next UTC day, when a spent budget is whole again. */
export function nextUtcDay(now: Date): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)).toISOString();
}

export interface ModelReaderDeps {
  settings: ReaderSettings;
  store: ModelReads;
  logger: Logger;
  /** The core's clock: days of the budget, "read later" times. */
  now: () => Date;
  /** Elapsed-time clock for deadlines (default `performance.now`); never the core's, which tests fix. */
  monotonic?: () => number;
  client?: ModelClient;
}

export function createModelReader(deps: ModelReaderDeps): ModelReader {
  const { settings, store } = deps;
  const log = deps.logger.child({ part: 'model-reader' });
  const clock = deps.monotonic ?? (() => performance.now());
  const client = deps.client ?? createModelClient(settings);
  const endpoint = endpointForLog(settings.url);
  /** Tokens promised to calls under way, so concurrent calls cannot overspend the day together. */
  let reserved = 0;
  /** The endpoint asked us to wait (a 429's Retry-After, a refusal): no call before this (elapsed-time clock). */
  let pausedUntil = 0;
  let budgetToldFor: string | undefined;
  const refusalsTold = new Set<string>();

  const keyOf = (hash: string): ReadKey => ({ hash, model: settings.model, promptVersion: PROMPT_VERSION });
  const day = () => deps.now().toISOString().slice(0, 10);
  const later = (ms: number) => new Date(deps.now().getTime() + ms).toISOString();
  const laterAfterFailure = (tries: number, asked?: number) => later(Math.max(asked ?? 0, Math.min(LATER_MAX_MS, LATER_MS * 2 ** tries)));

  const gate = (reading: ModelReading, r: ReadRequest): Verified =>
    verifyReading(reading, {
      title: r.title,
      text: r.text,
      sentences: r.sentences,
      published: new Date(r.published),
      publishedCertain: r.publishedCertain,
    });

  const deferred = (why: string, failed: boolean, nextTryAt: string): ReadOutcome => ({ kind: 'deferred', why, failed, nextTryAt });

  async function readOne(r: ReadRequest, deadline: number, hooks: { onCall?: () => void }): Promise<ReadOutcome> {
    const key = keyOf(r.hash);
    const messages = client.messages({ title: r.title, text: r.text, published: r.publishedCertain ? r.published : null });
    const estimate = estimateTokens(messages, settings.maxOutputTokens);
    for (let attempt = 0; ; attempt++) {
      if (pausedUntil > clock()) return deferred('the endpoint asked to wait', false, later(pausedUntil - clock()));
      const left = deadline - clock();
      if (left <= 0) return deferred('the ingest’s time for the model ran out', false, later(0));
      const today = day();
      const spent = (await store.usage(today)).tokens;
      if (spent + reserved + estimate > settings.dailyTokens) {
        if (budgetToldFor !== today) {
          budgetToldFor = today;
          await store.budgetSpent(today, deps.now().toISOString());
          log.warn({ model: settings.model, day: today, tokens: spent, dailyTokens: settings.dailyTokens }, 'model reader: the daily token budget is spent; rules only until 00:00 UTC');
        }
        return deferred('daily token budget spent', false, nextUtcDay(deps.now()));
      }
      reserved += estimate;
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), left);
      let failure: ModelCallError | undefined;
      let content: { content: string; tokens: number; truncated: boolean } | undefined;
      try {
        hooks.onCall?.();
        content = await client.complete(messages, abort.signal);
      } catch (err) {
        failure = err instanceof ModelCallError ? err : new ModelCallError('unavailable', err instanceof Error ? err.name : 'failed');
      } finally {
        clearTimeout(timer);
        reserved -= estimate;
      }
      if (failure) {
        await store.spend(today, { calls: 1 });
        const retryable: CallFailure[] = ['rate-limited', 'unavailable'];
        const wait = failure.retryAfterMs ?? BACKOFF_MS * 2 ** attempt;
        if (retryable.includes(failure.kind) && attempt + 1 < MAX_ATTEMPTS && clock() + wait < deadline) {
          await sleep(wait);
          continue;
        }
        if (failure.kind === 'rate-limited' && failure.retryAfterMs !== undefined) pausedUntil = Math.max(pausedUntil, clock() + failure.retryAfterMs);
        if (failure.kind === 'refused') {
          // A wrong key or model name fails every item alike: stop asking for a while.
          pausedUntil = Math.max(pausedUntil, clock() + LATER_MS);
          if (refusalsTold.has(failure.message)) return deferred(failure.message, true, laterAfterFailure(r.tries ?? 0));
          refusalsTold.add(failure.message);
          log.error({ model: settings.model, endpoint, reason: failure.message }, 'model reader: the endpoint refused the request (check PARLEY_MODEL, PARLEY_MODEL_URL and PARLEY_MODEL_API_KEY); rules read meanwhile');
        }
        return deferred(failure.kind === 'timeout' ? `no answer within ${Math.round(settings.timeoutMs / 1000)} s` : failure.message, true, laterAfterFailure(r.tries ?? 0, failure.retryAfterMs));
      }
      const answer = content!;
      await store.spend(today, { tokens: answer.tokens, calls: 1 });
      let reading: ModelReading;
      try {
        if (answer.truncated) throw new MalformedAnswer(`the answer was cut at ${settings.maxOutputTokens} tokens`);
        reading = parseReading(answer.content);
      } catch (err) {
        if (!(err instanceof MalformedAnswer)) throw err;
        return deferred(`malformed answer: ${err.message}`, true, laterAfterFailure(r.tries ?? 0));
      }
      await store.saveRead(key, JSON.stringify(reading), answer.tokens, deps.now().toISOString());
      const verified = gate(reading, r);
      const kept = verified.people.length + verified.delegations.length + verified.rounds.length;
      await store.recordGate(key, kept, verified.dropped.length);
      await store.spend(today, { dropped: verified.dropped.length });
      return { kind: 'read', verified, cached: false };
    }
  }

  return {
    settings,
    keyOf,
    async readAll(requests, hooks = {}) {
      const deadline = clock() + settings.timeoutMs;
      const out: ReadOutcome[] = new Array(requests.length);
      const todo: number[] = [];
      for (const [i, r] of requests.entries()) {
        const hit = await store.cached(keyOf(r.hash));
        if (hit !== undefined) {
          try {
            out[i] = { kind: 'read', verified: gate(parseReading(hit), r), cached: true };
            continue;
          } catch {
            // A reading cached under an older contract: read it again.
          }
        }
        todo.push(i);
      }
      let next = 0;
      const lane = async () => {
        while (next < todo.length) {
          const i = todo[next++]!;
          out[i] = await readOne(requests[i]!, deadline, hooks);
        }
      };
      await Promise.all(Array.from({ length: Math.min(settings.concurrency, todo.length) }, lane));
      const deferredOnes = out.filter((o) => o.kind === 'deferred');
      if (requests.length > 0) {
        const dropped = out.reduce((n, o) => n + (o.kind === 'read' ? o.verified.dropped.length : 0), 0);
        log.info(
          {
            model: settings.model,
            items: requests.length,
            cached: out.filter((o) => o.kind === 'read' && o.cached).length,
            read: out.filter((o) => o.kind === 'read' && !o.cached).length,
            later: deferredOnes.length,
            dropped,
            ...(deferredOnes.length ? { why: [...new Set(deferredOnes.map((o) => o.why))].slice(0, 3) } : {}),
          },
          'model reader',
        );
      }
      return out;
    },
    async defer(t, hash, itemId, o) {
      await store.within(t).defer(keyOf(hash), itemId, { at: deps.now().toISOString(), nextTryAt: o.nextTryAt, error: o.why, failed: o.failed, maxTries: MAX_TRIES });
    },
  };
}
