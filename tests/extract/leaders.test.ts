import { describe, expect, it } from 'vitest';
import type { ExtractLexicon } from '../../src/core/extract/types.js';
import { people as read, PUBLISHED } from './read.js';

/**
 * Leader versus member: people found on the right side but with the wrong role, or leaders missed.
 * Invented sentences of each shape, read by the fallback dossier (no standing actors).
 */
const NONE: ExtractLexicon = { topics: {}, actors: [], mediators: [] };
const people = (text: string) => read(text, PUBLISHED, NONE);
/** A dossier that knows Anton Varga as Kosovo's. */
const KNOWN: ExtractLexicon = { topics: {}, actors: [{ name: 'Anton Varga', aliases: ['Varga'], party: 'Kosovo' }], mediators: [] };

describe('"his chief negotiator A" of a side the sentence names', () => {
  it("leads A's own side", () => {
    expect(
      read(
        'Talks between Serbia and Kosovo resumed in Brussels on Monday. On the Kosovo side, Prime Minister Albin Hoxha is taking part in person, together with his chief negotiator Anton Varga and Ivo Kral, the top general.',
        PUBLISHED,
        KNOWN,
      ),
    ).toContain('Kosovo: Anton Varga (leader)');
  });
  it('still gives "his deputy and chief negotiator B" no side from the side named last', () => {
    expect(
      people('Serbia and Kosovo resumed talks in Ohrid on Saturday. The Serbian delegation was led by Marko Đurić, while Albin Hoxha came with his deputy and chief negotiator Besnik Krasniqi.'),
    ).toEqual(['Serbia: Marko Đurić (leader)']);
  });
});

describe('a chief negotiator who has left the post', () => {
  it('leads nothing when the sentence says A resigned', () => {
    expect(
      read(
        "Talks between Serbia and Kosovo resumed in Brussels on Monday. On Friday the Kosovo prime minister's chief of staff and chief negotiator, Anton Varga, had to resign after a corruption probe.",
        PUBLISHED,
        KNOWN,
      ).filter((x) => x.includes('(leader)')),
    ).toEqual([]);
  });
  it('still leads when no departure is said', () => {
    expect(
      people("Talks between Serbia and Kosovo resumed in Brussels on Monday. Serbia's chief negotiator, Anton Varga, arrived on Sunday."),
    ).toContain('Serbia: Anton Varga (leader)');
  });
});

describe('a lower-case title before a leader "at their head"', () => {
  it('reads "with national security council secretary A at their head" as the side\'s leader', () => {
    expect(
      people(
        "Talks between Serbia and Kosovo resumed in Brussels on Monday. Kosovo's negotiators, with national security council secretary Anton Varga at their head, are sitting down with the Serbian side today.",
      ),
    ).toEqual(['Kosovo: Anton Varga (leader)']);
  });
  it('gives a security council secretary who only speaks no seat', () => {
    expect(people('Talks between Serbia and Kosovo resumed in Brussels on Monday. National security council secretary Anton Varga said the talks were useful.')).toEqual([]);
  });
});

describe('"A heads the team" as a clause of its own', () => {
  it('reads "B stayed at home and A heads the team" as A leading the team just named', () => {
    expect(
      people(
        'Talks between the Congolese government and M23 resumed in Doha on Saturday. The M23 team is led by Bertrand Kabila? No — organisers say Kabila stayed in Goma and Anton Varga heads the team.',
      ).filter((x) => x.includes('(leader)')),
    ).toEqual(['M23: Anton Varga (leader)']);
  });
  it('reads "officials say A again leads the team"', () => {
    expect(people("Talks between Serbia and Kosovo resumed in Brussels on Monday. Kosovo's delegation arrived on Sunday. Officials say Anton Varga again leads the team.")).toEqual([
      'Kosovo: Anton Varga (leader)',
    ]);
  });
  it('leads nothing when the one before the verb is an object ("met A and the team")', () => {
    expect(
      people("Talks between Serbia and Kosovo resumed in Brussels on Monday. Kosovo's delegation arrived on Sunday. The mediator met Anton Varga and the team."),
    ).not.toContain('Kosovo: Anton Varga (leader)');
  });
});

describe('a leader\'s relative clause with a titled companion in it', () => {
  it('leaves "the army secretary, C" inside "who flew in with B and the army secretary, C" out of the leaders', () => {
    expect(
      people(
        'Talks between the United States and Ukraine were held in Geneva on Sunday. The American side was steered by the secretary of state, Tom Reed, who flew in with Sam Cole and the army secretary, Dan Pryor – the latter having presented the plan days earlier.',
      ).filter((x) => x.includes('(leader)')),
    ).toEqual(['United States: Tom Reed (leader)']);
  });
  it('still reads "A, and the army secretary, B" with no relative clause as two leaders', () => {
    expect(
      people('Talks between the United States and Ukraine were held in Geneva on Sunday. The American side was steered by the secretary of state, Tom Reed, and the army secretary, Sam Cole.'),
    ).toEqual(['United States: Sam Cole (leader)', 'United States: Tom Reed (leader)']);
  });
});
