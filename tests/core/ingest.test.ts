import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DOSSIER_DIR } from '../../src/core/dossier/load.js';
import { encodeLegacy, rssDocument, startFeedServer } from '../support/feed-server.js';
import { tempCore } from '../support/temp-core.js';

describe('ingest keeps what it needs of each item', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
  const t = tempCore();
  afterAll(async () => {
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores relevant items whole and irrelevant ones as an excerpt, and recognises both again', async () => {
    const football = `The home side won the derby three goals to one on a wet night at the stadium. ${'The crowd sang through the second half. '.repeat(60)}`;
    const talks = `Ukraine's delegation, led by Rustem Umerov, met US negotiators in Geneva on Sunday to discuss a ceasefire. ${'Officials said the talks on security guarantees were constructive. '.repeat(20)}`;
    const file = join(dir, 'mixed.xml');
    writeFileSync(
      file,
      rssDocument([
        { title: 'Derby ends 3-1', guid: 'sport-1', link: 'https://example.test/sport/1', pubDate: 'Sun, 23 Nov 2025 20:00:00 GMT', description: football },
        { title: 'Ceasefire talks in Geneva', guid: 'talks-1', link: 'https://example.test/talks/1', pubDate: 'Sun, 23 Nov 2025 20:00:00 GMT', description: talks },
      ]),
    );
    const first = await t.core.ingest([file]);
    expect(first.sources[0]).toMatchObject({ newItems: 1, irrelevant: 1, duplicates: 0 });
    const rows = t.db.prepare('SELECT guid, length(text) AS n, relevant FROM items ORDER BY guid').all() as { guid: string; n: number; relevant: number }[];
    expect(rows.find((r) => r.guid === 'sport-1')).toMatchObject({ relevant: 0 });
    expect(rows.find((r) => r.guid === 'sport-1')!.n).toBeLessThanOrEqual(600);
    expect(rows.find((r) => r.guid === 'talks-1')!.n).toBeGreaterThan(1000);
    // The same items under new GUIDs and links: the full-text hash still knows them.
    writeFileSync(file, rssDocument([
      { title: 'Derby ends 3-1', guid: 'sport-1-b', link: 'https://example.test/sport/1b', pubDate: 'Mon, 24 Nov 2025 08:00:00 GMT', description: football },
      { title: 'Ceasefire talks in Geneva', guid: 'talks-1-b', link: 'https://example.test/talks/1b', pubDate: 'Mon, 24 Nov 2025 08:00:00 GMT', description: talks },
    ]));
    const again = await t.core.ingest([file]);
    expect(again.sources[0]).toMatchObject({ newItems: 0, irrelevant: 0, duplicates: 2 });
  });

  it('refuses a file larger than the fetch cap without reading it', async () => {
    const file = join(dir, 'huge.xml');
    writeFileSync(file, Buffer.alloc(9 * 1024 * 1024, 0x20));
    const report = await t.core.ingest([file]);
    expect(report.sources[0]).toMatchObject({ status: 'failed', reason: 'file larger than 8 MiB' });
  });

  it('keeps a feed\'s ETag only once its items are stored, so a body that failed to parse is fetched whole next time', async () => {
    const server = await startFeedServer();
    try {
      let good = false;
      server.route('/etagged', (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
        res.end(good ? rssDocument([{ title: 'Envoys meet', guid: 'e1' }]) : '<rss><channel><item><title>cut off');
      });
      const url = server.url('/etagged');
      expect((await t.core.ingest([url])).sources[0]!.status).toBe('failed');
      good = true;
      expect((await t.core.ingest([url])).sources[0]!.status).not.toBe('not-modified');
      expect(server.requests('/etagged').map((r) => r.headers['if-none-match'] ?? null)).toEqual([null, null]);
      expect((await t.core.ingest([url])).sources[0]!.status).toBe('not-modified');
    } finally {
      await server.close();
    }
  });
});

describe('ingest reads files and shared links faithfully', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-faithful-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** A fresh core for each test: what one stored must not make another's items duplicates. */
  let t: ReturnType<typeof tempCore>;
  beforeEach(() => {
    t = tempCore();
  });
  afterEach(() => t.cleanup());

  const talks = (n: string) =>
    `Ukraine's delegation met US negotiators in Geneva on Sunday to discuss a ceasefire, update ${n}. Officials said the talks on security guarantees were constructive.`;

  it('decodes a file as the HTTP path does: windows-1251, KOI8-R, ISO-8859-1, UTF-16 with and without a BOM', async () => {
    const title = 'Переговоры в Женеве: делегации встретились';
    const doc = (encoding?: string, guid = 'x') =>
      rssDocument([{ title, guid, description: talks(guid) }], encoding ? { encoding } : {});
    const files: [string, Buffer][] = [
      ['cp1251.xml', encodeLegacy(doc('windows-1251', 'a'), 'windows-1251')],
      ['koi8.xml', encodeLegacy(doc(undefined, 'b'), 'koi8-r')],
      ['utf16-bom.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc('utf-16', 'c'), 'utf16le')])],
      ['utf16.xml', Buffer.from(doc('utf-16', 'd'), 'utf16le')],
    ];
    for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
    writeFileSync(join(dir, 'latin1.xml'), Buffer.from(rssDocument([{ title: 'Négociations à Genève', guid: 'e', description: talks('e') }], { encoding: 'iso-8859-1' }), 'latin1'));
    const report = await t.core.ingest([...files.map(([n]) => join(dir, n)), join(dir, 'latin1.xml')]);
    expect(report.sources.map((s) => s.status)).not.toContain('failed');
    const titles = t.db.prepare<[], { title: string }>('SELECT DISTINCT title FROM items').all().map((r) => r.title);
    expect(titles.sort()).toEqual(['Négociations à Genève', title].sort());
  });

  it('decodes a dossier snapshot in windows-1251 the same way', async () => {
    const root = join(dir, 'dossiers');
    const bundled = JSON.parse(readFileSync(join(DEFAULT_DOSSIER_DIR, 'russia-ukraine', 'dossier.json'), 'utf8')) as { feeds: { snapshot?: string }[] };
    mkdirSync(join(root, 'cyrillic', 'snapshots'), { recursive: true });
    writeFileSync(
      join(root, 'cyrillic', 'dossier.json'),
      JSON.stringify({ ...bundled, id: 'cyrillic', feeds: [{ name: 'RU', url: 'https://ru.example.test/rss', language: 'ru', weight: 1, snapshot: 'snapshots/ru.xml' }] }),
    );
    writeFileSync(join(root, 'cyrillic', 'snapshots', 'ru.xml'), encodeLegacy(rssDocument([{ title: 'Переговоры о перемирии', guid: 'r1', description: talks('r1') }]), 'windows-1251'));
    const own = tempCore({ dossierDir: root, dossier: 'cyrillic' });
    try {
      await own.core.ingest(undefined, { offline: true });
      expect(own.db.prepare('SELECT title FROM items').get()).toEqual({ title: 'Переговоры о перемирии' });
    } finally {
      await own.cleanup();
    }
  });

  it('stores every episode of a feed whose items all link to its home page, and each only once', async () => {
    const file = join(dir, 'podcast.xml');
    const episodes = Array.from({ length: 6 }, (_, i) => ({ title: `Episode ${i}: the ceasefire talks`, guid: `ep-${i}`, link: 'http://example.test/', description: talks(`ep-${i}`) }));
    writeFileSync(file, rssDocument(episodes));
    expect((await t.core.ingest([file])).sources[0]).toMatchObject({ newItems: 6, duplicates: 0 });
    expect((await t.core.ingest([file])).sources[0]).toMatchObject({ newItems: 0, duplicates: 6 });
  });

  it('keeps live-blog updates that differ only by their #fragment, and the delegation one among them', async () => {
    const file = join(dir, 'live.xml');
    writeFileSync(
      file,
      rssDocument([
        { title: 'Live: peace talks in Geneva', guid: 'live-1', link: 'https://live.example.test/ukraine-live#block-1', description: talks('one') },
        { title: 'Live: peace talks in Geneva', guid: 'live-2', link: 'https://live.example.test/ukraine-live#block-2', description: "Rustem Umerov will lead Ukraine's delegation at the ceasefire talks in Geneva on Sunday, Kyiv said." },
      ]),
    );
    expect((await t.core.ingest([file])).sources[0]).toMatchObject({ newItems: 2, duplicates: 0 });
    const urls = t.db.prepare<[], { url: string }>('SELECT url FROM items ORDER BY id').all().map((r) => r.url);
    expect(urls).toEqual(['https://live.example.test/ukraine-live#block-1', 'https://live.example.test/ukraine-live#block-2']);
    expect((await t.core.whoLeads('Ukraine')).delegations[0]?.leaders).toEqual(['Rustem Umerov']);
  });

  it('still takes the same article under tracking parameters, a page anchor or a new GUID for a duplicate', async () => {
    const feeds: [string, { title: string; guid: string; link: string; description: string }][] = [
      ['outlet-a.xml', { title: 'Talks in Geneva', guid: 'a-1', link: 'https://news.example.test/talks?utm_source=rss', description: talks('a') }],
      ['outlet-b.xml', { title: 'Talks in Geneva (updated)', guid: 'b-1', link: 'https://news.example.test/talks#comments', description: `${talks('a')} More soon.` }],
      ['outlet-c.xml', { title: 'Talks in Geneva, again', guid: 'c-1', link: 'https://news.example.test/talks?at_medium=RSS', description: `${talks('a')} Even more.` }],
    ];
    for (const [name, item] of feeds) writeFileSync(join(dir, name), rssDocument([item]));
    const report = await t.core.ingest(feeds.map(([name]) => join(dir, name)));
    expect(report.sources.map((s) => [s.newItems, s.duplicates])).toEqual([[1, 0], [0, 1], [0, 1]]);
  });

  it('flags a date that named no zone on the stored item, and a clamped future date as in the future', async () => {
    const file = join(dir, 'zones.xml');
    writeFileSync(
      file,
      rssDocument([
        { title: 'Zone-less', guid: 'z-1', pubDate: '2025-03-20 10:00', description: talks('z1') },
        { title: 'With zone', guid: 'z-2', pubDate: 'Thu, 20 Mar 2025 10:00:00 +03:00', description: talks('z2') },
        { title: 'From the future', guid: 'z-3', pubDate: 'Thu, 20 Mar 2031 10:00:00 GMT', description: talks('z3') },
      ]),
    );
    await t.core.ingest([file]);
    const rows = t.db
      .prepare<[], { guid: string; published: string; published_zone_assumed: number; published_estimated: number }>('SELECT guid, published, published_zone_assumed, published_estimated FROM items ORDER BY guid')
      .all();
    expect(rows).toEqual([
      { guid: 'z-1', published: '2025-03-20T10:00:00.000Z', published_zone_assumed: 1, published_estimated: 0 },
      { guid: 'z-2', published: '2025-03-20T07:00:00.000Z', published_zone_assumed: 0, published_estimated: 0 },
      { guid: 'z-3', published: '2025-03-24T06:00:00.000Z', published_zone_assumed: 0, published_estimated: 2 },
    ]);
  });
});
