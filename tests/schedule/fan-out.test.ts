import { afterEach, describe, expect, it } from 'vitest';
import { briefingKey, shareBuilds } from '../../src/core/schedule/fan-out.js';
import type { RunDueDeps } from '../../src/core/schedule/index.js';
import { fakePoster, runAt, subscribe, tempDb, windowDoc } from './support/helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('a morning pass fanning out to many channels', () => {
  it('builds a briefing shared by many channels (same dossier, zone, topics, window) once per pass', async () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    for (let i = 0; i < 30; i++) await subscribe(t.db, { channel: `C${i}`, topics: i % 3 === 0 ? ['maritime'] : [] });
    await subscribe(t.db, { channel: 'CGAZA', dossier: 'gaza-ceasefire' });
    const built: string[] = [];
    const counting: RunDueDeps['buildDoc'] = (sub, w) => {
      built.push(briefingKey(sub, w));
      return windowDoc(sub, w);
    };
    const shared = shareBuilds(counting);
    const fake = fakePoster();
    const report = await runAt('2025-03-24T09:00:00Z', { db: t.db, posters: { slack: fake.poster }, buildDoc: shared.buildDoc, concurrency: 8 });
    expect(report.posted).toBe(31);
    expect(fake.posts).toHaveLength(31);
    // All topics; maritime only; the Gaza dossier in its own zone.
    expect(shared.builds()).toBe(3);
    expect(new Set(built).size).toBe(3);
  });

  it('orders topics before comparing, and tells apart windows, zones and dossiers', () => {
    const w = { since: '2025-03-23T06:00:00.000Z', until: '2025-03-24T06:00:00.000Z' };
    const sub = { dossier: 'russia-ukraine', tz: 'Europe/Kyiv', topics: ['energy', 'maritime'] };
    expect(briefingKey(sub, w)).toBe(briefingKey({ ...sub, topics: ['maritime', 'energy'] }, w));
    expect(briefingKey(sub, w)).not.toBe(briefingKey(sub, { ...w, since: '2025-03-23T06:00:01.000Z' }));
    expect(briefingKey(sub, w)).not.toBe(briefingKey({ ...sub, tz: 'Europe/Berlin' }, w));
    expect(briefingKey(sub, w)).not.toBe(briefingKey({ ...sub, dossier: 'gaza-ceasefire' }, w));
  });

  it('does not keep a failed build: the next channel with the same briefing builds again', async () => {
    let calls = 0;
    const shared = shareBuilds((sub, w) => {
      calls++;
      if (calls === 1) throw new Error('model timed out');
      return windowDoc(sub, w);
    });
    const sub = await subscribe(tempDbFor(), { channel: 'C1' });
    const w = { since: '2025-03-23T06:00:00.000Z', until: '2025-03-24T06:00:00.000Z' };
    await expect(shared.buildDoc(sub, w)).rejects.toThrow('model timed out');
    await expect(shared.buildDoc(sub, w)).resolves.toMatchObject({ title: 'briefing C1' });
    await shared.buildDoc(sub, w);
    expect(shared.builds()).toBe(2);
  });

  it('posts every channel once with many at a time, whatever order the posts finish in', async () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    for (let i = 0; i < 60; i++) await subscribe(t.db, { channel: `C${String(i).padStart(2, '0')}` });
    const order: string[] = [];
    let inFlight = 0;
    let peak = 0;
    const poster = {
      async post(target: { channel: string }) {
        inFlight++;
        peak = Math.max(peak, inFlight);
        // Later channels answer sooner: completion order differs from claim order.
        await new Promise((r) => setTimeout(r, 60 - Number(target.channel.slice(1))));
        inFlight--;
        order.push(target.channel);
      },
    };
    const report = await runAt('2025-03-24T09:00:00Z', { db: t.db, posters: { slack: poster }, concurrency: 16 });
    expect(report.posted).toBe(60);
    expect(new Set(order).size).toBe(60);
    expect(peak).toBeLessThanOrEqual(16);
    expect(peak).toBeGreaterThan(1);
  });
});

function tempDbFor() {
  const t = tempDb();
  cleanups.push(t.cleanup);
  return t.db;
}
