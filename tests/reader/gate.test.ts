import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/core/extract/sentences.js';
import { normaliseQuote, verifyReading } from '../../src/core/reader/gate.js';
import type { ModelReading } from '../../src/core/reader/schema.js';
import { MalformedAnswer, parseReading } from '../../src/core/reader/schema.js';

const TEXT = `Ukraine’s delegation, led by Defence Minister Rustem Umerov, met the American side in Riyadh on Sunday.
The US team was led by Secretary of State Marco Rubio. Talks with Russia are due in Istanbul on May 15, 2025.
Kremlin aide Yuri Ushakov said “nothing is agreed”.`;
const item = (text = TEXT, certain = true) => ({
  title: 'Talks in Riyadh',
  text,
  sentences: splitUnits(text).map((u) => u.text),
  // A Monday: "on Sunday" is the day before.
  published: new Date('2025-03-24T09:00:00Z'),
  publishedCertain: certain,
});
const empty = (): ModelReading => ({ people: [], delegations: [], rounds: [] });

describe('the evidence gate', () => {
  it('keeps a quote whose quote marks and spacing differ from the item’s', () => {
    expect(normaliseQuote('Ukraine’s  delegation,\n led by “X”')).toBe(`Ukraine's delegation, led by "X"`);
    const r = empty();
    r.delegations.push({ side: 'Ukraine', round: null, leaders: ['Rustem Umerov'], members: [], evidence: "Ukraine's delegation,   led by Defence Minister Rustem Umerov" });
    const v = verifyReading(r, item());
    expect(v.delegations).toEqual([{ party: 'Ukraine', leaders: ['Rustem Umerov'], members: [], sentenceIndex: 0 }]);
    expect(v.dropped).toEqual([]);
  });

  it('drops a paraphrase, a name written nowhere, and a name found only inside another word', () => {
    const r = empty();
    r.delegations.push({ side: 'Ukraine', round: null, leaders: ['Rustem Umerov'], members: [], evidence: 'The Ukrainian delegation was headed by Umerov' });
    r.people.push({ name: 'Marco Rubio', title: null, side: null, evidence: 'The US team was led by Secretary of State Marco Rubio' });
    r.people.push({ name: 'Ushak', title: null, side: null, evidence: 'Kremlin aide Yuri Ushakov said' });
    r.people.push({ name: 'Keith Kellogg', title: null, side: null, evidence: 'The US team was led by Secretary of State Marco Rubio' });
    const v = verifyReading(r, item());
    expect(v.people.map((p) => p.name)).toEqual(['Marco Rubio']);
    expect(v.delegations).toEqual([]);
    expect(v.dropped).toEqual([
      { what: 'person “Ushak”', why: 'name not in the text' },
      { what: 'person “Keith Kellogg”', why: 'name not in the text' },
      { what: 'delegation of Ukraine', why: 'evidence not in the text' },
    ]);
  });

  it('takes a side the item names, or the office of a title it writes; never one it does not', () => {
    const person = (name: string, title: string, side: string, evidence: string) => ({ name, title, side, evidence });
    const v = verifyReading(
      {
        ...empty(),
        people: [
          person('Marco Rubio', 'Secretary of State', 'United States', 'The US team was led by Secretary of State Marco Rubio'),
          person('Yuri Ushakov', 'Kremlin aide', 'Russia', 'Kremlin aide Yuri Ushakov said'),
          person('Rustem Umerov', 'Defence Minister', 'Belarus', 'led by Defence Minister Rustem Umerov'),
          person('Rustem Umerov', 'chief negotiator', 'Narnia', 'led by Defence Minister Rustem Umerov'),
        ],
      },
      item(),
    );
    expect(v.people).toEqual([
      { name: 'Marco Rubio', title: 'Secretary of State', party: 'United States', sentenceIndex: 1 },
      { name: 'Yuri Ushakov', title: 'Kremlin aide', party: 'Russia', sentenceIndex: 3 },
      { name: 'Rustem Umerov', title: 'Defence Minister', sentenceIndex: 0 },
      { name: 'Rustem Umerov', sentenceIndex: 0 },
    ]);
    expect(v.dropped).toEqual([
      { what: 'person “Rustem Umerov”: side Belarus', why: 'side not named in the text' },
      { what: 'person “Rustem Umerov”: title “chief negotiator”', why: 'title not in the text' },
      { what: 'person “Rustem Umerov”: side “Narnia”', why: 'side not a known party' },
    ]);
  });

  it('resolves a date from a phrase in the evidence with the rules’ date code, and refuses one it does not state', () => {
    const r = empty();
    r.rounds.push({ place: 'Riyadh', date: '2025-03-23', status: 'held', evidence: 'met the American side in Riyadh on Sunday' });
    r.rounds.push({ place: 'Istanbul', date: '2025-05-15', status: 'scheduled', evidence: 'Talks with Russia are due in Istanbul on May 15, 2025.' });
    r.rounds.push({ place: 'Riyadh', date: '2025-03-16', status: 'held', evidence: 'met the American side in Riyadh on Sunday' });
    r.rounds.push({ place: 'Istanbul', date: '2025-05-15', status: 'scheduled', evidence: 'Talks with Russia are due in Istanbul' });
    const v = verifyReading(r, item());
    expect(v.rounds.map((x) => [x.place, x.date])).toEqual([
      ['Riyadh', { date: '2025-03-23', precision: 'day', text: 'on Sunday' }],
      ['Istanbul', expect.objectContaining({ date: '2025-05-15', precision: 'day' })],
    ]);
    expect(v.dropped).toEqual([
      { what: 'round Riyadh 2025-03-16', why: 'date not in the evidence' },
      { what: 'round Istanbul 2025-05-15', why: 'date not in the evidence' },
    ]);
  });

  it('resolves no weekday against a publication date that is a guess, as the rules do not', () => {
    const r = empty();
    r.rounds.push({ place: 'Riyadh', date: '2025-03-23', status: 'held', evidence: 'met the American side in Riyadh on Sunday' });
    expect(verifyReading(r, item(TEXT, false)).dropped).toEqual([{ what: 'round Riyadh 2025-03-23', why: 'date not in the evidence' }]);
  });

  it('drops a place the item never writes, and keeps a delegation whose round link it cannot support without the link', () => {
    const r = empty();
    r.rounds.push({ place: 'Geneva', date: null, status: 'scheduled', evidence: 'Talks with Russia are due in Istanbul on May 15, 2025.' });
    r.delegations.push({ side: 'United States', round: { place: 'Geneva', date: '2025-06-01' }, leaders: ['Marco Rubio'], members: [], evidence: 'The US team was led by Secretary of State Marco Rubio.' });
    const v = verifyReading(r, item());
    expect(v.rounds).toEqual([]);
    expect(v.delegations).toEqual([{ party: 'United States', leaders: ['Marco Rubio'], members: [], sentenceIndex: 1 }]);
    expect(v.dropped.map((d) => d.why)).toEqual(['place not in the text', 'place not in the text', 'date not in the evidence']);
  });
});

describe('reading an answer', () => {
  it('takes JSON wrapped in a fence, and calls anything off the contract malformed', () => {
    expect(parseReading('```json\n{"people":[],"delegations":[],"rounds":[]}\n```')).toEqual(empty());
    expect(() => parseReading('I cannot help with that.')).toThrow(MalformedAnswer);
    expect(() => parseReading('{"people": [}')).toThrow(/not JSON/);
    expect(() => parseReading('{"people":[{"name":"A"}],"delegations":[],"rounds":[]}')).toThrow(/not the reading schema \(people\.0\.title/);
    expect(() => parseReading('{"people":[],"delegations":[],"rounds":[{"place":"X","date":"15 May","status":"held","evidence":"e"}]}')).toThrow(/rounds\.0\.date/);
  });
});
