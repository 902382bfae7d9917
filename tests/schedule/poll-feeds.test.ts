import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDossier, type LoadedDossier } from '../../src/core/dossier/load.js';
import type { DossierFeed } from '../../src/core/dossier/schema.js';
import { createIngester } from '../../src/core/ingest.js';
import { silentLogger } from '../../src/core/logger.js';
import { createFeedPoller, type FeedPollReport } from '../../src/core/schedule/index.js';
import type { Db } from '../../src/core/store/db.js';
import { type FeedServer, OK_ETAG, rssDocument, startFeedServer } from '../support/feed-server.js';
import { tempDb } from './support/helpers.js';
import { sqliteClientFor } from '../support/store.js';

let server: FeedServer;
let t: ReturnType<typeof tempDb>;
beforeEach(async () => {
  server = await startFeedServer();
  t = tempDb();
});
afterEach(async () => {
  t.cleanup();
  await server.close();
});

const T0 = Date.parse('2025-03-24T06:00:00Z');

function feed(name: string, path: string, intervalMinutes?: number): DossierFeed {
  return { name, url: server.url(path), language: 'en', weight: 1, ...(intervalMinutes ? { intervalMinutes } : {}) };
}

/** Polls every minute from T0 for `minutes`, as node-cron would, with the ingester on the same fake clock. */
async function drive(db: Db, feeds: DossierFeed[], minutes: number, onMinute?: (m: number) => void): Promise<FeedPollReport[]> {
  let clock = new Date(T0);
  const dossier: LoadedDossier = { ...loadDossier(), feeds };
  const ingester = createIngester({ db, dossier, logger: silentLogger, now: () => clock, politenessMs: 0 });
  const poller = createFeedPoller({ sql: sqliteClientFor(db), ingester, dossier, logger: silentLogger });
  const reports: FeedPollReport[] = [];
  for (let m = 0; m <= minutes; m++) {
    clock = new Date(T0 + m * 60_000);
    onMinute?.(m);
    reports.push(await poller.pollDue(clock));
  }
  return reports;
}

describe('the feed poller', () => {
  it('polls each feed on its own interval (default 15 min, per-feed override) with conditional GETs', async () => {
    server.route('/hourly', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rssDocument([{ title: 'Hourly item', guid: 'h1' }]));
    });
    const reports = await drive(t.db, [feed('Healthy', '/ok'), feed('Hourly', '/hourly', 60)], 180);
    expect(server.hits('/ok')).toBe(13);
    expect(server.hits('/hourly')).toBe(4);
    // After the first fetch, the feed's validators are sent and the server answers 304.
    expect(server.requests('/ok').slice(1).every((r) => r.headers['if-none-match'] === OK_ETAG)).toBe(true);
    const firstOk = reports[0]!.polled.find((p) => p.feed === 'Healthy')!;
    expect(firstOk).toMatchObject({ status: 'irrelevant', failures: 0, nextPollAt: '2025-03-24T06:15:00.000Z' });
    expect(reports[15]!.polled.find((p) => p.feed === 'Healthy')!.status).toBe('not-modified');
    expect(reports[1]!).toMatchObject({ polled: [], notDue: 2 });
  });

  it('backs off a dead feed exponentially instead of hammering it every 15 minutes', async () => {
    const reports = await drive(t.db, [feed('Dead', '/500'), feed('Healthy', '/ok')], 180);
    expect(server.hits('/500')).toBe(3);
    expect(server.hits('/ok')).toBe(13);
    const dead = reports.flatMap((r) => r.polled.filter((p) => p.feed === 'Dead'));
    expect(dead.map((p) => [p.failures, p.nextPollAt])).toEqual([
      [1, '2025-03-24T06:30:00.000Z'],
      [2, '2025-03-24T07:30:00.000Z'],
      [3, '2025-03-24T09:30:00.000Z'],
    ]);
  });

  it('records a feed turning failing and recovering once each, for the hardening work to announce', async () => {
    let broken = true;
    server.route('/flaky', (_req, res) => {
      if (broken) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        res.end('down');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rssDocument([{ title: 'Back', guid: 'b1' }]));
    });
    const reports = await drive(t.db, [feed('Flaky', '/flaky', 1)], 70, (m) => {
      if (m === 40) broken = false;
    });
    // Backed off (1, 2, 4, 8, 16… minutes) while down, every minute again once it answers.
    const times = reports.flatMap((r) => r.polled.map((p) => `${r.at.slice(11, 16)} ${p.status}`));
    expect(times.slice(0, 7)).toEqual(['06:00 failed', '06:02 failed', '06:06 failed', '06:14 failed', '06:30 failed', '07:02 irrelevant', '07:03 duplicate']);
    const transitions = reports.flatMap((r) => r.transitions.map((x) => ({ at: r.at, ...x })));
    expect(transitions).toEqual([
      { at: '2025-03-24T06:30:00.000Z', feed: 'Flaky', from: 'ok', to: 'failing', reason: 'HTTP 503' },
      { at: '2025-03-24T07:02:00.000Z', feed: 'Flaky', from: 'failing', to: 'ok', reason: null },
    ]);
    const rows = t.db.prepare('SELECT from_status, to_status, announced_at FROM feed_transitions ORDER BY id').all();
    expect(rows).toEqual([
      { from_status: 'ok', to_status: 'failing', announced_at: null },
      { from_status: 'failing', to_status: 'ok', announced_at: null },
    ]);
  });
});
