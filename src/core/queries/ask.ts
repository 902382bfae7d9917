import { createAnswerer } from '../ask/answer.js';
import type { AskKnowledge } from '../ask/knowledge.js';
import { EXAMPLE_QUESTIONS } from '../ask/lexicon.js';
import { parseQuestion } from '../ask/parse.js';
import { UserError } from '../errors.js';
import type { AskResult } from '../schemas.js';

export const MAX_QUESTION_LENGTH = 500;

function ensureQuestion(raw: string): string {
  const q = (raw ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!q) throw new UserError(`Ask a question in plain words. Try: /ask ${EXAMPLE_QUESTIONS[0]}`);
  if (q.length > MAX_QUESTION_LENGTH) {
    throw new UserError(`That question is ${q.length} characters; keep it under ${MAX_QUESTION_LENGTH}. Try: /ask ${EXAMPLE_QUESTIONS[0]}`);
  }
  return q;
}

/**
 * A plain-English question, read into an intent and slots linked to the knowledge base (see
 * src/core/ask/parse.ts), then answered from it with the understood line first, so a wrong
 * reading is visible (src/core/ask/answer.ts).
 */
export function createAsk(kb: AskKnowledge) {
  const answer = createAnswerer(kb);
  return async function ask(raw: string): Promise<AskResult> {
    const q = ensureQuestion(raw);
    const today = kb.now();
    const [last, vocab] = await Promise.all([kb.lastDay(), kb.vocabulary.get()]);
    const corpus = last ? new Date(`${last}T12:00:00Z`) : today;
    // The parser is synchronous and asks whether words are on record as it reads: it is run again
    // with the words it asked about looked up, until it asks about none it has not had answered.
    const known = new Map<string, boolean>();
    for (let pass = 0; ; pass++) {
      const asked = new Set<string>();
      const reading = parseQuestion(q, {
        vocab,
        onRecord: (w) => {
          const hit = known.get(w);
          if (hit === undefined) asked.add(w);
          return hit ?? false;
        },
        refs: { today, corpus },
      });
      if (asked.size === 0 || pass >= MAX_PASSES) return answer(reading);
      const words = [...asked];
      const found = await Promise.all(words.map((w) => kb.vocabulary.onRecord(w)));
      for (const [i, w] of words.entries()) known.set(w, found[i]!);
    }
  };
}

/** Passes of the parser at most: each looks up the words the last one asked about (a question has few). */
const MAX_PASSES = 20;
