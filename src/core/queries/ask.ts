import { createAnswerer } from '../ask/answer.js';
import type { AskKnowledge } from '../ask/knowledge.js';
import { EXAMPLE_QUESTIONS } from '../ask/lexicon.js';
import { splitAsks } from '../ask/normalise.js';
import { parseQuestion, type Reading } from '../ask/parse.js';
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
  /** One question read into a reading, its words looked up on record as the parser asks for them. */
  async function read(q: string, today: Date, corpus: Date, vocab: Awaited<ReturnType<AskKnowledge['vocabulary']['get']>>, known: Map<string, boolean>): Promise<Reading> {
    // The parser is synchronous and asks whether words are on record as it reads: it is run again
    // with the words it asked about looked up, until it asks about none it has not had answered.
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
      if (asked.size === 0 || pass >= MAX_PASSES) return reading;
      const words = [...asked];
      const found = await Promise.all(words.map((w) => kb.vocabulary.onRecord(w)));
      for (const [i, w] of words.entries()) known.set(w, found[i]!);
    }
  }
  return async function ask(raw: string): Promise<AskResult> {
    const q = ensureQuestion(raw);
    const today = kb.now();
    const [last, vocab] = await Promise.all([kb.lastDay(), kb.vocabulary.get()]);
    const corpus = last ? new Date(`${last}T12:00:00Z`) : today;
    const known = new Map<string, boolean>();
    const whole = await read(q, today, corpus, vocab, known);
    // "who led the Russian delegation and who led the Ukrainian one?": two questions, both answered, the first first.
    const parts = splitAsks(q);
    if (!parts) return answer(whole);
    const [a, b] = [await read(parts[0], today, corpus, vocab, known), await read(parts[1], today, corpus, vocab, known)];
    if (a.intent === 'unknown' || b.intent === 'unknown' || (a.intent === b.intent && sameSubject(a, b) && a.place?.name === b.place?.name)) return answer(whole);
    // "who is Karasin and what did he say", "… and what was his function on the Ukrainian delegation": a second
    // question naming no one, or a person by pronoun, asks about the first one's subject.
    const named = Boolean(b.party || b.persons.length || b.unknownName || b.partyRole || b.body);
    const pronoun = !b.persons.length && PERSON_PRONOUN.test(parts[1]) && a.persons.length > 0;
    const subject = pronoun ? { ...b, persons: a.persons } : named ? b : { ...b, party: a.party, counterpart: b.counterpart ?? a.counterpart, persons: a.persons };
    // "who led the Russian delegation in Riyadh and who led the Ukrainian one?": the first's place and topic hold
    // for a second question that names neither (nor a date).
    const second = subject.place || subject.dates || subject.topics.length ? subject : { ...subject, ...(a.place ? { place: a.place } : {}), topics: a.topics };
    const [first, also] = [await answer(a), await answer(second)];
    return {
      ...first,
      // What was understood of both: the first question's slots, and what only the second names ("… why he was in Odesa").
      understood: { ...first.understood, slots: { ...also.understood.slots, ...first.understood.slots }, unknown: [...new Set([...first.understood.unknown, ...also.understood.unknown])] },
      also: [{ line: also.understood.line, answer: also.answer, lines: also.lines }],
    };
  };
}

/** A person named by pronoun in a second question: "… and what did *he* say". */
const PERSON_PRONOUN = /\b(?:he|him|his|she|her|hers)\b/i;

/** Do two readings ask about the same side and people? */
function sameSubject(a: Reading, b: Reading): boolean {
  return a.party?.name === b.party?.name && a.persons.map((p) => p.id).join() === b.persons.map((p) => p.id).join();
}

/** Passes of the parser at most: each looks up the words the last one asked about (a question has few). */
const MAX_PASSES = 20;
