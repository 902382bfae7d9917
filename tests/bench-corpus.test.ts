import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.js';
import { parseFeed } from '../src/core/feeds/index.js';

// The benchmark's figures compare across runs only if its corpus is the same bytes for a seed.
describe('the benchmark corpus generator', () => {
  it('produces byte-identical feeds for the same seed and different feeds for another', () => {
    const a = generateCorpus({ seed: 42, items: 300 });
    const b = generateCorpus({ seed: 42, items: 300 });
    const c = generateCorpus({ seed: 43, items: 300 });
    expect(a.feeds.map((f) => f.xml)).toEqual(b.feeds.map((f) => f.xml));
    expect(a.stats).toEqual(b.stats);
    expect(c.feeds.map((f) => f.xml)).not.toEqual(a.feeds.map((f) => f.xml));
  });

  it('writes RSS and Atom feeds the core parses, with every item accounted for', async () => {
    const corpus = generateCorpus({ seed: 7, items: 400 });
    expect(new Set(corpus.feeds.map((f) => f.format))).toEqual(new Set(['rss', 'atom']));
    let parsed = 0;
    for (const f of corpus.feeds) {
      const feed = await parseFeed(f.xml, { fetchedAt: new Date('2025-03-09T00:00:00Z') });
      expect(feed.format).toBe(f.format);
      expect(feed.items).toHaveLength(f.items);
      parsed += feed.items.length;
    }
    expect(parsed).toBe(400);
  });

  it('keeps roughly the shares it promises: a fifth relevant, some copies across outlets', () => {
    const { stats } = generateCorpus({ seed: 1, items: 2_000 });
    expect(stats.relevant / stats.items).toBeGreaterThan(0.15);
    expect(stats.relevant / stats.items).toBeLessThan(0.27);
    expect((stats.reposts + stats.rewrites) / stats.items).toBeGreaterThan(0.07);
    expect((stats.reposts + stats.rewrites) / stats.items).toBeLessThan(0.16);
    expect(stats.meanTextBytes).toBeGreaterThan(1_500);
  });
});
