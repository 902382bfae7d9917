/**
 * The loopback fakes keep the platforms' posting limits when asked (RATE_LIMITS), and the
 * posters keep to them: a client that ignores them is answered 429 with Retry-After; the posters,
 * posting to many channels at once, get every briefing out once, with any 429 waited out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordPoster } from '../../src/adapters/discord/discord-poster.js';
import { RATE_LIMITS } from '../../src/adapters/rate-limits.js';
import { createSlackPoster } from '../../src/adapters/slack/slack-poster.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Doc } from '../../src/core/render/doc.js';
import { DiscordFake } from '../support/discord-fake.js';
import { SlackFake } from '../support/slack-fake.js';

/** A briefing of several messages: 30 paragraphs are 8 Slack messages (a head and thread replies); 6 are 6 Discord messages, one over its 5-per-5-s bucket. */
function longDoc(n: number, paragraphs: number): Doc {
  const para = 'The delegations met for six hours in Riyadh and agreed to meet again next week. '.repeat(40);
  return { title: `Briefing ${n}`, summary: 'long', blocks: Array.from({ length: paragraphs }, () => ({ type: 'paragraph' as const, spans: [{ text: para }] })) };
}

describe('the fakes enforce Slack and Discord rate limits (opt-in)', () => {
  let slack: SlackFake;
  let discord: DiscordFake;
  beforeAll(async () => {
    slack = (await new SlackFake().start()).enforceRateLimits();
    discord = (await new DiscordFake().start()).enforceRateLimits();
  });
  afterAll(async () => {
    await slack?.stop();
    await discord?.stop();
  });

  it('Slack: a client posting faster than one message a second to a channel gets 429 ratelimited with Retry-After once the burst is spent', async () => {
    const { burst } = RATE_LIMITS.slack.postMessagePerChannel;
    const answers = [];
    for (let i = 0; i < burst + 2; i++) {
      const res = await fetch(`${slack.apiUrl}chat.postMessage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer xoxb-raw' },
        body: JSON.stringify({ channel: 'CRAW', text: `m${i}` }),
      });
      answers.push({ status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { ok: boolean; error?: string } });
    }
    expect(answers.slice(0, burst).map((a) => a.status)).toEqual(Array(burst).fill(200));
    expect(answers[burst]).toMatchObject({ status: 429, body: { ok: false, error: 'ratelimited' } });
    expect(Number(answers[burst]!.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(slack.postedTo('CRAW')).toHaveLength(burst);
    // Another channel has its own bucket.
    const other = await fetch(`${slack.apiUrl}chat.postMessage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channel: 'COTHER', text: 'x' }) });
    expect(other.status).toBe(200);
  });

  it('Discord: over 5 messages per 5 s in a channel is a route 429 with X-RateLimit-* headers; every answer announces the bucket', async () => {
    const { limit } = RATE_LIMITS.discord.channelMessages;
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < limit + 1; i++) {
      last = await fetch(`${discord.apiUrl}/v10/channels/700000000000000001/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bot raw' },
        body: JSON.stringify({ content: `m${i}` }),
      });
      statuses.push(last.status);
      if (i === 0) expect(last.headers.get('x-ratelimit-remaining')).toBe(String(limit - 1));
      await last.arrayBuffer();
    }
    expect(statuses).toEqual([...Array(limit).fill(200), 429]);
    expect(last!.headers.get('x-ratelimit-scope')).toBe('user');
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(discord.channelMessages('700000000000000001')).toHaveLength(limit);
  });

  it('Discord: over 50 requests in a second from one token is a global 429', async () => {
    // Its own fake, its clock stopped: every request falls in one window, whatever the machine's load.
    const frozen = (await new DiscordFake().start()).enforceRateLimits(undefined, { now: () => 1_000_000 });
    try {
      const { limit } = RATE_LIMITS.discord.global;
      // Different channels: only the global limit can refuse them.
      const answers = await Promise.all(
        Array.from({ length: limit + 10 }, (_, i) =>
          fetch(`${frozen.apiUrl}/v10/channels/71000000000000${String(i).padStart(4, '0')}/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: 'Bot global-burst' },
            body: JSON.stringify({ content: 'x' }),
          }).then(async (r) => ({ status: r.status, global: r.headers.get('x-ratelimit-global'), body: await r.text() })),
        ),
      );
      const refused = answers.filter((a) => a.status === 429);
      expect(refused).toHaveLength(10);
      expect(frozen.rateLimited.global).toBe(10);
      for (const r of refused) expect(r.global).toBe('true');
      // Another token has its own budget.
      const other = await fetch(`${frozen.apiUrl}/v10/channels/719999999999999999/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bot other' }, body: '{}' });
      expect(other.status).toBe(200);
    } finally {
      await frozen.stop();
    }
  });

  it('the posters, 40 channels at once with multi-message briefings, post every message once within the limits', async () => {
    const slackPoster = createSlackPoster({ botToken: 'xoxb-fanout', apiUrl: slack.apiUrl, logger: silentLogger });
    const discordPoster = createDiscordPoster({ token: 'fanout.token', apiUrl: discord.apiUrl, logger: silentLogger });
    const slackChannels = Array.from({ length: 40 }, (_, i) => `CFAN${i}`);
    const discordChannels = Array.from({ length: 40 }, (_, i) => `72000000000000${String(i).padStart(4, '0')}`);
    await Promise.all([
      ...slackChannels.map((c, i) => slackPoster.post({ workspace: 'T1', channel: c }, longDoc(i, 30))),
      ...discordChannels.map((c, i) => discordPoster.post({ workspace: 'G1', channel: c }, longDoc(i, 6))),
    ]);
    const slackHeads = slackChannels.map((c) => slack.postedTo(c).filter((r) => r.body.thread_ts === undefined).length);
    expect(slackHeads).toEqual(Array(40).fill(1));
    // Each channel got its whole briefing: a head and the same number of thread replies.
    const slackCounts = new Set(slackChannels.map((c) => slack.postedTo(c).length));
    expect(slackCounts.size).toBe(1);
    expect([...slackCounts][0]).toBeGreaterThan(RATE_LIMITS.slack.postMessagePerChannel.burst);
    const discordCounts = new Set(discordChannels.map((c) => discord.channelMessages(c).length));
    expect(discordCounts.size).toBe(1);
    expect([...discordCounts][0]).toBeGreaterThan(RATE_LIMITS.discord.channelMessages.limit);
  });
});
