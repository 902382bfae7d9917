import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentHash,
  createHostLimiter,
  FeedParseError,
  type FetchFeedOptions,
  fetchFeed,
  type ParseFeedOptions,
  parseFeed,
} from '../../src/core/feeds/index.js';
import { type FeedServer, startFeedServer } from '../support/feed-server.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');

/** The timeout only bounds fetches that must succeed: wide, so a busy machine cannot fail them. */
const FAST: FetchFeedOptions = { minHostIntervalMs: 0, timeoutMs: 30_000, limiter: createHostLimiter() };

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});

async function fetchBody(path: string): Promise<string> {
  const res = await fetchFeed(server.url(path), FAST);
  if (res.status !== 'ok') throw new Error('expected a body');
  return res.body;
}

async function parseError(xml: string, opts?: ParseFeedOptions): Promise<FeedParseError> {
  try {
    await parseFeed(xml, opts);
  } catch (err) {
    if (err instanceof FeedParseError) return err;
    throw err;
  }
  throw new Error('expected parseFeed to fail');
}

describe('parseFeed on real-shaped fixtures', () => {
  it('reads RSS 2.0 with HTML and CDATA descriptions as plain text, without script or style', async () => {
    const feed = await parseFeed(fixture('rss2-html-cdata.xml'));
    expect(feed).toMatchObject({ format: 'rss', title: 'Geneva Talks Watch & Review', link: 'https://diplomacy.example.org/', droppedItems: 0 });
    const [first, second, third] = feed.items;
    expect(first).toEqual({
      guid: 'dx-2025-0311-001',
      url: 'https://diplomacy.example.org/2025/03/riyadh-round-two/?id=42',
      title: 'Delegations meet in Riyadh for a second round',
      published: '2025-03-11T06:30:00.000Z',
      text: 'Delegations from both sides met in Riyadh on Tuesday.\n\nTalks “went well”, an official said.\nA joint statement is expected.',
      author: 'Anna Petrova',
    });
    expect(first?.text).not.toMatch(/tracker|not text|color|ad slot|iframe fallback/);
    // Relative link resolved against the channel link; entity-escaped HTML description.
    expect(second).toMatchObject({ url: 'https://diplomacy.example.org/2025/03/monitors/', published: null });
    expect(second?.text).toBe('The monitoring mission will be led by a Swiss diplomat.\n\nDetails follow.');
    // No <link>: the permalink guid stands in, minus its tracking parameter.
    expect(third?.url).toBe('https://diplomacy.example.org/2025/03/monitors-update/');
  });

  it('resolves relative links against the URL the feed was fetched from', async () => {
    const feed = await parseFeed(fixture('rss2-html-cdata.xml'), { baseUrl: 'https://mirror.example.com/feeds/x.xml' });
    expect(feed.items[1]?.url).toBe('https://mirror.example.com/2025/03/monitors/');
  });

  it('reads Atom html, text and xhtml content by their declared types', async () => {
    const feed = await parseFeed(fixture('atom-html-content.xml'));
    expect(feed).toMatchObject({ format: 'atom', title: 'Ministry of Foreign Affairs — Press', link: 'https://mfa.example.net/press/' });
    const [html, text, xhtml] = feed.items;
    expect(html).toEqual({
      guid: 'tag:mfa.example.net,2025:press/1001',
      url: 'https://mfa.example.net/press/2025/istanbul-round?lang=en',
      title: 'Statement on the Istanbul round',
      published: '2025-03-12T07:15:00.000Z',
      text: 'The minister welcomed the progress made in Istanbul.\n\nPrisoner exchanges & humanitarian corridors were discussed.',
      author: 'Press Office',
    });
    expect(text).toMatchObject({ title: 'Briefing: 3 < 5 items on the agenda', text: 'Agenda: a < b, and <not a tag> stays as text.' });
    expect(text?.published).toBe('2025-03-11T16:00:00.000Z');
    // An unparseable <published> does not sink the feed (rss-parser alone throws on it).
    expect(xhtml).toMatchObject({ title: 'Joint communiqué', published: null, text: 'Both parties reaffirmed their commitment.' });
  });

  it('reads RDF / RSS 1.0 with dc:date and rdf:about', async () => {
    const feed = await parseFeed(fixture('rdf-rss1.xml'));
    expect(feed.format).toBe('rdf');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      guid: 'https://archive.example.com/treaties/minsk-ii',
      published: '2015-02-12T12:00:00.000Z',
      author: 'Archive Staff',
    });
    expect(feed.items[1]?.published).toBe('1995-12-14T00:00:00.000Z');
  });
});

describe('parseFeed on hostile feeds from the server', () => {
  it('refuses billion laughs before parsing, without expanding anything', async () => {
    // Expanded, it would take minutes and gigabytes: the test timeout would fire first.
    const err = await parseError(await fetchBody('/billion-laughs'));
    expect(err.code).toBe('entities');
    expect(err.message).toBe('refused: the feed declares XML entities (possible entity-expansion attack)');
  });

  it('refuses an external entity', async () => {
    expect((await parseError(await fetchBody('/external-entity'))).code).toBe('entities');
  });

  it('allows a plain DOCTYPE without entities', async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title><item><title>a</title></item></channel></rss>';
    expect((await parseFeed(xml)).items[0]?.title).toBe('a');
  });

  it('clamps dates more than a day ahead to the fetch time and flags them', async () => {
    const fetchedAt = new Date();
    const feed = await parseFeed(await fetchBody('/future-dates'), { fetchedAt });
    const [far, soon, old] = feed.items;
    expect(far).toMatchObject({ published: fetchedAt.toISOString(), futureDateClamped: true });
    expect(soon?.futureDateClamped).toBeUndefined();
    expect(Date.parse(soon?.published ?? '')).toBeGreaterThan(fetchedAt.getTime());
    expect(old?.published).toBe('2025-03-10T08:00:00.000Z');
    expect(feed.clampedDates).toBe(1);
  });

  it('gives null for missing, empty or garbage dates', async () => {
    const feed = await parseFeed(await fetchBody('/missing-dates'));
    expect(feed.items.map((i) => i.published)).toEqual([null, null, null, '2025-03-11T09:30:00.000Z']);
  });

  it('hashes items the same when a feed restarts its GUIDs', async () => {
    const a = await parseFeed(await fetchBody('/restarted-guids'));
    const b = await parseFeed(await fetchBody('/restarted-guids'));
    expect(a.items.map((i) => i.guid)).not.toEqual(b.items.map((i) => i.guid));
    expect(a.items.map((i) => contentHash(i.title, i.text))).toEqual(b.items.map((i) => contentHash(i.title, i.text)));
    expect(a.items.map((i) => i.url)).toEqual(b.items.map((i) => i.url));
  });

  it('keeps 5,000 of 10,000 items and reports the rest as dropped', async () => {
    const feed = await parseFeed(await fetchBody('/items-10000'));
    expect(feed).toMatchObject({ totalItems: 10_000, droppedItems: 5_000 });
    expect(feed.items).toHaveLength(5_000);
    expect(feed.items[4_999]?.title).toBe('Item 4999');
  });

  it('honours a smaller item cap', async () => {
    const feed = await parseFeed(fixture('rdf-rss1.xml'), { maxItems: 1 });
    expect(feed).toMatchObject({ totalItems: 2, droppedItems: 1 });
  });
});

describe('parseFeed on bodies that are not feeds', () => {
  it.each([
    ['an HTML page', '<!DOCTYPE html><html><body>hi</body></html>', 'html', 'not a feed (HTML page)'],
    ['an html root without doctype', '\n<html><head></head></html>', 'html', 'not a feed (HTML page)'],
    ['a JSON error', '{"message":"Invalid API key"}', 'json', 'not a feed (JSON body: Invalid API key)'],
    ['a JSON array', '[1,2]', 'json', 'not a feed (JSON body)'],
    ['another XML document', '<?xml version="1.0"?><opml version="2.0"></opml>', 'not-a-feed', 'not a feed (XML with root <opml>)'],
    ['an empty body', '  ', 'not-a-feed', 'not a feed (empty body)'],
    ['plain text', 'Service unavailable', 'not-a-feed', 'not a feed (no XML root element)'],
  ])('says so for %s', async (_label, body, code, message) => {
    expect(await parseError(body)).toMatchObject({ code, message });
  });

  it('reports malformed XML briefly, with the line', async () => {
    const err = await parseError('<rss version="2.0"><channel>\n<title>x</title>\n</item></channel></rss>');
    expect(err.code).toBe('malformed');
    expect(err.message).toMatch(/^malformed feed: Unexpected close tag \(line 3\)$/);
  });

  it('survives an Atom link without attributes and a child-element date', async () => {
    const xml = '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>a</title><link>http://example.test/a</link><updated><b>x</b></updated></entry></feed>';
    const feed = await parseFeed(xml);
    expect(feed.items[0]).toMatchObject({ url: 'http://example.test/a', published: null });
  });

  it('bounds hostile GUID, URL and title lengths', async () => {
    const xml = `<rss version="2.0"><channel><title>t</title><item><title>${'word '.repeat(200)}</title><guid>${'g'.repeat(5_000)}</guid><link>http://example.test/${'a'.repeat(5_000)}</link></item></channel></rss>`;
    const item = (await parseFeed(xml)).items[0];
    expect(item?.guid).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(item?.url).toBeNull();
    expect(item?.title.length).toBeLessThanOrEqual(301);
    expect(item?.title.endsWith('…')).toBe(true);
  });

  it('reads an RSS feed without a version attribute and titles an untitled item from its text', async () => {
    const feed = await parseFeed('<rss><channel><title>t</title><item><description>Envoys met in Doha today to discuss the exchange.</description></item></channel></rss>');
    expect(feed.items[0]?.title).toBe('Envoys met in Doha today to discuss the exchange.');
  });
});

describe('parseFeed stays fast on hostile content', () => {
  // rss-parser alone takes minutes on this (a quadratic regex): the test timeout is the bound, the
  // time it takes is npm run bench's business. (2M "<" in one field is now refused by the shape limits.)
  it('parses a description of 400,000 "<" (rss-parser alone takes minutes)', async () => {
    const xml = `<rss version="2.0"><channel><title>t</title><item><title>x</title><description>${'&lt;'.repeat(400_000)}</description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">${'&lt;p'.repeat(400_000)}</content:encoded></item></channel></rss>`;
    const feed = await parseFeed(xml);
    // The content:encoded is one unclosed tag (dropped, as a browser would), so the description's
    // literal "<" characters are the text.
    expect(feed.items[0]?.text).toHaveLength(400_000);
    expect(feed.items[0]?.text.startsWith('<<<<')).toBe(true);
    // Millions of entity references in one element would cost the parser over 100 MB: refused (see limits.ts).
    const bomb = `<rss version="2.0"><channel><title>t</title><item><title>x</title><description>${'&lt;'.repeat(2_000_000)}</description></item></channel></rss>`;
    const err = await parseFeed(bomb).catch((e: unknown) => e);
    expect((err as FeedParseError).code).toBe('too-complex');
  });

  it('handles deeply nested xhtml content without overflowing the stack', async () => {
    const depth = 20_000;
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>a</title><content type="xhtml">${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</content></entry></feed>`;
    const result = await parseFeed(xml).then(
      (feed) => feed.items[0]?.text,
      (err: unknown) => (err instanceof FeedParseError ? err.code : 'other'),
    );
    // Refused before parsing (nesting limit), with its reason, rather than parsed at great cost.
    expect(result).toBe('too-complex');
  });
});
