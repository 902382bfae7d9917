import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/create-core.js';
import { DiscordFake, FAKE_APP_ID, FAKE_GUILD_ID } from '../support/discord-fake.js';
import { runNode as run, waitForText } from '../support/processes.js';
import { SlackFake, sendSlashCommand, slashCommandPayload } from '../support/slack-fake.js';
import { seededCore } from './helpers.js';

describe('the composition root (npm start)', () => {
  let fake: DiscordFake;
  let dbPath: string;
  let cleanup: () => void;

  beforeAll(async () => {
    fake = await new DiscordFake().start();
    const seeded = await seededCore();
    dbPath = seeded.dbPath;
    await seeded.core.close();
    cleanup = seeded.cleanup;
  });
  afterAll(async () => {
    await fake?.stop();
    cleanup?.();
  });

  /** The bot on the seeded database with Discord pointed at the fake and an ephemeral health port. */
  const discordEnv = () => ({
    PARLEY_DB: dbPath,
    DISCORD_TOKEN: 'main.test.token',
    DISCORD_APPLICATION_ID: FAKE_APP_ID,
    DISCORD_API_URL: fake.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
  });

  it('starts Discord from config, serves /healthz, and exits 0 on SIGTERM', async () => {
    const p = run(['bin/start.mjs'], {
      ...discordEnv(),
    });
    try {
      const m = await waitForText(p.stderr, /"port":(\d+),"msg":"health endpoint listening"/);
      await waitForText(p.stderr, /parley is up/);
      expect(p.stderr()).toMatch(/DISCORD_MESSAGE_CONTENT is off/);
      const res = await fetch(`http://127.0.0.1:${m[1]}/healthz`);
      expect(await res.json()).toMatchObject({ status: 'ok', db: 'ok', adapters: { discord: { state: 'up' } } });
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.stderr()).toMatch(/shutting down/);
      expect(p.stderr()).not.toContain('main.test.token');
    } finally {
      p.child.kill('SIGKILL');
    }
  });

  it('runs Slack and Discord at once; /healthz (on Slack\'s port) reports both', async () => {
    const slack = await new SlackFake().start();
    const p = run(['bin/start.mjs'], {
      PARLEY_DB: dbPath,
      DISCORD_TOKEN: 'main.test.token',
      DISCORD_APPLICATION_ID: FAKE_APP_ID,
      DISCORD_API_URL: fake.apiUrl,
      SLACK_BOT_TOKEN: 'xoxb-main-test',
      SLACK_SIGNING_SECRET: 'main-secret',
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    try {
      const m = await waitForText(p.stderr, /"port":(\d+),"path":"\/slack\/events","msg":"slack adapter started"/);
      await waitForText(p.stderr, /parley is up/);
      const health = await (await fetch(`http://127.0.0.1:${m[1]}/healthz`)).json();
      expect(health).toMatchObject({ status: 'ok', adapters: { slack: { state: 'up', mode: 'http' }, discord: { state: 'up' } } });
      const payload = slashCommandPayload(slack, '/who-leads', 'Ukraine');
      await sendSlashCommand(`http://127.0.0.1:${m[1]}/slack/events`, payload, { secret: 'main-secret' });
      const answer = await slack.waitFor((r) => r.path === new URL(payload.response_url as string).pathname);
      expect(JSON.stringify(answer.body)).toContain('Rustem Umerov');
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.stderr()).not.toMatch(/xoxb-main-test|main-secret/);
    } finally {
      p.child.kill('SIGKILL');
      await slack.stop();
    }
  });

  it('refuses to start with a half-filled Slack group, naming what is missing', async () => {
    const p = run(['bin/start.mjs'], { PARLEY_DB: dbPath, SLACK_BOT_TOKEN: 'xoxb-only' });
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toContain('missing SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)');
  });

  it('deploys the Discord commands with one PUT, and prints them with --dry-run', async () => {
    const tsx = ['--import', 'tsx', 'src/adapters/discord/deploy-commands.ts'];
    const dry = run([...tsx, '--dry-run'], {});
    expect(await dry.exited).toBe(0);
    expect(JSON.parse(dry.stdout()).map((c: { name: string }) => c.name)).toContain('who-leads');

    const real = run(tsx, { DISCORD_TOKEN: 'deploy.token', DISCORD_APPLICATION_ID: FAKE_APP_ID, DISCORD_API_URL: fake.apiUrl });
    expect(await real.exited).toBe(0);
    const put = await fake.waitFor((r) => r.method === 'PUT');
    expect(put.path).toBe(`/api/v10/applications/${FAKE_APP_ID}/commands`);
    expect(put.headers.authorization).toBe('Bot deploy.token');
    expect(real.stdout()).toMatch(/Registered 6 commands/);
  });

  it('runs the scheduled-briefing job: a due subscription is posted at start, reported at debug level, and SIGTERM still exits 0', async () => {
    const channel = '600000000000000001';
    const seeded = createCore({ dbPath });
    // 00:00 UTC has always passed today, whenever the test runs.
    await seeded.subscriptions.subscribe({ platform: 'discord', workspace: FAKE_GUILD_ID, channel, time: '00:00', tz: 'UTC', by: 'test' });
    await seeded.close();
    const p = run(['bin/start.mjs'], {
      ...discordEnv(),
      LOG_LEVEL: 'debug',
    });
    try {
      const post = await fake.waitFor((r) => r.method === 'POST' && r.path === `/api/v10/channels/${channel}/messages`, 30_000);
      expect(post.body?.allowed_mentions).toEqual({ parse: [] });
      expect(post.headers.authorization).toBe('Bot main.test.token');
      await waitForText(p.stderr, /"msg":"briefing pass"/);
      expect(p.stderr()).toMatch(/"part":"schedule".*"posted":1/);
      const port = (await waitForText(p.stderr, /"port":(\d+),"msg":"health endpoint listening"/))[1];
      const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { jobs: { briefings: unknown } };
      expect(health.jobs.briefings).toMatchObject({ posted: 1, failed: 0 });
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(fake.requests.filter((r) => r.path === `/api/v10/channels/${channel}/messages`)).toHaveLength(1);
      // Even at debug level, where every request is logged, the token never is.
      expect(p.stderr()).not.toContain('main.test.token');
    } finally {
      p.child.kill('SIGKILL');
    }
  });

  it('reports the checked-in Slack manifest as up to date, and prints one for your URL or for Socket Mode', async () => {
    const p = run(['--import', 'tsx', 'src/adapters/slack/write-manifest.ts', '--check'], {});
    expect(await p.exited).toBe(0);
    const ours = run(['--import', 'tsx', 'src/adapters/slack/write-manifest.ts', '--url', 'https://bot.example.org'], {});
    expect(await ours.exited).toBe(0);
    const manifest = JSON.parse(ours.stdout());
    expect(manifest.settings.event_subscriptions.request_url).toBe('https://bot.example.org/slack/events');
    expect(manifest.features.slash_commands.every((c: { url: string }) => c.url === 'https://bot.example.org/slack/events')).toBe(true);
    const socket = run(['--import', 'tsx', 'src/adapters/slack/write-manifest.ts', '--socket-mode'], {});
    expect(await socket.exited).toBe(0);
    expect(JSON.parse(socket.stdout()).settings).toMatchObject({ socket_mode_enabled: true, event_subscriptions: { bot_events: ['app_mention', 'message.im'] } });
    expect(socket.stdout()).not.toContain('parley.example.com');
  });
});
