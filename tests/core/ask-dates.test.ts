import { describe, expect, it } from 'vitest';
import { parseQuestionDates } from '../../src/core/ask/dates.js';

/** Dates and ranges by their shape: today is 30 Nov 2026, the coverage ends on 25 Mar 2025. */
describe('dates and ranges in a question', () => {
  const refs = { today: new Date('2026-11-30T12:00:00Z'), corpus: new Date('2025-03-25T12:00:00Z') };
  const read = (q: string) => {
    const d = parseQuestionDates(q, refs);
    return d ? [d.from, d.to] : undefined;
  };

  it('reads two days joined by and / to / through / a dash as the range between them, however each day is written', () => {
    for (const q of [
      'what happened between march 20 and 22',
      'what happened march 20 – 22, 2025',
      'what happened 20-22 march',
      'from march 20 to march 22',
      'from the 20th to the 22nd',
      'between the 20th and 22nd of March 2025',
      'march 20 through 22',
      'between 20/3 and 22/3',
      'between 3/20 and 3/22',
      'between 20/3/2025 and 22/3/2025',
    ]) {
      expect(read(q), q).toEqual(['2025-03-20', '2025-03-22']);
    }
    expect(read('what happened 28 feb - 3 mar')).toEqual(['2025-02-28', '2025-03-03']);
    expect(read('on the 24th and 25th')).toEqual(['2025-03-24', '2025-03-25']);
  });

  it('takes no number pair for a range without a month, "between"/"from" or ordinals', () => {
    expect(read('the 30-day ceasefire')).toBeUndefined();
    expect(read('the 175 for 175 swap on 19 march')).toEqual(['2025-03-19', '2025-03-19']);
    expect(read('a 3-3 draw')).toBeUndefined();
  });

  it('reads a weekday alone as the last one on or before the coverage ends, never a year back', () => {
    expect(read('what happened on friday')).toEqual(['2025-03-21', '2025-03-21']);
    expect(read('what happened on sunday')).toEqual(['2025-03-23', '2025-03-23']);
  });

  it('reads "the first / last week of <month>" as seven days of that month', () => {
    expect(read('the first week of march')).toEqual(['2025-03-01', '2025-03-07']);
    expect(read('what happened in the last week of march 2025')).toEqual(['2025-03-25', '2025-03-31']);
  });
});
