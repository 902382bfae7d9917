/** Abbreviations whose full stop does not end a sentence. */
const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Lt|Col|Adm|Capt|Maj|St|Jr|Sr|Gov|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|vs|etc|approx)|\b[A-Z]|\b(?:[A-Za-z]\.){1,3}[A-Za-z])\.$/;

/**
 * Splits plain text into sentences: paragraphs first (feeds keep one paragraph a line), then
 * at a full stop, question or exclamation mark (closing quotes kept) before a capital or quote.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n+/)) {
    const p = para.replace(/\s+/g, ' ').trim();
    if (!p) continue;
    let start = 0;
    const re = /[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
    for (const m of p.matchAll(re)) {
      const endAt = m.index + m[0].length;
      const head = p.slice(start, m.index + 1);
      if (m[0] === '.' && ABBREV.test(head)) continue;
      const s = p.slice(start, endAt).trim();
      if (s) out.push(s);
      start = endAt;
    }
    const rest = p.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}
