import { createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { bodyShapeProblem, MAX_SLACK_BODY_BYTES, readSignedBody } from '../../src/adapters/slack/http-front.js';

const SECRET = 'front-secret';
const NOW = 1_742_760_000;

/**
 * A request whose body the reader pulls chunk by chunk: `consumed` counts the bytes pulled so far.
 * When `open`, the sender never stops (a body without end) unless the reader stops pulling.
 */
function incoming(headers: Record<string, string>, chunks: Buffer[], open = false): IncomingMessage & { consumed: () => number } {
  let i = 0;
  let consumed = 0;
  const stream = new Readable({
    highWaterMark: 1,
    read() {
      const chunk = chunks[i % chunks.length];
      if (chunk && (open || i < chunks.length)) {
        i++;
        consumed += chunk.length;
        this.push(chunk);
      } else {
        this.push(null);
      }
    },
  });
  return Object.assign(stream, { headers, consumed: () => consumed }) as unknown as IncomingMessage & { consumed: () => number };
}

function signed(body: string, ts = NOW, secret = SECRET): Record<string, string> {
  return { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}` };
}

describe('reading a Slack request body', () => {
  it('accepts a body whose signature, computed as it streams, matches', async () => {
    const body = 'command=%2Fwho-leads&text=Ukraine';
    const r = await readSignedBody(incoming(signed(body), [Buffer.from(body.slice(0, 10)), Buffer.from(body.slice(10))]), { signingSecret: SECRET, nowS: NOW });
    expect(r).toEqual({ ok: true, body: Buffer.from(body), signed: true });
  });

  it('refuses a wrong secret, a stale or malformed signature', async () => {
    const body = '{"type":"event_callback"}';
    const cases = [signed(body, NOW, 'other-secret'), signed(body, NOW - 301), { ...signed(body), 'x-slack-signature': 'v0=abc' }, { 'x-slack-signature': signed(body)['x-slack-signature']! }];
    for (const headers of cases) {
      expect(await readSignedBody(incoming(headers, [Buffer.from(body)]), { signingSecret: SECRET, nowS: NOW })).toMatchObject({ ok: false, status: 401 });
    }
  });

  it('refuses on the headers alone, before reading a byte: a stale signature, or a declared size over the cap', async () => {
    const stale = incoming(signed('x', NOW - 3600), [Buffer.alloc(1000)], true);
    expect(await readSignedBody(stale, { signingSecret: SECRET, nowS: NOW })).toMatchObject({ ok: false, status: 401 });
    const big = incoming({ ...signed('x'), 'content-length': String(4 * 1024 * 1024) }, [Buffer.alloc(1000)], true);
    expect(await readSignedBody(big, { signingSecret: SECRET, nowS: NOW })).toMatchObject({ ok: false, status: 413 });
    expect(stale.consumed() + big.consumed()).toBe(0);
  });

  it('stops reading a streamed body as soon as it passes the cap (64 KB signed, 1 KB unsigned)', async () => {
    const chunk = Buffer.alloc(16 * 1024, 0x61);
    const streamed = incoming(signed('x'), [chunk], true);
    expect(await readSignedBody(streamed, { signingSecret: SECRET, nowS: NOW })).toMatchObject({ ok: false, status: 413 });
    expect(streamed.consumed()).toBeLessThanOrEqual(MAX_SLACK_BODY_BYTES + 2 * chunk.length);
    const unsigned = incoming({}, [chunk], true);
    expect(await readSignedBody(unsigned, { signingSecret: SECRET, nowS: NOW })).toMatchObject({ ok: false, status: 401 });
    expect(unsigned.consumed()).toBeLessThanOrEqual(3 * chunk.length);
  });

  it('lets a small unsigned body through to Bolt (Slack\'s ssl_check is sent unsigned; Bolt refuses the rest)', async () => {
    expect(await readSignedBody(incoming({}, [Buffer.from('ssl_check=1&token=x')]), { signingSecret: SECRET, nowS: NOW })).toMatchObject({ ok: true, signed: false });
  });
});

describe('the body shapes Bolt can take', () => {
  it('accepts JSON objects and forms, refuses null, arrays, scalars, bad JSON and a payload that is not an object', () => {
    expect(bodyShapeProblem(Buffer.from('{"type":"url_verification"}'), 'application/json')).toBeNull();
    expect(bodyShapeProblem(Buffer.from('command=%2Fask&text=hi'), 'application/x-www-form-urlencoded')).toBeNull();
    expect(bodyShapeProblem(Buffer.from('payload=%7B%22type%22%3A%22block_actions%22%7D'), 'application/x-www-form-urlencoded')).toBeNull();
    for (const [body, type] of [['null', 'application/json'], ['[]', 'application/json'], ['3', 'application/json'], ['{', 'application/json'], ['payload=null', 'application/x-www-form-urlencoded'], ['payload=%5B%5D', 'application/x-www-form-urlencoded']] as const) {
      expect(bodyShapeProblem(Buffer.from(body), type), body).not.toBeNull();
    }
  });
});
