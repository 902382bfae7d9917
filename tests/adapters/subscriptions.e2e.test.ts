import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/adapters/dispatch.js';
import { runCli } from '../../src/cli/main.js';
import type { Core } from '../../src/core/core.js';
import type { DiscordMessage } from '../../src/core/render/discord.js';
import { checkDiscordMessage, checkSlackMessage } from '../../src/core/render/limits.js';
import type { SlackMessage } from '../../src/core/render/slack.js';
import { type DiscordFake, FAKE_CHANNEL_ID, FAKE_GUILD_ID, PERMISSIONS } from '../support/discord-fake.js';
import { FAKE_TEAM_ID, type SlackFake } from '../support/slack-fake.js';
import { recordingLogger } from './helpers.js';
import { discordParley, type Platforms, slackParley, startPlatforms } from './support.js';

const SECRET = 'e2e-signing-secret';
const HEADLINE = 'US and Ukraine hold second round of talks in Saudi Arabia';
const USAGE = 'Try: /parley subscribe time:08:00 tz:Europe/Kyiv topics:maritime,energy';
const SLACK_CHANNEL = 'C0NEWS';

describe('/parley subscribe on Slack and Discord, then `parley post-due` (real Bolt, discord.js, core and CLI)', () => {
  let slack: SlackFake;
  let discord: DiscordFake;
  let core: Core;
  let dbPath: string;
  let url: string;
  const savedEnv = { ...process.env };
  const logger = recordingLogger();

  const stored = async () => [...await core.subscriptions.list('slack', FAKE_TEAM_ID), ...await core.subscriptions.list('discord', FAKE_GUILD_ID)];
  const slackAs = (user: string, text: string) => slackParley(slack, url, SECRET, text, { user_id: user });
  const cli = async (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli([...args, '--db', dbPath], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
    return { code, stdout, stderr };
  };

  let platforms: Platforms;
  beforeAll(async () => {
    platforms = await startPlatforms({ secret: SECRET, slackToken: 'xoxb-e2e-token', discordToken: 'e2e.discord.token', adminUsers: ['U0LISTED'], logger });
    ({ slack, discord, core, dbPath, url } = platforms);
    // `parley post-due` reads its platforms from the environment, like an external scheduler would set it.
    Object.assign(process.env, { SLACK_BOT_TOKEN: 'xoxb-e2e-token', SLACK_API_URL: slack.apiUrl, DISCORD_TOKEN: 'e2e.discord.token', DISCORD_API_URL: discord.apiUrl });
  });

  afterAll(async () => {
    for (const k of ['SLACK_BOT_TOKEN', 'SLACK_API_URL', 'DISCORD_TOKEN', 'DISCORD_API_URL']) {
      if (savedEnv[k] === undefined) delete process.env[k];
      else process.env[k] = savedEnv[k];
    }
    await platforms?.stop();
  });

  it('refuses a Slack member who is not a workspace admin, privately, after asking users.info, and stores nothing', async () => {
    const a = await slackAs('U0ASKER', 'subscribe time:08:00 tz:Europe/Kyiv');
    expect(a.ephemeral).toBe(true);
    expect(a.text).toContain('Only workspace admins and owners');
    expect(slack.requests.some((r) => r.path === '/api/users.info' && r.body.user === 'U0ASKER')).toBe(true);
    expect(await stored()).toEqual([]);
  });

  it('tells an admin how to fix an install without the users:read scope, instead of a generic error', async () => {
    slack.fail({ method: 'users.info', error: 'missing_scope' });
    const a = await slackAs('U0NEWADMIN', 'subscribe');
    expect(a.ephemeral).toBe(true);
    expect(a.text).toContain('lacks the users:read scope');
    expect(await stored()).toEqual([]);
  });

  it('refuses a Discord member without Manage Channels or Manage Server, privately, and stores nothing', async () => {
    const a = await discordParley(discord, 'subscribe', { time: '08:00', tz: 'Europe/Kyiv' }, PERMISSIONS.sendMessages);
    expect(a.ephemeral).toBe(true);
    expect(a.text).toContain('Manage Channels or Manage Server permission');
    expect(await stored()).toEqual([]);
  });

  it('refuses bad arguments with the valid form on both platforms, storing nothing', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ time: '25:00' }, /HH:MM in 24-hour form, e\.g\. time 08:00/],
      [{ tz: 'Mars/Olympus' }, /not a time zone\. Use an IANA zone as Area\/City, e\.g\. tz Europe\/Kyiv/],
      [{ dossier: 'atlantis' }, /No dossier \\"atlantis\\"\. Known: gaza-ceasefire, iran-us-nuclear, other-negotiations, russia-ukraine/],
      [{ topics: 'weather' }, /Unknown topic \\"weather\\"\. Topics of russia-ukraine: maritime/],
    ];
    for (const [options, message] of cases) {
      const text = `subscribe ${Object.entries(options).map(([k, v]) => `${k}:${v}`).join(' ')}`;
      const onSlack = await slackAs('U0ADMIN', text);
      expect(onSlack.ephemeral, text).toBe(true);
      expect(onSlack.text, text).toMatch(message);
      expect(onSlack.text).toContain(USAGE);
      const onDiscord = await discordParley(discord, 'subscribe', options, PERMISSIONS.manageChannels);
      expect(onDiscord.ephemeral, text).toBe(true);
      expect(onDiscord.text, text).toMatch(message);
      expect(onDiscord.text).toContain(USAGE);
    }
    expect(await stored()).toEqual([]);
  });

  it('refuses subscriptions in the shell and from mentions, where no permission can be checked', async () => {
    const dispatcher = createDispatcher({ core, logger });
    const shell = await dispatcher.message('/parley subscribe time:08:00', { platform: 'shell', destination: 'shell:local' });
    expect(shell.doc.summary).toContain('Subscriptions are per Slack or Discord channel');
    const mention = await dispatcher.message('parley subscribe time:08:00', { platform: 'slack', workspace: FAKE_TEAM_ID, channel: SLACK_CHANNEL, userId: 'U0ADMIN' });
    expect(mention.ephemeral).toBe(true);
    expect(mention.doc.summary).toContain('/parley slash command');
    expect(await stored()).toEqual([]);
  });

  it('subscribes on both platforms, then post-due posts ONE briefing per channel, and a second identical call posts nothing', async () => {
    const onSlack = await slackAs('U0ADMIN', 'subscribe time:08:00 tz:Europe/Kyiv');
    expect(onSlack.text).toContain('Subscribed this channel');
    expect(onSlack.text).toContain('daily at 08:00 Europe/Kyiv');
    const onDiscord = await discordParley(discord, 'subscribe', { time: '08:00', tz: 'Europe/Kyiv' }, PERMISSIONS.manageChannels);
    expect(onDiscord.text).toContain('Subscribed this channel');
    expect((await stored()).map((s) => [s.destination, s.time, s.tz, s.createdBy])).toEqual([
      [`slack:${FAKE_TEAM_ID}:${SLACK_CHANNEL}`, '08:00', 'Europe/Kyiv', 'U0ADMIN'],
      [`discord:${FAKE_GUILD_ID}:${FAKE_CHANNEL_ID}`, '08:00', 'Europe/Kyiv', '444444444444444444'],
    ]);

    const first = await cli(['post-due', '--now', '2025-03-24T06:00:00Z']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('post-due at 2025-03-24T06:00:00.000Z: 2 posted, 0 skipped, 0 failed, 0 unreachable, 0 not due yet');

    const slackPosts = slack.postedTo(SLACK_CHANNEL);
    expect(slackPosts.filter((r) => r.body.thread_ts === undefined)).toHaveLength(1);
    expect(JSON.stringify(slackPosts[0]!.body)).toContain(HEADLINE);
    for (const r of slackPosts) {
      expect(r.headers.authorization).toBe('Bearer xoxb-e2e-token');
      const msg = { text: r.body.text, blocks: r.body.blocks ?? [] } as SlackMessage;
      expect(checkSlackMessage(msg), JSON.stringify(msg).slice(0, 300)).toEqual([]);
    }

    const discordPosts = discord.channelMessages(FAKE_CHANNEL_ID);
    expect(discordPosts.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(discordPosts[0]!.body)).toContain(HEADLINE);
    expect(discordPosts[0]!.body?.embeds).toBeDefined();
    for (const r of discordPosts) {
      expect(r.headers.authorization).toBe('Bot e2e.discord.token');
      const msg = r.body as unknown as DiscordMessage;
      expect(msg.allowed_mentions).toEqual({ parse: [] });
      expect(msg.flags).toBeUndefined();
      expect(checkDiscordMessage({ ...msg, embeds: msg.embeds ?? [] })).toEqual([]);
    }
    // No gateway session was opened by the CLI: the only IDENTIFY came from the running adapter.
    const before = { slack: slack.requests.length, discord: discord.requests.length };

    const second = await cli(['post-due', '--now', '2025-03-24T06:00:00Z']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('0 posted, 2 skipped');
    expect(second.stdout).toMatch(/skipped slack:T0PARLEY:C0NEWS \(russia-ukraine, 2025-03-24\): already posted at /);
    expect(slack.requests.length).toBe(before.slack);
    expect(discord.requests.length).toBe(before.discord);
  });

  it('lists subscriptions: everyone sees this channel, managers (here via SLACK_ADMIN_USERS, no users.info call) the workspace', async () => {
    const member = await slackAs('U0ASKER', 'subscriptions');
    expect(member.text).toContain('1 briefing subscription in this channel');
    expect(member.text).toContain('russia-ukraine briefing daily at 08:00 Europe/Kyiv, all topics');
    const listed = await slackAs('U0LISTED', 'subscriptions');
    expect(listed.text).toContain('in this workspace');
    expect(slack.requests.some((r) => r.path === '/api/users.info' && r.body.user === 'U0LISTED')).toBe(false);
  });

  it('lets a manager narrow topics and unsubscribe; the answer says what changed', async () => {
    const narrowed = await discordParley(discord, 'subscribe', { topics: 'maritime, energy' }, PERMISSIONS.manageGuild);
    expect(narrowed.text).toContain('Updated this channel’s subscription');
    expect(narrowed.text).toContain('daily at 08:00 Europe/Kyiv, topics maritime, energy');
    const gone = await discordParley(discord, 'unsubscribe', {}, PERMISSIONS.manageChannels);
    expect(gone.text).toContain('Unsubscribed this channel from the russia-ukraine briefing');
    expect(await core.subscriptions.list('discord', FAKE_GUILD_ID)).toEqual([]);
  });

  it('never logged a token', () => {
    expect(JSON.stringify(logger.entries)).not.toMatch(/xoxb-e2e-token|e2e\.discord\.token/);
    expect(logger.entries.filter((e) => e.level === 'error')).toEqual([]);
  });
});
