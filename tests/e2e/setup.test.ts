import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededCore } from '../adapters/helpers.js';
import { DiscordFake, FAKE_APP_ID } from '../support/discord-fake.js';
import { ROOT, runNode, STACK_LINE, waitForText } from '../support/processes.js';
import { SlackFake, sendSlashCommand, slashCommandPayload } from '../support/slack-fake.js';

const START = join(ROOT, 'bin', 'start.mjs');
const PARLEY = join(ROOT, 'bin', 'parley.mjs');

/** `.env.example` filled in as a team would: the given values replace the empty or example ones. */
function filledEnvExample(values: Record<string, string>): string {
  let text = readFileSync(join(ROOT, '.env.example'), 'utf8');
  for (const [key, value] of Object.entries(values)) {
    const line = new RegExp(`^#? ?${key}=.*$`, 'm');
    text = line.test(text) ? text.replace(line, `${key}=${value}`) : `${text}\n${key}=${value}\n`;
  }
  return text;
}

/** The bot on loopback with the given platforms; Slack in HTTP mode unless an app token is given. */
function botEnv(db: string, p: { slack?: { token: string; apiUrl: string; appToken?: string }; discord?: { token: string; apiUrl: string } }): Record<string, string> {
  return {
    PARLEY_DB: db,
    PORT: '0',
    HOST: '127.0.0.1',
    ...(p.slack
      ? { SLACK_BOT_TOKEN: p.slack.token, SLACK_API_URL: p.slack.apiUrl, ...(p.slack.appToken ? { SLACK_APP_TOKEN: p.slack.appToken } : { SLACK_SIGNING_SECRET: 's' }) }
      : {}),
    ...(p.discord ? { DISCORD_TOKEN: p.discord.token, DISCORD_APPLICATION_ID: FAKE_APP_ID, DISCORD_API_URL: p.discord.apiUrl } : {}),
  };
}

describe('a team setting Parley up as the README says', () => {
  let dir: string;
  let dbPath: string;
  let cleanup: () => void;
  let slack: SlackFake;
  let discord: DiscordFake;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-setup-'));
    const seeded = await seededCore();
    dbPath = seeded.dbPath;
    await seeded.core.close();
    cleanup = seeded.cleanup;
    slack = await new SlackFake().start();
    discord = await new DiscordFake().start();
  });
  afterAll(async () => {
    await slack.stop();
    await discord.stop();
    cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('cp .env.example .env, fill the Slack variables: npm start reads .env, says so, and runs the Slack adapter', async () => {
    const cwd = mkdtempSync(join(dir, 'team-'));
    writeFileSync(
      join(cwd, '.env'),
      filledEnvExample({
        PARLEY_DB: dbPath,
        SLACK_BOT_TOKEN: 'xoxb-team-token',
        SLACK_SIGNING_SECRET: 'team-secret',
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        HOST: '127.0.0.1',
        PARLEY_POLL_FEEDS: 'true',
      }),
    );
    // The environment wins over .env: polling stays off (the test is offline) though .env says true.
    const p = runNode([START], { PARLEY_ENV_FILE: '', PARLEY_POLL_FEEDS: 'false' }, { cwd });
    try {
      await waitForText(p.stderr, /parley is up/);
      expect(p.stderr()).toMatch(/parley: read \.env \(\d+ settings; 1 already set in the environment, kept\)/);
      expect(p.stderr()).toMatch(/"feeds":"off"/);
      const port = (await waitForText(p.stderr, /"port":(\d+),"path":"\/slack\/events","msg":"slack adapter started"/))[1];
      const payload = slashCommandPayload(slack, '/who-leads', 'Ukraine');
      expect((await sendSlashCommand(`http://127.0.0.1:${port}/slack/events`, payload, { secret: 'team-secret' })).status).toBe(200);
      const answer = await slack.waitFor((r) => r.path === new URL(payload.response_url as string).pathname);
      expect(JSON.stringify(answer.body)).toContain('Rustem Umerov');
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.stderr()).not.toContain('xoxb-team-token');
    } finally {
      p.child.kill('SIGKILL');
    }
  });

  it('a refused Slack token: one line naming SLACK_BOT_TOKEN, no stack trace, and a clean stop when nothing else runs', async () => {
    const bad = await new SlackFake().start();
    bad.fail({ method: 'auth.test', error: 'invalid_auth', times: 100 });
    try {
      const p = runNode([START], botEnv(dbPath, { slack: { token: 'xoxb-revoked', apiUrl: bad.apiUrl } }));
      expect(await p.exited).toBe(1);
      expect(p.stderr()).toMatch(/slack did not start: Slack refused SLACK_BOT_TOKEN \(invalid_auth\): copy the Bot User OAuth Token/);
      expect(p.stderr()).toContain('parley: no chat platform could start');
      expect(p.stderr()).not.toMatch(STACK_LINE);
      expect(p.stderr()).not.toMatch(/parley is up|xoxb-revoked/);
    } finally {
      await bad.stop();
    }
  });

  it('a refused Slack app token in Socket Mode names SLACK_APP_TOKEN', async () => {
    const bad = await new SlackFake().start();
    bad.fail({ method: 'apps.connections.open', error: 'invalid_auth', times: 100 });
    try {
      const p = runNode([START], botEnv(dbPath, { slack: { token: 'xoxb-fine', appToken: 'xapp-revoked', apiUrl: bad.apiUrl } }));
      expect(await p.exited).toBe(1);
      expect(p.stderr()).toMatch(/slack did not start: Slack refused SLACK_APP_TOKEN \(invalid_auth\)/);
      expect(p.stderr()).not.toMatch(STACK_LINE);
    } finally {
      await bad.stop();
    }
  });

  it('a refused Slack token leaves Discord running, and /healthz says which is down', async () => {
    const bad = await new SlackFake().start();
    bad.fail({ method: 'auth.test', error: 'invalid_auth', times: 100 });
    const p = runNode([START], botEnv(dbPath, { slack: { token: 'xoxb-revoked', apiUrl: bad.apiUrl }, discord: { token: 'setup.test.token', apiUrl: discord.apiUrl } }));
    try {
      await waitForText(p.stderr, /parley is up/);
      expect(p.stderr()).toMatch(/"adapters":\["discord"\]/);
      expect(p.stderr()).toMatch(/slack did not start: Slack refused SLACK_BOT_TOKEN/);
      const port = (await waitForText(p.stderr, /"port":(\d+),"msg":"health endpoint listening"/))[1];
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'degraded', adapters: { discord: { state: 'up' }, slack: { state: 'down', detail: expect.stringMatching(/SLACK_BOT_TOKEN/) } } });
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.stderr()).not.toMatch(STACK_LINE);
    } finally {
      p.child.kill('SIGKILL');
      await bad.stop();
    }
  });

  it('a refused Discord token leaves Slack running', async () => {
    const refusing = await new DiscordFake().start();
    refusing.fail({ method: 'GET', path: /\/gateway\/bot$/, status: 401, message: '401: Unauthorized', code: 0, times: 100 });
    const p = runNode([START], botEnv(dbPath, { slack: { token: 'xoxb-fine', apiUrl: slack.apiUrl }, discord: { token: 'revoked.discord.token', apiUrl: refusing.apiUrl } }));
    try {
      await waitForText(p.stderr, /parley is up/);
      expect(p.stderr()).toMatch(/"adapters":\["slack"\]/);
      expect(p.stderr()).toMatch(/discord did not start: Discord refused DISCORD_TOKEN/);
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.stderr()).not.toMatch(STACK_LINE);
    } finally {
      p.child.kill('SIGKILL');
      await refusing.stop();
    }
  });

  it('no tokens and no terminal: says what happened and how to configure, and exits 1; piped input still works', async () => {
    const p = runNode([START], { PARLEY_DB: join(dir, 'untouched.db') });
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toContain('parley: no chat platform is configured and there is no terminal to chat in');
    expect(p.stderr()).toMatch(/SLACK_BOT_TOKEN.*\n.*DISCORD_TOKEN/);
    // Nothing to do means nothing done: the demo data was not loaded into a database nobody asked for.
    expect(p.stdout()).toBe('');
    // Piped questions are something to do: the demo data loads for the first one.
    const piped = runNode([START], { PARLEY_DB: join(dir, 'piped.db') }, { input: 'quit\n' });
    expect(await piped.exited).toBe(0);
    const asked = runNode([START], { PARLEY_DB: join(dir, 'asked.db') }, { input: '\n/who-leads Ukraine\n' });
    expect(await asked.exited).toBe(0);
    expect(asked.stdout()).toMatch(/^Empty database at .*asked\.db: loading the bundled snapshots of russia-ukraine, gaza-ceasefire, iran-us-nuclear, other-negotiations…\n[\s\S]*Umerov/);
  });

  it('the CLI and commands:deploy read .env too; post-due says so', async () => {
    const cwd = mkdtempSync(join(dir, 'cli-'));
    writeFileSync(join(cwd, '.env'), `PARLEY_DB=${dbPath}\nDISCORD_TOKEN=deploy.from.env\nDISCORD_APPLICATION_ID=${FAKE_APP_ID}\nDISCORD_API_URL=${discord.apiUrl}\n`);
    const query = runNode([PARLEY, 'who-leads', 'Ukraine'], { PARLEY_ENV_FILE: '' }, { cwd });
    expect(await query.exited).toBe(0);
    expect(query.stdout()).toContain('Rustem Umerov');

    const post = runNode([PARLEY, 'post-due', '--now', '2025-03-24T06:00:00Z'], { PARLEY_ENV_FILE: '' }, { cwd });
    expect(await post.exited).toBe(0);
    expect(post.stderr()).toMatch(/^parley post-due: read \.env \(4 settings\)/);

    // `npm run commands:deploy` is tsx on this file; from another folder, tsx is named by its path.
    const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs');
    const deploy = runNode(['--import', tsx, join(ROOT, 'src/adapters/discord/deploy-commands.ts')], { PARLEY_ENV_FILE: '' }, { cwd });
    expect(await deploy.exited).toBe(0);
    expect(deploy.stderr()).toMatch(/commands:deploy: read \.env/);
    const put = await discord.waitFor((r) => r.method === 'PUT' && r.headers.authorization === 'Bot deploy.from.env');
    expect(put.path).toBe(`/api/v10/applications/${FAKE_APP_ID}/commands`);
  });

  it('PARLEY_ENV_FILE names another file; one that cannot be read is one line, not a crash', async () => {
    const cwd = mkdtempSync(join(dir, 'named-'));
    writeFileSync(join(cwd, 'team.env'), `PARLEY_DB=${dbPath}\n`);
    const ok = runNode([PARLEY, 'who-leads', 'Ukraine'], { PARLEY_ENV_FILE: 'team.env' }, { cwd });
    expect(await ok.exited).toBe(0);
    expect(ok.stdout()).toContain('Rustem Umerov');
    const missing = runNode([START], { PARLEY_ENV_FILE: 'nope.env' }, { cwd });
    expect(await missing.exited).toBe(1);
    expect(missing.stderr().trim()).toMatch(/^parley: cannot read PARLEY_ENV_FILE \(.*nope\.env\): ENOENT$/);
  });
});
