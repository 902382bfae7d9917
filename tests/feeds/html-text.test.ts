import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/core/feeds/index.js';

describe('htmlToText', () => {
  it('drops script, style and iframe with their content, and comments', () => {
    const html = '<p>Hello</p><script>alert("x")</script><style>p{}</style><iframe src="x">fallback</iframe><!-- hidden --><p>world</p>';
    expect(htmlToText(html)).toBe('Hello\n\nworld');
  });

  it('keeps paragraph breaks as blank lines and <br> as a newline, collapsing other whitespace', () => {
    expect(htmlToText('<div>  One\n\t two </div><p>Three<br>Four<br/>  Five</p>')).toBe('One two\n\nThree\nFour\nFive');
  });

  it('joins inline markup without inventing spaces', () => {
    expect(htmlToText('Ne<b>go</b>tiations <a href="/x" title="a > b">resume</a>')).toBe('Negotiations resume');
  });

  it('decodes named, numeric and legacy entities once', () => {
    expect(htmlToText('AT&amp;T &ldquo;quoted&rdquo; &#8212; &#x41; caf&eacute; &nbsp;end')).toBe('AT&T “quoted” — A café end');
  });

  it('keeps a bare "<" that starts no tag', () => {
    expect(htmlToText('3 < 5 and 5 > 3; a <= b')).toBe('3 < 5 and 5 > 3; a <= b');
  });

  it('removes double-escaped markup, including a double-escaped script', () => {
    expect(htmlToText('&lt;p&gt;Statement&lt;/p&gt;&lt;script&gt;evil()&lt;/script&gt;')).toBe('Statement');
  });

  it('keeps the text after a stray or unmatched quote in an attribute, in document order', () => {
    expect(htmlToText('<p>Talks in <a href=http://example.com/">Istanbul</a> ended on Friday.</p>')).toBe('Talks in Istanbul ended on Friday.');
    expect(htmlToText('<p>Talks in <a href="http://example.com/>Istanbul</a> ended on Friday.</p>')).toBe('Talks in Istanbul ended on Friday.');
    expect(htmlToText('<img alt="a 5" screen" src="x.png">Envoys met.')).toBe('Envoys met.');
    expect(htmlToText('<a title="a > b" href="x">link</a> text')).toBe('link text');
    // The stray quote is matched far away, by the next tag's attribute: the text between is still kept.
    expect(htmlToText('<p>Talks in <a href="x>Istanbul</a> ended.</p><p class="next">Then Geneva.</p>')).toBe('Talks in Istanbul ended.\n\nThen Geneva.');
  });

  it('keeps the fallback text of an <object>, which browsers show', () => {
    expect(htmlToText('safe<object classid="clsid:C932BA85"> description')).toBe('safe description');
  });

  it('drops the tail after an unterminated comment, tag or script', () => {
    expect(htmlToText('kept <!-- never closed <p>lost')).toBe('kept');
    expect(htmlToText('kept <a href="x" title="never closed')).toBe('kept');
    expect(htmlToText('kept <script>lost')).toBe('kept');
  });

  it('treats script end tags case-insensitively and ignores "</script" inside other text', () => {
    expect(htmlToText('a<SCRIPT>x="</scriptx>"; y</Script >b')).toBe('a\nb');
  });

  it('returns an empty string for empty or markup-only input', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<br><hr><!-- x -->')).toBe('');
  });

  // Linear, not timed: at these sizes a quadratic pass runs for hours, so the test timeout is the
  // bound. How fast it is belongs to npm run bench.
  it('gets through 5 MB of "<", unclosed tags and stray quotes', () => {
    const size = 5 * 1024 * 1024;
    expect(htmlToText('<'.repeat(size))).toHaveLength(size);
    htmlToText('<a '.repeat(size / 3));
    htmlToText('<a href="'.repeat(size / 9));
    htmlToText('<a x="> <b '.repeat(size / 11));
    htmlToText("<a x=\"'>".repeat(size / 8));
    htmlToText('<!--'.repeat(size / 4));
    htmlToText('<script>'.repeat(size / 8));
    htmlToText('x</p><p'.repeat(size / 7));
  });

  it('gets through many small well-formed tags', () => {
    const html = '<p>word <b>bold</b> &amp; more</p>'.repeat(100_000);
    const text = htmlToText(html);
    expect(text.startsWith('word bold & more\n\nword')).toBe(true);
  });
});
