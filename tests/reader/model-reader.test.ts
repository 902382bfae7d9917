import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/create-core.js';
import { startModelFake, type ModelFake } from '../support/model-fake.js';
import { rulesReading } from '../support/rules-reading.js';
import { SEED_FEED, tempCore } from '../support/temp-core.js';
import { readerSettings, recordingLogger, seedReading } from './support.js';

/**
 * The model reader against a fake OpenAI-compatible server on loopback, through the real ingest:
 * what the fake answers, what reaches the knowledge base, and what the bot's who-leads says.
 */

type Temp = ReturnType<typeof tempCore>;
const open: { fakes: ModelFake[]; temps: Temp[] } = { fakes: [], temps: [] };
afterEach(async () => {
  for (const t of open.temps.splice(0)) await t.cleanup();
  for (const f of open.fakes.splice(0)) await f.close();
});
const fakeWith = async (respond: ModelFake['respond']) => {
  const f = await startModelFake(respond);
  open.fakes.push(f);
  return f;
};
const temp = (opts: Parameters<typeof tempCore>[0]) => {
  const t = tempCore(opts);
  open.temps.push(t);
  return t;
};

const PARTIES = ['Ukraine', 'United States', 'Russia'];
const answers = (t: Temp) =>
  Promise.all(PARTIES.map(async (p) => (await t.core.whoLeads(p)).delegations.map((d) => ({ leaders: d.leaders, members: d.members, round: d.round, evidence: d.evidence }))));

/** Every delegation member and round source stored, with its readers. */
function readersIn(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    return {
      members: db
        .prepare<[], { party: string; name: string; role: string; readers: string }>(
          'SELECT d.party, a.name, s.role, s.readers FROM delegation_member_sources s JOIN delegations d ON d.id = s.delegation_id JOIN actors a ON a.id = s.actor_id ORDER BY 1, 2',
        )
        .all(),
      rounds: db
        .prepare<[], { place: string | null; date: string | null; readers: string }>(
          'SELECT r.place, r.date, s.readers FROM round_sources s JOIN rounds r ON r.id = s.round_id ORDER BY r.date',
        )
        .all(),
      reads: db
        .prepare<[], { status: string; tries: number; next_try_at: string | null; last_error: string | null; kept: number | null; dropped: number | null; item_id: number | null }>(
          'SELECT status, tries, next_try_at, last_error, kept, dropped, item_id FROM model_reads ORDER BY item_id',
        )
        .all(),
    };
  } finally {
    db.close();
  }
}

async function rulesAnswers() {
  const t = temp({});
  await t.core.ingest([SEED_FEED]);
  return await answers(t);
}

describe('PARLEY_READER=both on the seed, against a fake endpoint', () => {
  it('gives the same who-leads answers as the rules, every delegation member and its round read by both readers', async () => {
    const fake = await fakeWith(() => ({ reading: seedReading() }));
    const t = temp({ reader: readerSettings(fake) });
    const report = await t.core.ingest([SEED_FEED]);
    expect(report.sources[0]).toMatchObject({ status: 'new', newItems: 1 });

    expect(await answers(t)).toEqual(await rulesAnswers());
    const stored = readersIn(t.dbPath);
    expect(stored.members).toHaveLength(7);
    for (const m of stored.members) expect(m.readers).toBe('rules+model');
    const roundReaders = Object.fromEntries(stored.rounds.map((r) => [`${r.place} ${r.date}`, r.readers]));
    expect(roundReaders).toMatchObject({ 'Riyadh 2025-03-23': 'rules+model', 'Riyadh 2025-03-24': 'rules+model', 'Jeddah 2025-03-11': 'rules+model' });
    expect(stored.reads).toEqual([expect.objectContaining({ status: 'read', kept: 15, dropped: 0, item_id: 1 })]);
  });

  it('asks for JSON matching the reading schema (response_format json_schema, strict) with the item and its date', async () => {
    const fake = await fakeWith(() => ({ reading: seedReading() }));
    const t = temp({ reader: readerSettings(fake) });
    await t.core.ingest([SEED_FEED]);
    expect(fake.calls).toHaveLength(1);
    const call = fake.calls[0]!;
    expect(call.model).toBe('fake-model');
    expect(call.responseFormat).toMatchObject({ type: 'json_schema', json_schema: { name: 'parley_reading', strict: true } });
    const schema = call.responseFormat!.json_schema!.schema as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(['people', 'delegations', 'rounds']);
    expect(schema.additionalProperties).toBe(false);
    expect(call.item.published).toBe('2025-03-23');
    expect(call.item.text).toContain('Its delegation will comprise Grigory Karasin');
  });

  it('shows each fact’s readers and the model’s reading in parley explain', async () => {
    const fake = await fakeWith(() => ({ reading: seedReading() }));
    const t = temp({ reader: readerSettings(fake) });
    await t.core.ingest([SEED_FEED]);
    const r = await t.core.explain('1');
    expect(r.stored).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'delegation', fact: 'Ukraine: leader Rustem Umerov', readers: 'rules+model' })]));
    expect(r.model).toMatchObject({ model: 'fake-model', status: 'read', dropped: [] });
    expect(r.model!.kept).toEqual(expect.arrayContaining([expect.stringMatching(/round Jeddah 2025-03-11 \(“March 11”\) held/)]));
  });
});

describe('the evidence gate drops what the item does not say, and counts it', () => {
  it('drops a name that is not in the text', async () => {
    const reading = seedReading();
    reading.delegations[0]!.members.push('Oleksandr Petrenko');
    reading.people.push({ name: 'Oleksandr Petrenko', title: 'deputy minister', side: 'Ukraine', evidence: 'which included Pavlo Palisa, a presidential military adviser' });
    const fake = await fakeWith(() => ({ reading }));
    const t = temp({ reader: readerSettings(fake) });
    await t.core.ingest([SEED_FEED]);
    expect((await t.core.whoLeads('Ukraine')).delegations[0]!.members).toEqual(['Pavlo Palisa', 'Ihor Zhovkva']);
    await expect(t.core.actor('Petrenko')).rejects.toThrow();
    expect(readersIn(t.dbPath).reads[0]).toMatchObject({ kept: 15, dropped: 2 });
    expect((await t.core.health()).reader).toMatchObject({ dropped: 2 });
    expect((await t.core.explain('1')).model!.dropped).toEqual([
      { what: 'person “Oleksandr Petrenko”', why: 'name not in the text' },
      { what: 'member of Ukraine “Oleksandr Petrenko”', why: 'name not in the text' },
    ]);
  });

  it('drops a round whose date the evidence does not state', async () => {
    const reading = seedReading();
    // The sentence is real; the date is invented (the evidence says "on Monday", which is the 24th).
    reading.rounds.push({ place: 'Riyadh', date: '2025-03-30', status: 'scheduled', evidence: 'followed by US-Russia talks on Monday' });
    const fake = await fakeWith(() => ({ reading }));
    const t = temp({ reader: readerSettings(fake) });
    await t.core.ingest([SEED_FEED]);
    expect(readersIn(t.dbPath).rounds.map((r) => r.date)).not.toContain('2025-03-30');
    expect((await t.core.timeline({})).events.map((e) => e.date)).not.toContain('2025-03-30');
    expect((await t.core.explain('1')).model!.dropped).toEqual([{ what: 'round Riyadh 2025-03-30', why: 'date not in the evidence' }]);
  });
});

describe('when the model fails, the rules read and the item is read later', () => {
  it('falls back to the rules on malformed JSON, then merges the model’s facts when a later pass reads it', async () => {
    let broken = true;
    const fake = await fakeWith(() => (broken ? { content: '{"people": [{"name": "Rustem Umerov",}]}' } : { reading: seedReading() }));
    let now = new Date('2025-03-24T06:00:00Z');
    const t = temp({ reader: readerSettings(fake), clock: () => now });
    await t.core.ingest([SEED_FEED]);
    expect(await answers(t)).toEqual(await rulesAnswers());
    let stored = readersIn(t.dbPath);
    for (const m of stored.members) expect(m.readers).toBe('rules');
    expect(stored.reads).toEqual([expect.objectContaining({ status: 'pending', tries: 1, item_id: 1, next_try_at: '2025-03-24T06:05:00.000Z' })]);
    expect(stored.reads[0]!.last_error).toMatch(/^malformed answer: not JSON/);

    // Not due yet: no call.
    broken = false;
    await t.core.ingest([SEED_FEED]);
    expect(fake.calls).toHaveLength(1);
    now = new Date('2025-03-24T06:06:00Z');
    const again = await t.core.ingest([SEED_FEED]);
    expect(again.sources[0]).toMatchObject({ status: 'duplicate' });
    expect(fake.calls).toHaveLength(2);
    stored = readersIn(t.dbPath);
    for (const m of stored.members) expect(m.readers).toBe('rules+model');
    expect(stored.reads[0]).toMatchObject({ status: 'read', item_id: 1 });
    expect(await answers(t)).toEqual(await rulesAnswers());
  });

  it('waits as a 429’s Retry-After asks when that fits in its time, and reads', async () => {
    const fake = await fakeWith((_call, n) => (n === 1 ? { status: 429, headers: { 'retry-after': '1' }, body: { error: { message: 'slow down', code: 'rate_limit_exceeded' } } } : { reading: seedReading() }));
    const t = temp({ reader: readerSettings(fake) });
    await t.core.ingest([SEED_FEED]);
    expect(fake.calls).toHaveLength(2);
    for (const m of readersIn(t.dbPath).members) expect(m.readers).toBe('rules+model');
  });

  it('on a 429 asking for longer than its time: rules now, the item read after the Retry-After, no call meanwhile', async () => {
    const fake = await fakeWith(() => ({ status: 429, headers: { 'retry-after': '3600' } }));
    const t = temp({ reader: readerSettings(fake) });
    await t.core.ingest([SEED_FEED]);
    expect(fake.calls).toHaveLength(1);
    expect(await answers(t)).toEqual(await rulesAnswers());
    expect(readersIn(t.dbPath).reads).toEqual([expect.objectContaining({ status: 'pending', tries: 1, next_try_at: '2025-03-24T07:00:00.000Z', last_error: 'HTTP 429' })]);
    // Another item in the same process: the endpoint asked to wait, so it is not asked.
    await t.core.ingest([], { offline: true });
    expect(fake.calls).toHaveLength(1);
  });

  it('gives up on a hang after its timeout: the ingest completes from the rules, the item waits to be read', async () => {
    const fake = await fakeWith(() => ({ hang: true }));
    const logger = recordingLogger();
    const t = temp({ reader: readerSettings(fake, { timeoutMs: 1_000 }), logger });
    const report = await t.core.ingest([SEED_FEED]);
    expect(report.sources[0]).toMatchObject({ status: 'new', newItems: 1 });
    expect(fake.calls).toHaveLength(1);
    expect(await answers(t)).toEqual(await rulesAnswers());
    expect(readersIn(t.dbPath).reads).toEqual([expect.objectContaining({ status: 'pending', tries: 1, last_error: 'no answer within 1 s' })]);
    expect(logger.lines).toEqual(expect.arrayContaining([expect.objectContaining({ msg: 'model reader', obj: expect.objectContaining({ later: 1, why: ['no answer within 1 s'] }) })]));
  });

  it('asks again without json_schema when the server refuses it, and says the schema in the prompt', async () => {
    const fake = await fakeWith((call) =>
      call.responseFormat?.type === 'json_schema' ? { status: 400, body: { error: { message: "response_format 'json_schema' is not supported", type: 'invalid_request_error' } } } : { reading: seedReading() },
    );
    const t = temp({ reader: readerSettings(fake) });
    await t.core.ingest([SEED_FEED]);
    expect(fake.calls.map((c) => c.responseFormat?.type)).toEqual(['json_schema', 'json_object']);
    expect(fake.calls[1]!.messages[0]!.content).toContain('"required":["people","delegations","rounds"]');
    for (const m of readersIn(t.dbPath).members) expect(m.readers).toBe('rules+model');
  });
});

describe('cost', () => {
  it('never pays twice for one text: a failed store, then a re-ingest by a restarted core, reads from the cache', async () => {
    const fake = await fakeWith(() => ({ reading: seedReading() }));
    const t = temp({ reader: readerSettings(fake) });
    // The write after the model's read fails (as a full disk or a killed worker would make it).
    const side = new Database(t.dbPath);
    side.exec("CREATE TRIGGER refuse_items BEFORE INSERT ON items BEGIN SELECT RAISE(ABORT, 'no room'); END;");
    const first = await t.core.ingest([SEED_FEED]);
    expect(first.sources[0]).toMatchObject({ status: 'failed' });
    expect(fake.calls).toHaveLength(1);
    side.exec('DROP TRIGGER refuse_items');
    side.close();

    // A restart: a new core (a new reader, nothing in memory) on the same file.
    await t.core.close();
    const again = createCore({ dbPath: t.dbPath, now: () => new Date('2025-03-24T06:00:00Z'), isolateIngest: false, reader: readerSettings(fake) });
    try {
      const report = await again.ingest([SEED_FEED]);
      expect(report.sources[0]).toMatchObject({ status: 'new', newItems: 1 });
      expect(fake.calls).toHaveLength(1);
      for (const m of readersIn(t.dbPath).members) expect(m.readers).toBe('rules+model');
      expect((await again.health()).reader).toMatchObject({ calls: 1, tokens: 1000 });
    } finally {
      await again.close();
    }
  });

  it('stops calling once the day’s tokens are spent; the rules read the rest, and /healthz and the log say so', async () => {
    // Each answer costs 6,000 tokens; after two, what is left (1,000) cannot pay for a prompt and its answer.
    const fake = await fakeWith((call) => ({ reading: rulesReading(call.item), tokens: 6_000 }));
    const logger = recordingLogger();
    const t = temp({ reader: readerSettings(fake, { dailyTokens: 13_000, maxOutputTokens: 1_000, concurrency: 1 }), logger });
    const report = await t.core.ingest([], { offline: true });
    const newItems = report.sources.reduce((n, s) => n + s.newItems, 0);
    expect(newItems).toBeGreaterThan(5);
    expect(fake.calls).toHaveLength(2);
    expect((await t.core.health()).reader).toMatchObject({ tokens: 12_000, dailyTokens: 13_000, budget: 'spent', spentAt: '2025-03-24T06:00:00.000Z', calls: 2, waiting: newItems - 2 });
    const reads = readersIn(t.dbPath).reads;
    expect(reads.filter((r) => r.status === 'read')).toHaveLength(2);
    for (const r of reads.filter((x) => x.status === 'pending')) expect(r).toMatchObject({ tries: 0, next_try_at: '2025-03-25T00:00:00.000Z', last_error: 'daily token budget spent' });
    const told = logger.lines.filter((l) => l.msg?.includes('daily token budget is spent'));
    expect(told).toHaveLength(1);
    expect(told[0]!.level).toBe('warn');
    // The rules stored every item's facts meanwhile.
    expect((await t.core.whoLeads('Ukraine')).delegations.length).toBeGreaterThan(0);
  });
});

describe('PARLEY_READER=model', () => {
  it('takes delegations and rounds from the model alone, marking those the rules agree with', async () => {
    const reading = seedReading();
    reading.delegations = reading.delegations.filter((d) => d.side === 'Ukraine');
    const fake = await fakeWith(() => ({ reading }));
    const t = temp({ reader: readerSettings(fake, { mode: 'model' }) });
    await t.core.ingest([SEED_FEED]);
    expect((await t.core.whoLeads('Ukraine')).delegations.map((d) => [d.leaders, d.members, d.round?.date])).toEqual([[['Rustem Umerov'], ['Pavlo Palisa', 'Ihor Zhovkva'], '2025-03-23']]);
    // The rules read US and Russian delegations too; in this mode they are not the model's, so not stored.
    expect((await t.core.whoLeads('United States')).delegations).toEqual([]);
    expect((await t.core.whoLeads('Russia')).delegations).toEqual([]);
    const stored = readersIn(t.dbPath);
    expect(stored.members.map((m) => m.readers)).toEqual(['rules+model', 'rules+model', 'rules+model']);
    // The rules' Moscow meeting is not a round the model read.
    expect(stored.rounds.map((r) => `${r.place} ${r.date} ${r.readers}`)).toEqual(['Jeddah 2025-03-11 rules+model', 'Riyadh 2025-03-23 rules+model', 'Riyadh 2025-03-24 rules+model']);
  });

  it('keeps the rules’ reading of an item the model could not read', async () => {
    const fake = await fakeWith(() => ({ status: 503 }));
    const t = temp({ reader: readerSettings(fake, { mode: 'model', timeoutMs: 2_000 }) });
    await t.core.ingest([SEED_FEED]);
    expect(await answers(t)).toEqual(await rulesAnswers());
    expect(readersIn(t.dbPath).reads[0]).toMatchObject({ status: 'pending', last_error: 'HTTP 503' });
  });
});
