import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadReaderSettings, redact } from '../../src/config.js';
import { startModelFake, type ModelFake } from '../support/model-fake.js';
import { SEED_FEED, tempCore } from '../support/temp-core.js';
import { readerSettings, recordingLogger, seedReading } from './support.js';

const KEY = 'sk-parley-test-4f9a7c2e1b8d6053';

describe('model reader settings', () => {
  it('are off by default: the rules read alone', () => {
    expect(loadReaderSettings({})).toBeUndefined();
    expect(loadReaderSettings({ PARLEY_READER: 'rules', PARLEY_MODEL_URL: 'http://127.0.0.1:11434/v1' })).toBeUndefined();
    expect(loadConfig({}).reader).toBeUndefined();
  });

  it('read the endpoint, model, key, budget and limits, with defaults', () => {
    expect(loadReaderSettings({ PARLEY_READER: 'Both', PARLEY_MODEL_URL: 'http://127.0.0.1:11434/v1', PARLEY_MODEL: 'llama3.1:8b' })).toEqual({
      mode: 'both',
      url: 'http://127.0.0.1:11434/v1',
      model: 'llama3.1:8b',
      dailyTokens: 1_000_000,
      timeoutMs: 30_000,
      concurrency: 2,
      maxOutputTokens: 2_000,
      responseFormat: 'auto',
      bottomLine: false,
    });
    const s = loadReaderSettings({
      PARLEY_READER: 'model',
      PARLEY_MODEL_URL: 'https://api.openai.com/v1',
      PARLEY_MODEL: 'gpt-4o-mini',
      PARLEY_MODEL_API_KEY: KEY,
      PARLEY_MODEL_DAILY_TOKENS: '200000',
      PARLEY_MODEL_TIMEOUT_MS: '10000',
      PARLEY_MODEL_CONCURRENCY: '4',
      PARLEY_MODEL_RESPONSE_FORMAT: 'json_object',
    });
    expect(s).toMatchObject({ mode: 'model', apiKey: KEY, dailyTokens: 200_000, timeoutMs: 10_000, concurrency: 4, responseFormat: 'json_object' });
  });

  it('refuse a bad or half-filled setting in one line naming the variable and what to write', () => {
    const line = (env: Record<string, string>) => {
      try {
        loadReaderSettings(env);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as Error).message;
      }
      throw new Error('no error');
    };
    expect(line({ PARLEY_READER: 'model' })).toBe(
      'PARLEY_READER=model needs PARLEY_MODEL_URL (an OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1 for Ollama) and PARLEY_MODEL (the model name, e.g. llama3.1:8b); or set PARLEY_READER=rules',
    );
    expect(line({ PARLEY_READER: 'gpt' })).toBe('Model reader: PARLEY_READER: expected rules, model or both');
    expect(line({ PARLEY_READER: 'both', PARLEY_MODEL_URL: '127.0.0.1:11434', PARLEY_MODEL: 'm' })).toBe('Model reader: PARLEY_MODEL_URL: expected an http(s) URL');
    expect(line({ PARLEY_READER: 'both', PARLEY_MODEL_URL: 'http://h/v1', PARLEY_MODEL: 'm', PARLEY_MODEL_TIMEOUT_MS: '30s' })).toBe(
      'Model reader: PARLEY_MODEL_TIMEOUT_MS: expected milliseconds, e.g. 30000, got "30s"',
    );
    for (const l of [line({ PARLEY_READER: 'model', PARLEY_MODEL_API_KEY: KEY }), line({ PARLEY_READER: 'x', PARLEY_MODEL_API_KEY: KEY })]) {
      expect(l).not.toContain(KEY);
      expect(l).not.toContain('\n');
    }
  });

  it('redact the API key wherever a log line carries it', () => {
    expect(redact({ apiKey: KEY, PARLEY_MODEL_API_KEY: KEY, nested: { api_key: KEY }, msg: `Incorrect API key provided: ${KEY}` })).toEqual({
      apiKey: '[redacted]',
      PARLEY_MODEL_API_KEY: '[redacted]',
      nested: { api_key: '[redacted]' },
      msg: 'Incorrect API key provided: [redacted]',
    });
  });
});

describe('the API key', () => {
  let fake: ModelFake | undefined;
  let t: ReturnType<typeof tempCore> | undefined;
  afterEach(async () => {
    t?.cleanup();
    await fake?.close();
  });

  it('is sent as the bearer token and never reaches a log, even when the endpoint echoes it back in errors', async () => {
    // Three 500s (the first call and its two retries), then 401s.
    fake = await startModelFake((call, n) =>
      n <= 3
        ? { status: 500, body: { error: { message: `internal error for ${call.authorization}` } } }
        : { status: 401, body: { error: { message: `Incorrect API key provided: ${call.authorization}`, type: 'invalid_request_error', code: 'invalid_api_key' } } },
    );
    const logger = recordingLogger();
    t = tempCore({ reader: readerSettings(fake, { apiKey: KEY, concurrency: 1 }), logger, isolateIngest: true });
    await t.core.ingest([SEED_FEED]);
    expect(fake.calls).toHaveLength(3);
    await t.core.ingest([], { offline: true });
    expect(fake.calls).toHaveLength(4);
    expect(fake.calls[0]!.authorization).toBe(`Bearer ${KEY}`);
    const text = logger.text();
    expect(text).toContain('model reader: the endpoint refused the request');
    expect(text).toContain('HTTP 401 (invalid_api_key)');
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(KEY.slice(3, 20));
    // Nor is it stored: the item waits with the short reason only.
    const db = new Database(t.dbPath, { readonly: true });
    const rows = JSON.stringify(db.prepare('SELECT * FROM model_reads').all());
    db.close();
    expect(rows).toContain('HTTP 401 (invalid_api_key)');
    expect(rows).not.toContain(KEY);
  });

  it('reaches the ingest worker with the rest of the settings: the worker reads, the bot never waits on it', async () => {
    fake = await startModelFake(() => ({ reading: seedReading() }));
    t = tempCore({ reader: readerSettings(fake, { apiKey: KEY }), isolateIngest: true });
    await t.core.ingest([SEED_FEED]);
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]!.authorization).toBe(`Bearer ${KEY}`);
    expect((await t.core.explain('1')).stored?.filter((f) => f.kind === 'delegation').map((f) => f.readers)).toEqual(Array(7).fill('rules+model'));
  });

  it('on the worker too, a hang costs the ingest the reader’s timeout, not the worker: the rules’ facts are stored', async () => {
    fake = await startModelFake(() => ({ hang: true }));
    t = tempCore({ reader: readerSettings(fake, { timeoutMs: 1_000 }), isolateIngest: true });
    const report = await t.core.ingest([SEED_FEED]);
    expect(report.sources[0]).toMatchObject({ status: 'new', newItems: 1 });
    expect((await t.core.whoLeads('Ukraine')).delegations[0]!.leaders).toEqual(['Rustem Umerov']);
    expect((await t.core.health()).reader).toMatchObject({ waiting: 1 });
  });
});
