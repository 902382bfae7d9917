import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** A child process whose output the test reads as it comes. */
export interface Running {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts `node ARGS` with exactly these variables: a developer's own SLACK_* or .env must not leak
 * in (PARLEY_ENV_FILE=none unless the test sets it), and feed polling is off, since the bundled
 * dossier's feeds are real URLs and tests stay on loopback. Stdin is closed unless `input` is given.
 */
export function runNode(args: string[], env: Record<string, string>, opts: { cwd?: string; input?: string } = {}): Running {
  const child = spawn(process.execPath, args, {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PARLEY_ENV_FILE: 'none', PARLEY_POLL_FEEDS: 'false', ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += String(d);
  });
  child.stderr.on('data', (d) => {
    err += String(d);
  });
  const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  child.stdin.end(opts.input ?? '');
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Waits for output to match. The bound only turns a bot that never says it into a failure: it is wide. */
export async function waitForText(get: () => string, re: RegExp, timeoutMs = 30_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const m = re.exec(get());
    if (m) return m;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${re}; got:\n${get()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A stack trace line, which must never reach an operator's terminal. */
export const STACK_LINE = /\n\s+at .+[:(]\d+/;
