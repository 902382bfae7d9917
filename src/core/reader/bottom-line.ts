/**
 * The briefing's bottom line written by the model (PARLEY_MODEL_BOTTOM_LINE=true), from the day's
 * verified facts only: the extractive bottom line's own sentences, each drawn from the knowledge
 * base with its sources. The model may shorten and join them; the same kind of gate as for items
 * keeps it honest: every sentence cites the facts it uses, and every name, place, number and date
 * it writes must stand in those facts. Anything else (an error, a spent budget, a malformed or
 * ungrounded answer) keeps the extractive bottom line. Readings are cached like items', keyed by
 * the facts' text, so channels sharing a window pay once.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Briefing } from '../briefing/schema.js';
import type { Logger } from '../logger.js';
import { createModelReads, type ModelReads } from '../store/model-reads.js';
import type { SqlClient } from '../store/sql.js';
import { createModelClient, type ModelClient, ModelCallError } from './client.js';
import { normaliseQuote } from './gate.js';
import { type ChatMessage, estimateTokens } from './prompt.js';
import type { ReaderSettings } from './settings.js';

export const BOTTOM_LINE_PROMPT = 'bottom-line-1';

const Answer = z.object({
  sentences: z.array(z.object({ text: z.string(), facts: z.array(z.number().int()) })),
});

const INSTRUCTIONS = `You write the bottom line of a daily briefing on diplomatic negotiations: at most three short sentences a reader with twenty seconds can forward.
Use only the numbered facts you are given. Do not add any name, place, number, date or claim that is not in them. You may shorten and join facts.
Answer with JSON only: {"sentences": [{"text": "...", "facts": [fact numbers the sentence uses]}]}.`;

/** Capitalised words and runs of digits: what a sentence may only repeat from the facts it cites. */
const GROUNDED = /\p{Lu}[\p{L}\p{M}'’-]*|\d+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function standsIn(facts: string, token: string): boolean {
  for (let at = facts.indexOf(token); at >= 0; at = facts.indexOf(token, at + 1)) {
    if (!WORD_CHAR.test(facts[at - 1] ?? ' ') && !WORD_CHAR.test(facts[at + token.length] ?? ' ')) return true;
  }
  return false;
}

/** Words a sentence may open with that name nothing. */
const OPENERS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'both', 'next', 'after', 'before', 'meanwhile', 'and', 'but', 'they', 'it', 'this', 'these', 'there', 'then', 'also', 'no', 'while', 'with', 'for', 'from', 'as', 'its', 'their']);

/**
 * Why a written sentence is not grounded in the facts it cites, or undefined when it is. The
 * sentence's first word may be capitalised only for being first: a word of the facts ("Talks"),
 * or one that names nothing ("The", "Both"); a name there ("Karasin") must be in the facts.
 */
export function ungrounded(text: string, cited: string): string | undefined {
  const facts = normaliseQuote(cited);
  const t = normaliseQuote(text);
  for (const m of t.matchAll(GROUNDED)) {
    const word = m[0].replace(/['’]s$/u, '');
    if (standsIn(facts, word)) continue;
    if (m.index === 0 && (OPENERS.has(word.toLowerCase()) || standsIn(facts.toLowerCase(), word.toLowerCase()))) continue;
    return `“${word}” is not in the facts it cites`;
  }
  return undefined;
}

export interface BottomLineWriterDeps {
  settings: ReaderSettings;
  store: ModelReads;
  logger: Logger;
  now: () => Date;
  client?: ModelClient;
}

/** Returns the briefing with the model's bottom line, or as it was. Never throws for the model's faults. */
export function createBottomLineWriter(deps: BottomLineWriterDeps): (b: Briefing) => Promise<Briefing> {
  const { settings, store } = deps;
  const client = deps.client ?? createModelClient(settings);
  const log = deps.logger.child({ part: 'model-bottom-line' });

  return async (b) => {
    const facts = b.bottomLine;
    if (facts.length === 0) return b;
    const numbered = facts.map((f, i) => `${i + 1}. ${f.text}`).join('\n');
    const key = { hash: createHash('sha256').update(numbered).digest('hex'), model: settings.model, promptVersion: BOTTOM_LINE_PROMPT };
    let raw = await store.cached(key);
    if (raw === undefined) {
      const messages: ChatMessage[] = [
        { role: 'system', content: INSTRUCTIONS },
        { role: 'user', content: `Facts:\n${numbered}` },
      ];
      const day = deps.now().toISOString().slice(0, 10);
      if ((await store.usage(day)).tokens + estimateTokens(messages, settings.maxOutputTokens) > settings.dailyTokens) return b;
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), settings.timeoutMs);
      try {
        const answer = await client.complete(messages, abort.signal);
        await store.spend(day, { tokens: answer.tokens, calls: 1 });
        raw = answer.content;
        await store.saveRead(key, raw, answer.tokens, deps.now().toISOString());
      } catch (err) {
        await store.spend(day, { calls: 1 });
        log.warn({ model: settings.model, reason: err instanceof ModelCallError ? err.message : 'failed' }, 'model bottom line: no answer; the extractive bottom line stands');
        return b;
      } finally {
        clearTimeout(timer);
      }
    }
    const start = raw.indexOf('{');
    const parsed = Answer.safeParse((() => {
      try {
        return JSON.parse(raw.slice(start, raw.lastIndexOf('}') + 1));
      } catch {
        return undefined;
      }
    })());
    const why = (() => {
      if (!parsed.success || parsed.data.sentences.length === 0 || parsed.data.sentences.length > 3) return 'malformed answer';
      for (const s of parsed.data.sentences) {
        if (s.facts.length === 0 || s.facts.some((n) => !facts[n - 1])) return 'a sentence cites no fact, or one not given';
        const problem = ungrounded(s.text, s.facts.map((n) => facts[n - 1]!.text).join('\n'));
        if (problem) return problem;
      }
      return undefined;
    })();
    if (why || !parsed.success) {
      log.warn({ model: settings.model, why }, 'model bottom line dropped; the extractive bottom line stands');
      return b;
    }
    return {
      ...b,
      bottomLine: parsed.data.sentences.map((s) => ({
        text: s.text.trim(),
        sources: [...new Set(s.facts.flatMap((n) => facts[n - 1]!.sources))].sort((x, y) => x - y),
      })),
    };
  };
}

/** The scheduled briefing's bottom-line rewriter when PARLEY_MODEL_BOTTOM_LINE is on, else undefined. */
export function bottomLineRewriter(sql: SqlClient, settings: ReaderSettings | undefined, logger: Logger): ((b: Briefing) => Promise<Briefing>) | undefined {
  if (!settings?.bottomLine) return undefined;
  return createBottomLineWriter({ settings, store: createModelReads(sql), logger, now: () => new Date() });
}
