import { INDIRECT_TALKS_RE, MEDIATOR_AFTER_RE, MEDIATOR_BEFORE_RE, NOT_FACE_TO_FACE_RE, THROUGH_MEDIATORS_RE } from '../extract/lexicon.js';
import { splitUnits } from '../extract/sentences.js';
import { findParties, partyByName } from '../parties.js';
import type { IndirectNote } from '../schemas.js';
import { createItemReads } from '../store/reads/items.js';
import type { SqlClient } from '../store/sql.js';
import { createSourceLookup } from './common.js';

/** Sentences quoted at most: enough to show it is the sources' word, not Parley's. */
const MAX_NOTES = 3;
/** Reports read at most per question: the newest that name the side and a mediator word. */
const MAX_ITEMS = 60;
/** Full-text matches taken, newest stored first: a side named in thousands of reports costs no more. */
const MAX_MATCHES = 400;

/** Words that may carry a cue (any of them); the sentence test decides. */
const CUE_WORDS = ['mediators', 'mediator', 'indirect', 'indirectly', 'face to face', 'directly'];

/**
 * How strongly a sentence says `party` talks only through others: 0 not at all, 1 "indirect
 * talks", 2 "through mediators" or "not face to face"; one more when the side is the first party
 * it names (its subject, as a rule). The side must be named as a side, not as the go-between or
 * the venue ("Oman, which is mediating", "through Qatar", "in Muscat").
 */
export function indirectScore(sentence: string, party: string): number {
  const cue = THROUGH_MEDIATORS_RE.test(sentence) || NOT_FACE_TO_FACE_RE.test(sentence) ? 2 : INDIRECT_TALKS_RE.test(sentence) ? 1 : 0;
  if (cue === 0) return 0;
  const sides = findParties(sentence).filter((m) => !MEDIATOR_AFTER_RE.test(sentence.slice(m.end)) && !MEDIATOR_BEFORE_RE.test(sentence.slice(0, m.start)));
  const at = sides.findIndex((m) => m.party.name === party);
  return at < 0 ? 0 : cue + (at === 0 ? 1 : 0);
}

/**
 * The dossier's reports saying a side negotiates through mediators: "say so rather than invent a
 * roster". Oldest first, each with its source; empty when no report says so.
 */
export function createIndirectReader(sql: SqlClient, dossier: string) {
  const source = createSourceLookup(sql);
  const items = createItemReads(sql);
  // Reports change only when an item is read for the dossier: answers are kept until then (an
  // older item read again for a dossier added later brings new events, hence their newest id too).
  const cache = new Map<string, { at: string; notes: IndirectNote[] }>();
  return async (party: string): Promise<IndirectNote[]> => {
    const at = await items.version(dossier);
    const hit = cache.get(party);
    if (hit && hit.at === at) return hit.notes;
    const notes = await read(party);
    if (cache.size > 500) cache.clear();
    cache.set(party, { at, notes });
    return notes;
  };

  async function read(party: string): Promise<IndirectNote[]> {
    const aliases = partyByName(party)?.aliases ?? [party];
    const words = [...new Set(aliases.map((a) => a.replace(/[^\p{L}\p{N}\s'-]/gu, ' ').trim()).filter((a) => a.length > 1))];
    if (words.length === 0) return [];
    const found: (IndirectNote & { itemId: number; score: number; order: number })[] = [];
    const seen = new Set<string>();
    for (const item of await items.matching(dossier, [CUE_WORDS, words], { matches: MAX_MATCHES, limit: MAX_ITEMS })) {
      // A report's strongest sentence speaks for it.
      let best: { text: string; score: number } | undefined;
      for (const unit of splitUnits(`${item.title}\n${item.text}`)) {
        const score = seen.has(unit.text) ? 0 : indirectScore(unit.text, party);
        if (score > (best?.score ?? 0)) best = { text: unit.text, score };
      }
      if (!best) continue;
      seen.add(best.text);
      found.push({ evidence: best.text, sources: [], itemId: item.id, score: best.score, order: found.length });
    }
    // The plainest sayings first ("does not negotiate face to face" over "indirect talks"), then the
    // earliest (later rounds tend to have a named negotiator); shown oldest first.
    const kept = found.sort((a, b) => b.score - a.score || b.order - a.order).slice(0, MAX_NOTES);
    const refs = await source.many(kept.map((k) => k.itemId));
    return kept
      .map((k, i) => ({ evidence: k.evidence, sources: [refs[i]!] }))
      .sort((a, b) => (a.sources[0]?.published ?? '').localeCompare(b.sources[0]?.published ?? ''));
  }
}
