import { describe, expect, it } from 'vitest';
import { people } from './read.js';

/**
 * The continuations pass of 2 Dec 2026 (issue 10): people added to a side in a sentence that goes
 * on from an earlier one — a pronoun, "also", a dash after "with him", a side's group. Sentences and
 * names invented here; each shape has a negative that must not seat anyone.
 */

describe('"also" after the sentence that named a delegation', () => {
  it('seats "A and B, who chairs the committee, were also at the table" on the side just named', () => {
    expect(
      people(
        'Moscow sent Pavel Sokolov, a Kremlin aide, who led its delegation. Deputy Foreign Minister Oleg Vasin and Ivan Petrov, who chairs the foreign affairs committee of the lower house of parliament, were also at the table.',
      ),
    ).toEqual(expect.arrayContaining(['Russia: Ivan Petrov', 'Russia: Oleg Vasin']));
  });
  it('seats "C was there too" right after a side\'s delegation', () => {
    expect(people('The American side was steered by the secretary of state, Linda Price. Tom Reed was there too.')).toContain('United States: Tom Reed');
  });
  it('seats no one "also at the table" when the sentence before named no delegation', () => {
    expect(people('The talks in Geneva ran late into the night. Oleg Vasin and Ivan Petrov were also at the table.')).toEqual([]);
  });
  it('seats no one "there too" two sentences after the delegation', () => {
    expect(people('The American side was steered by the secretary of state, Linda Price. The talks ran late. Tom Reed was there too.')).not.toContain('United States: Tom Reed');
  });
});

describe('a pronoun standing for the delegation just named', () => {
  it('seats "It also has A, B and C" on that delegation', () => {
    expect(people('The Ukrainian delegation is headed by Taras Bondar. It also has Defense Minister Iryna Marchenko, presidential adviser Petro Savchuk and Mykola Hrytsenko.')).toEqual([
      'Ukraine: Iryna Marchenko',
      'Ukraine: Mykola Hrytsenko',
      'Ukraine: Petro Savchuk',
      'Ukraine: Taras Bondar (leader)',
    ]);
  });
  it('seats no one on "It has" without "also", nor after a sentence naming no delegation', () => {
    expect(people('The Ukrainian delegation is headed by Taras Bondar. It has Petro Savchuk on speed dial.')).toEqual(['Ukraine: Taras Bondar (leader)']);
    expect(people('The EU drafted a sanctions package. It also has Petro Savchuk and Mykola Hrytsenko on its list.')).toEqual([]);
  });
});

describe('"together with him -" after a side\'s leader', () => {
  it('seats the people after a hyphen as the leader\'s side', () => {
    expect(people('The Kyiv side is headed by Defence Minister Taras Bondar. Together with him - intelligence head Petro Savchuk and deputy Mykola Hrytsenko, as well as others.')).toEqual([
      'Ukraine: Mykola Hrytsenko',
      'Ukraine: Petro Savchuk',
      'Ukraine: Taras Bondar (leader)',
    ]);
  });
  it('seats no one when the pronoun points at no side', () => {
    expect(people('The weather in Geneva was cold. Together with him - Petro Savchuk and Mykola Hrytsenko.')).toEqual([]);
  });
});

describe("a side's group or contingent", () => {
  it('seats "A is also in the Russian group" and "B and C were in the Iranian group"', () => {
    expect(people('The talks opened in Geneva on Monday. Deputy foreign minister Oleg Vasin is also in the Russian group.')).toContain('Russia: Oleg Vasin');
    expect(people("Talks opened in Muscat on Saturday. Kazem Rahimi's deputy Majid Tavakoli and Ali Karimi were in the Iranian group.")).toEqual(
      expect.arrayContaining(['Iran: Majid Tavakoli', 'Iran: Ali Karimi']),
    );
  });
  it('seats "the group also consisted of A, a deputy head of the office, and B": the verb\'s "of" is no title', () => {
    expect(
      people('Taras Bondar, who heads the Ukrainian team, said the group also consisted of Petro Savchuk, deputy head of the Presidential Office, and Mykola Hrytsenko, an adviser.'),
    ).toEqual(expect.arrayContaining(['Ukraine: Mykola Hrytsenko', 'Ukraine: Petro Savchuk']));
  });
  it('seats no one "in the armed group"', () => {
    expect(people('The talks opened in Geneva on Monday. Oleg Vasin is also in the armed group.')).toEqual([]);
  });
});

describe('a list that goes on from the delegation just named', () => {
  it('seats the bullets under "Its composition:" on the delegation the sentence before named', () => {
    expect(
      people('The Russian delegation is led by presidential aide Pavel Sokolov.\nIts composition:\n- Deputy Foreign Minister Oleg Vasin;\n- head of the GRU Ivan Petrov.'),
    ).toEqual(['Russia: Ivan Petrov', 'Russia: Oleg Vasin', 'Russia: Pavel Sokolov (leader)']);
  });
  it('seats "Experts also came: A, B, C" and "A list of experts for the talks with Ukraine was signed off as well: …" on that side', () => {
    expect(
      people('The Russian delegation is led by presidential aide Pavel Sokolov.\nIts composition:\n- Deputy Foreign Minister Oleg Vasin;\n- head of the GRU Ivan Petrov.\nExperts also came: Anton Zorkin, Yelena Lebedeva, Viktor Sheremet.'),
    ).toEqual(expect.arrayContaining(['Russia: Anton Zorkin', 'Russia: Yelena Lebedeva', 'Russia: Viktor Sheremet']));
    const got = people(
      'The Russian delegation also takes in Deputy Foreign Minister Oleg Vasin and Deputy Defence Minister Ivan Petrov. A list of experts for the talks with Ukraine was signed off as well: Anton Zorkin, a directorate chief; Yelena Lebedeva, a deputy head of department; and Viktor Sheremet.',
    );
    expect(got).toEqual(expect.arrayContaining(['Russia: Anton Zorkin', 'Russia: Yelena Lebedeva', 'Russia: Viktor Sheremet']));
    expect(got.filter((x) => x.startsWith('Ukraine'))).toEqual([]);
  });
  it('seats no one when no delegation was named just before, nor a list of another thing', () => {
    expect(people('The talks ran late in Geneva. Experts also came: Anton Zorkin, Yelena Lebedeva, Viktor Sheremet.')).toEqual([]);
    expect(
      people('The Russian delegation is led by presidential aide Pavel Sokolov. Officials also named the prisoners: Anton Zorkin, Yelena Lebedeva, Viktor Sheremet.'),
    ).toEqual(['Russia: Pavel Sokolov (leader)']);
  });
});

describe('a pronoun subject: "He brought", "He was joined … by"', () => {
  it('seats those "he" brought on the side of the person the sentence before named', () => {
    expect(people("Talks opened in Geneva on Monday. Ukrainian Defence Minister Taras Bondar again leads. He's brought Petro Savchuk and Mykola Hrytsenko.")).toEqual(
      expect.arrayContaining(['Ukraine: Petro Savchuk', 'Ukraine: Mykola Hrytsenko']),
    );
  });
  it('seats whom "he was joined at the residence by" on the side the sentence before named', () => {
    expect(
      people("Talks opened in Geneva on Monday. Treasury Secretary Linda Price, who led the U.S. side, spoke to reporters. She was joined at the ambassador's residence by Tom Reed."),
    ).toContain('United States: Tom Reed');
  });
  it('seats no one when the sentence before names nobody with a side, nor on "he brought up"', () => {
    expect(people('The talks opened in Geneva on Monday. He was joined at the residence by Tom Reed.')).toEqual([]);
    expect(people("Talks opened in Geneva. Ukrainian Defence Minister Taras Bondar spoke first. He brought up Petro Savchuk's proposal.")).not.toContain('Ukraine: Petro Savchuk');
  });
});

describe('a Q&A or transcript answer after a question naming one side', () => {
  it('seats an answer that only lists people, and one that says who leads', () => {
    expect(people('Q: Who is meeting in Miami today?\nA: Ukrainian and American negotiators.\nQ: And the Americans?\nA: The special envoy, Tom Reed, plus Mark Dalton.')).toEqual(
      expect.arrayContaining(['United States: Mark Dalton', 'United States: Tom Reed']),
    );
    expect(people('PRESENTER: Talks opened in Geneva today.\nPRESENTER: And Kyiv?\nREPORTER: Taras Bondar again leads.')).toContain('Ukraine: Taras Bondar (leader)');
  });
  it('seats no one from an answer with a verb of its own, nor from one under a question naming no side', () => {
    expect(people('Q: And the Americans?\nA: Tom Reed said the talks were hard.')).toEqual([]);
    expect(people('Q: Who is mediating?\nA: The special envoy, Tom Reed, plus Mark Dalton.')).toEqual([]);
  });
});

describe('a side opener with nothing but its people after it', () => {
  it('seats "For the Americans, A and B."', () => {
    expect(people('Talks opened in Geneva on Monday. For the Americans, Tom Reed and Mark Dalton.')).toEqual(['United States: Mark Dalton', 'United States: Tom Reed']);
  });
  it('seats no one when a clause follows the people ("For Kyiv, A said …")', () => {
    expect(people('Talks opened in Geneva on Monday. For the Americans, Tom Reed and Mark Dalton remain sceptical of the plan.')).toEqual([]);
  });
});

describe("a person's deputies or team before a colon", () => {
  it("seats \"A's deputies for this round: B and C\" on A's side", () => {
    expect(people("Talks opened in Miami on Monday. Ukrainian Defence Minister Taras Bondar leads the team. Bondar's deputies for this round: Petro Savchuk and Mykola Hrytsenko.")).toEqual(
      expect.arrayContaining(['Ukraine: Petro Savchuk', 'Ukraine: Mykola Hrytsenko']),
    );
  });
  it('seats no one when the person has no side, nor for a list of another thing', () => {
    expect(people("Talks opened in Miami on Monday. Bondar's deputies for this round: Petro Savchuk and Mykola Hrytsenko.")).toEqual([]);
    expect(
      people("Talks opened in Miami on Monday. Ukrainian Defence Minister Taras Bondar leads the team. Bondar's deputies named the prisoners: Petro Savchuk and Mykola Hrytsenko."),
    ).not.toContain('Ukraine: Petro Savchuk');
  });
  it('reads "with A at their head" as the side\'s leader', () => {
    expect(people("Ukraine's negotiators, with Defence Minister Taras Bondar at their head, are sitting down with the Americans in Miami today.")).toContain('Ukraine: Taras Bondar (leader)');
  });
});

describe('more pronoun continuations', () => {
  it('seats "He\'s with the Army Secretary, A, and with B" on the side of the person named before', () => {
    expect(
      people('Talks opened in Geneva on Monday. On the American side, Secretary of State Linda Price flew in this morning. She\'s with the Army Secretary, Tom Reed, and with the special envoy Mark Dalton.'),
    ).toEqual(expect.arrayContaining(['United States: Tom Reed', 'United States: Mark Dalton']));
  });
  it('seats "It will also include A" on the delegation the sentence before named', () => {
    expect(people('The Russian delegation would be headed by presidential aide Pavel Sokolov. It will also include Deputy Foreign Minister Oleg Vasin.')).toContain('Russia: Oleg Vasin');
  });
  it('reads past "- I\'m told -" inside a list', () => {
    expect(people("Talks opened in Geneva on Monday. Ukrainian Defence Minister Taras Bondar again leads. He's brought Petro Savchuk and - I'm told - Mykola Hrytsenko.")).toEqual(
      expect.arrayContaining(['Ukraine: Petro Savchuk', 'Ukraine: Mykola Hrytsenko']),
    );
  });
  it('seats no one "he is with" when the sentence before names no one with a side, nor "It will also include" after a non-delegation', () => {
    expect(people("The weather in Geneva was cold. He's with Tom Reed and Mark Dalton.")).toEqual([]);
    expect(people('The EU drafted a new sanctions package. It will also include Oleg Vasin and Ivan Petrov.')).toEqual([]);
  });
});

describe('a side opener that carries on', () => {
  it('seats "For Russia, A leads." as the leader and "Also on the team: B and C" on that side', () => {
    expect(people('Talks opened in Geneva on Monday. For Russia, Pavel Sokolov leads.\nAlso on the team: Oleg Vasin and Ivan Petrov.')).toEqual([
      'Russia: Ivan Petrov',
      'Russia: Oleg Vasin',
      'Russia: Pavel Sokolov (leader)',
    ]);
  });
  it('seats "On the Ukrainian side, A leads." as the leader', () => {
    expect(people('Talks opened in Geneva on Monday. On the Ukrainian side, Taras Bondar leads.')).toEqual(['Ukraine: Taras Bondar (leader)']);
  });
  it('seats no one on "the team" two sentences after the opener, nor a pronoun after an opener about something else', () => {
    expect(people('Talks opened in Geneva on Monday. For Russia, Pavel Sokolov leads. The talks ran late.\nAlso on the team: Oleg Vasin and Ivan Petrov.')).toEqual([
      'Russia: Pavel Sokolov (leader)',
    ]);
    expect(people('Talks opened in Geneva on Monday. For Kyiv, the main issue is security. It includes Oleg Vasin and Ivan Petrov.')).toEqual([]);
  });
});
