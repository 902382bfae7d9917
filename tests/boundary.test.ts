import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

/** The core's one door: everything outside src/core reaches it through this file. */
const CORE = join(ROOT, 'src', 'core');
const DOOR = join(CORE, 'index.ts');

/** The modules of src/core a file imports, other than the door (a specifier names the .js the .ts becomes). */
function pastTheDoor(file: string, source: string): string[] {
  return specifiers(source)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec).replace(/\.js$/, '.ts'))
    .filter((target) => target.startsWith(`${CORE}/`) && target !== DOOR)
    .map((target) => relative(ROOT, target));
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

  it('finds an import past the core\'s door, and lets the door itself through (self-check)', () => {
    const file = join(ROOT, 'src', 'adapters', 'x.ts');
    expect(pastTheDoor(file, `import { a } from '../core/index.js';\nimport type { Db } from '../core/store/db.js';\nawait import('../core/create-core.js');\nimport { b } from './dispatch.js';`)).toEqual([
      join('src', 'core', 'store', 'db.ts'),
      join('src', 'core', 'create-core.ts'),
    ]);
  });

  it('keeps the adapters, the CLI, src/main.ts and commands/ to the core\'s door, src/core/index.ts', () => {
    const outside = [...files(join(ROOT, 'src')).filter((f) => !f.startsWith(`${CORE}/`)), ...files(join(ROOT, 'commands'))];
    // The scan must see the callers it is about, or it proves nothing.
    for (const f of ['src/main.ts', 'src/cli/main.ts', 'src/adapters/dispatch.ts', 'src/adapters/slack/slack-adapter.ts', 'src/adapters/discord/discord-adapter.ts']) {
      expect(outside).toContain(join(ROOT, f));
    }
    const offenders = outside.flatMap((file) => pastTheDoor(file, readFileSync(file, 'utf8')).map((t) => `${relative(ROOT, file)} imports ${t}`));
    expect(offenders).toEqual([]);
  });
});
