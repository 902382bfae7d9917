/**
 * Lists read as a whole (issue 10): "… led by A and B, respectively", two lists paired in order, and a
 * list apposed to a side's delegation noun. Sentences of our own,
 * with the negatives beside them; before this reader the second shape seated both on one side.
 */
import { describe, expect, it } from 'vitest';
import { people } from './read.js';

describe('lists paired by "respectively"', () => {
  it('sides first, then the leaders', () => {
    expect(people('The Russian and Ukrainian delegations were led by Vladimir Medinsky and Rustem Umerov, respectively.')).toEqual([
      'Russia: Vladimir Medinsky (leader)',
      'Ukraine: Rustem Umerov (leader)',
    ]);
  });

  it('countries represented by titled people, each on their own side (not both on the nearer one)', () => {
    expect(people('Russia and Ukraine were represented by presidential aide Vladimir Medinsky and Defence Minister Rustem Umerov respectively.')).toEqual([
      'Russia: Vladimir Medinsky',
      'Ukraine: Rustem Umerov',
    ]);
  });

  it('leaders first, then the sides after "for"', () => {
    expect(people('The talks in Istanbul were led by Vladimir Medinsky and Rustem Umerov for Russia and Ukraine respectively.')).toEqual([
      'Russia: Vladimir Medinsky (leader)',
      'Ukraine: Rustem Umerov (leader)',
    ]);
  });

  it('a place phrase lends no side ("at the talks in Washington")', () => {
    expect(
      people('Foreign ministers Ararat Mirzoyan and Jeyhun Bayramov led the Armenian and Azerbaijani delegations, respectively, at the talks in Washington.'),
    ).toEqual(['Armenia: Ararat Mirzoyan (leader)', 'Azerbaijan: Jeyhun Bayramov (leader)']);
  });

  it('a party word in a person\'s own title is theirs, not one of the paired sides', () => {
    expect(people('The US and Iranian sides were headed by special envoy Steve Witkoff and Iranian Foreign Minister Abbas Araghchi respectively.')).toEqual([
      'Iran: Abbas Araghchi (leader)',
      'United States: Steve Witkoff (leader)',
    ]);
  });

  it('no pairing when the counts differ or nothing says table', () => {
    expect(people('Russia and Ukraine reported 40 and 52 drone strikes respectively, Vladimir Medinsky said.')).toEqual([]);
    const three = people('The Russian and Ukrainian delegations were led by Vladimir Medinsky, Igor Kostyukov and Rustem Umerov respectively.');
    expect(three.filter((p) => p.startsWith('Ukraine: Vladimir Medinsky') || p.startsWith('Russia: Rustem Umerov'))).toEqual([]);
  });
});

describe('a list set beside a side\'s delegation noun, closed as it was opened', () => {
  const three = ['Ukraine: Andriy Hnatov', 'Ukraine: Kyrylo Budanov', 'Ukraine: Rustem Umerov'];
  it('between dashes, in parentheses, between commas (before this only the first name was read)', () => {
    expect(people("Kyiv's negotiators — Rustem Umerov, Kyrylo Budanov and Andriy Hnatov — arrived in Geneva on Sunday.")).toEqual(three);
    expect(people('The Ukrainian team (Rustem Umerov, Kyrylo Budanov and Andriy Hnatov) arrived in Geneva on Sunday for talks.')).toEqual(three);
    expect(people('The Ukrainian delegation, Rustem Umerov, Kyrylo Budanov and Andriy Hnatov, arrived in Geneva on Sunday for talks.')).toEqual(three);
  });

  it('titles before each name', () => {
    expect(
      people('Three Ukrainian negotiators, Defence Minister Rustem Umerov, intelligence chief Kyrylo Budanov and General Andriy Hnatov, arrived in Geneva on Sunday for talks.'),
    ).toEqual(three);
  });

  it('no list where a clause stands between', () => {
    expect(people('The Ukrainian delegation, led by Rustem Umerov, met Steve Witkoff and Jared Kushner.')).not.toContain('Ukraine: Steve Witkoff');
    expect(people('Talks between the Ukrainian delegation, Rustem Umerov said, and the Russians, Vladimir Medinsky and Yuri Ushakov, went on.')).toEqual([]);
  });
});
