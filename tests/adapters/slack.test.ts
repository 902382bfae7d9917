import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../src/adapters/dispatch.js';
import { createHealth } from '../../src/adapters/health.js';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import type { Core } from '../../src/core/core.js';
import { checkSlackMessage } from '../../src/core/render/limits.js';
import type { SlackMessage } from '../../src/core/render/slack.js';
import {
  eventPayload,
  FAKE_BOT_USER_ID,
  type RecordedRequest,
  SlackFake,
  sendEvent,
  sendSlashCommand,
  slashCommandPayload,
} from '../support/slack-fake.js';
import { recordingLogger, seededCore } from './helpers.js';

const SECRET = 'test-signing-secret';

/** Everything the bot sent to Slack must respect Slack's limits and never ping anyone. */
function expectValidSlack(req: RecordedRequest): void {
  const msg = { text: req.body.text, blocks: req.body.blocks ?? [] } as SlackMessage;
  expect(checkSlackMessage(msg), JSON.stringify(msg).slice(0, 500)).toEqual([]);
}

/** The dispatcher with its entry points counted, to prove a refused request never reached one. */
function counting(d: Dispatcher): { dispatcher: Dispatcher; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    dispatcher: {
      ...d,
      commands: d.commands,
      dispatch: (name, input, ctx) => {
        calls.push(name);
        return d.dispatch(name, input, ctx);
      },
      message: (text, ctx) => {
        calls.push(`message:${text}`);
        return d.message(text, ctx);
      },
    },
  };
}

describe('Slack over HTTP (Bolt HTTPReceiver against a fake Slack)', () => {
  let fake: SlackFake;
  let core: Core;
  let cleanup: () => void;
  let adapter: SlackAdapter;
  let calls: string[];
  let url: string;
  const logger = recordingLogger();

  beforeAll(async () => {
    fake = await new SlackFake().start();
    const seeded = await seededCore();
    core = seeded.core;
    cleanup = seeded.cleanup;
    const counted = counting(createDispatcher({ core, logger }));
    calls = counted.calls;
    const adapters: SlackAdapter[] = [];
    adapter = createSlackAdapter({
      config: { botToken: 'xoxb-test-token', signingSecret: SECRET, mode: 'http', apiUrl: fake.apiUrl, adminUsers: [] },
      dispatcher: counted.dispatcher,
      logger,
      health: createHealth({ core, adapters: () => adapters, inFlight: () => 0 }),
      port: 0,
      host: '127.0.0.1',
    });
    adapters.push(adapter);
    await adapter.start();
    url = `http://127.0.0.1:${adapter.port()}/slack/events`;
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.stop();
    cleanup?.();
  });

  it('answers a signed /who-leads Ukraine via response_url, naming the leader', async () => {
    const payload = slashCommandPayload(fake, '/who-leads', 'Ukraine');
    const res = await sendSlashCommand(url, payload, { secret: SECRET });
    expect(res.status).toBe(200);
    const path = new URL(payload.response_url as string).pathname;
    const answer = await fake.waitFor((r) => r.path === path);
    expect(answer.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer.body)).toContain('Rustem Umerov');
    expectValidSlack(answer);
  });

  it('posts in the channel when asked with public:true', async () => {
    const payload = slashCommandPayload(fake, '/who-leads', 'United States public:true');
    await sendSlashCommand(url, payload, { secret: SECRET });
    const answer = await fake.waitFor((r) => r.path === new URL(payload.response_url as string).pathname);
    expect(answer.body.response_type).toBe('in_channel');
    expect(JSON.stringify(answer.body)).toMatch(/Andrew Peek[\s\S]*Michael Anton|Michael Anton[\s\S]*Andrew Peek/);
    expectValidSlack(answer);
  });

  it('tells the asker privately what to type instead of a bad option', async () => {
    const payload = slashCommandPayload(fake, '/who-leads', 'Ukraine rond:Riyadh');
    await sendSlashCommand(url, payload, { secret: SECRET });
    const answer = await fake.waitFor((r) => r.path === new URL(payload.response_url as string).pathname);
    expect(answer.body.response_type).toBe('ephemeral');
    expect(String(answer.body.text)).toContain('Try: /who-leads Ukraine round:Riyadh');
    expectValidSlack(answer);
  });

  it('refuses a forged signature with 401 before any handler runs', async () => {
    const before = calls.length;
    const payload = slashCommandPayload(fake, '/who-leads', 'Ukraine');
    const res = await sendSlashCommand(url, payload, { secret: SECRET, wrongSecret: 'not-the-secret' });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(calls.length).toBe(before);
    expect(fake.requests.some((r) => r.path === new URL(payload.response_url as string).pathname)).toBe(false);
  });

  it('refuses a replayed request whose timestamp is over 5 minutes old', async () => {
    const before = calls.length;
    const payload = slashCommandPayload(fake, '/who-leads', 'Ukraine');
    const res = await sendSlashCommand(url, payload, { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(calls.length).toBe(before);
  });

  it('answers an @mention in a thread with chat.postMessage', async () => {
    const ts = '1742760000.000100';
    const res = await sendEvent(
      url,
      eventPayload({ type: 'app_mention', user: 'U0ASKER', text: `<@${FAKE_BOT_USER_ID}> who leads the Ukrainian delegation?`, ts, channel: 'C0NEWS' }),
      { secret: SECRET },
    );
    expect(res.status).toBe(200);
    const post = await fake.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.thread_ts === ts);
    expect(post.body.channel).toBe('C0NEWS');
    expect(JSON.stringify(post.body)).toContain('Rustem Umerov');
    expect(post.headers.authorization).toBe('Bearer xoxb-test-token');
    expectValidSlack(post);
  });

  it('answers a direct message', async () => {
    await sendEvent(
      url,
      eventPayload({ type: 'message', channel_type: 'im', user: 'U0ASKER', text: 'who is Witkoff?', ts: '1742760001.000200', channel: 'D0DM' }),
      { secret: SECRET },
    );
    const post = await fake.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'D0DM');
    expect(JSON.stringify(post.body)).toContain('Witkoff');
    expectValidSlack(post);
  });

  it('serves /healthz with db and adapter status', async () => {
    const res = await fetch(`http://127.0.0.1:${adapter.port()}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', db: 'ok', adapters: { slack: { state: 'up', mode: 'http' } } });
  });

  it('sent only messages that pass the Slack checks, and never logged the token', () => {
    for (const r of fake.posted()) expectValidSlack(r);
    expect(JSON.stringify(logger.entries)).not.toContain('xoxb-test-token');
  });
});

describe('Slack in Socket Mode', () => {
  let fake: SlackFake;
  let cleanup: () => void;
  let adapter: SlackAdapter;

  beforeAll(async () => {
    fake = await new SlackFake().start();
    const seeded = await seededCore();
    cleanup = seeded.cleanup;
    const logger = recordingLogger();
    adapter = createSlackAdapter({
      config: { botToken: 'xoxb-test-token', appToken: 'xapp-test-token', mode: 'socket', apiUrl: fake.apiUrl, adminUsers: [] },
      dispatcher: createDispatcher({ core: seeded.core, logger }),
      logger,
      health: () => ({ status: 'ok', db: 'ok', adapters: {}, inFlight: 0 }),
      port: 0,
      host: '127.0.0.1',
    });
    await adapter.start();
    await fake.socketConnected();
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.stop();
    cleanup?.();
  });

  it('acks a slash command envelope and answers via response_url', async () => {
    const payload = slashCommandPayload(fake, '/actor', 'Witkoff');
    const ack = await fake.sendEnvelope('slash_commands', payload);
    expect(ack.envelope_id).toMatch(/^env-/);
    const answer = await fake.waitFor((r) => r.path === new URL(payload.response_url as string).pathname);
    expect(JSON.stringify(answer.body)).toContain('Steve Witkoff');
    expect(JSON.stringify(answer.body)).toMatch(/special envoy for Russia/i);
    expectValidSlack(answer);
  });

  it('serves /healthz on HOST itself (Bolt\'s Socket Mode server would listen on every interface)', async () => {
    const res = await fetch(`http://127.0.0.1:${adapter.port()}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('answers an app_mention event envelope in thread', async () => {
    const ts = '1742760002.000300';
    await fake.sendEnvelope('events_api', eventPayload({ type: 'app_mention', user: 'U0ASKER', text: `<@${FAKE_BOT_USER_ID}> who leads the Ukrainian delegation?`, ts, channel: 'C0NEWS' }));
    const post = await fake.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.thread_ts === ts);
    expect(JSON.stringify(post.body)).toContain('Rustem Umerov');
    expectValidSlack(post);
  });
});
