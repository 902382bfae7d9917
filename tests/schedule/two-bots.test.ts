/**
 * Issue 15's "done when", as an operator would run it: two `npm start` processes (bin/start.mjs, the
 * real composition root) on one database — a PostgreSQL schema when a server answers, and the
 * SQLite file — with Slack and Discord pointed at the loopback fakes. Channels subscribe once both
 * are up, so the next minute's node-cron tick starts a pass in both at the same second and their
 * claims race over the same due channels: every channel gets its briefing exactly once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/create-core.js';
import { DiscordFake, FAKE_APP_ID, FAKE_GUILD_ID } from '../support/discord-fake.js';
import { type Running, runNode, waitForText } from '../support/processes.js';
import { SlackFake } from '../support/slack-fake.js';
import { contractStores, schemaUrl } from '../support/stores.js';
import { tempDb } from './support/helpers.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const stores = await contractStores();

describe.each(stores)('two `npm start` processes on one database ($name)', (store) => {
  it.skipIf(store.skip !== undefined)('post each subscribed Slack and Discord channel exactly once', async () => {
    let where: Record<string, string>;
    if (store.name === 'postgres') {
      const opened = await store.open();
      cleanups.push(() => opened.drop());
      where = { PARLEY_DATABASE_URL: schemaUrl(opened) };
    } else {
      const t = tempDb();
      cleanups.push(t.cleanup);
      where = { PARLEY_DB: t.dbPath };
    }
    const slackChannels = Array.from({ length: 12 }, (_, i) => `CTWO${String(i).padStart(2, '0')}`);
    const discordChannels = Array.from({ length: 12 }, (_, i) => `6000000000000001${String(i).padStart(2, '0')}`);
    const slack = (await new SlackFake().start()).enforceRateLimits();
    const discord = (await new DiscordFake().start()).enforceRateLimits();
    cleanups.push(() => slack.stop(), () => discord.stop());

    const bots: Running[] = ['a', 'b'].map((id) =>
      runNode(['bin/start.mjs'], {
        ...where,
        SLACK_BOT_TOKEN: `xoxb-two-bots-${id}`,
        SLACK_SIGNING_SECRET: 'two-bots-secret',
        SLACK_API_URL: slack.apiUrl,
        DISCORD_TOKEN: `two-bots.${id}`,
        DISCORD_APPLICATION_ID: FAKE_APP_ID,
        DISCORD_API_URL: discord.apiUrl,
        PARLEY_REPLICAS: '2',
        LOG_LEVEL: 'debug',
        PORT: '0',
        HOST: '127.0.0.1',
      }),
    );
    cleanups.push(() => {
      for (const b of bots) b.child.kill('SIGKILL');
    });

    // Both up (their passes at start found nothing due), then the channels subscribe: the next
    // minute's tick fires in both processes at the same second, and their claims race.
    for (const b of bots) await waitForText(b.stderr, /parley is up/, 60_000);
    const seed = createCore(store.name === 'postgres' ? { dbPath: '/nonexistent/unused.db', databaseUrl: where.PARLEY_DATABASE_URL! } : { dbPath: where.PARLEY_DB! });
    // 00:00 UTC has always passed today, whenever the test runs: every channel is due at start.
    for (const channel of slackChannels) await seed.subscriptions.subscribe({ platform: 'slack', workspace: 'T0PARLEY', channel, time: '00:00', tz: 'UTC', by: 'test' });
    for (const channel of discordChannels) await seed.subscriptions.subscribe({ platform: 'discord', workspace: FAKE_GUILD_ID, channel, time: '00:00', tz: 'UTC', by: 'test' });
    await seed.close();

    // Each pass that found work logs what it posted (debug level). Both processes' counts must add
    // up to one post per channel; a channel subscribed after a tick began waits for the next one.
    const total = slackChannels.length + discordChannels.length;
    const postedBy = (b: Running) => [...b.stderr().matchAll(/"posted":(\d+),[^\n]*"msg":"briefing pass"/g)].reduce((n, m) => n + Number(m[1]), 0);
    const deadline = Date.now() + 180_000;
    while (postedBy(bots[0]!) + postedBy(bots[1]!) < total && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const heads = (posts: { body: Record<string, unknown> | undefined }[]) => posts.filter((r) => r.body?.thread_ts === undefined).length;
    expect(slackChannels.map((c) => heads(slack.postedTo(c)))).toEqual(slackChannels.map(() => 1));
    expect(discordChannels.map((c) => heads(discord.channelMessages(c)))).toEqual(discordChannels.map(() => 1));
    expect(postedBy(bots[0]!) + postedBy(bots[1]!)).toBe(total);
    console.log(`[two-bots] ${store.name}: posted ${postedBy(bots[0]!)} + ${postedBy(bots[1]!)}`);

    for (const b of bots) b.child.kill('SIGTERM');
    for (const b of bots) expect(await b.exited).toBe(0);
    for (const b of bots) expect(b.stderr()).not.toMatch(/xoxb-two-bots|two-bots-secret|two-bots\.[ab]/);
  }, 300_000);
});
