import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/discord-adapter.js';
import { type AskContext, createDispatcher, type DispatchOutcome, type Dispatcher } from '../../src/adapters/dispatch.js';
import { forTerminal, startShell } from '../../src/adapters/shell/shell.js';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import type { Doc } from '../../src/core/render/doc.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { DiscordFake, FAKE_APP_ID } from '../support/discord-fake.js';
import { eventPayload, FAKE_BOT_USER_ID, SlackFake, sendEvent, sendSlashCommand, slashCommandPayload } from '../support/slack-fake.js';
import { eventually, recordingLogger, seededCore } from './helpers.js';

const SECRET = 'parity-secret';

/** The same questions, as each platform sends them. */
const CASES = [
  { shell: '/who-leads Ukraine', slack: ['/who-leads', 'Ukraine'], discord: ['who-leads', [{ name: 'party', type: 3, value: 'Ukraine' }]] },
  { shell: '/actor Witkoff', slack: ['/actor', 'Witkoff'], discord: ['actor', [{ name: 'name', type: 3, value: 'Witkoff' }]] },
  { shell: '/timeline topic:maritime', slack: ['/timeline', 'topic:maritime'], discord: ['timeline', [{ name: 'topic', type: 3, value: 'maritime' }]] },
  { shell: '/brief date:2025-03-23', slack: ['/brief', 'date:2025-03-23'], discord: ['brief', [{ name: 'date', type: 3, value: '2025-03-23' }]] },
  { shell: '/parley help', slack: ['/parley', 'help'], discord: ['parley', [{ name: 'help', type: 1, options: [] }]] },
  { shell: 'who leads the Russian delegation?', mention: 'who leads the Russian delegation?' },
] as const;

/** Records the Doc every platform call produced, in order, per platform. */
function capturing(d: Dispatcher): { dispatcher: Dispatcher; docs: Record<AskContext['platform'], Doc[]> } {
  const docs: Record<AskContext['platform'], Doc[]> = { slack: [], discord: [], shell: [] };
  const keep = (ctx: AskContext) => (o: DispatchOutcome) => {
    docs[ctx.platform].push(o.doc);
    return o;
  };
  return {
    docs,
    dispatcher: {
      ...d,
      commands: d.commands,
      prepare: async (name, input, ctx) => {
        const p = await d.prepare(name, input, ctx);
        if (!p.ok) {
          keep(ctx)(p.outcome);
          return p;
        }
        return { ok: true, call: { ...p.call, run: () => p.call.run().then(keep(ctx)) } };
      },
      dispatch: (name, input, ctx) => d.dispatch(name, input, ctx).then(keep(ctx)),
      message: (text, ctx) => d.message(text, ctx).then(keep(ctx)),
    },
  };
}

describe('parity: the same answers on Slack, Discord and the shell', () => {
  let slackFake: SlackFake;
  let discordFake: DiscordFake;
  let slack: SlackAdapter;
  let discord: DiscordAdapter;
  let cleanup: () => void;
  let captured: ReturnType<typeof capturing>;

  beforeAll(async () => {
    [slackFake, discordFake] = await Promise.all([new SlackFake().start(), new DiscordFake().start()]);
    const seeded = await seededCore();
    cleanup = seeded.cleanup;
    const logger = recordingLogger();
    captured = capturing(createDispatcher({ core: seeded.core, logger }));
    slack = createSlackAdapter({
      config: { botToken: 'xoxb-parity', signingSecret: SECRET, mode: 'http', apiUrl: slackFake.apiUrl, adminUsers: [] },
      dispatcher: captured.dispatcher,
      logger,
      health: () => ({ status: 'ok', db: 'ok', adapters: {}, inFlight: 0 }),
      port: 0,
      host: '127.0.0.1',
    });
    discord = createDiscordAdapter({
      config: { token: 'parity.discord.token', applicationId: FAKE_APP_ID, apiUrl: discordFake.apiUrl, messageContent: true },
      dispatcher: captured.dispatcher,
      logger,
    });
    await Promise.all([slack.start(), discord.start()]);
  });

  afterAll(async () => {
    await Promise.allSettled([slack?.stop(), discord?.stop()]);
    await Promise.allSettled([slackFake?.stop(), discordFake?.stop()]);
    cleanup?.();
  });

  it('produces identical Docs (and so identical Markdown) for five commands and a plain question', async () => {
    // Shell, in process, over streams.
    const input = new PassThrough();
    const output = new PassThrough();
    let shellOut = '';
    output.on('data', (d) => {
      shellOut += String(d);
    });
    const shell = startShell({ dispatcher: captured.dispatcher, input, output, interactive: false });
    input.end(`${CASES.map((c) => c.shell).join('\n')}\n`);
    await shell.done;

    const url = `http://127.0.0.1:${slack.port()}/slack/events`;
    for (const [n, c] of CASES.entries()) {
      if ('slack' in c) {
        await sendSlashCommand(url, slashCommandPayload(slackFake, c.slack[0], c.slack[1]), { secret: SECRET });
        discordFake.sendCommand(c.discord[0], [...c.discord[1]] as Record<string, unknown>[]);
      } else {
        await sendEvent(url, eventPayload({ type: 'app_mention', user: 'U0ASKER', text: `<@${FAKE_BOT_USER_ID}> ${c.mention}`, ts: `1742760100.00${n}`, channel: 'C0NEWS' }), { secret: SECRET });
        discordFake.sendMention(c.mention);
      }
      // One at a time, so each platform's Docs come in the order of CASES.
      await eventually(() => {
        expect(captured.docs.slack.length).toBe(n + 1);
        expect(captured.docs.discord.length).toBe(n + 1);
      });
    }

    expect(captured.docs.shell).toHaveLength(CASES.length);
    for (const [n] of CASES.entries()) {
      const md = renderMarkdown(captured.docs.shell[n] as Doc);
      expect(renderMarkdown(captured.docs.slack[n] as Doc), CASES[n]?.shell).toBe(md);
      expect(renderMarkdown(captured.docs.discord[n] as Doc), CASES[n]?.shell).toBe(md);
      expect(shellOut).toContain(forTerminal(md).trimEnd());
    }
    expect(captured.docs.shell.every((d) => !d.summary.startsWith('Something went wrong'))).toBe(true);
  });
});
