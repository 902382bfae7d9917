import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/core/schedule/index.js';
import { record } from '../faults/ledger.js';
import { fakePoster, runAt, subscribe, tempDb } from './support/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CHILD = join(import.meta.dirname, 'support', 'runner-child.ts');

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  report?: RunReport;
  stderr: string;
}

function runChild(args: { dbPath: string; now: string; log: string; mode: 'post' | 'crash'; ready?: string; go?: string; runnerId: string }): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(args)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr: err, ...(out ? { report: JSON.parse(out) as RunReport } : {}) }));
  });
}

const readLog = (log: string) =>
  existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { runner: string; channel: string })
    : [];

const SLOT = '2025-03-24T06:00:00.000Z';

describe('runDueBriefings in separate processes on one SQLite file', () => {
  it('two concurrent runners racing over 24 due channels post each exactly once', async () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    const channels = Array.from({ length: 24 }, (_, i) => `C${String(i).padStart(2, '0')}`);
    for (const c of channels) await subscribe(t.db, { channel: c });
    const log = join(t.dir, 'posts.jsonl');
    // Both runners start their pass together, once both are up (however long starting takes).
    const go = join(t.dir, 'go');
    const ready = (id: string) => join(t.dir, `ready-${id}`);
    const runs = ['A', 'B'].map((runnerId) => runChild({ dbPath: t.dbPath, now: SLOT, log, mode: 'post', ready: ready(runnerId), go, runnerId }));
    while (!existsSync(ready('A')) || !existsSync(ready('B'))) await new Promise((r) => setTimeout(r, 5));
    writeFileSync(go, '');
    const [a, b] = await Promise.all(runs);
    expect(a!.stderr).toBe('');
    expect(b!.stderr).toBe('');
    const posts = readLog(log);
    record({ faults: 1, duplicatesPosted: posts.length - new Set(posts.map((p) => p.channel)).size });
    expect(posts.map((p) => p.channel).sort()).toEqual(channels);
    expect(a!.report!.posted + b!.report!.posted).toBe(24);
    expect(a!.report!.skipped + b!.report!.skipped).toBe(24);
    const rows = t.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM briefing_posts WHERE state = 'posted'").get();
    expect(rows!.n).toBe(24);
    // A third pass, later the same day, finds everything done.
    const fake = fakePoster();
    expect((await runAt('2025-03-24T09:00:00Z', { db: t.db, posters: { slack: fake.poster } })).skipped).toBe(24);
    expect(fake.posts).toHaveLength(0);
  });

  it('a runner killed between claim and post: the claim blocks others during its lease, then one takeover posts once', async () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    const sub = await subscribe(t.db, { channel: 'C1' });
    const log = join(t.dir, 'posts.jsonl');
    const crashed = await runChild({ dbPath: t.dbPath, now: SLOT, log, mode: 'crash', runnerId: 'doomed' });
    expect(crashed.signal).toBe('SIGKILL');
    const row = t.db.prepare<[number], { state: string; claimed_by: string }>('SELECT state, claimed_by FROM briefing_posts WHERE subscription_id = ?').get(sub.id);
    expect(row).toMatchObject({ state: 'claimed' });
    expect(row!.claimed_by).toMatch(/^doomed#/);

    // The restarted process's next minute: the lease still holds, nobody posts.
    const fake = fakePoster();
    const soon = await runAt('2025-03-24T06:01:00Z', { db: t.db, posters: { slack: fake.poster } });
    expect(soon.lines[0]!.detail).toMatch(/^in progress: claimed by doomed#/);
    // Past the lease: one takeover, one post.
    const later = await runAt('2025-03-24T06:11:00Z', { db: t.db, posters: { slack: fake.poster } });
    expect(later.lines[0]).toMatchObject({ outcome: 'posted', detail: 'posted (took over)' });
    for (const m of ['06:12', '06:30', '12:00']) await runAt(`2025-03-24T${m}:00Z`, { db: t.db, posters: { slack: fake.poster } });
    record({ faults: 1, duplicatesPosted: fake.posts.length + readLog(log).length - 1 });
    expect(fake.posts).toHaveLength(1);
    expect(readLog(log)).toEqual([]);
  });
});
