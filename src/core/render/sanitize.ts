/**
 * Neutralisers shared by the renderers. Everything in a Doc is untrusted (feed text written by
 * strangers), so every string passes through one of these before it reaches a platform.
 * Each function is pure and idempotent in effect: escaping twice shows the escapes, it never
 * re-enables what the first pass disabled.
 */

/** Zero-width space: invisible, but breaks the token a platform would otherwise parse. */
export const ZWSP = '\u200b';

/** Longest URL we pass on; longer ones are almost always tracking junk or an attack. */
export const SAFE_URL_MAX = 2048;

const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
// C0 except \t and \n, DEL, C1, and the bidi embedding/override/isolate controls.
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Normalises line breaks to `\n`, removes C0/C1 control characters (except newline and tab) and
 * the bidi overrides/isolates U+202A–202E, U+2066–2069, and replaces lone surrogates with U+FFFD.
 *
 * Stops: ANSI escape sequences repainting the terminal shell (ESC is C0), "Trojan Source"-style
 * bidi reordering that makes `moc.evil` read as `live.com`, NUL/backspace tricks in logs, and
 * lone surrogates that make Slack/Discord reject the whole payload as invalid UTF-8.
 */
export function stripControlChars(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(CONTROL_CHARS, '').replace(LONE_SURROGATES, '\uFFFD');
}

/**
 * Inserts a zero-width space into every mention-shaped token: after `@` in `@everyone`, `@here`,
 * `@channel`, and after `<` in `<@…>`, `<@!…>`, `<@&…>`, `<#…>`, `<!…>` (Slack `<!channel>`,
 * `<!subteam^…>`), `</cmd:…>`, `<:emoji:…>`, `<a:…>`, `<t:…>`, `<id:…>`.
 *
 * Stops: feed text pinging a whole channel or a role, and visual spoofing of a user/role/channel
 * mention even where `allowed_mentions` already prevents the ping.
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(?=everyone|here|channel)/gi, `@${ZWSP}`).replace(/<(?=[@#!/:]|a:|t:|id:)/g, `<${ZWSP}`);
}

// Lookalikes rather than escapes: Slack mrkdwn has no escape character for formatting marks.
const SLACK_LOOKALIKES: Record<string, string> = {
  '*': '\u2217', // ∗ ASTERISK OPERATOR
  _: '\uFF3F', // ＿ FULLWIDTH LOW LINE
  '~': '\u223C', // ∼ TILDE OPERATOR
  '`': '\u2035', // ‵ REVERSED PRIME
};

/**
 * Escapes untrusted text for Slack mrkdwn: strips control characters, encodes `&`, `<`, `>` as
 * entities, swaps `*`, `_`, `~`, `` ` `` for lookalikes, breaks a `>` quote at line start and
 * neutralises `@channel`/`@here`/`@everyone`.
 *
 * Stops: `<!channel>`, `<@U…>`, `<#C…>`, `<!subteam^…>` control sequences (every `<` becomes
 * `&lt;`), fake `<https://evil|bank.com>` links, feed text bolding/striking/code-fencing itself,
 * and a feed line posing as a quoted message.
 */
export function escapeSlackMrkdwn(text: string): string {
  const escaped = stripControlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_~`]/g, (c) => SLACK_LOOKALIKES[c] ?? c)
    .replace(/^([ \t]*)&gt;/gm, `$1${ZWSP}&gt;`);
  return neutraliseMentions(escaped);
}

/**
 * Makes untrusted text safe for Slack `plain_text` objects (headers), which show entities
 * literally: strips control characters, folds line breaks into spaces (headers are one line) and
 * neutralises mention tokens with a zero-width space instead of escaping.
 *
 * Stops: a header that reads as `<!channel>` or `@here` and multi-line header injection.
 */
export function escapeSlackPlainText(text: string): string {
  return neutraliseMentions(stripControlChars(text).replace(/\s*\n\s*/g, ' '));
}

/**
 * Escapes untrusted text for Discord markdown: backslash-escapes `\ * _ ~ | ` [ ] >` everywhere
 * and `#`, `-`, `+`, `1.` at line start, then neutralises mentions.
 *
 * Stops: bold/italic/underline/strike/spoiler/code injection, masked links `[bank.com](evil)`
 * (brackets never pair), block quotes, headings, `-#` subtext and lists at line start, and
 * `@everyone`/`<@id>`/`<@&id>`/`<#id>` mentions.
 */
export function escapeDiscordMarkdown(text: string): string {
  const escaped = stripControlChars(text)
    .replace(/[\\*_~|`[\]>]/g, '\\$&')
    .replace(/^([ \t]*)([#+-])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');
  return neutraliseMentions(escaped);
}

/**
 * Escapes untrusted text for CommonMark (CLI, terminal shell, archives): strips control
 * characters and backslash-escapes `\ ` * _ [ ] < > ~ | &` everywhere and `#`, `-`, `+`, `=`,
 * `1.`/`1)` at line start.
 *
 * Stops: ANSI escapes in the terminal, raw HTML (`<script>`, `<img onerror>`) when an archive is
 * rendered to HTML, link/image injection, and feed text turning itself into headings or lists.
 */
export function escapeMarkdown(text: string): string {
  return stripControlChars(text)
    .replace(/[\\`*_[\]<>~|&]/g, '\\$&')
    .replace(/^([ \t]*)([#+=-])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');
}

/**
 * Returns the normalised URL when it is a plain http(s) URL, else undefined.
 *
 * Stops: `javascript:`, `data:`, `file:` and other schemes, credentials in the authority
 * (`https://bank.com@evil.example`), control/bidi characters and whitespace hidden in a URL, and
 * absurdly long URLs. The result is WHATWG-serialised, so `<`, `>`, `"` and spaces are
 * percent-encoded and cannot close the surrounding markup.
 */
export function safeUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  if (trimmed.length === 0 || trimmed.length > SAFE_URL_MAX) return undefined;
  if (/[\s\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return undefined;
  const href = url.href;
  return href.length > SAFE_URL_MAX ? undefined : href;
}

/**
 * Live Slack mention/broadcast tokens found in a payload string (empty when safe). URLs are
 * ignored for the bare `@channel` forms because Slack never parses mentions inside links.
 */
export function findLiveSlackMentions(text: string): string[] {
  const found = text.match(/<(?:!(?:channel|here|everyone|subteam\^)|[@#][A-Z0-9])[^>]*>?/gi) ?? [];
  const bare = text.replace(/https?:\/\/[^\s|>]+/g, '').match(/@(?:channel|here|everyone)/gi) ?? [];
  return [...found, ...bare];
}

/**
 * Live Discord mention tokens found in a payload string (empty when safe): `@everyone`, `@here`,
 * `<@id>`, `<@!id>`, `<@&id>`, `<#id>`. URLs are ignored for the bare forms (no ping inside links).
 */
export function findLiveDiscordMentions(text: string): string[] {
  const found = text.match(/<(?:@[!&]?|#)\d+>/g) ?? [];
  const bare = text.replace(/https?:\/\/[^\s)>]+/g, '').match(/@(?:everyone|here)/g) ?? [];
  return [...found, ...bare];
}
