/**
 * Doc → Slack Block Kit messages. The first message goes to the channel, the rest are thread
 * replies, so a long doc continues instead of being cut. Only a single over-long line (one list
 * item, one paragraph line, a header) is ever shortened, with an ellipsis.
 */
import type { Doc, DocBlock } from './doc.js';
import { type Dialect, type Line, chunkLines, fitLine, oneLine, sourceLine, toLines } from './layout.js';
import {
  SLACK_CONTEXT_ELEMENTS_MAX,
  SLACK_CONTEXT_TEXT_MAX,
  SLACK_FALLBACK_TEXT_TARGET,
  SLACK_HEADER_TEXT_MAX,
  SLACK_MAX_BLOCKS,
  SLACK_MESSAGE_CHARS_TARGET,
  SLACK_SECTION_FIELDS_MAX,
  SLACK_SECTION_FIELD_TEXT_MAX,
  SLACK_SECTION_TEXT_MAX,
} from './limits.js';
import { escapeSlackMrkdwn, escapeSlackPlainText } from './sanitize.js';

/** A Block Kit plain-text object (headers). */
export interface SlackPlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

/** A Block Kit mrkdwn text object. We always send `verbatim: true` (see SLACK_DIALECT). */
export interface SlackMrkdwnText {
  type: 'mrkdwn';
  text: string;
  verbatim?: boolean;
}

export interface SlackHeaderBlock {
  type: 'header';
  text: SlackPlainText;
}

export interface SlackSectionBlock {
  type: 'section';
  text?: SlackMrkdwnText;
  fields?: SlackMrkdwnText[];
}

export interface SlackContextBlock {
  type: 'context';
  elements: SlackMrkdwnText[];
}

export interface SlackDividerBlock {
  type: 'divider';
}

/** The Block Kit blocks Parley produces. */
export type SlackBlock = SlackHeaderBlock | SlackSectionBlock | SlackContextBlock | SlackDividerBlock;

/** One chat.postMessage body (minus channel/thread_ts, which the adapter adds). */
export interface SlackMessage {
  /** Notification and accessibility fallback; short, escaped mrkdwn. */
  text: string;
  blocks: SlackBlock[];
}

/** In URLs `|` would end the URL early and `<`/`>` would close the link. */
function slackUrl(url: string): string {
  return url.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/&/g, '&amp;');
}

/** The Slack mrkdwn dialect. */
export const SLACK_DIALECT: Dialect = {
  escape: escapeSlackMrkdwn,
  bold: (inner) => `*${inner}*`,
  italic: (inner) => `_${inner}_`,
  link: (url, label) => `<${slackUrl(url)}|${label}>`,
  bareUrl: (url) => `<${slackUrl(url)}>`,
};

// verbatim: Slack must not auto-link channel names, URLs or @mentions found in feed text.
const mrkdwn = (text: string): SlackMrkdwnText => ({ type: 'mrkdwn', text, verbatim: true });

function header(text: string): SlackHeaderBlock | undefined {
  const line = oneLine([{ text }]);
  // plain_text shows entities literally, so headers get their own escaper and no marks.
  const plain: Dialect = { ...SLACK_DIALECT, escape: escapeSlackPlainText, bold: (s) => s, italic: (s) => s };
  const fitted = fitLine(plain, line, SLACK_HEADER_TEXT_MAX);
  return fitted === '' ? undefined : { type: 'header', text: { type: 'plain_text', text: fitted } };
}

function sections(lines: string[]): SlackSectionBlock[] {
  return chunkLines(lines, SLACK_SECTION_TEXT_MAX).map((text) => ({ type: 'section', text: mrkdwn(text) }));
}

function renderLines(lines: Line[], max: number, first = '', rest = ''): string[] {
  return lines.map((l, i) => (l.length === 0 ? '' : fitLine(SLACK_DIALECT, l, max, i === 0 ? first : rest)));
}

function blocksFor(block: DocBlock): SlackBlock[] {
  switch (block.type) {
    case 'heading': {
      const h = header(block.text);
      return h === undefined ? [] : [h];
    }
    case 'paragraph':
      return sections(renderLines(toLines(block.spans), SLACK_SECTION_TEXT_MAX));
    case 'list':
      return sections(block.items.flatMap((item) => renderLines(toLines(item), SLACK_SECTION_TEXT_MAX, '• ', '    ')));
    case 'sources':
      return sections(
        block.sources.map((s, i) => fitLine(SLACK_DIALECT, sourceLine(s), SLACK_SECTION_TEXT_MAX, `${i + 1}. `)),
      );
    case 'context': {
      // Context blocks are already small and grey: the spans' own marks are enough.
      const elements = chunkLines(renderLines(toLines(block.spans), SLACK_CONTEXT_TEXT_MAX), SLACK_CONTEXT_TEXT_MAX).map(mrkdwn);
      const out: SlackContextBlock[] = [];
      for (let i = 0; i < elements.length; i += SLACK_CONTEXT_ELEMENTS_MAX) {
        out.push({ type: 'context', elements: elements.slice(i, i + SLACK_CONTEXT_ELEMENTS_MAX) });
      }
      return out;
    }
    case 'fields':
      return fieldBlocks(block.fields);
    case 'divider':
      return [{ type: 'divider' }];
  }
}

function fieldBlocks(fields: Extract<DocBlock, { type: 'fields' }>['fields']): SlackBlock[] {
  const out: SlackBlock[] = [];
  let pending: SlackMrkdwnText[] = [];
  const flush = (): void => {
    for (let i = 0; i < pending.length; i += SLACK_SECTION_FIELDS_MAX) {
      out.push({ type: 'section', fields: pending.slice(i, i + SLACK_SECTION_FIELDS_MAX) });
    }
    pending = [];
  };
  for (const f of fields) {
    const nameLine = oneLine([{ text: f.name, bold: true }]);
    const name = nameLine.length === 0 ? '' : fitLine(SLACK_DIALECT, nameLine, SLACK_SECTION_TEXT_MAX);
    const value = renderLines(toLines(f.value), SLACK_SECTION_TEXT_MAX);
    const text = [name, ...value].join('\n').trim();
    if (text === '') continue;
    if (text.length <= SLACK_SECTION_FIELD_TEXT_MAX) {
      pending.push(mrkdwn(text));
      continue;
    }
    // Too long for a field: show it as ordinary section text rather than cut it.
    flush();
    out.push(...sections([name, ...value]));
  }
  flush();
  return out;
}

function blockChars(block: SlackBlock): number {
  switch (block.type) {
    case 'header':
      return block.text.text.length;
    case 'section':
      return (block.text?.text.length ?? 0) + (block.fields ?? []).reduce((n, f) => n + f.text.length, 0);
    case 'context':
      return block.elements.reduce((n, e) => n + e.text.length, 0);
    case 'divider':
      return 0;
  }
}

function fallbackText(doc: Doc, part: number, parts: number): string {
  const base = oneLine([{ text: doc.summary.trim() !== '' ? doc.summary : (doc.title ?? '') }]);
  const suffix = parts > 1 ? ` (${part}/${parts})` : '';
  const text = fitLine(SLACK_DIALECT, base, SLACK_FALLBACK_TEXT_TARGET - suffix.length) + suffix;
  return text.trim() === '' ? `Parley${suffix}` : text;
}

/**
 * Renders a Doc as Slack messages. Message 1 is for the channel; messages 2.. are thread replies
 * (or, for ephemeral docs, further ephemeral messages: ephemeral messages cannot be threaded).
 * Each message has at most 50 blocks and about 12,000 characters of block text; every text
 * object is within its Block Kit limit and every untrusted string is escaped.
 */
export function renderSlack(doc: Doc): SlackMessage[] {
  const blocks: SlackBlock[] = [];
  const title = doc.title === undefined ? undefined : header(doc.title);
  if (title !== undefined) blocks.push(title);
  for (const block of doc.blocks) blocks.push(...blocksFor(block));
  if (blocks.length === 0) blocks.push(...sections(renderLines(toLines([{ text: doc.summary }]), SLACK_SECTION_TEXT_MAX)));

  const groups: SlackBlock[][] = [];
  let cur: SlackBlock[] = [];
  let chars = 0;
  for (const block of blocks) {
    const size = blockChars(block);
    const full = cur.length >= SLACK_MAX_BLOCKS || (cur.length > 0 && chars + size > SLACK_MESSAGE_CHARS_TARGET);
    if (full) {
      groups.push(cur);
      cur = [];
      chars = 0;
    }
    // A divider that would open a thread reply separates nothing.
    if (cur.length === 0 && groups.length > 0 && block.type === 'divider') continue;
    cur.push(block);
    chars += size;
  }
  if (cur.length > 0 || groups.length === 0) groups.push(cur);
  return groups.map((g, i) => ({ text: fallbackText(doc, i + 1, groups.length), blocks: g }));
}
