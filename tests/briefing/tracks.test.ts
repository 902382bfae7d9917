import { describe, expect, it } from 'vitest';
import type { DevelopmentRow, WindowItem } from '../../src/core/briefing/developments.js';
import { decideTracks } from '../../src/core/briefing/tracks.js';
import type { Development } from '../../src/core/extract/event-kinds.js';

const TOPICS = [{ id: 'maritime', label: 'Maritime' }];
const item = (id: number, weight = 1): WindowItem => ({
  id,
  title: `t${id}`,
  text: '',
  lead: '',
  url: null,
  published: `2025-03-23T0${id}:00:00Z`,
  day: '2025-03-23',
  topics: ['maritime'],
  relevance: 5,
  outlet: `o${id}`,
  weight,
  feedUrl: '',
});
const ITEMS = new Map([1, 2, 3].map((id) => [id, item(id, id === 2 ? 1.2 : 1)]));

function row(development: Development, extra: Partial<DevelopmentRow> = {}): DevelopmentRow {
  return {
    development,
    rule: `rule.${development}`,
    event: null,
    date: '2025-03-23',
    itemId: 1,
    sentence: `A sentence reporting ${development} on the Black Sea.`,
    attribution: null,
    parties: [],
    topics: ['maritime'],
    sentenceTopics: ['maritime'],
    fresh: true,
    ...extra,
  };
}

const decide = (rows: DevelopmentRow[], advancedBefore = false) =>
  decideTracks(TOPICS, rows, [], ITEMS, { advancedBefore: () => advancedBefore })[0]!;

describe('track status from the kinds of the window’s developments', () => {
  it('never moves a track on previews, speculation, proposals or demands', () => {
    const d = decide([row('preview'), row('speculation'), row('proposal'), row('demand')]);
    expect(d.status).toBe('quiet');
    expect(d.grounds).toEqual([]);
    expect(d.verdicts.map((v) => v.verdict)).toEqual([
      'preview: never changes a status',
      'speculation: never changes a status',
      'proposal: never changes a status',
      'demand: never changes a status',
    ]);
  });

  it('advances on a held round or an agreement, over accusations and a scheduled meeting the same day', () => {
    const d = decide([row('accusation'), row('scheduled'), row('held', { itemId: 2 }), row('announced', { itemId: 3 })]);
    expect(d.status).toBe('advanced');
    // The weightier outlet's report comes first among equals.
    expect(d.grounds.map((g) => g.development)).toEqual(['held', 'announced']);
    expect(d.verdicts[0]?.verdict).toBe('held → advanced');
    expect(d.verdicts.some((v) => v.verdict === 'accusation → contested, outweighed by advanced')).toBe(true);
  });

  it('reverses on a walk-out or suspension only when the track had advanced before; else it stalls', () => {
    expect(decide([row('suspension'), row('held')], true).status).toBe('reversed');
    expect(decide([row('walk-out')], false).status).toBe('stalled');
    expect(decide([row('refusal')], true).status).toBe('stalled');
  });

  it('is contested on accusations alone, scheduled on a meeting alone', () => {
    expect(decide([row('accusation')]).status).toBe('contested');
    expect(decide([row('scheduled', { date: '2025-03-24' })]).status).toBe('scheduled');
  });

  it('ignores background: a round held before the window says nothing about this one', () => {
    const d = decide([row('held', { fresh: false, date: '2025-03-11', staleBecause: 'dated 2025-03-11, before the window' })]);
    expect(d.status).toBe('quiet');
    expect(d.verdicts[0]?.verdict).toBe('background: dated 2025-03-11, before the window');
  });
});
