import { describe, expect, it } from 'vitest';
import { compileCues, DELEGATION_RULES } from '../../src/core/extract/rules.js';
import { splitSentences } from '../../src/core/extract/sentences.js';

const CUES = compileCues(DELEGATION_RULES);
/** Where and what each match is: the two ways of finding cues must agree on both. */
const spans = (found: RegExpExecArray[] | RegExpMatchArray[]) => found.map((m) => [m.index, m[0]]);

describe('the roster cues found word by word', () => {
  const texts = [
    ...DELEGATION_RULES.flatMap((r) => r.examples.flatMap((ex) => splitSentences(ex.text))),
    'The delegation, co-chaired by its foreign minister, was headed once again by a deputy; it also took part.',
    'Talks were led by ⟨0⟩ and included ⟨1⟩, who led  the team alongside ⟨2⟩.',
    'MISLED BY THE HEADLINE, NOBODY LED ANYTHING: THE DELEGATION WAS LED BY ⟨0⟩.',
    'Unled, misled and co-led: the ſide led by ⟨0⟩ met with the other side.',
    '',
  ];

  it('finds the same cues at the same places as the whole alternation', () => {
    for (const text of texts) expect(spans(CUES.matches(text)), text).toEqual(spans([...text.matchAll(CUES.re)]));
  });

  it('finds some cues in the rules’ own examples, so the comparison is not vacuous', () => {
    expect(texts.filter((t) => CUES.matches(t).length > 0).length).toBeGreaterThan(20);
  });
});
