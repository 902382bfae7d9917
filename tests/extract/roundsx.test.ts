import { describe, expect, it } from 'vitest';
import { lexiconOf, loadDossier } from '../../src/core/dossier/load.js';
import { datedRounds, run } from './read.js';

/**
 * Rounds told in passing (2 Dec 2026): a town the gazetteer lacks, named by a wire dateline with its
 * country, and a day a talks noun governs in a sentence that reports something else. Sentences written
 * for these tests (places and people of our own). Published on Wednesday 14 May 2025 unless a case says otherwise.
 */
const dated = datedRounds;
const talksDays = (text: string, published?: string) =>
  run(text, published)
    .events.filter((e) => e.kind === 'talks')
    .map((e) => `${e.place ?? '?'} ${e.date.date}`)
    .sort();

describe('an unknown town in a dateline', () => {
  it('places the talks of the lede in the dateline town named with its country', () => {
    expect(dated('STRUGA, North Macedonia, May 13 (AP) — Armenian and Azerbaijani negotiators ended two days of talks late Tuesday at a lakeside hotel.')).toEqual([
      'Struga 2025-05-13',
    ]);
  });
  it('does not take the dateline town when the sentence names the venue itself', () => {
    expect(dated('STRUGA, North Macedonia, May 13 (AP) — Armenian and Azerbaijani negotiators held talks in Vienna on Tuesday.')).toEqual(['Vienna 2025-05-13']);
  });
  it('reads no town from capitals that are no dateline: a shouted word before a comma and a non-country', () => {
    expect(dated('BREAKING, Armenian and Azerbaijani negotiators held talks on Tuesday, officials said.')).not.toContainEqual(expect.stringMatching(/^Breaking/));
  });
});

describe('a day a talks noun governs', () => {
  it('dates the talks, not the exchange agreed at them', () => {
    expect(talksDays('At the first round on 6 May the sides agreed to a prisoner exchange, Armenian officials said.')).toEqual(['? 2025-05-06']);
  });
  it('keeps an exchange dated by its own verb an exchange', () => {
    expect(talksDays('The sides exchanged prisoners on 6 May, Armenian officials said.')).toEqual([]);
  });
});

describe('a dateline town known only by its date and agency', () => {
  it('is the "here" of the story', () => {
    expect(dated('VELKORA, May 13 (AP) — Armenia and Azerbaijan agreed to a prisoner exchange after a meeting here on Tuesday, the Armenian foreign ministry said.')).toEqual([
      'Velkora 2025-05-13',
    ]);
  });
  it('needs the agency after the date: capitals and a date alone are no dateline', () => {
    expect(dated('VELKORA, May 13 — Armenia and Azerbaijan agreed to a prisoner exchange after a meeting here on Tuesday, the Armenian foreign ministry said.')).not.toContainEqual(
      expect.stringMatching(/^Velkora/),
    );
  });
});

describe('signatories named as people', () => {
  it('gives the signing round the sides of the people who signed', () => {
    expect(dated('President Volodymyr Zelensky and President Vladimir Putin signed a partial agreement in Istanbul on Tuesday.')).toEqual(['Istanbul 2025-05-13']);
  });
  it('takes no side from a person named after the verb', () => {
    const r = run('Armenia and Azerbaijan signed a partial agreement in Istanbul on Tuesday, President Volodymyr Zelensky said.').rounds;
    expect(r.map((x) => [...x.parties].sort())).toEqual([['Armenia', 'Azerbaijan']]);
  });
});

describe("a dateline's day", () => {
  it('dates the lede\'s round in the dateline city, told as ended with no day of its own', () => {
    expect(dated('YEREVAN, May 13. /ARKA/.\nConsultations between Armenia and Azerbaijan on the border ended in the Armenian capital, the foreign ministry said.')).toEqual([
      'Yerevan 2025-05-13',
    ]);
  });
  it('leaves a round told as ahead undated', () => {
    expect(dated('YEREVAN, May 13. /ARKA/.\nConsultations between Armenia and Azerbaijan on the border will be held in the Armenian capital, the foreign ministry said.')).toEqual([]);
  });
  it('leaves a round in another city than the dateline\'s undated', () => {
    expect(dated('YEREVAN, May 13. /ARKA/.\nConsultations between Armenia and Azerbaijan on the border ended in Vienna, the foreign ministry said.')).toEqual([]);
  });
});

describe('a first or direct contact', () => {
  it('is a meeting: its place and day are a round', () => {
    expect(dated('The first contact between Armenian and Azerbaijani officials was in Vienna on May 6, a diplomat said.')).toEqual(['Vienna 2025-05-06']);
  });
  it('is not "in contact", which is no meeting', () => {
    expect(dated('The envoy said on May 6 that he remained in contact with the Armenian and Azerbaijani foreign ministers.')).toEqual([]);
  });
});

describe('an outcome after talks', () => {
  it('does not date the talks by the day of what they led to', () => {
    expect(dated('Armenia and Azerbaijan agreed on Tuesday to reopen the border after weekend talks in Vienna.')).not.toContainEqual('Vienna 2025-05-13');
  });
  it('keeps the day when the talks have no time word of their own: the outcome is as often the round\'s own day', () => {
    expect(dated('Armenia and Azerbaijan agreed on Tuesday to begin expert talks, after a second round of negotiations in Vienna.')).toEqual(['Vienna 2025-05-13']);
  });
  it('keeps a signing after talks a round on its own day', () => {
    expect(dated('Armenia and Azerbaijan signed a border protocol in Vienna on Tuesday after two weeks of talks.')).toEqual(['Vienna 2025-05-13']);
  });
});

describe("a live blog's round", () => {
  it('takes its sides from the headline and the seat it is held in, not from any hour\'s news', () => {
    const r = run(
      'Live: Zelensky and European leaders at White House\n\n20:20 BST\nBilateral over\n\nThe Oval Office meeting lasted about an hour.\n\n19:58 BST\nTrump says he will phone Putin after the meetings and talks about a possible trilateral.',
      '2025-08-18T19:00:00Z',
      lexiconOf(loadDossier()),
    ).rounds.filter((x) => x.date?.date === '2025-08-18');
    expect(r.map((x) => [...x.parties].sort())).toEqual([['Ukraine', 'United States']]);
  });
});

describe('a state as the venue', () => {
  it('reads "in Florida" as where the talks are, in the United States', () => {
    expect(dated('Armenian and Azerbaijani negotiators met in Florida on Tuesday.')).toEqual(['Florida 2025-05-13']);
  });
});
