import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/core/briefing/schema.js';
import { createBottomLineWriter, ungrounded } from '../../src/core/reader/bottom-line.js';
import { createModelReads } from '../../src/core/store/model-reads.js';
import { createSqliteClient } from '../../src/core/store/sql.js';
import { startModelFake, type ModelFake } from '../support/model-fake.js';
import { SEED_FEED, tempCore } from '../support/temp-core.js';
import { readerSettings, recordingLogger } from './support.js';

/** The model's bottom line: written from the extractive bottom line's facts, kept only when grounded in them. */
describe('the model-written bottom line', () => {
  const t = tempCore();
  let briefing: Briefing;
  let fake: ModelFake | undefined;
  beforeAll(async () => {
    await t.core.ingest([SEED_FEED]);
    // The core's clock is 2025-03-24T06:00Z.
    briefing = await t.core.briefing({ date: '2025-03-24', tz: 'Europe/Kyiv' });
  });
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });
  afterAll(() => t.cleanup());

  const writer = (f: ModelFake, logger = recordingLogger()) =>
    createBottomLineWriter({ settings: readerSettings(f, { bottomLine: true, model: `m-${Math.random()}`, timeoutMs: 2_000 }), store: createModelReads(createSqliteClient(t.writer)), logger, now: () => new Date('2025-03-24T06:00:00Z') });

  it('starts from the two facts the extractive bottom line states', () => {
    expect(briefing.bottomLine.map((s) => s.text)).toEqual([
      "Ukraine and the US held talks in Riyadh on 23 March: Ukraine's delegation was led by Rustem Umerov, the US delegation by Andrew Peek and Michael Anton.",
      "Next, Russia and the US are due to meet in Riyadh on 24 March: Russia's delegation includes Grigory Karasin and Sergei Beseda (no leader named).",
    ]);
  });

  it('takes the model’s sentences when every name, place and number stands in the facts they cite, once per set of facts', async () => {
    const text = 'Umerov led Ukraine in Riyadh on 23 March, Peek and Anton the US; Russia meets the US there on 24 March with Karasin and Beseda.';
    fake = await startModelFake(() => ({ content: JSON.stringify({ sentences: [{ text, facts: [1, 2] }] }) }));
    const write = writer(fake);
    const out = await write(briefing);
    expect(out.bottomLine).toEqual([{ text, sources: [1] }]);
    expect(fake.calls[0]!.messages[1]!.content).toContain('1. Ukraine and the US held talks in Riyadh on 23 March');
    await write(briefing);
    expect(fake.calls).toHaveLength(1);
  });

  it('keeps the extractive bottom line when the model adds a name, a number or a fact it does not cite', async () => {
    for (const answer of [
      { sentences: [{ text: 'Umerov and Yermak led Ukraine in Riyadh.', facts: [1] }] },
      { sentences: [{ text: 'Ukraine and the US held talks in Riyadh on 25 March.', facts: [1] }] },
      { sentences: [{ text: 'Karasin will meet the US in Riyadh.', facts: [1] }] },
      { sentences: [{ text: 'Talks in Riyadh.', facts: [7] }] },
    ]) {
      fake = await startModelFake(() => ({ content: JSON.stringify(answer) }));
      const logger = recordingLogger();
      expect(await writer(fake, logger)(briefing)).toBe(briefing);
      expect(logger.lines.map((l) => l.msg)).toEqual(['model bottom line dropped; the extractive bottom line stands']);
      await fake.close();
      fake = undefined;
    }
  });

  it('keeps the extractive bottom line when the model does not answer in time', async () => {
    fake = await startModelFake(() => ({ hang: true }));
    expect(await writer(fake)(briefing)).toBe(briefing);
  });

  it('lets a sentence open with a capital only for being first', () => {
    expect(ungrounded('Talks resumed in Riyadh.', 'talks in Riyadh')).toBeUndefined();
    expect(ungrounded('Both sides met in Riyadh.', 'talks in Riyadh')).toBeUndefined();
    expect(ungrounded('They met in Jeddah.', 'talks in Riyadh')).toBe('“Jeddah” is not in the facts it cites');
    expect(ungrounded('Karasin met them in Riyadh.', 'talks in Riyadh')).toBe('“Karasin” is not in the facts it cites');
    expect(ungrounded('They met on 12 March.', 'talks on 11 March')).toBe('“12” is not in the facts it cites');
  });
});
