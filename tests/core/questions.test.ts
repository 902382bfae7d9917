import { describe, expect, it } from 'vitest';
import { formatPart, loadQuestions, scorePart } from '../../eval/questions.js';

/**
 * The development part of the labelled questions (tests/fixtures/questions/dev.json, three
 * authors) held to floors. The held-out part is scored only by `npm run eval`, as aggregates.
 */
describe('labelled plain-words questions, development part', () => {
  it('reads intents and answers at or above the floors, and says "nothing on record" for every unanswerable one', async () => {
    const s = await scorePart(loadQuestions('dev'));
    console.log(formatPart('dev', s));
    expect(s.n).toBeGreaterThanOrEqual(150);
    expect(s.intent / s.n).toBeGreaterThanOrEqual(0.95);
    expect(s.slots / s.slotTotal).toBeGreaterThanOrEqual(0.9);
    expect(s.answer / s.n).toBeGreaterThanOrEqual(0.9);
    expect(s.unanswerable.nothingOnRecord).toBe(s.unanswerable.n);
    expect(s.unanswerable.couldntPlace).toBe(0);
  });

  // The later development parts, by other authors in other words: every unanswerable one said so, never "couldn't place".
  it.each(['dev-ask3', 'dev-qa5', 'dev-qa6', 'dev-qa8'] as const)('%s: answers at or above the floor, "nothing on record" for every unanswerable one', async (part) => {
    const s = await scorePart(loadQuestions(part));
    console.log(formatPart(part, s));
    expect(s.intent / s.n).toBeGreaterThanOrEqual(0.95);
    expect(s.answer / s.n).toBeGreaterThanOrEqual(0.95);
    expect(s.unanswerable.nothingOnRecord).toBe(s.unanswerable.n);
    expect(s.unanswerable.couldntPlace).toBe(0);
  });

  // The ninth author's part (casual capitals, long analyst sentences with a premise, yes/no): scored untouched at
  // intent 0.69, answer 0.71 (5/7 unanswerable); held at what it measured after tuning (intent 75/75, answer 71/75).
  it('dev-qa9: answers at or above the floor, "nothing on record" for every unanswerable one', async () => {
    const s = await scorePart(loadQuestions('dev-qa9'));
    console.log(formatPart('dev-qa9', s));
    expect(s.intent / s.n).toBeGreaterThanOrEqual(0.95);
    expect(s.answer / s.n).toBeGreaterThanOrEqual(0.94);
    expect(s.unanswerable.nothingOnRecord).toBe(s.unanswerable.n);
    expect(s.unanswerable.couldntPlace).toBe(0);
  });

  it('has at least 200 questions, by several authors, for every intent', () => {
    const dev = loadQuestions('dev');
    expect(dev.length + loadQuestions('held-out').length).toBeGreaterThanOrEqual(200);
    expect(new Set(dev.map((q) => q.author)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(dev.map((q) => q.intent)).size).toBe(13);
  });
});
