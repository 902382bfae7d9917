import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingToDoc, buildBriefing } from '../../src/core/briefing/build.js';
import { renderDiscord } from '../../src/core/render/discord.js';
import { checkDiscordMessage, checkSlackMessage } from '../../src/core/render/limits.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { renderSlack } from '../../src/core/render/slack.js';
import { SEED_FEED, tempCore } from '../support/temp-core.js';
import { createSqliteClient } from '../../src/core/store/sql.js';

const NOW = new Date('2025-03-24T06:00:00Z');

describe('the seed briefing, pinned on every platform', () => {
  const t = tempCore({ now: NOW });
  beforeAll(async () => {
    await t.core.ingest([SEED_FEED]);
  });
  afterAll(() => t.cleanup());

  const doc = async () => briefingToDoc(await buildBriefing(createSqliteClient(t.db), t.dossier(), { date: '2025-03-24', tz: 'Europe/Kyiv' }, NOW));

  it('renders Slack Block Kit as the adapter sends it', async () => {
    const messages = renderSlack(await doc());
    for (const m of messages) expect(checkSlackMessage(m)).toEqual([]);
    expect(messages).toMatchSnapshot();
  });

  it('renders Discord messages as the adapter sends them', async () => {
    const messages = renderDiscord(await doc());
    for (const m of messages) {
      expect(checkDiscordMessage(m)).toEqual([]);
      expect(m.allowed_mentions).toEqual({ parse: [] });
    }
    expect(messages).toMatchSnapshot();
  });

  it('renders Markdown for the CLI, the shell and archives', async () => {
    expect(renderMarkdown(await doc())).toMatchSnapshot();
  });
});

describe('a day of 2,000 new items', () => {
  const t = tempCore({ now: new Date('2025-11-24T12:00:00Z') });
  afterAll(() => t.cleanup());

  it('renders within every Slack and Discord limit, continuing in replies rather than cutting', async () => {
    const places = ['Geneva', 'Istanbul', 'Abu Dhabi', 'Miami', 'Riyadh'];
    const outlets = 12;
    for (let o = 0; o < outlets; o++) {
      const items = Array.from({ length: Math.ceil(2000 / outlets) }, (_, i) => {
        const n = o * 1000 + i;
        return {
          guid: `d-${n}`,
          url: `https://outlet${o}.example.test/story/${n}`,
          title: `Story ${n}: negotiators in ${places[n % 5]} discuss ceasefire terms <@U${n}> **${n}**`,
          published: new Date(Date.UTC(2025, 10, 23, 13) + (o * Math.ceil(2000 / outlets) + i) * 20_000).toISOString(),
          text: `Ukraine's delegation met US negotiators in ${places[n % 5]} on Sunday to discuss a ceasefire and the Black Sea, story ${n}. Kyiv said the talks on energy infrastructure and prisoner exchanges were productive. @everyone ${'Detail sentence about the talks. '.repeat(n % 7)}`,
        };
      });
      await t.ingester.storeItems({ url: `https://outlet${o}.example.test/feed`, name: `Outlet ${o}` }, items);
    }
    const b = await buildBriefing(createSqliteClient(t.db), t.dossier(), { date: '2025-11-24', tz: 'Europe/Kyiv' }, new Date('2025-11-24T12:00:00Z'));
    expect(b.sources.length).toBeGreaterThan(1900);
    const doc = briefingToDoc(b);
    const slack = renderSlack(doc);
    const discord = renderDiscord(doc);
    for (const m of slack) expect(checkSlackMessage(m)).toEqual([]);
    for (const m of discord) expect(checkDiscordMessage(m)).toEqual([]);
    expect(slack.length).toBeGreaterThan(1);
    expect(discord.length).toBeGreaterThan(1);
    // Nothing cut: each of the 2,000 sources is named (by its unique "Story N:") somewhere in the
    // messages of each platform, and the last source is in the last message.
    const marker = (title: string) => /^Story \d+:/.exec(title)?.[0] ?? title;
    for (const messages of [slack, discord]) {
      const all = messages.map((m) => JSON.stringify(m)).join('\n');
      expect(b.sources.filter((src) => !all.includes(marker(src.title))).map((src) => src.title)).toEqual([]);
      expect(JSON.stringify(messages.at(-1))).toContain(marker(b.sources.at(-1)!.title));
    }
  });
});
