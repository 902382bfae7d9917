/**
 * Principals who meet directly (issue 10): heads of state, ministers and envoys at one table with
 * no "led by" wording are members of their sides, and their meeting with a place or a day is a
 * round. Sentences of our own, one per construction, with the negatives beside them.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_DOSSIER_DIR, lexiconOf, loadDossier } from '../../src/core/dossier/load.js';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { LEXICON } from './lexicon.js';
import { people, rounds } from './read.js';

const FRIDAY = '2025-08-16T09:00:00Z';

describe('principals who met', () => {
  it('"A and B talked … at P on D": both at the table, and a round', () => {
    const text = 'GENEVA, Aug 16 (Wire) – US President Donald Trump and Russian President Vladimir Putin talked for two hours in Geneva on Friday without a deal.';
    expect(people(text, FRIDAY)).toEqual(['Russia: Vladimir Putin', 'United States: Donald Trump']);
    expect(rounds(text, FRIDAY)).toContain('Geneva 2025-08-15');
  });

  it('never a phone call', () => {
    const text = 'US President Donald Trump and Russian President Vladimir Putin talked by phone on Friday for two hours.';
    expect(people(text, FRIDAY)).toEqual([]);
    expect(rounds(text, FRIDAY)).not.toContain('? 2025-08-15');
  });

  it('never a meeting only wished for', () => {
    const text = 'Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky could meet in Istanbul on Friday if a treaty is ready, an aide said.';
    expect(people(text, FRIDAY)).toEqual([]);
  });

  it('"A was joined by C; B by D": principals sit with those joining them', () => {
    const text =
      'US and Russian officials held talks in Geneva on Friday. US President Donald Trump was joined by Secretary of State Marco Rubio and special envoy Steve Witkoff; Russian President Vladimir Putin by Foreign Minister Sergei Lavrov and aide Yuri Ushakov.';
    const got = people(text, FRIDAY);
    for (const p of ['United States: Donald Trump', 'United States: Marco Rubio', 'United States: Steve Witkoff', 'Russia: Vladimir Putin', 'Russia: Sergei Lavrov'])
      expect(got).toContain(p);
  });

  it('an apposition after the one joining is no company ("C, adviser to President D")', () => {
    const text = 'US and Ukrainian officials held talks in Berlin on Friday. At the session Steve Witkoff was joined by Jared Kushner, son-in-law and adviser to President Donald Trump.';
    expect(people(text, FRIDAY)).not.toContain('United States: Donald Trump');
  });

  it('a host who welcomes the sides is no member', () => {
    const text =
      'US and Ukrainian officials held talks in Berlin on Friday. German Chancellor Friedrich Merz, who hosted the talks, was joined by Foreign Minister Johann Wadephul.';
    const got = people(text, FRIDAY).join(' ');
    expect(got).not.toContain('Merz');
  });

  it('"talks between President A and the US delegation": A sits for their own side', () => {
    const text = 'The talks between Russian President Vladimir Putin and the US delegation in the Kremlin lasted five hours on Tuesday, aide Yuri Ushakov said.';
    expect(people(text, '2025-12-03T09:00:00Z')).toContain('Russia: Vladimir Putin');
  });

  it('"talks between A and Washington\'s two envoys, C and D": both sides seated', () => {
    const text = 'What followed was five hours of talks in Berlin on Sunday between Ukrainian President Volodymyr Zelensky and Washington\'s two envoys, Steve Witkoff and Jared Kushner.';
    const got = people(text, '2025-12-15T09:00:00Z');
    for (const p of ['Ukraine: Volodymyr Zelensky', 'United States: Steve Witkoff', 'United States: Jared Kushner']) expect(got).toContain(p);
  });

  it('a spokesman reporting the meeting is no member', () => {
    const text =
      'US President Donald Trump and Russian President Vladimir Putin talked for three hours in Anchorage on Friday, White House press secretary Karoline Leavitt said.';
    expect(people(text, FRIDAY).join(' ')).not.toContain('Leavitt');
  });

  it('a principal who was not invited is no member', () => {
    const text =
      'US President Donald Trump and Russian President Vladimir Putin talked for three hours in Anchorage on Friday. Ukrainian President Volodymyr Zelensky, who was not invited, said nothing could be decided without Kyiv.';
    expect(people(text, FRIDAY).join(' ')).not.toContain('Zelensky');
  });

  it('a planned meeting between principals, no place or day, seats nobody', () => {
    const text = 'Istanbul talks ended on Friday. Umerov proposed a meeting between Presidents Volodymyr Zelensky and Vladimir Putin before the end of August.';
    expect(people(text, FRIDAY).join(' ')).not.toMatch(/Zelensky|Putin/);
  });

  it('"A and B are due to meet [title] C in P on D": both sides seated', () => {
    const text = 'Before flying to the Gulf, US envoys Steve Witkoff and Jared Kushner are due to meet Russian President Vladimir Putin in the Kremlin late on Thursday.';
    const got = people(text, '2026-01-22T09:00:00Z');
    for (const p of ['Russia: Vladimir Putin', 'United States: Steve Witkoff', 'United States: Jared Kushner']) expect(got).toContain(p);
  });

  it('a mediator calling on one side is no table ("Witkoff met Netanyahu", the US mediating)', () => {
    const gaza: ExtractLexicon = { ...LEXICON, mediators: ['Qatar', 'Egypt', 'United States'] };
    const text = 'Talks in Doha resumed on Monday. US envoy Steve Witkoff and Israeli Prime Minister Benjamin Netanyahu talked in Jerusalem on Saturday.';
    expect(people(text, '2025-01-13T09:00:00Z', gaza).join(' ')).not.toMatch(/Witkoff|Netanyahu/);
  });

  it('"five hours of talks between A and B\'s envoys, C and D": held talks seat both sides with no place or day read', () => {
    const text = 'What followed was more than five hours of talks between Ukrainian President Volodymyr Zelensky and Washington\'s two envoys, Steve Witkoff and Jared Kushner, on the peace plan.';
    const got = people(text, '2025-12-15T09:00:00Z');
    for (const p of ['Ukraine: Volodymyr Zelensky', 'United States: Steve Witkoff', 'United States: Jared Kushner']) expect(got).toContain(p);
  });

  it('hours of talks only hoped for seat nobody', () => {
    const text = 'Aides said there could be several hours of talks between Ukrainian President Volodymyr Zelensky and Washington\'s two envoys, Steve Witkoff and Jared Kushner.';
    expect(people(text, '2025-12-15T09:00:00Z').join(' ')).not.toMatch(/Zelensky/);
  });

  it('a caption\'s two tables: "A, left, with B and C, opposite D and E"', () => {
    const text =
      'US and Russian officials held talks in Riyadh on Tuesday.\nPHOTO: Secretary of State Marco Rubio, left, with US envoy Steve Witkoff, opposite Russian Foreign Minister Sergei Lavrov and Kremlin aide Yuri Ushakov at Diriyah Palace.';
    const got = people(text, '2025-02-19T09:00:00Z');
    for (const p of ['United States: Steve Witkoff', 'Russia: Sergei Lavrov', 'Russia: Yuri Ushakov']) expect(got).toContain(p);
  });

  it('"opposite" within one side\'s people is no table', () => {
    const text = 'US and Russian officials held talks in Riyadh on Tuesday.\nPHOTO: Russian Foreign Minister Sergei Lavrov, opposite Kremlin aide Yuri Ushakov, at Diriyah Palace.';
    expect(people(text, '2025-02-19T09:00:00Z').join(' ')).not.toMatch(/Lavrov|Ushakov/);
  });
});

describe('principals meeting directly (second pass)', () => {
  const TUESDAY = '2025-12-03T09:00:00Z';

  it('"A received [titles] B and C in the Kremlin on Tuesday": both sides seated, and a round at the seat', () => {
    const text = 'Russian President Vladimir Putin received U.S. special envoy Steve Witkoff and Jared Kushner in the Kremlin on Tuesday evening.';
    const got = people(text, TUESDAY);
    for (const p of ['Russia: Vladimir Putin', 'United States: Steve Witkoff']) expect(got).toContain(p);
    expect(rounds(text, TUESDAY)).toContain('Kremlin 2025-12-02');
  });

  it('a host receiving a mediator\'s envoy is no round when the host is the go-between', () => {
    const lex: ExtractLexicon = { ...LEXICON, mediators: ['Turkey'] };
    const text = 'Turkish President Recep Tayyip Erdogan received Russian Foreign Minister Sergei Lavrov in Ankara on Tuesday.';
    expect(people(text, TUESDAY, lex)).toEqual([]);
  });

  it('"received" with something else between the verb and the name is no meeting ("received a letter from B")', () => {
    const text = 'Russian President Vladimir Putin received a letter from U.S. President Donald Trump on Tuesday.';
    expect(people(text, TUESDAY)).toEqual([]);
  });

  it('a time opening the clause with no comma ("Earlier on Thursday A and B met C in the Kremlin")', () => {
    const text =
      'Trilateral talks between Russia, Ukraine and the United States opened in Abu Dhabi on Friday. Earlier on Thursday US envoys Steve Witkoff and Jared Kushner met Russian President Vladimir Putin in the Kremlin.';
    const got = people(text, '2026-01-23T12:00:00Z');
    for (const p of ['Russia: Vladimir Putin', 'United States: Steve Witkoff', 'United States: Jared Kushner']) expect(got).toContain(p);
  });

  it('"A will sit down with [title] B on Friday in P": both at the table (a dash dateline read past)', () => {
    const text = 'WASHINGTON - US President Donald Trump will sit down with Russian President Vladimir Putin in Anchorage on Friday.';
    expect(people(text, '2025-08-13T12:00:00Z')).toEqual(['Russia: Vladimir Putin', 'United States: Donald Trump']);
  });

  it('"a meeting in a three-on-three format: A with B and C, and D with E and F": each group its principal\'s side', () => {
    const text =
      'US and Russian leaders will hold talks in Anchorage on Friday. The leaders will then move to a meeting in a three-on-three format: US President Donald Trump with Secretary of State Marco Rubio and special envoy Steve Witkoff, and Russian President Vladimir Putin with Foreign Minister Sergei Lavrov and aide Yuri Ushakov.';
    const got = people(text, '2025-08-13T12:00:00Z');
    for (const p of ['United States: Donald Trump', 'United States: Marco Rubio', 'Russia: Vladimir Putin', 'Russia: Sergei Lavrov', 'Russia: Yuri Ushakov']) expect(got).toContain(p);
  });

  it('one principal "with" people after a colon is no table, nor a format only proposed', () => {
    const one = 'US and Russian leaders will hold talks in Anchorage on Friday. Pictured at the meeting: US President Donald Trump with his dog.';
    expect(people(one, '2025-08-13T12:00:00Z').join(' ')).not.toContain('Trump');
    const proposed =
      'US and Russian leaders held talks in Anchorage on Friday. Aides proposed a later meeting in another format: US President Donald Trump with envoy Steve Witkoff, and Russian President Vladimir Putin with aide Yuri Ushakov.';
    expect(people(proposed, '2025-08-16T12:00:00Z').join(' ')).not.toMatch(/Trump|Putin/);
  });

  it('"A and B accompanied C": the principal and those with them on the principal\'s side', () => {
    const text = 'The Oval Office meeting lasted about an hour. Ukrainian aides Andriy Yermak and Rustem Umerov accompanied Ukrainian President Volodymyr Zelensky.';
    const got = people(text, '2025-08-18T20:00:00Z');
    for (const p of ['Ukraine: Volodymyr Zelensky', 'Ukraine: Andriy Yermak', 'Ukraine: Rustem Umerov']) expect(got).toContain(p);
  });

  it('accompanying someone in an item about no talks seats nobody', () => {
    const text = 'Ukrainian aides Andriy Yermak and Rustem Umerov accompanied Ukrainian President Volodymyr Zelensky on a visit to the front.';
    expect(people(text, '2025-08-18T20:00:00Z')).toEqual([]);
  });

  // The Russia–Ukraine dossier's standing sides: two of them meet as sides whatever the item's own talks.
  const ru = lexiconOf(loadDossier('russia-ukraine', BUNDLED_DOSSIER_DIR));

  it('"A is expected to travel to Moscow for a meeting with | to meet [title] B": B sits across from A', () => {
    const a = 'US and Ukrainian officials held talks in Florida on Sunday. US envoy Steve Witkoff is expected to travel to Moscow next week for a meeting with Russian President Vladimir Putin.';
    expect(people(a, '2025-11-30T20:00:00Z', ru)).toContain('Russia: Vladimir Putin');
    const b = 'US and Ukrainian officials held talks in Florida on Sunday. US envoy Steve Witkoff is expected to travel to Moscow next week to meet Russian President Vladimir Putin.';
    expect(people(b, '2025-11-30T20:00:00Z', ru)).toContain('Russia: Vladimir Putin');
  });

  it('a meeting only asked about, one of the same side, or one with a mediator seats nobody across', () => {
    const asked = 'US and Ukrainian officials held talks in Florida on Sunday. US Secretary of State Marco Rubio was asked about a meeting with Russian President Vladimir Putin.';
    expect(people(asked, '2025-11-30T20:00:00Z', ru).join(' ')).not.toContain('Putin');
    const same = 'US and Ukrainian officials held talks in Florida on Sunday. US envoy Steve Witkoff is expected to travel to Washington for a meeting with US President Donald Trump.';
    expect(people(same, '2025-11-30T20:00:00Z', ru).join(' ')).not.toContain('Trump');
    const host = 'US and Ukrainian officials held talks in Florida on Sunday. US envoy Steve Witkoff is expected to travel to Ankara for a meeting with Turkish President Recep Tayyip Erdogan.';
    expect(people(host, '2025-11-30T20:00:00Z', ru).join(' ')).not.toContain('Erdogan');
  });

  it('with no standing sides, a meeting outside the item\'s talks seats nobody', () => {
    const a = 'US and Ukrainian officials held talks in Florida on Sunday. US envoy Steve Witkoff is expected to travel to Moscow next week for a meeting with Russian President Vladimir Putin.';
    expect(people(a, '2025-11-30T20:00:00Z').join(' ')).not.toContain('Putin');
  });

  it('"A was flanked by C and D" in an item about a summit: A sits with them, no round needed', () => {
    const text = 'The summit in Anchorage on Friday was billed as a three-on-three. Russian President Vladimir Putin was flanked by Foreign Minister Sergei Lavrov and aide Yuri Ushakov.';
    expect(people(text, '2025-08-15T14:00:00Z')).toContain('Russia: Vladimir Putin');
  });

  it('"A was flanked by bodyguards" in an item about no talks seats nobody', () => {
    const text = 'Russian President Vladimir Putin was flanked by Defence Minister Andrei Belousov as he inspected troops on Friday.';
    expect(people(text, '2025-08-15T14:00:00Z').join(' ')).not.toContain('Putin');
  });

  it('"A brought B and C into the room with him": all three at the table, on A\'s side', () => {
    const text = 'The summit in Anchorage on Friday was a three-on-three. US President Donald Trump brought Secretary of State Marco Rubio and special envoy Steve Witkoff into the room with him.';
    const got = people(text, '2025-08-15T14:00:00Z');
    for (const p of ['United States: Donald Trump', 'United States: Marco Rubio', 'United States: Steve Witkoff']) expect(got).toContain(p);
  });

  it('"A brought B" to something other than the table seats nobody', () => {
    const text = 'The summit in Anchorage on Friday was a three-on-three. US President Donald Trump brought Secretary of State Marco Rubio to the airport.';
    expect(people(text, '2025-08-15T14:00:00Z').join(' ')).not.toMatch(/Trump|Rubio/);
  });

  it('"A and B were also listed in the Kremlin\'s delegation": members of it', () => {
    const text = "The summit in Anchorage on Friday was a three-on-three. Finance Minister Anton Siluanov and Defence Minister Andrei Belousov were also listed in the Kremlin's delegation.";
    const got = people(text, '2025-08-15T14:00:00Z');
    for (const p of ['Russia: Anton Siluanov', 'Russia: Andrei Belousov']) expect(got).toContain(p);
  });

  it('"A and B spent some 12 hours in P on D": a sit-down told by its length, both at the table', () => {
    const text = 'Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti spent some 12 hours in the lakeside town of Ohrid on Saturday.';
    expect(people(text, '2023-03-19T12:00:00Z')).toEqual(['Kosovo: Albin Kurti', 'Serbia: Aleksandar Vucic']);
    expect(rounds(text, '2023-03-19T12:00:00Z')).toContain('? 2023-03-18');
  });

  it('two of one side who spent hours somewhere, or hours on the phone, are no table', () => {
    const same = 'Serbian President Aleksandar Vucic and Serbian Prime Minister Ana Brnabic spent three hours in Belgrade on Saturday.';
    expect(people(same, '2023-03-19T12:00:00Z')).toEqual([]);
    const phone = 'Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti spent two hours on the phone on Saturday.';
    expect(people(phone, '2023-03-19T12:00:00Z')).toEqual([]);
  });

  it('"On the US side, JD Vance, A and B were present": initials open a name', () => {
    const text = 'The Oval Office meeting lasted about an hour. On the US side, JD Vance, Marco Rubio and Steve Witkoff were present.';
    expect(people(text, '2025-08-18T20:00:00Z')).toEqual(['United States: JD Vance', 'United States: Marco Rubio', 'United States: Steve Witkoff']);
  });

  it('two capitals that are no initials ("TV Rain", "PM") name nobody', () => {
    const text = 'Talks in Geneva ended on Friday. On the Russian side, TV Rain and AI Summit were present.';
    expect(people(text, '2025-08-18T20:00:00Z')).toEqual([]);
  });
});

describe('principals of a meeting still to come, and envoys sent to a principal', () => {
  const HELD = 'Russian and Ukrainian officials held talks in Geneva on Friday. ';
  const ENVOYS = 'US and Russian officials held talks in Geneva on Friday. ';

  it('"A and B to meet in P": a headline\'s meeting to come seats both', () => {
    const got = people(`${HELD}Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky to meet in Istanbul`, FRIDAY);
    for (const p of ['Russia: Vladimir Putin', 'Ukraine: Volodymyr Zelensky']) expect(got).toContain(p);
  });

  it('"urged A and B to meet": a call seats nobody', () => {
    const got = people(`${HELD}The pope urged Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky to meet in Istanbul.`, FRIDAY).join(' ');
    expect(got).not.toContain('Putin');
  });

  it('"he expected A and B to come to P to sign": a signing to come seats both', () => {
    const got = people(`${HELD}Trump said he expected Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky to come to Istanbul to sign a final accord.`, FRIDAY);
    for (const p of ['Russia: Vladimir Putin', 'Ukraine: Volodymyr Zelensky']) expect(got).toContain(p);
  });

  it('a journey only wished for or conditional seats nobody', () => {
    for (const s of [
      'Trump said he wanted Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky to come to Istanbul to sign a final accord.',
      'Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky would come to Istanbul to sign a final accord if the text is ready.',
    ])
      expect(people(HELD + s, FRIDAY).join(' ')).not.toContain('Putin');
  });

  it('"envoy C is expected to travel to <capital> to meet B": the envoy and his host', () => {
    const got = people(`${ENVOYS}US special envoy Steve Witkoff is expected to travel to Moscow next week to meet Russian President Vladimir Putin.`, FRIDAY);
    for (const p of ['United States: Steve Witkoff', 'Russia: Vladimir Putin']) expect(got).toContain(p);
  });

  it('an envoy\'s journey floated or conditional seats nobody', () => {
    for (const s of [
      'US special envoy Steve Witkoff could travel to Moscow next week to meet Russian President Vladimir Putin.',
      'US special envoy Steve Witkoff could travel to Moscow next week to meet Russian President Vladimir Putin.',
      'Kyiv proposed that US special envoy Steve Witkoff travel to Moscow next week to meet Russian President Vladimir Putin.',
      'US special envoy Steve Witkoff will not travel to Moscow next week, the Kremlin said, after Russian President Vladimir Putin refused to see him.',
    ])
      expect(people(ENVOYS + s, FRIDAY).join(' ')).not.toContain('Putin');
  });

  it('"no agreement was reached on a meeting between A and B": a meeting denied seats nobody', () => {
    const got = people(`${ENVOYS}No agreement was reached on a meeting between Russian President Vladimir Putin and US President Donald Trump, an aide said.`, FRIDAY).join(' ');
    expect(got).not.toContain('Trump');
    expect(got).not.toContain('Putin');
  });
});
