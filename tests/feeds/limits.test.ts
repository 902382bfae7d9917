import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed } from '../../src/core/feeds/index.js';
import { capItemText, MAX_ITEM_TEXT_CHARS, MAX_RAW_FIELD_CHARS, type XmlLimits, xmlLimitViolation } from '../../src/core/feeds/limits.js';
import { ISSUE_BODIES } from '../support/hostile-feeds.js';
import { rssDocument } from '../support/feed-server.js';
import { tempCore } from '../support/temp-core.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, '..', 'shared', 'feed-corpus');

/** Small limits, so each rule can be broken by a document of a few hundred bytes. */
const SMALL: XmlLimits = { depth: 4, attributeChars: 40, markupChars: 50, attributesPerElement: 3, nodes: 30, openPieces: 12 };
const doc = (inner: string) => `<rss><channel>${inner}</channel></rss>`;

describe('the shape limits checked before parsing', () => {
  it('names the one limit a document breaks, in a line fit for the feed status', () => {
    const cases: [string, RegExp][] = [
      [doc('<a><b><c>deep</c></b></a>'), /^refused: elements nested more than 4 deep$/],
      [doc(`<link href="${'x'.repeat(41)}"/>`), /^refused: attributes of 1 KB on one <link> element \(at most 1 KB\)$/],
      [doc(`<link a="${'x'.repeat(20)}" b="${'y'.repeat(21)}"/>`), /attributes of .* on one <link> element/],
      [doc('<g a="1" b="2" c="3" d="4"/>'), /^refused: more than 3 attributes on one <g> element$/],
      [doc('<i/>'.repeat(29)), /^refused: more than 30 elements, attributes and CDATA sections in one feed$/],
      [doc(`<!--${'c'.repeat(60)}-->`), /^refused: a comment of 1 KB \(at most 1 KB\)$/],
      [doc(`<?pi ${'p'.repeat(60)}?>`), /^refused: a processing instruction/],
      [doc(`<${'t'.repeat(60)}/>`), /^refused: a tag name of/],
      [doc(`<x>&${'e'.repeat(60)};</x>`), /^refused: an entity reference of/],
      [doc(`<x>${'&amp;'.repeat(6)}</x>`), /^refused: text split into more than 12 pieces/],
      [doc(`<x><![CDATA[${']x'.repeat(6)}]]></x>`), /^refused: text split into more than 12 pieces/],
      [`${doc('')}${'trailing text '.repeat(5)}`, /^refused: text outside the root element of/],
    ];
    for (const [xml, reason] of cases) expect(xmlLimitViolation(xml, SMALL), xml.slice(0, 60)).toMatch(reason);
  });

  it('releases what an element held when it closes: the same pieces spread over items pass', () => {
    const item = '<item><d>&amp;&amp;&amp;</d></item>';
    expect(xmlLimitViolation(doc(item.repeat(5)), { ...SMALL, nodes: 1_000 })).toBeNull();
    expect(xmlLimitViolation(doc(`<item><d>${'&amp;'.repeat(15)}</d></item>`), { ...SMALL, nodes: 1_000 })).toMatch(/pieces/);
  });

  it('lets the default limits pass every real feed the project carries, and the feed corpus when it is there', () => {
    const files = [
      ...readdirSync(join(ROOT, 'tests', 'fixtures', 'feeds')).map((f) => join(ROOT, 'tests', 'fixtures', 'feeds', f)),
      ...readdirSync(join(ROOT, 'briefings', 'russia-ukraine', 'snapshots')).map((f) => join(ROOT, 'briefings', 'russia-ukraine', 'snapshots', f)),
      join(ROOT, 'tests', 'fixtures', 'seed-feed.xml'),
    ];
    if (existsSync(CORPUS)) {
      const walk = (d: string): void => {
        for (const f of readdirSync(d)) {
          const p = join(d, f);
          // UTF-16 files are decoded before the check in real use; read as bytes here they are noise.
          if (statSync(p).isDirectory()) walk(p);
          else if (/\.(xml|rss|atom|rdf)$/i.test(f) && !/utf-?16/i.test(f)) files.push(p);
        }
      };
      walk(CORPUS);
    } else {
      console.warn(`feed corpus not found at ${CORPUS}: checking the project's own feeds only`);
    }
    const refused = files.map((f) => [f, xmlLimitViolation(readFileSync(f, 'utf8'))] as const).filter(([, v]) => v !== null);
    expect(refused).toEqual([]);
    expect(files.length).toBeGreaterThan(10);
  });
});

describe('the feeds issue 17 found crashing a 256 MB heap', () => {
  it('refuses 8 MB of nested elements and one 8 MB attribute with a line saying why', async () => {
    for (const [name, reason] of [
      ['nested-8MB', /^refused: elements nested more than 64 deep$/],
      ['attribute-8MB', /^refused: attributes of 7\.9 MB on one <link> element \(at most 64 KB\)$/],
    ] as const) {
      const err = await parseFeed(ISSUE_BODIES[name]!()).catch((e: unknown) => e);
      expect(err, name).toBeInstanceOf(FeedParseError);
      expect((err as FeedParseError).code, name).toBe('too-complex');
      expect((err as FeedParseError).message, name).toMatch(reason);
    }
  });

  it('reads a 7.9 MB article, keeping its first MAX_RAW_FIELD_CHARS of markup and flagging the cut', async () => {
    const feed = await parseFeed(ISSUE_BODIES['article-7.9MB']!());
    const item = feed.items[0]!;
    expect(item.textTruncated).toBe(true);
    expect(item.text.length).toBeLessThanOrEqual(MAX_RAW_FIELD_CHARS);
    expect(item.text).toMatch(/^Ukrainian and Russian negotiators met in Riyadh/);
  });

  it('leaves an ordinary item unflagged', async () => {
    const feed = await parseFeed(rssDocument([{ title: 'Talks', guid: 'g', description: 'Short text.' }]));
    expect(feed.items[0]!.textTruncated).toBeUndefined();
  });
});

describe('the per-item text cap', () => {
  const t = tempCore({ now: new Date('2025-11-24T12:00:00Z') });
  afterAll(() => t.cleanup());

  it('keeps text under the cap whole and cuts longer text at a word boundary', () => {
    expect(capItemText('short text')).toEqual({ text: 'short text', cut: false });
    const long = 'word '.repeat(MAX_ITEM_TEXT_CHARS / 4);
    const { text, cut } = capItemText(long);
    expect(cut).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_ITEM_TEXT_CHARS);
    expect(text.length).toBeGreaterThan(MAX_ITEM_TEXT_CHARS - 10);
    expect(text.endsWith('word')).toBe(true);
  });

  it('is what ingest stores, searches and extracts: the tail of a long item is dropped and the item flagged', async () => {
    const lead = "Ukraine's delegation, led by Rustem Umerov, met US negotiators in Geneva on Sunday to discuss a ceasefire. ";
    const body = `${lead}${'Officials said the talks on security guarantees were constructive. '.repeat(4_000)} Zanzibarian tailword.`;
    expect(body.length).toBeGreaterThan(MAX_ITEM_TEXT_CHARS);
    const file = join(t.dir, 'long.xml');
    writeFileSync(file, rssDocument([{ title: 'Ceasefire talks in Geneva', guid: 'long-1', link: 'https://example.test/long', pubDate: 'Sun, 23 Nov 2025 20:00:00 GMT', description: body }, { title: 'Short talks note', guid: 'short-1', link: 'https://example.test/short', pubDate: 'Sun, 23 Nov 2025 20:00:00 GMT', description: `${lead} Brief.` }]));
    const report = await t.core.ingest([file]);
    expect(report.sources[0]).toMatchObject({ newItems: 2 });
    const db = t.db;
    const rows = db.prepare('SELECT guid, length(text) AS n, text_truncated AS cut FROM items ORDER BY guid').all();
    expect(rows).toEqual([
      { guid: 'long-1', n: expect.any(Number), cut: 1 },
      { guid: 'short-1', n: expect.any(Number), cut: 0 },
    ]);
    expect((rows[0] as { n: number }).n).toBeLessThanOrEqual(MAX_ITEM_TEXT_CHARS);
    const search = (word: string) => (db.prepare('SELECT count(*) AS n FROM items_fts WHERE items_fts MATCH ?').get(word) as { n: number }).n;
    expect(search('Zanzibarian')).toBe(0);
    expect(search('constructive')).toBe(1);
    // Extraction read the kept text: the delegation in the first sentence is known.
    expect(JSON.stringify(await t.core.whoLeads('Ukraine'))).toContain('Rustem Umerov');
  });
});
