import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FeedServer, rssDocument, startFeedServer } from '../support/feed-server.js';
import { tempCore } from '../support/temp-core.js';
import { record } from './ledger.js';

const GOOD = 40;
const good = rssDocument(
  Array.from({ length: GOOD }, (_, i) => ({
    title: `Negotiators discuss ceasefire terms in Geneva, update ${i}`,
    guid: `good-${i}`,
    link: `https://example.test/good/${i}`,
    pubDate: new Date(Date.UTC(2025, 10, 23, 8) + i * 60_000).toUTCString(),
    description: `Ukraine's delegation, led by Andriy Yermak, met US negotiators in Geneva on Sunday to discuss a ceasefire, update ${i}. Kyiv said the talks were productive.`,
  })),
);

describe('feeds that fail or lie, ingested together', () => {
  let server: FeedServer;
  // The timeout must end the slow feeds, and never the good ones, however busy the machine.
  const t = tempCore({ now: new Date('2025-11-24T12:00:00Z'), feedTimeoutMs: 3_000 });
  const faulty = [
    '/slow', '/slow-headers', '/endless', '/huge', '/huge-declared', '/truncated', '/redirect-loop', '/redirect-to-ftp',
    '/404', '/500', '/429', '/503', '/html', '/json-error', '/billion-laughs', '/external-entity', '/malformed',
  ];

  beforeAll(async () => {
    server = await startFeedServer({ hugeBytes: 9 * 1024 * 1024 });
    server.route('/good', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(good);
    });
    server.route('/malformed', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(good.slice(0, good.length / 2));
    });
  });
  afterAll(async () => {
    await server.close();
    await t.cleanup();
  });

  it('stores every good item once, reports each bad source with a reason, and one bad source stops nothing', async () => {
    const urls = [server.url('/good'), ...faulty.map((p) => server.url(p)), server.url('/restarted-guids')];
    const report = await t.core.ingest(urls);
    const byPath = new Map(report.sources.map((r) => [new URL(r.source).pathname, r]));
    expect(byPath.get('/good')).toMatchObject({ status: 'new', newItems: GOOD });
    for (const p of faulty) {
      const r = byPath.get(p)!;
      expect(r.status, p).toBe('failed');
      expect(r.reason, p).toMatch(/\w/);
    }
    expect(byPath.get('/slow')!.reason).toMatch(/timed out/);
    expect(byPath.get('/endless')!.reason).toMatch(/larger than/);
    expect(byPath.get('/billion-laughs')!.reason).toMatch(/entit/i);
    expect(byPath.get('/429')!.reason).toMatch(/429/);

    // The same feed again, a flapping one, and a feed that restarts its GUIDs: nothing doubles.
    const again = await t.core.ingest([server.url('/good'), server.url('/restarted-guids')]);
    expect(again.sources[0]).toMatchObject({ newItems: 0, duplicates: GOOD });
    expect(again.sources[1]!.newItems).toBe(0);

    const db = t.db;
    const stored = (db.prepare("SELECT count(*) AS n FROM items WHERE guid LIKE 'good-%'").get() as { n: number }).n;
    record({ faults: faulty.length + 1, itemsExpected: GOOD, itemsStored: stored });
    expect(stored).toBe(GOOD);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 60_000);
});
