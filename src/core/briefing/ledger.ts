import { splitSentences } from '../extract/sentences.js';

/**
 * One story, one place: every source sentence a briefing shows is claimed here first, and a
 * section that finds its sentence taken says it another way (a reference, a shorter label) or
 * not at all. Sentences compare by their words, so quotes, case and punctuation don't matter.
 */
export interface SentenceLedger {
  /** True when no sentence of `text` has been claimed yet. */
  isFree(text: string): boolean;
  /** Claims every sentence of `text`; false (and nothing claimed) when one was already taken. */
  claim(text: string): boolean;
}

/** Shorter fragments ("Kyiv said.") may recur: they are not a repeated story. */
const MIN_WORDS = 6;

function keysOf(text: string): string[] {
  const keys: string[] = [];
  for (const sentence of splitSentences(text)) {
    const words = sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length >= MIN_WORDS) keys.push(words.join(' '));
  }
  return keys;
}

export function createSentenceLedger(): SentenceLedger {
  const taken = new Set<string>();
  const isFree = (text: string) => keysOf(text).every((k) => !taken.has(k));
  return {
    isFree,
    claim(text) {
      const keys = keysOf(text);
      if (keys.some((k) => taken.has(k))) return false;
      for (const k of keys) taken.add(k);
      return true;
    },
  };
}
