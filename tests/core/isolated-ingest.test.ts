import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/create-core.js';
import { loadDossier } from '../../src/core/dossier/load.js';
import { createIngester } from '../../src/core/ingest.js';
import { createIsolatedIngest } from '../../src/core/isolated-ingest.js';
import { silentLogger } from '../../src/core/logger.js';
import { MAX_ITEM_TEXT_CHARS } from '../../src/core/feeds/limits.js';
import { createFeedPoller } from '../../src/core/schedule/index.js';
import { type FeedServer, rssDocument, startFeedServer } from '../support/feed-server.js';
import { ISSUE_BODIES } from '../support/hostile-feeds.js';
import { SEED_FEED, tempCore } from '../support/temp-core.js';
import { sqliteClientFor } from '../support/store.js';

const NOW = new Date('2025-11-24T12:00:00Z');
const LEAD = "Ukraine's delegation, led by Rustem Umerov, met US negotiators in Geneva on Sunday to discuss a ceasefire. ";

/** An item at the text cap: reading it takes far longer than the tiny budget the test gives. */
const POISON = rssDocument([
  { title: 'Ceasefire talks, the whole transcript', guid: 'poison-1', link: 'https://example.test/poison', pubDate: 'Sun, 23 Nov 2025 20:00:00 GMT', description: LEAD.repeat(Math.floor(MAX_ITEM_TEXT_CHARS / LEAD.length)) },
]);

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
  const serve = (path: string, body: () => string) =>
    server.route(path, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(body());
    });
  serve('/poison', () => POISON);
  serve('/article', () => ISSUE_BODIES['article-7.9MB']!());
  serve('/talks', () => rssDocument([{ title: 'Geneva talks resume', guid: 'talks-1', link: 'https://example.test/talks', pubDate: 'Sun, 23 Nov 2025 20:00:00 GMT', description: LEAD }]));
});
afterAll(() => server.close());

describe('ingest on a worker thread', () => {
  it('stores what an in-thread ingest stores, and answers from it', async () => {
    const inline = tempCore({ now: NOW });
    const isolated = tempCore({ now: NOW, isolateIngest: true });
    try {
      const a = await inline.core.ingest([SEED_FEED, server.url('/talks')]);
      const b = await isolated.core.ingest([SEED_FEED, server.url('/talks')]);
      expect(b).toEqual(a);
      const rows = (t: typeof inline) => t.db.prepare('SELECT guid, title, relevant, fetched_at FROM items ORDER BY guid').all();
      expect(rows(isolated)).toEqual(rows(inline));
      expect(await isolated.core.whoLeads('Ukraine')).toEqual(await inline.core.whoLeads('Ukraine'));
    } finally {
      await inline.cleanup();
      await isolated.cleanup();
    }
  });

  it('gives up an item that overruns its budget, marks the feed failed (it backs off), keeps the item unread, and gets past it next time', async () => {
    const url = server.url('/poison');
    const t = tempCore({ now: NOW, isolateIngest: true, ingestBudgets: { itemMs: 20 } });
    try {
      const dossier = { ...loadDossier(), feeds: [{ name: 'Poison', url, language: 'en', weight: 1 }] };
      // The poller of one made-up feed, on a second connection to the core's file.
      const poller = createFeedPoller({ sql: sqliteClientFor(t.writer), ingester: { run: (s, o) => t.core.ingest(s, o) }, dossier, logger: silentLogger });
      const first = await poller.pollDue(NOW);
      expect(first.polled[0]).toMatchObject({ status: 'failed', failures: 1, nextPollAt: '2025-11-24T12:30:00.000Z' });
      expect(first.polled[0]!.reason).toMatch(/^gave up reading the item “Ceasefire talks, the whole transcript” after 20 ms; that item is kept unread$/);
      const db = t.db;
      expect(db.prepare('SELECT relevant, length(text) <= 600 AS excerpt, extraction_skipped IS NOT NULL AS skipped FROM items').all()).toEqual([
        { relevant: 0, excerpt: 1, skipped: 1 },
      ]);
      expect(db.prepare('SELECT failures, last_error FROM feeds WHERE url = ?').get(url)).toMatchObject({ failures: 1 });
      // After the backoff the same feed brings the same item: a duplicate, not another stall (read
      // with the normal budget: recognising a 200,000-character item takes more than 20 ms too).
      const normal = createCore({ dbPath: t.dbPath, isolateIngest: true, allowPrivateFeeds: true, politenessMs: 0, now: () => NOW });
      try {
        const again = createFeedPoller({ sql: sqliteClientFor(t.writer), ingester: { run: (s, o) => normal.ingest(s, o) }, dossier, logger: silentLogger });
        const second = await again.pollDue(new Date('2025-11-24T12:30:00Z'));
        expect(second.polled[0]).toMatchObject({ status: 'duplicate', failures: 0 });
      } finally {
        await normal.close();
      }
    } finally {
      await t.cleanup();
    }
  });

  it('leaves the main thread free to answer while the worker reads a long feed', async () => {
    const items = Array.from({ length: 150 }, (_, i) => ({
      title: `Negotiators meet in Geneva, round ${i}`,
      guid: `long-${i}`,
      link: `https://example.test/long/${i}`,
      pubDate: 'Sun, 23 Nov 2025 20:00:00 GMT',
      description: `${LEAD}${'Officials said the talks on security guarantees were constructive and would go on. '.repeat(15)} Round ${i}.`,
    }));
    server.route('/long', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rssDocument(items));
    });
    const t = tempCore({ now: NOW, isolateIngest: true });
    try {
      await t.core.ingest([SEED_FEED]);
      let answered = 0;
      let done = false;
      const ingest = t.core.ingest([server.url('/long')]).finally(() => {
        done = true;
      });
      // A query answered between every turn of the event loop, for as long as the worker reads (seconds of CPU).
      while (!done) {
        expect((await t.core.whoLeads('Ukraine')).delegations.length).toBeGreaterThan(0);
        answered++;
        await new Promise((r) => setImmediate(r));
      }
      expect((await ingest).sources[0]).toMatchObject({ status: 'new', newItems: 150 });
      // In-thread, extraction of 150 items is one synchronous stretch: a handful of answers at most.
      expect(answered).toBeGreaterThan(100);
    } finally {
      await t.cleanup();
    }
  });

  it('survives the worker running out of memory: the feed fails with the reason, the next ingest gets a new worker', async () => {
    const t = tempCore({ now: NOW });
    try {
      const dossier = loadDossier();
      const ingester = createIngester({ db: t.writer, dossier, logger: silentLogger, now: () => NOW });
      const isolated = createIsolatedIngest({
        workerData: { dbPath: t.dbPath, dossier, blockPrivateHosts: false, politenessMs: 0 },
        ingester,
        logger: silentLogger,
        now: () => NOW,
        heapMb: 24,
      });
      const report = await isolated.run([server.url('/article')]);
      expect(report.sources[0]).toMatchObject({ status: 'failed' });
      expect(report.sources[0]!.reason).toMatch(/^ran out of memory \(over 24 MB\) (starting|fetching|parsing)/);
      await isolated.close();
      // The process that hosted the dead worker carries on; a worker of the normal size reads the same feed.
      const roomy = createIsolatedIngest({ workerData: { dbPath: t.dbPath, dossier, blockPrivateHosts: false, politenessMs: 0 }, ingester, logger: silentLogger, now: () => NOW });
      const again = await roomy.run([server.url('/article'), join(import.meta.dirname, '..', 'fixtures', 'seed-feed.xml')]);
      await roomy.close();
      expect(again.sources.map((s) => s.status)).toEqual(['new', 'new']);
    } finally {
      await t.cleanup();
    }
  });

  it('checks the whole file off the main thread and reports it in health()', async () => {
    const t = tempCore({ now: NOW, isolateIngest: true });
    try {
      expect(await t.core.health()).toEqual({ db: 'ok' });
      expect(await t.core.checkIntegrity()).toEqual({ ok: true });
      expect(await t.core.health()).toEqual({ db: 'ok', checkedAt: NOW.toISOString() });
    } finally {
      await t.cleanup();
    }
  });
});
