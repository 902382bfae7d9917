import { describe, expect, it } from 'vitest';
import {
  ZWSP,
  escapeDiscordMarkdown,
  escapeMarkdown,
  escapeSlackMrkdwn,
  escapeSlackPlainText,
  findLiveDiscordMentions,
  findLiveSlackMentions,
  neutraliseMentions,
  safeUrl,
  stripControlChars,
} from '../../src/core/render/sanitize.js';

describe('stripControlChars', () => {
  it('removes ANSI escapes, NUL, DEL and C1 controls but keeps newline and tab', () => {
    expect(stripControlChars('a\u001b[31mred\u0000\u007f\u0085\u009b b\tc\nd')).toBe('a[31mred b\tc\nd');
  });

  it('removes bidi overrides and isolates that reorder text', () => {
    expect(stripControlChars('\u202egnp.exe\u202c \u2066x\u2069 \u202ay\u202d')).toBe('gnp.exe x y');
  });

  it('normalises CR, CRLF and Unicode line separators to newline', () => {
    expect(stripControlChars('a\r\nb\rc\u2028d\u2029e')).toBe('a\nb\nc\nd\ne');
  });

  it('replaces lone surrogates and keeps valid pairs', () => {
    expect(stripControlChars('x\ud83dy\ude00z😀')).toBe('x\uFFFDy\uFFFDz😀');
  });
});

describe('neutraliseMentions', () => {
  it.each([
    ['@everyone', `@${ZWSP}everyone`],
    ['@here', `@${ZWSP}here`],
    ['@channel', `@${ZWSP}channel`],
    ['<@123>', `<${ZWSP}@123>`],
    ['<@!123>', `<${ZWSP}@!123>`],
    ['<@&123>', `<${ZWSP}@&123>`],
    ['<#123>', `<${ZWSP}#123>`],
    ['<!channel>', `<${ZWSP}!channel>`],
    ['<!subteam^S1>', `<${ZWSP}!subteam^S1>`],
    ['</ban:1>', `<${ZWSP}/ban:1>`],
  ])('breaks %s with a zero-width space', (input, out) => {
    expect(neutraliseMentions(input)).toBe(out);
    expect(findLiveDiscordMentions(neutraliseMentions(input))).toEqual([]);
    expect(findLiveSlackMentions(neutraliseMentions(input))).toEqual([]);
  });

  it('leaves ordinary @ and < alone', () => {
    expect(neutraliseMentions('mail me@example.com if 3 < 4')).toBe('mail me@example.com if 3 < 4');
  });
});

describe('escapeSlackMrkdwn', () => {
  it('encodes &, < and > as entities, so <!channel> and <@U123> are plain text', () => {
    expect(escapeSlackMrkdwn('<!channel> <@U123> <#C1> <!subteam^S1|x> & co')).toBe(
      '&lt;!channel&gt; &lt;@U123&gt; &lt;#C1&gt; &lt;!subteam^S1|x&gt; &amp; co',
    );
  });

  it('escapes an existing entity instead of trusting it', () => {
    expect(escapeSlackMrkdwn('&lt;!here&gt;')).toBe('&amp;lt;!here&amp;gt;');
  });

  it('swaps formatting marks for lookalikes so feed text cannot bold, italicise, strike or code', () => {
    const out = escapeSlackMrkdwn('*bold* _it_ ~strike~ `code` ```block```');
    expect(out).not.toMatch(/[*_~`]/);
    expect(out).toBe('∗bold∗ ＿it＿ ∼strike∼ ‵code‵ ‵‵‵block‵‵‵');
  });

  it('breaks a quote at line start and bare broadcast words', () => {
    expect(escapeSlackMrkdwn('> fake quote\n  > again')).toBe(`${ZWSP}&gt; fake quote\n  ${ZWSP}&gt; again`);
    expect(escapeSlackMrkdwn('ping @here and @channel')).toBe(`ping @${ZWSP}here and @${ZWSP}channel`);
  });

  it('cannot fake a link', () => {
    expect(escapeSlackMrkdwn('<https://evil.example|bank.com>')).toBe('&lt;https://evil.example|bank.com&gt;');
  });
});

describe('escapeSlackPlainText', () => {
  it('folds lines and neutralises mentions without entity-encoding (headers show entities literally)', () => {
    expect(escapeSlackPlainText('Talks <!here>\nin Riyadh & more')).toBe(`Talks <${ZWSP}!here> in Riyadh & more`);
  });
});

describe('escapeDiscordMarkdown', () => {
  it('backslash-escapes emphasis, spoilers, code and brackets', () => {
    expect(escapeDiscordMarkdown('**b** __u__ ~~s~~ ||sp|| `c` [x](https://evil.example)')).toBe(
      '\\*\\*b\\*\\* \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\|\\|sp\\|\\| \\`c\\` \\[x\\](https://evil.example)',
    );
  });

  it('escapes backslashes first so an escape cannot be undone', () => {
    expect(escapeDiscordMarkdown('\\*x')).toBe('\\\\\\*x');
  });

  it('escapes quotes, headings, subtext and lists at line start', () => {
    expect(escapeDiscordMarkdown('> q\n# h\n-# sub\n- item\n12. n\n+ p')).toBe(
      '\\> q\n\\# h\n\\-# sub\n\\- item\n12\\. n\n\\+ p',
    );
  });

  it('keeps # and - inside a line as they are', () => {
    expect(escapeDiscordMarkdown('a #1 well-known')).toBe('a #1 well-known');
  });

  it('neutralises every mention form', () => {
    const out = escapeDiscordMarkdown('@everyone @here <@1> <@!2> <@&3> <#4>');
    expect(findLiveDiscordMentions(out)).toEqual([]);
    expect(out).toContain(`@${ZWSP}everyone`);
    expect(out).toContain(`<${ZWSP}@&3\\>`);
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline markup, HTML and links', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e) <script> ~f~ |g| &amp;')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<script\\> \\~f\\~ \\|g\\| \\&amp;',
    );
  });

  it('escapes block markup at line start', () => {
    expect(escapeMarkdown('# h\n- l\n+ p\n1. n\n2) m\n===')).toBe('\\# h\n\\- l\n\\+ p\n1\\. n\n2\\) m\n\\===');
  });

  it('strips terminal escape sequences', () => {
    expect(escapeMarkdown('\u001b]8;;https://evil\u0007link')).not.toMatch(/[\u001b\u0007]/);
  });
});

describe('safeUrl', () => {
  it.each(['https://example.com/a?b=1', 'http://example.com'])('accepts %s', (url) => {
    expect(safeUrl(url)).toBeDefined();
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>',
    'file:///etc/passwd',
    'ftp://example.com',
    'https://bank.com@evil.example/',
    'https://user:pw@example.com/',
    'https://exa\u202emple.com',
    'https://example.com/a b',
    'not a url',
    '',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('rejects %j', (url) => {
    expect(safeUrl(url)).toBeUndefined();
  });

  it('percent-encodes characters that could close surrounding markup', () => {
    expect(safeUrl('https://example.com/<x>"y"')).toBe('https://example.com/%3Cx%3E%22y%22');
  });
});
