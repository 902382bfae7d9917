import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A request the server saw, for asserting headers and politeness timing. */
export interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
  /** `Date.now()` when the request arrived. */
  at: number;
}

/** Handles one request for a custom route. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

/** A running loopback feed server. */
export interface FeedServer {
  /** Absolute URL of a path on this server, e.g. `url('/ok')`. */
  url(path: string): string;
  /** How many requests reached a path (query string ignored). */
  hits(path: string): number;
  /** Requests that reached a path, oldest first. */
  requests(path: string): SeenRequest[];
  /** Responses on a path that the client abandoned before they were complete (it hung up). */
  abandoned(path: string): number;
  /** Adds or replaces a behaviour for a path; `hit` counts from 1 per path. */
  route(path: string, handler: RouteHandler): void;
  /** Stops the server and drops every open connection (endless and slow responses included). */
  close(): Promise<void>;
}

/** Options for `startFeedServer`. */
export interface FeedServerOptions {
  /** Body for `/ok` (default: a small RSS 2.0 feed). */
  okBody?: string;
  /** Milliseconds between bytes for `/slow` (default 100). */
  dripIntervalMs?: number;
  /** Bytes sent by `/huge` and `/huge-declared` (default 9 MiB, beyond the 8 MiB cap). */
  hugeBytes?: number;
}

/** ETag and Last-Modified served by `/ok`. */
export const OK_ETAG = '"parley-v1"';
export const OK_LAST_MODIFIED = 'Tue, 11 Mar 2025 10:00:00 GMT';

/** An item for `rssDocument`. */
export interface TestItem {
  title: string;
  guid?: string;
  link?: string;
  pubDate?: string;
  description?: string;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A minimal RSS 2.0 document around the given items. */
export function rssDocument(items: TestItem[], opts: { title?: string; encoding?: string } = {}): string {
  const decl = opts.encoding ? `<?xml version="1.0" encoding="${opts.encoding}"?>` : '<?xml version="1.0"?>';
  const body = items
    .map((it) => {
      const parts = [`<title>${escapeXml(it.title)}</title>`];
      if (it.guid !== undefined) parts.push(`<guid isPermaLink="false">${escapeXml(it.guid)}</guid>`);
      if (it.link !== undefined) parts.push(`<link>${escapeXml(it.link)}</link>`);
      if (it.pubDate !== undefined) parts.push(`<pubDate>${escapeXml(it.pubDate)}</pubDate>`);
      if (it.description !== undefined) parts.push(`<description>${escapeXml(it.description)}</description>`);
      return `<item>${parts.join('')}</item>`;
    })
    .join('\n');
  return `${decl}\n<rss version="2.0"><channel><title>${escapeXml(opts.title ?? 'Test feed')}</title><link>http://example.test/</link>\n${body}\n</channel></rss>\n`;
}

/** Windows-1251 bytes for ASCII and Russian text (Node has no encoder for it). */
export function encodeWindows1251(text: string): Buffer {
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out[i] = code;
    else if (code >= 0x410 && code <= 0x44f) out[i] = code - 0x410 + 0xc0;
    else if (code === 0x401) out[i] = 0xa8;
    else if (code === 0x451) out[i] = 0xb8;
    else out[i] = 0x3f;
  }
  return out;
}

/** Bytes of `text` in a single-byte legacy encoding (`windows-1251`, `koi8-r`, `iso-8859-5`…), built from Node's decoder. */
export function encodeLegacy(text: string, label: string): Buffer {
  const decoder = new TextDecoder(label);
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from(Array.from(text, (ch) => byChar.get(ch) ?? 0x3f));
}

/** Russian headline served by the charset behaviours. */
export const CYRILLIC_TITLE = 'Переговоры в Женеве: делегации встретились';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>
`;

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title></item></channel></rss>
`;

const HTML_PAGE = `<!DOCTYPE html>
<html><head><title>Sign in</title></head><body><form><input name="user"></form></body></html>
`;

const RSS_TYPE = 'application/rss+xml; charset=utf-8';

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': RSS_TYPE, ...headers, 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}

/** Writes `chunk` until the client goes away or `limit` bytes are out, respecting backpressure. */
function pump(res: ServerResponse, chunk: Buffer, limit: number): void {
  let sent = 0;
  const write = (): void => {
    while (!res.destroyed && sent < limit) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', write);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  write();
}

function futureDatesFeed(): string {
  const inAYear = new Date(Date.now() + 365 * 24 * 3600 * 1000).toUTCString();
  const inAnHour = new Date(Date.now() + 3600 * 1000).toUTCString();
  return rssDocument([
    { title: 'Summit scheduled far ahead', guid: 'f1', pubDate: inAYear },
    { title: 'Statement issued shortly', guid: 'f2', pubDate: inAnHour },
    { title: 'Old news', guid: 'f3', pubDate: 'Mon, 10 Mar 2025 08:00:00 GMT' },
  ]);
}

const MISSING_DATES_FEED = rssDocument([
  { title: 'No date at all', guid: 'm1' },
  { title: 'Empty date', guid: 'm2', pubDate: '' },
  { title: 'Garbage date', guid: 'm3', pubDate: 'yesterday-ish, 25 o’clock' },
  { title: 'Good date', guid: 'm4', pubDate: 'Tue, 11 Mar 2025 09:30:00 GMT' },
]);

function restartedGuidsFeed(hit: number): string {
  return rssDocument([
    { title: 'Envoys agree on agenda', guid: `run-${hit}-1`, link: 'http://example.test/a', description: 'The envoys agreed.' },
    { title: 'Talks adjourned until Friday', guid: `run-${hit}-2`, link: 'http://example.test/b', description: 'Talks paused.' },
  ]);
}

function manyItemsFeed(count: number): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++) items.push(`<item><title>Item ${i}</title><guid>g${i}</guid></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title>${items.join('')}</channel></rss>`;
}

/**
 * Starts a feed server on 127.0.0.1 (random port) with hostile and ordinary behaviours, chosen
 * by path:
 * `/ok` (ETag + Last-Modified, 304 on match), `/slow` (headers, then a byte every
 * `dripIntervalMs`), `/slow-headers` (never answers), `/endless` (streams forever), `/huge`
 * (chunked, beyond 8 MiB), `/huge-declared` (Content-Length beyond 8 MiB), `/truncated`
 * (Content-Length larger than the body, then the socket closes), `/redirect-loop`,
 * `/redirect-chain/N` (N redirects, then `/ok`), `/redirect-to-ftp`, `/404`, `/500`,
 * `/429` (Retry-After: 120), `/503` (Retry-After as an HTTP date), `/flapping` (500, 200,
 * 500, ...), `/html`, `/json-error`, `/cp1251-header` (windows-1251, charset in the header),
 * `/cp1251-decl` (windows-1251, only the XML declaration says so), `/latin1-header`,
 * `/billion-laughs`, `/external-entity`, `/future-dates`, `/missing-dates`,
 * `/restarted-guids` (same items, new GUIDs on every hit), `/items-10000`,
 * `/html-labelled-feed` (a real feed served as text/html).
 */
export async function startFeedServer(options: FeedServerOptions = {}): Promise<FeedServer> {
  const okBody = options.okBody ?? rssDocument([{ title: 'Talks resume', guid: 'ok-1', link: 'http://example.test/1' }]);
  const drip = options.dripIntervalMs ?? 100;
  const hugeBytes = options.hugeBytes ?? 9 * 1024 * 1024;
  const seen = new Map<string, SeenRequest[]>();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const routes = new Map<string, RouteHandler>();
  const abandoned = new Map<string, number>();

  const every = (ms: number, res: ServerResponse, fn: () => void): void => {
    const t = setInterval(() => (res.destroyed ? stop() : fn()), ms);
    const stop = (): void => {
      clearInterval(t);
      timers.delete(t);
    };
    timers.add(t);
    res.on('close', stop);
  };

  routes.set('/ok', (req, res) => {
    const modifiedSince = req.headers['if-modified-since'];
    const notModified =
      req.headers['if-none-match'] === OK_ETAG ||
      (req.headers['if-none-match'] === undefined && modifiedSince !== undefined && Date.parse(modifiedSince) >= Date.parse(OK_LAST_MODIFIED));
    if (notModified) {
      res.writeHead(304, { etag: OK_ETAG, 'last-modified': OK_LAST_MODIFIED });
      res.end();
      return;
    }
    send(res, 200, okBody, { etag: OK_ETAG, 'last-modified': OK_LAST_MODIFIED });
  });
  routes.set('/slow', (_req, res) => {
    res.writeHead(200, { 'content-type': RSS_TYPE });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
    every(drip, res, () => res.write(' '));
  });
  routes.set('/slow-headers', () => {
    // Never answer: the client's timer must cut the connection.
  });
  routes.set('/endless', (_req, res) => {
    res.writeHead(200, { 'content-type': RSS_TYPE });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>forever</title>');
    pump(res, Buffer.alloc(64 * 1024, '<item><title>again</title></item>'), Number.POSITIVE_INFINITY);
  });
  routes.set('/huge', (_req, res) => {
    res.writeHead(200, { 'content-type': RSS_TYPE });
    pump(res, Buffer.alloc(64 * 1024, ' '), hugeBytes);
  });
  routes.set('/huge-declared', (_req, res) => {
    res.writeHead(200, { 'content-type': RSS_TYPE, 'content-length': String(hugeBytes) });
    pump(res, Buffer.alloc(64 * 1024, ' '), hugeBytes);
  });
  routes.set('/truncated', (_req, res) => {
    res.writeHead(200, { 'content-type': RSS_TYPE, 'content-length': '100000' });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>cut');
    setTimeout(() => res.socket?.destroy(), 20);
  });
  routes.set('/redirect-loop', (_req, res) => {
    res.writeHead(302, { location: '/redirect-loop' });
    res.end();
  });
  routes.set('/redirect-to-ftp', (_req, res) => {
    res.writeHead(301, { location: 'ftp://127.0.0.1/feed.xml' });
    res.end();
  });
  routes.set('/404', (_req, res) => send(res, 404, 'not found', { 'content-type': 'text/plain' }));
  routes.set('/500', (_req, res) => send(res, 500, 'oops', { 'content-type': 'text/plain' }));
  routes.set('/429', (_req, res) => send(res, 429, 'slow down', { 'content-type': 'text/plain', 'retry-after': '120' }));
  routes.set('/503', (_req, res) =>
    send(res, 503, 'maintenance', { 'content-type': 'text/plain', 'retry-after': new Date(Date.now() + 600_000).toUTCString() }),
  );
  routes.set('/flapping', (req, res, hit) => {
    if (hit % 2 === 1) send(res, 500, 'flap', { 'content-type': 'text/plain' });
    else routes.get('/ok')?.(req, res, hit);
  });
  routes.set('/html', (_req, res) => send(res, 200, HTML_PAGE, { 'content-type': 'text/html; charset=utf-8' }));
  routes.set('/html-labelled-feed', (_req, res) => send(res, 200, okBody, { 'content-type': 'text/html' }));
  routes.set('/json-error', (_req, res) =>
    send(res, 200, JSON.stringify({ error: 'rate limited', code: 429 }), { 'content-type': 'application/json' }),
  );
  routes.set('/cp1251-header', (_req, res) =>
    send(res, 200, encodeWindows1251(rssDocument([{ title: CYRILLIC_TITLE, guid: 'ru-1' }])), {
      'content-type': 'application/rss+xml; charset=windows-1251',
    }),
  );
  routes.set('/cp1251-decl', (_req, res) =>
    send(res, 200, encodeWindows1251(rssDocument([{ title: CYRILLIC_TITLE, guid: 'ru-1' }], { encoding: 'windows-1251' })), {
      'content-type': 'application/xml',
    }),
  );
  routes.set('/latin1-header', (_req, res) =>
    send(res, 200, Buffer.from(rssDocument([{ title: 'Négociations à Genève', guid: 'fr-1' }]), 'latin1'), {
      'content-type': 'text/xml; charset=ISO-8859-1',
    }),
  );
  routes.set('/billion-laughs', (_req, res) => send(res, 200, BILLION_LAUGHS));
  routes.set('/external-entity', (_req, res) => send(res, 200, EXTERNAL_ENTITY));
  routes.set('/future-dates', (_req, res) => send(res, 200, futureDatesFeed()));
  routes.set('/missing-dates', (_req, res) => send(res, 200, MISSING_DATES_FEED));
  routes.set('/restarted-guids', (_req, res, hit) => send(res, 200, restartedGuidsFeed(hit)));
  let manyItems: string | undefined;
  routes.set('/items-10000', (_req, res) => {
    manyItems ??= manyItemsFeed(10_000);
    send(res, 200, manyItems);
  });

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const list = seen.get(path) ?? [];
    list.push({ path, headers: req.headers, at: Date.now() });
    seen.set(path, list);
    res.on('close', () => {
      if (!res.writableFinished) abandoned.set(path, (abandoned.get(path) ?? 0) + 1);
    });
    const chain = /^\/redirect-chain\/(\d+)$/.exec(path);
    if (chain) {
      const left = Number(chain[1]);
      res.writeHead(302, { location: left > 1 ? `/redirect-chain/${left - 1}` : '/ok' });
      res.end();
      return;
    }
    const handler = routes.get(path);
    if (handler) handler(req, res, list.length);
    else send(res, 404, 'no such behaviour', { 'content-type': 'text/plain' });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits: (path) => seen.get(path)?.length ?? 0,
    requests: (path) => [...(seen.get(path) ?? [])],
    abandoned: (path) => abandoned.get(path) ?? 0,
    route: (path, handler) => {
      routes.set(path, handler);
    },
    close: async () => {
      for (const t of timers) clearInterval(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
