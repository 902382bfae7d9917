import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/core/render/discord.js';
import type { Doc } from '../../src/core/render/doc.js';
import {
  DISCORD_EMBED_DESCRIPTION_MAX,
  SLACK_HEADER_TEXT_MAX,
  SLACK_SECTION_TEXT_MAX,
  checkDiscordMessage,
  checkSlackMessage,
} from '../../src/core/render/limits.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { ZWSP } from '../../src/core/render/sanitize.js';
import { type SlackMessage, renderSlack } from '../../src/core/render/slack.js';

const sectionText = (m: SlackMessage | undefined, i: number): string | undefined => {
  const b = m?.blocks[i];
  return b?.type === 'section' ? b.text?.text : undefined;
};
const sectionField = (m: SlackMessage | undefined, i: number): string | undefined => {
  const b = m?.blocks[i];
  return b?.type === 'section' ? b.fields?.[0]?.text : undefined;
};

const briefing: Doc = {
  title: 'Riyadh talks: day two',
  summary: 'Ukraine and the US met again in Riyadh',
  blocks: [
    { type: 'heading', text: 'What happened' },
    {
      type: 'paragraph',
      spans: [
        { text: 'Delegations met ' },
        { text: 'for six hours', bold: true },
        { text: ' at the ' },
        { text: 'Ritz-Carlton', link: 'https://example.com/ritz' },
        { text: '.' },
      ],
    },
    { type: 'list', items: [[{ text: 'Energy strikes' }], [{ text: 'Black Sea navigation' }]] },
    { type: 'fields', fields: [{ name: 'Ukraine', value: [{ text: 'Rustem Umerov' }] }] },
    { type: 'divider' },
    { type: 'sources', sources: [{ title: 'Talks resume', url: 'https://news.example/a', outlet: 'Reuters', published: '2025-03-24' }] },
    { type: 'context', spans: [{ text: 'Updated 09:00 UTC' }] },
  ],
};

describe('renderMarkdown', () => {
  it('renders headings, bold, links, lists, fields and numbered sources', () => {
    expect(renderMarkdown(briefing)).toBe(
      [
        '# Riyadh talks: day two',
        '',
        '## What happened',
        '',
        'Delegations met **for six hours** at the [Ritz-Carlton](https://example.com/ritz).',
        '',
        '- Energy strikes',
        '- Black Sea navigation',
        '',
        '- **Ukraine**: Rustem Umerov',
        '',
        '---',
        '',
        '1. [Talks resume](https://news.example/a) — Reuters · 2025-03-24',
        '',
        '_Updated 09:00 UTC_',
        '',
      ].join('\n'),
    );
  });

  it('drops non-http links but keeps their text', () => {
    const md = renderMarkdown({ summary: '', blocks: [{ type: 'paragraph', spans: [{ text: 'click', link: 'javascript:alert(1)' }] }] });
    expect(md).toBe('click\n');
  });

  it('shows a label that pretends to be another site next to the real URL', () => {
    const md = renderMarkdown({ summary: '', blocks: [{ type: 'paragraph', spans: [{ text: 'paypal.com', link: 'https://evil.example/x' }] }] });
    expect(md).toBe('paypal.com <https://evil.example/x>\n');
  });
});

describe('renderSlack', () => {
  it('renders one message with a header, mrkdwn sections, fields, divider and context', () => {
    const [msg, ...rest] = renderSlack(briefing);
    expect(rest).toEqual([]);
    expect(msg?.text).toBe('Ukraine and the US met again in Riyadh');
    expect(msg?.blocks.map((b) => b.type)).toEqual([
      'header',
      'header',
      'section',
      'section',
      'section',
      'divider',
      'section',
      'context',
    ]);
    expect(sectionText(msg, 2)).toBe(
      'Delegations met *for six hours* at the <https://example.com/ritz|Ritz-Carlton>.',
    );
    expect(sectionField(msg, 4)).toBe('*Ukraine*\nRustem Umerov');
    expect(checkSlackMessage(msg!)).toEqual([]);
  });

  it('marks every mrkdwn text verbatim so Slack does not auto-link feed text', () => {
    const blocks = renderSlack(briefing)[0]?.blocks ?? [];
    for (const b of blocks) if (b.type === 'section' && b.text) expect(b.text.verbatim).toBe(true);
  });

  it('keeps | and > out of link URLs and escapes the label', () => {
    const [msg] = renderSlack({
      summary: 's',
      blocks: [{ type: 'paragraph', spans: [{ text: 'a <b> & *c*', link: 'https://x.example/p?a=1&b=2|3>' }] }],
    });
    expect(sectionText(msg, 0)).toBe(
      '<https://x.example/p?a=1&amp;b=2%7C3%3E|a &lt;b&gt; &amp; ∗c∗>',
    );
  });

  it('continues a long doc in thread replies instead of cutting it', () => {
    const items = Array.from({ length: 3000 }, (_, i) => [{ text: `Point ${i} about the talks` }]);
    const msgs = renderSlack({ title: 'Long', summary: 'Long doc', blocks: [{ type: 'list', items }] });
    expect(msgs.length).toBeGreaterThan(1);
    for (const m of msgs) expect(checkSlackMessage(m)).toEqual([]);
    const text = msgs.flatMap((m) => m.blocks.map((b) => (b.type === 'section' ? (b.text?.text ?? '') : ''))).join('\n');
    expect(text).toContain('• Point 0 about the talks');
    expect(text).toContain('• Point 2999 about the talks');
    expect(msgs[1]?.text).toBe(`Long doc (2/${msgs.length})`);
    expect(msgs[1]?.blocks[0]?.type).not.toBe('header');
  });

  it('cuts only a single over-long line, with an ellipsis and without splitting an entity', () => {
    const [msg] = renderSlack({ summary: 's', title: '<'.repeat(400), blocks: [{ type: 'paragraph', spans: [{ text: '&'.repeat(5000) }] }] });
    const header = msg?.blocks[0];
    expect(header?.type === 'header' && header.text.text.length).toBeLessThanOrEqual(SLACK_HEADER_TEXT_MAX);
    const section = sectionText(msg, 1) ?? '';
    expect(section.length).toBeLessThanOrEqual(SLACK_SECTION_TEXT_MAX);
    expect(section).toMatch(/^(&amp;)+…$/);
  });

  it('turns a field too long for a field into section text', () => {
    const [msg] = renderSlack({ summary: 's', blocks: [{ type: 'fields', fields: [{ name: 'Long', value: [{ text: 'x '.repeat(1500) }] }] }] });
    expect(msg?.blocks[0]).toMatchObject({ type: 'section', text: { type: 'mrkdwn' } });
    expect(checkSlackMessage(msg!)).toEqual([]);
  });
});

describe('renderDiscord', () => {
  it('renders one embed with title, description and fields, and never allows mentions', () => {
    const [msg, ...rest] = renderDiscord(briefing);
    expect(rest).toEqual([]);
    expect(msg?.allowed_mentions).toEqual({ parse: [] });
    expect(msg?.flags).toBeUndefined();
    expect(msg?.embeds[0]?.title).toBe('Riyadh talks: day two');
    expect(msg?.embeds[0]?.description).toBe(
      [
        '**What happened**',
        '',
        'Delegations met **for six hours** at the [Ritz-Carlton](https://example.com/ritz).',
        '',
        '• Energy strikes',
        '• Black Sea navigation',
      ].join('\n'),
    );
    expect(msg?.embeds[0]?.fields).toEqual([{ name: 'Ukraine', value: 'Rustem Umerov', inline: true }]);
    // The divider starts a new embed; sources and context follow in order.
    expect(msg?.embeds[1]?.description).toBe(
      '1\\. [Talks resume](https://news.example/a) — Reuters · 2025-03-24\n\n*Updated 09:00 UTC*',
    );
    expect(checkDiscordMessage(msg!)).toEqual([]);
  });

  it('sets the ephemeral flag on every message of an ephemeral doc', () => {
    const items = Array.from({ length: 2000 }, (_, i) => [{ text: `Item ${i}` }]);
    const msgs = renderDiscord({ summary: 's', ephemeral: true, blocks: [{ type: 'list', items }] });
    expect(msgs.length).toBeGreaterThan(1);
    for (const m of msgs) expect(m.flags).toBe(64);
  });

  it('splits at line boundaries across embeds and messages, in order, without losing a line', () => {
    const items = Array.from({ length: 5000 }, (_, i) => [{ text: `Item ${i} ${'x'.repeat(i % 50)}` }]);
    const msgs = renderDiscord({ summary: 's', blocks: [{ type: 'list', items }] });
    const lines = msgs.flatMap((m) => m.embeds.flatMap((e) => (e.description ?? '').split('\n')));
    expect(lines).toEqual(items.map((item) => `• ${item[0]?.text.trimEnd()}`));
    for (const m of msgs) expect(checkDiscordMessage(m)).toEqual([]);
  });

  it('cuts a single line longer than a description with an ellipsis and no dangling escape', () => {
    const [msg] = renderDiscord({ summary: 's', blocks: [{ type: 'paragraph', spans: [{ text: '*'.repeat(10_000) }] }] });
    const d = msg?.embeds[0]?.description ?? '';
    expect(d.length).toBeLessThanOrEqual(DISCORD_EMBED_DESCRIPTION_MAX);
    expect(d).toMatch(/^(\\\*)+…$/);
  });

  it('never splits a surrogate pair when cutting', () => {
    const [msg] = renderDiscord({ summary: 's', title: '😀'.repeat(300), blocks: [] });
    const title = msg?.embeds[0]?.title ?? '';
    expect(title.endsWith('…')).toBe(true);
    expect(checkDiscordMessage(msg!)).toEqual([]);
  });

  it('neutralises mentions split across spans', () => {
    const [msg] = renderDiscord({
      summary: 's',
      blocks: [{ type: 'paragraph', spans: [{ text: 'hi <' }, { text: '@123>' }, { text: ' @every' }, { text: 'one' }] }],
    });
    expect(msg?.embeds[0]?.description).toBe(`hi <${ZWSP}@123\\> @${ZWSP}everyone`);
  });

  it('gives an empty doc a valid message', () => {
    const msgs = renderDiscord({ summary: '', blocks: [] });
    expect(msgs).toHaveLength(1);
    expect(checkDiscordMessage(msgs[0]!)).toEqual([]);
  });
});

describe('payload checkers', () => {
  it('report Slack limit and safety violations', () => {
    const v = checkSlackMessage({
      text: '<!channel>',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } },
        { type: 'section', text: { type: 'mrkdwn', text: 'a & b' } },
        { type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn' as const, text: 'f' })) },
        ...Array.from({ length: 50 }, () => ({ type: 'divider' as const })),
      ],
    });
    expect(v).toEqual([
      'text: live mention "<!channel>"',
      'blocks: 53 > 50',
      'blocks[0].text: 151 characters > 150',
      'blocks[1].text: unescaped or cut entity',
      'blocks[2]: 11 fields > 10',
    ]);
  });

  it('report Discord limit and safety violations', () => {
    const v = checkDiscordMessage({
      embeds: [{ title: 't'.repeat(257), description: '@everyone \\', fields: [{ name: '', value: 'v'.repeat(1025) }] }],
      allowed_mentions: { parse: ['everyone'] as unknown as [] },
    });
    expect(v).toEqual([
      'allowed_mentions must be { parse: [] }',
      'embeds[0].fields[0]: empty name or value',
      'embeds[0].title: 257 characters > 256',
      'embeds[0].description: live mention "@everyone"',
      'embeds[0].description: ends with a dangling backslash',
      'embeds[0].fields[0].value: 1025 characters > 1024',
    ]);
  });
});
