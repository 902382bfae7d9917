import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractLexicon } from '../extract/types.js';
import { UserError } from '../errors.js';
import { type Dossier, DossierSchema } from './schema.js';

/**
 * The bundled briefings/ folder: the nearest one above this module. The same rule finds it from
 * the sources (src/core/dossier → the repo), from a build (dist/src/core/dossier → the repo) and
 * in the Docker image (/app/dist/src/core/dossier → /app), wherever Parley is run from.
 */
export function findDossierDir(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'briefings');
    if (existsSync(candidate) && statSync(candidate).isDirectory() && listDossiers(candidate).length > 0) return candidate;
    if (dirname(dir) === dir) return resolve(from, '../../../briefings');
  }
}

export const DEFAULT_DOSSIER = 'russia-ukraine';

export interface LoadedDossier extends Dossier {
  /** Folder holding dossier.json; snapshot paths resolve against it. */
  dir: string;
  file: string;
}

/** Thrown for a dossier file that does not validate: names the file, the path inside it and what is wrong. */
export class DossierError extends Error {
  override readonly name = 'DossierError';
}

export function listDossiers(root = DEFAULT_DOSSIER_DIR): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'dossier.json')))
    .map((d) => d.name)
    .sort();
}

/** Where dossiers are read from unless a caller names another folder. */
export const DEFAULT_DOSSIER_DIR = findDossierDir();

export function loadDossier(id = DEFAULT_DOSSIER, root = DEFAULT_DOSSIER_DIR): LoadedDossier {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) {
    throw new UserError(`"${id}" is not a dossier name. Try: --dossier ${DEFAULT_DOSSIER}`);
  }
  const dir = join(root, id);
  const file = join(dir, 'dossier.json');
  if (!existsSync(file)) {
    const known = listDossiers(root);
    if (known.length === 0) throw new UserError(`No dossiers found in ${root} (each is <id>/dossier.json there): is the briefings/ folder missing?`);
    throw new UserError(`No dossier "${id}". Known: ${known.join(', ')}. Try: --dossier ${known[0]}`);
  }
  return parseDossier(readFileSync(file, 'utf8'), file);
}

export function parseDossier(json: string, file: string): LoadedDossier {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new DossierError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const parsed = DossierSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 10).map((i) => `  at ${formatPath(i.path)}: ${i.message}`);
    throw new DossierError(`${file}: invalid dossier\n${lines.join('\n')}`);
  }
  const dir = dirname(file);
  for (const [i, f] of parsed.data.feeds.entries()) {
    if (f.snapshot && !existsSync(join(dir, f.snapshot))) {
      throw new DossierError(`${file}: invalid dossier\n  at feeds[${i}].snapshot: file "${f.snapshot}" does not exist`);
    }
  }
  return { ...parsed.data, dir, file };
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** What extraction needs of a dossier. */
export function lexiconOf(d: Dossier): ExtractLexicon {
  return {
    topics: Object.fromEntries(d.topics.map((t) => [t.id, t.terms.map((s) => s.toLowerCase())])),
    actors: d.actors.map((a) => ({ name: a.name, aliases: a.aliases, party: a.party })),
  };
}
