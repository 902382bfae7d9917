import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSigned, SlackFake, sendSlashCommand, slashCommandPayload } from '../support/slack-fake.js';
import { record } from './ledger.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SECRET = 'guard-secret';

function startBolt(apiUrl: string, guarded: boolean) {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'support', 'bolt-child.ts'), SECRET, apiUrl, ...(guarded ? [] : ['--no-guard'])],
    { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } },
  );
  const log: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (d: string) => log.push(d));
  const exited = once(child, 'close').then(([code]) => code as number | null);
  // The child's first line on stdout is "port N"; if it dies first, say why.
  const port = Promise.race([
    once(createInterface({ input: child.stdout }), 'line').then(([line]) => Number(/port (\d+)/.exec(String(line))?.[1])),
    exited.then(() => Promise.reject(new Error(`bolt child exited: ${log.join('')}`))),
  ]);
  return { child, port, exited, stderr: () => log.join('') };
}

/** A signed `null`: Bolt's receiver reads `body.ssl_check` of it inside a promise nobody awaits. */
async function sendNull(port: number): Promise<void> {
  await postSigned(`http://127.0.0.1:${port}/slack/events`, 'null', { secret: SECRET, contentType: 'application/json' }).catch(() => undefined);
}

describe('a library throwing outside every handler, on one request', () => {
  let fake: SlackFake;
  beforeAll(async () => {
    fake = await new SlackFake().start();
  });
  afterAll(() => fake.stop());

  it('ends an unguarded process (the probe is real)', async () => {
    const bolt = startBolt(fake.apiUrl, false);
    try {
      const port = await bolt.port;
      void sendNull(port);
      expect(await bolt.exited).not.toBe(0);
      expect(bolt.stderr()).toMatch(/TypeError/);
    } finally {
      bolt.child.kill('SIGKILL');
    }
  });

  it('is logged and survived with the guard: the next request is answered', async () => {
    const bolt = startBolt(fake.apiUrl, true);
    try {
      const port = await bolt.port;
      // Bolt never answers the null request; the client gives up on it.
      await Promise.race([sendNull(port), new Promise((r) => setTimeout(r, 2_000))]);
      for (let i = 0; i < 50 && !bolt.stderr().includes('uncaught error outside any handler'); i++) await new Promise((r) => setTimeout(r, 50));
      expect(bolt.stderr()).toContain('uncaught error outside any handler; carrying on');
      const res = await sendSlashCommand(`http://127.0.0.1:${port}/slack/events`, slashCommandPayload(fake, '/ping', ''), { secret: SECRET });
      expect(res).toEqual({ status: 200, text: 'pong' });
      expect(bolt.child.exitCode).toBeNull();
      record({ faults: 1, hostileInputs: 1, crashes: 0 });
    } finally {
      bolt.child.kill('SIGKILL');
    }
  });
});
