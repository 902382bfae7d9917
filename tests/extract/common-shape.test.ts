import * as chrono from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { isCommonWindow, readCommonShape } from '../../src/core/extract/dates.js';

/**
 * findDates reads the commonest date windows (a weekday, "13 March", "March 13") without running
 * chrono, giving the span and components chrono itself would give. This holds that reading to
 * chrono's on generated windows, so an upgrade of chrono that reads them otherwise fails here
 * rather than changing extraction silently.
 */
const PHRASES = ['Monday', 'Thursday', 'Sunday', '13 March', '2 June', '28 February', 'March 13', 'June 2', 'December 28', '29 March', 'May 31'];
const BEFORE = ['', 'on ', 'On ', 'talks on ', 'met on ', '(', ', ', 'last ', 'next ', 'from ', 'at ', 'end of ', 'the talks in Riyadh ', 'since ', 'by  '];
const AFTER = ['', ',', '.', ' in Geneva', ' and', ') ', ' am', ' pm', ' GMT', ' of next week', ' at the embassy', '   ', ' 2025', ', when'];

describe('the common date shapes read without chrono', () => {
  it('give chrono’s own span and components wherever they give anything', () => {
    const instant = new Date('2025-05-15T12:00:00Z');
    let read = 0;
    for (const phrase of PHRASES)
      for (const b of BEFORE)
        for (const a of AFTER) {
          const text = `${b}${phrase}${a}`;
          if (!isCommonWindow(text)) continue;
          const mine = readCommonShape(text);
          if (!mine) continue;
          read++;
          const theirs = chrono.casual.parse(text, { instant, timezone: 0 });
          expect(theirs.length, text).toBe(1);
          const [m, t] = [mine[0]!, theirs[0]!];
          expect([m.index, m.text], text).toEqual([t.index, t.text]);
          for (const c of ['weekday', 'day', 'month'] as const) {
            expect(m.start.isCertain(c), `${text}: ${c}`).toBe(t.start.isCertain(c));
            if (t.start.isCertain(c)) expect(m.start.get(c), `${text}: ${c}`).toBe(t.start.get(c));
          }
        }
    // The fast reading must actually be exercised, or this test proves nothing.
    expect(read).toBeGreaterThan(200);
  });
});
