import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOSSIER_DIR, DossierError, findDossierDir, listDossiers, loadDossier, parseDossier } from '../../src/core/dossier/load.js';
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
