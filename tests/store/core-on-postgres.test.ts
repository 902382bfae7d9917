/**
 * The core on PostgreSQL (PARLEY_DATABASE_URL): what runs there today — the schema made at the
 * first call, subscriptions, the scheduler's claims and its briefings, queries, delivery dedup,
 * health, ingest (on its worker thread) — and what is the server's own job (backups: pg_dump)
 * saying so. The model reader and explain on both stores: tests/reader/reader-on-stores.test.ts.
 * Skipped, with the reason, when no server answers at 127.0.0.1.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/create-core.js';
import type { Core } from '../../src/core/core.js';
import { contractStores, type OpenedStore, schemaUrl } from '../support/stores.js';

/** One of the bundled Russia–Ukraine snapshots. */
const SNAPSHOT = readdirSync(fileURLToPath(new URL('../../briefings/russia-ukraine/snapshots/', import.meta.url))).sort()[0]!;

const stores = (await contractStores()).filter((s) => s.name === 'postgres');

describe.each(stores)('the core on $name', (store) => {
  describe.skipIf(store.skip !== undefined)(store.skip ?? 'core', () => {
    let opened: OpenedStore;
    let core: Core;
    beforeEach(async () => {
      opened = await store.open();
      // A fresh schema with nothing in it: the core makes its tables at the first call.
      await opened.sql.exec(
        `DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP EXECUTE 'DROP TABLE ' || quote_ident(t) || ' CASCADE'; END LOOP; END $$`,
      );
      const databaseUrl = schemaUrl(opened);
      core = createCore({ dbPath: '/nonexistent/unused.db', databaseUrl, now: () => new Date('2025-03-24T06:00:00Z'), isolateIngest: false });
    });
    afterEach(async () => {
      await core.close();
      await opened.drop();
    });

    it('makes its schema at the first call, and serves subscriptions, claims, deliveries and health', async () => {
      expect(core.storeKind).toBe('postgres');
      expect(await core.isEmpty()).toBe(true);
      expect(await core.health()).toMatchObject({ db: 'ok' });
      expect(await core.integrity()).toEqual({ ok: true });
      const { subscription, created } = await core.subscriptions.subscribe({ platform: 'slack', workspace: 'T1', channel: 'C1', by: 'U1', time: '08:00' });
      expect(created).toBe(true);
      expect((await core.subscriptions.list('slack', 'T1')).map((s) => s.id)).toEqual([subscription.id]);
      expect(await core.claimDelivery('slack:event:T1:Ev1')).toBe(true);
      expect(await core.claimDelivery('slack:event:T1:Ev1')).toBe(false);
      expect((await core.dossiers()).map((d) => d.items)).toEqual([0, 0, 0, 0]);
    });

    it('claims each due briefing once and posts it, built from the PostgreSQL store', async () => {
      await core.subscriptions.subscribe({ platform: 'slack', workspace: 'T1', channel: 'C1', by: 'U1', time: '08:00' });
      const posts: string[] = [];
      const posters = { slack: { post: async (t: { channel: string }) => void posts.push(t.channel) } };
      const report = await core.postDue({ posters, at: new Date('2025-03-24T06:00:00Z'), sleep: async () => {} });
      expect(report.lines).toEqual([expect.objectContaining({ outcome: 'posted' })]);
      expect(posts).toEqual(['C1']);
      // The same local date again: claimed already, posted once.
      await core.postDue({ posters, at: new Date('2025-03-24T06:05:00Z'), sleep: async () => {} });
      expect(posts).toEqual(['C1']);
    });

    it('ingests a feed file on its worker thread, which opens its own pool to the same database', async () => {
      const isolated = createCore({ dbPath: '/nonexistent/unused.db', databaseUrl: schemaUrl(opened), now: () => new Date('2025-03-24T06:00:00Z') });
      try {
        const file = fileURLToPath(new URL('../../briefings/russia-ukraine/snapshots/' + SNAPSHOT, import.meta.url));
        const first = await isolated.ingest([file]);
        expect(first.sources).toEqual([expect.objectContaining({ status: 'new' })]);
        expect(first.sources[0]!.newItems).toBeGreaterThan(0);
        const n = (await opened.sql.get<{ n: number }>('SELECT count(*) AS n FROM items'))!.n;
        expect(n).toBe(first.sources[0]!.newItems + first.sources[0]!.irrelevant);
        const again = await isolated.ingest([file]);
        expect(again.sources).toEqual([expect.objectContaining({ status: 'duplicate', newItems: 0 })]);
        expect((await opened.sql.get<{ n: number }>('SELECT count(*) AS n FROM items'))!.n).toBe(n);
        // And it is read back from PostgreSQL.
        expect((await isolated.timeline({})).events.length).toBeGreaterThan(0);
      } finally {
        await isolated.close();
      }
    }, 120_000);

    it('answers queries from the PostgreSQL store, and names pg_dump for backups', async () => {
      await expect(core.whoLeads('Ukraine')).resolves.toMatchObject({ party: 'Ukraine' });
      await expect(core.timeline({})).resolves.toMatchObject({ events: [] });
      await expect(core.backup('/tmp/x.db')).rejects.toThrow(/pg_dump/);
    });
  });
});
