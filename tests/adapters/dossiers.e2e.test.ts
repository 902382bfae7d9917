/**
 * Two channels, two negotiations, one Parley: a Slack channel subscribed to gaza-ceasefire and a
 * Discord channel on russia-ukraine, served by one process on one database (real Bolt, discord.js,
 * core, posters and scheduler run against the loopback fakes). Each gets its own negotiation's
 * briefing, and each channel's commands are about the negotiation it follows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordPoster } from '../../src/adapters/discord/discord-poster.js';
import { createSlackPoster } from '../../src/adapters/slack/slack-poster.js';
import { postDue } from '../../src/cli/post-due.js';
import type { Core } from '../../src/core/index.js';
import type { Poster } from '../../src/core/schedule/index.js';
import { type DiscordFake, FAKE_CHANNEL_ID, PERMISSIONS } from '../support/discord-fake.js';
import { type SlackFake, sendSlashCommand, slashCommandPayload } from '../support/slack-fake.js';
import { recordingLogger } from './helpers.js';
import { discordParley, type Platforms, slackParley, startPlatforms } from './support.js';

const SECRET = 'dossiers-signing-secret';
const GAZA_CHANNEL = 'C0GAZA';
const UKRAINE_HEADLINE = 'US and Ukraine hold second round of talks in Saudi Arabia';
const GAZA_HEADLINE = "Qatar's premier announces Gaza ceasefire, prisoner swap deal after 15 months of Israeli war";

describe('a Gaza channel and a Ukraine channel on one Parley', () => {
  let platforms: Platforms;
  let slack: SlackFake;
  let discord: DiscordFake;
  let core: Core;
  let posters: { slack: Poster; discord: Poster };
  const logger = recordingLogger();

  /** `/who-leads …` typed in a Slack channel; the answer as the asker sees it. */
  async function slackCommand(command: string, text: string, channel: string): Promise<string> {
    const payload = slashCommandPayload(slack, command, text, { channel_id: channel });
    const res = await sendSlashCommand(platforms.url, payload, { secret: SECRET });
    expect(res.status).toBe(200);
    const answer = await slack.waitFor((r) => r.path === new URL(payload.response_url as string).pathname);
    return JSON.stringify(answer.body);
  }
  const briefingsTo = (channel: string) => slack.postedTo(channel).filter((r) => r.body.thread_ts === undefined).map((r) => JSON.stringify(r.body));
  const discordBriefings = () => discord.channelMessages(FAKE_CHANNEL_ID).map((r) => JSON.stringify(r.body));
  const pass = (now: string) => postDue(core, { posters, now: new Date(now), logger, sleep: async () => {} });

  beforeAll(async () => {
    platforms = await startPlatforms({ secret: SECRET, slackToken: 'xoxb-dossiers', discordToken: 'dossiers.discord.token', logger });
    ({ slack, discord, core } = platforms);
    // Every dossier's snapshots, into the one database the seed article is in.
    await core.ingest(undefined, { offline: true });
    posters = {
      slack: createSlackPoster({ botToken: 'xoxb-dossiers', apiUrl: slack.apiUrl, logger }),
      discord: createDiscordPoster({ token: 'dossiers.discord.token', apiUrl: discord.apiUrl, logger }),
    };
  });
  afterAll(async () => {
    await platforms?.stop();
  });

  it('subscribes the Slack channel to gaza-ceasefire in its zone and the Discord channel to the default dossier', async () => {
    const gaza = await slackParley(slack, platforms.url, SECRET, 'subscribe dossier:gaza-ceasefire time:08:00', { user_id: 'U0ADMIN', channel_id: GAZA_CHANNEL });
    expect(gaza.text).toContain('Subscribed: gaza-ceasefire briefing daily at 08:00 Asia/Jerusalem');
    const ukraine = await discordParley(discord, 'subscribe', { time: '08:00' }, PERMISSIONS.manageChannels);
    expect(ukraine.text).toContain('russia-ukraine briefing daily at 08:00 Europe/Kyiv');
  });

  it("answers a channel's commands from the negotiation it follows, unless another is named", async () => {
    const inGaza = await slackCommand('/who-leads', 'Hamas', GAZA_CHANNEL);
    expect(inGaza).toContain('Gaza ceasefire and hostage talks');
    expect(inGaza).toContain('Khalil al-Hayya');
    // A channel following no negotiation is answered from the one that has Hamas's delegation, named as such.
    const elsewhere = await slackCommand('/who-leads', 'Hamas', 'C0NEWS');
    expect(elsewhere).toContain('Dossier: Gaza ceasefire and hostage talks (gaza-ceasefire)');
    expect(elsewhere).toContain('Khalil al-Hayya');
    const inUkraine = await slackCommand('/who-leads', 'Hamas dossier:russia-ukraine', 'C0NEWS');
    expect(inUkraine).toContain('No delegation of Hamas is on record yet');
    const named = await slackCommand('/who-leads', 'Iran dossier:iran-us-nuclear', 'C0NEWS');
    expect(named).toContain('Abbas Araghchi');
    expect(named).toContain('Iran–US nuclear talks');
  });

  it('posts each channel its own negotiation’s briefing, from one run of the scheduler', async () => {
    // 08:00 on 16 January in both zones: the day the Gaza deal was announced.
    const january = await pass('2025-01-16T06:00:00Z');
    expect(january).toMatchObject({ posted: 2, failed: 0 });
    const [gaza] = briefingsTo(GAZA_CHANNEL);
    expect(gaza).toContain('Gaza ceasefire and hostage talks — briefing for Thu 16 Jan');
    expect(gaza).toContain(GAZA_HEADLINE);
    expect(gaza).not.toMatch(/Ukrain|Kyiv/);
    const [quiet] = discordBriefings();
    expect(quiet).toContain('Russia–Ukraine ceasefire talks — briefing for Thu 16 Jan');
    expect(quiet).not.toMatch(/Gaza|Hamas|Qatar/);

    // 24 March: the Ukraine channel gets the Riyadh round; the Gaza channel a catch-up of its own news.
    const march = await pass('2025-03-24T06:00:00Z');
    expect(march).toMatchObject({ posted: 2, failed: 0 });
    const ukraine = discordBriefings().slice(1).join('\n');
    expect(ukraine).toContain(UKRAINE_HEADLINE);
    expect(ukraine).not.toMatch(/Gaza|Hamas|Qatar/);
    const gazaLater = briefingsTo(GAZA_CHANNEL).slice(1).join('\n');
    expect(gazaLater).toContain('Gaza ceasefire and hostage talks — briefing for Mon 24 Mar');
    expect(gazaLater).toContain('Catch-up');
    expect(gazaLater).not.toContain(UKRAINE_HEADLINE);
    expect(logger.entries.filter((e) => e.level === 'error')).toEqual([]);
  });
});
