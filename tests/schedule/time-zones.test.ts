import { afterEach, describe, expect, it } from 'vitest';
import { localDate } from '../../src/core/time.js';
import { type Posted, subscribe, sweep, tempDb } from './support/helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function fresh() {
  const t = tempDb();
  cleanups.push(t.cleanup);
  return t.db;
}

/** Post instants per channel, in order. */
function byChannel(posts: Posted[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of posts) {
    out[p.target.channel] ??= [];
    out[p.target.channel]!.push(p.at);
  }
  return out;
}

describe('runDueBriefings across daylight-saving changes and odd offsets (minute-by-minute fake clock)', () => {
  it('posts Kyiv 08:00 at 06:00Z before and 05:00Z after the 2025-03-30 spring-forward, and a 03:30 slot that never happens on the switch night at 04:30 local, once a day each', async () => {
    const db = fresh();
    await subscribe(db, { channel: 'K8', tz: 'Europe/Kyiv', time: '08:00' });
    await subscribe(db, { channel: 'K330', tz: 'Europe/Kyiv', time: '03:30' });
    const posts = byChannel(await sweep(db, '2025-03-28T22:00:00Z', '2025-03-31T12:00:00Z'));
    expect(posts.K8).toEqual(['2025-03-29T06:00:00.000Z', '2025-03-30T05:00:00.000Z', '2025-03-31T05:00:00.000Z']);
    // 03:30 does not exist on 30 March (03:00 jumps to 04:00): it still goes out that day, at 04:30 EEST.
    expect(posts.K330).toEqual(['2025-03-29T01:30:00.000Z', '2025-03-30T01:30:00.000Z', '2025-03-31T00:30:00.000Z']);
  });

  it('posts Kyiv 08:00 at 05:00Z before and 06:00Z after the 2025-10-26 fall-back, and a 03:30 slot that happens twice that night only once', async () => {
    const db = fresh();
    await subscribe(db, { channel: 'K8', tz: 'Europe/Kyiv', time: '08:00' });
    await subscribe(db, { channel: 'K330', tz: 'Europe/Kyiv', time: '03:30' });
    const posts = byChannel(await sweep(db, '2025-10-24T22:00:00Z', '2025-10-27T12:00:00Z'));
    expect(posts.K8).toEqual(['2025-10-25T05:00:00.000Z', '2025-10-26T06:00:00.000Z', '2025-10-27T06:00:00.000Z']);
    expect(posts.K330).toHaveLength(3);
    expect(posts.K330!.map((t) => localDate(new Date(t), 'Europe/Kyiv'))).toEqual(['2025-10-25', '2025-10-26', '2025-10-27']);
  });

  it('posts New York 08:00 at 13:00Z before and 12:00Z after the 2025-03-09 switch, and at 12:00Z then 13:00Z around 2025-11-02', async () => {
    const db = fresh();
    await subscribe(db, { channel: 'NY', tz: 'America/New_York', time: '08:00' });
    const spring = byChannel(await sweep(db, '2025-03-08T06:00:00Z', '2025-03-10T18:00:00Z'));
    expect(spring.NY).toEqual(['2025-03-08T13:00:00.000Z', '2025-03-09T12:00:00.000Z', '2025-03-10T12:00:00.000Z']);
    const autumn = byChannel(await sweep(db, '2025-11-01T04:00:00Z', '2025-11-03T18:00:00Z'));
    expect(autumn.NY).toEqual(['2025-11-01T12:00:00.000Z', '2025-11-02T13:00:00.000Z', '2025-11-03T13:00:00.000Z']);
  });

  it('posts at 08:00 Asia/Kolkata (+5:30) and Australia/Lord_Howe across its half-hour DST end (+11 → +10:30)', async () => {
    const db = fresh();
    await subscribe(db, { channel: 'IN', tz: 'Asia/Kolkata', time: '08:00' });
    await subscribe(db, { channel: 'LH', tz: 'Australia/Lord_Howe', time: '08:00' });
    const posts = byChannel(await sweep(db, '2025-04-03T20:00:00Z', '2025-04-06T23:00:00Z'));
    expect(posts.IN).toEqual(['2025-04-04T02:30:00.000Z', '2025-04-05T02:30:00.000Z', '2025-04-06T02:30:00.000Z']);
    // Lord Howe leaves DST at 02:00 on 6 April, going back only half an hour.
    // 08:00 on 4 and 5 April is 21:00Z the day before (+11); from 6 April it is 21:30Z (+10:30).
    expect(posts.LH).toEqual(['2025-04-03T21:00:00.000Z', '2025-04-04T21:00:00.000Z', '2025-04-05T21:30:00.000Z', '2025-04-06T21:30:00.000Z']);
  });
});
