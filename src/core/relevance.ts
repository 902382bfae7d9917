import type { Dossier } from './dossier/schema.js';

export interface RelevanceScorer {
  /** Weighted count of dossier terms in the title and text; each term counts at most 3 times. */
  score(title: string, text: string): number;
  isRelevant(score: number): boolean;
  /** Topic id → hits, for the item's topic profile. */
  topics(title: string, text: string): Record<string, number>;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One alternation regex per vocabulary, compiled once: a single linear scan per item is what
 * lets Parley reject tens of thousands of irrelevant items a second.
 */
function compile(terms: string[]): RegExp {
  const alts = [...new Set(terms.map((t) => t.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map((t) => escapeRe(t).replace(/ /g, '[\\s-]+'));
  // Plain \b rather than Unicode letter classes: the vocabulary is ASCII, and the non-Unicode
  // engine scans 2 KB of copy several times faster (this runs on every item, relevant or not).
  const ascii = alts.every((a) => /^[\x00-\x7f]*$/.test(a));
  if (ascii) return new RegExp(`\\b(?:${alts.join('|')})\\b`, 'g');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

export function createRelevanceScorer(d: Pick<Dossier, 'relevance' | 'topics'>): RelevanceScorer {
  const weights = new Map(d.relevance.terms.map((t) => [t.term.toLowerCase(), t.weight]));
  const relRe = compile([...weights.keys()]);
  const topicOf = new Map<string, string>();
  for (const t of d.topics) for (const term of t.terms) topicOf.set(term.toLowerCase(), t.id);
  const topicRe = compile([...topicOf.keys()]);
  const normal = (m: string) => m.replace(/[\s-]+/g, ' ');

  return {
    score(title, text) {
      const hay = `${title}\n${title}\n${text}`.toLowerCase();
      const counts = new Map<string, number>();
      let score = 0;
      for (const m of hay.matchAll(relRe)) {
        const term = normal(m[0]);
        const n = (counts.get(term) ?? 0) + 1;
        counts.set(term, n);
        if (n <= 3) score += weights.get(term) ?? weights.get(m[0]) ?? 0;
      }
      return score;
    },
    isRelevant(score) {
      return score >= d.relevance.threshold;
    },
    topics(title, text) {
      const out: Record<string, number> = {};
      for (const m of `${title}\n${text}`.toLowerCase().matchAll(topicRe)) {
        const id = topicOf.get(normal(m[0])) ?? topicOf.get(m[0]);
        if (id) out[id] = (out[id] ?? 0) + 1;
      }
      return out;
    },
  };
}
