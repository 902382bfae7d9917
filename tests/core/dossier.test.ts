import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createDossierCatalog,
  DEFAULT_DOSSIER_DIR,
  DossierError,
  dossierDirs,
  findDossierDir,
  listDossiers,
  loadDossier,
  parseDossier,
  stripJsonComments,
} from '../../src/core/dossier/load.js';
import { isUserError } from '../../src/core/errors.js';

describe('dossiers are data, validated at load', () => {
  it('loads the bundled Russia–Ukraine dossier with real outlets and snapshots', () => {
    const d = loadDossier('russia-ukraine');
    expect(d.timezone).toBe('Europe/Kyiv');
    expect(d.feeds.length).toBeGreaterThanOrEqual(5);
    expect(d.feeds.every((f) => f.url.startsWith('https://') && f.snapshot)).toBe(true);
    expect(d.topics.map((t) => t.id)).toEqual(expect.arrayContaining(['maritime', 'energy', 'prisoners', 'security-guarantees', 'territory', 'peacekeeping', 'ceasefire']));
    expect(listDossiers()).toContain('russia-ukraine');
  });

  it('names the file, the path inside it and what is wrong', () => {
    const bad = JSON.stringify({
      id: 'x',
      title: 'X',
      timezone: 'Mars/Olympus',
      feeds: [{ name: 'A', url: 'ftp://example.org/feed', language: 'en', weight: 1 }],
      topics: [{ id: 'a', label: 'A', terms: ['a b'] }],
      relevance: { threshold: 1, terms: [{ term: 'ab', weight: 1 }] },
    });
    let message = '';
    try {
      parseDossier(bad, '/tmp/briefings/x/dossier.json');
    } catch (err) {
      expect(err).toBeInstanceOf(DossierError);
      message = (err as Error).message;
    }
    expect(message).toContain('/tmp/briefings/x/dossier.json');
    expect(message).toContain('at timezone: must be an IANA time zone');
    expect(message).toContain('at feeds[0].url');
  });

  it('reports broken JSON and unknown keys', () => {
    expect(() => parseDossier('{', 'f.json')).toThrow(/f\.json: not valid JSON/);
    expect(() =>
      parseDossier(
        JSON.stringify({
          id: 'x', title: 'X', timezone: 'UTC', colour: 'red',
          feeds: [{ name: 'A', url: 'https://e.org/f', language: 'en' }],
          topics: [{ id: 'a', label: 'A', terms: ['ab'] }],
          relevance: { threshold: 1, terms: [{ term: 'ab', weight: 1 }] },
        }),
        'f.json',
      ),
    ).toThrow(/colour/);
  });

  it('refuses an unknown dossier name with the known ones', () => {
    try {
      loadDossier('nope');
      expect.unreachable();
    } catch (err) {
      expect(isUserError(err)).toBe(true);
      expect((err as Error).message).toMatch(/Known: .*russia-ukraine/);
    }
    expect(() => loadDossier('../etc')).toThrow(/not a dossier name/);
  });

  it('finds briefings/ by walking up from the module, from the sources, a build or the image alike', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-layout-'));
    try {
      cpSync(join(DEFAULT_DOSSIER_DIR, 'russia-ukraine'), join(dir, 'repo', 'briefings', 'russia-ukraine'), { recursive: true });
      for (const module of ['repo/src/core/dossier', 'repo/dist/src/core/dossier']) {
        mkdirSync(join(dir, module), { recursive: true });
        expect(findDossierDir(join(dir, module)), module).toBe(join(dir, 'repo', 'briefings'));
      }
      // An empty briefings/ on the way up (a build's stray folder) is passed over.
      mkdirSync(join(dir, 'repo', 'dist', 'briefings'));
      expect(findDossierDir(join(dir, 'repo/dist/src/core/dossier'))).toBe(join(dir, 'repo', 'briefings'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says the folder holds no dossiers rather than "Known: none. Try: --dossier russia-ukraine"', () => {
    const empty = mkdtempSync(join(tmpdir(), 'parley-empty-'));
    try {
      expect(() => loadDossier('russia-ukraine', empty)).toThrow(`No dossiers found in ${empty} (each is <id>/dossier.json there): is the briefings/ folder missing?`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('dossier files people write', () => {
  const bundled = readFileSync(join(DEFAULT_DOSSIER_DIR, 'russia-ukraine', 'dossier.json'), 'utf8');
  const errorOf = (json: string) => {
    try {
      parseDossier(json, '/d/x/dossier.json');
    } catch (err) {
      return (err as Error).message;
    }
    return '';
  };

  it('keeps files valid before this version valid: no require, no mediators', () => {
    const old = JSON.parse(bundled) as { relevance: Record<string, unknown>; mediators?: unknown };
    delete old.relevance.require;
    delete old.mediators;
    const d = parseDossier(JSON.stringify(old), join(DEFAULT_DOSSIER_DIR, 'russia-ukraine', 'dossier.json'));
    expect(d.mediators).toEqual([]);
    expect(d.relevance.require).toBeUndefined();
  });

  it('reads comments, and says what to write for a missing or misspelt field', () => {
    const commented = `// a comment\n${bundled.replace('"timezone"', '/* the zone */ "timezone"')}`;
    expect(parseDossier(commented, join(DEFAULT_DOSSIER_DIR, 'russia-ukraine', 'dossier.json')).timezone).toBe('Europe/Kyiv');
    const { title: _title, ...noTitle } = JSON.parse(bundled) as Record<string, unknown>;
    expect(errorOf(JSON.stringify(noTitle))).toContain('at title: missing: write "title" (string) here');
    const misspelt = JSON.parse(bundled) as Record<string, unknown>;
    misspelt.feed = misspelt.feeds;
    delete misspelt.feeds;
    const message = errorOf(JSON.stringify(misspelt));
    expect(message).toContain('unknown field "feed": did you mean "feeds"?');
    expect(message).toContain('at feeds: missing: write "feeds" (array) here');
    // A URL's "//" is no comment.
    expect(stripJsonComments('{"url": "https://a.example/feed"} // x')).toBe('{"url": "https://a.example/feed"} ');
  });
});

describe('dossier folders', () => {
  it('searches PARLEY_DOSSIER_DIR before the bundled folder: a dossier there with a bundled id replaces it', () => {
    const own = mkdtempSync(join(tmpdir(), 'parley-own-'));
    try {
      cpSync(join(DEFAULT_DOSSIER_DIR, 'russia-ukraine'), join(own, 'russia-ukraine'), { recursive: true });
      const file = join(own, 'russia-ukraine', 'dossier.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"title": "Russia–Ukraine ceasefire talks"', '"title": "Our Ukraine desk"'));
      const catalog = createDossierCatalog({ dirs: dossierDirs(own) });
      expect(catalog.get('russia-ukraine').title).toBe('Our Ukraine desk');
      expect(catalog.ids()).toEqual(['gaza-ceasefire', 'iran-us-nuclear', 'other-negotiations', 'russia-ukraine']);
      expect(catalog.defaultId).toBe('russia-ukraine');
      expect(createDossierCatalog({ dirs: [join(own)] }).ids()).toEqual(['russia-ukraine']);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
