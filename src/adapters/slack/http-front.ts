import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Logger } from '../../core/index.js';

/**
 * The largest request body accepted on the events endpoint. Slack's slash commands, events and
 * interactions are a few KB; the biggest, a 40,000-character message with its blocks, is under
 * 100 KB and Parley would refuse that text anyway. Anything larger is refused before it is read.
 */
export const MAX_SLACK_BODY_BYTES = 64 * 1024;

/** Unsigned requests (only Slack's `ssl_check` is sent so) are read up to this size. */
const MAX_UNSIGNED_BYTES = 1024;

/** Slack signs with the request's timestamp; one over 5 minutes old is a replay (Bolt's own window). */
const MAX_SKEW_S = 5 * 60;

/** Why a request is refused before Bolt sees it. */
type Refusal = { status: 400 | 401 | 413; reason: string };

/** A request body read in full and, when signed, verified against the signing secret. */
export type ReadBody = { ok: true; body: Buffer; signed: boolean } | ({ ok: false } & Refusal);

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * Reads a request body with a byte cap and checks Slack's signature (`v0=` HMAC-SHA256 over
 * `v0:timestamp:body`) as the bytes arrive: the headers are checked first (a missing or stale
 * signature stops the read before any body is held), a declared or streamed size over the cap
 * stops it at once, and the MAC is fed chunk by chunk, never from a second copy of the body.
 */
export async function readSignedBody(req: IncomingMessage, opts: { signingSecret: string; maxBytes?: number; nowS?: number }): Promise<ReadBody> {
  const maxBytes = opts.maxBytes ?? MAX_SLACK_BODY_BYTES;
  const signature = header(req, 'x-slack-signature');
  const timestamp = header(req, 'x-slack-request-timestamp');
  const signed = signature !== undefined || timestamp !== undefined;
  const cap = signed ? maxBytes : MAX_UNSIGNED_BYTES;
  const declared = Number(header(req, 'content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > cap) {
    return signed ? { ok: false, status: 413, reason: `body of ${declared} bytes is over ${cap}` } : { ok: false, status: 401, reason: 'unsigned request' };
  }
  let mac: ReturnType<typeof createHmac> | undefined;
  if (signed) {
    const ts = Number(timestamp);
    const now = opts.nowS ?? Math.floor(Date.now() / 1000);
    if (!/^v0=[0-9a-f]{64}$/.test(signature ?? '') || !Number.isInteger(ts) || Math.abs(now - ts) > MAX_SKEW_S) {
      return { ok: false, status: 401, reason: 'missing, malformed or stale signature' };
    }
    mac = createHmac('sha256', opts.signingSecret).update(`v0:${timestamp}:`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > cap) {
      return signed ? { ok: false, status: 413, reason: `body over ${cap} bytes` } : { ok: false, status: 401, reason: 'unsigned request' };
    }
    mac?.update(buf);
    chunks.push(buf);
  }
  const body = Buffer.concat(chunks, total);
  if (mac) {
    const expected = Buffer.from(`v0=${mac.digest('hex')}`);
    const given = Buffer.from(signature ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, status: 401, reason: 'signature mismatch' };
  }
  return { ok: true, body, signed };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Whether a verified body has the shape Bolt assumes (it dereferences fields of whatever JSON it
 * gets: a signed `null` or `[]` threw inside its receiver and ended the process): a JSON object,
 * or a form whose optional `payload` field is a JSON object.
 */
export function bodyShapeProblem(body: Buffer, contentType: string | undefined): string | null {
  const text = body.toString('utf8');
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const payload = parseQuery(text).payload;
      if (payload === undefined) return null;
      return typeof payload === 'string' && isPlainObject(JSON.parse(payload)) ? null : 'form payload is not a JSON object';
    }
    return isPlainObject(JSON.parse(text)) ? null : 'body is not a JSON object';
  } catch {
    return 'body is not valid JSON';
  }
}

/**
 * The HTTP front of the Slack adapter in HTTP mode: `/healthz`, and the events endpoint guarded
 * before Bolt's receiver sees a byte. Bolt's own HTTPReceiver buffers up to 4 MiB per request
 * before it checks the signature (200 unsigned 3.9 MB POSTs held 868 MB). Here a request is
 * refused on its headers, its size or its signature while streaming; a verified body whose shape
 * Bolt cannot take gets 400; what passes is handed to Bolt already buffered (`rawBody`), so Bolt
 * does not read the stream again.
 */
export function createSlackFront(opts: {
  path: string;
  signingSecret: string;
  /** Bolt's HTTPReceiver request listener. */
  bolt: (req: IncomingMessage, res: ServerResponse) => void;
  health: (res: ServerResponse) => void;
  logger: Logger;
}): Server {
  const { logger } = opts;
  const refuse = (req: IncomingMessage, res: ServerResponse, refusal: Refusal) => {
    logger.warn({ status: refusal.status, reason: refusal.reason, length: header(req, 'content-length') }, 'slack request refused');
    // Close the connection: the client may still be sending a body we will not read.
    res.writeHead(refusal.status, { connection: 'close', 'content-type': 'text/plain' });
    res.end(`${refusal.status === 413 ? 'request too large' : refusal.status === 401 ? 'unauthorized' : 'bad request'}\n`, () => req.destroy());
  };
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') return opts.health(res);
    if (req.method !== 'POST' || path !== opts.path) {
      res.writeHead(404, { connection: 'close' }).end();
      req.resume();
      return;
    }
    const read = await readSignedBody(req, { signingSecret: opts.signingSecret });
    if (!read.ok) return refuse(req, res, read);
    if (read.signed) {
      const shape = bodyShapeProblem(read.body, header(req, 'content-type'));
      if (shape !== null) return refuse(req, res, { status: 400, reason: shape });
    }
    // Bolt's bufferIncomingMessage uses rawBody when it is there; it verifies the signature again.
    Object.assign(req, { rawBody: read.body });
    opts.bolt(req, res);
  };
  return createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      logger.error({ err }, 'slack request failed');
      if (!res.headersSent) res.writeHead(500, { connection: 'close' });
      res.end();
    });
  });
}
