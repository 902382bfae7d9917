import type { Dossier } from './dossier/schema.js';

export interface RelevanceScorer {
  /** Weighted count of dossier terms in the title and text; each term counts at most 3 times. 0 when a required word is missing. */
  score(title: string, text: string): number;
  isRelevant(score: number): boolean;
  /** Topic id → hits, for the item's topic profile. */
  topics(title: string, text: string): Record<string, number>;
}

/** One dossier's reading of an item. */
export interface DossierRelevance {
  /** The dossier's index in the list the scorer was built from. */
  index: number;
  /** Weighted count of its terms (each at most 3 times); 0 when none of its required words appears, or one of its excluded phrases does. */
  score: number;
  relevant: boolean;
  /**
   * Relevant by its terms, but another negotiation's own names outnumber this one's more than
   * twice over: an Iran–US item that mentions a stop in Moscow is no Russia–Ukraine news.
   */
  outweighed?: true;
}

/**
 * An item goes to a second negotiation only when that one's own names (its required words) come
 * more than this share as often as those of the negotiation it names most: a summit on Gaza and
 * Ukraine both is read for both; an Iran–US report with a stop in Moscow (4 against 8) is not.
 */
export const SECOND_DOSSIER_SHARE = 0.5;

/** Scores an item for several dossiers at once: one scan of the text, whatever their number. */
export interface MultiRelevanceScorer {
  /** Every dossier's score, in the order the dossiers were given. */
  score(title: string, text: string): DossierRelevance[];
  /** Topic id → hits for one dossier (by index), for the item's topic profile in it. */
  topics(index: number, title: string, text: string): Record<string, number>;
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

const normal = (m: string) => m.replace(/[\s-]+/g, ' ');

type Vocabulary = Pick<Dossier, 'relevance' | 'topics'>;

/**
 * Every dossier's relevance and required words in one alternation: an item is scanned once
 * however many negotiations Parley follows, and each match is credited to the dossiers that list it.
 */
export function createMultiRelevanceScorer(dossiers: readonly Vocabulary[]): MultiRelevanceScorer {
  /** Term → the dossiers weighing it, and those requiring it. */
  const byTerm = new Map<string, { weights: [number, number][]; requiredBy: number[]; excludedBy: number[] }>();
  const entry = (term: string) => {
    const key = normal(term.toLowerCase());
    let e = byTerm.get(key);
    if (!e) {
      e = { weights: [], requiredBy: [], excludedBy: [] };
      byTerm.set(key, e);
    }
    return e;
  };
  dossiers.forEach((d, i) => {
    for (const t of d.relevance.terms) entry(t.term).weights.push([i, t.weight]);
    for (const r of d.relevance.require ?? []) entry(r).requiredBy.push(i);
    for (const x of d.relevance.exclude ?? []) entry(x).excludedBy.push(i);
  });
  const re = compile([...byTerm.keys()]);
  const topicScanners = dossiers.map((d) => {
    const topicOf = new Map<string, string>();
    for (const t of d.topics) for (const term of t.terms) topicOf.set(normal(term.toLowerCase()), t.id);
    return { topicOf, re: compile([...topicOf.keys()]) };
  });

  return {
    score(title, text) {
      const hay = `${title}\n${title}\n${text}`.toLowerCase();
      const scores = dossiers.map(() => 0);
      const required = dossiers.map((d) => d.relevance.require === undefined);
      const own = dossiers.map(() => 0);
      const excluded = dossiers.map(() => false);
      const counts = new Map<string, number>();
      for (const m of hay.matchAll(re)) {
        const term = normal(m[0]);
        const e = byTerm.get(term);
        if (!e) continue;
        for (const i of e.requiredBy) {
          required[i] = true;
          own[i]!++;
        }
        for (const i of e.excludedBy) excluded[i] = true;
        const n = (counts.get(term) ?? 0) + 1;
        counts.set(term, n);
        if (n <= 3) for (const [i, w] of e.weights) scores[i]! += w;
      }
      const out: DossierRelevance[] = dossiers.map((d, index) => {
        const score = required[index] && !excluded[index] ? scores[index]! : 0;
        return { index, score, relevant: score >= d.relevance.threshold };
      });
      // Dossiers without required words have no own names to weigh, and are never outweighed.
      const most = Math.max(0, ...out.filter((r) => r.relevant).map((r) => own[r.index]!));
      for (const r of out) {
        if (r.relevant && dossiers[r.index]!.relevance.require !== undefined && own[r.index]! <= most * SECOND_DOSSIER_SHARE) {
          r.relevant = false;
          r.outweighed = true;
        }
      }
      // A fallback dossier (any other negotiation) reads only what no negotiation of its own claims.
      if (out.some((r) => r.relevant && !dossiers[r.index]!.relevance.fallback)) {
        for (const r of out) if (r.relevant && dossiers[r.index]!.relevance.fallback) r.relevant = false;
      }
      return out;
    },
    topics(index, title, text) {
      const { topicOf, re: topicRe } = topicScanners[index]!;
      const out: Record<string, number> = {};
      for (const m of `${title}\n${text}`.toLowerCase().matchAll(topicRe)) {
        const id = topicOf.get(normal(m[0]));
        if (id) out[id] = (out[id] ?? 0) + 1;
      }
      return out;
    },
  };
}

/** One dossier's scorer (the multi-dossier one with a single vocabulary). */
export function createRelevanceScorer(d: Vocabulary): RelevanceScorer {
  const multi = createMultiRelevanceScorer([d]);
  return {
    score: (title, text) => multi.score(title, text)[0]!.score,
    isRelevant: (score) => score >= d.relevance.threshold,
    topics: (title, text) => multi.topics(0, title, text),
  };
}
