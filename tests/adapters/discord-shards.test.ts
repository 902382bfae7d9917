/**
 * A fleet splits Discord's gateway by shard: a process given DISCORD_SHARD_IDS connects those
 * shards and no other (real discord.js against the fake gateway, which answers each IDENTIFY
 * for the shard it names and sends a guild only on its own shard).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/discord-adapter.js';
import { createDispatcher } from '../../src/adapters/dispatch.js';
import { loadConfig } from '../../src/config.js';
import { DiscordFake, FAKE_APP_ID, FAKE_GUILD_ID } from '../support/discord-fake.js';
import { recordingLogger, seededCore } from './helpers.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function startWith(env: Record<string, string>): Promise<{ fake: DiscordFake; adapter: DiscordAdapter }> {
  const fake = await new DiscordFake().start();
  cleanups.push(() => fake.stop());
  const config = loadConfig({ DISCORD_TOKEN: 'shard.token', DISCORD_APPLICATION_ID: FAKE_APP_ID, DISCORD_API_URL: fake.apiUrl, ...env });
  const seeded = await seededCore();
  cleanups.push(seeded.cleanup);
  const logger = recordingLogger();
  const adapter = createDiscordAdapter({ config: config.discord!, dispatcher: createDispatcher({ core: seeded.core, logger }), logger });
  cleanups.push(() => adapter.stop());
  await adapter.start();
  return { fake, adapter };
}

describe('Discord shards', () => {
  it('a process with DISCORD_SHARD_IDS=1,3 of 4 identifies exactly shards 1 and 3', async () => {
    const { fake, adapter } = await startWith({ DISCORD_SHARD_IDS: '1,3', DISCORD_SHARD_COUNT: '4' });
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
      [1, 4],
      [3, 4],
    ]);
    expect(adapter.status()).toMatchObject({ state: 'up', mode: 'gateway (shards 1,3 of 4)' });
    // The fake guild lives on shard (id >> 22) % 4 = 3: this process has it.
    expect(Number((BigInt(FAKE_GUILD_ID) >> 22n) % 4n)).toBe(3);
    expect(adapter.client.guilds.cache.has(FAKE_GUILD_ID)).toBe(true);
  });

  it('the process with the other shards connects those and does not see the guild', async () => {
    const { fake, adapter } = await startWith({ DISCORD_SHARD_IDS: '0-2', DISCORD_SHARD_COUNT: '4' });
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 4],
      [1, 4],
      [2, 4],
    ]);
    expect(adapter.client.guilds.cache.has(FAKE_GUILD_ID)).toBe(false);
  });

  it('without shard settings: one connection, shard 0 of 1, as before', async () => {
    const { fake } = await startWith({});
    expect(fake.identifies.map((i) => i.shard)).toEqual([[0, 1]]);
  });
});
