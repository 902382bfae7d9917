import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runNode } from '../support/processes.js';
import { seededCore } from './helpers.js';

/** Runs `node bin/start.mjs` (what `npm start` runs) with piped stdin, as a script or CI would. */
async function runShell(dbPath: string, lines: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // Only the variables the child needs: a developer's SLACK_*/DISCORD_* must not turn the bot on here.
  const p = runNode([join(ROOT, 'bin', 'start.mjs')], { PARLEY_DB: dbPath }, { input: `${lines.join('\n')}\n` });
  return { code: await p.exited, stdout: p.stdout(), stderr: p.stderr() };
}

describe('the terminal shell (npm start without chat credentials)', () => {
  let dbPath: string;
  let cleanup: () => void;

  beforeAll(async () => {
    const seeded = await seededCore();
    dbPath = seeded.dbPath;
    await seeded.core.close();
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
