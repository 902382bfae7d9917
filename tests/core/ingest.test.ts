import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rssDocument, startFeedServer } from '../support/feed-server.js';
import { tempCore } from '../support/temp-core.js';

describe('ingest keeps what it needs of each item', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
  const t = tempCore();
  afterAll(() => {
    t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores relevant items whole and irrelevant ones as an excerpt, and recognises both again', async () => {
    const football = `The home side won the derby three goals to one on a wet night at the stadium. ${'The crowd sang through the second half. '.repeat(60)}`;
    const talks = `Ukraine's delegation, led by Rustem Umerov, met US negotiators in Geneva on Sunday to discuss a ceasefire. ${'Officials said the talks on security guarantees were constructive. '.repeat(20)}`;
    const file = join(dir, 'mixed.xml');
    writeFileSync(
      file,
      rssDocument([
        { title: 'Derby ends 3-1', guid: 'sport-1', link: 'https://example.test/sport/1', pubDate: 'Sun, 23 Nov 2025 20:00:00 GMT', description: football },
        { title: 'Ceasefire talks in Geneva', guid: 'talks-1', link: 'https://example.test/talks/1', pubDate: 'Sun, 23 Nov 2025 20:00:00 GMT', description: talks },
      ]),
    );
    const first = await t.core.ingest([file]);
    expect(first.sources[0]).toMatchObject({ newItems: 1, irrelevant: 1, duplicates: 0 });
    const rows = t.core.internals.db.prepare('SELECT guid, length(text) AS n, relevant FROM items ORDER BY guid').all() as { guid: string; n: number; relevant: number }[];
    expect(rows.find((r) => r.guid === 'sport-1')).toMatchObject({ relevant: 0 });
    expect(rows.find((r) => r.guid === 'sport-1')!.n).toBeLessThanOrEqual(600);
    expect(rows.find((r) => r.guid === 'talks-1')!.n).toBeGreaterThan(1000);
    // The same items under new GUIDs and links: the full-text hash still knows them.
    writeFileSync(file, rssDocument([
      { title: 'Derby ends 3-1', guid: 'sport-1-b', link: 'https://example.test/sport/1b', pubDate: 'Mon, 24 Nov 2025 08:00:00 GMT', description: football },
      { title: 'Ceasefire talks in Geneva', guid: 'talks-1-b', link: 'https://example.test/talks/1b', pubDate: 'Mon, 24 Nov 2025 08:00:00 GMT', description: talks },
    ]));
    const again = await t.core.ingest([file]);
    expect(again.sources[0]).toMatchObject({ newItems: 0, irrelevant: 0, duplicates: 2 });
  });

  it('refuses a file larger than the fetch cap without reading it', async () => {
    const file = join(dir, 'huge.xml');
    writeFileSync(file, Buffer.alloc(9 * 1024 * 1024, 0x20));
    const report = await t.core.ingest([file]);
    expect(report.sources[0]).toMatchObject({ status: 'failed', reason: 'file larger than 8 MiB' });
  });

  it('keeps a feed\'s ETag only once its items are stored, so a body that failed to parse is fetched whole next time', async () => {
    const server = await startFeedServer();
    try {
      let good = false;
      server.route('/etagged', (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
        res.end(good ? rssDocument([{ title: 'Envoys meet', guid: 'e1' }]) : '<rss><channel><item><title>cut off');
      });
      const url = server.url('/etagged');
      expect((await t.core.ingest([url])).sources[0]!.status).toBe('failed');
      good = true;
      expect((await t.core.ingest([url])).sources[0]!.status).not.toBe('not-modified');
      expect(server.requests('/etagged').map((r) => r.headers['if-none-match'] ?? null)).toEqual([null, null]);
      expect((await t.core.ingest([url])).sources[0]!.status).toBe('not-modified');
    } finally {
      await server.close();
    }
  });
});
