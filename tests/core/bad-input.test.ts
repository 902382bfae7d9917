import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUserError, type UserError } from '../../src/core/errors.js';
import { SEED_FEED, tempCore } from '../support/temp-core.js';

async function userError(fn: () => Promise<unknown>): Promise<UserError> {
  try {
    await fn();
  } catch (err) {
    if (isUserError(err)) return err;
    throw err;
  }
  throw new Error('expected a UserError');
}

describe('bad input gets a one-line error that says what to type instead', () => {
  const t = tempCore();
  beforeAll(async () => {
    await t.core.ingest([SEED_FEED]);
  });
  afterAll(() => t.cleanup());

  it('refuses an unknown party with exit code 2 and an example', async () => {
    const e = await userError(() => t.core.whoLeads('Atlantis'));
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(/Try: \/who-leads Ukraine/);
    expect(e.message).not.toContain('\n');
  });

  it('refuses empty and oversized arguments', async () => {
    expect((await userError(() => t.core.whoLeads('   '))).message).toMatch(/Missing party/);
    expect((await userError(() => t.core.whoLeads('x'.repeat(5000)))).message).toMatch(/too long/);
    expect((await userError(() => t.core.actor(''))).message).toMatch(/Missing name/);
  });

  it('refuses malformed dates naming the valid form', async () => {
    for (const bad of ['2025-13-45', '2025-02-30', 'yesterday', '11/03/2025']) {
      const e = await userError(() => t.core.timeline({ from: bad }));
      expect(e.message).toMatch(/YYYY-MM-DD/);
      expect(e.exitCode).toBe(2);
    }
    expect((await userError(() => t.core.whoLeads('Ukraine', { round: '2025-99-01' }))).message).toMatch(/YYYY-MM-DD/);
    expect((await userError(() => t.core.timeline({ from: '2025-04-01', to: '2025-03-01' }))).message).toMatch(/after the to date/);
  });

  it('accepts a month as a date range', async () => {
    const r = await t.core.timeline({ from: '2025-03', to: '2025-03' });
    expect(r.events.length).toBeGreaterThan(0);
    expect(r.events.every((e) => e.date.startsWith('2025-03'))).toBe(true);
  });

  it('refuses an unknown topic listing the topics', async () => {
    const e = await userError(() => t.core.timeline({ topic: 'knitting' }));
    expect(e.message).toMatch(/maritime/);
  });

  it('accepts a topic by id, label word or lexicon term', async () => {
    expect((await t.core.timeline({ topic: 'maritime' })).events.length).toBeGreaterThan(0);
    expect((await t.core.timeline({ topic: 'black sea' })).events.length).toBeGreaterThan(0);
  });

  it('keeps FTS syntax from users harmless', async () => {
    for (const text of ['"', 'NEAR(', 'energy OR', '*', 'a AND (b', "Kyiv's \"trust"]) {
      // Answered, or refused with a UserError: never an SQLite syntax error.
      await expect(
        t.core.timeline({ text }).then(
          () => undefined,
          (err: unknown) => {
            if (!isUserError(err)) throw err;
          },
        ),
      ).resolves.toBeUndefined();
    }
    expect((await t.core.timeline({ text: 'Jeddah' })).events.some((e) => e.place === 'Jeddah')).toBe(true);
  });

  it('answers an unknown actor with exit 1 and did-you-mean candidates', async () => {
    const e = await userError(() => t.core.actor('Witcoff'));
    expect(e.exitCode).toBe(1);
    expect(e.suggestions).toContain('Steve Witkoff');
    expect(e.message).toMatch(/Did you mean: Steve Witkoff/);
    const none = await userError(() => t.core.actor('Qwertyuiop'));
    expect(none.exitCode).toBe(1);
  });

  it('refuses an empty or 2,000-character question', async () => {
    expect((await userError(() => t.core.ask(''))).message).toMatch(/Try: \/ask/);
    expect((await userError(() => t.core.ask('who '.repeat(500)))).message).toMatch(/under 500/);
  });

  it('refuses a timeline limit out of range', async () => {
    expect((await userError(() => t.core.timeline({ limit: 0 }))).message).toMatch(/1 to 500/);
    expect((await userError(() => t.core.timeline({ limit: 10_000 }))).message).toMatch(/1 to 500/);
  });
});
