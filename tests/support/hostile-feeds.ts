/**
 * Feed bodies written to hurt a feed reader, each just under the 8 MiB fetch cap: the shapes
 * issue 17 probed (an article of 7–8 MB, 8 MB of nested elements, one 8 MB attribute), and
 * shapes that stay inside every parse limit while costing the parser as much as they can.
 * Fault tests, the memory probe and the benchmark share them.
 */

const MB = 1024 * 1024;
/** Under the fetch cap (8 MiB) with room for the envelope. */
export const HOSTILE_BODY_CHARS = Math.floor(7.9 * MB);

const RSS_HEAD = '<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title><link>http://hostile.test/</link>';
const RSS_TAIL = '</channel></rss>';
const SENTENCE = 'Ukrainian and Russian negotiators met in Riyadh on Tuesday for talks on a ceasefire, officials said. ';

function fill(unit: string, chars: number): string {
  return unit.repeat(Math.max(1, Math.floor(chars / unit.length)));
}

function rssItem(inner: string): string {
  return `${RSS_HEAD}<item><title>Ceasefire talks in Riyadh</title><guid>hostile-1</guid>${inner}</item>${RSS_TAIL}`;
}

/** The shapes issue 17 found crashing a 256 MB heap; each must now parse (bounded) or be refused with one line. */
export const ISSUE_BODIES: Record<string, () => string> = {
  /** One relevant article of about 7.9 MB of HTML paragraphs in CDATA. */
  'article-7.9MB': () => rssItem(`<description><![CDATA[${fill(`<p>${SENTENCE}</p>`, HOSTILE_BODY_CHARS)}]]></description>`),
  /** 8 MB of nested elements inside an item. */
  'nested-8MB': () => {
    const depth = Math.floor(HOSTILE_BODY_CHARS / 7);
    return rssItem(`<description>${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}</description>`);
  },
  /** One 8 MB attribute value. */
  'attribute-8MB': () => rssItem(`<link href="${'x'.repeat(HOSTILE_BODY_CHARS)}"/>`),
};

/** Shapes that keep within every parse limit but push each as far as 8 MiB allows. */
export const AT_LIMIT_BODIES: Record<string, () => string> = {
  /** The same article escaped instead of CDATA: hundreds of thousands of entity references in one text. */
  'escaped-article-7.9MB': () => rssItem(`<description>${fill(`&lt;p&gt;${SENTENCE}&lt;/p&gt;`, HOSTILE_BODY_CHARS)}</description>`),
  /** XHTML content 64 levels deep (feed, entry, content and 61 divs), repeated until the node limit. */
  'deep-xhtml': () => {
    const block = `${'<div>'.repeat(61)}${SENTENCE}${'</div>'.repeat(61)}`;
    return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>x</title><id>d</id><content type="xhtml">${block.repeat(4_000)}</content></entry></feed>`;
  },
  /** Elements carrying just under 64 KB of attributes each (15 values of 4 KB). */
  'wide-attributes': () => {
    const value = 'y'.repeat(4 * 1024);
    const tag = `<link ${Array.from({ length: 15 }, (_, i) => `a${i}="${value}"`).join(' ')}/>`;
    return rssItem(fill(tag, HOSTILE_BODY_CHARS));
  },
  /** As many small elements with an attribute as the node limit allows, then text. */
  'many-nodes': () => rssItem(`<x>${'<y z="1"/>'.repeat(149_000)}${fill(SENTENCE, 4 * MB)}</x>`),
  /** Large comments back to back, each just under the markup limit. */
  comments: () => rssItem(fill(`<!--${'c'.repeat(63 * 1024)}-->`, HOSTILE_BODY_CHARS)),
  /** Items whose CDATA is nothing but "]x", each just under the limit on pieces held at once. */
  'cdata-brackets': () =>
    `${RSS_HEAD}${fill(`<item><title>b</title><description><![CDATA[${']x'.repeat(490_000)}]]></description></item>`, HOSTILE_BODY_CHARS)}${RSS_TAIL}`,
};
