import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededCore } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Runs `node bin/start.mjs` (what `npm start` runs) with piped stdin, as a script or CI would. */
function runShell(dbPath: string, lines: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Only the variables the child needs: a developer's SLACK_*/DISCORD_* must not turn the bot on here.
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, PARLEY_DB: dbPath, PARLEY_ENV_FILE: 'none' };
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'start.mjs')], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += String(d);
    });
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`shell did not exit; stdout so far:\n${stdout}\nstderr:\n${stderr}`));
    }, 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

describe('the terminal shell (npm start without chat credentials)', () => {
  let dbPath: string;
  let cleanup: () => void;

  beforeAll(async () => {
    const seeded = await seededCore();
    dbPath = seeded.dbPath;
    seeded.core.close();
    cleanup = seeded.cleanup;
  });

  afterAll(() => cleanup?.());

  it('answers a command and a plain question from piped stdin, then exits 0 at EOF', async () => {
    const { code, stdout, stderr } = await runShell(dbPath, ['/who-leads Ukraine', 'who leads the US delegation?', 'who-leads Ukraine rond:Riyadh']);
    expect(stderr).not.toMatch(/Error|at .*\.ts:\d+/);
    expect(code).toBe(0);
    // Answers come in the order of the lines.
    const umerov = stdout.indexOf('Rustem Umerov');
    const peek = stdout.indexOf('Andrew Peek');
    const tryAgain = stdout.search(/Did you mean “round”\? Try: \/who-leads Ukraine round:Riyadh/);
    expect(umerov).toBeGreaterThan(-1);
    expect(peek).toBeGreaterThan(umerov);
    expect(stdout.indexOf('Michael Anton')).toBeGreaterThan(umerov);
    expect(tryAgain).toBeGreaterThan(peek);
    // Piped input gets answers only: no prompt, no greeting.
    expect(stdout).not.toContain('parley>');
  });
});
