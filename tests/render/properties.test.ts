import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/core/render/discord.js';
import { DISCORD_EPHEMERAL_FLAG, checkDiscordMessage, checkSlackMessage } from '../../src/core/render/limits.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { renderSlack } from '../../src/core/render/slack.js';
import { discordStrings, findLostText, hostileDoc, slackStrings } from './hostile-docs.js';

const RUNS = { numRuns: 60 };
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const withoutUrls = (s: string): string => s.replace(/https?:\/\/[^\s|>)]+/g, '');

describe('renderer properties on hostile and oversized docs', () => {
  it('Slack: every message is within every Block Kit limit, mention-free and nothing is lost', () => {
    fc.assert(
      fc.property(hostileDoc, (doc) => {
        const msgs = renderSlack(doc);
        expect(msgs.length).toBeGreaterThan(0);
        for (const m of msgs) expect(checkSlackMessage(m)).toEqual([]);
        const strings = [...slackStrings(msgs), ...msgs.map((m) => m.text)];
        for (const s of strings) {
          // We never emit `<!`, `<@` or `<#` ourselves, so any occurrence came from feed text.
          expect(s).not.toMatch(/<[!@#]/);
          expect(withoutUrls(s)).not.toMatch(/@(?:channel|here|everyone)/i);
          expect(s).not.toMatch(LONE_SURROGATE);
        }
        expect(findLostText(doc, slackStrings(msgs).join('\n'))).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('Discord: every message is within every limit, mention-free, allowed_mentions empty and nothing is lost', () => {
    fc.assert(
      fc.property(hostileDoc, (doc) => {
        const msgs = renderDiscord(doc);
        expect(msgs.length).toBeGreaterThan(0);
        for (const m of msgs) {
          expect(checkDiscordMessage(m)).toEqual([]);
          expect(m.allowed_mentions).toEqual({ parse: [] });
          expect(m.flags).toBe(doc.ephemeral === true ? DISCORD_EPHEMERAL_FLAG : undefined);
        }
        for (const s of discordStrings(msgs)) {
          expect(s).not.toMatch(/<[@#]/);
          expect(withoutUrls(s)).not.toMatch(/@(?:everyone|here)/i);
          expect(s).not.toMatch(LONE_SURROGATE);
        }
        expect(findLostText(doc, discordStrings(msgs).join('\n'))).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('Markdown: no control characters, no raw HTML or live links from feed text, and nothing is lost', () => {
    fc.assert(
      fc.property(hostileDoc, (doc) => {
        const md = renderMarkdown(doc);
        expect(md).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
        expect(md).not.toMatch(LONE_SURROGATE);
        // Every `<` that isn't our own `<https://…>` autolink is escaped.
        expect(md.replace(/<https?:\/\/[^\s>]+>/g, '')).not.toMatch(/(?<!\\)</);
        expect(md).not.toMatch(/(?<!\\)\]\((?!https?:)/);
        expect(findLostText(doc, md)).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('renders the same doc to the same payload every time', () => {
    fc.assert(
      fc.property(hostileDoc, (doc) => {
        expect(renderSlack(doc)).toEqual(renderSlack(doc));
        expect(renderDiscord(doc)).toEqual(renderDiscord(doc));
      }),
      { numRuns: 20 },
    );
  });
});
