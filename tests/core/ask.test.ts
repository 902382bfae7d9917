import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AskResult } from '../../src/core/schemas.js';
import { tempCore } from '../support/temp-core.js';

describe('plain-English questions on the demo dossier', () => {
  const t = tempCore({ now: new Date('2025-03-26T12:00:00Z') });
  beforeAll(async () => {
    await t.core.ingest(undefined, { offline: true });
  });
  afterAll(() => t.cleanup());

  const ask = (q: string) => AskResult.parse(t.core.ask(q));

  it('answers who leads, in several phrasings', () => {
    for (const q of ['who leads the Russian delegation?', 'Who is heading the Russian team?', 'who led Moscow’s delegation in Riyadh?']) {
      const a = ask(q);
      expect(a.intent, q).toBe('who-leads');
      expect(a.answer, q).toContain('Grigory Karasin');
    }
  });

  it('finds a person by the role the sources give them', () => {
    expect(ask('who is the US envoy?').answer).toContain('Steve Witkoff');
    expect(ask("who is Ukraine's defence minister?").answer).toContain('Rustem Umerov');
    expect(ask('who is the Kremlin spokesman?').answer).toContain('Dmitry Peskov');
  });

  it('tells what a party said, newest first, with sources', () => {
    const a = ask('what did the Kremlin say?');
    expect(a.intent).toBe('timeline');
    const events = (a.data as { events: { parties: string[]; sources: unknown[] }[] }).events;
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.parties).toContain('Russia');
      expect(e.sources.length).toBeGreaterThan(0);
    }
  });

  it('says when no talks are on record after today, and which were the last', () => {
    const a = ask('when are the next talks?');
    expect(a.answer).toMatch(/^No talks after 2025-03-26 are on record\. The most recent: .*on 2025-03-2[45]\.$/);
  });

  it('answers what was agreed with the agreement itself', () => {
    const a = ask('what was agreed about the Black Sea?');
    expect(a.intent).toBe('agreement');
    expect(a.answer).toMatch(/2025-03-25: In two statements issued on Tuesday, the White House said the sides had agreed/);
  });

  it('lists what it can answer instead of guessing', () => {
    const a = ask('hello there');
    expect(a.intent).toBe('help');
    expect(a.answer).toMatch(/who leads the Ukrainian delegation/);
  });
});
