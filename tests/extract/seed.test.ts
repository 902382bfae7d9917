import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import type { Extraction } from '../../src/core/extract/types.js';
import { LEXICON } from './lexicon.js';

// The project's seed article (a report of the Riyadh talks), copied from the steering repo's seeds.
const SEED = join(import.meta.dirname, '..', 'fixtures', 'seed-article.txt');
const text = readFileSync(SEED, 'utf8');
const x: Extraction = extract({ title: '', text, published: new Date('2025-03-23T20:30:00Z'), lexicon: LEXICON });

function delegation(party: string) {
  const d = x.delegations.find((y) => y.party === party);
  expect(d, party).toBeDefined();
  return d!;
}

function actor(name: string) {
  const ms = x.actors.filter((a) => a.name === name);
  expect(ms.length, name).toBeGreaterThan(0);
  return { mentions: ms, role: ms.find((m) => m.role)?.role, party: ms.find((m) => m.party)?.party };
}

describe('the seed article (Riyadh, 23 March 2025)', () => {
  it('finds who led and who joined each delegation, with no leader invented for Russia', () => {
    const ua = delegation('Ukraine');
    expect(ua.leaders).toEqual(['Rustem Umerov']);
    expect(ua.members).toEqual(['Pavlo Palisa', 'Ihor Zhovkva']);
    const us = delegation('United States');
    expect(us.leaders).toEqual(['Andrew Peek', 'Michael Anton']);
    expect(us.members).toEqual([]);
    const ru = delegation('Russia');
    expect(ru.leaders).toEqual([]);
    expect(ru.members).toEqual(['Grigory Karasin', 'Sergei Beseda']);
  });

  it('ties Ukraine and the US to Sunday in Riyadh, Russia to Monday’s talks', () => {
    const riyadh = x.rounds.findIndex((r) => r.place === 'Riyadh' && r.date?.date === '2025-03-23');
    const monday = x.rounds.findIndex((r) => r.date?.date === '2025-03-24');
    expect(riyadh).toBeGreaterThanOrEqual(0);
    expect(monday).toBeGreaterThanOrEqual(0);
    expect(delegation('Ukraine').roundIndex).toBe(riyadh);
    expect(delegation('United States').roundIndex).toBe(riyadh);
    expect(delegation('Russia').roundIndex).toBe(monday);
  });

  it('finds the rounds: Jeddah 11 March, Riyadh 23 March (one round), US–Russia 24 March scheduled', () => {
    const jeddah = x.rounds.find((r) => r.place === 'Jeddah');
    expect(jeddah?.date).toMatchObject({ date: '2025-03-11', precision: 'day' });
    expect(jeddah?.status).toBe('held');
    expect(jeddah?.parties).toEqual(expect.arrayContaining(['United States', 'Ukraine']));
    const sunday = x.rounds.filter((r) => r.date?.date === '2025-03-23');
    expect(sunday).toHaveLength(1);
    expect(sunday[0]).toMatchObject({ place: 'Riyadh', status: 'held' });
    expect(sunday[0]!.parties).toEqual(expect.arrayContaining(['United States', 'Ukraine']));
    const monday = x.rounds.filter((r) => r.date?.date === '2025-03-24');
    expect(monday).toHaveLength(1);
    expect(monday[0]).toMatchObject({ place: 'Riyadh', status: 'scheduled' });
    expect(monday[0]!.parties).toEqual(expect.arrayContaining(['United States', 'Russia']));
  });

  it('dates the Trump–Putin call to Tuesday 18 March', () => {
    const call = x.events.find((e) => e.kind === 'call');
    expect(call?.date).toMatchObject({ date: '2025-03-18', precision: 'day' });
    expect(call?.parties).toEqual(expect.arrayContaining(['United States', 'Russia']));
    expect(call?.actors).toEqual(expect.arrayContaining(['Trump', 'Vladimir Putin']));
  });

  it('reads "last month" as February with month precision', () => {
    const d = x.dates?.find((y) => y.text === 'last month');
    expect(d).toMatchObject({ date: '2025-02-01', precision: 'month' });
  });

  it('records roles and parties stated beside names', () => {
    expect(actor('Steve Witkoff').role).toEqual({ title: 'special envoy for Russia', party: 'United States' });
    expect(actor('Mike Waltz').role?.title).toBe('national security adviser');
    expect(actor('Maria Zakharova').role).toEqual({ title: 'foreign ministry spokesperson', party: 'Russia' });
    expect(actor('Keir Starmer').role).toEqual({ title: 'prime minister', party: 'United Kingdom' });
    expect(actor('Rustem Umerov').role).toEqual({ title: 'defence minister', party: 'Ukraine' });
    expect(actor('Andrew Peek').role?.title).toBe('National Security Council');
    expect(actor('Andrew Peek').party).toBe('United States');
    expect(actor('Michael Anton').role?.title).toBe('head of policy planning at the Department of State');
    expect(actor('Petr Pavel').role?.title).toBe('president');
    for (const n of ['Volodymyr Zelenskyy', 'Margarita Simonyan', 'Rachel Reeves', 'Tucker Carlson']) actor(n);
  });

  it('resolves surname-only mentions to the fullest name in the item', () => {
    const umerov = x.actors.filter((a) => a.surface === 'Umerov');
    expect(umerov.length).toBeGreaterThan(0);
    expect(umerov.every((a) => a.name === 'Rustem Umerov')).toBe(true);
    expect(x.actors.filter((a) => a.surface === 'Putin').every((a) => a.name === 'Vladimir Putin')).toBe(true);
  });

  it('does not make people of places, institutions, days or sentence-initial words', () => {
    const names = new Set(x.actors.map((a) => a.name));
    for (const bad of ['Black Sea', 'Saudi Arabia', 'Sunday', 'Downing Street', 'Additional', 'George Parker in London', 'White House', 'Department of State', 'Telegram', 'Riyadh', 'Kyiv'])
      expect(names.has(bad), bad).toBe(false);
  });

  it('keeps event titles extractive and short', () => {
    for (const e of x.events) {
      expect(e.title.length).toBeLessThanOrEqual(300);
      expect(e.evidence.startsWith(e.title.replace(/…$/, ''))).toBe(true);
    }
  });
});
