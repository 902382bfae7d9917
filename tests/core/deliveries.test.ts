import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/create-core.js';
import { openDb } from '../../src/core/store/db.js';
import { createDeliveries, DELIVERY_TTL_MS } from '../../src/core/store/deliveries.js';
import { createSqliteClient } from '../../src/core/store/sql.js';
import { tempCore } from '../support/temp-core.js';

describe('deliveries remembered so each is answered once', () => {
  const t = tempCore();
  afterAll(() => t.cleanup());

  it('claims a key once, across two Parley processes on one database', async () => {
    const other = createCore({ dbPath: t.dbPath, isolateIngest: false });
    try {
      expect(await t.core.claimDelivery('slack:event:T1:Ev1')).toBe(true);
      expect(await t.core.claimDelivery('slack:event:T1:Ev1')).toBe(false);
      expect(await other.claimDelivery('slack:event:T1:Ev1')).toBe(false);
      expect(await other.claimDelivery('discord:interaction:42')).toBe(true);
      expect(await t.core.claimDelivery('discord:interaction:42')).toBe(false);
    } finally {
      await other.close();
    }
  });

  it('forgets a key after the TTL, and purges old rows', async () => {
    let now = new Date('2025-11-24T12:00:00Z');
    const db = openDb(t.dbPath);
    try {
      const deliveries = createDeliveries(createSqliteClient(db), { now: () => now });
      expect(await deliveries.claim('k-old')).toBe(true);
      now = new Date(now.getTime() + DELIVERY_TTL_MS + 60_000);
      expect(await deliveries.claim('k-new')).toBe(true);
      expect(db.prepare("SELECT key FROM deliveries WHERE key LIKE 'k-%'").all()).toEqual([{ key: 'k-new' }]);
      expect(await deliveries.claim('k-old')).toBe(true);
    } finally {
      db.close();
    }
  });

  it('does not wait for a write lock another writer holds: this process\'s memory decides', async () => {
    const db = openDb(t.dbPath);
    const holder = new Database(t.dbPath);
    try {
      const deliveries = createDeliveries(createSqliteClient(db), { now: () => new Date() });
      holder.exec('BEGIN IMMEDIATE');
      expect(await deliveries.claim('locked-1')).toBe(true);
      expect(await deliveries.claim('locked-1')).toBe(false);
      holder.exec('COMMIT');
      // The busy timeout the rest of the store relies on is back.
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5_000);
    } finally {
      holder.close();
      db.close();
    }
  });
});
