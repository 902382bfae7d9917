import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import { type Logger, renderSlack, UserError } from '../../core/index.js';
import { type AskContext, type DispatchOutcome, type Dispatcher, MAX_MESSAGE_CHARS } from '../dispatch.js';
import { answerHealth, type HealthReport } from '../health.js';
import { AdapterStartError, type AdapterStatus, type ChatAdapter } from '../types.js';
import { boltLogger } from './bolt-logger.js';
import { createSlackFront, MAX_SLACK_BODY_BYTES } from './http-front.js';
import { createSlackWebClient } from './slack-poster.js';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackAdapter extends ChatAdapter {
  /** The HTTP port actually bound (HTTP mode; useful with port 0 in tests). */
  port(): number | undefined;
}

/** Slack's mrkdwn in incoming text: `<@U1>` mentions, `<url|label>` links, &amp; escapes. */
export function plainSlackText(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+\|([^>]*)>/g, '$1')
    .replace(/<@[A-Z0-9]+>/g, '')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Slack's answers that mean the token itself is no good. */
const REFUSED_TOKEN = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

/**
 * One line for a Slack adapter that could not start, naming the variable to fix. `phase`: the
 * bot-token check, or listening (the HTTP port, or Socket Mode's connection with the app token).
 */
export function slackStartError(err: unknown, phase: 'bot token' | 'listen', where: { mode: 'http' | 'socket'; port: number; apiUrl?: string }): AdapterStartError {
  const e = err as { code?: string; data?: { error?: string }; message?: string; cause?: { code?: string } };
  const slackError = e.data?.error;
  if (slackError !== undefined && REFUSED_TOKEN.has(slackError)) {
    return phase === 'bot token'
      ? new AdapterStartError(`Slack refused SLACK_BOT_TOKEN (${slackError}): copy the Bot User OAuth Token (xoxb-…) from your app's OAuth & Permissions page`)
      : new AdapterStartError(`Slack refused SLACK_APP_TOKEN (${slackError}): create an app-level token with connections:write under Basic Information → App-Level Tokens`);
  }
  if (slackError !== undefined) return new AdapterStartError(`Slack answered ${slackError} to the ${phase === 'bot token' ? 'SLACK_BOT_TOKEN check' : 'Socket Mode connection'}`);
  const code = e.code ?? e.cause?.code;
  if (code === 'EADDRINUSE' || code === 'EACCES') return new AdapterStartError(`cannot listen on PORT ${where.port} (${code}): set PORT to a free port`);
  if ((code !== undefined && /^E[A-Z]+$/.test(code)) || e.code === 'slack_webapi_request_error') {
    return new AdapterStartError(`could not reach Slack at ${where.apiUrl ?? 'https://slack.com/api/'} (${e.cause?.code ?? code ?? 'network error'}): check the network${where.apiUrl ? ' or SLACK_API_URL' : ''}`);
  }
  return new AdapterStartError(`Slack did not start: ${(e.message ?? String(err)).split('\n')[0]}`);
}

/**
 * A message's text for the dispatcher: markup resolved, unless the text is too long to be read at
 * all (then it goes as it is, and the dispatcher refuses it on its length before any pattern runs).
 */
function readableText(raw: string): string {
  return raw.length > 2 * MAX_MESSAGE_CHARS ? raw : plainSlackText(raw);
}

/**
 * The key a Slack delivery is remembered by: the event id of an Events API callback, the trigger
 * id of a slash command or interaction (the same in a replay, new for every real invocation).
 */
export function deliveryKey(body: Record<string, unknown>): string | undefined {
  const team = typeof body.team_id === 'string' ? body.team_id : '-';
  if (typeof body.event_id === 'string') return `slack:event:${team}:${body.event_id}`;
  if (typeof body.trigger_id === 'string') return `slack:trigger:${body.trigger_id}`;
  return undefined;
}

export function createSlackAdapter(deps: {
  config: SlackConfig;
  dispatcher: Dispatcher;
  logger: Logger;
  health: () => HealthReport | Promise<HealthReport>;
  port: number;
  host: string;
}): SlackAdapter {
  const { config, dispatcher } = deps;
  const log = deps.logger.child({ adapter: 'slack', mode: config.mode });
  let state: AdapterStatus['state'] = 'starting';
  let detail: string | undefined;
  let boundPort: number | undefined;

  const clientOptions = config.apiUrl ? { slackApiUrl: config.apiUrl } : {};
  const logger = boltLogger(log, LogLevel.INFO);
  // Bolt checks the bot token (auth.test) in its constructor unless told to wait, and a refused
  // token then surfaces as an unhandled rejection after start-up. start() runs the check instead.
  const deferInitialization = true;
  const health = (res: ServerResponse) => answerHealth(res, deps.health);

  // HTTP mode: Bolt's receiver only processes what our own server (bound to HOST) has checked;
  // its server is never started. Socket Mode: /healthz is a plain server on HOST too.
  const receiver =
    config.mode === 'http'
      ? new HTTPReceiver({
          // Verified again by Bolt (HMAC + 5-minute timestamp window) before any listener runs.
          signingSecret: config.signingSecret ?? '',
          endpoints: SLACK_EVENTS_PATH,
          bodyLimit: MAX_SLACK_BODY_BYTES,
          logger,
        })
      : undefined;
  const server = receiver
    ? createSlackFront({ path: SLACK_EVENTS_PATH, signingSecret: config.signingSecret ?? '', bolt: receiver.requestListener, health, logger: log })
    : createServer((req, res) => {
        if (req.method === 'GET' && (req.url ?? '').split('?')[0] === '/healthz') return health(res);
        res.writeHead(404).end();
      });
  const app = receiver
    ? new App({ token: config.botToken, deferInitialization, logger, clientOptions, receiver })
    : new App({ token: config.botToken, appToken: config.appToken, socketMode: true, deferInitialization, logger, clientOptions });

  // Each delivery once: Slack retries an event it thinks was not acknowledged in time (X-Slack-Retry-Num),
  // and a captured request can be replayed for 5 minutes. Events carry an id; commands and interactions a trigger id.
  app.use(async (args) => {
    const key = deliveryKey(args.body as Record<string, unknown>);
    if (key !== undefined && !(await dispatcher.claimDelivery(key))) {
      log.info({ key, retry: args.context.retryNum }, 'slack delivery already answered');
      if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
      return;
    }
    await args.next();
  });

  const ctxOf = (user: string | undefined, team: string | undefined, channel: string | undefined): AskContext => ({
    platform: 'slack',
    ...(user ? { userId: user } : {}),
    destination: `slack:${team ?? '-'}:${channel ?? '-'}`,
    ...(team ? { workspace: team } : {}),
    ...(channel ? { channel } : {}),
  });

  // Permission checks must fail fast rather than sit in the default client's 30-minute retry policy.
  const checkClient = createSlackWebClient({ botToken: config.botToken, ...(config.apiUrl ? { apiUrl: config.apiUrl } : {}), logger: log, timeoutMs: 5_000 });
  const adminCache = new Map<string, { admin: boolean; until: number }>();

  /**
   * Slack slash commands carry no role: whether the asker may manage subscriptions is asked of
   * the Web API (`users.info`), never taken from the request. Workspace admins and owners may,
   * and so may the user ids in SLACK_ADMIN_USERS. Answers are cached for a minute.
   */
  const isManager = async (user: string): Promise<boolean> => {
    if (config.adminUsers.includes(user)) return true;
    const cached = adminCache.get(user);
    if (cached && cached.until > Date.now()) return cached.admin;
    let res: Awaited<ReturnType<typeof checkClient.users.info>>;
    try {
      res = await checkClient.users.info({ user });
    } catch (err) {
      // An install from before subscriptions lacks users:read: say how to fix it instead of a generic error.
      if ((err as { data?: { error?: string } }).data?.error === 'missing_scope') {
        throw new UserError(
          'Parley cannot check workspace roles: the app lacks the users:read scope. Reinstall it from slack-manifest.json, or ask the operator to list subscription managers in SLACK_ADMIN_USERS.',
        );
      }
      throw err;
    }
    const u = res.user;
    const admin = u?.is_admin === true || u?.is_owner === true || u?.is_primary_owner === true;
    adminCache.set(user, { admin, until: Date.now() + 60_000 });
    return admin;
  };

  for (const command of dispatcher.commands) {
    app.command(`/${command.name}`, async ({ command: body, ack, respond }) => {
      // Slack shows "operation_timeout" unless the command is acknowledged within 3 seconds: ack now, answer after.
      await ack();
      await dispatcher.track(
        (async () => {
          const ctx: AskContext = { ...ctxOf(body.user_id, body.team_id, body.channel_id), canManage: () => isManager(body.user_id) };
          const outcome = await dispatcher.dispatch(command.name, body.text ?? '', ctx);
          try {
            // response_url takes up to 5 posts in 30 minutes; a split answer is a handful of messages at most.
            for (const msg of renderSlack(outcome.doc)) {
              await respond({
                response_type: outcome.ephemeral ? 'ephemeral' : 'in_channel',
                replace_original: false,
                text: msg.text,
                blocks: msg.blocks,
              });
            }
          } catch (err) {
            log.error({ err, command: outcome.label }, 'could not respond to slash command');
          }
        })(),
      );
    });
  }

  const reply = async (
    client: App['client'],
    where: { channel: string; user?: string; threadTs?: string },
    outcome: DispatchOutcome,
  ): Promise<void> => {
    const messages = renderSlack(outcome.doc);
    for (const msg of messages) {
      if (!outcome.ok && where.user) {
        // A failed mention is the asker's business, not the channel's.
        await client.chat.postEphemeral({
          channel: where.channel,
          user: where.user,
          text: msg.text,
          blocks: msg.blocks,
          ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
        });
      } else {
        await client.chat.postMessage({
          channel: where.channel,
          text: msg.text,
          blocks: msg.blocks,
          unfurl_links: false,
          unfurl_media: false,
          ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
        });
      }
    }
  };

  app.event('app_mention', async ({ event, client }) => {
    // DMs arrive as message.im; answering both would answer twice.
    if (event.channel.startsWith('D')) return;
    const text = readableText(event.text ?? '');
    await dispatcher.track(
      (async () => {
        const outcome = await dispatcher.message(text, ctxOf(event.user, event.team, event.channel));
        try {
          await reply(client, { channel: event.channel, ...(event.user ? { user: event.user } : {}), threadTs: event.thread_ts ?? event.ts }, outcome);
        } catch (err) {
          log.error({ err, channel: event.channel }, 'could not answer mention');
        }
      })(),
    );
  });

  app.message(async ({ message, client }) => {
    if (message.channel_type !== 'im') return;
    // Edits, joins and the bot's own posts are not questions.
    if (message.subtype !== undefined || 'bot_id' in message) return;
    const text = readableText(message.text ?? '');
    await dispatcher.track(
      (async () => {
        const outcome = await dispatcher.message(text, ctxOf(message.user, message.team, message.channel));
        try {
          // In a DM there is no audience to protect: errors are posted like answers.
          await reply(client, { channel: message.channel, ...(message.thread_ts ? { threadTs: message.thread_ts } : {}) }, outcome);
        } catch (err) {
          log.error({ err, channel: message.channel }, 'could not answer DM');
        }
      })(),
    );
  });

  app.error(async (err) => {
    log.error({ err }, 'slack listener error');
  });

  return {
    name: 'slack',
    async start() {
      let phase: 'bot token' | 'listen' = 'bot token';
      try {
        await app.init();
        phase = 'listen';
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(deps.port, deps.host, () => resolve());
        });
        boundPort = (server.address() as AddressInfo).port;
        if (config.mode === 'socket') await app.start();
        state = 'up';
        detail = undefined;
        log.info({ port: boundPort, path: config.mode === 'http' ? SLACK_EVENTS_PATH : undefined }, 'slack adapter started');
      } catch (err) {
        state = 'down';
        const reason = slackStartError(err, phase, { mode: config.mode, port: deps.port, ...(config.apiUrl ? { apiUrl: config.apiUrl } : {}) });
        detail = reason.message;
        // A Socket Mode client left half-connected would keep retrying in the background, and our
        // listening server would keep the process alive with nothing to serve.
        if (phase === 'listen' && config.mode === 'socket') await app.stop().catch(() => undefined);
        if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
        throw reason;
      }
    },
    async stop() {
      if (state === 'stopped') return;
      state = 'stopped';
      try {
        if (config.mode === 'socket') await app.stop();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      } catch (err) {
        log.warn({ err }, 'slack adapter stop failed');
      }
    },
    status: () => ({ state, mode: config.mode, ...(detail ? { detail } : {}) }),
    port: () => boundPort,
  };
}
