import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import type { ExtractLexicon } from '../extract/types.js';
import { type Dossier, DOSSIER_ID_RE, DossierSchema } from './schema.js';

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

/**
 * Where dossiers are looked for: one folder, or several searched in order (the first that holds
 * an id wins, so `PARLEY_DOSSIER_DIR` can hold new dossiers and edited copies of bundled ones).
 */
export type DossierDirs = string | readonly string[];

export interface LoadedDossier extends Dossier {
  /** Folder holding dossier.json; snapshot paths resolve against it. */
  dir: string;
  file: string;
}

/** Thrown for a dossier file that does not validate: names the file, the path inside it and what is wrong. */
export class DossierError extends Error {
  override readonly name = 'DossierError';
}

const dirsOf = (root: DossierDirs): readonly string[] => (typeof root === 'string' ? [root] : root);

/** Ids of the dossiers in the folders (each is `<id>/dossier.json`), sorted, each once. */
export function listDossiers(root: DossierDirs = DEFAULT_DOSSIER_DIR): string[] {
  const ids = new Set<string>();
  for (const dir of dirsOf(root)) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.isDirectory() && DOSSIER_ID_RE.test(d.name) && existsSync(join(dir, d.name, 'dossier.json'))) ids.add(d.name);
    }
  }
  return [...ids].sort();
}

/** Where dossiers are read from unless a caller names another folder: the bundled briefings/. */
export const DEFAULT_DOSSIER_DIR = findDossierDir();
/** The folder of the dossiers that ship with Parley (the same as DEFAULT_DOSSIER_DIR). */
export const BUNDLED_DOSSIER_DIR = DEFAULT_DOSSIER_DIR;

/** The folders searched, in order: `PARLEY_DOSSIER_DIR` (when set) before the bundled ones. */
export function dossierDirs(extra?: string): string[] {
  return extra ? [resolve(extra), BUNDLED_DOSSIER_DIR] : [BUNDLED_DOSSIER_DIR];
}

/** The file a dossier id is read from: the first folder that holds it. */
export function dossierFile(id: string, root: DossierDirs = DEFAULT_DOSSIER_DIR): string | undefined {
  for (const dir of dirsOf(root)) {
    const file = join(dir, id, 'dossier.json');
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** Refuses anything but a dossier id before it becomes part of a path. */
export function checkDossierId(id: string, example = DEFAULT_DOSSIER): void {
  if (!DOSSIER_ID_RE.test(id)) throw new UserError(`"${id.slice(0, 40)}" is not a dossier name (lower case, digits and hyphens). Try: --dossier ${example}`);
}

export function loadDossier(id = DEFAULT_DOSSIER, root: DossierDirs = DEFAULT_DOSSIER_DIR): LoadedDossier {
  checkDossierId(id);
  const file = dossierFile(id, root);
  if (!file) {
    const known = listDossiers(root);
    const where = dirsOf(root).join(', ');
    if (known.length === 0) throw new UserError(`No dossiers found in ${where} (each is <id>/dossier.json there): is the briefings/ folder missing?`);
    const example = known.includes(DEFAULT_DOSSIER) ? DEFAULT_DOSSIER : known[0];
    throw new UserError(`No dossier "${id}". Known: ${known.join(', ')}. Try: --dossier ${example}`, { suggestions: known });
  }
  return parseDossier(readFileSync(file, 'utf8'), file);
}

/**
 * The dossier a query without one uses: the configured one (`PARLEY_DOSSIER`) when given, else
 * russia-ukraine when present, else the first in the folders.
 */
export function defaultDossierId(root: DossierDirs = DEFAULT_DOSSIER_DIR, configured?: string): string {
  if (configured) return configured;
  const known = listDossiers(root);
  return known.includes(DEFAULT_DOSSIER) || known.length === 0 ? DEFAULT_DOSSIER : known[0]!;
}

/**
 * JSON with `//` and `/* … *\/` comments (the starter file `parley dossier new` writes explains
 * itself in comments). Strings are copied untouched, so a URL's `//` stays. One linear pass.
 */
export function stripJsonComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      out += text.slice(start, i + 1);
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      // Keep line breaks, so JSON.parse's positions still point at the right line.
      const body = text.slice(i, end < 0 ? text.length : end + 2);
      out += body.replace(/[^\n]/g, ' ');
      i += body.length;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Fields each object of a dossier may have, to suggest the meant one for an unknown field. */
const FIELDS: Record<string, string[]> = {
  root: ['id', 'title', 'description', 'timezone', 'language', 'principals', 'mediators', 'feeds', 'topics', 'relevance', 'actors'],
  feeds: ['name', 'url', 'language', 'weight', 'snapshot', 'intervalMinutes'],
  topics: ['id', 'label', 'weight', 'terms'],
  relevance: ['threshold', 'terms', 'require'],
  terms: ['term', 'weight'],
  actors: ['name', 'aliases', 'party', 'since', 'until', 'roles'],
  roles: ['title', 'party', 'asOf'],
};

function closestField(key: string, known: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  return known.find((f) => f.toLowerCase() === k || f.toLowerCase().startsWith(k.slice(0, 4)) || k.startsWith(f.toLowerCase().slice(0, 4)));
}

/** zod's issue, said as what to write: a missing field named, an unknown one with the field meant. */
function issueText(issue: { code: string; message: string; path: readonly PropertyKey[]; keys?: readonly string[]; expected?: string; input?: unknown }): string {
  const last = issue.path.filter((p) => typeof p === 'string').pop() ?? 'root';
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    const known = FIELDS[String(last)] ?? FIELDS.root!;
    return issue.keys
      .map((k) => {
        const meant = closestField(k, known);
        return `unknown field "${k}"${meant ? `: did you mean "${meant}"?` : ''} (fields here: ${known.join(', ')})`;
      })
      .join('; ');
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `missing: write "${String(issue.path[issue.path.length - 1] ?? last)}" (${issue.expected ?? 'a value'}) here`;
  }
  return issue.message;
}

export function parseDossier(json: string, file: string): LoadedDossier {
  let raw: unknown;
  try {
    raw = JSON.parse(stripJsonComments(json));
  } catch (err) {
    throw new DossierError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const parsed = DossierSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 10).map((i) => `  at ${formatPath(i.path)}: ${issueText(i as Parameters<typeof issueText>[0])}`);
    throw new DossierError(`${file}: invalid dossier\n${lines.join('\n')}`);
  }
  const dir = dirname(file);
  for (const [i, f] of parsed.data.feeds.entries()) {
    if (f.snapshot && !existsSync(join(dir, f.snapshot))) {
      throw new DossierError(`${file}: invalid dossier\n  at feeds[${i}].snapshot: file "${f.snapshot}" does not exist beside dossier.json (put the feed file there, or leave "snapshot" out)`);
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
    actors: d.actors.map((a) => ({ name: a.name, aliases: a.aliases, party: a.party, ...(a.since ? { since: a.since } : {}), ...(a.until ? { until: a.until } : {}), ...(a.roles.length ? { roles: a.roles.map((r) => r.title.toLowerCase()) } : {}) })),
    mediators: d.mediators,
    ...(d.relevance.fallback ? { anyNegotiation: true } : {}),
  };
}

/**
 * The dossiers one Parley serves: every dossier in its folders, loaded once each on first use.
 * Queries name one; ingest reads each item for all of them.
 */
export interface DossierCatalog {
  /** The folders searched, in order. */
  readonly dirs: readonly string[];
  /** The dossier a query without one uses. */
  readonly defaultId: string;
  /** Ids of every dossier in the folders. */
  ids(): string[];
  /** One dossier; UserError for an unknown id, DossierError for an invalid file. */
  get(id?: string): LoadedDossier;
  /** Every dossier (loads them all; the first invalid file throws its DossierError). */
  all(): LoadedDossier[];
}

export function createDossierCatalog(opts: { dirs?: DossierDirs; defaultId?: string } = {}): DossierCatalog {
  const dirs = [...dirsOf(opts.dirs ?? DEFAULT_DOSSIER_DIR)];
  const defaultId = defaultDossierId(dirs, opts.defaultId);
  const cache = new Map<string, LoadedDossier>();
  const get = (id = defaultId): LoadedDossier => {
    let d = cache.get(id);
    if (!d) {
      d = loadDossier(id, dirs);
      cache.set(id, d);
    }
    return d;
  };
  return {
    dirs,
    defaultId,
    ids: () => listDossiers(dirs),
    get,
    all: () => listDossiers(dirs).map((id) => get(id)),
  };
}
