import type { Agent } from 'undici';
import type { Logger } from '../logger.js';
import { decodeFeedBytes } from './decode.js';
import { defaultHostLimiter, type HostLimiter } from './host-limiter.js';
import { PrivateAddressError, pinnedLookup, privateLiteralOf, type Resolve } from './private-address.js';
import { jsonErrorHint, sniffBody } from './sniff.js';

/** Sent on every request: site owners can see who fetches and where to complain. */
export const USER_AGENT = 'Parley/0.1 (+https://github.com/parley-bot/parley)';

/** Defaults: generous for real feeds, small enough that a hostile one cannot hurt. */
export const FETCH_DEFAULTS = {
  timeoutMs: 10_000,
  maxBytes: 8 * 1024 * 1024,
  maxRedirects: 5,
  minHostIntervalMs: 1_000,
} as const;

/** A server's Retry-After is honoured up to a day; a feed asking for a year is not believed. */
const MAX_RETRY_AFTER_S = 24 * 60 * 60;

const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

/** Validators from the previous successful fetch, for a conditional GET. */
export interface FeedValidators {
  etag?: string | null;
  lastModified?: string | null;
}

/** Options for `fetchFeed`. */
export interface FetchFeedOptions {
  /** Per request (each redirect hop), covering connect, headers and the whole body. Default 10 s. */
  timeoutMs?: number;
  /** Body size cap in bytes (after decompression), enforced while streaming. Default 8 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Minimum pause between two requests to the same host. Default 1 s; tests pass 0. */
  minHostIntervalMs?: number;
  /** Per-host queue; defaults to one shared by the whole process. */
  limiter?: HostLimiter;
  /** ETag / Last-Modified from the last fetch: a 304 then yields `{ status: 'not-modified' }`. */
  validators?: FeedValidators;
  /**
   * Refuse hosts that resolve to loopback, private or link-local addresses, on every hop. Off here
   * (tests fetch from 127.0.0.1); the core turns it on unless the operator allows private feeds.
   */
  blockPrivateHosts?: boolean;
  /** Name resolution for the connections (default: the system resolver); tests inject one. */
  resolve?: Resolve;
  /** Aborts the fetch (e.g. at shutdown); surfaces as a FeedFetchError with code 'aborted'. */
  signal?: AbortSignal;
  logger?: Logger;
}

/** A fetched feed body, decoded to a string. */
export interface FetchedFeed {
  status: 'ok';
  body: string;
  /** The URL after redirects; store it if the feed moved permanently. */
  finalUrl: string;
  etag?: string;
  lastModified?: string;
  contentType?: string;
  /** The character encoding the body was decoded with. */
  charset: string;
}

/** The server confirmed the feed is unchanged since the validators were issued. */
export interface NotModified {
  status: 'not-modified';
  finalUrl: string;
}

/** What `fetchFeed` resolves to. */
export type FetchResult = FetchedFeed | NotModified;

/** Categories of fetch failure, for deciding whether and when to retry. */
export type FeedFetchErrorCode =
  | 'bad-url'
  | 'timeout'
  | 'too-large'
  | 'http'
  | 'redirects'
  | 'not-a-feed'
  | 'truncated'
  | 'network'
  | 'aborted';

/** A failed fetch. `message` is a short human reason, e.g. "timed out after 10 s", "HTTP 404". */
export class FeedFetchError extends Error {
  override readonly name = 'FeedFetchError';
  /** Machine-readable category. */
  readonly code: FeedFetchErrorCode;
  /** The URL being fetched when it failed (after any redirects). */
  readonly url: string;
  /** HTTP status, for code 'http'. */
  readonly httpStatus?: number;
  /** Seconds the server asked us to wait (429/503 Retry-After), capped at a day. */
  readonly retryAfter?: number;

  constructor(code: FeedFetchErrorCode, reason: string, url: string, extra: { httpStatus?: number; retryAfter?: number } = {}) {
    super(reason);
    this.code = code;
    this.url = url;
    if (extra.httpStatus !== undefined) this.httpStatus = extra.httpStatus;
    if (extra.retryAfter !== undefined) this.retryAfter = extra.retryAfter;
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

function formatBytes(n: number): string {
  const MiB = 1024 * 1024;
  if (n >= MiB && n % (MiB / 4) === 0) return `${n / MiB} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

/** Retry-After is either delta-seconds or an HTTP date. */
function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  let seconds: number;
  if (/^\d+$/.test(trimmed)) {
    seconds = Number(trimmed);
  } else {
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return undefined;
    seconds = Math.ceil((at - now) / 1000);
  }
  return Math.min(Math.max(seconds, 0), MAX_RETRY_AFTER_S);
}

/** A literal private address is refused before any connection; names are checked by the pinned lookup. */
function refusePrivateLiteral(hop: URL): void {
  const address = privateLiteralOf(hop);
  if (address !== null) throw new FeedFetchError('bad-url', new PrivateAddressError(hop.hostname, address).message, hop.toString());
}

type Undici = typeof import('undici');
let undici: Promise<Undici> | undefined;
/** undici is loaded on the first fetch: a process that only answers questions never pays its ~20 MB. */
const loadUndici = (): Promise<Undici> => (undici ??= import('undici'));

/**
 * One connection pool per policy. Each resolves names through `pinnedLookup`, so the address a
 * socket connects to is the one that was checked (no second DNS answer for a rebinding host).
 */
const agents: { refusePrivate?: Agent; allowPrivate?: Agent } = {};

/** The PrivateAddressError somewhere in a fetch failure's cause chain, if the lookup refused the host. */
function privateRefusal(err: unknown): PrivateAddressError | undefined {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof PrivateAddressError) return e;
  }
  return undefined;
}

function parseHttpUrl(url: string, context: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FeedFetchError('bad-url', `not a valid URL${context}`, url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FeedFetchError('bad-url', `unsupported scheme ${parsed.protocol}${context}`, url);
  }
  return parsed;
}

type HopResult =
  | { kind: 'redirect'; location: string; status: number }
  | { kind: 'not-modified' }
  | { kind: 'ok'; bytes: Uint8Array; headers: Headers };

interface HopContext {
  url: URL;
  timeoutMs: number;
  maxBytes: number;
  headers: Record<string, string>;
  signal: AbortSignal | undefined;
  dispatcher: Agent;
  fetch: Undici['fetch'];
}

async function discard(body: ReadableStream<Uint8Array> | null): Promise<void> {
  try {
    await body?.cancel();
  } catch {
    // The connection is being torn down anyway.
  }
}

/** One request, headers and body, under one timer that aborts the socket itself. */
async function requestOnce(ctx: HopContext): Promise<HopResult> {
  const href = ctx.url.toString();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ctx.timeoutMs);
  const onOuterAbort = (): void => controller.abort();
  ctx.signal?.addEventListener('abort', onOuterAbort, { once: true });

  const failure = (err: unknown, phase: 'connect' | 'body'): FeedFetchError => {
    if (err instanceof FeedFetchError) return err;
    const refused = privateRefusal(err);
    if (refused) return new FeedFetchError('bad-url', refused.message, href);
    if (timedOut) return new FeedFetchError('timeout', `timed out after ${formatSeconds(ctx.timeoutMs)}`, href);
    if (ctx.signal?.aborted) return new FeedFetchError('aborted', 'fetch cancelled', href);
    if (phase === 'body') return new FeedFetchError('truncated', 'connection closed before the body was complete', href);
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
    const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
    const detail = code !== '' ? code : cause instanceof Error ? cause.message : 'unknown error';
    return new FeedFetchError('network', `could not connect (${detail.slice(0, 60)})`, href);
  };

  try {
    if (ctx.signal?.aborted) throw new FeedFetchError('aborted', 'fetch cancelled', href);
    let res: Awaited<ReturnType<Undici['fetch']>>;
    try {
      res = await ctx.fetch(href, { headers: ctx.headers, redirect: 'manual', signal: controller.signal, dispatcher: ctx.dispatcher });
    } catch (err) {
      throw failure(err, 'connect');
    }

    if (res.status >= 300 && res.status < 400 && res.status !== 304) {
      await discard(res.body);
      const location = res.headers.get('location');
      if (location === null) throw new FeedFetchError('http', `HTTP ${res.status} without a Location`, href, { httpStatus: res.status });
      return { kind: 'redirect', location, status: res.status };
    }
    if (res.status === 304) {
      await discard(res.body);
      return { kind: 'not-modified' };
    }
    if (res.status < 200 || res.status >= 300) {
      await discard(res.body);
      const retryAfter = res.status === 429 || res.status === 503 ? parseRetryAfter(res.headers.get('retry-after'), Date.now()) : undefined;
      const reason = retryAfter !== undefined ? `HTTP ${res.status} (retry after ${retryAfter} s)` : `HTTP ${res.status}`;
      throw new FeedFetchError('http', reason, href, retryAfter !== undefined ? { httpStatus: res.status, retryAfter } : { httpStatus: res.status });
    }

    const tooLarge = new FeedFetchError('too-large', `response larger than ${formatBytes(ctx.maxBytes)}`, href);
    const declared = Number(res.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > ctx.maxBytes) {
      await discard(res.body);
      throw tooLarge;
    }
    if (res.body === null) return { kind: 'ok', bytes: new Uint8Array(0), headers: res.headers };

    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > ctx.maxBytes) {
          // Stop the download now; buffering further would let an endless feed eat memory.
          controller.abort();
          await reader.cancel().catch(() => undefined);
          throw tooLarge;
        }
        chunks.push(value);
      }
    } catch (err) {
      throw failure(err, 'body');
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { kind: 'ok', bytes, headers: res.headers };
  } finally {
    clearTimeout(timer);
    ctx.signal?.removeEventListener('abort', onOuterAbort);
  }
}

/**
 * Fetches a feed politely and defensively: http/https only (re-checked on every redirect hop),
 * a timeout per request that aborts the socket (headers and body), a size cap enforced while
 * streaming, at most `maxRedirects` redirects, a conditional GET from `validators`, an honest
 * User-Agent, and one request at a time per host with a pause between them.
 *
 * Refuses bodies served as HTML or JSON that do not look like a feed (a login page, an API
 * error), but accepts a real feed mislabelled as text/html, as misconfigured servers do.
 * Throws `FeedFetchError` with a short reason; 429/503 carry `retryAfter` in seconds.
 */
export async function fetchFeed(url: string, opts: FetchFeedOptions = {}): Promise<FetchResult> {
  const timeoutMs = opts.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = opts.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = opts.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const interval = opts.minHostIntervalMs ?? FETCH_DEFAULTS.minHostIntervalMs;
  const limiter = opts.limiter ?? defaultHostLimiter;
  const block = opts.blockPrivateHosts === true;
  // A custom resolver gets a pool of its own, closed when this fetch is done.
  const { Agent, fetch } = await loadUndici();
  // No keep-alive (pipelining 0): a feed is fetched once per poll, and a socket kept from the last
  // fetch can have been closed by the server while parsing held this thread (UND_ERR_SOCKET).
  const pool = (lookup: ReturnType<typeof pinnedLookup>) => new Agent({ pipelining: 0, connect: { lookup } });
  const ownAgent = opts.resolve ? pool(pinnedLookup(block, opts.resolve)) : undefined;
  const shared = block ? 'refusePrivate' : 'allowPrivate';
  agents[shared] ??= pool(pinnedLookup(block));
  const dispatcher = ownAgent ?? agents[shared];
  try {
    return await fetchHops(url, opts, { timeoutMs, maxBytes, maxRedirects, interval, limiter, dispatcher, fetch });
  } finally {
    await ownAgent?.close();
  }
}

/** `fetchFeed`'s options with the defaults applied and the connection pool chosen. */
interface HopSettings {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  interval: number;
  limiter: HostLimiter;
  dispatcher: Agent;
  fetch: Undici['fetch'];
}

async function fetchHops(url: string, opts: FetchFeedOptions, settings: HopSettings): Promise<FetchResult> {
  const { timeoutMs, maxBytes, maxRedirects, interval, limiter, dispatcher, fetch } = settings;
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: ACCEPT };
  if (opts.validators?.etag) headers['if-none-match'] = opts.validators.etag;
  if (opts.validators?.lastModified) headers['if-modified-since'] = opts.validators.lastModified;

  let current = parseHttpUrl(url, '');
  for (let redirects = 0; ; redirects++) {
    const hop = current;
    if (opts.blockPrivateHosts) refusePrivateLiteral(hop);
    const result = await limiter.schedule(hop.host, interval, () =>
      requestOnce({ url: hop, timeoutMs, maxBytes, headers, signal: opts.signal, dispatcher, fetch }),
    );

    if (result.kind === 'redirect') {
      if (redirects >= maxRedirects) {
        throw new FeedFetchError('redirects', `too many redirects (more than ${maxRedirects})`, hop.toString());
      }
      let next: URL;
      try {
        next = new URL(result.location, hop);
      } catch {
        throw new FeedFetchError('bad-url', 'redirected to an invalid URL', hop.toString());
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new FeedFetchError('bad-url', `redirected to unsupported scheme ${next.protocol}`, hop.toString());
      }
      opts.logger?.debug({ from: hop.toString(), to: next.toString(), status: result.status }, 'feed redirected');
      current = next;
      continue;
    }

    const finalUrl = hop.toString();
    if (result.kind === 'not-modified') return { status: 'not-modified', finalUrl };

    const contentType = result.headers.get('content-type') ?? undefined;
    const { text, charset } = decodeFeedBytes(result.bytes, contentType);
    const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
    const sniffed = sniffBody(text).kind;
    if (sniffed === 'html' || (mediaType === 'text/html' && sniffed !== 'feed')) {
      throw new FeedFetchError('not-a-feed', `not a feed (${mediaType ?? 'HTML'} page)`, finalUrl);
    }
    if (sniffed === 'json') {
      const hint = jsonErrorHint(text);
      const what = mediaType ?? 'JSON';
      throw new FeedFetchError('not-a-feed', hint ? `not a feed (${what} body: ${hint})` : `not a feed (${what} body)`, finalUrl);
    }

    const fetched: FetchedFeed = { status: 'ok', body: text, finalUrl, charset };
    const etag = result.headers.get('etag');
    const lastModified = result.headers.get('last-modified');
    if (etag !== null) fetched.etag = etag;
    if (lastModified !== null) fetched.lastModified = lastModified;
    if (contentType !== undefined) fetched.contentType = contentType;
    return fetched;
  }
}
