import type { DiscordFake, RecordedRequest as DiscordRequest } from '../support/discord-fake.js';
import { FAKE_APP_ID } from '../support/discord-fake.js';
import { type SlackFake, sendSlashCommand, slashCommandPayload } from '../support/slack-fake.js';

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
