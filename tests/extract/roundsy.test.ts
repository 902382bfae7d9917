import { describe, expect, it } from 'vitest';
import { datedRounds, run } from './read.js';

/**
 * Round dates still missed on unseen copy (2 Dec 2026): a headline's present-tense signing placed by
 * the headline's lead ("Doha: A and B sign …"), a live blog's one venue with no day of its own, rooms
 * of a seat of government, and a venue named in a "since" phrase (another occasion). Sentences written
 * for these tests. Published on Wednesday 14 May 2025.
 */
const dated = datedRounds;

describe("a headline's present-tense signing", () => {
  it('dates the signing its headline lead places to the publication day', () => {
    expect(dated('Doha: Armenia and Azerbaijan sign framework for peace\nThe ceremony opened with a speech by the host.')).toEqual(['Doha 2025-05-14']);
  });
  it('reads no signing still ahead ("to sign")', () => {
    expect(dated('Doha: Armenia and Azerbaijan to sign framework for peace\nThe ceremony opens with a speech by the host.')).toEqual([]);
  });
  it('takes no place from a headline that opens on a city without a colon', () => {
    expect(dated('Doha welcomes talk of a framework\nArmenian and Azerbaijani officials spoke of progress.')).toEqual([]);
  });
});

describe("a live blog's one venue", () => {
  it("dates the venue's meeting, told with no day, to the blog's day", () => {
    expect(dated('Live: Armenian and Azerbaijani leaders at White House\n20:20 BST\nThe Oval Office meeting lasted about an hour.')).toEqual(['White House 2025-05-14']);
  });
  it('leaves a meeting in a report that is no live blog undated', () => {
    expect(dated('Armenian and Azerbaijani leaders at White House\nThe Oval Office meeting lasted about an hour.')).toEqual([]);
  });
  it('leaves a live blog whose rounds have days of their own to them', () => {
    expect(dated('Live: Armenian and Azerbaijani leaders in Geneva\nThe Geneva talks began on Monday.\nThe Geneva meeting lasted about an hour.')).toEqual(['Geneva 2025-05-12']);
  });
  it('leaves a meeting still ahead undated', () => {
    expect(dated('Live: Armenian and Azerbaijani leaders at White House\nThe Oval Office meeting will start at noon.')).toEqual([]);
  });
});

describe('a venue named in a "since" phrase', () => {
  it('is the earlier occasion, not the venue of the talks the sentence dates', () => {
    expect(dated('Armenian and Azerbaijani officials met for eight hours on Tuesday in Jeddah, their first sit-down since a tense Oval Office meeting.')).toEqual(['Jeddah 2025-05-13']);
  });
});

describe('meetings counted with no day', () => {
  it('are past encounters, no round at the venue', () => {
    expect(run('Armenian President Vahagn Khachaturyan has met Azerbaijani President Ilham Aliyev several times, most memorably in the Oval Office.').rounds).toEqual([]);
  });
  it('still date a round whose day is given', () => {
    expect(dated('Armenian and Azerbaijani negotiators met several times on Tuesday in Geneva.')).toEqual(['Geneva 2025-05-13']);
  });
});

describe('a signing by two coordinated signers, one of them no known side', () => {
  it('is a round at its place and day', () => {
    expect(dated('The Government of Armenia and the Civic Platform of the opposition signed on Tuesday in Geneva a partial agreement on elections.')).toEqual(['Geneva 2025-05-13']);
  });
  it('is no round where one side signs alone', () => {
    expect(dated('The Government of Armenia signed on Tuesday in Geneva a partial agreement on elections.')).toEqual([]);
  });
  it('is no round where the signers are no coordinated subject', () => {
    expect(dated('Armenia, under pressure from its allies, signed on Tuesday in Geneva a partial agreement on elections.')).toEqual([]);
  });
});

describe('a document named by a compound of sides', () => {
  it('is signed by both sides it names', () => {
    expect(run('It builds on the Armenia-Azerbaijan agreement signed in Geneva on May 2 by their envoys.').rounds.map((r) => r.parties.sort().join('+'))).toEqual(['Armenia+Azerbaijan']);
  });
  it('gives no signatories from a compound that is no document of sides', () => {
    expect(run('It builds on the Armenian-language agreement signed in Geneva on May 2 by their envoys.').rounds).toEqual([]);
  });
});
