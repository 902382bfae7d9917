/**
 * Platform limits and payload checkers. The renderers pack within these limits; the checkers
 * let any test (renderer property tests, adapter e2e tests) assert that a payload is valid and
 * safe: `expect(checkSlackMessage(msg)).toEqual([])`.
 */
import type { DiscordMessage } from './discord.js';
import { findLiveDiscordMentions, findLiveSlackMentions } from './sanitize.js';
import type { SlackBlock, SlackMessage } from './slack.js';

/** Blocks per message. */
export const SLACK_MAX_BLOCKS = 50;
/** Section `text` characters. */
export const SLACK_SECTION_TEXT_MAX = 3000;
/** Header `plain_text` characters. */
export const SLACK_HEADER_TEXT_MAX = 150;
/** Fields per section. */
export const SLACK_SECTION_FIELDS_MAX = 10;
/** Characters per section field. */
export const SLACK_SECTION_FIELD_TEXT_MAX = 2000;
/** Elements per context block. */
export const SLACK_CONTEXT_ELEMENTS_MAX = 10;
/** Characters per context element (the text-object limit). */
export const SLACK_CONTEXT_TEXT_MAX = 3000;
/** Top-level `text` characters Parley allows (Slack's hard limit is higher; 4,000 keeps it readable). */
export const SLACK_TEXT_MAX = 4000;
/** Our target for the `text` fallback: it is a notification line, not the message. */
export const SLACK_FALLBACK_TEXT_TARGET = 300;
/**
 * Our own budget of block text per message. Slack collapses long messages behind "See more"
 * and a 50-section wall is unreadable; past this the doc continues in the next thread reply.
 */
export const SLACK_MESSAGE_CHARS_TARGET = 12_000;

/** Message `content` characters. */
export const DISCORD_CONTENT_MAX = 2000;
/** Embeds per message. */
export const DISCORD_EMBEDS_MAX = 10;
/** Embed title characters. */
export const DISCORD_EMBED_TITLE_MAX = 256;
/** Embed description characters. */
export const DISCORD_EMBED_DESCRIPTION_MAX = 4096;
/** Fields per embed. */
export const DISCORD_EMBED_FIELDS_MAX = 25;
/** Field name characters. */
export const DISCORD_FIELD_NAME_MAX = 256;
/** Field value characters. */
export const DISCORD_FIELD_VALUE_MAX = 1024;
/** Footer text characters. */
export const DISCORD_FOOTER_MAX = 2048;
/** Author name characters. */
export const DISCORD_AUTHOR_NAME_MAX = 256;
/** Title + description + field names/values + footer + author of all embeds of one message. */
export const DISCORD_EMBEDS_TOTAL_MAX = 6000;
/** Message flag: only the invoking user sees it (interaction responses and follow-ups). */
export const DISCORD_EPHEMERAL_FLAG = 64;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkLength(out: string[], where: string, text: string, max: number, opts: { nonEmpty?: boolean } = {}): void {
  if (text.length > max) out.push(`${where}: ${text.length} characters > ${max}`);
  if (opts.nonEmpty === true && text.trim() === '') out.push(`${where}: empty`);
  if (LONE_SURROGATE.test(text)) out.push(`${where}: split surrogate pair`);
}

function checkSlackText(out: string[], where: string, text: string, mrkdwn: boolean): void {
  const live = findLiveSlackMentions(text);
  if (live.length > 0) out.push(`${where}: live mention ${JSON.stringify(live[0])}`);
  // Outside links, Slack mrkdwn must carry `&` only as one of its three entities; a bare `&`
  // means text skipped the escaper or an entity was cut in half.
  if (mrkdwn && /&(?!amp;|lt;|gt;)/.test(text)) out.push(`${where}: unescaped or cut entity`);
}

function checkSlackBlock(out: string[], block: SlackBlock, i: number): void {
  const where = `blocks[${i}]`;
  switch (block.type) {
    case 'header':
      if (block.text.type !== 'plain_text') out.push(`${where}: header text must be plain_text`);
      checkLength(out, `${where}.text`, block.text.text, SLACK_HEADER_TEXT_MAX, { nonEmpty: true });
      checkSlackText(out, `${where}.text`, block.text.text, false);
      return;
    case 'section': {
      const fields = block.fields ?? [];
      if (block.text === undefined && fields.length === 0) out.push(`${where}: section needs text or fields`);
      if (block.text !== undefined) {
        checkLength(out, `${where}.text`, block.text.text, SLACK_SECTION_TEXT_MAX, { nonEmpty: true });
        checkSlackText(out, `${where}.text`, block.text.text, block.text.type === 'mrkdwn');
      }
      if (fields.length > SLACK_SECTION_FIELDS_MAX) out.push(`${where}: ${fields.length} fields > ${SLACK_SECTION_FIELDS_MAX}`);
      fields.forEach((f, j) => {
        checkLength(out, `${where}.fields[${j}]`, f.text, SLACK_SECTION_FIELD_TEXT_MAX, { nonEmpty: true });
        checkSlackText(out, `${where}.fields[${j}]`, f.text, f.type === 'mrkdwn');
      });
      return;
    }
    case 'context':
      if (block.elements.length === 0) out.push(`${where}: context without elements`);
      if (block.elements.length > SLACK_CONTEXT_ELEMENTS_MAX) {
        out.push(`${where}: ${block.elements.length} elements > ${SLACK_CONTEXT_ELEMENTS_MAX}`);
      }
      block.elements.forEach((e, j) => {
        checkLength(out, `${where}.elements[${j}]`, e.text, SLACK_CONTEXT_TEXT_MAX, { nonEmpty: true });
        checkSlackText(out, `${where}.elements[${j}]`, e.text, e.type === 'mrkdwn');
      });
      return;
    case 'divider':
      return;
  }
}

/**
 * Violations of Slack's limits and of Parley's safety rules in one message (empty = OK):
 * block counts and text lengths, empty texts, split surrogate pairs, bare `&` in mrkdwn, and
 * live `<!channel>`/`<!here>`/`<!everyone>`/`<@U…>`/`<#C…>`/`<!subteam^…>`/`@channel` tokens.
 */
export function checkSlackMessage(msg: SlackMessage): string[] {
  const out: string[] = [];
  checkLength(out, 'text', msg.text, SLACK_TEXT_MAX, { nonEmpty: true });
  checkSlackText(out, 'text', msg.text, true);
  if (msg.blocks.length > SLACK_MAX_BLOCKS) out.push(`blocks: ${msg.blocks.length} > ${SLACK_MAX_BLOCKS}`);
  msg.blocks.forEach((b, i) => {
    checkSlackBlock(out, b, i);
  });
  return out;
}

function checkDiscordText(out: string[], where: string, text: string): void {
  const live = findLiveDiscordMentions(text);
  if (live.length > 0) out.push(`${where}: live mention ${JSON.stringify(live[0])}`);
  // An odd run of backslashes at the end escapes whatever Discord or the next string puts after it.
  const trailing = /\\+$/.exec(text)?.[0].length ?? 0;
  if (trailing % 2 === 1) out.push(`${where}: ends with a dangling backslash`);
}

/**
 * Violations of Discord's limits and of Parley's safety rules in one message (empty = OK):
 * content/embed/field/footer lengths, embed and field counts, the 6,000-character total,
 * empty field names/values, empty messages, split surrogate pairs, dangling escapes, live
 * `@everyone`/`@here`/`<@id>`/`<@!id>`/`<@&id>`/`<#id>` tokens, and `allowed_mentions` that
 * is not exactly `{ parse: [] }`.
 */
export function checkDiscordMessage(msg: DiscordMessage): string[] {
  const out: string[] = [];
  const am = msg.allowed_mentions as { parse?: unknown; users?: unknown; roles?: unknown } | undefined;
  if (am === undefined || !Array.isArray(am.parse) || am.parse.length > 0 || am.users !== undefined || am.roles !== undefined) {
    out.push('allowed_mentions must be { parse: [] }');
  }
  if (msg.flags !== undefined && msg.flags !== 0 && msg.flags !== DISCORD_EPHEMERAL_FLAG) out.push(`flags: unexpected ${msg.flags}`);
  if (msg.content !== undefined) {
    checkLength(out, 'content', msg.content, DISCORD_CONTENT_MAX);
    checkDiscordText(out, 'content', msg.content);
  }
  if ((msg.content === undefined || msg.content.trim() === '') && msg.embeds.length === 0) out.push('message is empty');
  if (msg.embeds.length > DISCORD_EMBEDS_MAX) out.push(`embeds: ${msg.embeds.length} > ${DISCORD_EMBEDS_MAX}`);
  let total = 0;
  msg.embeds.forEach((e, i) => {
    const where = `embeds[${i}]`;
    const texts: [string, string | undefined, number][] = [
      [`${where}.title`, e.title, DISCORD_EMBED_TITLE_MAX],
      [`${where}.description`, e.description, DISCORD_EMBED_DESCRIPTION_MAX],
      [`${where}.footer`, e.footer?.text, DISCORD_FOOTER_MAX],
      [`${where}.author`, e.author?.name, DISCORD_AUTHOR_NAME_MAX],
    ];
    const fields = e.fields ?? [];
    if (fields.length > DISCORD_EMBED_FIELDS_MAX) out.push(`${where}: ${fields.length} fields > ${DISCORD_EMBED_FIELDS_MAX}`);
    fields.forEach((f, j) => {
      texts.push([`${where}.fields[${j}].name`, f.name, DISCORD_FIELD_NAME_MAX]);
      texts.push([`${where}.fields[${j}].value`, f.value, DISCORD_FIELD_VALUE_MAX]);
      if (f.name.trim() === '' || f.value.trim() === '') out.push(`${where}.fields[${j}]: empty name or value`);
    });
    let any = false;
    for (const [name, text, max] of texts) {
      if (text === undefined) continue;
      any ||= text.trim() !== '';
      total += text.length;
      checkLength(out, name, text, max);
      checkDiscordText(out, name, text);
    }
    if (!any) out.push(`${where}: empty embed`);
  });
  if (total > DISCORD_EMBEDS_TOTAL_MAX) out.push(`embeds: ${total} characters in total > ${DISCORD_EMBEDS_TOTAL_MAX}`);
  return out;
}
