/**
 * How much of a stranger's feed Parley agrees to hold and read: the per-item text cap and the
 * shape limits checked before an XML body reaches the parser. Every number is here, and only here.
 */

/**
 * Characters of plain text stored, searched and extracted per item; the excess is dropped and
 * the item flagged (`items.text_truncated`). 200,000 characters is about 33,000 words: a long
 * investigative feature (10–15k words, ~90k characters) or a full day's live blog (~150k) fits
 * whole, while a hostile item cannot make one item's extraction, storage or search unbounded.
 */
export const MAX_ITEM_TEXT_CHARS = 200_000;

/**
 * Characters of one raw field (HTML or text as the feed sent it) that are read before markup is
 * stripped. Markup rarely triples an article's size, so five times the text cap keeps every item
 * that fits the cap whole while bounding the work and memory of HTML-to-text on a 7 MB body.
 */
export const MAX_RAW_FIELD_CHARS = 5 * MAX_ITEM_TEXT_CHARS;

/**
 * Shape limits for a feed body, checked in one linear pass before parsing. The parser (sax via
 * xml2js) appends most markup one character at a time, and each append of a long string costs
 * about 32 bytes of heap until the string is next read: an 8 MiB attribute, comment or tag name
 * takes over 250 MB, and 8 MiB of nested elements about as much in objects. Real feeds (3,000
 * files from other parsers' test suites and the bundled dossier's) stay far below every limit:
 * at most 13 levels, 627-character attributes, 20 attributes on an element, 60,000 nodes.
 */
export const XML_LIMITS = {
  /** Element nesting: RSS, Atom and RDF need about 5 levels, inline XHTML content a dozen more. */
  depth: 64,
  /**
   * Characters in the attributes (names and values) of one element: sax holds them all, one string
   * piece per character, until the tag closes. URLs and types are short; even an inline image is refused.
   */
  attributeChars: 64 * 1024,
  /** Characters in one comment, declaration, processing instruction, tag name or entity reference, and in text outside the root element. */
  markupChars: 64 * 1024,
  /** Attributes on one element: namespace declarations on a root element are the most seen (about 20). */
  attributesPerElement: 128,
  /** Elements, attributes and CDATA sections in the whole document: 5,000 items of a dozen nodes each is 60,000. */
  nodes: 300_000,
  /**
   * String pieces held by the elements still open. The parser appends every text run and CDATA
   * section to its element, and inside them every entity reference and every `]` is a piece of
   * its own (tens of bytes each), until the element closes: `&amp;&amp;…` or `]]]]…` costs far
   * more than its size. A 7 MB escaped-HTML article is about 600,000 pieces.
   */
  openPieces: 1_000_000,
} as const;

export type XmlLimits = { readonly [K in keyof typeof XML_LIMITS]: number };

/** Occurrences of one character in [from, to): a plain loop, so a search never runs past `to`. */
function count(xml: string, code: number, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (xml.charCodeAt(i) === code) n++;
  return n;
}

/** The first index of a character in [from, to), or -1. */
function indexIn(xml: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (xml.charCodeAt(i) === code) return i;
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Characters sax reads as part of an entity name after `&` (it accumulates them one by one). */
function isEntityChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 35 || c === 95 || c === 45 || c === 46 || c === 58 || c > 127;
}

function size(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} KB`;
}

const thousands = (n: number) => n.toLocaleString('en-US');

/** The string pieces a text run adds to its element (the run, and two per entity reference), or a reason it breaks a limit. */
function textPieces(xml: string, from: number, to: number, limits: XmlLimits): number | string {
  let pieces = 1;
  for (let i = indexIn(xml, 38 /* & */, from, to); i !== -1; i = indexIn(xml, 38, i + 1, to)) {
    pieces += 2;
    let j = i + 1;
    while (j < to && isEntityChar(xml.charCodeAt(j))) j++;
    if (j - i > limits.markupChars) return `refused: an entity reference of ${size(j - i)}`;
    i = j - 1;
  }
  return pieces;
}

/**
 * The first limit an XML body breaks, as a one-line reason ("refused: …"), or null when it keeps
 * within all of them. One forward pass: linear in the body, never backtracking. Malformed markup
 * (an unterminated tag or comment) stops the scan and is left to the parser's own error.
 */
export function xmlLimitViolation(xml: string, limits: XmlLimits = XML_LIMITS): string | null {
  const n = xml.length;
  let nodes = 0;
  // Pieces held by each open element, innermost last, and their sum.
  const open: number[] = [];
  let held = 0;
  let i = 0;
  const tooLong = (what: string, from: number, to: number) =>
    to - from > limits.markupChars ? `refused: ${what} of ${size(to - from)} (at most ${size(limits.markupChars)})` : null;
  const hold = (pieces: number): string | null => {
    if (open.length === 0) return null;
    open[open.length - 1]! += pieces;
    held += pieces;
    return held > limits.openPieces ? `refused: text split into more than ${thousands(limits.openPieces)} pieces (entity references, "]" in CDATA)` : null;
  };
  const node = (): string | null =>
    ++nodes > limits.nodes ? `refused: more than ${thousands(limits.nodes)} elements, attributes and CDATA sections in one feed` : null;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      // Outside the root element the parser keeps text one character at a time (it is an error there anyway).
      const pieces = open.length === 0 ? tooLong('text outside the root element', i, textEnd) : textPieces(xml, i, textEnd, limits);
      const problem = typeof pieces === 'number' ? hold(pieces) : pieces;
      if (problem !== null) return problem;
    }
    if (lt === -1) return null;
    const next = xml.charCodeAt(lt + 1);
    let end: number;
    let problem: string | null = null;
    if (xml.startsWith('<!--', lt)) {
      end = xml.indexOf('-->', lt + 4);
      if (end === -1) return null;
      problem = tooLong('a comment', lt, end);
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      end = xml.indexOf(']]>', lt + 9);
      if (end === -1) return null;
      problem = node() ?? hold(1 + 2 * count(xml, 93 /* ] */, lt + 9, end));
      i = end + 3;
    } else if (next === 63 /* ? */) {
      end = xml.indexOf('?>', lt + 2);
      if (end === -1) return null;
      problem = tooLong('a processing instruction', lt, end);
      i = end + 2;
    } else if (next === 33 /* ! */) {
      // A DOCTYPE (entity declarations were refused before this check) or another declaration.
      const gt = xml.indexOf('>', lt + 2);
      if (gt === -1) return null;
      const bracket = indexIn(xml, 91 /* [ */, lt + 2, gt);
      const close = bracket === -1 ? -1 : xml.indexOf(']', bracket);
      end = bracket === -1 ? gt : close === -1 ? -1 : xml.indexOf('>', close);
      if (end === -1) return null;
      problem = tooLong('a declaration', lt, end);
      i = end + 1;
    } else if (next === 47 /* / */) {
      end = xml.indexOf('>', lt + 2);
      if (end === -1) return null;
      problem = tooLong('a closing tag', lt, end);
      held -= open.pop() ?? 0;
      i = end + 1;
    } else {
      const tag = openTag(xml, lt, limits);
      if (typeof tag === 'string') return tag;
      if (tag === null) return null;
      for (let k = 0; k <= tag.attributes && problem === null; k++) problem = node();
      if (!tag.selfClosing) {
        open.push(0);
        if (open.length > limits.depth) problem ??= `refused: elements nested more than ${limits.depth} deep`;
      }
      i = tag.end;
    }
    if (problem !== null) return problem;
  }
  return null;
}

/**
 * Reads one start tag from its `<`: where it ends, whether it closes itself, and how many
 * attributes it has; a string when a limit is broken; null when the tag never ends.
 */
function openTag(xml: string, lt: number, limits: XmlLimits): { end: number; selfClosing: boolean; attributes: number } | string | null {
  const n = xml.length;
  const stop = (c: number) => isSpace(c) || c === 62 /* > */ || c === 47; /* / */
  let j = lt + 1;
  while (j < n && !stop(xml.charCodeAt(j))) j++;
  if (j - lt - 1 > limits.markupChars) return `refused: a tag name of ${size(j - lt - 1)}`;
  const name = xml.slice(lt + 1, Math.min(j, lt + 41));
  let attributes = 0;
  let chars = 0;
  for (;;) {
    while (j < n && isSpace(xml.charCodeAt(j))) j++;
    if (j >= n) return null;
    const c = xml[j];
    if (c === '>') return { end: j + 1, selfClosing: false, attributes };
    if (c === '/' && xml[j + 1] === '>') return { end: j + 2, selfClosing: true, attributes };
    const nameStart = j;
    while (j < n && !stop(xml.charCodeAt(j)) && xml[j] !== '=') j++;
    if (j === nameStart) {
      j++; // a stray '/' or '=': the parser will complain; keep moving forward
      continue;
    }
    chars += j - nameStart;
    while (j < n && isSpace(xml.charCodeAt(j))) j++;
    if (xml[j] === '=') {
      j++;
      while (j < n && isSpace(xml.charCodeAt(j))) j++;
      const quote = xml[j];
      if (quote === '"' || quote === "'") {
        const valueEnd = xml.indexOf(quote, j + 1);
        if (valueEnd === -1) return null;
        chars += valueEnd - j - 1;
        j = valueEnd + 1;
      } else {
        const valueStart = j;
        while (j < n && !isSpace(xml.charCodeAt(j)) && xml[j] !== '>') j++;
        chars += j - valueStart;
      }
    }
    if (chars > limits.attributeChars) {
      return `refused: attributes of ${size(chars)} on one <${name}> element (at most ${size(limits.attributeChars)})`;
    }
    if (++attributes > limits.attributesPerElement) {
      return `refused: more than ${limits.attributesPerElement} attributes on one <${name}> element`;
    }
  }
}

/**
 * The same string, flat. sax builds attribute values one character at a time, and xml2js keeps
 * them as it got them: a rope of one node per character (about 32 bytes each) until something
 * reads them. Reading one character makes V8 flatten the rope in place, so each value costs its
 * own size once the tag is open. (An xml2js `attrValueProcessors` entry.)
 */
export function flatString(value: string): string {
  if (value.length > 12) value.charCodeAt(0);
  return value;
}

/**
 * A raw field cut to `MAX_RAW_FIELD_CHARS` before its markup is stripped; `cut` says whether
 * anything was dropped.
 */
export function boundedRaw(raw: string): { raw: string; cut: boolean } {
  return raw.length > MAX_RAW_FIELD_CHARS ? { raw: raw.slice(0, MAX_RAW_FIELD_CHARS), cut: true } : { raw, cut: false };
}

/**
 * An item's plain text cut to `MAX_ITEM_TEXT_CHARS` at the last word boundary before the cap
 * (the cap itself when there is none nearby); `cut` says whether anything was dropped.
 */
export function capItemText(text: string): { text: string; cut: boolean } {
  if (text.length <= MAX_ITEM_TEXT_CHARS) return { text, cut: false };
  const space = text.lastIndexOf(' ', MAX_ITEM_TEXT_CHARS);
  const at = space > MAX_ITEM_TEXT_CHARS - 200 ? space : MAX_ITEM_TEXT_CHARS;
  return { text: text.slice(0, at).trimEnd(), cut: true };
}
