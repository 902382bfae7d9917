/**
 * The model reader's cache, its read-later pass, the model's bottom line and `parley explain`'s
 * re-reading on both stores: the same ingest of the seed against a fake endpoint on loopback, the
 * same answers from the SQLite file and from PostgreSQL (skipped, with the reason, when no server
 * answers at 127.0.0.1).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/create-core.js';
import type { Core } from '../../src/core/core.js';
import type { ReaderSettings } from '../../src/core/reader/settings.js';
import { startModelFake, type ModelFake } from '../support/model-fake.js';
import { contractStores, type OpenedStore, schemaUrl } from '../support/stores.js';
import { SEED_FEED } from '../support/temp-core.js';
import { readerSettings, seedReading } from './support.js';

const stores = await contractStores();
/** What explain said on each store that ran, to hold them to the same answer. */
const explained = new Map<string, unknown>();

/** The model's bottom line the fake writes: every name, place and date stands in the two facts it cites. */
const BOTTOM_LINE = 'Umerov led Ukraine in Riyadh on 23 March, Peek and Anton the US; Russia meets the US there on 24 March with Karasin and Beseda.';

describe.each(stores)('the model reader and explain on $name', (store) => {
  describe.skipIf(store.skip !== undefined)(store.skip ?? 'reader', () => {
    let opened: OpenedStore | undefined;
    let dir: string | undefined;
    const cores: Core[] = [];
    const fakes: ModelFake[] = [];
    let now = new Date('2025-03-24T06:00:00Z');

    beforeEach(async () => {
      now = new Date('2025-03-24T06:00:00Z');
      if (store.name === 'postgres') opened = await store.open();
      else dir = mkdtempSync(join(tmpdir(), 'parley-test-'));
    });
    afterEach(async () => {
      for (const c of cores.splice(0)) await c.close();
      for (const f of fakes.splice(0)) await f.close();
      await opened?.drop();
      opened = undefined;
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = undefined;
    });

    /** A core on this test's store (the SQLite file, or PostgreSQL's fresh schema), its ingests in-thread. */
    const coreOn = (reader?: ReaderSettings): Core => {
      const core = createCore({
        dbPath: dir ? join(dir, 'parley.db') : '/nonexistent/unused.db',
        ...(opened ? { databaseUrl: schemaUrl(opened) } : {}),
        now: () => now,
        isolateIngest: false,
        ...(reader ? { reader } : {}),
      });
      cores.push(core);
      return core;
    };
    const fakeWith = async (respond: ModelFake['respond']) => {
      const f = await startModelFake(respond);
      fakes.push(f);
      return f;
    };

    it('re-reads a stored item for parley explain without a model reader', async () => {
      const core = coreOn();
      await core.ingest([SEED_FEED]);
      const r = await core.explain('1');
      expect(r.item).toMatchObject({ id: 1, relevant: true });
      expect(r.sentences.length).toBeGreaterThan(0);
      expect(r.stored).toEqual(expect.arrayContaining([{ kind: 'delegation', fact: 'Ukraine: leader Rustem Umerov', readers: 'rules', rule: expect.any(String) }]));
      expect(r.model).toBeUndefined();
      explained.set(store.name, r);
      // SQLite runs first: PostgreSQL gives the same explanation, sentence by sentence.
      if (store.name === 'postgres' && explained.has('sqlite')) expect(r).toEqual(explained.get('sqlite'));
    });

    it('caches the model’s reading, marks the facts it agrees with, and explain shows both readers', async () => {
      const fake = await fakeWith(() => ({ reading: seedReading() }));
      const core = coreOn(readerSettings(fake));
      expect((await core.ingest([SEED_FEED])).sources[0]).toMatchObject({ status: 'new', newItems: 1 });
      const r = await core.explain('1');
      const delegations = r.stored!.filter((f) => f.kind === 'delegation');
      expect(delegations).toHaveLength(7);
      for (const f of delegations) expect(f.readers).toBe('rules+model');
      expect(r.model).toMatchObject({ model: 'fake-model', status: 'read', dropped: [] });
      expect((await core.health()).reader).toMatchObject({ calls: 1, waiting: 0, dropped: 0, budget: 'ok' });
      // The same text again, from a second core: the cache answers, the endpoint is not asked.
      const again = coreOn(readerSettings(fake));
      await again.ingest([SEED_FEED]);
      expect(fake.calls).toHaveLength(1);
    });

    it('keeps the rules’ facts when the model fails, and merges the model’s when a later pass reads the item', async () => {
      let broken = true;
      const fake = await fakeWith(() => (broken ? { content: '{"people": [' } : { reading: seedReading() }));
      const core = coreOn(readerSettings(fake));
      await core.ingest([SEED_FEED]);
      expect((await core.explain('1')).model).toMatchObject({ status: 'pending', lastError: expect.stringMatching(/^malformed answer/) });
      expect((await core.health()).reader).toMatchObject({ waiting: 1 });
      broken = false;
      now = new Date('2025-03-24T06:06:00Z');
      await core.ingest([SEED_FEED]);
      expect(fake.calls).toHaveLength(2);
      const r = await core.explain('1');
      expect(r.model).toMatchObject({ status: 'read' });
      for (const f of r.stored!.filter((x) => x.kind === 'delegation')) expect(f.readers).toBe('rules+model');
      expect((await core.health()).reader).toMatchObject({ waiting: 0 });
    });

    it('posts the model’s bottom line when it is grounded in the facts it cites', async () => {
      const bottomLine = { content: JSON.stringify({ sentences: [{ text: BOTTOM_LINE, facts: [1, 2] }] }) };
      const fake = await fakeWith((call) => (call.messages.some((m) => m.content.startsWith('Facts:')) ? bottomLine : { reading: seedReading() }));
      const core = coreOn(readerSettings(fake, { bottomLine: true }));
      await core.ingest([SEED_FEED]);
      await core.subscriptions.subscribe({ platform: 'slack', workspace: 'T1', channel: 'C1', by: 'U1', time: '08:00' });
      const docs: string[] = [];
      const posters = { slack: { post: async (_t: unknown, doc: unknown) => void docs.push(JSON.stringify(doc)) } };
      const report = await core.postDue({ posters, at: now, sleep: async () => {} });
      expect(report.lines).toEqual([expect.objectContaining({ outcome: 'posted' })]);
      expect(docs).toHaveLength(1);
      expect(docs[0]).toContain(BOTTOM_LINE);
      expect(fake.calls).toHaveLength(2);
    });
  });
});
