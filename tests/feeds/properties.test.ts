import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, FeedParseError, htmlToText, parseFeed } from '../../src/core/feeds/index.js';

const htmlish = fc
  .array(fc.constantFrom('<', '>', '</', '<p>', '<script>', '</script>', '<!--', '-->', '"', "'", '&amp;', '&', ' ', '\n', 'word', '<a href="', '<br/>'), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

describe('properties', () => {
  it('htmlToText never throws, never leaves <script> tags, and trims its output', () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        const text = htmlToText(html);
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/<script>/i);
      }),
      { numRuns: 500 },
    );
  });

  it('canonicalUrl is idempotent and only yields http(s)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = canonicalUrl(url);
        if (once === null) return;
        expect(once).toMatch(/^https?:\/\//);
        expect(canonicalUrl(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('parseFeed either parses or throws a FeedParseError on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(htmlish, fc.string(), htmlish.map((s) => `<rss version="2.0"><channel><item><title>${s}</title></item></channel></rss>`)), async (body) => {
        try {
          await parseFeed(body);
        } catch (err) {
          expect(err).toBeInstanceOf(FeedParseError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
