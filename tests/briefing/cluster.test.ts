import { describe, expect, it } from 'vitest';
import { type StoryItem, clusterStories } from '../../src/core/briefing/cluster.js';

const RIYADH_TALKS = [
  'Ukrainian and American delegations met in Riyadh on Sunday for talks on a partial ceasefire.',
  'Defence Minister Rustem Umerov led the Ukrainian delegation, according to a statement from Kyiv.',
  'The talks focused on halting strikes on energy infrastructure and on safe navigation in the Black Sea.',
  'US officials said a separate meeting with the Russian delegation would take place on Monday in the same hotel.',
  'Umerov described the first round as productive and said technical teams would continue working overnight.',
  'The White House envoy Steve Witkoff told reporters he expected real progress before the end of the week.',
  'Russian negotiators included the senator Grigory Karasin and the security adviser Sergei Beseda.',
  'Neither side published a draft text, and officials declined to say whether a joint statement was planned.',
];

const EXTRA_PARAGRAPH =
  'Analysts in Brussels cautioned that previous ceasefire proposals had collapsed within days, and European diplomats asked to be briefed on the outcome before any agreement is signed.';

const PRISONER_SWAP = [
  'Russia and Ukraine exchanged 175 prisoners of war each on Wednesday in a deal brokered by the United Arab Emirates.',
  'The released Ukrainian soldiers were taken to a hospital in the Chernihiv region for medical checks.',
  'Umerov thanked Abu Dhabi for its mediation and said more swaps had been agreed during the Riyadh talks.',
  'Moscow said 22 seriously wounded soldiers were returned to Russia on top of the agreed number.',
  'Families gathered at the border crossing holding portraits of relatives still held in captivity.',
];

const ENERGY_STRIKES = [
  'A drone attack hit an oil depot in the Krasnodar region overnight, regional authorities said on Sunday.',
  'The Kremlin accused Kyiv of violating a pledge to stop strikes on energy targets while talks in Riyadh were under way.',
  'Witkoff and Umerov were due to meet again on Monday, a Ukrainian official said.',
  'Firefighters needed several hours to put out the blaze, which sent thick smoke over nearby villages.',
];

let nextId = 1;
function item(outlet: string, title: string, sentences: string[], extra: Partial<StoryItem> = {}): StoryItem {
  return {
    id: nextId++,
    outlet,
    title,
    text: sentences.join(' '),
    actors: ['Rustem Umerov', 'Steve Witkoff'],
    eventKeys: ['talks|2025-03-23|Riyadh'],
    published: '2025-03-23T12:00:00Z',
    ...extra,
  };
}

/** Deterministic shuffle (a fixed permutation), so the test never flakes. */
function shuffle<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('clusterStories', () => {
  it('puts the same story rewritten by two outlets (new headline, shuffled sentences, extra paragraph) in one cluster', () => {
    const reuters = item('Reuters', 'Ukraine, US open ceasefire talks in Riyadh', RIYADH_TALKS, {
      published: '2025-03-23T09:00:00Z',
    });
    const kyiv = item(
      'Kyiv Independent',
      'Umerov leads Ukrainian team at Saudi talks',
      [...shuffle(RIYADH_TALKS, 7), EXTRA_PARAGRAPH],
      { published: '2025-03-23T10:30:00Z' },
    );
    const clusters = clusterStories([kyiv, reuters]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.items).toEqual([reuters.id, kyiv.id]);
    expect(clusters[0]?.outlets).toEqual(['Reuters', 'Kyiv Independent']);
    // The rewrite with the extra paragraph is the most detailed telling.
    expect(clusters[0]?.representative).toBe(kyiv.id);
  });

  it('keeps two different stories about the same talks day apart even though they share actors and event keys', () => {
    const swap = item('AP', 'Russia and Ukraine swap prisoners', PRISONER_SWAP);
    const strikes = item('BBC', 'Drone hits Russian oil depot as talks go on', ENERGY_STRIKES);
    const talks = item('Reuters', 'Talks open in Riyadh', RIYADH_TALKS);
    const clusters = clusterStories([swap, strikes, talks]);
    expect(clusters).toHaveLength(3);
    expect(clusters.every((c) => c.items.length === 1)).toBe(true);
  });

  it('merges a lighter rewrite only when actors or event keys back it up', () => {
    // Half the sentences plus new material: similar, but below the plain threshold.
    const base = item('Reuters', 'Talks open in Riyadh', RIYADH_TALKS);
    const partial = [...RIYADH_TALKS.slice(0, 4), ...PRISONER_SWAP.slice(0, 2), ...ENERGY_STRIKES.slice(3), EXTRA_PARAGRAPH];
    const related = item('Al Jazeera', 'What we know about the Riyadh talks', partial);
    const unrelated = item('Al Jazeera', 'What we know about the Riyadh talks', partial, {
      actors: ['Someone Else'],
      eventKeys: ['talks|2025-02-18|Riyadh'],
    });
    expect(clusterStories([base, related])).toHaveLength(1);
    expect(clusterStories([base, unrelated])).toHaveLength(2);
  });

  it('puts reports whose leads tell the same event in one story, however differently worded', () => {
    const talks = item('Reuters', 'Talks open in Riyadh', RIYADH_TALKS, { identity: ['round:3'] });
    // The same round told from another angle: almost no shared wording.
    const other = item('FT', 'US and Ukraine hold second round of talks', ENERGY_STRIKES, { identity: ['round:3'] });
    const swap = item('AP', 'Russia and Ukraine swap prisoners', PRISONER_SWAP, { identity: ['event:9'] });
    const clusters = clusterStories([talks, other, swap]);
    expect(clusters.map((c) => c.items.sort())).toEqual([[talks.id, other.id].sort(), [swap.id]]);
    // Without the shared identity the two stay apart: the text alone does not join them.
    expect(clusterStories([{ ...talks, identity: [] }, { ...other, identity: ['round:4'] }])).toHaveLength(2);
  });

  it('returns the same clusters whatever the input order', () => {
    const items = [
      item('Reuters', 'A', RIYADH_TALKS),
      item('AFP', 'B', shuffle(RIYADH_TALKS, 3)),
      item('AP', 'C', PRISONER_SWAP),
      item('DPA', 'D', [...PRISONER_SWAP, EXTRA_PARAGRAPH]),
      item('BBC', 'E', ENERGY_STRIKES),
    ];
    const first = clusterStories(items);
    expect(clusterStories(shuffle(items, 11))).toEqual(first);
    expect(clusterStories([...items].reverse())).toEqual(first);
    expect(first.map((c) => c.items.length)).toEqual([2, 2, 1]);
  });

  it('puts every item in exactly one cluster, including items without words', () => {
    const items = [item('X', '', []), item('Y', '!!!', ['...']), item('Z', 'Talks', RIYADH_TALKS)];
    const clusters = clusterStories(items);
    expect(clusters.flatMap((c) => c.items).sort((a, b) => a - b)).toEqual(items.map((i) => i.id));
  });

  it('handles 2,000 items of about 2 KB and finds the planted duplicates', () => {
    let seed = 2025;
    const rnd = (): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const vocab = Array.from({ length: 4000 }, (_, i) => `w${i.toString(36)}`);
    // Zipf-ish word choice, so common words recur across unrelated stories as in real news.
    const sentence = (): string =>
      Array.from({ length: 10 + Math.floor(rnd() * 15) }, () => vocab[Math.floor(rnd() * rnd() * vocab.length)]).join(' ') + '.';
    const items: StoryItem[] = [];
    const story: number[] = [];
    for (let s = 0; items.length < 2000; s++) {
      const body = Array.from({ length: 22 }, sentence);
      const copies = 1 + (s % 3);
      for (let c = 0; c < copies && items.length < 2000; c++) {
        const text = c === 0 ? body : [...shuffle(body, s * 10 + c), sentence(), sentence()];
        items.push({
          id: items.length + 1,
          outlet: `outlet-${c}`,
          title: sentence(),
          text: text.join(' '),
          actors: [],
          eventKeys: [],
          published: `2025-03-${String(1 + (s % 28)).padStart(2, '0')}T00:00:00Z`,
        });
        story.push(s);
      }
    }
    expect(items.reduce((n, i) => n + i.text.length, 0) / items.length).toBeGreaterThan(1500);
    const clusters = clusterStories(items);
    const stories = new Set(story);
    expect(clusters).toHaveLength(stories.size);
    for (const c of clusters) expect(new Set(c.items.map((id) => story[id - 1])).size).toBe(1);
  });
});
