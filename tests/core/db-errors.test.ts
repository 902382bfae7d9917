import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHealth, startHealthServer } from '../../src/adapters/health.js';
import { runCli } from '../../src/cli/main.js';
import { createCore } from '../../src/core/create-core.js';
import { MIGRATIONS } from '../../src/core/store/migrations.js';
import { rssDocument } from '../support/feed-server.js';
import { SEED_FEED } from '../support/temp-core.js';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'parley-dberr-'));
afterAll(() => {
  chmodSync(dir, 0o755);
  for (const sub of ['ro-file', 'ro-folder']) {
    try {
      chmodSync(join(dir, sub), 0o755);
    } catch {
      // not created
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** A database with the seed article and a few hundred other items, so its tables span many pages. */
let good: string;
beforeAll(async () => {
  good = join(dir, 'good.db');
  const feed = join(dir, 'many.xml');
  writeFileSync(
    feed,
    rssDocument(
      Array.from({ length: 300 }, (_, i) => ({
        title: `Envoys meet in Geneva, report ${i}`,
        guid: `many-${i}`,
        link: `https://example.test/many/${i}`,
        pubDate: 'Sun, 23 Nov 2025 20:00:00 GMT',
        description: `Ukraine's delegation met US negotiators in Geneva on Sunday to discuss a ceasefire, report ${i}. ${'The talks went on. '.repeat(30)}`,
      })),
    ),
  );
  expect((await cli('ingest', SEED_FEED, feed, '--db', good)).code).toBe(0);
});

function copyOf(name: string): string {
  const path = join(dir, name);
  copyFileSync(good, path);
  return path;
}

/** One line on stderr, naming the file, exit 4. */
function expectDatabaseLine(r: { code: number; stderr: string }, path: string, what: RegExp): void {
  expect(r.code, r.stderr).toBe(4);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(path);
  expect(r.stderr).toMatch(what);
  expect(r.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
}

describe('databases Parley cannot use as asked', () => {
  it('a folder: says so and shows a file path to use instead', async () => {
    const folder = join(dir, 'a-folder.db');
    mkdirSync(folder);
    expectDatabaseLine(await cli('who-leads', 'Ukraine', '--db', folder), folder, /is a folder, not a database file: point PARLEY_DB \(or --db\) at a file, e.g\. .*a-folder\.db\/parley\.db$/m);
  });

  it('a file that is not a database: says it is not one or is damaged, and how to recover', async () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, Buffer.alloc(64 * 1024, 0x5a));
    for (const args of [['who-leads', 'Ukraine'], ['ingest', SEED_FEED]]) {
      expectDatabaseLine(await cli(...args, '--db', junk), junk, /is not a Parley database, or is damaged .*restore it from a backup/);
    }
  });

  it('a database from a newer Parley: refused before anything is changed (not even the journal mode)', async () => {
    const newer = copyOf('newer.db');
    const raw = new Database(newer);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${MIGRATIONS.length + 3}`);
    raw.close();
    const before = readFileSync(newer);
    for (const args of [['who-leads', 'Ukraine'], ['ingest', SEED_FEED]]) {
      expectDatabaseLine(
        await cli(...args, '--db', newer),
        newer,
        new RegExp(`was written by a newer Parley \\(database schema version ${MIGRATIONS.length + 3}, this Parley knows ${MIGRATIONS.length}\\): upgrade Parley`),
      );
    }
    expect(readFileSync(newer).equals(before)).toBe(true);
    const check = new Database(newer, { readonly: true });
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  it('a damaged file: ingest refuses to write into it and exits non-zero; /healthz reports it from quick_check', async () => {
    const damaged = copyOf('damaged.db');
    // Garble the middle of two leaf pages of the items table: the header and the schema stay whole,
    // so the file opens and answers, and only a check of every page finds the damage.
    const probe = new Database(damaged, { readonly: true });
    const leaves = probe.prepare("SELECT pageno FROM dbstat WHERE name = 'items' AND pagetype = 'leaf' ORDER BY pageno LIMIT 2").all() as { pageno: number }[];
    const pageSize = probe.pragma('page_size', { simple: true }) as number;
    probe.close();
    expect(leaves).toHaveLength(2);
    const fd = openSync(damaged, 'r+');
    // dbstat numbers pages from 1.
    for (const { pageno } of leaves) writeSync(fd, Buffer.alloc(600, 0xa5), 0, 600, (pageno - 1) * pageSize + 100);
    closeSync(fd);
    expectDatabaseLine(await cli('ingest', SEED_FEED, '--db', damaged), damaged, /is damaged \(quick_check: .+\): restore it from a backup/);

    const core = createCore({ dbPath: damaged, isolateIngest: true });
    try {
      const health = createHealth({ core, adapters: () => [], inFlight: () => 0 });
      const { server, port } = await startHealthServer({ port: 0, host: '127.0.0.1', health });
      try {
        expect(await core.checkIntegrity()).toMatchObject({ ok: false });
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        expect(res.status).toBe(503);
        expect(await res.json()).toMatchObject({ status: 'degraded', db: 'error' });
      } finally {
        await new Promise((r) => server.close(r));
      }
    } finally {
      await core.close();
    }
  });
});

/**
 * Read-only files: as root every file is writable, so the CLI runs as "nobody" there; as any other
 * user, as itself.
 */
function cliAs(args: string[]): { code: number; stdout: string; stderr: string } {
  const asNobody = process.getuid?.() === 0;
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'parley.mjs'), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir() },
    ...(asNobody ? { uid: 65534, gid: 65534 } : {}),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A read-only copy of the good database in its own folder, the folder given `folderMode`. */
function readOnlyCopy(sub: string, folderMode: number): string {
  const folder = join(dir, sub);
  mkdirSync(folder);
  const path = join(folder, 'parley.db');
  copyFileSync(good, path);
  chmodSync(path, 0o444);
  chmodSync(folder, folderMode);
  chmodSync(dir, 0o755);
  return path;
}

describe('a read-only database', () => {
  it('answers queries, and ingest says it needs write access', () => {
    const path = readOnlyCopy('ro-file', 0o777);
    const q = cliAs(['who-leads', 'Ukraine', '--db', path]);
    expect(q.code, q.stderr).toBe(0);
    expect(q.stdout).toContain('Rustem Umerov');
    const i = cliAs(['ingest', SEED_FEED, '--db', path]);
    expectDatabaseLine(i, path, /is read-only: queries work, but ingesting, subscriptions and briefings need write access to it and to its folder/);
  });

  it('in a read-only folder: names the folder and why SQLite needs it writable', () => {
    const path = readOnlyCopy('ro-folder', 0o555);
    expectDatabaseLine(cliAs(['who-leads', 'Ukraine', '--db', path]), path, /the folder .*ro-folder is read-only, and SQLite must create .*parley\.db-shm beside the database even to read it/);
  });
});
