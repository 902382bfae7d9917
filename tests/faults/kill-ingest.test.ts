import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { rssDocument } from '../support/feed-server.js';
import { record } from './ledger.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'parley.mjs');
const N = 2500;

function feed(n: number): string {
  const places = ['Riyadh', 'Istanbul', 'Geneva', 'Abu Dhabi', 'Jeddah'];
  return rssDocument(
    Array.from({ length: n }, (_, i) => ({
      title: `Delegations meet in ${places[i % 5]} for ceasefire talks, report ${i}`,
      guid: `kill-${i}`,
      link: `https://example.test/news/${i}?utm_source=rss`,
      pubDate: new Date(Date.UTC(2025, 2, 1) + i * 60_000).toUTCString(),
      description: `Ukrainian and Russian negotiators met in ${places[i % 5]} on Tuesday for talks on a ceasefire, report number ${i}. Ukraine's delegation was led by Rustem Umerov and included Pavlo Palisa. The talks focused on the Black Sea and energy infrastructure, officials said. Item ${i} ends here.`,
    })),
  );
}

function runIngest(db: string, file: string, killAfterMs?: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', file, '--db', db], { stdio: 'ignore' });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('an ingest killed with SIGKILL at any point', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves a database that opens, passes integrity_check, and resumes without losing or doubling items', async () => {
    const file = join(dir, 'big.xml');
    writeFileSync(file, feed(N));
    const db = join(dir, 'p.db');
    // Kill points spread over start-up, parsing and the write transaction.
    const kills = [400, 900, 1400, 1900, 2600];
    for (const ms of kills) await runIngest(db, file, ms);
    expect(await runIngest(db, file)).toBe(0);
    expect(await runIngest(db, file)).toBe(0);

    const conn = new Database(db, { readonly: true });
    const integrity = conn.pragma('integrity_check', { simple: true });
    const stored = (conn.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n;
    const distinct = (conn.prepare('SELECT count(DISTINCT guid) AS n FROM items').get() as { n: number }).n;
    const fts = (conn.prepare("SELECT count(*) AS n FROM items_fts WHERE items_fts MATCH 'ceasefire'").get() as { n: number }).n;
    conn.close();
    record({ faults: kills.length, itemsExpected: N, itemsStored: distinct });
    expect(integrity).toBe('ok');
    expect(stored).toBe(N);
    expect(distinct).toBe(N);
    expect(fts).toBe(N);
  }, 120_000);
});
