import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
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

/** The start of an SQL statement: a keyword in capitals (as the store writes them) and the shape that follows it. */
const SQL_STATEMENT =
  /^\s*(?:SELECT\b[\s\S]*\bFROM\b|SELECT\s+(?:\d|pg_|count\(|max\(|1\b)|INSERT\s+INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b|(?:CREATE|DROP|ALTER)\s+(?:UNIQUE\s+|VIRTUAL\s+)?(?:TABLE|INDEX|SCHEMA|VIEW|TRIGGER)\b|PRAGMA\s+\w|WITH\s+(?:RECURSIVE\s+)?\w+\s*(?:\([^)]*\)\s*)?AS\s*\(|VACUUM\b|BEGIN(?:\s+IMMEDIATE)?\s*$|DO\s+\$\$)/;

/**
 * The text of every string literal and template of a TypeScript source (a template's text parts
 * joined around its placeholders), read by the compiler's own parser: apostrophes in comments
 * and regular expressions are not strings.
 */
function stringsOf(file: string, source: string): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    else if (ts.isTemplateExpression(node)) out.push([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('?'));
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false));
  return out;
}

/** The SQL statements a source holds in its strings. */
const sqlIn = (file: string, source: string): string[] => stringsOf(file, source).filter((s) => SQL_STATEMENT.test(s));

describe('the store boundary', () => {
  const STORE = join(CORE, 'store');

  it('finds SQL in strings of every shape, and not in prose, comments or messages (self-check)', () => {
    const source = [
      "const a = 'SELECT id FROM items WHERE url = ?';",
      // A template with a placeholder (spelt in two pieces, so that this string is not one).
      'const b = `INSERT INTO feeds (url) VALUES ($' + '{x}) ON CONFLICT DO NOTHING`;',
      'const c = "UPDATE feeds SET failures = 0 WHERE id = ?";',
      "await t.get(\"SELECT pg_advisory_xact_lock(hashtext('x'))\");",
      "const d = 'DELETE FROM deliveries WHERE seen_at < ?';",
      "db.exec('CREATE TABLE IF NOT EXISTS x (id integer)');",
      "const e = 'PRAGMA quick_check';",
      "const f = `WITH recent AS (SELECT 1) SELECT * FROM recent`;",
      '// SELECT id FROM items: a comment is not a statement',
      "const g = 'Select a dossier from the list, then update the channel set';",
      "throw new UserError('the feed\\'s items could not be read: DELETE the file and try again');",
      "const h = 'select which round from these';",
    ].join('\n');
    expect(sqlIn('x.ts', source)).toEqual([
      'SELECT id FROM items WHERE url = ?',
      'INSERT INTO feeds (url) VALUES (?) ON CONFLICT DO NOTHING',
      'UPDATE feeds SET failures = 0 WHERE id = ?',
      "SELECT pg_advisory_xact_lock(hashtext('x'))",
      'DELETE FROM deliveries WHERE seen_at < ?',
      'CREATE TABLE IF NOT EXISTS x (id integer)',
      'PRAGMA quick_check',
      'WITH recent AS (SELECT 1) SELECT * FROM recent',
    ]);
  });

  it('keeps SQL statements in src/core/store: the rest of the code calls the store\'s functions', () => {
    const outside = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'commands'))].filter((f) => !f.startsWith(`${STORE}/`));
    // The scan must see the modules that used to hold SQL, or it proves nothing.
    for (const f of ['src/core/ingest.ts', 'src/core/ingest-worker.ts', 'src/core/create-core.ts', 'src/cli/main.ts']) expect(outside).toContain(join(ROOT, f));
    const offenders = outside.flatMap((file) => sqlIn(file, readFileSync(file, 'utf8')).map((q) => `${relative(ROOT, file)}: ${q.replace(/\s+/g, ' ').slice(0, 80)}`));
    expect(offenders).toEqual([]);
  });
});

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
