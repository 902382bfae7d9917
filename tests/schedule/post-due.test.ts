import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatRunReport, postDue } from '../../src/cli/post-due.js';
import type { Doc } from '../../src/core/render/doc.js';
import { SEED_FEED, tempCore } from '../support/temp-core.js';
import { fakePoster, noSleep, recordingLogger } from './support/helpers.js';

const HEADLINE = 'US and Ukraine hold second round of talks in Saudi Arabia';

let env: ReturnType<typeof tempCore>;
beforeEach(async () => {
  // The seed article was published 2025-03-23T20:30Z; the core's clock is the day after.
  env = tempCore({ now: new Date('2025-03-24T06:00:00Z') });
  await env.core.ingest([SEED_FEED]);
});
afterEach(() => env.cleanup());

const text = (doc: Doc) => JSON.stringify(doc);

function pass(now: string, posters: Parameters<typeof postDue>[1]['posters']) {
  return postDue(env.core, { posters, now: new Date(now), logger: recordingLogger(), sleep: noSleep });
}

describe('parley post-due on the real core', () => {
  it("posts each channel's real briefing once on each platform, and a second identical call posts nothing", async () => {
    const subs = env.core.subscriptions;
    await subs.subscribe({ platform: 'slack', workspace: 'T1', channel: 'C1', time: '08:00', tz: 'Europe/Kyiv', by: 'U1' });
    await subs.subscribe({ platform: 'discord', workspace: 'G1', channel: 'D1', time: '08:00', tz: 'Europe/Kyiv', by: 'U2' });
    const slack = fakePoster();
    const discord = fakePoster();
    const first = await pass('2025-03-24T06:00:00Z', { slack: slack.poster, discord: discord.poster });
    expect(first).toMatchObject({ posted: 2, skipped: 0, failed: 0, gone: 0 });
    expect(slack.posts).toHaveLength(1);
    expect(discord.posts).toHaveLength(1);
    expect(slack.posts[0]!.doc.title).toContain('briefing for Mon 24 Mar');
    expect(text(slack.posts[0]!.doc)).toContain(HEADLINE);
    expect(text(discord.posts[0]!.doc)).toContain(HEADLINE);

    const second = await pass('2025-03-24T06:00:00Z', { slack: slack.poster, discord: discord.poster });
    expect(second).toMatchObject({ posted: 0, skipped: 2 });
    expect(slack.posts).toHaveLength(1);
    expect(discord.posts).toHaveLength(1);

    const printed = formatRunReport(second);
    expect(printed.split('\n')[0]).toBe('post-due at 2025-03-24T06:00:00.000Z: 0 posted, 2 skipped, 0 failed, 0 unreachable, 0 not due yet');
    expect(printed).toMatch(/skipped slack:T1:C1 \(russia-ukraine, 2025-03-24\): already posted at /);
    expect(formatRunReport(first)).toContain('posted  discord:G1:D1 (russia-ukraine, 2025-03-24): posted [2025-03-23T06:00:00.000Z → 2025-03-24T06:00:00.000Z]');
  });

  it('after a three-day outage posts one catch-up briefing whose text says it covers the whole gap', async () => {
    const subs = env.core.subscriptions;
    await subs.subscribe({ platform: 'slack', workspace: 'T1', channel: 'C1', by: 'U1' });
    const slack = fakePoster();
    await pass('2025-03-20T06:00:00Z', { slack: slack.poster });
    // Parley is down from the 20th's post until 08:30 Kyiv on the 24th.
    const back = await pass('2025-03-24T06:30:00Z', { slack: slack.poster });
    expect(back.posted).toBe(1);
    expect(slack.posts).toHaveLength(2);
    const doc = text(slack.posts[1]!.doc);
    expect(doc).toContain('Catch-up briefing covering the whole gap Thu 20 Mar, 08:00 EET to Mon 24 Mar, 08:30 EET');
    expect(doc).toContain(HEADLINE);
    expect((await pass('2025-03-24T10:00:00Z', { slack: slack.poster })).posted).toBe(0);
    expect(slack.posts).toHaveLength(2);
  });

  it('labels a quiet catch-up as one too', async () => {
    const subs = env.core.subscriptions;
    await subs.subscribe({ platform: 'slack', workspace: 'T1', channel: 'C1', by: 'U1' });
    const slack = fakePoster();
    await pass('2025-03-24T06:00:00Z', { slack: slack.poster });
    await pass('2025-03-28T06:00:00Z', { slack: slack.poster });
    const quiet = slack.posts[1]!.doc;
    expect(quiet.summary).toMatch(/^No new developments since/);
    expect(text(quiet)).toContain('Catch-up briefing covering the whole gap since Mon 24 Mar, 08:00 EET.');
  });
});
