import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_HELP } from '../src/cli/help.js';
import { CLI_COMMANDS, runCli } from '../src/cli/main.js';
import { WhoLeadsResult } from '../src/core/schemas.js';
import { SEED_FEED } from './support/temp-core.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
const db = join(dir, 'p.db');

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--db', db], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('the parley CLI', () => {
  beforeAll(async () => {
    const r = await cli('ingest', SEED_FEED);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^new\s+.*seed-feed\.xml — 1 new, 0 duplicate, 0 irrelevant/);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints who-leads as JSON matching the exported schema', async () => {
    const r = await cli('who-leads', 'Ukraine', '--json');
    expect(r.code).toBe(0);
    const data = WhoLeadsResult.parse(JSON.parse(r.stdout));
    expect(data.delegations[0]!.leaders).toEqual(['Rustem Umerov']);
  });

  it('takes the global options before the command too', async () => {
    let stdout = '';
    const code = await runCli(['--db', db, '--json', 'who-leads', 'Ukraine'], { stdout: (s) => (stdout += s), stderr: () => {} });
    expect(code).toBe(0);
    expect(WhoLeadsResult.parse(JSON.parse(stdout)).delegations[0]?.leaders).toContain('Rustem Umerov');
  });

  it('prints short human output that cites its source', async () => {
    const r = await cli('who-leads', 'Ukraine');
    expect(r.stdout).toContain('Rustem Umerov');
    expect(r.stdout).toMatch(/https:\/\/www\.ft\.com\/content\//);
  });

  it('exits 2 with a one-line hint on bad input, never a stack trace', async () => {
    for (const args of [['who-leads', 'Atlantis'], ['timeline', '--from', '2025-13-45'], ['ask', ''], ['timeline', '--limit', 'lots'], ['who-leads'], ['frobnicate'], ['timeline', '--bogus']]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });

  it('gives each command its own --help with options and examples, and lists them all in parley help', async () => {
    for (const args of [['who-leads', '--help'], ['help', 'who-leads']]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toContain('Usage: parley who-leads <party> [--round <place or YYYY-MM-DD>]');
      expect(r.stdout).toMatch(/Options:\n {2}--round R +one round/);
      expect(r.stdout).toMatch(/Examples:\n {2}parley who-leads Ukraine/);
    }
    const all = await cli('help');
    for (const command of Object.keys(COMMAND_HELP)) expect(all.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(all.stdout).toContain('parley <command> --help');
    // Every command the CLI takes has its help, and each help example is a command the CLI takes.
    expect(Object.keys(COMMAND_HELP).sort()).toEqual([...CLI_COMMANDS].sort());
    for (const [command, help] of Object.entries(COMMAND_HELP)) {
      expect((await cli(command, '--help')).stdout).toContain(`Usage: ${help.usage}`);
      for (const example of help.examples.filter((e) => e.startsWith('parley '))) expect(Object.keys(COMMAND_HELP)).toContain(example.split(' ')[1]);
    }
    expect((await cli('timeline', '--bogus')).stderr).toMatch(/Try: parley timeline --help\n$/);
  });

  it('exits 1 with did-you-mean for an unknown actor', async () => {
    const r = await cli('actor', 'Witcoff');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Did you mean: Steve Witkoff/);
  });

  it('reports a failing source and exits non-zero only when every source failed', async () => {
    const bad = await cli('ingest', join(dir, 'missing.xml'));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^failed/);
    const mixed = await cli('ingest', join(dir, 'missing.xml'), SEED_FEED);
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).toMatch(/duplicate/);
  });

  it('runs as `npx parley` from the bin shim', () => {
    const env = { ...process.env, PARLEY_ENV_FILE: 'none' };
    const out = execFileSync(process.execPath, [join(import.meta.dirname, '..', 'bin', 'parley.mjs'), 'actor', 'Witkoff', '--json', '--db', db], { encoding: 'utf8', env });
    expect(JSON.parse(out).actor.name).toBe('Steve Witkoff');
    const bad = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'bin', 'parley.mjs'), 'who-leads', 'Atlantis', '--db', db], { encoding: 'utf8', env });
    expect(bad.status).toBe(2);
  });
});
