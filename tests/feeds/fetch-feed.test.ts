import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createHostLimiter,
  FeedFetchError,
  type FetchFeedOptions,
  type FetchResult,
  fetchFeed,
  parseFeed,
  USER_AGENT,
} from '../../src/core/feeds/index.js';
import { CYRILLIC_TITLE, type FeedServer, OK_ETAG, OK_LAST_MODIFIED, startFeedServer } from '../support/feed-server.js';

let server: FeedServer;

/**
 * Test defaults: no politeness pause. The timeout only bounds fetches that must succeed, so it is
 * wide (a busy machine must not fail them); tests of the timeout itself set a short one.
 */
const FAST: FetchFeedOptions = { minHostIntervalMs: 0, timeoutMs: 30_000, limiter: createHostLimiter() };

beforeAll(async () => {
  server = await startFeedServer({ dripIntervalMs: 50 });
});
afterAll(async () => {
  await server.close();
});

/** Waits until the server saw the client hang up on `path` (the socket really closed). */
async function expectAbandoned(path: string, count: number): Promise<void> {
  // Bounded only so a broken abort fails the test rather than hanging it; normally a few ms.
  const deadline = Date.now() + 10_000;
  while (server.abandoned(path) < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  expect(server.abandoned(path)).toBe(count);
}

async function fetchError(path: string, opts: FetchFeedOptions = {}): Promise<FeedFetchError> {
  try {
    await fetchFeed(server.url(path), { ...FAST, ...opts });
  } catch (err) {
    if (err instanceof FeedFetchError) return err;
    throw err;
  }
  throw new Error(`expected ${path} to fail`);
}

function okBody(res: FetchResult): string {
  if (res.status !== 'ok') throw new Error(`expected ok, got ${res.status}`);
  return res.body;
}

describe('fetchFeed on ordinary feeds', () => {
  it('returns the body, validators and final URL, and identifies itself honestly', async () => {
    const res = await fetchFeed(server.url('/ok'), FAST);
    expect(res).toMatchObject({ status: 'ok', finalUrl: server.url('/ok'), etag: OK_ETAG, lastModified: OK_LAST_MODIFIED, charset: 'utf-8' });
    expect(okBody(res)).toContain('Talks resume');
    expect(server.requests('/ok').at(-1)?.headers['user-agent']).toBe(USER_AGENT);
  });

  it('sends If-None-Match and If-Modified-Since and reports not-modified on 304', async () => {
    const res = await fetchFeed(server.url('/ok'), { ...FAST, validators: { etag: OK_ETAG, lastModified: OK_LAST_MODIFIED } });
    expect(res).toEqual({ status: 'not-modified', finalUrl: server.url('/ok') });
    const headers = server.requests('/ok').at(-1)?.headers;
    expect(headers?.['if-none-match']).toBe(OK_ETAG);
    expect(headers?.['if-modified-since']).toBe(OK_LAST_MODIFIED);
  });

  it('gets the full body again when the stored ETag is stale', async () => {
    const res = await fetchFeed(server.url('/ok'), { ...FAST, validators: { etag: '"old"' } });
    expect(res.status).toBe('ok');
  });

  it('follows up to five redirects and reports where it landed', async () => {
    const res = await fetchFeed(server.url('/redirect-chain/5'), FAST);
    expect(res.status).toBe('ok');
    expect(res.finalUrl).toBe(server.url('/ok'));
  });

  it('accepts a real feed that the server mislabels as text/html', async () => {
    const res = await fetchFeed(server.url('/html-labelled-feed'), FAST);
    expect(okBody(res)).toContain('<rss');
  });

  it('decodes windows-1251 when the Content-Type charset says so', async () => {
    const parsed = await parseFeed(okBody(await fetchFeed(server.url('/cp1251-header'), FAST)));
    expect(parsed.items[0]?.title).toBe(CYRILLIC_TITLE);
  });

  it('decodes windows-1251 when only the XML declaration says so', async () => {
    const res = await fetchFeed(server.url('/cp1251-decl'), FAST);
    expect(res).toMatchObject({ charset: 'windows-1251' });
    expect((await parseFeed(okBody(res))).items[0]?.title).toBe(CYRILLIC_TITLE);
  });

  it('decodes ISO-8859-1 from the header', async () => {
    const parsed = await parseFeed(okBody(await fetchFeed(server.url('/latin1-header'), FAST)));
    expect(parsed.items[0]?.title).toBe('Négociations à Genève');
  });
});

describe('fetchFeed against hostile or broken servers', () => {
  it('aborts a feed that drips bytes slower than the timeout', async () => {
    // The server drips forever: only the timeout can end this fetch, and the socket must close.
    const err = await fetchError('/slow', { timeoutMs: 300 });
    expect(err.code).toBe('timeout');
    expect(err.message).toBe('timed out after 0.3 s');
    await expectAbandoned('/slow', 1);
  });

  it('aborts a server that never sends headers', async () => {
    const err = await fetchError('/slow-headers', { timeoutMs: 250 });
    expect(err.message).toBe('timed out after 0.25 s');
    await expectAbandoned('/slow-headers', 1);
  });

  it('stops an endless feed at the size cap, not at the timeout, and without growing memory', async () => {
    const before = process.memoryUsage().rss;
    // 'too-large' rather than 'timeout' is what shows the cap, not the clock, ended it.
    const err = await fetchError('/endless', { maxBytes: 1024 * 1024 });
    expect(err.code).toBe('too-large');
    expect(err.message).toBe('response larger than 1 MiB');
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    await expectAbandoned('/endless', 1);
  });

  it('stops a chunked body beyond the default 8 MiB cap', async () => {
    const err = await fetchError('/huge');
    expect(err.code).toBe('too-large');
    expect(err.message).toBe('response larger than 8 MiB');
  });

  it('refuses a declared Content-Length beyond the cap without reading the body', async () => {
    const err = await fetchError('/huge-declared', { maxBytes: 64 * 1024 });
    expect(err.message).toBe('response larger than 64 KiB');
    await expectAbandoned('/huge-declared', 1);
  });

  it('reports a body cut short of its Content-Length', async () => {
    const err = await fetchError('/truncated');
    expect(err.code).toBe('truncated');
    expect(err.message).toBe('connection closed before the body was complete');
  });

  it('gives up on a redirect loop', async () => {
    const err = await fetchError('/redirect-loop');
    expect(err.code).toBe('redirects');
    expect(err.message).toBe('too many redirects (more than 5)');
    expect(server.hits('/redirect-loop')).toBeGreaterThanOrEqual(6);
  });

  it('counts redirects: six is one too many', async () => {
    const err = await fetchError('/redirect-chain/6');
    expect(err.code).toBe('redirects');
  });

  it('refuses a redirect to ftp:', async () => {
    const err = await fetchError('/redirect-to-ftp');
    expect(err.code).toBe('bad-url');
    expect(err.message).toBe('redirected to unsupported scheme ftp:');
  });

  it('refuses non-http URLs before any request', async () => {
    await expect(fetchFeed('file:///etc/passwd', FAST)).rejects.toThrow('unsupported scheme file:');
    await expect(fetchFeed('not a url', FAST)).rejects.toThrow('not a valid URL');
  });

  it.each([
    ['/404', 'HTTP 404', 404],
    ['/500', 'HTTP 500', 500],
  ])('reports %s as "%s"', async (path, reason, status) => {
    const err = await fetchError(path);
    expect(err).toMatchObject({ code: 'http', message: reason, httpStatus: status });
    expect(err.retryAfter).toBeUndefined();
  });

  it('passes on Retry-After seconds from a 429', async () => {
    const err = await fetchError('/429');
    expect(err).toMatchObject({ message: 'HTTP 429 (retry after 120 s)', httpStatus: 429, retryAfter: 120 });
  });

  it('converts a Retry-After HTTP date on a 503 into seconds', async () => {
    const err = await fetchError('/503');
    expect(err.httpStatus).toBe(503);
    expect(err.retryAfter).toBeGreaterThan(590);
    expect(err.retryAfter).toBeLessThanOrEqual(600);
  });

  it('caps an absurd Retry-After at one day', async () => {
    server.route('/429-forever', (_req, res) => {
      res.writeHead(429, { 'retry-after': '99999999' });
      res.end();
    });
    expect((await fetchError('/429-forever')).retryAfter).toBe(86_400);
  });

  it('sees a flapping feed fail, then succeed on the next try', async () => {
    expect((await fetchError('/flapping')).message).toBe('HTTP 500');
    expect((await fetchFeed(server.url('/flapping'), FAST)).status).toBe('ok');
  });

  it('says an HTML page is not a feed', async () => {
    const err = await fetchError('/html');
    expect(err).toMatchObject({ code: 'not-a-feed', message: 'not a feed (text/html page)' });
  });

  it('says a JSON error body is not a feed and quotes its error', async () => {
    const err = await fetchError('/json-error');
    expect(err.message).toBe('not a feed (application/json body: rate limited)');
  });

  it('reports a refused connection', async () => {
    const closed = await startFeedServer();
    const url = closed.url('/ok');
    await closed.close();
    await expect(fetchFeed(url, FAST)).rejects.toMatchObject({ code: 'network' });
  });

  it('can be cancelled from outside', async () => {
    const controller = new AbortController();
    const pending = fetchFeed(server.url('/slow'), { ...FAST, signal: controller.signal });
    // Cancelled once the server has the request: FAST's wide timeout cannot fire first.
    const hits = server.hits('/slow');
    while (server.hits('/slow') === hits) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
  });
});

describe('fetchFeed politeness', () => {
  it('sends one request at a time per host, spaced by the minimum interval', async () => {
    const limiter = createHostLimiter();
    let inFlight = 0;
    let maxInFlight = 0;
    server.route('/polite', (_req, res) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end('<rss version="2.0"><channel><title>p</title></channel></rss>');
      }, 30);
    });
    const opts: FetchFeedOptions = { ...FAST, limiter, minHostIntervalMs: 120 };
    await Promise.all([1, 2, 3].map(() => fetchFeed(server.url('/polite'), opts)));
    expect(maxInFlight).toBe(1);
    const times = server.requests('/polite').map((r) => r.at);
    expect(times).toHaveLength(3);
    for (let i = 1; i < times.length; i++) {
      // Each request starts at least the interval after the previous one ended (30 ms later).
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(140);
    }
  });

  it('does not hold other hosts back', async () => {
    const other = await startFeedServer();
    try {
      const limiter = createHostLimiter();
      // An hour between two requests to one host: were the other host held back by the first
      // request, this test would time out instead of finishing. No clock is read.
      const opts: FetchFeedOptions = { ...FAST, limiter, minHostIntervalMs: 3_600_000 };
      await fetchFeed(server.url('/ok'), opts);
      expect(okBody(await fetchFeed(other.url('/ok'), opts))).toContain('Talks resume');
    } finally {
      await other.close();
    }
  });
});
