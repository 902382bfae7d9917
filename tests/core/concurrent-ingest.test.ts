import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/create-core.js';
import { type FeedServer, rssDocument, startFeedServer } from '../support/feed-server.js';
import { readDb } from '../support/temp-core.js';

const ITEMS = 30;
const feed = rssDocument(
  Array.from({ length: ITEMS }, (_, i) => ({
    title: `Negotiators meet in Geneva, update ${i}`,
    guid: `same-${i}`,
    link: `https://example.test/same/${i}`,
    pubDate: new Date(Date.UTC(2025, 10, 23, 8, i)).toUTCString(),
    description: `Ukraine's delegation, led by Andriy Yermak, met US negotiators in Geneva on Sunday, update ${i}.`,
  })),
);

/**
 * Another Parley process ingesting the same feed, caught mid-transaction: on its own thread it
 * creates the feed's row and holds SQLite's write lock, uncommitted, until told to commit. Our
 * ingest, reading meanwhile, cannot see that row.
 */
function otherWriter(dbPath: string, url: string): { holding: Promise<void>; commitAfter(ms: number): void; done: Promise<void> } {
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const Database = require(workerData.sqlite);
     const db = new Database(workerData.dbPath);
     db.exec('BEGIN IMMEDIATE');
     db.prepare("INSERT INTO feeds (url, name) VALUES (?, 'other process')").run(workerData.url);
     parentPort.postMessage('holding');
     parentPort.once('message', (ms) => setTimeout(() => { db.exec('COMMIT'); db.close(); parentPort.postMessage('committed'); }, ms));`,
    { eval: true, workerData: { sqlite, dbPath, url } },
  );
  const next = () => new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  const holding = next();
  return { holding, commitAfter: (ms) => worker.postMessage(ms), done: holding.then(next).then(() => worker.terminate().then(() => undefined)) };
}

describe('two ingests of the same feed URL at once, from two processes on one database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-race-'));
  const dbPath = join(dir, 'parley.db');
  let server: FeedServer;
  let release: () => void = () => {};
  beforeAll(async () => {
    server = await startFeedServer();
    server.route('/same', (_req, res) => {
      release = () => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(feed);
      };
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('never fails on the feeds.url constraint, and stores every item once', async () => {
    const core = createCore({ dbPath, now: () => new Date('2025-11-24T12:00:00Z'), politenessMs: 0, allowPrivateFeeds: true });
    try {
      const url = server.url('/same');
      const ingest = core.ingest([url]);
      while (server.hits('/same') === 0) await new Promise((r) => setTimeout(r, 5));
      // The other process creates the feed row while our fetch is in flight, and commits only after
      // our ingest has looked for the row (not there yet) and is waiting for the write lock.
      const other = otherWriter(dbPath, url);
      await other.holding;
      other.commitAfter(1_000);
      release();
      const report = (await ingest).sources[0]!;
      await other.done;
      expect(report.reason ?? '').not.toMatch(/UNIQUE/);
      expect(report).toMatchObject({ status: 'new', newItems: ITEMS });
      const db = readDb(dbPath);
      expect(db.prepare('SELECT count(*) AS n FROM feeds WHERE url = ?').get(url)).toEqual({ n: 1 });
      expect(db.prepare("SELECT count(*) AS n FROM items WHERE guid LIKE 'same-%'").get()).toEqual({ n: ITEMS });
      expect(db.prepare('SELECT failures, status FROM feeds WHERE url = ?').get(url)).toEqual({ failures: 0, status: 'ok' });
      db.close();
    } finally {
      await core.close();
    }
  });
});
