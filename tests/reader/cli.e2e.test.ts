import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModelFake, type ModelFake } from '../support/model-fake.js';
import { ROOT, runNode } from '../support/processes.js';
import { SEED_FEED } from '../support/temp-core.js';
import { seedReading } from './support.js';

/**
 * The operator's path: `PARLEY_READER=both` and a model endpoint in the environment, `parley
 * ingest` of the seed through the ingest worker, then who-leads and explain from the CLI.
 */
const KEY = 'sk-parley-e2e-7d1c93b0a2f45e68';
const PARTIES = ['Ukraine', 'United States', 'Russia'];

describe('parley with PARLEY_READER=both against a fake endpoint', () => {
  let fake: ModelFake;
  const dir = mkdtempSync(join(tmpdir(), 'parley-reader-cli-'));
  const parley = async (args: string[], env: Record<string, string>) => {
    const r = runNode([join(ROOT, 'bin', 'parley.mjs'), ...args], env);
    const code = await r.exited;
    return { code, stdout: r.stdout(), stderr: r.stderr() };
  };
  const withModel = (db: string) => ({
    PARLEY_DB: db,
    PARLEY_READER: 'both',
    PARLEY_MODEL_URL: fake.url,
    PARLEY_MODEL: 'fake-model',
    PARLEY_MODEL_API_KEY: KEY,
  });

  beforeAll(async () => {
    fake = await startModelFake(() => ({ reading: seedReading() }));
  });
  afterAll(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests the seed and answers who leads as the rules do, each fact read by both', async () => {
    const both = join(dir, 'both.db');
    const rules = join(dir, 'rules.db');
    expect((await parley(['ingest', SEED_FEED], withModel(both))).code).toBe(0);
    expect((await parley(['ingest', SEED_FEED], { PARLEY_DB: rules })).code).toBe(0);
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]!.authorization).toBe(`Bearer ${KEY}`);
    for (const party of PARTIES) {
      const a = await parley(['who-leads', party, '--json'], withModel(both));
      const b = await parley(['who-leads', party, '--json'], { PARLEY_DB: rules });
      expect(a.code).toBe(0);
      expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
    }
    const explain = await parley(['explain', '1'], withModel(both));
    expect(explain.stdout).toContain('Stored from this item (read by):');
    for (const line of ['Ukraine: leader Rustem Umerov — rules+model', 'United States: leader Michael Anton — rules+model', 'Russia: member Sergei Beseda — rules+model'])
      expect(explain.stdout).toContain(line);
    expect(explain.stdout).toMatch(/Model reading \(fake-model, prompt reading-1\): read/);
    // Re-ingest: a duplicate, no second call.
    await parley(['ingest', SEED_FEED], withModel(both));
    expect(fake.calls).toHaveLength(1);
    // Thirteen CLI processes one after another, each loading tsx (2–3 s apiece on two shared
    // cores): the default 30 s bound fired under load on an unchanged tree.
  }, 120_000);

  it('says a refused key on stderr, redacted, and still ingests from the rules', async () => {
    const refusing = await startModelFake((call) => ({ status: 401, body: { error: { message: `Incorrect API key provided: ${call.authorization}`, code: 'invalid_api_key' } } }));
    try {
      const r = await parley(['ingest', SEED_FEED], { ...withModel(join(dir, 'refused.db')), PARLEY_MODEL_URL: refusing.url });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/new\s+.*1 new/);
      expect(r.stderr).toContain('parley ingest: error: model reader: the endpoint refused the request');
      expect(r.stderr).toContain('HTTP 401 (invalid_api_key)');
      expect(r.stderr).not.toContain(KEY);
    } finally {
      await refusing.close();
    }
  });

  it('stops at a half-filled reader setting with one line saying what to set', async () => {
    const r = await parley(['ingest', SEED_FEED], { PARLEY_DB: join(dir, 'x.db'), PARLEY_READER: 'model', PARLEY_MODEL_API_KEY: KEY });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'parley: PARLEY_READER=model needs PARLEY_MODEL_URL (an OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1 for Ollama) and PARLEY_MODEL (the model name, e.g. llama3.1:8b); or set PARLEY_READER=rules\n',
    );
  });
});
