/** What a body looks like from its first bytes, regardless of what the server claimed. */
export type BodyKind = 'feed' | 'html' | 'json' | 'other-xml' | 'unknown';

/** The kind of a body and, for XML, the lower-cased name of its root element. */
export interface Sniffed {
  kind: BodyKind;
  root?: string;
}

/** Only the start of a body is examined, so sniffing costs the same for 1 KB and 8 MiB. */
const SNIFF_WINDOW = 64 * 1024;

/**
 * Classifies a body by its first element, skipping a BOM, whitespace, the XML declaration,
 * processing instructions, comments and a DOCTYPE. Looks at most at the first 64 KiB.
 */
export function sniffBody(body: string): Sniffed {
  const head = body.slice(0, SNIFF_WINDOW);
  let i = 0;
  for (;;) {
    while (i < head.length && /[\s\uFEFF]/.test(head[i] ?? '')) i++;
    if (i >= head.length) return { kind: 'unknown' };
    const c = head[i];
    if (c === '{' || c === '[') return { kind: 'json' };
    if (c !== '<') return { kind: 'unknown' };
    if (head.startsWith('<!--', i)) {
      const end = head.indexOf('-->', i + 4);
      if (end === -1) return { kind: 'unknown' };
      i = end + 3;
      continue;
    }
    if (head.startsWith('<?', i)) {
      const end = head.indexOf('?>', i + 2);
      if (end === -1) return { kind: 'unknown' };
      i = end + 2;
      continue;
    }
    if (head.slice(i, i + 9).toLowerCase() === '<!doctype') {
      if (/^<!doctype\s+html/i.test(head.slice(i, i + 32))) return { kind: 'html' };
      // Skip a DOCTYPE with or without an internal subset.
      const bracket = head.indexOf('[', i);
      const gt = head.indexOf('>', i);
      if (gt === -1) return { kind: 'unknown' };
      if (bracket !== -1 && bracket < gt) {
        const end = head.indexOf(']', bracket);
        const close = end === -1 ? -1 : head.indexOf('>', end);
        if (close === -1) return { kind: 'unknown' };
        i = close + 1;
      } else {
        i = gt + 1;
      }
      continue;
    }
    const name = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(i, i + 64))?.[1]?.toLowerCase();
    if (name === undefined) return { kind: 'unknown' };
    if (name === 'rss' || name === 'feed' || name === 'rdf:rdf' || name.endsWith(':rss') || name.endsWith(':feed')) {
      return { kind: 'feed', root: name };
    }
    if (name === 'html' || name === 'head' || name === 'body') return { kind: 'html', root: name };
    return { kind: 'other-xml', root: name };
  }
}

/**
 * A short, single-line description of a JSON error body ("rate limited"), if it has an
 * `error` or `message` field; bodies from APIs that answer a feed URL with JSON usually do.
 */
export function jsonErrorHint(body: string): string | null {
  if (body.length > 64 * 1024) return null;
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const record = parsed as Record<string, unknown>;
    for (const key of ['error', 'message', 'detail', 'title']) {
      const value = record[key];
      if (typeof value === 'string' && value.trim() !== '') {
        return value.replace(/\s+/g, ' ').trim().slice(0, 80);
      }
    }
  } catch {
    return null;
  }
  return null;
}
