import { decodeHTML } from 'entities';

/**
 * Elements whose content is code or embedded documents, never prose: dropped with their text.
 * Not `<object>`: what it contains is the fallback a browser shows, prose included.
 */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'iframe', 'noscript', 'template', 'svg', 'math']);

/** Elements that end a paragraph: a blank line in the output. */
const PARAGRAPH_ELEMENTS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'table', 'section',
  'article', 'header', 'footer', 'aside', 'figure', 'pre', 'hr', 'dl', 'address', 'main', 'nav',
]);

/** Elements that end a line. */
const LINE_ELEMENTS = new Set(['br', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption']);

/**
 * Collects words, turning any run of whitespace into one space and block boundaries into
 * newlines, with nothing at either end. Works word by word so the cost stays linear.
 */
class TextSink {
  private readonly parts: string[] = [];
  private pendingSpace = false;
  private pendingBreak = 0;

  text(raw: string): void {
    if (raw === '') return;
    const decoded = raw.includes('&') ? decodeHTML(raw) : raw;
    const words = /\S+/g;
    let last = 0;
    for (let m = words.exec(decoded); m !== null; m = words.exec(decoded)) {
      if (m.index > last) this.pendingSpace = true;
      this.word(m[0]);
      last = m.index + m[0].length;
    }
    if (last < decoded.length) this.pendingSpace = true;
  }

  lineBreak(count: 1 | 2): void {
    this.pendingBreak = Math.max(this.pendingBreak, count);
  }

  private word(w: string): void {
    if (this.parts.length > 0) {
      if (this.pendingBreak > 0) this.parts.push(this.pendingBreak === 2 ? '\n\n' : '\n');
      else if (this.pendingSpace) this.parts.push(' ');
    }
    this.parts.push(w);
    this.pendingSpace = false;
    this.pendingBreak = 0;
  }

  toString(): string {
    return this.parts.join('');
  }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * The index just past the `>` that ends the tag starting at `from`, honouring quoted attribute
 * values, or -1 when the tag never ends (browsers drop such a tail, and so do we). Feeds' stray
 * quotes must not swallow the rest of the text: a quote opens a value only right after `=`
 * (elsewhere it is a character, as in `<a href=x">`), only if the same quote appears again later
 * (`lastQuote` holds the last index of each, so the check is O(1)), and a value that runs past a
 * `>` into another tag was never a value. One forward pass; a stray quote makes the caller rescan
 * at most the stretch up to the next tag.
 */
function endOfTag(html: string, from: number, lastQuote: { 34: number; 39: number }): number {
  let quote = 0;
  let afterEquals = false;
  // The first `>` inside a quoted value: where the tag really ended if the quote turns out stray.
  let gtInQuote = -1;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) {
        quote = 0;
        gtInQuote = -1;
      } else if (c === 62 && gtInQuote === -1) {
        gtInQuote = i;
      } else if (c === 60 && gtInQuote !== -1 && isTagStart(html, i)) {
        // A tag inside an attribute value after a `>`: the quote was stray, not a value.
        return gtInQuote + 1;
      }
    } else if ((c === 34 || c === 39) && afterEquals && lastQuote[c] > i) {
      quote = c;
    } else if (c === 62) {
      return i + 1;
    }
    if (c === 61) afterEquals = true;
    else if (c !== 32 && c !== 9 && c !== 10 && c !== 13) afterEquals = false;
  }
  return -1;
}

/** `<` followed by a letter or `/`+letter: the start of an element tag. */
function isTagStart(html: string, i: number): boolean {
  const next = html.charCodeAt(i + 1);
  return isAsciiLetter(next) || (next === 47 && isAsciiLetter(html.charCodeAt(i + 2)));
}

function tagName(html: string, from: number): string {
  let end = from;
  while (end < html.length) {
    const c = html.charCodeAt(end);
    const isNameChar = isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58;
    if (!isNameChar) break;
    end++;
  }
  return html.slice(from, end).toLowerCase();
}

/** One pass of tag stripping. Linear: every branch jumps forward past what it examined. */
function stripOnce(html: string): string {
  const sink = new TextSink();
  const lastQuote = { 34: html.lastIndexOf('"'), 39: html.lastIndexOf("'") };
  let textStart = 0;
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) break;
    const next = html.charCodeAt(lt + 1);
    const isClose = next === 47; // '/'
    const isTag = isAsciiLetter(next) || (isClose && isAsciiLetter(html.charCodeAt(lt + 2)));
    const isMarkupDecl = next === 33 || next === 63; // '!' or '?'
    if (!isTag && !isMarkupDecl) {
      // A bare '<' ("a < b", or a hostile run of them) is text; keep scanning from the next char.
      pos = lt + 1;
      continue;
    }
    sink.text(html.slice(textStart, lt));

    let resume: number;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      resume = end === -1 ? -1 : end + 3;
    } else if (isMarkupDecl) {
      const end = html.indexOf('>', lt + 2);
      resume = end === -1 ? -1 : end + 1;
    } else {
      const name = tagName(html, lt + (isClose ? 2 : 1));
      const end = endOfTag(html, lt + 1, lastQuote);
      resume = end;
      if (end !== -1) {
        if (PARAGRAPH_ELEMENTS.has(name)) sink.lineBreak(2);
        else if (LINE_ELEMENTS.has(name)) sink.lineBreak(1);
        const selfClosing = html.charCodeAt(end - 2) === 47;
        if (!isClose && !selfClosing && RAW_TEXT_ELEMENTS.has(name)) {
          const closer = new RegExp(`</${name}[\\s/>]`, 'gi');
          closer.lastIndex = end;
          const m = closer.exec(html);
          if (m === null) {
            resume = -1;
          } else {
            const closeEnd = endOfTag(html, m.index + 1, lastQuote);
            resume = closeEnd;
          }
          sink.lineBreak(1);
        }
      }
    }
    if (resume === -1) {
      // Unterminated comment, tag or script: the rest of the input is markup, not prose.
      return sink.toString();
    }
    pos = resume;
    textStart = resume;
  }
  sink.text(html.slice(textStart));
  return sink.toString();
}

/** Closing tags left in the text after one pass mean the feed escaped its HTML twice. */
const DOUBLE_ESCAPED_MARKUP = /<\/[a-z][a-z0-9]{0,15}>/i;

/**
 * Plain text from an HTML fragment taken from a feed: drops `<script>`, `<style>`, `<iframe>`
 * (and similar) with their content, comments and all tags; decodes entities; keeps paragraph
 * breaks as blank lines and line breaks as newlines; collapses other whitespace. Linear in the
 * input size with no backtracking regular expressions, so hostile input (megabytes of `<<<<`,
 * unclosed tags or comments) cannot stall the ingest.
 *
 * The output is plain text, not safe markup: it can still contain `<`, `&` or `@here`, so each
 * chat renderer must escape it for its own format.
 */
export function htmlToText(html: string): string {
  const once = stripOnce(html);
  // Feeds that escape their HTML twice would show literal tags; a second pass removes them
  // (and any double-escaped <script> with them). Never more than two passes.
  return DOUBLE_ESCAPED_MARKUP.test(once) ? stripOnce(once) : once;
}
