import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import { RATE_LIMITS, type WindowSpec } from '../../src/adapters/rate-limits.js';
import { closeLoopback, listenLoopback } from './loopback.js';

export const FAKE_APP_ID = '111111111111111111';
export const FAKE_BOT_ID = '111111111111111111';
export const FAKE_GUILD_ID = '222222222222222222';
export const FAKE_CHANNEL_ID = '333333333333333333';
export const FAKE_USER_ID = '444444444444444444';

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown> | undefined;
  /** When the fake received it (Date.now()). */
  at: number;
  /** True when a fault answered this request instead of the fake. */
  failed?: boolean;
}

/** A canned failure for the next request matching `method` and `path`. */
export interface Fault {
  method: string;
  path: RegExp;
  /** 'drop' destroys the connection without an answer, as a crashed proxy would. */
  status: 400 | 401 | 403 | 404 | 429 | 500 | 502 | 503 | 'drop';
  /** Seconds, for 429. */
  retryAfter?: number;
  /** Discord's JSON error code for a 4xx, e.g. 10003 Unknown Channel, 50013 Missing Permissions, 50035 Invalid Form Body. */
  code?: number;
  message?: string;
  times?: number;
  /** Only requests this accepts (e.g. the second message of a briefing) trip the fault. */
  when?: (r: RecordedRequest) => boolean;
}

/** Permission bits the tests hand members (Discord's `permissions` is a decimal string of a bitfield). */
export const PERMISSIONS = { none: '0', manageChannels: String(1 << 4), manageGuild: String(1 << 5), sendMessages: String(1 << 11) } as const;

let snowflake = 900000000000000000n;
const nextId = (): string => {
  snowflake += 1n;
  return String(snowflake);
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** discord.js sends JSON, or multipart with a `payload_json` part when files are attached. */
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> | undefined {
  if (raw === '') return undefined;
  if ((contentType ?? '').includes('multipart/form-data')) {
    const m = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(raw);
    return m ? (JSON.parse(m[1] as string) as Record<string, unknown>) : { _multipart: raw };
  }
  try {
    return JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return { _unparsed: raw };
  }
}

const botUser = { id: FAKE_BOT_ID, username: 'parley', discriminator: '0', global_name: 'Parley', avatar: null, bot: true, flags: 0 };
const humanUser = { id: FAKE_USER_ID, username: 'asker', discriminator: '0', global_name: 'Asker', avatar: null, bot: false, flags: 0 };

/**
 * A fake Discord on 127.0.0.1: REST (`/api/v10/...`) for gateway discovery, interaction callbacks,
 * webhook edits/follow-ups and channel messages, plus a gateway WebSocket that does the
 * HELLO → IDENTIFY → READY → GUILD_CREATE handshake and then delivers whatever the test sends.
 */
export class DiscordFake {
  readonly requests: RecordedRequest[] = [];
  private server?: Server;
  private wss?: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private seq = 0;
  private faults: Fault[] = [];
  private waiters: { pred: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  private readyWaiters: (() => void)[] = [];
  private identified = false;
  /** Every IDENTIFY received, with the shard it asked for ([id, count]; [0, 1] when unsharded). */
  readonly identifies: { shard: [number, number] }[] = [];
  private limits?: { global: WindowSpec; channelMessages: WindowSpec };
  private windows = new Map<string, { start: number; count: number }>();
  /** 429s the fake answered because a client went over the enforced limits (not canned faults), by scope. */
  readonly rateLimited = { global: 0, route: 0 };
  port = 0;

  /**
   * Opt-in: from now on REST requests keep Discord's limits (RATE_LIMITS.discord by default): a
   * global window per bot token over every route, and a bucket per channel for
   * `POST /channels/:id/messages`, announced on each of its answers with the X-RateLimit-*
   * headers discord.js reads. Over either: 429 with Retry-After (whole seconds, as Discord's
   * header; `retry_after` in the body to the millisecond), not posted.
   */
  enforceRateLimits(limits: { global: WindowSpec; channelMessages: WindowSpec } = RATE_LIMITS.discord, opts: { now?: () => number } = {}): this {
    this.limits = limits;
    this.limitClock = opts.now ?? Date.now;
    return this;
  }

  private limitClock: () => number = Date.now;

  /** Counts a request in a fixed window; returns the window after counting, or the ms to its reset when it was already full. */
  private countIn(key: string, spec: WindowSpec, now: number): { full: true; resetMs: number } | { full: false; remaining: number; resetMs: number } {
    let w = this.windows.get(key);
    if (!w || now - w.start >= spec.windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    const resetMs = w.start + spec.windowMs - now;
    if (w.count >= spec.limit) return { full: true, resetMs };
    w.count++;
    return { full: false, remaining: spec.limit - w.count, resetMs };
  }

  /** discord.js `rest.api`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    this.wss = new WebSocketServer({ server: this.server, path: '/gateway' });
    this.wss.on('connection', (ws) => this.onSocket(ws));
    this.port = await listenLoopback(this.server);
    return this;
  }

  async stop(): Promise<void> {
    await closeLoopback(this.server, this.wss, this.sockets);
  }

  /** Makes the next matching request(s) fail, e.g. a 429 with Retry-After, for fault tests. */
  fail(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    // A long interval: tests finish long before the client's first heartbeat matters.
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null }));
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { op: number; d: unknown };
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (msg.op === 2) {
        this.identified = true;
        const shard = ((msg.d as { shard?: [number, number] } | null)?.shard ?? [0, 1]) as [number, number];
        this.identifies.push({ shard });
        // Discord sends a guild's events on shard (guild_id >> 22) % count only.
        const ours = Number((BigInt(FAKE_GUILD_ID) >> 22n) % BigInt(shard[1])) === shard[0];
        const send = (t: string, d: unknown) => {
          this.dispatched.push({ t, d });
          this.seq += 1;
          ws.send(JSON.stringify({ op: 0, t, s: this.seq, d }));
        };
        send('READY', {
          v: 10,
          user: botUser,
          guilds: ours ? [{ id: FAKE_GUILD_ID, unavailable: true }] : [],
          session_id: `fake-session-${shard[0]}`,
          resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
          shard,
          application: { id: FAKE_APP_ID, flags: 0 },
          private_channels: [],
        });
        if (ours) send('GUILD_CREATE', this.guild());
        for (const w of this.readyWaiters.splice(0)) w();
      }
    });
  }

  private guild() {
    return {
      id: FAKE_GUILD_ID,
      name: 'Fake Guild',
      icon: null,
      owner_id: FAKE_USER_ID,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [{ id: FAKE_GUILD_ID, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '0', managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      joined_at: '2025-01-01T00:00:00.000Z',
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [],
      channels: [{ id: FAKE_CHANNEL_ID, type: 0, guild_id: FAKE_GUILD_ID, name: 'news', position: 0, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0 }],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      premium_tier: 0,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
    };
  }

  /** Resolves once a client has identified and received READY. */
  ready(timeoutMs = 20_000): Promise<void> {
    if (this.identified) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('discord fake: no IDENTIFY')), timeoutMs);
      this.readyWaiters.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  /** Every dispatch sent, newest last, for replaying one (a gateway resume delivers events again). */
  readonly dispatched: { t: string; d: unknown }[] = [];

  /** Sends a gateway dispatch (op 0) to every connected client. */
  dispatch(t: string, d: unknown): void {
    this.dispatched.push({ t, d });
    this.seq += 1;
    const frame = JSON.stringify({ op: 0, t, s: this.seq, d });
    for (const ws of this.sockets) ws.send(frame);
  }

  /** A slash command interaction; returns its id and token to match callbacks and webhooks. `permissions`: the member's bitfield. */
  sendCommand(name: string, options: Record<string, unknown>[] = [], member: { permissions?: string } = {}): { id: string; token: string } {
    return this.sendInteraction(2, { id: nextId(), name, type: 1, options }, member.permissions);
  }

  /** An autocomplete interaction with one focused option. */
  sendAutocomplete(name: string, options: Record<string, unknown>[]): { id: string; token: string } {
    return this.sendInteraction(4, { id: nextId(), name, type: 1, options });
  }

  private sendInteraction(type: 2 | 4, data: Record<string, unknown>, permissions = '0'): { id: string; token: string } {
    const id = nextId();
    const token = `tok-${id}`;
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: FAKE_APP_ID,
      type,
      token,
      version: 1,
      guild_id: FAKE_GUILD_ID,
      channel_id: FAKE_CHANNEL_ID,
      channel: { id: FAKE_CHANNEL_ID, type: 0, guild_id: FAKE_GUILD_ID, name: 'news', permissions: '0' },
      member: { user: humanUser, roles: [], permissions, joined_at: '2025-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, nick: null, avatar: null, premium_since: null, pending: false },
      data,
      locale: 'en-US',
      guild_locale: 'en-US',
      app_permissions: '0',
      entitlements: [],
      authorizing_integration_owners: { '0': FAKE_GUILD_ID },
      context: 0,
      attachment_size_limit: 8_388_608,
    });
    return { id, token };
  }

  /** Sends again the dispatch whose payload has this id (an interaction or a message), as a resumed gateway would. */
  redeliver(id: string): void {
    const sent = this.dispatched.find((x) => (x.d as { id?: string }).id === id);
    if (!sent) throw new Error(`no dispatch with id ${id}`);
    this.dispatch(sent.t, sent.d);
  }

  /** A channel message from a person that @mentions the bot. */
  sendMention(text: string): string {
    const id = nextId();
    this.dispatch('MESSAGE_CREATE', {
      id,
      channel_id: FAKE_CHANNEL_ID,
      guild_id: FAKE_GUILD_ID,
      author: humanUser,
      member: { roles: [], joined_at: '2025-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
      content: `<@${FAKE_BOT_ID}> ${text}`,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [botUser],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
    });
    return id;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const [rawPath = '/', query = ''] = (req.url ?? '/').split('?');
    // discord.js encodes `@original` as `%40original`.
    const path = decodeURIComponent(rawPath);
    const rec: RecordedRequest = { method: req.method ?? 'GET', path, query, headers: req.headers, body: parseBody(raw, req.headers['content-type']), at: Date.now() };
    this.requests.push(rec);
    for (const w of [...this.waiters]) {
      if (w.pred(rec)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(rec);
      }
    }
    const fault = this.faults.find((f) => f.method === rec.method && f.path.test(path) && (f.when?.(rec) ?? true));
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      if (fault.status === 'drop') {
        rec.failed = true;
        req.socket.destroy();
        return;
      }
      if (fault.status === 429) {
        const after = fault.retryAfter ?? 1;
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(after), 'x-ratelimit-scope': 'user' });
        res.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: after, global: false }));
      } else if (fault.status < 500) {
        res.writeHead(fault.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: fault.message ?? 'Unknown Channel', code: fault.code ?? 10003 }));
      } else {
        res.writeHead(fault.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Internal Server Error', code: 0 }));
      }
      rec.failed = true;
      return;
    }
    let limitHeaders: Record<string, string> = {};
    if (this.limits && path.startsWith('/api/v10/') && !path.startsWith('/api/v10/gateway')) {
      const now = this.limitClock();
      const tooMany = (resetMs: number, global: boolean, headers: Record<string, string> = {}) => {
        rec.failed = true;
        if (global) this.rateLimited.global++;
        else this.rateLimited.route++;
        res.writeHead(429, {
          'content-type': 'application/json',
          'retry-after': String(Math.max(1, Math.ceil(resetMs / 1000))),
          'x-ratelimit-scope': global ? 'global' : 'user',
          ...(global ? { 'x-ratelimit-global': 'true' } : {}),
          ...headers,
        });
        res.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: Math.max(0.001, resetMs / 1000), global }));
      };
      const token = String(req.headers.authorization ?? '');
      const global = this.countIn(`global:${token}`, this.limits.global, now);
      if (global.full) return tooMany(global.resetMs, true);
      const channelPost = rec.method === 'POST' ? /^\/api\/v10\/channels\/([^/]+)\/messages$/.exec(path) : null;
      if (channelPost) {
        const spec = this.limits.channelMessages;
        const bucket = this.countIn(`channel:${channelPost[1]}`, spec, now);
        const headers = (remaining: number, resetMs: number) => ({
          'x-ratelimit-limit': String(spec.limit),
          'x-ratelimit-remaining': String(remaining),
          'x-ratelimit-reset': ((now + resetMs) / 1000).toFixed(3),
          'x-ratelimit-reset-after': (resetMs / 1000).toFixed(3),
          'x-ratelimit-bucket': 'fake-channel-messages',
        });
        if (bucket.full) return tooMany(bucket.resetMs, false, headers(0, bucket.resetMs));
        limitHeaders = headers(bucket.remaining, bucket.resetMs);
      }
    }
    const json = (body: unknown, status = 200) => {
      res.writeHead(status, { 'content-type': 'application/json', ...limitHeaders });
      res.end(JSON.stringify(body));
    };
    // @discordjs/rest parses any body labelled JSON: an empty 204 must carry no content-type.
    const noContent = () => {
      res.writeHead(204);
      res.end();
    };
    const message = (body: Record<string, unknown> | undefined, channelId = FAKE_CHANNEL_ID) => ({
      id: nextId(),
      channel_id: channelId,
      author: botUser,
      content: (body?.content as string | undefined) ?? '',
      embeds: (body?.embeds as unknown[] | undefined) ?? [],
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      components: [],
      pinned: false,
      type: 0,
      flags: (body?.flags as number | undefined) ?? 0,
      webhook_id: FAKE_APP_ID,
    });

    if (rec.method === 'GET' && (path === '/api/v10/gateway/bot' || path === '/api/v10/gateway')) {
      return json({
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: 1,
        // Several identify buckets: a sharded client would otherwise wait 5 s between its shards.
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 },
      });
    }
    if (rec.method === 'POST' && /^\/api\/v10\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) return noContent();
    if (/^\/api\/v10\/webhooks\/[^/]+\/[^/]+\/messages\/@original$/.test(path)) {
      if (rec.method === 'DELETE') return noContent();
      return json(message(rec.body));
    }
    if (rec.method === 'POST' && /^\/api\/v10\/webhooks\/[^/]+\/[^/]+$/.test(path)) return json(message(rec.body));
    const channel = /^\/api\/v10\/channels\/([^/]+)\/messages$/.exec(path);
    if (rec.method === 'POST' && channel) return json(message(rec.body, channel[1]));
    if (rec.method === 'PUT' && /^\/api\/v10\/applications\/[^/]+\/commands$/.test(path)) {
      const cmds = Array.isArray(rec.body) ? (rec.body as Record<string, unknown>[]) : [];
      return json(cmds.map((c) => ({ ...c, id: nextId(), application_id: FAKE_APP_ID, version: nextId() })));
    }
    return json({ message: '404: Not Found', code: 0 }, 404);
  }

  /** Resolves with the first recorded request (past or future) matching `pred`. */
  waitFor(pred: (r: RecordedRequest) => boolean, timeoutMs = 20_000): Promise<RecordedRequest> {
    const seen = this.requests.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const w = {
        pred,
        resolve: (r: RecordedRequest) => {
          clearTimeout(t);
          resolve(r);
        },
      };
      const t = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        reject(new Error(`discord fake: no matching request in ${timeoutMs} ms; saw ${this.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`));
      }, timeoutMs);
      this.waiters.push(w);
    });
  }

  /** Channel messages the fake accepted (faulted attempts excluded), in order. */
  channelMessages(channelId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${channelId}/messages` && !r.failed);
  }

  /** Requests that belong to one interaction (callback, then webhook calls with its token). */
  forInteraction(i: { id: string; token: string }): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(`/interactions/${i.id}/`) || r.path.includes(`/${i.token}`));
  }
}
