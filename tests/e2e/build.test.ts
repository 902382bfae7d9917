import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runNode, STACK_LINE, waitForText } from '../support/processes.js';
import { SlackFake, sendSlashCommand, slashCommandPayload } from '../support/slack-fake.js';

/**
 * The compiled build, laid out as the Dockerfile lays out the image: dist/, briefings/, bin/ and
 * package.json, node_modules beside them, no sources. (Docker itself is not needed: the layout
 * is what `node dist/src/main.js` and `parley` in the container depend on.)
 */
describe('the compiled build (npm run build), in the image layout', () => {
  let app: string;
  let db: string;
  let slack: SlackFake;

  beforeAll(async () => {
    app = mkdtempSync(join(tmpdir(), 'parley-build-'));
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(app, 'dist')], { stdio: 'pipe' });
    for (const part of ['briefings', 'bin', 'package.json']) cpSync(join(ROOT, part), join(app, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
    db = join(app, 'data', 'parley.db');
    slack = await new SlackFake().start();
  }, 180_000);
  afterAll(async () => {
    await slack?.stop();
    rmSync(app, { recursive: true, force: true });
  });

  it('runs `parley` from the bin shim without sources or tsx: ingest the bundled snapshots, then who-leads Ukraine', async () => {
    expect(existsSync(join(app, 'src'))).toBe(false);
    const parley = join(app, 'bin', 'parley.mjs');
    const ingest = runNode([parley, 'ingest', '--offline'], {}, { cwd: app });
    expect(await ingest.exited).toBe(0);
    expect(ingest.stdout()).toMatch(/Kyiv Independent \(russia-ukraine snapshot\) — \d+ new/);
    expect(ingest.stdout()).toMatch(/Times of Israel \(gaza-ceasefire snapshot\) — \d+ new/);
    const who = runNode([parley, 'who-leads', 'Ukraine'], {}, { cwd: app });
    expect(await who.exited).toBe(0);
    expect(who.stdout()).toContain('Rustem Umerov');
    const help = runNode([parley, 'backup', '--help'], {}, { cwd: app });
    expect(await help.exited).toBe(0);
    expect(help.stdout()).toContain('Usage: parley backup <FILE>');
  });

  it('node dist/src/main.js finds the bundled dossier from anywhere and answers in the shell', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'parley-cwd-'));
    try {
      const p = runNode([join(app, 'dist', 'src', 'main.js')], { PARLEY_DB: db }, { cwd: elsewhere, input: '/who-leads Ukraine\n' });
      expect(await p.exited).toBe(0);
      expect(p.stdout()).toContain('Rustem Umerov');
      expect(p.stderr()).not.toMatch(STACK_LINE);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('names the dossiers it has when asked for one it has not, without contradicting itself', async () => {
    const p = runNode([join(app, 'dist', 'src', 'main.js')], { PARLEY_DB: db, PARLEY_DOSSIER: 'iran-talks' }, { input: '/help\n' });
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toContain('No dossier "iran-talks". Known: gaza-ceasefire, iran-us-nuclear, other-negotiations, russia-ukraine. Try: --dossier russia-ukraine');
  });

  it('runs the Slack adapter from .env as the container would with --env-file', async () => {
    writeFileSync(join(app, '.env'), `SLACK_BOT_TOKEN=xoxb-compiled\nSLACK_SIGNING_SECRET=compiled-secret\nSLACK_API_URL=${slack.apiUrl}\nPORT=0\nHOST=127.0.0.1\n`);
    const p = runNode(['--max-old-space-size=256', join(app, 'dist', 'src', 'main.js')], { PARLEY_ENV_FILE: '' }, { cwd: app });
    try {
      const port = (await waitForText(p.stderr, /"port":(\d+),"path":"\/slack\/events","msg":"slack adapter started"/))[1];
      const payload = slashCommandPayload(slack, '/who-leads', 'Ukraine');
      await sendSlashCommand(`http://127.0.0.1:${port}/slack/events`, payload, { secret: 'compiled-secret' });
      const answer = await slack.waitFor((r) => r.path === new URL(payload.response_url as string).pathname);
      expect(JSON.stringify(answer.body)).toContain('Rustem Umerov');
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
    } finally {
      p.child.kill('SIGKILL');
    }
  });
});
