import { splitSentences } from '../../../src/core/extract/sentences.js';

/**
 * The sentences a reader reads in a rendered Markdown briefing: everything above the sources list
 * (whose titles repeat the headlines by design) and the `--explain` appendix, links reduced to their
 * labels, escapes and emphasis removed, each line cut at sentence ends and at " — " separators.
 */
export function proseSentences(markdown: string): string[] {
  const body = markdown.split(/^## (?:Sources|Why each status)$/m)[0] ?? '';
  const plain = body
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/\*\*|(?<!\w)_|_(?!\w)/g, '');
  return plain
    .split('\n')
    .map((line) => line.replace(/^(?:#+|-|\d+\.)\s+/, ''))
    .flatMap((line) => line.split(/\s+—\s+/))
    .flatMap((segment) => splitSentences(segment));
}

const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** Sentences of at least `minWords` words that occur twice, or inside another shown sentence. */
export function repeatedSentences(markdown: string, minWords = 8): string[] {
  const sentences = proseSentences(markdown)
    .map(words)
    .filter((w) => w.split(' ').length >= minWords);
  const out: string[] = [];
  sentences.forEach((s, i) => {
    if (sentences.some((other, j) => j !== i && ` ${other} `.includes(` ${s} `))) out.push(s);
  });
  return [...new Set(out)];
}
