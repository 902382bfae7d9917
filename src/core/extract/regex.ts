/**
 * `[...text.matchAll(re)]` without the copy of the pattern `matchAll` makes on every call (which
 * V8 initialises afresh, hashing the pattern's whole source: a cost that grows with the pattern,
 * paid for every sentence). Same matches, same order, starting where `matchAll` starts (the
 * pattern's `lastIndex`), empty matches stepped over as `matchAll` does; the pattern's `lastIndex`
 * is left as it was, and all matches are collected before the caller's loop runs, so a loop body
 * may use the same pattern.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('execAll needs a global pattern, as matchAll does');
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

/** Whether a global pattern matches, its position left as found (`test` on a global pattern moves it). */
export function matches(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}

/** The index after `i`, a surrogate pair counted as one character in a Unicode pattern. */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
