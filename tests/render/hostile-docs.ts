/**
 * Hostile and oversized Docs for the renderer property tests, and the "no text lost" oracle.
 */
import fc from 'fast-check';
import type { Doc, DocBlock, Span } from '../../src/core/render/doc.js';
import type { DiscordMessage } from '../../src/core/render/discord.js';
import { ZWSP, stripControlChars } from '../../src/core/render/sanitize.js';
import type { SlackMessage } from '../../src/core/render/slack.js';

/** Strings feed text uses to ping, format, spoof or break things. */
export const HOSTILE = [
  '@everyone',
  '@here',
  '@channel',
  '@Everyone',
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U123ABC>',
  '<@123456789012345678>',
  '<@!123456789>',
  '<@&987654321>',
  '<#C1>',
  '<#123456789>',
  '<!subteam^S1|team>',
  '</ban:123>',
  '**',
  '__',
  '~~',
  '||',
  '```',
  '`',
  '*',
  '_',
  '[x](javascript:alert(1))',
  '[bank.com](https://evil.example)',
  '> ',
  '>>> ',
  '# ',
  '-# ',
  '- ',
  '1. ',
  '\\',
  '\\\\',
  '&amp;',
  '&lt;',
  '&',
  '<',
  '>',
  '|',
  '\u202e',
  '\u2066',
  '\u0000',
  '\u001b[31m',
  '\u0085',
  '\r\n',
  '\n',
  '😀',
  '👩‍👩‍👧',
  '\ud83d',
  '\ude00',
  ZWSP,
];

const plainWord = fc.stringMatching(/^[A-Za-z][a-z0-9]{0,11}$/);
const word = fc.oneof(
  { weight: 6, arbitrary: plainWord },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
const line = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
const multiLine = fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('\n'));
const link = fc.option(
  fc.constantFrom(
    'https://example.com/a?b=1&c=2',
    'https://example.com/(x)|y>z',
    'https://example.com/@everyone',
    'http://example.org/',
    'javascript:alert(1)',
    'data:text/html,x',
    'https://bank.com@evil.example/',
    'not a url',
  ),
  { nil: undefined },
);
const span: fc.Arbitrary<Span> = fc.record(
  { text: fc.oneof(line, multiLine, fc.constant('')), bold: fc.boolean(), italic: fc.boolean(), link },
  { requiredKeys: ['text'] },
);
const spans = fc.array(span, { minLength: 0, maxLength: 4 });

const smallBlock: fc.Arbitrary<DocBlock> = fc.oneof(
  line.map((text): DocBlock => ({ type: 'heading', text })),
  spans.map((s): DocBlock => ({ type: 'paragraph', spans: s })),
  fc.array(spans, { maxLength: 8 }).map((items): DocBlock => ({ type: 'list', items })),
  fc
    .array(fc.record({ name: fc.oneof(line, fc.constant('')), value: spans }), { maxLength: 14 })
    .map((fields): DocBlock => ({ type: 'fields', fields })),
  fc
    .array(
      fc.record(
        { title: line, url: fc.oneof(link.map((l) => l ?? ''), fc.constant('https://news.example/story')), outlet: line, published: line },
        { requiredKeys: ['title', 'url'] },
      ),
      { maxLength: 6 },
    )
    .map((sources): DocBlock => ({ type: 'sources', sources })),
  spans.map((s): DocBlock => ({ type: 'context', spans: s })),
  fc.constant<DocBlock>({ type: 'divider' }),
);

/** Deterministic filler with hostile tokens sprinkled in. */
function filler(words: number, seed: number): string {
  const out: string[] = [];
  let s = seed;
  for (let i = 0; i < words; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out.push(s % 9 === 0 ? (HOSTILE[s % HOSTILE.length] as string).replace(/\n|\r/g, ' ') : `w${(s >>> 8) % 5000}`);
  }
  return out.join(' ');
}

let bigBlocks: DocBlock[] | undefined;
/** The oversized blocks, built once: 100k-char paragraphs, 5,000 list items, 2,000 sources. */
function big(): DocBlock[] {
  bigBlocks ??= [
    { type: 'paragraph', spans: [{ text: `Start ${filler(16_000, 1)}`.slice(0, 100_000) }] },
    {
      type: 'paragraph',
      spans: [{ text: Array.from({ length: 500 }, (_, i) => `Line${i} ${filler(30, i)}`).join('\n') }],
    },
    { type: 'paragraph', spans: [{ text: `Amp ${'&<'.repeat(50_000)}` }, { text: 'tail', bold: true }] },
    { type: 'list', items: Array.from({ length: 5000 }, (_, i) => [{ text: `Item${i} ${filler(4, i)}` }]) },
    {
      type: 'sources',
      sources: Array.from({ length: 2000 }, (_, i) => ({
        title: `Source${i} ${filler(6, i)}`,
        url: `https://news.example/${i}?q=${i}&x=y`,
        outlet: `Outlet${i % 40}`,
        published: '2025-03-23',
      })),
    },
    {
      type: 'fields',
      fields: Array.from({ length: 60 }, (_, i) => ({
        name: `Field${i} ${filler(i % 7 === 0 ? 80 : 3, i)}`,
        value: [{ text: `Value${i} ${filler(i % 5 === 0 ? 400 : 5, i + 1)}` }],
      })),
    },
    { type: 'heading', text: `Heading ${filler(200, 3)}` },
    { type: 'context', spans: [{ text: `Context ${filler(3000, 4)}` }] },
  ];
  return bigBlocks;
}

const block = fc.oneof(
  { weight: 12, arbitrary: smallBlock },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 7 }).map((i) => big()[i] as DocBlock) },
);

/** A random Doc mixing hostile text with, sometimes, oversized blocks. */
export const hostileDoc: fc.Arbitrary<Doc> = fc.record(
  {
    title: fc.oneof(line, fc.constant(`Title ${filler(300, 9)}`)),
    summary: fc.oneof(line, fc.constant(filler(2000, 5))),
    blocks: fc.array(block, { maxLength: 8 }),
    ephemeral: fc.boolean(),
  },
  { requiredKeys: ['summary', 'blocks'] },
);

const TOKEN = /[\p{L}\p{N}]+/gu;
/** Only tokens this early in a line are guaranteed to survive a cut (worst-case escaping is 5×). */
const SAFE_PREFIX = 60;

/** Single-line values (titles, headings, names) as the renderers see them. */
function single(text: string): string {
  return stripControlChars(text).replace(/\s+/g, ' ');
}

/** Span texts with a space between them: markup may sit between two spans and split a word. */
function spansText(spans: Span[]): string {
  return spans.map((s) => s.text).join(' ');
}

/** Each input line of a doc, in reading order. */
export function inputLines(doc: Doc): string[] {
  const out: string[] = [];
  const push = (text: string): void => {
    out.push(...text.split(/\r\n?|\n|[\u2028\u2029]/));
  };
  if (doc.title !== undefined) push(single(doc.title));
  for (const b of doc.blocks) {
    switch (b.type) {
      case 'heading':
        push(single(b.text));
        break;
      case 'paragraph':
      case 'context':
        push(spansText(b.spans));
        break;
      case 'list':
        for (const item of b.items) push(spansText(item));
        break;
      case 'fields':
        for (const f of b.fields) {
          push(single(f.name));
          push(spansText(f.value));
        }
        break;
      case 'sources':
        for (const s of b.sources) {
          push(single(s.title));
          push(single([s.outlet, s.published].filter((x) => x !== undefined).join(' ')));
        }
        break;
      case 'divider':
        break;
    }
  }
  return out;
}

/** The first three word tokens of a line that a cut can never remove, clipped to 12 characters. */
function leadingTokens(text: string): string[] {
  const clean = stripControlChars(text).replaceAll(ZWSP, '');
  const lead = clean.length - clean.trimStart().length;
  const out: string[] = [];
  for (const m of clean.matchAll(TOKEN)) {
    const at = (m.index ?? 0) - lead;
    if (at >= SAFE_PREFIX || out.length === 3) break;
    out.push(m[0].slice(0, Math.min(12, SAFE_PREFIX - at)));
  }
  return out;
}

/**
 * Checks that each line's leading tokens appear, in order, in the rendered text, and returns the
 * first one missing. Escaping never splits a run of letters or digits (it only touches
 * punctuation), so after removing our zero-width spaces a plain substring search is enough.
 */
export function findLostText(doc: Doc, rendered: string): string | undefined {
  const text = rendered.replaceAll(ZWSP, '');
  let at = 0;
  for (const l of inputLines(doc)) {
    for (const want of leadingTokens(l)) {
      const found = text.indexOf(want, at);
      if (found < 0) return `${JSON.stringify(want)} of line ${JSON.stringify(l.slice(0, 80))}`;
      at = found + want.length;
    }
  }
  return undefined;
}

/** All visible strings of Slack messages, in reading order. */
export function slackStrings(msgs: SlackMessage[]): string[] {
  return msgs.flatMap((m) =>
    m.blocks.flatMap((b): string[] => {
      if (b.type === 'header') return [b.text.text];
      if (b.type === 'section') return [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)];
      if (b.type === 'context') return b.elements.map((e) => e.text);
      return [];
    }),
  );
}

/** All visible strings of Discord messages, in reading order. */
export function discordStrings(msgs: DiscordMessage[]): string[] {
  return msgs.flatMap((m) => [
    m.content ?? '',
    ...m.embeds.flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? '',
    ]),
  ]);
}
