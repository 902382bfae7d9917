import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timelineDoc, whoLeadsDoc } from '../../src/core/answers.js';
import { briefingToDoc, buildBriefing } from '../../src/core/briefing/build.js';
import { renderDiscord } from '../../src/core/render/discord.js';
import { checkDiscordMessage, checkSlackMessage } from '../../src/core/render/limits.js';
import { findLiveDiscordMentions, findLiveSlackMentions } from '../../src/core/render/sanitize.js';
import { renderSlack } from '../../src/core/render/slack.js';
import { rssDocument } from '../support/feed-server.js';
import { tempCore } from '../support/temp-core.js';
import { record } from './ledger.js';
import { createSqliteClient } from '../../src/core/store/sql.js';

const HOSTILE = [
  '@everyone', '@here', '<!channel>', '<!here>', '<!everyone>', '<@U0123ABCD>', '<@&123456789012345678>', '<#C0123ABCD>',
  '<!subteam^S012>', '<@!123456789012345678>', '**bold**', '```code```', '[click](javascript:alert(1))', '> quote', '# heading', '||spoiler||',
];

describe('nothing from a feed can ping a channel or break formatting', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-mentions-'));
  const t = tempCore({ now: new Date('2025-11-24T12:00:00Z') });
  beforeAll(async () => {
    const file = join(dir, 'hostile.xml');
    writeFileSync(
      file,
      rssDocument(
        HOSTILE.map((h, i) => ({
          title: `${h} Ceasefire talks in Geneva ${h} update ${i}`,
          guid: `h-${i}`,
          link: `https://example.test/h/${i}`,
          pubDate: new Date(Date.UTC(2025, 10, 23, 9, i)).toUTCString(),
          description: `${h} Ukraine's delegation, led by ${h} Andriy Yermak, met US negotiators in Geneva on Sunday ${h} to discuss a ceasefire and security guarantees, Kyiv said ${h}. Item ${i}.`,
        })),
      ),
    );
    await t.core.ingest([file]);
    await t.core.ingest(undefined, { offline: true, dossier: 'russia-ukraine' });
  });
  afterAll(async () => {
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('neutralises every mention and markup token in every rendered payload', async () => {
    const db = t.db;
    const dossier = t.dossier();
    const docs = [
      briefingToDoc(await buildBriefing(createSqliteClient(db), dossier, { date: '2025-11-24', tz: 'Europe/Kyiv' }, new Date('2025-11-24T12:00:00Z'))),
      briefingToDoc(await buildBriefing(createSqliteClient(db), dossier, { date: '2025-03-24', tz: 'Europe/Kyiv' }, new Date('2025-11-24T12:00:00Z'))),
      whoLeadsDoc(await t.core.whoLeads('Ukraine')),
      timelineDoc(await t.core.timeline({ limit: 500 })),
    ];
    let leaks = 0;
    let payloads = 0;
    for (const doc of docs) {
      for (const m of renderSlack(doc)) {
        payloads++;
        expect(checkSlackMessage(m)).toEqual([]);
        leaks += findLiveSlackMentions(JSON.stringify(m.blocks) + m.text).length;
      }
      for (const m of renderDiscord(doc)) {
        payloads++;
        expect(m.allowed_mentions).toEqual({ parse: [] });
        expect(checkDiscordMessage(m)).toEqual([]);
        leaks += findLiveDiscordMentions(JSON.stringify(m)).length;
      }
    }
    const rendered = JSON.stringify(docs);
    // The hostile text did reach the answers (so the check is not vacuous)…
    expect(rendered).toContain('@everyone');
    record({ faults: HOSTILE.length, mentionsLeaked: leaks });
    // …and none of it is live in any payload.
    expect(leaks).toBe(0);
    expect(payloads).toBeGreaterThan(8);
  });
});
