/**
 * The read side of the store's contract: who-leads, actor, timeline (text search included), ask
 * and the briefing give the same answers on every store. The bundled dossiers' offline snapshots
 * are ingested once into SQLite by the real core; each PostgreSQL run gets a fresh schema holding
 * a copy of those rows (ids kept), so any difference is the read statements', not the writer's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedDossier } from '../../src/core/dossier/load.js';
import { createReadSide } from '../../src/core/queries/read-side.js';
import { createSqliteClient, type SqlClient } from '../../src/core/store/sql.js';
import { copySqliteInto } from '../support/copy-sqlite.js';
import { contractStores, type OpenedStore } from '../support/stores.js';
import { tempCore } from '../support/temp-core.js';

const NOW = new Date('2026-11-30T12:00:00Z');
const stores = await contractStores();

/** The read side of one dossier over one store, as the core builds it. */
function readers(sql: SqlClient, dossier: LoadedDossier, titleOf: (id: string) => string) {
  const r = createReadSide(sql, dossier, { now: () => NOW, titleOf });
  return { ...r, briefing: (date: string, tz?: string) => r.briefing({ date, ...(tz ? { tz } : {}) }) };
}

/** An answer, or the message of the error it gave: both must be the same on every store. */
async function outcome<T>(fn: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await fn();
  } catch (err) {
    return { error: (err as Error).message };
  }
}

const WHO_LEADS: [string, string, string?][] = [
  ['russia-ukraine', 'Ukraine'],
  ['russia-ukraine', 'Russia'],
  ['russia-ukraine', 'the Americans'],
  ['russia-ukraine', 'Ukraine', 'Riyadh'],
  ['russia-ukraine', 'Russia', '2025-03'],
  ['russia-ukraine', 'Atlantis'],
  ['gaza-ceasefire', 'Hamas'],
  ['gaza-ceasefire', 'Israel'],
  ['iran-us-nuclear', 'Iran'],
  ['iran-us-nuclear', 'United States', 'Muscat'],
];
const ACTORS: [string, string][] = [
  ['russia-ukraine', 'Witkoff'],
  ['russia-ukraine', 'Zelensky'],
  ['russia-ukraine', 'Rustem Umerov'],
  ['russia-ukraine', 'Peskov'],
  ['russia-ukraine', 'Witkof'],
  ['russia-ukraine', 'Nobody Atall'],
  ['gaza-ceasefire', 'Witkoff'],
  ['iran-us-nuclear', 'Araghchi'],
];
/** Search words as users type them, operators and quotes included: each must be read as words, on both engines. */
const SEARCHES = [
  'grain corridor',
  'Black Sea',
  'black-sea',
  '"black sea" OR (NEAR energy',
  "Russia's demands",
  "'; DROP TABLE events; --",
  'a*b:c^ -ceasefire',
  'Чорне море',
  'energy AND NOT prisoners',
];
const TIMELINES: [string, Record<string, string | number>][] = [
  ['russia-ukraine', {}],
  ['russia-ukraine', { topic: 'maritime' }],
  ['russia-ukraine', { from: '2025-03-01', to: '2025-03-31', limit: 200 }],
  ['russia-ukraine', { party: 'Ukraine', limit: 30 }],
  ['russia-ukraine', { actor: 'Witkoff' }],
  ['gaza-ceasefire', { from: '2025-01' }],
  ['iran-us-nuclear', { topic: 'sanctions' }],
  ...SEARCHES.map((text): [string, Record<string, string | number>] => ['russia-ukraine', { text }]),
];
const BRIEFINGS: [string, string, string?][] = [
  ['russia-ukraine', '2025-03-24', 'Europe/Kyiv'],
  ['russia-ukraine', '2025-03-26'],
  ['gaza-ceasefire', '2025-01-16'],
  ['iran-us-nuclear', '2025-04-20'],
];
const QUESTIONS = [
  ...(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'questions', 'dev.json'), 'utf8')) as { question: string }[]).map((q) => q.question),
  'what did anyone say about the "grain corridor" OR energy?',
  "what did the Kremlin say about Russia's demands (NEAR) the Black Sea?",
];

describe('the read side gives the same answers on every store (bundled snapshots)', () => {
  const t = tempCore({ now: NOW });
  const titleOf = (id: string) => t.dossier(id).title;
  /** The answers on SQLite, each store's compared with them. */
  const expected = new Map<string, unknown>();
  let sqlite: SqlClient;

  beforeAll(async () => {
    const report = await t.core.ingest(undefined, { offline: true });
    expect(report.sources.every((s) => s.status !== 'failed')).toBe(true);
    sqlite = createSqliteClient(t.db);
  }, 120_000);
  afterAll(() => t.cleanup());

  describe.each(stores)('the $name store', (store) => {
    describe.skipIf(store.skip !== undefined)(store.skip ?? 'reads', () => {
      let opened: OpenedStore | undefined;
      let sql: SqlClient;
      const read = new Map<string, ReturnType<typeof readers>>();
      const on = (dossier: string) => {
        let r = read.get(dossier);
        if (!r) {
          r = readers(sql, t.dossier(dossier), titleOf);
          read.set(dossier, r);
        }
        return r;
      };
      /** This store's answer equals SQLite's (read on the original file); the first store records it. */
      const same = async (key: string, fn: (r: (dossier: string) => ReturnType<typeof readers>) => Promise<unknown>) => {
        const got = await outcome(() => fn(on));
        if (!expected.has(key)) {
          const base = new Map<string, ReturnType<typeof readers>>();
          expected.set(
            key,
            await outcome(() =>
              fn((d) => {
                let r = base.get(d);
                if (!r) {
                  r = readers(sqlite, t.dossier(d), titleOf);
                  base.set(d, r);
                }
                return r;
              }),
            ),
          );
        }
        expect(got, key).toEqual(expected.get(key));
        return got;
      };

      beforeAll(async () => {
        if (store.name === 'sqlite') {
          sql = createSqliteClient(t.db);
          return;
        }
        opened = await store.open();
        sql = opened.sql;
        await copySqliteInto(t.db, sql);
      }, 120_000);
      afterAll(async () => {
        await opened?.drop();
      });

      it('answers who leads each side, with and without a round, and refuses an unknown party the same way', async () => {
        for (const [dossier, party, round] of WHO_LEADS) {
          const r = await same(`who-leads ${dossier} ${party} ${round ?? ''}`, (on) => on(dossier).whoLeads(party, round ? { round } : {}));
          if (party === 'Ukraine' && round === 'Riyadh') expect(JSON.stringify(r)).toContain('Umerov');
        }
      });

      it('gives each person the same roles, sources, delegations and sightings, and the same "did you mean"', async () => {
        for (const [dossier, name] of ACTORS) {
          const r = await same(`actor ${dossier} ${name}`, (on) => on(dossier).actor(name));
          if (name === 'Witkoff' && dossier === 'russia-ukraine') expect(JSON.stringify(r)).toContain('special envoy');
          if (name === 'Nobody Atall') expect(JSON.stringify(r)).toContain('No actor called');
        }
      });

      it('lists the same developments for every filter, user search syntax read as plain words', async () => {
        for (const [dossier, query] of TIMELINES) {
          const r = await same(`timeline ${dossier} ${JSON.stringify(query)}`, (on) => on(dossier).timeline(query));
          if (query.topic === 'maritime' || query.text === 'Black Sea') expect((r as { events: unknown[] }).events.length).toBeGreaterThan(0);
          if (typeof query.text === 'string') expect(JSON.stringify(r)).not.toContain('syntax error');
        }
      });

      it('answers the labelled plain-words questions the same', async () => {
        for (const q of QUESTIONS) await same(`ask ${q}`, (on) => on('russia-ukraine').ask(q));
      });

      it('writes the same briefing', async () => {
        for (const [dossier, date, tz] of BRIEFINGS) {
          const b = await same(`briefing ${dossier} ${date} ${tz ?? ''}`, (on) => on(dossier).briefing(date, tz));
          expect((b as { sources?: unknown[] }).sources?.length ?? 0).toBeGreaterThan(0);
        }
      });
    });
  });
});
