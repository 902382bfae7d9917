/**
 * Doc → Discord messages built from embeds. Text is packed line by line into embed descriptions
 * and split across embeds and messages in order when a limit is reached; nothing is dropped.
 * Only a single line longer than a description may be cut, with an ellipsis.
 */
import type { Doc, DocBlock } from './doc.js';
import { type Dialect, type Line, fitLine, oneLine, sourceLine, toLines } from './layout.js';
import {
  DISCORD_EMBEDS_MAX,
  DISCORD_EMBEDS_TOTAL_MAX,
  DISCORD_EMBED_DESCRIPTION_MAX,
  DISCORD_EMBED_FIELDS_MAX,
  DISCORD_EMBED_TITLE_MAX,
  DISCORD_EPHEMERAL_FLAG,
  DISCORD_FIELD_NAME_MAX,
  DISCORD_FIELD_VALUE_MAX,
} from './limits.js';
import { ZWSP, escapeDiscordMarkdown } from './sanitize.js';

export interface DiscordEmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface DiscordEmbed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: DiscordEmbedField[];
  footer?: { text: string };
  author?: { name: string };
  timestamp?: string;
}

/** One message body for channel messages, interaction responses or follow-ups. */
export interface DiscordMessage {
  content?: string;
  embeds: DiscordEmbed[];
  /** Always empty: no text Parley posts may ping anyone, whatever it contains. */
  allowed_mentions: { parse: [] };
  /** 64 (EPHEMERAL) for ephemeral docs. */
  flags?: number;
}

/** `(`/`)` would end a masked link's target early. */
function discordUrl(url: string): string {
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** The Discord markdown dialect. */
export const DISCORD_DIALECT: Dialect = {
  escape: escapeDiscordMarkdown,
  bold: (inner) => `**${inner}**`,
  italic: (inner) => `*${inner}*`,
  link: (url, label) => `[${label}](${discordUrl(url)})`,
  bareUrl: (url) => `<${url.replace(/>/g, '%3E')}>`,
};

/** Field values this short sit side by side. */
const INLINE_FIELD_MAX = 40;

/** What the blocks turn into before packing. */
type Item =
  | { kind: 'line'; text: string; gap: boolean }
  | { kind: 'field'; field: DiscordEmbedField }
  | { kind: 'break' };

const line = (d: Line, prefix = ''): string => fitLine(DISCORD_DIALECT, d, DISCORD_EMBED_DESCRIPTION_MAX, prefix);

function linesOf(lines: Line[], first = '', rest = ''): Item[] {
  return lines.map((l, i) => ({ kind: 'line', text: l.length === 0 ? '' : line(l, i === 0 ? first : rest), gap: false }));
}

/** Marks the first item so the block is set off from the one before by a blank line. */
function block(items: Item[]): Item[] {
  const first = items[0];
  if (first?.kind === 'line') first.gap = true;
  return items;
}

function itemsFor(b: DocBlock): Item[] {
  switch (b.type) {
    case 'heading': {
      const h = oneLine([{ text: b.text, bold: true }]);
      return h.length === 0 ? [] : block([{ kind: 'line', text: line(h), gap: false }]);
    }
    case 'paragraph':
      return block(linesOf(toLines(b.spans)));
    case 'context':
      return block(linesOf(toLines(b.spans).map((l) => l.map((s) => ({ ...s, italic: s.text.trim() !== '' })))));
    case 'list':
      return block(b.items.flatMap((item) => linesOf(toLines(item), '• ', '  ')));
    case 'sources':
      // `1\.` so Discord doesn't renumber the list; numbering continues across embeds.
      return block(b.sources.map((s, i) => ({ kind: 'line', text: line(sourceLine(s), `${i + 1}\\. `), gap: false })));
    case 'fields':
      return b.fields.flatMap((f): Item[] => {
        const nameLine = oneLine([{ text: f.name }]);
        const name = nameLine.length === 0 ? '' : line(nameLine);
        const valueLines = toLines(f.value);
        const value = linesOf(valueLines)
          .map((it) => (it.kind === 'line' ? it.text : ''))
          .join('\n');
        if (name.length <= DISCORD_FIELD_NAME_MAX && value.length <= DISCORD_FIELD_VALUE_MAX) {
          // Discord rejects empty names/values; a zero-width space keeps the slot.
          const field: DiscordEmbedField = { name: name === '' ? ZWSP : name, value: value === '' ? ZWSP : value };
          if (value.length <= INLINE_FIELD_MAX && !value.includes('\n')) field.inline = true;
          return [{ kind: 'field', field }];
        }
        // Too long for a field: show it as description text rather than cut it.
        const bold = nameLine.map((s) => ({ ...s, bold: true }));
        return block([{ kind: 'line', text: line(bold), gap: false }, ...linesOf(valueLines)]);
      });
    case 'divider':
      return [{ kind: 'break' }];
  }
}

function embedChars(e: DiscordEmbed): number {
  let n = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
  n += e.author?.name.length ?? 0;
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/** Packs items into embeds and messages, in order, within every per-embed and per-message limit. */
class Packer {
  readonly messages: DiscordEmbed[][] = [];
  private embeds: DiscordEmbed[] = [];
  private embed: DiscordEmbed = {};
  /** Characters of the closed embeds of the current message. */
  private closedChars = 0;

  constructor(title: string | undefined) {
    if (title !== undefined && title !== '') this.embed.title = title;
  }

  private get used(): number {
    return this.closedChars + embedChars(this.embed);
  }

  private isEmpty(e: DiscordEmbed): boolean {
    return e.title === undefined && e.description === undefined && (e.fields?.length ?? 0) === 0;
  }

  closeEmbed(): void {
    if (this.isEmpty(this.embed)) return;
    this.embeds.push(this.embed);
    this.closedChars += embedChars(this.embed);
    this.embed = {};
  }

  private closeMessage(): void {
    this.closeEmbed();
    if (this.embeds.length > 0) this.messages.push(this.embeds);
    this.embeds = [];
    this.closedChars = 0;
  }

  /** Makes room for `size` more characters in a fresh embed, closing the message if needed. */
  private freshEmbed(size: number): void {
    this.closeEmbed();
    if (this.embeds.length >= DISCORD_EMBEDS_MAX || this.closedChars + size > DISCORD_EMBEDS_TOTAL_MAX) {
      this.closeMessage();
    }
  }

  addLine(text: string, gap: boolean): void {
    // Text after fields starts a new embed, or it would show above them.
    if ((this.embed.fields?.length ?? 0) > 0) this.freshEmbed(text.length);
    const desc = this.embed.description;
    if (desc === undefined) {
      if (text === '') return;
      if (this.used + text.length > DISCORD_EMBEDS_TOTAL_MAX) this.freshEmbed(text.length);
      this.embed.description = text;
      return;
    }
    const sep = gap ? '\n\n' : '\n';
    const size = sep.length + text.length;
    if (desc.length + size > DISCORD_EMBED_DESCRIPTION_MAX || this.used + size > DISCORD_EMBEDS_TOTAL_MAX) {
      if (text === '') return;
      this.freshEmbed(text.length);
      this.embed.description = text;
      return;
    }
    this.embed.description = desc + sep + text;
  }

  addField(field: DiscordEmbedField): void {
    const size = field.name.length + field.value.length;
    const count = this.embed.fields?.length ?? 0;
    if (count >= DISCORD_EMBED_FIELDS_MAX || this.used + size > DISCORD_EMBEDS_TOTAL_MAX) this.freshEmbed(size);
    this.embed.fields = [...(this.embed.fields ?? []), field];
  }

  finish(): DiscordEmbed[][] {
    this.closeMessage();
    return this.messages;
  }
}

/**
 * Renders a Doc as Discord messages, in posting order (first as the reply, the rest as
 * follow-ups). Every message carries `allowed_mentions: { parse: [] }`; ephemeral docs set
 * flags 64 on every message. All limits (10 embeds, 6,000 characters of embed text per message,
 * title 256, description 4,096, 25 fields of 256/1,024) hold for any input.
 */
export function renderDiscord(doc: Doc): DiscordMessage[] {
  const titleLine = doc.title === undefined ? [] : oneLine([{ text: doc.title }]);
  const title = titleLine.length === 0 ? undefined : fitLine(DISCORD_DIALECT, titleLine, DISCORD_EMBED_TITLE_MAX);
  const packer = new Packer(title);
  let items = doc.blocks.flatMap(itemsFor);
  if (doc.blocks.length === 0 && title === undefined) {
    items = linesOf(toLines([{ text: doc.summary }]));
  }
  for (const item of items) {
    if (item.kind === 'line') packer.addLine(item.text, item.gap);
    else if (item.kind === 'field') packer.addField(item.field);
    else packer.closeEmbed();
  }
  let messages = packer.finish();
  // Discord rejects a message with neither content nor embeds.
  if (messages.length === 0) messages = [[{ description: ZWSP }]];
  return messages.map((embeds) => {
    const msg: DiscordMessage = { embeds, allowed_mentions: { parse: [] } };
    if (doc.ephemeral === true) msg.flags = DISCORD_EPHEMERAL_FLAG;
    return msg;
  });
}
