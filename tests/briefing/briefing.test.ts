import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingToDoc, buildBriefing } from '../../src/core/briefing/build.js';
import { BriefingSchema } from '../../src/core/briefing/schema.js';
import { isUserError } from '../../src/core/errors.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { tempCore } from '../support/temp-core.js';
import { createSqliteClient } from '../../src/core/store/sql.js';

describe('the daily briefing on the demo dossier (seed article + offline snapshots)', () => {
  const t = tempCore({ now: new Date('2025-03-26T12:00:00Z') });
  const db = t.db;
  const dossier = t.dossier();
  const build = (req: Parameters<typeof buildBriefing>[2]) => buildBriefing(createSqliteClient(db), dossier, req, new Date('2025-03-26T12:00:00Z'));

  beforeAll(async () => {
    const report = await t.core.ingest(undefined, { offline: true, dossier: 'russia-ukraine' });
    expect(report.sources.every((s) => s.status !== 'failed')).toBe(true);
  });
  afterAll(() => t.cleanup());

  it('matches the exported JSON schema', async () => {
    const b = await build({ date: '2025-03-24', tz: 'Europe/Kyiv' });
    expect(() => BriefingSchema.parse(b)).not.toThrow();
    expect(b.window).toMatchObject({ start: '2025-03-22T22:00:00.000Z', end: '2025-03-23T22:00:00.000Z', catchUp: false });
  });

  it('shows the Riyadh round, its delegations and the US–Russia talks coming up, each with sources', async () => {
    const b = await build({ date: '2025-03-24', tz: 'Europe/Kyiv' });
    expect(b.top.some((c) => /Riyadh|Saudi Arabia/.test(c.headline + c.summary))).toBe(true);
    const parties = b.delegations.map((d) => d.party);
    expect(parties).toEqual(expect.arrayContaining(['Ukraine', 'United States', 'Russia']));
    const ukraine = b.delegations.find((d) => d.party === 'Ukraine' && d.round?.place === 'Riyadh')!;
    expect(ukraine.leaders).toContain('Rustem Umerov');
    expect(ukraine.sources.length).toBeGreaterThan(0);
    const usRussia = b.upcoming.find((u) => u.date === '2025-03-24' && u.kind === 'talks' && u.parties.includes('Russia'));
    expect(usRussia?.sources.length).toBeGreaterThan(0);
    // Other reports' sentences about the same meeting do not add a second line for it.
    expect(b.upcoming.filter((u) => u.date === '2025-03-24')).toHaveLength(1);
    for (const c of b.top) expect(c.outlets.length).toBeGreaterThan(0);
  });

  it('reports the maritime and energy tracks with the event that justifies each', async () => {
    const b = await build({ date: '2025-03-24', tz: 'Europe/Kyiv' });
    for (const topic of ['maritime', 'energy']) {
      const track = b.tracks.find((x) => x.topic === topic);
      expect(track, topic).toBeDefined();
      expect(track!.event?.sources[0]?.url).toMatch(/^https:\/\//);
    }
  });

  it('tells one story from several outlets once, near-duplicate wording or not', async () => {
    const b = await build({ date: '2025-03-24', tz: 'Europe/Kyiv' });
    // Kyiv Independent and Ukrainska Pravda share wording; the FT tells the same round its own way.
    const round = b.top.find((c) => c.reportedBy === 3);
    expect(round?.outlets.map((o) => o.outlet).sort()).toEqual(['Financial Times — Europe', 'Kyiv Independent', 'Ukrainska Pravda']);
    expect(renderMarkdown(briefingToDoc(b))).toContain('reported by 3 outlets');
  });

  it('uses extractive summaries: every summary is a sentence from its sources', async () => {
    const b = await build({ date: '2025-03-24', tz: 'Europe/Kyiv' });
    const texts = db.prepare<[], { text: string }>('SELECT text FROM items').all().map((r) => r.text);
    for (const c of b.top.filter((x) => x.summary)) {
      const core = c.summary.replace(/^[^:]{1,60}: /, '').replace(/…$/, '').slice(0, 80);
      expect(texts.some((x) => x.includes(core)), c.summary).toBe(true);
    }
  });

  it('gives a short "no new developments" briefing for an empty window', async () => {
    const b = await build({ date: '2025-01-10', tz: 'Europe/Kyiv' });
    expect(b.empty).toBe(true);
    expect(renderMarkdown(briefingToDoc(b))).toMatch(/No new developments since/);
  });

  it('remembers the previous briefing for a destination and labels a long gap as catch-up', async () => {
    // Arranged through a second connection: no Core method writes a past briefing.
    t.writer.prepare('INSERT INTO briefings_sent (destination, window_start, window_end, created_at) VALUES (?, ?, ?, ?)').run(
      'test:dest',
      '2025-03-19T06:00:00.000Z',
      '2025-03-20T06:00:00.000Z',
      '2025-03-20T06:00:00.000Z',
    );
    const b = await build({ date: '2025-03-24', tz: 'Europe/Kyiv', destination: 'test:dest' });
    expect(b.window.start).toBe('2025-03-20T06:00:00.000Z');
    expect(b.window.catchUp).toBe(true);
    expect(renderMarkdown(briefingToDoc(b))).toMatch(/Catch-up briefing/);
  });

  it('keeps only the subscribed topics', async () => {
    const b = await build({ date: '2025-03-24', tz: 'Europe/Kyiv', topics: ['maritime'] });
    expect(b.tracks.map((x) => x.topic)).toEqual(['maritime']);
    for (const c of b.top) expect(c.topics).toContain('maritime');
  });

  it('refuses a bad zone, date or topic with the valid form', async () => {
    for (const req of [{ tz: 'Mars/Olympus' }, { date: '2025-02-30' }, { topics: ['knitting'] }, { since: 'last week' }]) {
      try {
        await build(req);
        expect.unreachable();
      } catch (err) {
        expect(isUserError(err)).toBe(true);
        expect((err as Error).message).toMatch(/e\.g\.|Topics:|Use/);
      }
    }
  });
});

describe('feed health in the briefing', () => {
  const t = tempCore({ now: new Date('2025-03-26T12:00:00Z') });
  afterAll(() => t.cleanup());

  it('announces a feed that started failing, and its recovery, once per window', async () => {
    // Arranged through a second connection: the feed rows a failing poll would have written.
    const db = t.writer;
    const dossier = t.dossier();
    db.prepare("INSERT INTO feeds (url, name, status) VALUES ('https://example.test/f', 'Example Wire', 'failing')").run();
    const insert = db.prepare(
      "INSERT INTO feed_transitions (feed_id, at, from_status, to_status, reason) VALUES (1, ?, ?, ?, 'HTTP 500')",
    );
    insert.run('2025-03-23T10:00:00.000Z', 'ok', 'failing');
    insert.run('2025-03-24T10:00:00.000Z', 'failing', 'ok');
    const now = new Date('2025-03-26T12:00:00Z');
    const text = async (date: string) => renderMarkdown(briefingToDoc(await buildBriefing(createSqliteClient(db), dossier, { date, tz: 'UTC' }, now)));
    expect(await text('2025-03-24')).toMatch(/Feed "Example Wire" is failing \(HTTP 500\)/);
    expect(await text('2025-03-24')).not.toMatch(/recovered/);
    expect(await text('2025-03-25')).toMatch(/Feed "Example Wire" has recovered/);
    expect(await text('2025-03-25')).not.toMatch(/is failing/);
    expect(await text('2025-03-26')).not.toMatch(/Example Wire/);
  });
});
