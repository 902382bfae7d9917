import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatementQueries } from '../../src/core/queries/statements.js';
import { StatementOut } from '../../src/core/schemas.js';
import { tempCore } from '../support/temp-core.js';
import { createSqliteClient } from '../../src/core/store/sql.js';

describe('statements stored at ingest', () => {
  const t = tempCore({ now: new Date('2025-03-26T12:00:00Z') });
  let q: ReturnType<typeof createStatementQueries>;
  const actorId = (name: string) => t.db.prepare<[string], { id: number }>('SELECT id FROM actors WHERE name = ?').get(name)!.id;
  beforeAll(async () => {
    await t.core.ingest(undefined, { offline: true, dossier: 'russia-ukraine' });
    q = createStatementQueries(createSqliteClient(t.db), 'russia-ukraine');
  });
  afterAll(() => t.cleanup());

  it('keeps each statement with its speaker, side, day, sentence and source', async () => {
    const umerov = await q.find({ actorIds: [actorId('Rustem Umerov')] });
    expect(umerov.length).toBeGreaterThan(3);
    for (const s of umerov) {
      StatementOut.parse(s);
      expect(s.party).toBe('Ukraine');
      expect(s.source.url).toMatch(/^https:/);
    }
    expect(umerov.some((s) => s.evidence.includes('productive and focused'))).toBe(true);
    // Newest first.
    const days = umerov.map((s) => s.date ?? '');
    expect(days).toEqual([...days].sort().reverse());
  });

  it('counts a US envoy’s remark about Putin as American, not Russian', async () => {
    const russia = await q.find({ party: 'Russia' });
    expect(russia.some((s) => s.speaker === 'the Kremlin')).toBe(true);
    expect(russia.some((s) => /Peskov|Zakharova|Lavrov|Karasin/.test(s.actor ?? ''))).toBe(true);
    expect(russia.filter((s) => /bad guy/.test(s.evidence))).toEqual([]);
    const us = await q.find({ party: 'United States' });
    expect(us.some((s) => s.actor === 'Steve Witkoff' && /bad guy/.test(s.evidence))).toBe(true);
  });

  it('lists a window’s statements for a briefing, and re-ingesting adds none', async () => {
    const day = await q.inWindow('2025-03-25', '2025-03-25');
    expect(day.length).toBeGreaterThan(0);
    expect(day.every((s) => s.date === '2025-03-25')).toBe(true);
    const count = () => t.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM statements').get()!.n;
    const before = count();
    await t.core.ingest(undefined, { offline: true, dossier: 'russia-ukraine' });
    expect(count()).toBe(before);
  });
});
