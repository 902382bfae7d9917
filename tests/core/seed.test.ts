import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActorResult, TimelineResult, WhoLeadsResult } from '../../src/core/schemas.js';
import { SEED_FEED, tempCore } from '../support/temp-core.js';

describe('the seed article, from extraction alone (no curated actors)', () => {
  const t = tempCore();
  beforeAll(async () => {
    const report = await t.core.ingest([SEED_FEED]);
    expect(report.sources[0]).toMatchObject({ status: 'new', newItems: 1 });
  });
  afterAll(() => t.cleanup());

  it('answers who leads Ukraine’s delegation with the source that says so', async () => {
    const r = WhoLeadsResult.parse(await t.core.whoLeads('Ukraine'));
    expect(r.party).toBe('Ukraine');
    const d = r.delegations[0]!;
    expect(d.leaders).toEqual(['Rustem Umerov']);
    expect(d.members).toEqual(expect.arrayContaining(['Pavlo Palisa', 'Ihor Zhovkva']));
    expect(d.members).toHaveLength(2);
    expect(d.round).toMatchObject({ place: 'Riyadh', date: '2025-03-23', status: 'held' });
    expect(d.evidence).toContain('heading his country’s delegation');
    expect(d.sources[0]).toMatchObject({ published: '2025-03-23T20:30:00.000Z' });
    expect(d.sources[0]!.url).not.toContain('utm_');
  });

  it('names both US leaders', async () => {
    const d = (await t.core.whoLeads('United States')).delegations[0]!;
    expect(d.leaders).toEqual(['Andrew Peek', 'Michael Anton']);
    expect(d.members).toEqual([]);
  });

  it('says the Russian delegation has no named leader rather than guessing', async () => {
    const d = (await t.core.whoLeads('Russian')).delegations[0]!;
    expect(d.leaders).toEqual([]);
    expect(d.members).toEqual(['Grigory Karasin', 'Sergei Beseda']);
    expect(d.leaderNote).toMatch(/no leader/i);
    expect(d.round).toMatchObject({ date: '2025-03-24', status: 'scheduled' });
  });

  it('resolves parties by demonym, capital and institution', async () => {
    for (const name of ['Ukrainian', 'Kyiv', "Ukraine's"]) expect((await t.core.whoLeads(name)).party).toBe('Ukraine');
    for (const name of ['US', 'American', 'Washington', 'the United States']) expect((await t.core.whoLeads(name)).party).toBe('United States');
    for (const name of ['Moscow', 'Kremlin', 'Russia']) expect((await t.core.whoLeads(name)).party).toBe('Russia');
  });

  it('filters delegations by round place or date', async () => {
    expect((await t.core.whoLeads('Ukraine', { round: 'Riyadh' })).delegations).toHaveLength(1);
    expect((await t.core.whoLeads('Ukraine', { round: '2025-03-23' })).delegations).toHaveLength(1);
    expect((await t.core.whoLeads('Ukraine', { round: 'Saudi Arabia' })).delegations).toHaveLength(1);
    expect((await t.core.whoLeads('Ukraine', { round: 'Istanbul' })).delegations).toHaveLength(0);
  });

  it('holds the four dated developments of the talks, each with its source', async () => {
    const r = TimelineResult.parse(await t.core.timeline({}));
    const find = (date: string, kind: string) => r.events.find((e) => e.date === date && e.kind === kind);
    const jeddah = find('2025-03-11', 'talks');
    expect(jeddah?.place).toBe('Jeddah');
    const call = find('2025-03-18', 'call');
    expect(call?.parties).toEqual(expect.arrayContaining(['Russia', 'United States']));
    expect(find('2025-03-23', 'talks')?.place).toBe('Riyadh');
    const usRussia = find('2025-03-24', 'talks');
    expect(usRussia?.parties).toEqual(expect.arrayContaining(['Russia', 'United States']));
    for (const e of [jeddah, call, usRussia]) expect(e?.sources[0]?.title).toMatch(/Saudi Arabia/);
    const dates = r.events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('gives Witkoff as the US special envoy for Russia', async () => {
    const r = ActorResult.parse(await t.core.actor('Witkoff'));
    expect(r.actor.name).toBe('Steve Witkoff');
    expect(r.actor.roles.map((x) => x.title)).toContain('special envoy for Russia');
    const role = r.actor.roles.find((x) => x.title === 'special envoy for Russia')!;
    expect(role.party).toBe('United States');
    expect(role.asOf).toBe('2025-03-23');
    expect(role.sources).toHaveLength(1);
    expect(r.actor.mentions).toBeGreaterThan(3);
  });

  it('finds Volodymyr Zelenskyy under any transliteration', async () => {
    for (const q of ['Zelensky', 'Zelenskiy', 'zelenskyy', 'Volodymyr Zelensky']) {
      expect((await t.core.actor(q)).actor.name).toBe('Volodymyr Zelenskyy');
    }
  });

  it('lists an actor’s delegation', async () => {
    const r = await t.core.actor('Umerov');
    expect(r.actor.delegations[0]?.party).toBe('Ukraine');
    expect(r.actor.roles.map((x) => x.title)).toContain('defence minister');
  });

  it('answers plain questions through the same queries', async () => {
    const a = await t.core.ask('who leads the Ukrainian delegation?');
    expect(a.intent).toBe('who-leads');
    expect(a.answer).toContain('Rustem Umerov');
    expect(await t.core.ask('Who is Witkoff?')).toMatchObject({ intent: 'who-is' });
    expect((await t.core.ask('who is Witkoff?')).answer).toContain('special envoy for Russia');
    const m11 = await t.core.ask('what happened on March 11?');
    expect(m11.intent).toBe('happened');
    expect(m11.lines.some((l) => /Jeddah/.test(l.lead ?? ''))).toBe(true);
    expect((await t.core.ask('what was agreed about the Black Sea?')).intent).toBe('agreed');
    expect((await t.core.ask('what is the weather like?')).intent).toBe('unknown');
    expect((await t.core.ask('when are the next talks?')).answer).toMatch(/^Next on record: Riyadh, 24 Mar 2025 \(scheduled\) \(Russia–United States\)/);
  });

  it('re-ingesting the same feed adds nothing', async () => {
    const before = (await t.core.timeline({})).events.length;
    const report = await t.core.ingest([SEED_FEED]);
    expect(report.sources[0]).toMatchObject({ status: 'duplicate', newItems: 0, duplicates: 1 });
    expect((await t.core.timeline({})).events.length).toBe(before);
    expect((await t.core.whoLeads('Ukraine')).delegations).toHaveLength(1);
  });
});
