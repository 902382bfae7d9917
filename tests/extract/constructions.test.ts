import { describe, expect, it } from 'vitest';
import { people, rounds } from './read.js';

/**
 * A battery of the basic constructions news copy uses for delegations and rounds, each written with
 * names and places of its own (no development passage's sentence): a rule that reads them is a
 * general one. Published on Wednesday 14 May 2025 unless a case says otherwise.
 */
describe('delegations: who sits on which side', () => {
  const cases: [string, string[]][] = [
    ['Defence Minister Oleksandr Kovalenko led the Ukrainian delegation.', ['Ukraine: Oleksandr Kovalenko (leader)']],
    ['The Russian delegation was headed by deputy foreign minister Pavel Sorokin.', ['Russia: Pavel Sorokin (leader)']],
    ['The American team will be led by envoy Mark Dalton.', ['United States: Mark Dalton (leader)']],
    ['Pavel Sorokin, head of the Russian delegation, told reporters the talks were useful.', ['Russia: Pavel Sorokin (leader)']],
    ['Oleksandr Kovalenko, who heads the Ukrainian delegation, arrived on Tuesday.', ['Ukraine: Oleksandr Kovalenko (leader)']],
    [
      'Pavel Sorokin, a career diplomat who chaired the 2022 talks, leads Russia’s delegation.',
      ['Russia: Pavel Sorokin (leader)'],
    ],
    [
      'The Ukrainian delegation included Oleksandr Kovalenko, Iryna Marchenko and Taras Bondar.',
      ['Ukraine: Iryna Marchenko', 'Ukraine: Oleksandr Kovalenko', 'Ukraine: Taras Bondar'],
    ],
    ['Oleksandr Kovalenko and Iryna Marchenko represented Ukraine.', ['Ukraine: Iryna Marchenko', 'Ukraine: Oleksandr Kovalenko']],
    ['Ukraine was represented by Oleksandr Kovalenko and Iryna Marchenko.', ['Ukraine: Iryna Marchenko', 'Ukraine: Oleksandr Kovalenko']],
    [
      'Russia’s delegation is unchanged: presidential aide Pavel Sorokin heads it, and he is assisted by Deputy Foreign Minister Igor Lebedev and Viktor Orlov.',
      ['Russia: Igor Lebedev', 'Russia: Pavel Sorokin (leader)', 'Russia: Viktor Orlov'],
    ],
    [
      'The Ukrainian delegation is represented by:\n• Oleksandr Kovalenko, Minister of Defence, head of the delegation;\n• Iryna Marchenko, deputy foreign minister;\n• Taras Bondar, adviser.',
      ['Ukraine: Iryna Marchenko', 'Ukraine: Oleksandr Kovalenko (leader)', 'Ukraine: Taras Bondar'],
    ],
    [
      'The US delegation was led by envoy Mark Dalton. He was joined by Secretary of State Linda Price.',
      ['United States: Linda Price', 'United States: Mark Dalton (leader)'],
    ],
    [
      'Kyiv sent a team of ten, including Oleksandr Kovalenko and Iryna Marchenko, to the Ukrainian talks.',
      ['Ukraine: Iryna Marchenko', 'Ukraine: Oleksandr Kovalenko'],
    ],
    [
      'The Russian delegation was headed by Pavel Sorokin.\n\nSorokin later said the talks were useful.',
      ['Russia: Pavel Sorokin (leader)'],
    ],
    [
      'On the Ukrainian side, Oleksandr Kovalenko, Iryna Marchenko and Taras Bondar, members of the delegation, can be seen at the table.',
      ['Ukraine: Iryna Marchenko', 'Ukraine: Oleksandr Kovalenko', 'Ukraine: Taras Bondar'],
    ],
    ['The Ukrainian delegation, Oleksandr Kovalenko, set out how the guarantees would work.', ['Ukraine: Oleksandr Kovalenko']],
    ['"It was useful," said Iryna Marchenko, a member of the Ukrainian delegation.', ['Ukraine: Iryna Marchenko']],
    ['Ukrainian delegation member Taras Bondar spoke after the meeting.', ['Ukraine: Taras Bondar']],
    [
      "Ukraine's Defence Minister Oleksandr Kovalenko and US Secretary of State Linda Price at the peace talks in Jeddah, 11 March 2025.",
      ['Ukraine: Oleksandr Kovalenko', 'United States: Linda Price'],
    ],
    ['US Army Secretary Mark Dalton and his team flew into Geneva on Saturday.', ['United States: Mark Dalton']],
    [
      'Linda Price, Deputy Assistant Secretary of State, headed the US delegation, while Ambassador Pavel Sorokin headed the Russian delegation.',
      ['Russia: Pavel Sorokin (leader)', 'United States: Linda Price (leader)'],
    ],
    [
      'Mark Dalton, Special Envoy of the US to the Middle East, was head of the American delegation.',
      ['United States: Mark Dalton (leader)'],
    ],
    [
      "According to an official, Pavel Sorokin — the president's close confidant, who heads Russia's negotiating team — will join the talks.",
      ['Russia: Pavel Sorokin (leader)'],
    ],
    [
      "Here are the main players:\n\nPavel Sorokin\n\nThe chief of Russia's spy agency led Russia's negotiating team from start to finish.",
      ['Russia: Pavel Sorokin (leader)'],
    ],
    [
      'Sorokin — flanked by the intelligence chief and in contact with the Dalton administration — was the most prominent figure on Russia’s team.\n\nPavel Sorokin spoke first.',
      ['Russia: Pavel Sorokin'],
    ],
    [
      'The Lebanese delegation is headed by Brigadier General Bassam Haddad. The other three are Col. Fadi Karam of the navy, Wissam Saleh, an oil official, and Najib Khoury, a border specialist.',
      ['Lebanon: Bassam Haddad (leader)', 'Lebanon: Fadi Karam', 'Lebanon: Najib Khoury', 'Lebanon: Wissam Saleh'],
    ],
    [
      "After the agreement, Azerbaijan's Deputy Prime Minister Shahin Aliyev and Armenia's Deputy Prime Minister Mher Hakobyan held their first meeting on May 24 on the border.",
      ['Armenia: Mher Hakobyan', 'Azerbaijan: Shahin Aliyev'],
    ],
    [
      'Russian delegation\n\nPavel Sorokin\n\nThe presidential aide has led the talks before.\n\nIgor Lebedev\n\nThe deputy foreign minister.',
      ['Russia: Igor Lebedev', 'Russia: Pavel Sorokin'],
    ],
    ['Kremlin aide Pavel Sorokin and envoy Igor Lebedev will represent Russia.', ['Russia: Igor Lebedev', 'Russia: Pavel Sorokin']],
    [
      'The US delegation was headed by envoy Mark Dalton, while Ambassador Pavel Sorokin, a veteran diplomat, headed the Russian one.',
      ['Russia: Pavel Sorokin (leader)', 'United States: Mark Dalton (leader)'],
    ],
    [
      'US Secretary of State Linda Price, Special Envoy Mark Dalton, and Army Secretary Dan Keller meet with a Ukrainian delegation in Florida.',
      // An envoy whose title gives no side, and no standing actor, is left out rather than guessed.
      ['United States: Dan Keller', 'United States: Linda Price'],
    ],
  ];
  for (const [text, want] of cases) {
    it(text.replace(/\n/g, ' ⏎ ').slice(0, 110), () => {
      expect(people(text)).toEqual(want);
    });
  }

  it('gives no delegation to a person named near the talks without a delegation phrase', () => {
    expect(people('President Maria Lindqvist said the talks in Geneva on Tuesday had been useful.')).toEqual([]);
    expect(people("As Ukraine's president Oleksandr Kovalenko lands in Ankara, people wonder when the delegation will turn up at the palace for the talks.")).toEqual([]);
    expect(people('The Russian delegation’s host, Turkish Foreign Minister Hakan Demir, opened the session.')).toEqual([]);
    // Holding talks places people on their sides only for a round (a place or a date) between those sides.
    expect(people("France's President Louis Martin and Germany's Chancellor Karl Weber held their weekly meeting.")).toEqual([]);
    // Led, chaired or headed: a delegation only when the sentence names one (or a team or a side).
    expect(people('The plan foresees a reconstruction council chaired by US envoy Mark Dalton.')).toEqual([]);
    expect(people('The closing session was chaired by Turkish Foreign Minister Hakan Demir.')).toEqual([]);
  });
});

describe('rounds: where and when', () => {
  const cases: [string, string[], string?][] = [
    ['Russian and Ukrainian delegations met in Istanbul on Tuesday.', ['Istanbul 2025-05-13']],
    ['Russia and Ukraine ended their first direct talks in three years.\n\nThe meeting in Istanbul concluded on May 16.', ['Istanbul 2025-05-16']],
    ['Talks between Russia and Ukraine are under way in Istanbul.', ['Istanbul 2025-05-14']],
    ['ISTANBUL, May 14 — Russian and Ukrainian negotiators sat down for talks for the first time in three years.', ['Istanbul 2025-05-14']],
    ['The Istanbul talks came after US and Russian delegations met in Riyadh on 18 February.', ['Riyadh 2025-02-18']],
    [
      'The talks between Russia and Ukraine in Istanbul lasted two hours.\n\nOfficials said today’s meeting had been constructive.',
      ['Istanbul 2025-05-14'],
    ],
    ['Russian and Ukrainian negotiators reassemble Thursday in Istanbul.', ['Istanbul 2025-05-15']],
    ['Ukrainian and US officials would start consultations in Switzerland "in the coming days".', []],
    ['Negotiators from Russia and the United States gathered at a palace in Riyadh on February 18.', ['Riyadh 2025-02-18']],
    ['Ukraine, US hold talks in Miami\n\nThe meeting is the first since Geneva.', ['Miami 2025-05-14']],
    ['Ukraine and US to hold talks in Miami', []],
    ['The US envoy met the Russian president in the Kremlin on Tuesday for talks on the plan.', ['Kremlin 2025-05-13']],
    [
      'The talks between Russia and Ukraine took place in Istanbul.\n\nThey began on Monday at 1:30 pm.',
      ['Istanbul 2025-05-12'],
    ],
  ];
  for (const [text, want, published] of cases) {
    it(text.replace(/\n/g, ' ⏎ ').slice(0, 110), () => {
      expect(rounds(text, published)).toEqual(want);
    });
  }
});
