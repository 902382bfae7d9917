import { describe, expect, it } from 'vitest';
import { canonicalUrl, decodeFeedBytes, FeedParseError, parseFeed } from '../../src/core/feeds/index.js';
import { parseFeedDate } from '../../src/core/feeds/feed-date.js';
import { CYRILLIC_TITLE, encodeLegacy, rssDocument } from '../support/feed-server.js';

const rss = (items: string, channel = '<title>t</title><link>https://news.example.test/</link>') =>
  `<rss version="2.0"><channel>${channel}${items}</channel></rss>`;

describe('feed dates', () => {
  it('keeps a colon offset: 14:00 at +03:00 is 11:00Z', async () => {
    const feed = await parseFeed(rss('<item><title>a</title><pubDate>Tue, 10 Jun 2025 14:00:00 +03:00</pubDate></item>'));
    expect(feed.items[0]).toMatchObject({ published: '2025-06-10T11:00:00.000Z' });
    expect(feed.items[0]?.zoneAssumed).toBeUndefined();
  });

  it.each([
    ['Tue, 10 Jun 2025 14:00:00 +0300', '2025-06-10T11:00:00.000Z'],
    ['Tue, 10 Jun 2025 14:00:00 GMT+03:00', '2025-06-10T11:00:00.000Z'],
    ['Wed, 19 Feb 2012 22:40:00 -01:01', '2012-02-19T23:41:00.000Z'],
    ['Thu, 30 Apr 2015 08:57:00 MEST', '2015-04-30T06:57:00.000Z'],
    ['Mon, 26 January 2004 16:31:00 ET', '2004-01-26T21:31:00.000Z'],
    ['Wed, 19 Aug 2009 18:28:00 Etc/GMT', '2009-08-19T18:28:00.000Z'],
    ['Fri,24 Nov 2023 18:28:36 -0000', '2023-11-24T18:28:36.000Z'],
    ['Thu, 01 Jan 04 19:48:21 GMT', '2004-01-01T19:48:21.000Z'],
    ['Sun Jul 15 01:16:00 +0000 2012', '2012-07-15T01:16:00.000Z'],
    ['Thu Aug 30 2012 17:26:16 +0200', '2012-08-30T15:26:16.000Z'],
    ['2003-12-31T10:14:55-08:00', '2003-12-31T18:14:55.000Z'],
    ['2004-07-08 23:56:58 -00:20', '2004-07-09T00:16:58.000Z'],
  ])('reads %s as %s', (text, iso) => {
    const d = parseFeedDate(text);
    expect(d && new Date(d.ms).toISOString()).toBe(iso);
    expect(d?.zoneAssumed).toBe(false);
  });

  it('reads a date without a zone as UTC, whatever the server\'s zone, and flags it on the item', async () => {
    for (const text of ['Tue, 10 Jun 2025 14:00:00', '2025-06-10 14:00', '2025-06-10T14:00:00']) {
      const feed = await parseFeed(rss(`<item><title>a</title><pubDate>${text}</pubDate></item>`));
      expect(feed.items[0], text).toMatchObject({ published: '2025-06-10T14:00:00.000Z', zoneAssumed: true });
    }
    expect(parseFeedDate('2025-06-10')).toEqual({ ms: Date.UTC(2025, 5, 10), zoneAssumed: true });
  });

  it('refuses nonsense rather than inventing a date', () => {
    for (const text of ['Sun, 16 Dec 2012 1:2:3:4 GMT', 'Sun, Dec x 2012 11:47:32 GMT', 'Sun, 99 Jun 2009 12:00:00 GMT', 'Sun, 31 Jun 2009 12:00:00 GMT', '2003-12-31T25:14:55Z', 'Sun, 31 Dec 9999 23:59:59 -9999', '22013', 'next Tuesday']) {
      expect(parseFeedDate(text), text).toBeNull();
    }
  });

  it('reads the same dates under their other names: Atom 0.3 issued/modified, dcterms, atom:published in RSS', async () => {
    const feed = await parseFeed(
      rss(
        '<item><title>a</title><dcterms:issued xmlns:dcterms="http://purl.org/dc/terms/">2025-03-01T10:00:00Z</dcterms:issued></item>' +
          '<item><title>b</title><atom:published xmlns:atom="http://www.w3.org/2005/Atom">2025-03-02T10:00:00Z</atom:published></item>',
      ),
    );
    expect(feed.items.map((i) => i.published)).toEqual(['2025-03-01T10:00:00.000Z', '2025-03-02T10:00:00.000Z']);
  });
});

describe('feed bytes, from HTTP or from a file', () => {
  const doc = (encoding?: string) => rssDocument([{ title: CYRILLIC_TITLE, guid: 'ru-1' }], encoding ? { encoding } : {});

  it.each([
    ['windows-1251 with its XML declaration', () => encodeLegacy(doc('windows-1251'), 'windows-1251'), 'windows-1251'],
    ['windows-1251 with no declaration at all', () => encodeLegacy(doc(), 'windows-1251'), 'windows-1251'],
    ['KOI8-R with its XML declaration', () => encodeLegacy(doc('koi8-r'), 'koi8-r'), 'koi8-r'],
    ['KOI8-R with no declaration at all', () => encodeLegacy(doc(), 'koi8-r'), 'koi8-r'],
    ['UTF-16LE with a BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc('utf-16'), 'utf16le')]), 'utf-16le'],
    ['UTF-16LE without a BOM', () => Buffer.from(doc('utf-16'), 'utf16le'), 'utf-16le'],
    ['UTF-16BE without a BOM', () => Buffer.from(doc('utf-16'), 'utf16le').swap16(), 'utf-16be'],
    ['UTF-8 that still declares utf-16', () => Buffer.from(doc('utf-16'), 'utf8'), 'utf-8'],
  ])('decodes %s', async (_name, bytes, charset) => {
    const decoded = decodeFeedBytes(bytes());
    expect(decoded.charset).toBe(charset);
    expect((await parseFeed(decoded.text)).items[0]?.title).toBe(CYRILLIC_TITLE);
  });

  it('decodes ISO-8859-1 by its declaration and Western text with none', async () => {
    for (const encoding of ['iso-8859-1', undefined]) {
      const xml = rssDocument([{ title: 'Négociations à Genève', guid: 'fr-1' }], encoding ? { encoding } : {});
      expect((await parseFeed(decodeFeedBytes(Buffer.from(xml, 'latin1')).text)).items[0]?.title).toBe('Négociations à Genève');
    }
  });
});

describe('what a feed document is', () => {
  it('reads an <rss> root under <!DOCTYPE html> as a feed, and still refuses an HTML page', async () => {
    const feed = await parseFeed(`<!DOCTYPE html>\n${rss('<item><title>Talks resume</title></item>')}`);
    expect(feed.items[0]?.title).toBe('Talks resume');
    await expect(parseFeed('<!DOCTYPE html>\n<html><body><p>hi</p></body></html>')).rejects.toThrow(new FeedParseError('html', 'not a feed (HTML page)'));
  });

  it('says what is wrong with an <rss> that has no <channel>', async () => {
    await expect(parseFeed('<rss version="2.0"><item><title>a</title></item></rss>')).rejects.toThrow(
      new FeedParseError('malformed', 'malformed feed: <rss> without a <channel>'),
    );
  });

  it('reads HTML entities and bare ampersands that strict XML refuses', async () => {
    const feed = await parseFeed(rss('<item><title>Talks&nbsp;in Geneva &rsquo;24 &amp; AT&T</title><link>https://x.example.test/a?b=1&c=2</link></item>'));
    expect(feed.items[0]).toMatchObject({ title: 'Talks in Geneva \u201924 & AT&T', url: 'https://x.example.test/a?b=1&c=2' });
  });
});

describe('text in document order', () => {
  it('keeps words inside inline markup where they stand', async () => {
    const feed = await parseFeed(
      rss('<item><title>Talks in <b>Istanbul</b></title><description><p>Talks in <b>Istanbul</b> ended on Friday with <i>no</i> deal.</p><p>Next round: <a href="https://x.example.test/">Geneva</a>.</p></description></item>'),
    );
    expect(feed.items[0]?.title).toBe('Talks in Istanbul');
    expect(feed.items[0]?.text).toBe('Talks in Istanbul ended on Friday with no deal.\n\nNext round: Geneva.');
  });

  it('keeps Atom xhtml content in order, entities included', async () => {
    const feed = await parseFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <em>joint</em> text</div></title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Both sides met in <b>Riyadh</b> &amp; agreed: 3 &lt; 5.</p></div></content></entry></feed>',
    );
    expect(feed.items[0]).toMatchObject({ title: 'A joint text', text: 'Both sides met in Riyadh & agreed: 3 < 5.' });
  });

  it('keeps the rest of an item after a stray quote in an attribute', async () => {
    const html = '&lt;p&gt;Talks in &lt;a href=http://example.com/"&gt;Istanbul&lt;/a&gt; ended on Friday.&lt;/p&gt;&lt;p&gt;Umerov led the delegation.&lt;/p&gt;';
    const feed = await parseFeed(rss(`<item><title>a</title><description>${html}</description></item>`));
    expect(feed.items[0]?.text).toBe('Talks in Istanbul ended on Friday.\n\nUmerov led the delegation.');
  });
});

describe('links', () => {
  it('does not take a guid marked isPermaLink="false" or an Atom id for the link', async () => {
    const feed = await parseFeed(rss('<item><title>a</title><guid isPermaLink="false">https://x.example.test/internal/1</guid></item><item><title>b</title><guid>https://x.example.test/b</guid></item>'));
    expect(feed.items.map((i) => i.url)).toEqual([null, 'https://x.example.test/b']);
    const atom = await parseFeed('<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>a</title><id>https://x.example.test/id/1</id></entry></feed>');
    expect(atom.items[0]).toMatchObject({ guid: 'https://x.example.test/id/1', url: null });
  });

  it('prefers a rel="alternate" link to a <link> text before it, and text to another rel', async () => {
    const feed = await parseFeed(
      rss(
        '<item><title>a</title><link>https://x.example.test/text</link><link rel="alternate" href="https://x.example.test/alternate"/></item>' +
          '<item><title>b</title><link rel="enclosure" href="https://x.example.test/a.mp3"/><link>https://x.example.test/page</link></item>',
      ),
    );
    expect(feed.items.map((i) => i.url)).toEqual(['https://x.example.test/alternate', 'https://x.example.test/page']);
  });

  it('marks a link distinct items share, or the feed\'s home page, as not their own', async () => {
    const feed = await parseFeed(
      rss(
        '<item><title>Episode 1</title><link>https://pod.example.test/</link><guid>ep1</guid></item>' +
          '<item><title>Episode 2</title><link>https://pod.example.test/</link><guid>ep2</guid></item>' +
          '<item><title>Episode 3</title><link>https://news.example.test/</link><guid>ep3</guid></item>' +
          '<item><title>Same story</title><link>https://news.example.test/story</link><guid>s1</guid></item>',
      ),
    );
    expect(feed.items.map((i) => i.sharedLink ?? false)).toEqual([true, true, true, false]);
  });

  it('keeps a fragment that names a live-blog entry, and drops page anchors and tracking fragments', () => {
    expect(canonicalUrl('https://x.example.test/live#block-2')).toBe('https://x.example.test/live#block-2');
    expect(canonicalUrl('https://x.example.test/live?utm_source=rss#post-991')).toBe('https://x.example.test/live#post-991');
    for (const anchor of ['#comments', '#top', '#respond', '#more-1234', '#xtor=RSS-3', '#:~:text=talks', '#']) {
      expect(canonicalUrl(`https://x.example.test/a${anchor}`), anchor).toBe('https://x.example.test/a');
    }
  });
});
