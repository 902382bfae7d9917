import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/discord-adapter.js';
import { createDispatcher } from '../../src/adapters/dispatch.js';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import type { Core } from '../../src/core/index.js';
import type { Logger } from '../../src/core/logger.js';
import { DiscordFake, type RecordedRequest as DiscordRequest, FAKE_APP_ID } from '../support/discord-fake.js';
import { SlackFake, sendSlashCommand, slashCommandPayload } from '../support/slack-fake.js';
import { seededCore } from './helpers.js';

export const EPHEMERAL = 64;

/** What the asker saw of one command: the text of the answer and whether only they saw it. */
export interface Answer {
  text: string;
  ephemeral: boolean;
  body: Record<string, unknown>;
}

/** Sends a signed `/parley …` to the running Bolt receiver and returns the response_url answer. */
export async function slackParley(fake: SlackFake, url: string, secret: string, text: string, extra: Record<string, string> = {}): Promise<Answer> {
  const payload = slashCommandPayload(fake, '/parley', text, extra);
  const res = await sendSlashCommand(url, payload, { secret });
  if (res.status !== 200) throw new Error(`slash command got HTTP ${res.status}`);
  const answer = await fake.waitFor((r) => r.path === new URL(payload.response_url as string).pathname);
  return { text: JSON.stringify(answer.body), ephemeral: answer.body.response_type === 'ephemeral', body: answer.body };
}

/** Options of `/parley <sub>` as Discord's client sends them (a subcommand wrapping typed options). */
export function subcommand(name: string, options: Record<string, string> = {}): Record<string, unknown>[] {
  return [{ name, type: 1, options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })) }];
}

/** Sends `/parley …` through the fake gateway and returns the answer: the immediate reply, or the deferred edit. */
export async function discordParley(fake: DiscordFake, sub: string, options: Record<string, string>, permissions: string): Promise<Answer> {
  const i = fake.sendCommand('parley', subcommand(sub, options), { permissions });
  const callback = await fake.waitFor((r) => r.path === `/api/v10/interactions/${i.id}/${i.token}/callback`);
  const cb = (callback.body ?? {}) as { type?: number; data?: Record<string, unknown> };
  if (cb.type === 4) {
    const data = cb.data ?? {};
    return { text: JSON.stringify(data), ephemeral: (((data.flags as number | undefined) ?? 0) & EPHEMERAL) === EPHEMERAL, body: data };
  }
  const deferredEphemeral = (((cb.data?.flags as number | undefined) ?? 0) & EPHEMERAL) === EPHEMERAL;
  const answer: DiscordRequest = await fake.waitFor(
    (r) => (r.method === 'PATCH' && r.path === `/api/v10/webhooks/${FAKE_APP_ID}/${i.token}/messages/@original`) || (r.method === 'POST' && r.path === `/api/v10/webhooks/${FAKE_APP_ID}/${i.token}`),
  );
  const body = answer.body ?? {};
  const followUpEphemeral = (((body.flags as number | undefined) ?? 0) & EPHEMERAL) === EPHEMERAL;
  return { text: JSON.stringify(body), ephemeral: answer.method === 'PATCH' ? deferredEphemeral : followUpEphemeral, body };
}

/** Both platforms' fakes, both real adapters on one seeded core: what the scheduling e2e tests share. */
export interface Platforms {
  slack: SlackFake;
  discord: DiscordFake;
  core: Core;
  dbPath: string;
  slackAdapter: SlackAdapter;
  discordAdapter: DiscordAdapter;
  /** The running Bolt receiver's events URL. */
  url: string;
  stop(): Promise<void>;
}

/** Starts the Slack and Discord fakes and adapters on a core seeded with the seed article; `U0ADMIN` is a Slack admin. */
export async function startPlatforms(opts: {
  secret: string;
  slackToken: string;
  discordToken: string;
  adminUsers?: string[];
  logger: Logger;
}): Promise<Platforms> {
  const slack = await new SlackFake().start();
  const discord = await new DiscordFake().start();
  slack.setUser('U0ADMIN', { is_admin: true });
  const seeded = await seededCore();
  const dispatcher = createDispatcher({ core: seeded.core, logger: opts.logger });
  const slackAdapter = createSlackAdapter({
    config: { botToken: opts.slackToken, signingSecret: opts.secret, mode: 'http', apiUrl: slack.apiUrl, adminUsers: opts.adminUsers ?? [] },
    dispatcher,
    logger: opts.logger,
    health: () => ({ status: 'ok', db: 'ok', adapters: {}, inFlight: 0 }),
    port: 0,
    host: '127.0.0.1',
  });
  const discordAdapter = createDiscordAdapter({
    config: { token: opts.discordToken, applicationId: FAKE_APP_ID, apiUrl: discord.apiUrl, messageContent: false },
    dispatcher,
    logger: opts.logger,
  });
  await Promise.all([slackAdapter.start(), discordAdapter.start()]);
  return {
    slack,
    discord,
    core: seeded.core,
    dbPath: seeded.dbPath,
    slackAdapter,
    discordAdapter,
    url: `http://127.0.0.1:${slackAdapter.port()}/slack/events`,
    async stop() {
      await slackAdapter.stop();
      await discordAdapter.stop();
      await slack.stop();
      await discord.stop();
      await seeded.cleanup();
    },
  };
}
