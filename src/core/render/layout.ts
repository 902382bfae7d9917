/**
 * Layout helpers shared by the three renderers: span clean-up, line splitting, and fitting a
 * line into a character budget without breaking markup, escapes or surrogate pairs.
 *
 * The trick that keeps truncation safe: we never cut escaped text. We cut the *plain* text and
 * escape the prefix, searching for the longest prefix whose escaped form fits. An entity
 * (`&amp;`), a backslash escape (`\*`) or a link (`<url|label>`) therefore always comes out whole.
 */
import type { DocSource, Span } from './doc.js';
import { safeUrl, stripControlChars } from './sanitize.js';

/** Appended where a single over-long line had to be cut. */
export const ELLIPSIS = '…';

/** How a platform spells escaped text, emphasis and links. */
export interface Dialect {
  /** Escapes untrusted plain text (must strip control characters itself). */
  escape(text: string): string;
  bold(inner: string): string;
  italic(inner: string): string;
  /** A link to an already safe URL; `label` is already escaped. */
  link(url: string, label: string): string;
  /** A URL shown as itself, for labels that pretend to be another URL. */
  bareUrl(url: string): string;
}

/** A span after clean-up: control characters gone, link safe or absent. */
export interface CleanSpan {
  text: string;
  bold: boolean;
  italic: boolean;
  link?: string;
}

/** One output line: the spans between two line breaks. */
export type Line = CleanSpan[];

/**
 * Cleans spans and splits them into lines at `\n`. Adjacent spans with the same marks are merged
 * *before* escaping so a mention split across spans (`"<"` + `"@123>"`, `"@every"` + `"one"`)
 * is seen whole by the escaper; empty spans are dropped for the same reason.
 * Lines are trimmed (leading blanks would make indented code in Markdown) and runs of blank
 * lines collapse to one; blank lines at either end are dropped.
 */
export function toLines(spans: readonly Span[]): Line[] {
  const lines: Line[] = [[]];
  for (const span of spans) {
    const link = span.link === undefined ? undefined : safeUrl(span.link);
    const parts = stripControlChars(span.text).split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part === '' && (link === undefined || parts.length > 1)) return;
      const blank = part.trim() === '';
      const clean: CleanSpan = {
        text: part,
        bold: !blank && span.bold === true,
        italic: !blank && span.italic === true,
      };
      if (link !== undefined) clean.link = link;
      (lines[lines.length - 1] as Line).push(clean);
    });
  }
  const out: Line[] = [];
  for (const raw of lines) {
    const line = trimLine(mergeSpans(raw));
    const blank = line.length === 0;
    if (blank && (out.length === 0 || (out[out.length - 1] as Line).length === 0)) continue;
    out.push(line);
  }
  while (out.length > 0 && (out[out.length - 1] as Line).length === 0) out.pop();
  return out;
}

/** Text of a single-line value (heading, field name): line breaks fold to spaces. */
export function oneLine(spans: readonly Span[]): Line {
  const lines = toLines(spans);
  const joined: Line = [];
  lines.forEach((line, i) => {
    if (i > 0 && line.length > 0) joined.push({ text: ' ', bold: false, italic: false });
    joined.push(...line);
  });
  return trimLine(mergeSpans(joined));
}

function sameMarks(a: CleanSpan, b: CleanSpan): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.link === undefined && b.link === undefined;
}

function mergeSpans(spans: Line): Line {
  const out: Line = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev !== undefined && sameMarks(prev, s)) prev.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

function trimLine(spans: Line): Line {
  const out = spans.map((s) => ({ ...s }));
  while (out.length > 0) {
    const first = out[0] as CleanSpan;
    first.text = first.text.trimStart();
    if (first.text !== '' || first.link !== undefined) break;
    out.shift();
  }
  while (out.length > 0) {
    const last = out[out.length - 1] as CleanSpan;
    last.text = last.text.trimEnd();
    if (last.text !== '' || last.link !== undefined) break;
    out.pop();
  }
  return out;
}

/** Plain text of a line (for length heuristics and fallbacks). */
export function lineText(line: Line): string {
  return line.map((s) => s.text).join('');
}

/**
 * A label that itself looks like a URL or domain pointing somewhere else than the link.
 * Shown as `label <url>` instead of a masked link, so `[paypal.com](https://evil.example)` can't
 * pass for PayPal.
 */
function isSpoofLabel(label: string, url: string): boolean {
  const m = /^(?:[a-z][\w+.-]*:\/\/)?(?:www\.)?((?:[\w-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?$/i.exec(label.trim());
  const claimsUrl = label.includes('://') || m !== null;
  if (!claimsUrl) return false;
  const host = new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  return m?.[1]?.toLowerCase() !== host;
}

function wrap(d: Dialect, s: CleanSpan, inner: string): string {
  let out = inner;
  if (s.italic) out = d.italic(out);
  if (s.bold) out = d.bold(out);
  return out;
}

/** Renders one span in full. Whitespace around marked text stays outside the marks. */
export function renderSpan(d: Dialect, s: CleanSpan): string {
  const core = s.text.trim();
  const lead = s.text.slice(0, s.text.length - s.text.trimStart().length);
  const trail = s.text.slice(s.text.trimEnd().length);
  if (s.link === undefined) return core === '' ? s.text : lead + wrap(d, s, d.escape(core)) + trail;
  const label = core === '' ? s.link : core;
  const inner = isSpoofLabel(label, s.link)
    ? `${d.escape(label)} ${d.bareUrl(s.link)}`
    : d.link(s.link, d.escape(label));
  return lead + wrap(d, s, inner) + trail;
}

/**
 * The longest prefix of `plain` whose escaped form fits in `max` characters, escaped. Never
 * splits a surrogate pair; prefers a word boundary near the cut.
 */
export function fitEscaped(plain: string, max: number, esc: (text: string) => string): string {
  if (max <= 0) return '';
  const full = esc(plain);
  if (full.length <= max) return full;
  // Escaping never shortens text (control characters are gone already), so n ≤ max.
  let lo = 0;
  let hi = Math.min(plain.length, max);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (esc(plain.slice(0, mid)).length <= max) lo = mid;
    else hi = mid - 1;
  }
  let n = lo;
  const code = plain.charCodeAt(n - 1);
  if (n > 0 && code >= 0xd800 && code <= 0xdbff) n--;
  const space = plain.slice(0, n).search(/\s\S*$/);
  if (space > 0 && space >= n * 0.8) n = space;
  return esc(plain.slice(0, n).trimEnd());
}

/**
 * Renders a line into at most `max` characters. Lines that fit are rendered whole; a longer line
 * keeps whole spans while they fit, cuts the next one (a link degrades to its label) and ends
 * with an ellipsis.
 */
export function fitLine(d: Dialect, line: Line, max: number, prefix = ''): string {
  const rendered = line.map((s) => renderSpan(d, s));
  const full = prefix + rendered.join('');
  if (full.length <= max) return full;
  const budget = max - ELLIPSIS.length;
  let out = prefix;
  for (let i = 0; i < line.length; i++) {
    const r = rendered[i] as string;
    if (out.length + r.length <= budget) {
      out += r;
      continue;
    }
    const s = line[i] as CleanSpan;
    const plainText = s.link !== undefined && s.text.trim() === '' ? s.link : s.text;
    const lead = plainText.slice(0, plainText.length - plainText.trimStart().length);
    const overhead = lead.length + wrap(d, s, '').length;
    const inner = fitEscaped(plainText.trim(), budget - out.length - overhead, d.escape);
    if (inner !== '') out += lead + wrap(d, s, inner);
    break;
  }
  return out.trimEnd() + ELLIPSIS;
}

/** Lines describing one source: `title` linked, then outlet and date. */
export function sourceLine(source: DocSource): Line {
  const title = stripControlChars(source.title).replace(/\s+/g, ' ').trim();
  const url = safeUrl(source.url);
  const line: Line = [];
  if (url !== undefined) line.push({ text: title, bold: false, italic: false, link: url });
  else if (title !== '') line.push({ text: title, bold: false, italic: false });
  const meta = [source.outlet, source.published]
    .map((m) => (m === undefined ? '' : stripControlChars(m).replace(/\s+/g, ' ').trim()))
    .filter((m) => m !== '');
  if (meta.length > 0) line.push({ text: `${line.length > 0 ? ' — ' : ''}${meta.join(' · ')}`, bold: false, italic: false });
  return trimLine(line);
}

/**
 * Packs pre-rendered lines into chunks of at most `max` characters joined by `\n`, splitting only
 * between lines. Every line must already fit (see fitLine). Blank lines at chunk edges are dropped.
 */
export function chunkLines(lines: readonly string[], max: number): string[] {
  const chunks: string[] = [];
  let cur = '';
  for (const line of lines) {
    if (cur === '') {
      if (line !== '') cur = line;
      continue;
    }
    if (cur.length + 1 + line.length <= max) cur += `\n${line}`;
    else {
      chunks.push(cur.trimEnd());
      cur = line;
    }
  }
  if (cur.trim() !== '') chunks.push(cur.trimEnd());
  return chunks;
}
