import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { SEED_FEED, tempCore } from '../support/temp-core.js';

const PLATFORM_VARS = ['SLACK_BOT_TOKEN', 'SLACK_API_URL', 'DISCORD_TOKEN', 'DISCORD_API_URL'];

describe('parley post-due: arguments and configuration', () => {
  let env: ReturnType<typeof tempCore>;
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    env = tempCore();
    await env.core.ingest([SEED_FEED]);
    for (const k of PLATFORM_VARS) {
      saved[k] = process.env[k];
      delete process.env[k];
    }
  });
  afterAll(async () => {
    for (const k of PLATFORM_VARS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    await env.cleanup();
  });

  async function cli(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli([...args, '--db', env.dbPath], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
    return { code, stdout, stderr };
  }

  it('refuses a --now that is not an ISO instant with its zone, in one line, exit 2', async () => {
    for (const bad of ['yesterday', '2025-03-24T06:00:00', '2025-02-30T06:00:00Z', '2025-03-24 06:00Z']) {
      const r = await cli(['post-due', '--now', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr.trim().split('\n'), bad).toHaveLength(1);
      expect(r.stderr).toContain('--now takes an ISO instant with its zone, e.g. --now 2025-03-24T06:00:00Z');
    }
  });

  it('says which variables to set when no platform is configured, exit 2', async () => {
    const r = await cli(['post-due', '--now', '2025-03-24T06:00:00Z']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('parley post-due: no platform to post to: set SLACK_BOT_TOKEN and/or DISCORD_TOKEN (see .env.example)\n');
  });

  it('skips a malformed platform group with one line and still runs the other', async () => {
    process.env.SLACK_BOT_TOKEN = 'xoxp-a-user-token';
    process.env.DISCORD_TOKEN = 'cli.test.token';
    try {
      const r = await cli(['post-due', '--now', '2025-03-24T06:00:00+02:00']);
      expect(r.stderr).toBe('parley post-due: Slack skipped: SLACK_BOT_TOKEN: expected a bot token starting with xoxb-\n');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('post-due at 2025-03-24T04:00:00.000Z: 0 posted, 0 skipped, 0 failed, 0 unreachable, 0 not due yet\n');
    } finally {
      delete process.env.SLACK_BOT_TOKEN;
      delete process.env.DISCORD_TOKEN;
    }
  });

  it('lists post-due in the usage text, and gives its options with --help', async () => {
    let out = '';
    await runCli(['help'], { stdout: (s) => (out += s), stderr: () => {} });
    expect(out).toMatch(/^ {2}post-due +Post the briefings now due/m);
    let help = '';
    await runCli(['post-due', '--help'], { stdout: (s) => (help += s), stderr: () => {} });
    expect(help).toContain('Usage: parley post-due [--now ISO]');
    expect(help).toMatch(/--now ISO +run as if at this instant/);
  });
});
