/**
 * Doc → CommonMark, for the CLI, the terminal shell and archives. No length limits apply, so
 * nothing is ever cut; all feed text is escaped (see escapeMarkdown) and links are http(s) only.
 */
import type { Doc, DocBlock } from './doc.js';
import { type Dialect, type Line, fitLine, oneLine, sourceLine, toLines } from './layout.js';
import { escapeMarkdown } from './sanitize.js';

/** `(` and `)` would end the link destination early; spaces are already %20 from safeUrl. */
function markdownUrl(url: string): string {
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** The Markdown dialect, shared with tests that want to render single spans. */
export const MARKDOWN_DIALECT: Dialect = {
  escape: escapeMarkdown,
  bold: (inner) => `**${inner}**`,
  italic: (inner) => `_${inner}_`,
  link: (url, label) => `[${label}](${markdownUrl(url)})`,
  bareUrl: (url) => `<${url.replace(/>/g, '%3E')}>`,
};

const render = (line: Line, prefix = ''): string => fitLine(MARKDOWN_DIALECT, line, Number.POSITIVE_INFINITY, prefix);

/** A hard line break that survives copy/paste better than two trailing spaces. */
const HARD_BREAK = '\\\n';

function renderBlock(block: DocBlock): string | undefined {
  switch (block.type) {
    case 'heading': {
      const text = render(oneLine([{ text: block.text }]));
      return text === '' ? undefined : `## ${text}`;
    }
    case 'paragraph': {
      const lines = toLines(block.spans).map((l) => render(l));
      return lines.length === 0 ? undefined : joinParagraph(lines);
    }
    case 'context': {
      const lines = toLines(block.spans).map((l) => render(l.map((s) => ({ ...s, italic: true }))));
      return lines.length === 0 ? undefined : joinParagraph(lines);
    }
    case 'list': {
      const items = block.items.map((item) => listItem(toLines(item).map((l) => render(l)), '- ', '  '));
      return items.length === 0 ? undefined : items.join('\n');
    }
    case 'fields': {
      const items = block.fields.map((f) => {
        const name = render(oneLine([{ text: f.name, bold: true }]));
        const value = toLines(f.value).map((l) => render(l));
        const [first = '', ...rest] = value;
        return listItem([`${name}: ${first}`.trimEnd(), ...rest], '- ', '  ');
      });
      return items.length === 0 ? undefined : items.join('\n');
    }
    case 'sources': {
      const items = block.sources.map((s, i) => `${i + 1}. ${render(sourceLine(s))}`.trimEnd());
      return items.length === 0 ? undefined : items.join('\n');
    }
    case 'divider':
      return '---';
  }
}

function joinParagraph(lines: string[]): string {
  // A blank line inside the block is a paragraph break; other breaks are hard line breaks.
  let out = '';
  lines.forEach((line, i) => {
    if (i === 0) out = line;
    else if (line === '') out += '\n';
    else out += lines[i - 1] === '' ? `\n${line}` : `${HARD_BREAK}${line}`;
  });
  return out;
}

function listItem(lines: string[], marker: string, indent: string): string {
  const [first = '', ...rest] = lines;
  return [marker + first, ...rest.map((l) => (l === '' ? '' : indent + l))].join('\n').trimEnd();
}

/**
 * Renders a Doc as CommonMark: `# title`, `## heading`, `-` lists, `**bold**`, `_italic_`,
 * `[title](url)` links, sources as a numbered list. Every text is escaped, so the output shows
 * feed text literally and contains no raw HTML or terminal control sequences.
 */
export function renderMarkdown(doc: Doc): string {
  const parts: string[] = [];
  const title = doc.title === undefined ? '' : render(oneLine([{ text: doc.title }]));
  if (title !== '') parts.push(`# ${title}`);
  for (const block of doc.blocks) {
    const out = renderBlock(block);
    if (out !== undefined) parts.push(out);
  }
  if (parts.length === 0) {
    const summary = render(oneLine([{ text: doc.summary }]));
    if (summary !== '') parts.push(summary);
  }
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}
