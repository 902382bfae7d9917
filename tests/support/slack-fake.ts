import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import { type BucketSpec, RATE_LIMITS } from '../../src/adapters/rate-limits.js';
import { closeLoopback, listenLoopback } from './loopback.js';

/** One request the fake received, body parsed (JSON, or a form with JSON-looking fields decoded). */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
  raw: string;
  /** When the fake received it (Date.now()). */
  at: number;
  /** Held (see `hold`) and then dropped unanswered: its client had gone. */
  dropped?: boolean;
  /** The connection of a held request closed (its client died). */
  clientGone?: boolean;
  /** The fake's answer: HTTP status and Slack's `ok`. */
  status?: number;
  ok?: boolean;
  response?: Record<string, unknown>;
}

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

/** A canned failure for the next call(s) of a Web API method, for poster fault tests. */
export interface SlackFault {
  /** e.g. `chat.postMessage`. */
  method: string;
  /** HTTP 429 (with Retry-After) or 5xx; default 200 with `{ ok: false, error }`. */
  status?: 200 | 429 | 500 | 503;
  /** Slack's error code for a 200/429 answer, e.g. `channel_not_found`, `ratelimited`. */
  error?: string;
  /** Seconds, for 429. */
  retryAfter?: number;
  times?: number;
  /** Only requests this accepts (e.g. thread replies) trip the fault. */
  when?: (r: RecordedRequest) => boolean;
}

/** What `users.info` reports of a user; anyone not set is a plain member. */
export interface FakeSlackUser {
  is_admin?: boolean;
  is_owner?: boolean;
}

export const FAKE_BOT_USER_ID = 'UPARLEY01';
export const FAKE_TEAM_ID = 'T0PARLEY';

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if ((contentType ?? '').includes('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { _unparsed: raw };
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    // The Web API client sends blocks/attachments as JSON strings inside a form.
    out[k] = /^[[{]/.test(v) ? safeJson(v) : v;
  }
  return out;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A fake Slack on 127.0.0.1: the Web API methods Parley calls, response_url endpoints, and a Socket Mode
 * WebSocket. Every request is recorded so tests can assert on exactly what Bolt sent.
 */
export class SlackFake {
  readonly requests: RecordedRequest[] = [];
  private server?: Server;
  private wss?: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private acks = new Map<string, (ack: SocketAck) => void>();
  private waiters: { pred: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  private connectedWaiters: (() => void)[] = [];
  private seq = 0;
  private faults: SlackFault[] = [];
  private users = new Map<string, FakeSlackUser>();
  private limits?: BucketSpec;
  private buckets = new Map<string, { tokens: number; at: number }>();
  /** 429s the fake answered because a client went over the enforced limits (not canned faults). */
  rateLimited = 0;
  port = 0;

  /**
   * Opt-in: from now on `chat.postMessage` keeps Slack's per-channel limit (RATE_LIMITS.slack by
   * default): a token bucket per channel; a post with no token left is answered 429
   * `ratelimited` with Retry-After (whole seconds until the next token), and not posted.
   */
  enforceRateLimits(spec: BucketSpec = RATE_LIMITS.slack.postMessagePerChannel): this {
    this.limits = spec;
    return this;
  }

  /** Seconds to wait when `channel` has no token left now, else undefined (and the token is spent). */
  private overLimit(channel: string): number | undefined {
    if (!this.limits) return undefined;
    const now = Date.now();
    const b = this.buckets.get(channel) ?? { tokens: this.limits.burst, at: now };
    b.tokens = Math.min(this.limits.burst, b.tokens + ((now - b.at) / 1000) * this.limits.perSecond);
    b.at = now;
    this.buckets.set(channel, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return undefined;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.limits.perSecond));
  }

  private holdWhen?: (r: RecordedRequest) => boolean;
  private held: { rec: RecordedRequest; release: () => void }[] = [];

  /**
   * Holds every request `pred` accepts: recorded, but neither answered nor posted until
   * `release()`. A held request whose client has gone by then (a killed process) is dropped
   * unposted, as a message whose sender died before it went out.
   */
  hold(pred: (r: RecordedRequest) => boolean): void {
    this.holdWhen = pred;
  }

  /** Requests held now. */
  heldRequests(): RecordedRequest[] {
    return this.held.map((h) => h.rec);
  }

  /** Stops holding and answers (or drops) what was held. */
  release(): void {
    this.holdWhen = undefined;
    for (const h of this.held.splice(0)) h.release();
  }

  /** Makes the next matching call(s) fail, for fault tests. */
  fail(fault: SlackFault): void {
    this.faults.push({ times: 1, ...fault });
  }

  /** Sets a user's admin/owner flags as `users.info` will report them. */
  setUser(id: string, flags: FakeSlackUser): void {
    this.users.set(id, flags);
  }

  /** Top-level and thread `chat.postMessage` calls that succeeded, per channel. */
  postedTo(channel: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === '/api/chat.postMessage' && r.body.channel === channel && r.status === 200 && r.ok === true);
  }

  /** e.g. http://127.0.0.1:1234/api/ — Bolt's `clientOptions.slackApiUrl`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A fresh response_url for one slash command. */
  responseUrl(id = `r${++this.seq}`): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (ws) => {
      this.sockets.add(ws);
      ws.on('close', () => this.sockets.delete(ws));
      ws.on('message', (data) => {
        const msg = safeJson(String(data)) as SocketAck;
        if (msg && typeof msg === 'object' && 'envelope_id' in msg) {
          this.acks.get(msg.envelope_id)?.(msg);
          this.acks.delete(msg.envelope_id);
        }
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'A0PARLEY' } }));
      for (const w of this.connectedWaiters.splice(0)) w();
    });
    this.port = await listenLoopback(this.server);
    return this;
  }

  async stop(): Promise<void> {
    await closeLoopback(this.server, this.wss, this.sockets);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = (req.url ?? '/').split('?')[0] as string;
    const rec: RecordedRequest = { method: req.method ?? 'GET', path, headers: req.headers, body: parseBody(raw, req.headers['content-type']), raw, at: Date.now() };
    this.requests.push(rec);
    for (const w of [...this.waiters]) {
      if (w.pred(rec)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(rec);
      }
    }
    const hold = this.holdWhen?.(rec) ?? false;
    if (hold) {
      // Not answered, so not posted: a request whose client dies meanwhile is never posted at all.
      req.socket.once('close', () => {
        rec.clientGone = true;
      });
      await new Promise<void>((resolve) => this.held.push({ rec, release: resolve }));
      if (rec.clientGone || res.destroyed || req.socket.destroyed) {
        rec.dropped = true;
        return;
      }
    }
    const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => {
      rec.status = status;
      rec.ok = (body as { ok?: boolean }).ok === true;
      rec.response = body as Record<string, unknown>;
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (path.startsWith('/response/')) return json({ ok: true });
    const fault = this.faults.find((f) => `/api/${f.method}` === path && (f.when?.(rec) ?? true));
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      const status = fault.status ?? 200;
      if (status === 429) return json({ ok: false, error: fault.error ?? 'ratelimited' }, 429, { 'retry-after': String(fault.retryAfter ?? 1) });
      if (status >= 500) return json({ ok: false, error: 'internal_error' }, status);
      return json({ ok: false, error: fault.error ?? 'internal_error' });
    }
    switch (path) {
      case '/api/auth.test':
        return json({ ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'parley', team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, bot_id: 'B0PARLEY' });
      case '/api/chat.postMessage': {
        const wait = this.overLimit(String(rec.body.channel ?? ''));
        if (wait !== undefined) {
          this.rateLimited++;
          return json({ ok: false, error: 'ratelimited' }, 429, { 'retry-after': String(wait) });
        }
        // A counter in the ts keeps two posts in one millisecond apart (thread replies point at it).
        return json({ ok: true, channel: rec.body.channel, ts: `${Math.floor(Date.now() / 1000)}.${String(++this.seq).padStart(6, '0')}`, message: { text: rec.body.text } });
      }
      case '/api/users.info': {
        const id = String(rec.body.user ?? '');
        const flags = this.users.get(id) ?? {};
        return json({ ok: true, user: { id, team_id: FAKE_TEAM_ID, name: id.toLowerCase(), deleted: false, is_admin: flags.is_admin ?? false, is_owner: flags.is_owner ?? false, is_primary_owner: false, is_bot: false } });
      }
      case '/api/chat.postEphemeral':
        return json({ ok: true, message_ts: `${Date.now() / 1000}` });
      case '/api/apps.connections.open':
        return json({ ok: true, url: `ws://127.0.0.1:${this.port}/socket` });
      default:
        return json({ ok: false, error: 'unknown_method' });
    }
  }

  /** Resolves with the first recorded request (past or future) matching `pred`. */
  waitFor(pred: (r: RecordedRequest) => boolean, timeoutMs = 20_000): Promise<RecordedRequest> {
    const seen = this.requests.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const w = { pred, resolve: (r: RecordedRequest) => { clearTimeout(t); resolve(r); } };
      const t = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        reject(new Error(`slack fake: no matching request in ${timeoutMs} ms; saw ${this.requests.map((r) => r.path).join(', ')}`));
      }, timeoutMs);
      this.waiters.push(w);
    });
  }

  /** Posted by the bot: chat.postMessage / chat.postEphemeral bodies and response_url bodies. */
  posted(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.startsWith('/response/') || r.path === '/api/chat.postMessage' || r.path === '/api/chat.postEphemeral');
  }

  /** Resolves once a Socket Mode client is connected (hello sent). */
  socketConnected(timeoutMs = 20_000): Promise<void> {
    if (this.sockets.size > 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('slack fake: no socket connection')), timeoutMs);
      this.connectedWaiters.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  /** Sends a Socket Mode envelope and resolves with the bot's ack. */
  sendEnvelope(type: 'slash_commands' | 'events_api', payload: Record<string, unknown>, timeoutMs = 20_000): Promise<SocketAck> {
    const envelope_id = `env-${++this.seq}`;
    const ws = [...this.sockets][0];
    if (!ws) return Promise.reject(new Error('slack fake: no socket connected'));
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`slack fake: envelope ${envelope_id} not acked`)), timeoutMs);
      this.acks.set(envelope_id, (ack) => {
        clearTimeout(t);
        resolve(ack);
      });
      ws.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type === 'slash_commands', retry_attempt: 0, retry_reason: '' }));
    });
  }
}

/** The fields Slack sends for a slash command, as a record (form-encoded for HTTP, an object for Socket Mode). */
export function slashCommandPayload(fake: SlackFake, command: string, text: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM_ID,
    team_domain: 'fake',
    channel_id: 'C0NEWS',
    channel_name: 'news',
    user_id: 'U0ASKER',
    user_name: 'asker',
    command,
    text,
    api_app_id: 'A0PARLEY',
    is_enterprise_install: 'false',
    response_url: fake.responseUrl(),
    trigger_id: `${Date.now()}.trigger`,
    ...extra,
  };
}

/** An Events API envelope for an event. */
export function eventPayload(event: Record<string, unknown>): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM_ID,
    api_app_id: 'A0PARLEY',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: `Ev${Date.now()}${Math.floor(Math.random() * 1e6)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
  };
}

export interface SignOptions {
  secret: string;
  /** Unix seconds; default now. Older than 5 minutes must be refused. */
  timestamp?: number;
  /** Sign with this secret instead (a forged request). */
  wrongSecret?: string;
  contentType?: string;
  /** More headers, e.g. `x-slack-retry-num` on a retried delivery. */
  headers?: Record<string, string>;
}

/** POSTs `body` to the Bolt receiver signed the way Slack signs (v0 HMAC-SHA256 over `v0:ts:body`). */
export async function postSigned(url: string, body: string, opts: SignOptions): Promise<{ status: number; text: string }> {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac('sha256', opts.wrongSecret ?? opts.secret).update(`v0:${ts}:${body}`).digest('hex')}`;
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': opts.contentType ?? 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': sig,
      ...opts.headers,
    },
    body,
  });
  return { status: res.status, text: await res.text() };
}

/** A signed slash command (form body). */
export function sendSlashCommand(url: string, payload: Record<string, string>, opts: SignOptions) {
  return postSigned(url, new URLSearchParams(payload).toString(), opts);
}

/** A signed Events API callback (JSON body). */
export function sendEvent(url: string, payload: Record<string, unknown>, opts: SignOptions) {
  return postSigned(url, JSON.stringify(payload), { ...opts, contentType: 'application/json' });
}
