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
  return function ask(raw: string): AskResult {
    const q = ensureQuestion(raw);
    const today = kb.now();
    const last = kb.lastDay();
    const corpus = last ? new Date(`${last}T12:00:00Z`) : today;
    const reading = parseQuestion(q, {
      vocab: kb.vocabulary.get(),
      onRecord: (w) => kb.vocabulary.onRecord(w),
      refs: { today, corpus },
    });
    return answer(reading);
  };
}
