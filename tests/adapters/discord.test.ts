import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/discord-adapter.js';
import { createDispatcher } from '../../src/adapters/dispatch.js';
import type { DiscordMessage } from '../../src/core/render/discord.js';
import { checkDiscordMessage } from '../../src/core/render/limits.js';
import { DiscordFake, FAKE_APP_ID, type RecordedRequest } from '../support/discord-fake.js';
import { recordingLogger, seededCore } from './helpers.js';

const EPHEMERAL = 64;

function expectValidDiscord(req: RecordedRequest): void {
  const body = req.body ?? {};
  const msg = ((body.data as Record<string, unknown> | undefined) ?? body) as unknown as DiscordMessage;
  expect(msg.allowed_mentions).toEqual({ parse: [] });
  expect(checkDiscordMessage({ ...msg, embeds: msg.embeds ?? [] }), JSON.stringify(msg).slice(0, 500)).toEqual([]);
}

describe('Discord over the gateway (discord.js against a fake Discord)', () => {
  let fake: DiscordFake;
  let cleanup: () => void;
  let adapter: DiscordAdapter;
  const logger = recordingLogger();

  beforeAll(async () => {
    fake = await new DiscordFake().start();
    const seeded = await seededCore();
    cleanup = seeded.cleanup;
    adapter = createDiscordAdapter({
      config: { token: 'fake.discord.token', applicationId: FAKE_APP_ID, apiUrl: fake.apiUrl, messageContent: true },
      dispatcher: createDispatcher({ core: seeded.core, logger }),
      logger,
    });
    await adapter.start();
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.stop();
    cleanup?.();
  });

  it('defers a slash command privately, then edits in the answer with mentions disabled', async () => {
    const i = fake.sendCommand('who-leads', [{ name: 'party', type: 3, value: 'Ukraine' }]);
    const callback = await fake.waitFor((r) => r.path === `/api/v10/interactions/${i.id}/${i.token}/callback`);
    expect(callback.body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path === `/api/v10/webhooks/${FAKE_APP_ID}/${i.token}/messages/@original`);
    expect(JSON.stringify(edit.body)).toContain('Rustem Umerov');
    expect(JSON.stringify(edit.body)).toMatch(/Pavlo Palisa/);
    expectValidDiscord(edit);
  });

  it('defers publicly with public:true', async () => {
    const i = fake.sendCommand('actor', [
      { name: 'name', type: 3, value: 'Witkoff' },
      { name: 'public', type: 5, value: true },
    ]);
    const callback = await fake.waitFor((r) => r.path === `/api/v10/interactions/${i.id}/${i.token}/callback`);
    expect(callback.body).toMatchObject({ type: 5 });
    expect((callback.body?.data as { flags?: number } | undefined)?.flags ?? 0).toBe(0);
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(i.token));
    expect(JSON.stringify(edit.body)).toContain('Steve Witkoff');
    expectValidDiscord(edit);
  });

  it('answers bad arguments at once with a private error that says what to type', async () => {
    const i = fake.sendCommand('timeline', [{ name: 'from', type: 3, value: '2025-13-45' }]);
    const callback = await fake.waitFor((r) => r.path === `/api/v10/interactions/${i.id}/${i.token}/callback`);
    expect(callback.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(JSON.stringify(callback.body)).toContain('YYYY-MM-DD');
    expect(JSON.stringify(callback.body)).toContain('/timeline from:2025-03-01');
    expectValidDiscord({ ...callback, body: callback.body?.data as Record<string, unknown> });
  });

  it('answers autocomplete from the knowledge base', async () => {
    const i = fake.sendAutocomplete('actor', [{ name: 'name', type: 3, value: 'Wit', focused: true }]);
    const callback = await fake.waitFor((r) => r.path === `/api/v10/interactions/${i.id}/${i.token}/callback`);
    expect(callback.body?.type).toBe(8);
    const choices = (callback.body?.data as { choices?: { name: string; value: string }[] } | undefined)?.choices ?? [];
    expect(choices.map((c) => c.value)).toContain('Steve Witkoff');
  });

  it('runs /parley help as a subcommand', async () => {
    const i = fake.sendCommand('parley', [{ name: 'help', type: 1, options: [] }]);
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(i.token));
    expect(JSON.stringify(edit.body)).toContain('/who-leads');
    expectValidDiscord(edit);
  });

  it('answers an @mention through ask, replying without pinging', async () => {
    const messageId = fake.sendMention('who leads the Ukrainian delegation?');
    const reply = await fake.waitFor(
      (r) => r.method === 'POST' && /\/channels\/\d+\/messages$/.test(r.path) && (r.body?.message_reference as { message_id?: string } | undefined)?.message_id === messageId,
    );
    expect(JSON.stringify(reply.body)).toContain('Rustem Umerov');
    expect(reply.body?.allowed_mentions).toMatchObject({ parse: [] });
    expect(checkDiscordMessage({ ...(reply.body as unknown as DiscordMessage), allowed_mentions: { parse: [] } })).toEqual([]);
  });

  it('never logged the token', () => {
    expect(JSON.stringify(logger.entries)).not.toContain('fake.discord.token');
    expect(logger.entries.filter((e) => e.level === 'error')).toEqual([]);
  });
});
