import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const FORBIDDEN = [/^discord\.js$/, /^@discordjs\//, /^discord-api-types/, /^@slack\//, /^node-cron$/, /^pino($|\/)/];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|mts|js|mjs)$/.test(name) ? [p] : [];
  });
}

/** Every module specifier: static imports, re-exports, dynamic import() and require(). */
function specifiers(source: string): string[] {
  const out: string[] = [];
  const re = /\b(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of source.matchAll(re)) out.push((m[1] ?? m[2] ?? m[3] ?? m[4]) as string);
  return out;
}

describe('the platform boundary', () => {
  it('finds imports of every shape (self-check of the scanner)', () => {
    expect(specifiers(`import { Client } from 'discord.js';\nexport * from "@slack/bolt";\nawait import('pino');\nimport 'node-cron';`)).toEqual([
      'discord.js',
      '@slack/bolt',
      'pino',
      'node-cron',
    ]);
  });

  it('keeps platform SDKs, node-cron and pino out of src/core and commands', () => {
    const offenders: string[] = [];
    for (const dir of ['src/core', 'commands']) {
      for (const file of files(join(ROOT, dir))) {
        for (const spec of specifiers(readFileSync(file, 'utf8'))) {
          if (FORBIDDEN.some((re) => re.test(spec))) offenders.push(`${relative(ROOT, file)} imports ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('reads process.env only in src/config.ts', () => {
    const offenders = ['src', 'commands']
      .flatMap((dir) => files(join(ROOT, dir)))
      .filter((f) => relative(ROOT, f) !== join('src', 'config.ts'))
      .filter((f) => /process\.env\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
