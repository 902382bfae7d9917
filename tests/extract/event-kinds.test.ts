import { describe, expect, it } from 'vitest';
import { EVENT_KIND_RULES, eventKindOf, matchEventKind } from '../../src/core/extract/event-kinds.js';
import { classify } from '../../src/core/extract/events.js';

describe('event-kind rules, each run on its own examples', () => {
  for (const rule of EVENT_KIND_RULES) {
    for (const example of rule.examples) {
      it(`${rule.id}: "${example.slice(0, 70)}…"`, () => {
        expect(matchEventKind(example)?.id).toBe(rule.id);
      });
    }
    for (const counter of rule.counterExamples ?? []) {
      it(`${rule.id} does not take "${counter.slice(0, 70)}…"`, () => {
        expect(matchEventKind(counter)?.id).not.toBe(rule.id);
      });
    }
  }

  it('gives every rule an id of its own and at least one example', () => {
    expect(new Set(EVENT_KIND_RULES.map((r) => r.id)).size).toBe(EVENT_KIND_RULES.length);
    for (const rule of EVENT_KIND_RULES) expect(rule.examples.length, rule.id).toBeGreaterThan(0);
  });

  it('reads hedged and forward-looking sentences before the shapes they contain', () => {
    expect(matchEventKind('Analysts say the sides could soon sign a memorandum on the Black Sea.')?.development).toBe('speculation');
    expect(matchEventKind('The talks would focus on a ceasefire that the sides agreed to last week.')?.development).toBe('preview');
  });

  it('keeps a call or a prisoner exchange the keyword table found, and refines the generic kinds', () => {
    expect(eventKindOf('Putin, in a phone call with Trump on March 18, agreed only to stop attacks on energy sites.', 'call')).toBe('call');
    expect(eventKindOf('Russia and Ukraine accused each other on Wednesday of breaking the energy truce.', 'attack')).toBe('statement');
    expect(classify('Moscow called off the planned meeting in Geneva on Tuesday.')).toBe('refusal');
    expect(classify('Negotiators are expected to meet again later this month.')).toBe('talks');
    expect(classify('Nothing happened on Tuesday in the capital.')).toBe('other');
  });
});
