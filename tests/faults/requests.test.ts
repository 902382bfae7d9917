import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededCore } from '../adapters/helpers.js';
import { DiscordFake, FAKE_APP_ID, FAKE_CHANNEL_ID } from '../support/discord-fake.js';
import { eventPayload, FAKE_BOT_USER_ID, postSigned, SlackFake, sendEvent, sendSlashCommand, slashCommandPayload } from '../support/slack-fake.js';
import { record } from './ledger.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SECRET = 'faults-signing-secret';
const MB = 1024 * 1024;

/** Resident-memory high-water mark of a process, in MB (Linux). */
function peakRssMb(pid: number): number {
  const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

/** One POST of `bytes` bytes, as an attacker sends it; resolves with the status, or the error when the server hung up. */
function flood(url: string, bytes: Buffer, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      res.resume();
      resolve(String(res.statusCode));
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
    req.end(bytes);
  });
}

describe('hostile requests to the running bot (Slack over HTTP and Discord, one process)', () => {
  let slack: SlackFake;
  let discord: DiscordFake;
  let bot: ChildProcessWithoutNullStreams;
  let stderr = '';
  let exited: Promise<number | null>;
  let url = '';
  let cleanup: () => void;
  let probes = 0;
  let answeredTwice = 0;

  beforeAll(async () => {
    slack = await new SlackFake().start();
    discord = await new DiscordFake().start();
    const seeded = await seededCore();
    await seeded.core.close();
    cleanup = seeded.cleanup;
    bot = spawn(process.execPath, ['--max-old-space-size=256', 'bin/start.mjs'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PARLEY_DB: seeded.dbPath,
        PARLEY_POLL_FEEDS: 'false',
        PORT: '0',
        HOST: '127.0.0.1',
        SLACK_BOT_TOKEN: 'xoxb-faults',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        DISCORD_TOKEN: 'faults.discord.token',
        DISCORD_APPLICATION_ID: FAKE_APP_ID,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_MESSAGE_CONTENT: 'true',
      },
    });
    bot.stdout.resume();
    bot.stderr.on('data', (d) => {
      stderr += String(d);
    });
    exited = new Promise((r) => bot.on('close', (code) => r(code)));
    for (;;) {
      const m = /"port":(\d+),"path":"\/slack\/events","msg":"slack adapter started"/.exec(stderr);
      if (m && stderr.includes('parley is up')) {
        url = `http://127.0.0.1:${m[1]}/slack/events`;
        break;
      }
      if (bot.exitCode !== null) throw new Error(`the bot did not start:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }, 120_000);

  afterAll(async () => {
    bot?.kill('SIGKILL');
    await slack?.stop();
    await discord?.stop();
    cleanup?.();
  });

  /** A mention answered in its thread: proof that everything sent before it has been handled. */
  async function marker(): Promise<void> {
    const ts = `${Date.now()}.${Math.floor(Math.random() * 1e6)}`;
    await sendEvent(url, eventPayload({ type: 'app_mention', user: 'U0ASKER', text: `<@${FAKE_BOT_USER_ID}> who is Witkoff?`, ts, channel: 'C0MARK' }), { secret: SECRET });
    await slack.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.thread_ts === ts);
  }

  it('refuses 200 POSTs of 3.9 MB (unsigned, signed, declared or streamed) before reading them: memory stays flat', async () => {
    const body = Buffer.alloc(Math.floor(3.9 * MB), 0x61);
    const before = peakRssMb(bot.pid!);
    const ts = String(Math.floor(Date.now() / 1000));
    const kinds: Record<string, string>[] = [
      { 'content-type': 'application/json', 'content-length': String(body.length) },
      { 'content-type': 'application/json', 'content-length': String(body.length), 'x-slack-request-timestamp': ts, 'x-slack-signature': `v0=${'0'.repeat(64)}` },
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked', 'x-slack-request-timestamp': ts, 'x-slack-signature': `v0=${'0'.repeat(64)}` },
    ];
    const outcomes: string[] = [];
    for (let batch = 0; batch < 10; batch++) {
      outcomes.push(...(await Promise.all(Array.from({ length: 20 }, (_, i) => flood(url, body, kinds[(batch + i) % kinds.length]!)))));
    }
    probes += outcomes.length;
    const after = peakRssMb(bot.pid!);
    // Refused with 401/413, or cut off mid-upload (the client sees the reset before it reads the
    // refusal: how many do is a matter of scheduling, so no share is asserted); never accepted, and
    // never any other answer.
    expect(outcomes.filter((o) => !/^(?:401|413|E[A-Z]+)$/.test(o))).toEqual([]);
    expect(outcomes.filter((o) => o === '401' || o === '413').length).toBeGreaterThan(0);
    // Buffered bodies cost Bolt's receiver 868 MB here; refused ones cost nothing to speak of.
    expect(after - before).toBeLessThan(64);
    await marker();
  }, 60_000);

  it('answers a signed body that is null, an array or not JSON with 400, and keeps serving', async () => {
    for (const body of ['null', '[]', '"x"', '{"unterminated', 'payload=null']) {
      const contentType = body.startsWith('payload=') ? 'application/x-www-form-urlencoded' : 'application/json';
      const res = await postSigned(url, body, { secret: SECRET, contentType });
      probes++;
      expect(res.status, body).toBe(400);
    }
    await marker();
    expect(bot.exitCode).toBeNull();
  });

  it('answers an event delivered three times (two of them Slack retries) once', async () => {
    const ts = '1742760000.000900';
    const payload = eventPayload({ type: 'app_mention', user: 'U0ASKER', text: `<@${FAKE_BOT_USER_ID}> who leads the Ukrainian delegation?`, ts, channel: 'C0RETRY' });
    expect((await sendEvent(url, payload, { secret: SECRET })).status).toBe(200);
    for (const retry of ['1', '2']) {
      const res = await sendEvent(url, payload, { secret: SECRET, headers: { 'x-slack-retry-num': retry, 'x-slack-retry-reason': 'http_timeout' } });
      expect(res.status).toBe(200);
    }
    probes += 3;
    await slack.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.thread_ts === ts);
    await marker();
    const answers = slack.requests.filter((r) => r.path === '/api/chat.postMessage' && r.body.thread_ts === ts).length;
    answeredTwice += answers - 1;
    expect(answers).toBe(1);
  });

  it('answers a slash command replayed with the same body and timestamp once', async () => {
    const payload = slashCommandPayload(slack, '/who-leads', 'Ukraine');
    const timestamp = Math.floor(Date.now() / 1000);
    for (let i = 0; i < 3; i++) expect((await sendSlashCommand(url, payload, { secret: SECRET, timestamp })).status).toBe(200);
    probes += 3;
    const path = new URL(payload.response_url as string).pathname;
    await slack.waitFor((r) => r.path === path);
    await marker();
    const answers = slack.requests.filter((r) => r.path === path).length;
    answeredTwice += answers - 1;
    expect(answers).toBe(1);
  });

  it('answers a Discord interaction and a mention delivered twice once each', async () => {
    await discord.ready();
    const i = discord.sendCommand('who-leads', [{ name: 'party', type: 3, value: 'Ukraine' }]);
    const callback = `/api/v10/interactions/${i.id}/${i.token}/callback`;
    await discord.waitFor((r) => r.path === callback);
    discord.redeliver(i.id);
    const mention = discord.sendMention('who is Witkoff?');
    const replies = () => discord.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${FAKE_CHANNEL_ID}/messages` && JSON.stringify(r.body).includes(mention));
    await discord.waitFor(() => replies().length > 0);
    discord.redeliver(mention);
    // A fresh mention, answered after the replays were delivered.
    const last = discord.sendMention('who leads the Russian delegation?');
    await discord.waitFor((r) => r.method === 'POST' && JSON.stringify(r.body).includes(last));
    probes += 2;
    const doubled = discord.requests.filter((r) => r.path === callback).length - 1 + (replies().length - 1);
    answeredTwice += doubled;
    expect(doubled).toBe(0);
  });

  it('refuses a 40,000-character mention on its length, on Slack and on Discord', async () => {
    const long = `who leads ${'the Ukrainian delegation, '.repeat(1_600)}?`;
    expect(long.length).toBeGreaterThan(40_000);
    const ts = '1742760000.004000';
    await sendEvent(url, eventPayload({ type: 'app_mention', user: 'U0ASKER', text: `<@${FAKE_BOT_USER_ID}> ${long}`, ts, channel: 'C0LONG' }), { secret: SECRET });
    const slackAnswer = await slack.waitFor((r) => r.path === '/api/chat.postEphemeral' && r.body.channel === 'C0LONG');
    expect(JSON.stringify(slackAnswer.body)).toMatch(/That message is 4\d,\d{3} characters; Parley reads at most 1,000/);
    const id = discord.sendMention(long);
    const discordAnswer = await discord.waitFor((r) => r.method === 'POST' && JSON.stringify(r.body).includes(id));
    expect(JSON.stringify(discordAnswer.body)).toMatch(/That message is 4\d,\d{3} characters/);
    probes += 2;
  });

  it('binds the events endpoint and /healthz to HOST, and exits 0 on SIGTERM after all of it', async () => {
    const port = new URL(url).port;
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect(stderr).not.toMatch(/uncaught error|FATAL|heap out of memory/);
    bot.kill('SIGTERM');
    const code = await exited;
    record({ faults: probes, hostileInputs: probes, crashes: code === 0 ? 0 : 1, answeredTwice });
    expect(code).toBe(0);
  });
});
