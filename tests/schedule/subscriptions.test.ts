import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { createSubscriptions, type SubscribeInput } from '../../src/core/schedule/subscriptions.js';
import type { Db } from '../../src/core/store/db.js';
import { sqliteClientFor } from '../support/store.js';
import { tempDb } from './support/helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function setup() {
  const t = tempDb();
  cleanups.push(t.cleanup);
  const subs = createSubscriptions(sqliteClientFor(t.db), { now: () => new Date('2025-03-20T10:00:00Z') });
  const count = () => t.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM subscriptions').get()!.n;
  return { db: t.db as Db, subs, count };
}

const base: SubscribeInput = { platform: 'slack', workspace: 'T1', channel: 'C1', by: 'U1' };

async function refusal(fn: () => unknown): Promise<UserError> {
  try {
    await fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error('expected a UserError');
}

describe('subscriptions', () => {
  it("defaults to 08:00 in the dossier's zone (Europe/Kyiv for russia-ukraine) and every topic", async () => {
    const { subs } = setup();
    const { subscription, created } = await subs.subscribe(base);
    expect(created).toBe(true);
    expect(subscription).toMatchObject({
      platform: 'slack',
      workspace: 'T1',
      channel: 'C1',
      dossier: 'russia-ukraine',
      time: '08:00',
      tz: 'Europe/Kyiv',
      topics: [],
      createdBy: 'U1',
      createdAt: '2025-03-20T10:00:00.000Z',
      status: 'active',
      statusReason: null,
      destination: 'slack:T1:C1',
    });
  });

  it('updates on re-subscribe, keeping what the new command does not say', async () => {
    const { subs, count } = setup();
    const first = (await subs.subscribe({ ...base, time: '7:30', tz: 'asia/kolkata', topics: ['ceasefire'] })).subscription;
    expect(first).toMatchObject({ time: '07:30', tz: 'Asia/Kolkata', topics: ['ceasefire'] });
    const again = await subs.subscribe({ ...base, time: '09:15', by: 'U2' });
    expect(again.created).toBe(false);
    expect(again.subscription).toMatchObject({ id: first.id, time: '09:15', tz: 'Asia/Kolkata', topics: ['ceasefire'], createdBy: 'U1', updatedBy: 'U2' });
    expect(count()).toBe(1);
  });

  it('refuses an invalid time naming the valid form, and stores nothing', async () => {
    const { subs, count } = setup();
    for (const time of ['25:00', '8', '08:60', 'noon', '']) {
      const e = await refusal(() => subs.subscribe({ ...base, time }));
      expect(e.message).toBe(`"${time}" is not a time. Use HH:MM in 24-hour form, e.g. time 08:00`);
    }
    expect(count()).toBe(0);
  });

  it('refuses an unknown zone naming the valid form, and stores nothing', async () => {
    const { subs, count } = setup();
    for (const tz of ['Mars/Olympus_Mons', 'EET+2', 'Kyiv']) {
      expect((await refusal(() => subs.subscribe({ ...base, tz }))).message).toBe(
        `"${tz}" is not a time zone. Use an IANA zone as Area/City, e.g. tz Europe/Kyiv`,
      );
    }
    expect(count()).toBe(0);
  });

  it('refuses an unknown dossier naming the known ones, and an unknown topic listing the dossier topics', async () => {
    const { subs, count } = setup();
    expect((await refusal(() => subs.subscribe({ ...base, dossier: 'israel-iran' }))).message).toBe(
      'No dossier "israel-iran". Known: gaza-ceasefire, iran-us-nuclear, other-negotiations, russia-ukraine. Use e.g. dossier russia-ukraine',
    );
    const e = await refusal(() => subs.subscribe({ ...base, topics: ['ceasefire', 'weather'] }));
    expect(e.message).toBe(
      'Unknown topic "weather". Topics of russia-ukraine: maritime, energy, prisoners, security-guarantees, territory, peacekeeping, ceasefire, sanctions, aid. Use e.g. topics maritime',
    );
    expect(count()).toBe(0);
  });

  it('leaves an existing subscription untouched when an update is refused', async () => {
    const { subs } = setup();
    await subs.subscribe({ ...base, time: '06:45' });
    await refusal(() => subs.subscribe({ ...base, time: '6.45pm', tz: 'Europe/Kyiv' }));
    await refusal(() => subs.subscribe({ ...base, time: '07:00', tz: 'Nowhere/Special' }));
    expect(await subs.list('slack', 'T1')).toMatchObject([{ time: '06:45', tz: 'Europe/Kyiv' }]);
  });

  it('lists per platform and workspace, and unsubscribes a channel', async () => {
    const { subs } = setup();
    await subs.subscribe({ ...base, channel: 'C2' });
    await subs.subscribe(base);
    await subs.subscribe({ ...base, workspace: 'T2' });
    await subs.subscribe({ ...base, platform: 'discord', workspace: 'T1' });
    expect((await subs.list('slack', 'T1')).map((s) => s.channel)).toEqual(['C1', 'C2']);
    expect(await subs.list('discord', 'T1')).toHaveLength(1);
    expect((await subs.unsubscribe({ platform: 'slack', workspace: 'T1', channel: 'C1' })).map((s) => s.destination)).toEqual(['slack:T1:C1']);
    expect(await subs.unsubscribe({ platform: 'slack', workspace: 'T1', channel: 'C1' })).toEqual([]);
    expect((await subs.list('slack', 'T1')).map((s) => s.channel)).toEqual(['C2']);
    expect(await subs.list('slack', 'T2')).toHaveLength(1);
  });
});
