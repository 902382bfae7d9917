/**
 * The model reader's cache and tally (store/model-reads.ts), the same behaviours on every store:
 * a reading cached once per key, a put-off read counting no try, the fifth failed try giving up,
 * the day's tally adding up and its first "budget spent" kept.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureFeed, insertItem } from '../../src/core/store/items-write.js';
import { createModelReads, type ModelReads } from '../../src/core/store/model-reads.js';
import { contractStores, type OpenedStore } from '../support/stores.js';

const stores = await contractStores();
const KEY = { hash: 'h1', model: 'm', promptVersion: 'p1' };

describe.each(stores)('the model reader’s cache on $name', (store) => {
  describe.skipIf(store.skip !== undefined)(store.skip ?? 'cache', () => {
    let opened: OpenedStore;
    let reads: ModelReads;
    let itemId: number;
    beforeEach(async () => {
      opened = await store.open();
      reads = createModelReads(opened.sql);
      const feed = await ensureFeed(opened.sql, 'https://example.org/feed', 'Example', 1);
      itemId = (await insertItem(opened.sql, {
        feedId: feed.id,
        guid: 'g1',
        url: null,
        urlKey: null,
        title: 'Talks in Riyadh',
        published: '2025-03-23T20:30:00.000Z',
        estimated: 0,
        zoneAssumed: 0,
        fetchedAt: '2025-03-24T06:00:00.000Z',
        text: 'Delegations met in Riyadh.',
        hash: KEY.hash,
        relevance: 1,
        relevant: 1,
        topics: '{}',
        truncated: 0,
        skipped: null,
        scoredSet: (await opened.sql.get<{ id: number }>("INSERT INTO dossier_sets (dossiers) VALUES ('d') RETURNING id"))!.id,
      }))!;
    });
    afterEach(async () => {
      await opened.drop();
    });

    const defer = (failed: boolean, at: string) => reads.defer(KEY, itemId, { at, nextTryAt: at, error: failed ? 'malformed answer' : 'budget', failed, maxTries: 5 });

    it('caches a reading under its key, links it to the item of its hash, and explains it', async () => {
      expect(await reads.cached(KEY)).toBeUndefined();
      await reads.saveRead(KEY, '{"people":[]}', 120, '2025-03-24T06:00:00.000Z');
      await reads.recordGate(KEY, 3, 1);
      expect(await reads.cached(KEY)).toBe('{"people":[]}');
      expect(await reads.cached({ ...KEY, promptVersion: 'p2' })).toBeUndefined();
      expect(await reads.forItem(itemId, 'other')).toEqual({
        model: 'm',
        promptVersion: 'p1',
        status: 'read',
        reading: '{"people":[]}',
        tries: 0,
        lastError: null,
        nextTryAt: null,
        kept: 3,
        dropped: 1,
      });
    });

    it('counts failed tries only, gives up at the fifth, and lists due items oldest first', async () => {
      await defer(false, '2025-03-24T06:00:00.000Z');
      expect(await reads.pendingCount('m', 'p1')).toBe(1);
      expect(await reads.due('m', 'p1', '2025-03-24T06:00:00.000Z', 10)).toEqual([
        { hash: 'h1', model: 'm', promptVersion: 'p1', itemId, title: 'Talks in Riyadh', text: 'Delegations met in Riyadh.', published: '2025-03-23T20:30:00.000Z', publishedEstimated: 0, tries: 0 },
      ]);
      expect(await reads.due('m', 'p1', '2025-03-24T05:59:59.000Z', 10)).toEqual([]);
      for (let i = 1; i <= 4; i++) await defer(true, `2025-03-24T0${6 + i}:00:00.000Z`);
      expect(await reads.forItem(itemId, KEY.hash)).toMatchObject({ status: 'pending', tries: 4 });
      await defer(true, '2025-03-24T11:00:00.000Z');
      expect(await reads.forItem(itemId, KEY.hash)).toMatchObject({ status: 'given-up', tries: 5, lastError: 'malformed answer' });
      expect(await reads.pendingCount('m', 'p1')).toBe(0);
    });

    it('adds up the day’s tally and keeps the first time the budget was found spent', async () => {
      expect(await reads.usage('2025-03-24')).toEqual({ tokens: 0, calls: 0, dropped: 0, budgetSpentAt: null });
      await reads.spend('2025-03-24', { tokens: 100, calls: 1 });
      await reads.spend('2025-03-24', { calls: 1, dropped: 2 });
      await reads.budgetSpent('2025-03-24', '2025-03-24T09:00:00.000Z');
      await reads.budgetSpent('2025-03-24', '2025-03-24T10:00:00.000Z');
      expect(await reads.usage('2025-03-24')).toEqual({ tokens: 100, calls: 2, dropped: 2, budgetSpentAt: '2025-03-24T09:00:00.000Z' });
    });

    it('writes inside a transaction through within(t), and a rollback leaves nothing', async () => {
      await opened.sql
        .tx(async (t) => {
          await reads.within(t).linkItem(KEY, itemId);
          await reads.within(t).defer(KEY, itemId, { at: 'a', nextTryAt: 'a', error: 'e', failed: true, maxTries: 5 });
          throw new Error('roll back');
        })
        .catch(() => undefined);
      expect(await reads.forItem(itemId, KEY.hash)).toBeUndefined();
      await opened.sql.tx((t) => reads.within(t).defer(KEY, itemId, { at: 'a', nextTryAt: 'a', error: 'e', failed: true, maxTries: 5 }));
      expect(await reads.forItem(itemId, KEY.hash)).toMatchObject({ status: 'pending', tries: 1 });
    });
  });
});
