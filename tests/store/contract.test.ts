/**
 * The store's contract: the same behaviours on every store (SQLite, and PostgreSQL when a server
 * answers at 127.0.0.1 — see tests/support/stores.ts). Each test gets a fresh, migrated store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/create-core.js';
import { silentLogger } from '../../src/core/logger.js';
import { createFeedPoller } from '../../src/core/schedule/poll-feeds.js';
import { PostError, runDueBriefings } from '../../src/core/schedule/run-due.js';
import { createSubscriptions, type SubscribeInput } from '../../src/core/schedule/subscriptions.js';
import {
  type BriefingClaim,
  briefingAttempts,
  briefingPost,
  claimBriefing,
  lastPostedWindowEnd,
  lastSentWindowEnd,
  reclaimBriefing,
  recordBriefingFailed,
  recordBriefingGone,
  recordBriefingPosted,
  renewBriefingClaim,
  takeOverBriefing,
} from '../../src/core/store/briefing-posts.js';
import { createDeliveries } from '../../src/core/store/deliveries.js';
import { feedSchedule, leaseFeed, registerFeed } from '../../src/core/store/feed-schedule.js';
import { copyStore } from '../../src/core/store/operations.js';
import { dossierHasItems, dossierItemCount, partiesOnRecord, storeIsEmpty } from '../../src/core/store/overview.js';
import { migratePostgres, PG_MIGRATIONS, postgresVersion } from '../../src/core/store/pg-schema.js';
import { createPostgresClient } from '../../src/core/store/postgres.js';
import { createSqliteClient, type SqlClient } from '../../src/core/store/sql.js';
import { directStore } from '../support/store.js';
import { contractStores, type OpenedStore, schemaUrl } from '../support/stores.js';
import { SEED_FEED } from '../support/temp-core.js';

const T0 = '2025-03-24T06:00:00.000Z';
const later = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
const base: SubscribeInput = { platform: 'slack', workspace: 'T1', channel: 'C1', by: 'U1' };

/** A second client on the same store, as another process or replica would hold (SQLite: the same one). */
async function secondClient(opened: OpenedStore): Promise<{ sql: SqlClient; close(): Promise<void> }> {
  if (opened.url === undefined) return { sql: opened.sql, close: async () => {} };
  const sql = createPostgresClient(opened.url, { schema: opened.schema!, max: 4 });
  return { sql, close: () => sql.close() };
}

const stores = await contractStores();

describe.each(stores)('the $name store', (store) => {
  describe.skipIf(store.skip !== undefined)(store.skip ?? 'contract', () => {
    let opened: OpenedStore;
    let sql: SqlClient;
    beforeEach(async () => {
      opened = await store.open();
      sql = opened.sql;
    });
    afterEach(async () => {
      await opened.drop();
    });

    describe('the client', () => {
      it('returns counts and ids as numbers, and rows changed by a write', async () => {
        await sql.run("INSERT INTO feeds (url, name) VALUES ('https://a.example/feed', 'A'), ('https://b.example/feed', 'B')");
        expect(await sql.get('SELECT count(*) AS n, sum(failures) AS f FROM feeds')).toEqual({ n: 2, f: 0 });
        const row = await sql.get<{ id: number }>('SELECT id FROM feeds WHERE url = ?', ['https://a.example/feed']);
        expect(typeof row?.id).toBe('number');
        expect((await sql.run('UPDATE feeds SET failures = failures + 1 WHERE name IN (@a, @b)', { a: 'A', b: 'B' })).changes).toBe(2);
        expect((await sql.run('UPDATE feeds SET failures = 0 WHERE name = ?', ['none'])).changes).toBe(0);
      });

      it('gives an inserted row its id through RETURNING', async () => {
        const a = await sql.get<{ id: number }>("INSERT INTO dossier_sets (dossiers) VALUES ('a') RETURNING id");
        const b = await sql.get<{ id: number }>("INSERT INTO dossier_sets (dossiers) VALUES ('b') RETURNING id");
        expect(b!.id).toBe(a!.id + 1);
      });

      it('commits a transaction that resolves and rolls back one that rejects', async () => {
        await sql.tx(async (t) => {
          await t.run("INSERT INTO deliveries (key, seen_at) VALUES ('kept', '2025-01-01T00:00:00Z')");
        });
        await expect(
          sql.tx(async (t) => {
            await t.run("INSERT INTO deliveries (key, seen_at) VALUES ('dropped', '2025-01-01T00:00:00Z')");
            await t.run("INSERT INTO deliveries (key, seen_at) VALUES ('kept', '2025-01-01T00:00:00Z')");
          }),
        ).rejects.toThrow();
        expect(await sql.all('SELECT key FROM deliveries ORDER BY key')).toEqual([{ key: 'kept' }]);
      });

      it('leaves the store usable after a failed statement', async () => {
        await expect(sql.run('INSERT INTO no_such_table VALUES (1)')).rejects.toThrow();
        await expect(sql.tx((t) => t.run('INSERT INTO no_such_table VALUES (1)'))).rejects.toThrow();
        expect(await sql.get('SELECT count(*) AS n FROM deliveries')).toEqual({ n: 0 });
      });
    });

    describe('subscriptions', () => {
      const subsOn = (db: SqlClient) => createSubscriptions(db, { now: () => new Date(T0) });

      it('subscribes a channel once, updates it on re-subscribe, lists and removes it', async () => {
        const subs = subsOn(sql);
        const first = await subs.subscribe({ ...base, time: '7:30', topics: ['ceasefire'] });
        expect(first).toMatchObject({ created: true, subscription: { time: '07:30', tz: 'Europe/Kyiv', topics: ['ceasefire'], dossier: 'russia-ukraine' } });
        expect(typeof first.subscription.id).toBe('number');
        const again = await subs.subscribe({ ...base, time: '09:15', by: 'U2' });
        expect(again).toMatchObject({ created: false, subscription: { id: first.subscription.id, time: '09:15', topics: ['ceasefire'], updatedBy: 'U2' } });
        await subs.subscribe({ ...base, channel: 'C0' });
        await subs.subscribe({ ...base, dossier: 'gaza-ceasefire' });
        expect((await subs.list('slack', 'T1')).map((x) => `${x.channel}/${x.dossier}`)).toEqual(['C0/russia-ukraine', 'C1/gaza-ceasefire', 'C1/russia-ukraine']);
        expect((await subs.forChannel({ platform: 'slack', workspace: 'T1', channel: 'C1', dossier: 'gaza-ceasefire' })).map((x) => x.dossier)).toEqual(['gaza-ceasefire']);
        expect((await subs.unsubscribe({ platform: 'slack', workspace: 'T1', channel: 'C1' })).map((x) => x.dossier)).toEqual(['gaza-ceasefire', 'russia-ukraine']);
        expect((await subs.list('slack', 'T1')).map((x) => x.channel)).toEqual(['C0']);
      });

      it('stores nothing for a refused subscription', async () => {
        const subs = subsOn(sql);
        await expect(subs.subscribe({ ...base, tz: 'Mars/Olympus_Mons' })).rejects.toThrow(/not a time zone/);
        expect(await subs.list('slack', 'T1')).toEqual([]);
      });

      it('makes one subscription of two processes subscribing one channel at once', async () => {
        const other = await secondClient(opened);
        try {
          const results = await Promise.all([subsOn(sql).subscribe({ ...base, time: '08:00' }), subsOn(other.sql).subscribe({ ...base, time: '09:00', by: 'U2' })]);
          expect(results.map((r) => r.created).sort()).toEqual([false, true]);
          const listed = await subsOn(sql).list('slack', 'T1');
          expect(listed).toHaveLength(1);
        } finally {
          await other.close();
        }
      });
    });

    describe('briefing claims', () => {
      let subscriptionId: number;
      const claimAt = (at: string, token: string): BriefingClaim => ({
        subscriptionId,
        localDate: '2025-03-24',
        at,
        token,
        leaseUntil: later(at, 10),
        window: { start: '2025-03-23T06:00:00.000Z', end: at, catchUp: false },
      });
      beforeEach(async () => {
        subscriptionId = (await createSubscriptions(sql, { now: () => new Date(T0) }).subscribe(base)).subscription.id;
      });

      it('lets exactly one of many racing runners claim a post', async () => {
        const other = await secondClient(opened);
        try {
          const wins = await Promise.all(Array.from({ length: 8 }, (_, i) => claimBriefing(i % 2 ? other.sql : sql, claimAt(T0, `r${i}`))));
          expect(wins.filter(Boolean)).toHaveLength(1);
          expect(await briefingPost(sql, subscriptionId, '2025-03-24')).toMatchObject({ state: 'claimed', takeovers: 0, attempts: 0 });
        } finally {
          await other.close();
        }
      });

      it('renews only for the holder, takes an expired claim over once, and records the outcome for the holder only', async () => {
        expect(await claimBriefing(sql, claimAt(T0, 'a'))).toBe(true);
        expect(await renewBriefingClaim(sql, subscriptionId, '2025-03-24', 'a', later(T0, 11))).toBe(true);
        expect(await renewBriefingClaim(sql, subscriptionId, '2025-03-24', 'b', later(T0, 11))).toBe(false);
        expect(await briefingAttempts(sql, subscriptionId, '2025-03-24')).toBe(1);
        // Still leased: no takeover.
        expect(await takeOverBriefing(sql, claimAt(later(T0, 5), 'b'), 1)).toBe(false);
        const other = await secondClient(opened);
        try {
          const racing = await Promise.all([takeOverBriefing(sql, claimAt(later(T0, 30), 'b'), 1), takeOverBriefing(other.sql, claimAt(later(T0, 30), 'c'), 1)]);
          expect(racing.filter(Boolean)).toHaveLength(1);
        } finally {
          await other.close();
        }
        // Taken over once already: never again.
        expect(await takeOverBriefing(sql, claimAt(later(T0, 90), 'd'), 1)).toBe(false);
        const holder = (await briefingPost(sql, subscriptionId, '2025-03-24'))!.claimed_by;
        const window = { start: '2025-03-23T06:00:00.000Z', end: T0 };
        const post = { subscriptionId, localDate: '2025-03-24', at: later(T0, 31), destination: 'slack:T1:C1', dossier: 'russia-ukraine', window };
        expect(await recordBriefingPosted(sql, { ...post, token: 'a' })).toBe(false);
        expect(await recordBriefingPosted(sql, { ...post, token: holder })).toBe(true);
        expect(await briefingPost(sql, subscriptionId, '2025-03-24')).toMatchObject({ state: 'posted', posted_at: later(T0, 31), takeovers: 1 });
        // The claim's own window is the takeover's.
        expect(await lastPostedWindowEnd(sql, subscriptionId)).toBe(later(T0, 30));
        expect(await lastSentWindowEnd(sql, 'slack:T1:C1', 'russia-ukraine', later(T0, 60))).toBe(T0);
        expect(await lastSentWindowEnd(sql, 'slack:T1:C1', 'gaza-ceasefire', later(T0, 60))).toBeNull();
      });

      it('re-claims a failed post only once its retry time has come, and a gone one at once', async () => {
        await claimBriefing(sql, claimAt(T0, 'a'));
        await recordBriefingFailed(sql, subscriptionId, '2025-03-24', 'a', 'HTTP 503', later(T0, 5));
        expect(await reclaimBriefing(sql, claimAt(later(T0, 1), 'b'))).toBe(false);
        expect(await reclaimBriefing(sql, claimAt(later(T0, 5), 'b'))).toBe(true);
        await recordBriefingFailed(sql, subscriptionId, '2025-03-24', 'b', 'invalid_blocks', null);
        expect(await reclaimBriefing(sql, claimAt(later(T0, 600), 'c'))).toBe(false);
        expect(await briefingPost(sql, subscriptionId, '2025-03-24')).toMatchObject({ state: 'failed', next_attempt_at: null, error: 'invalid_blocks' });
        await sql.run("UPDATE briefing_posts SET state = 'claimed', claimed_by = 'c'");
        await recordBriefingGone(sql, subscriptionId, '2025-03-24', 'c', 'channel_not_found');
        const [sub] = await createSubscriptions(sql).list('slack', 'T1');
        expect(sub).toMatchObject({ status: 'unreachable', statusReason: 'channel_not_found' });
        // Gone stays gone until the channel is subscribed again.
        expect(await reclaimBriefing(sql, claimAt(later(T0, 601), 'd'))).toBe(false);
        await createSubscriptions(sql).subscribe(base);
        expect(await reclaimBriefing(sql, claimAt(later(T0, 602), 'd'))).toBe(true);
      });

      it('runs the scheduler end to end: one post per local date, a gone channel marked, across two runners', async () => {
        await createSubscriptions(sql).subscribe({ ...base, channel: 'GONE' });
        const posted: string[] = [];
        const poster = {
          async post(target: { channel: string }) {
            if (target.channel === 'GONE') throw new PostError('gone', 'is_archived');
            posted.push(target.channel);
          },
        };
        const other = await secondClient(opened);
        try {
          const run = (db: SqlClient, runnerId: string) =>
            runDueBriefings(new Date(T0), {
              sql: db,
              posters: { slack: poster },
              buildDoc: (sub) => ({ title: sub.channel, summary: '', blocks: [] }),
              logger: silentLogger,
              runnerId,
              sleep: async () => {},
            });
          const reports = await Promise.all([run(sql, 'one'), run(other.sql, 'two')]);
          expect(reports.reduce((n, r) => n + r.posted, 0)).toBe(1);
          expect(reports.reduce((n, r) => n + r.gone, 0)).toBe(1);
          expect(posted).toEqual(['C1']);
          const again = await run(sql, 'three');
          expect(again).toMatchObject({ posted: 0, gone: 0 });
          expect(again.lines.map((l) => l.detail)).toEqual([expect.stringMatching(/^already posted at /), 'channel unreachable: is_archived']);
        } finally {
          await other.close();
        }
      });
    });

    describe('deliveries', () => {
      it('answers each delivery once across processes on the store', async () => {
        const other = await secondClient(opened);
        try {
          const a = createDeliveries(sql, { now: () => new Date(T0) });
          const b = createDeliveries(other.sql, { now: () => new Date(T0) });
          const first = await Promise.all([a.claim('slack:event:T1:Ev1'), b.claim('slack:event:T1:Ev1')]);
          // On SQLite both clients are one connection here, so the second claim is the first's retry.
          expect(first.filter(Boolean)).toHaveLength(1);
          expect(await a.claim('slack:event:T1:Ev1')).toBe(false);
          expect(await b.claim('discord:interaction:42')).toBe(true);
        } finally {
          await other.close();
        }
      });

      it('forgets a delivery after its time to live', async () => {
        let now = new Date(T0);
        const d = createDeliveries(sql, { now: () => now, ttlMs: 60_000 });
        expect(await d.claim('k-old')).toBe(true);
        now = new Date(now.getTime() + 120_000);
        expect(await d.claim('k-new')).toBe(true);
        expect(await sql.all('SELECT key FROM deliveries ORDER BY key')).toEqual([{ key: 'k-new' }]);
      });
    });

    describe('feed schedule', () => {
      it('registers a feed once, keeping its interval current', async () => {
        await registerFeed(sql, { url: 'https://a.example/feed', name: 'A', weight: 1, intervalMinutes: 15 });
        await registerFeed(sql, { url: 'https://a.example/feed', name: 'A', weight: 1, intervalMinutes: 5 });
        expect(await sql.all('SELECT url, interval_minutes FROM feeds')).toEqual([{ url: 'https://a.example/feed', interval_minutes: 5 }]);
        expect(await feedSchedule(sql, 'https://a.example/feed')).toMatchObject({ status: 'ok', failures: 0, next_poll_at: null });
      });

      it('leases a due feed to exactly one of several pollers, and not again until it is due', async () => {
        await registerFeed(sql, { url: 'https://a.example/feed', name: 'A', weight: 1, intervalMinutes: 15 });
        const { id } = (await feedSchedule(sql, 'https://a.example/feed'))!;
        const other = await secondClient(opened);
        try {
          const wins = await Promise.all(Array.from({ length: 6 }, (_, i) => leaseFeed(i % 2 ? other.sql : sql, id, T0, later(T0, 15))));
          expect(wins.filter(Boolean)).toHaveLength(1);
        } finally {
          await other.close();
        }
        expect(await leaseFeed(sql, id, later(T0, 14), later(T0, 29))).toBe(false);
        expect(await leaseFeed(sql, id, later(T0, 15), later(T0, 30))).toBe(true);
      });

      it('polls each feed once when two pollers share the store', async () => {
        const fetched: string[] = [];
        const ingester = {
          run: async (sources?: string[]) => {
            fetched.push(...(sources ?? []));
            return { sources: (sources ?? []).map((source) => ({ source, status: 'ok' as const, newItems: 0, duplicates: 0, irrelevant: 0 })) } as never;
          },
        };
        const feeds = ['a', 'b', 'c'].map((n) => ({ name: n, url: `https://${n}.example/feed`, language: 'en', weight: 1 }));
        const other = await secondClient(opened);
        try {
          const poll = (db: SqlClient) => createFeedPoller({ sql: db, ingester, dossier: { feeds }, logger: silentLogger }).pollDue(new Date(T0));
          const [r1, r2] = await Promise.all([poll(sql), poll(other.sql)]);
          expect(r1.polled.length + r2.polled.length).toBe(3);
          expect(fetched.sort()).toEqual(feeds.map((f) => f.url));
        } finally {
          await other.close();
        }
      });
    });

    describe('overview reads', () => {
      it('counts items per dossier and lists the parties on record', async () => {
        expect(await storeIsEmpty(sql)).toBe(true);
        await sql.run("INSERT INTO feeds (id, url, name) VALUES (1, 'https://a.example/feed', 'A')");
        await sql.run(
          "INSERT INTO items (id, feed_id, title, published, fetched_at, text, content_hash) VALUES (1, 1, 't', '2025-03-24', '2025-03-24', 'x', 'h')",
        );
        await sql.run("INSERT INTO item_dossiers (item_id, dossier, relevance) VALUES (1, 'russia-ukraine', 0.9)");
        await sql.run("INSERT INTO delegations (party, first_item_id, reported_at, dossier) VALUES ('Ukraine', 1, '2025-03-24', 'russia-ukraine')");
        await sql.run(
          "INSERT INTO events (id, key, kind, date, date_precision, title, first_item_id, reported_at, dossier) VALUES (1, 'k', 'talks', '2025-03-24', 'day', 't', 1, '2025-03-24', 'russia-ukraine')",
        );
        await sql.run("INSERT INTO event_parties (event_id, party) VALUES (1, 'Russia'), (1, 'Ukraine')");
        expect(await storeIsEmpty(sql)).toBe(false);
        expect(await dossierItemCount(sql, 'russia-ukraine')).toBe(1);
        expect(await dossierHasItems(sql, 'russia-ukraine')).toBe(true);
        expect(await dossierHasItems(sql, 'gaza-ceasefire')).toBe(false);
        expect(await partiesOnRecord(sql, 'russia-ukraine')).toEqual(['Russia', 'Ukraine']);
      });
    });
  });
});

describe.each(stores.filter((s) => s.name === 'postgres'))('the PostgreSQL schema', (store) => {
  describe.skipIf(store.skip !== undefined)(store.skip ?? 'migrations', () => {
    let opened: OpenedStore;
    beforeEach(async () => {
      opened = await store.open();
    });
    afterEach(async () => {
      await opened.drop();
    });

    it('is applied once, and a second run (another replica) finds nothing to do', async () => {
      expect(await postgresVersion(opened.sql)).toBe(PG_MIGRATIONS.length);
      expect(await migratePostgres(opened.sql)).toEqual({ from: PG_MIGRATIONS.length, to: PG_MIGRATIONS.length, applied: [] });
    });

    it('applies each step once when replicas start together on an empty schema', async () => {
      await opened.sql.exec('DROP TABLE parley_schema');
      await opened.sql.exec(
        `DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP EXECUTE 'DROP TABLE ' || quote_ident(t) || ' CASCADE'; END LOOP; END $$`,
      );
      const replicas = [0, 1, 2].map(() => createPostgresClient(opened.url!, { schema: opened.schema!, max: 2 }));
      try {
        const reports = await Promise.all(replicas.map((r) => migratePostgres(r)));
        expect(reports.flatMap((r) => r.applied).sort()).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
        expect(await opened.sql.all('SELECT version FROM parley_schema ORDER BY version')).toEqual(PG_MIGRATIONS.map((_, i) => ({ version: i + 1 })));
      } finally {
        await Promise.all(replicas.map((r) => r.close()));
      }
    });

    it('refuses a store of a newer Parley before changing it', async () => {
      await opened.sql.run('INSERT INTO parley_schema (version, applied_at) VALUES (?, ?)', [PG_MIGRATIONS.length + 1, 'later']);
      await expect(migratePostgres(opened.sql)).rejects.toThrow(/newer Parley/);
    });

    it('upgrades a version 1 store to version 2 with every row kept, numbering rows without an id in the order version 1 read them', async () => {
      // A version 1 store: the schema as version 1 made it, with rows, one of them updated (which moves it in the heap).
      await opened.sql.exec(
        `DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP EXECUTE 'DROP TABLE ' || quote_ident(t) || ' CASCADE'; END LOOP; END $$`,
      );
      await opened.sql.exec('CREATE TABLE parley_schema (version integer PRIMARY KEY, applied_at text NOT NULL)');
      await opened.sql.exec(PG_MIGRATIONS[0]!);
      await opened.sql.run('INSERT INTO parley_schema (version, applied_at) VALUES (1, ?)', [T0]);
      await opened.sql.exec(`
        INSERT INTO feeds (id, url, name) VALUES (1, 'https://example.org/feed', 'Example');
        INSERT INTO items (id, feed_id, title, published, fetched_at, text, content_hash)
          VALUES (1, 1, 'One', '${T0}', '${T0}', 'first', 'h1'), (2, 1, 'Two', '${T0}', '${T0}', 'second', 'h2');
        INSERT INTO actors (id, name, key, surname_key) VALUES (1, 'Rustem Umerov', 'rustem umerov', 'umerov'), (2, 'Steve Witkoff', 'steve witkoff', 'witkoff');
        INSERT INTO actor_aliases (actor_id, alias, key) VALUES (1, 'Umerov', 'umerov'), (2, 'Witkoff', 'witkoff'), (1, 'Rustem Umerov', 'rustem umerov');
        INSERT INTO delegations (id, party, first_item_id, reported_at, dossier) VALUES (1, 'Ukraine', 1, '${T0}', 'russia-ukraine');
        INSERT INTO delegation_members (delegation_id, actor_id, role, item_id) VALUES (1, 1, 'member', 1), (1, 2, 'member', 1);
        INSERT INTO delegation_sources (delegation_id, item_id, evidence) VALUES (1, 2, 'later report'), (1, 1, 'first report');
        UPDATE delegation_members SET role = 'leader' WHERE actor_id = 1;
      `);
      const v1 = {
        aliases: await opened.sql.all('SELECT actor_id, alias, key FROM actor_aliases ORDER BY ctid'),
        members: await opened.sql.all('SELECT delegation_id, actor_id, role, item_id FROM delegation_members ORDER BY ctid'),
        sources: await opened.sql.all('SELECT delegation_id, item_id, evidence FROM delegation_sources ORDER BY ctid'),
      };
      expect(v1.members.map((m) => (m as { actor_id: number }).actor_id)).toEqual([2, 1]);

      expect(await migratePostgres(opened.sql)).toEqual({ from: 1, to: PG_MIGRATIONS.length, applied: PG_MIGRATIONS.map((_, i) => i + 1).slice(1) });
      expect(await postgresVersion(opened.sql)).toBe(PG_MIGRATIONS.length);
      expect(await opened.sql.all('SELECT actor_id, alias, key FROM actor_aliases ORDER BY seq')).toEqual(v1.aliases);
      expect(await opened.sql.all('SELECT delegation_id, actor_id, role, item_id FROM delegation_members ORDER BY seq')).toEqual(v1.members);
      expect(await opened.sql.all('SELECT delegation_id, item_id, evidence FROM delegation_sources ORDER BY seq')).toEqual(v1.sources);
      expect(await opened.sql.get('SELECT count(*) AS n FROM items')).toEqual({ n: 2 });

      // Rows written after the upgrade follow, and an update keeps a row's place (as SQLite's rowid does).
      await opened.sql.run("INSERT INTO actor_aliases (actor_id, alias, key) VALUES (2, 'Steve Witkoff', 'steve witkoff')");
      await opened.sql.run("UPDATE actor_aliases SET alias = 'UMEROV' WHERE key = 'umerov'");
      expect((await opened.sql.all<{ alias: string }>('SELECT alias FROM actor_aliases ORDER BY seq')).map((r) => r.alias)).toEqual([
        'UMEROV',
        'Witkoff',
        'Rustem Umerov',
        'Steve Witkoff',
      ]);
    });

    it('takes an SQLite knowledge base whole (copy-store): same rows and ids, counts compared, a second copy refused unless replacing', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'parley-copy-'));
      const file = join(dir, 'parley.db');
      const direct = directStore(file, { now: () => new Date('2025-03-24T06:00:00Z') });
      try {
        await direct.ingester.run([SEED_FEED]);
        await createSubscriptions(direct.sql).subscribe(base);
        direct.close();
        const to = { kind: 'postgres' as const, url: schemaUrl(opened) };
        const report = await copyStore(file, to);
        expect(report.same).toBe(true);
        expect(report.tables.find((t) => t.table === 'items')!.source).toBeGreaterThan(0);
        const readBack = new Database(file, { readonly: true });
        try {
          for (const [table, cols] of [
            ['items', 'id, feed_id, guid, title, published, content_hash, relevance'],
            ['statements', 'id, dossier, item_id, sentence_index, speaker, actor_id, quote, stances'],
            ['actors', 'id, name, key, mention_count, first_seen'],
            ['subscriptions', 'id, platform, channel, dossier, time, tz, topics'],
          ] as const) {
            expect(await opened.sql.all(`SELECT ${cols} FROM ${table} ORDER BY id`)).toEqual(readBack.prepare(`SELECT ${cols} FROM ${table} ORDER BY id`).all());
          }
        } finally {
          readBack.close();
        }
        // New rows continue after the copied ids.
        const next = await opened.sql.get<{ id: number }>("INSERT INTO dossier_sets (dossiers) VALUES ('after-copy') RETURNING id");
        const max = await opened.sql.get<{ m: number }>("SELECT max(id) AS m FROM dossier_sets WHERE dossiers <> 'after-copy'");
        expect(next!.id).toBe(max!.m + 1);
        await expect(copyStore(file, to)).rejects.toThrow(/already holds a knowledge base.*--replace/);
        expect((await copyStore(file, to, { replace: true })).same).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('keeps items.fts and events.fts current for full-text search', async () => {
      const sql = opened.sql;
      await sql.run("INSERT INTO feeds (id, url, name) VALUES (1, 'https://a.example/feed', 'A')");
      await sql.run(
        `INSERT INTO items (feed_id, title, published, fetched_at, text, content_hash)
         VALUES (1, 'Talks in Riyadh', '2025-03-24T00:00:00Z', '2025-03-24T00:00:00Z', 'The Black Sea ceasefire was discussed.', 'h1')`,
      );
      const hit = await sql.all<{ title: string }>("SELECT title FROM items WHERE fts @@ plainto_tsquery('simple', ?)", ['black sea']);
      expect(hit).toEqual([{ title: 'Talks in Riyadh' }]);
      expect(await sql.all("SELECT title FROM items WHERE fts @@ plainto_tsquery('simple', 'geneva')")).toEqual([]);
    });
  });
});

/**
 * Every table the ingest writes (dossier_sets aside: SQLite's migration 8 seeds a legacy row, so
 * its sets are compared by the items that point at them).
 */
const INGEST_TABLES = [
  'feeds',
  'items',
  'item_dossiers',
  'actors',
  'actor_aliases',
  'mentions',
  'actor_roles',
  'rounds',
  'round_sources',
  'delegations',
  'delegation_members',
  'delegation_member_sources',
  'delegation_sources',
  'events',
  'event_sources',
  'event_actors',
  'event_topics',
  'event_parties',
  'statements',
] as const;

/** What the ingest stored: the row count of each table, and the facts by their content (ids aside). */
async function ingested(sql: SqlClient) {
  const counts: Record<string, number> = {};
  for (const t of INGEST_TABLES) counts[t] = (await sql.get<{ n: number }>(`SELECT count(*) AS n FROM ${t}`))!.n;
  const lines = async (q: string) => (await sql.all<Record<string, unknown>>(q)).map((r) => Object.values(r).join('|')).sort();
  return {
    counts,
    items: await lines('SELECT content_hash, relevant, published, published_estimated, extracted_at FROM items'),
    scoredSets: await lines('SELECT s.dossiers, count(*) AS n FROM items i JOIN dossier_sets s ON s.id = i.scored_set GROUP BY s.dossiers'),
    actors: await lines('SELECT name, key, party, mention_count, first_seen, last_seen FROM actors'),
    rounds: await lines(
      `SELECT r.dossier, r.place, r.date, r.status, r.parties, count(s.item_id) AS sources FROM rounds r LEFT JOIN round_sources s ON s.round_id = r.id
        GROUP BY r.id, r.dossier, r.place, r.date, r.status, r.parties`,
    ),
    members: await lines(
      `SELECT d.dossier, d.party, a.name, m.role, m.rule FROM delegation_members m JOIN delegations d ON d.id = m.delegation_id JOIN actors a ON a.id = m.actor_id`,
    ),
    events: await lines('SELECT key, title, date, place, parties FROM events'),
    statements: await lines('SELECT dossier, speaker, party, mode, verb, stances, date FROM statements'),
  };
}

describe('ingest on SQLite and PostgreSQL', () => {
  const pg = stores.find((s) => s.name === 'postgres')!;
  describe.skipIf(pg.skip !== undefined)(pg.skip ?? 'the bundled snapshots', () => {
    it('stores the same rows and facts on both, and a second ingest doubles nothing', async () => {
      const now = () => new Date('2025-03-24T06:00:00Z');
      const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
      const opened = await pg.open();
      try {
        const file = join(dir, 'parley.db');
        const onFile = createCore({ dbPath: file, now, isolateIngest: false });
        const onPg = createCore({ dbPath: join(dir, 'unused.db'), databaseUrl: schemaUrl(opened), now, isolateIngest: false });
        try {
          const a = await onFile.ingest(undefined, { offline: true });
          const b = await onPg.ingest(undefined, { offline: true });
          expect(b).toEqual(a);
          expect(a.sources.some((s) => s.newItems > 0)).toBe(true);
          const lite = createSqliteClient(new Database(file, { readonly: true }));
          try {
            const first = await ingested(lite);
            const second = await ingested(opened.sql);
            expect(first.counts.items).toBeGreaterThan(50);
            expect(first.counts.rounds).toBeGreaterThan(0);
            expect(first.counts.statements).toBeGreaterThan(0);
            expect(second).toEqual(first);

            // Again: every item a duplicate, nothing doubled or lost, on either store.
            const a2 = await onFile.ingest(undefined, { offline: true });
            const b2 = await onPg.ingest(undefined, { offline: true });
            expect(b2).toEqual(a2);
            expect(a2.sources.every((s) => s.newItems === 0 && (s.reread ?? 0) === 0)).toBe(true);
            expect(await ingested(lite)).toEqual(first);
            expect(await ingested(opened.sql)).toEqual(first);
          } finally {
            await lite.close();
          }
        } finally {
          await onFile.close();
          await onPg.close();
        }
      } finally {
        await opened.drop();
        rmSync(dir, { recursive: true, force: true });
      }
    }, 240_000);

    // A smoke test: it passes without the ingest's advisory lock too (the two ingests seldom write the same new key at the same moment); the lock is what makes such a race impossible.
    it('lets two replicas ingest at once: no feed fails, and every item is stored once', async () => {
      const now = () => new Date('2025-03-24T06:00:00Z');
      const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
      const opened = await pg.open();
      const cores = [0, 1].map(() => createCore({ dbPath: join(dir, 'unused.db'), databaseUrl: schemaUrl(opened), now, isolateIngest: false }));
      const onFile = createCore({ dbPath: join(dir, 'parley.db'), now, isolateIngest: false });
      try {
        const reports = await Promise.all(cores.map((c) => c.ingest(undefined, { offline: true })));
        const one = await onFile.ingest(undefined, { offline: true });
        for (const r of reports) expect(r.sources.filter((x) => x.status === 'failed' && x.reason !== 'no offline snapshot')).toEqual([]);
        const items = (await opened.sql.get<{ n: number }>('SELECT count(*) AS n FROM items'))!.n;
        expect(items).toBe(one.sources.reduce((n, x) => n + x.newItems + x.irrelevant, 0));
        const stored = (r: (typeof reports)[number]) => r.sources.reduce((n, x) => n + x.newItems + x.irrelevant, 0);
        expect(stored(reports[0]!) + stored(reports[1]!)).toBe(items);
      } finally {
        for (const c of [...cores, onFile]) await c.close();
        await opened.drop();
        rmSync(dir, { recursive: true, force: true });
      }
    }, 240_000);
  });
});
