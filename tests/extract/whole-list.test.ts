import { describe, expect, it } from 'vitest';
import { people } from './read.js';

/**
 * The whole-list pass of 2 Dec 2026 (issue 10, branch lists): once a roster cue has fired for a
 * side, the list it introduces is read to its end — past a relative clause on an item, past a
 * semicolon, past the last item's apposition when the report's source follows it, and on through
 * "along with". Sentences and names invented here; each shape has a negative that must stay as it was.
 */

describe('a relative clause on one item does not end the list', () => {
  it('reads on past "A, who runs the office; chief B; and C" (semicolons)', () => {
    expect(
      people('The Moldovan delegation includes Ion Rusu, who runs the president\'s office; army chief of staff Vasile Ciobanu; and Elena Gheorghe, a deputy speaker.'),
    ).toEqual(['Moldova: Elena Gheorghe', 'Moldova: Ion Rusu', 'Moldova: Vasile Ciobanu']);
  });
  it('reads on past "A, who chairs the committee, and the country\'s envoy to Rome, B" (a title before a comma)', () => {
    expect(
      people('The Moldovan team includes Deputy Prime Minister Ion Rusu, Vasile Ciobanu, who chairs the budget committee, and Moldova\'s ambassador to Italy, Elena Gheorghe.'),
    ).toEqual(['Moldova: Elena Gheorghe', 'Moldova: Ion Rusu', 'Moldova: Vasile Ciobanu']);
  });
  it('stops at a semicolon that opens a new clause, and keeps "who met B" out', () => {
    expect(people('The Moldovan delegation includes Ion Rusu, who runs the president\'s office; the talks resume on Monday.')).toEqual(['Moldova: Ion Rusu']);
    expect(people('The Moldovan delegation includes Ion Rusu, who met Pavel Sokolov in Rome; army chief Vasile Ciobanu said the talks went well.')).not.toContain('Moldova: Vasile Ciobanu');
  });
  it('keeps the clause\'s own object out ("A, who was accompanied by, among others, B" is not a further item of a leader list)', () => {
    expect(people('The Moldovan delegation was led by Ion Rusu, who was accompanied by, among others, Vasile Ciobanu and Elena Gheorghe.')).not.toContain('Moldova: Vasile Ciobanu (leader)');
  });
});

describe('the report\'s source after the last item', () => {
  it('seats the last item of "…; and C, the party\'s whip, the president said", not the president', () => {
    expect(
      people('The Moldovan delegation includes Ion Rusu; army chief of staff Vasile Ciobanu; and Elena Gheorghe, the ruling party\'s whip, President Maia Sandu said on Friday.'),
    ).toEqual(['Moldova: Elena Gheorghe', 'Moldova: Ion Rusu', 'Moldova: Vasile Ciobanu']);
  });
  it('ends the list at an item that says something itself ("…; and the spokesman, B, said")', () => {
    expect(people('The Moldovan delegation includes Ion Rusu; army chief Vasile Ciobanu; and the government spokesman, Daniel Vodă, said the talks would go on.')).toEqual([
      'Moldova: Ion Rusu',
      'Moldova: Vasile Ciobanu',
    ]);
  });
});

describe('an act that names the members', () => {
  it('seats "The decree names as members A, …; B, …; and C" on the side of the offices', () => {
    expect(
      people(
        'Ion Rusu will lead the Moldovan delegation under a decree signed on Friday. The decree names as members Vasile Ciobanu, the secretary of the security council; Elena Gheorghe, the head of the border police; and Moldova\'s deputy foreign minister, Andrei Popa.',
      ),
    ).toEqual(expect.arrayContaining(['Moldova: Elena Gheorghe', 'Moldova: Vasile Ciobanu']));
  });
  it('seats no one when no side is in sight', () => {
    expect(people('The report names as members of the club Vasile Ciobanu and Elena Gheorghe.')).toEqual([]);
  });
});

describe('"are representing", then "along with"', () => {
  it('seats the subjects of "are representing X" and the companions "along with" them', () => {
    expect(people('Envoy Tom Reed and Mark Dalton are representing Washington, along with General Paul Grant and Lisa Moore, the deputy national security adviser.')).toEqual([
      'United States: Lisa Moore',
      'United States: Mark Dalton',
      'United States: Paul Grant',
      'United States: Tom Reed',
    ]);
  });
  it('seats no one when the sentence names no side they represent', () => {
    expect(people('Tom Reed and Mark Dalton are representing their clients, along with Paul Grant.')).toEqual([]);
  });
});

describe('the rest of a line-up after the one just seated', () => {
  it('seats "With him: A and B" on the side of the leader the sentence before seated', () => {
    expect(people('The Moldovan side is led by Ion Rusu. With him: Deputy Interior Minister Vasile Ciobanu and the parliament\'s Elena Gheorghe.')).toEqual([
      'Moldova: Elena Gheorghe',
      'Moldova: Ion Rusu (leader)',
      'Moldova: Vasile Ciobanu',
    ]);
  });
  it('seats "The president named him along with A, now …, B and C" on that leader\'s side', () => {
    expect(
      people('Moldova\'s delegation is headed by Ion Rusu. The president named him along with Vasile Ciobanu, now her chief of staff, border police chief Elena Gheorghe, and Andrei Popa of the foreign ministry.'),
    ).toEqual(['Moldova: Andrei Popa', 'Moldova: Elena Gheorghe', 'Moldova: Ion Rusu (leader)', 'Moldova: Vasile Ciobanu']);
  });
  it('seats no one when the sentence before seated nobody, nor after "met him along with"', () => {
    expect(people('The talks resumed in Geneva on Monday. The president named him along with Vasile Ciobanu and Elena Gheorghe.')).toEqual([]);
    expect(people('Moldova\'s delegation is headed by Ion Rusu. Pavel Sokolov met him along with Vasile Ciobanu.')).not.toContain('Moldova: Vasile Ciobanu');
  });
});
