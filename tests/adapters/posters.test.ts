import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordPoster, discordPostError } from '../../src/adapters/discord/discord-poster.js';
import { createSlackPoster, slackPostError } from '../../src/adapters/slack/slack-poster.js';
import type { Core } from '../../src/core/index.js';
import type { Doc } from '../../src/core/render/doc.js';
import { type Platform, type Poster, PostError } from '../../src/core/schedule/index.js';
import { record } from '../faults/ledger.js';
import { type DiscordFake, FAKE_GUILD_ID, PERMISSIONS } from '../support/discord-fake.js';
import { FAKE_TEAM_ID, type SlackFake } from '../support/slack-fake.js';
import { recordingLogger } from './helpers.js';
import { discordParley, type Platforms, slackParley, startPlatforms } from './support.js';

const SECRET = 'poster-secret';
const NOW = '2025-03-24T06:00:00Z';

/** A Doc long enough to need several messages on both platforms. */
function longDoc(): Doc {
  const para = 'Negotiators met again to discuss the maritime ceasefire and the exchange of prisoners. '.repeat(30);
  return { title: 'Long briefing', summary: 'long', blocks: Array.from({ length: 12 }, () => ({ type: 'paragraph' as const, spans: [{ text: para }] })) };
}

describe('scheduled-briefing posters against the Slack and Discord fakes', () => {
  let slack: SlackFake;
  let discord: DiscordFake;
  let core: Core;
  let url: string;
  let posters: Record<Platform, Poster>;
  const sleeps: number[] = [];
  const fakeSleep = async (ms: number) => {
    sleeps.push(ms);
  };
  const logger = recordingLogger();

  let platforms: Platforms;
  beforeAll(async () => {
    platforms = await startPlatforms({ secret: SECRET, slackToken: 'xoxb-poster', discordToken: 'poster.token', logger });
    ({ slack, discord, core, url } = platforms);
    posters = {
      slack: createSlackPoster({ botToken: 'xoxb-poster', apiUrl: slack.apiUrl, logger, sleep: fakeSleep }),
      discord: createDiscordPoster({ token: 'poster.token', apiUrl: discord.apiUrl, logger, sleep: fakeSleep }),
    };
  });

  afterAll(async () => {
    await platforms?.stop();
  });

  /** One pass of the real runner with the real briefing, a fake sleep and fixed jitter. */
  const run = (channel: string) => {
    sleeps.length = 0;
    return core.postDue({
      at: new Date(NOW),
      posters,
      logger,
      runner: 'poster-test',
      sleep: fakeSleep,
      random: () => 0.5,
    }).then((report) => ({ report, line: report.lines.find((l) => l.destination.endsWith(`:${channel}`)) }));
  };
  const subscribe = (platform: Platform, channel: string) =>
    core.subscriptions.subscribe({ platform, workspace: platform === 'slack' ? FAKE_TEAM_ID : FAKE_GUILD_ID, channel, time: '08:00', tz: 'Europe/Kyiv', by: 'U0ADMIN' });
  const discordFirsts = (channel: string) => discord.channelMessages(channel).filter((r) => JSON.stringify(r.body).includes('briefing for'));
  const slackFirsts = (channel: string) => slack.postedTo(channel).filter((r) => r.body.thread_ts === undefined);

  it('Discord 429 with Retry-After: the runner waits that long (fake sleep) and posts once', async () => {
    await subscribe('discord', '500000000000000001');
    discord.fail({ method: 'POST', path: /\/channels\/500000000000000001\/messages$/, status: 429, retryAfter: 3 });
    const { line } = await run('500000000000000001');
    expect(line).toMatchObject({ outcome: 'posted', detail: 'posted after 2 attempts' });
    // @discordjs/rest adds its 50 ms safety offset to the server's Retry-After.
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThanOrEqual(3000);
    expect(sleeps[0]).toBeLessThan(3200);
    expect(discordFirsts('500000000000000001')).toHaveLength(1);
    record({ faults: 1, duplicatesPosted: discordFirsts('500000000000000001').length - 1 });
  });

  it('Discord 500 twice: the runner backs off twice and posts once (the REST client does not retry behind its back)', async () => {
    await subscribe('discord', '500000000000000002');
    discord.fail({ method: 'POST', path: /\/channels\/500000000000000002\/messages$/, status: 500, times: 2 });
    const { line } = await run('500000000000000002');
    expect(line).toMatchObject({ outcome: 'posted', detail: 'posted after 3 attempts' });
    expect(sleeps).toHaveLength(2);
    expect(discord.requests.filter((r) => r.path.endsWith('/500000000000000002/messages'))).toHaveLength(3);
    expect(discordFirsts('500000000000000002')).toHaveLength(1);
    record({ faults: 2, duplicatesPosted: discordFirsts('500000000000000002').length - 1 });
  });

  it('Discord dropping the connection mid-request: a transient failure, retried, posted once', async () => {
    await subscribe('discord', '500000000000000009');
    discord.fail({ method: 'POST', path: /\/channels\/500000000000000009\/messages$/, status: 'drop' });
    const { line } = await run('500000000000000009');
    expect(line).toMatchObject({ outcome: 'posted' });
    expect(discordFirsts('500000000000000009')).toHaveLength(1);
    record({ faults: 1, duplicatesPosted: discordFirsts('500000000000000009').length - 1 });
  });

  it('Discord unknown channel (10003): marked unreachable, not retried, and shown in /parley subscriptions', async () => {
    await subscribe('discord', '500000000000000003');
    discord.fail({ method: 'POST', path: /\/channels\/500000000000000003\/messages$/, status: 404, code: 10003, message: 'Unknown Channel' });
    const { line } = await run('500000000000000003');
    expect(line?.outcome).toBe('gone');
    expect(sleeps).toEqual([]);
    const sub = (await core.subscriptions.forChannel({ platform: 'discord', workspace: FAKE_GUILD_ID, channel: '500000000000000003' }))[0];
    expect(sub).toMatchObject({ status: 'unreachable' });
    expect(sub?.statusReason).toContain('Unknown Channel (10003)');
    const again = await run('500000000000000003');
    expect(again.line?.outcome).toBe('skipped');
    expect(discord.requests.filter((r) => r.path.endsWith('/500000000000000003/messages'))).toHaveLength(1);

    const listed = await discordParley(discord, 'subscriptions', {}, PERMISSIONS.manageGuild);
    expect(listed.text).toContain('unreachable');
    expect(listed.ephemeral).toBe(true);
    expect(listed.text).toContain('1 unreachable');
    expect(listed.text).toMatch(/channel 500000000000000003:\W+russia-ukraine briefing daily at 08:00 Europe\/Kyiv, all topics\W+unreachable: Discord Unknown Channel \(10003\): the channel was deleted/);
    record({ faults: 1, duplicatesPosted: 0 });
  });

  it('Slack ratelimited (429, Retry-After 2) then ok: the runner waits 2 s and posts once', async () => {
    await subscribe('slack', 'C0RATE');
    slack.fail({ method: 'chat.postMessage', status: 429, error: 'ratelimited', retryAfter: 2, when: (r) => r.body.channel === 'C0RATE' });
    const { line } = await run('C0RATE');
    expect(line).toMatchObject({ outcome: 'posted', detail: 'posted after 2 attempts' });
    expect(sleeps).toEqual([2000]);
    expect(slack.requests.filter((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C0RATE' && r.body.thread_ts === undefined)).toHaveLength(2);
    expect(slackFirsts('C0RATE')).toHaveLength(1);
    record({ faults: 1, duplicatesPosted: slackFirsts('C0RATE').length - 1 });
  });

  it('Slack channel_not_found: marked unreachable and shown in /parley subscriptions with the reason', async () => {
    await subscribe('slack', 'C0GONE');
    slack.fail({ method: 'chat.postMessage', error: 'channel_not_found', when: (r) => r.body.channel === 'C0GONE' });
    const { line } = await run('C0GONE');
    expect(line?.outcome).toBe('gone');
    expect(sleeps).toEqual([]);
    const listed = await slackParley(slack, url, SECRET, 'subscriptions', { user_id: 'U0ADMIN' });
    expect(listed.ephemeral).toBe(true);
    // The renderer swaps `_` for a look-alike so Slack shows no italics: match around it.
    expect(listed.text).toMatch(/channel C0GONE:\W+russia-ukraine briefing daily at 08:00 Europe\/Kyiv, all topics\W+unreachable: Slack channel.not.found: the channel was deleted, or it is private and Parley is not in it/);
    expect(listed.text).toContain('2 briefing subscriptions in this workspace, 1 unreachable');
    record({ faults: 1, duplicatesPosted: 0 });
  });

  it('a failed continuation is retried a little, then logged, never thrown: the briefing is not reposted', async () => {
    const doc = longDoc();
    slack.fail({ method: 'chat.postMessage', status: 500, times: 10, when: (r) => r.body.channel === 'C0LONG' && r.body.thread_ts !== undefined });
    sleeps.length = 0;
    await expect(posters.slack.post({ workspace: FAKE_TEAM_ID, channel: 'C0LONG' }, doc)).resolves.toBeUndefined();
    expect(slackFirsts('C0LONG')).toHaveLength(1);
    const replies = slack.requests.filter((r) => r.body.channel === 'C0LONG' && r.body.thread_ts !== undefined);
    expect(replies.length).toBeGreaterThanOrEqual(3);
    const parentTs = slackFirsts('C0LONG')[0]!.response?.ts;
    expect(parentTs).toBeDefined();
    expect(replies.every((r) => r.body.thread_ts === parentTs)).toBe(true);
    expect(sleeps.every((ms) => ms <= 10_000)).toBe(true);
    expect(logger.entries.some((e) => e.msg === 'continuation message not posted; the briefing stays partly posted')).toBe(true);

    discord.fail({ method: 'POST', path: /\/channels\/500000000000000009\/messages$/, status: 503, times: 10, when: (r) => !JSON.stringify(r.body).includes('Long briefing') });
    await expect(posters.discord.post({ workspace: FAKE_GUILD_ID, channel: '500000000000000009' }, doc)).resolves.toBeUndefined();
    expect(discord.channelMessages('500000000000000009').filter((r) => JSON.stringify(r.body).includes('Long briefing'))).toHaveLength(1);
    record({ faults: 2, duplicatesPosted: 0 });
  });

  it('posts a long briefing as a channel message plus thread replies on Slack, in order on Discord', async () => {
    const doc = longDoc();
    await posters.slack.post({ workspace: FAKE_TEAM_ID, channel: 'C0THREAD' }, doc);
    const posts = slack.postedTo('C0THREAD');
    expect(posts.length).toBeGreaterThan(1);
    expect(posts[0]!.body.thread_ts).toBeUndefined();
    // The Web API client sends a form: booleans arrive as text.
    expect(String(posts[0]!.body.unfurl_links)).toBe('false');
    expect(posts.slice(1).every((r) => r.body.thread_ts === posts[0]!.response?.ts)).toBe(true);

    await posters.discord.post({ workspace: FAKE_GUILD_ID, channel: '500000000000000010' }, doc);
    const msgs = discord.channelMessages('500000000000000010');
    expect(msgs.length).toBeGreaterThan(1);
    for (const m of msgs) expect(m.body?.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('platform error → PostError kind', () => {
  const slackErr = (code: string) => Object.assign(new Error(code), { code: 'slack_webapi_platform_error', data: { ok: false, error: code } });

  it('maps Slack errors', () => {
    expect(slackPostError(Object.assign(new Error('rl'), { code: 'slack_webapi_rate_limited_error', retryAfter: 7 }))).toMatchObject({ kind: 'rate-limited', retryAfterMs: 7000 });
    expect(slackPostError(slackErr('ratelimited')).kind).toBe('rate-limited');
    for (const code of ['channel_not_found', 'is_archived', 'not_in_channel', 'missing_scope', 'account_inactive']) expect(slackPostError(slackErr(code)).kind, code).toBe('gone');
    for (const code of ['invalid_blocks', 'msg_too_long']) expect(slackPostError(slackErr(code)).kind, code).toBe('fatal');
    expect(slackPostError(slackErr('internal_error')).kind).toBe('transient');
    expect(slackPostError(Object.assign(new Error('503'), { code: 'slack_webapi_http_error', statusCode: 503 })).kind).toBe('transient');
    expect(slackPostError(Object.assign(new Error('x'), { code: 'slack_webapi_request_error', original: new Error('The operation was aborted due to timeout') })).kind).toBe('transient');
  });

  it('maps Discord errors', () => {
    const api = (code: number, status: number) => new DiscordAPIError({ code, message: `m${code}` }, code, status, 'POST', '/channels/1/messages', { body: {} });
    for (const code of [10003, 50001, 50013]) expect(discordPostError(api(code, 403)).kind, String(code)).toBe('gone');
    expect(discordPostError(api(50035, 400)).kind).toBe('fatal');
    expect(discordPostError(new HTTPError(502, 'Bad Gateway', 'POST', '/x', { body: {} })).kind).toBe('transient');
    const rl = new RateLimitError({ timeToReset: 0, limit: 5, method: 'POST', hash: 'h', url: '/x', route: '/channels/:id/messages', majorParameter: '1', global: false, retryAfter: 4200, sublimitTimeout: 0, scope: 'user' });
    expect(discordPostError(rl)).toMatchObject({ kind: 'rate-limited', retryAfterMs: 4200 });
    const timeout = Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
    expect(discordPostError(timeout)).toBeInstanceOf(PostError);
    expect(discordPostError(timeout).kind).toBe('transient');
  });
});
