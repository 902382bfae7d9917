import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** How far an ingest has got, read from outside: the database files and the CPU time it has used. */
interface Progress {
  dbExists: boolean;
  walBytes: number;
  /** User + system CPU ticks (/proc/PID/stat); null where there is no /proc. */
  cpu: number | null;
}

function progressOf(pid: number, db: string): Progress {
  let cpu: number | null = null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    cpu = Number(fields[11]) + Number(fields[12]);
  } catch {
    cpu = null;
  }
  return { dbExists: existsSync(db), walBytes: existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0, cpu };
}

/**
 * Runs `parley ingest` and, when given a kill point, SIGKILLs it the moment its progress reaches
 * it. Progress is what the process has done (files written, CPU used), never how long it has
 * run: on a busy machine the kill lands at the same point, only later. Returns the progress seen
 * at the start and whether the kill landed (a fast ingest may finish first).
 */
function runIngest(db: string, file: string, killAt?: (now: Progress, atStart: Progress) => boolean): Promise<{ code: number | null; killed: boolean; samples: Progress[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', file, '--db', db], { stdio: 'ignore', env: { ...process.env, PARLEY_ENV_FILE: 'none' } });
    const samples: Progress[] = [];
    let killed = false;
    const atStart = progressOf(child.pid!, db);
    const poll = setInterval(() => {
      const now = progressOf(child.pid!, db);
      samples.push(now);
      if (killAt && !killed && killAt(now, atStart)) {
        killed = child.kill('SIGKILL');
      }
    }, 2);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      resolve({ code, killed: killed && signal === 'SIGKILL', samples });
    });
  });
}

describe('an ingest killed with SIGKILL at any point', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves a database that opens, passes integrity_check, and resumes without losing or doubling items', async () => {
    const file = join(dir, 'big.xml');
    writeFileSync(file, feed(N));
    // A whole run on another database measures where parsing starts and ends in CPU time.
    const calibration = await runIngest(join(dir, 'calibration.db'), file);
    expect(calibration.code).toBe(0);
    const migrated = calibration.samples.find((p) => p.walBytes > 0);
    const writing = calibration.samples.find((p) => migrated !== undefined && p.walBytes > migrated.walBytes);
    const parsing = (share: number) => (p: Progress) =>
      p.cpu !== null && migrated?.cpu != null && writing?.cpu != null && p.cpu >= migrated.cpu + share * (writing.cpu - migrated.cpu);

    const db = join(dir, 'p.db');
    // Kill points spread over start-up (the schema being created), parsing and extraction, and
    // the write transaction. Each run starts from what the previous kill left.
    const walGrew = (now: Progress, atStart: Progress) => now.walBytes > atStart.walBytes;
    const kills: ((now: Progress, atStart: Progress) => boolean)[] = [
      (now) => now.dbExists,
      walGrew,
      parsing(1 / 3),
      parsing(2 / 3),
      walGrew,
    ];
    let landed = 0;
    for (const killAt of kills) if ((await runIngest(db, file, killAt)).killed) landed++;
    expect((await runIngest(db, file)).code).toBe(0);
    expect((await runIngest(db, file)).code).toBe(0);

    const conn = new Database(db, { readonly: true });
    const integrity = conn.pragma('integrity_check', { simple: true });
    const stored = (conn.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n;
    const distinct = (conn.prepare('SELECT count(DISTINCT guid) AS n FROM items').get() as { n: number }).n;
    const fts = (conn.prepare("SELECT count(*) AS n FROM items_fts WHERE items_fts MATCH 'ceasefire'").get() as { n: number }).n;
    conn.close();
    record({ faults: landed, itemsExpected: N, itemsStored: distinct });
    // A kill point the ingest outran is no failure of Parley's, but most must land for the test to mean anything.
    expect(landed).toBeGreaterThanOrEqual(3);
    expect(integrity).toBe('ok');
    expect(stored).toBe(N);
    expect(distinct).toBe(N);
    expect(fts).toBe(N);
  }, 300_000);
});
