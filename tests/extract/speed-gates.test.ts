import { describe, expect, it } from 'vitest';
import { DELEGATION_RULES, requiredLiteral } from '../../src/core/extract/rules.js';
import { splitSentences } from '../../src/core/extract/sentences.js';

describe('the literal a pattern requires (a gate generated from the pattern itself)', () => {
  it('reads the longest plain run outside groups, alternations and optional parts', () => {
    expect(requiredLiteral(/\bwas at the head of\b/u)).toBe('was at the head of');
    expect(requiredLiteral(/\b(?:led|headed)\s(?:as\s(?:in|at))\sby\b/gu)).toBe('by');
    expect(requiredLiteral(/^(?:Also )?(?:Alongside|With) (?:[\p{L}'-]{1,30} ){0,5}?⟨\d+⟩ (?:were|are)\b/gu)).toBe('⟩ ');
    // An optional letter leaves the run: "signs?" requires " for them", not "signs".
    expect(requiredLiteral(/\bsigns? for them\b/u)).toBe(' for them');
    expect(requiredLiteral(/\bmade up, [^,]{1,30}, of\b/u)).toBe('made up, ');
  });

  it('vouches for nothing it cannot: a top-level alternation, a case-insensitive pattern, no run', () => {
    expect(requiredLiteral(/\bfoo\b|\bbar\b/u)).toBeUndefined();
    expect(requiredLiteral(/\bacross the table\b/iu)).toBeUndefined();
    expect(requiredLiteral(/\b(?:a|b)\s\p{Lu}+/u)).toBeUndefined();
  });

  it('is in every text a rule pattern matches (the rules’ own examples and a few more)', () => {
    const texts = [
      ...DELEGATION_RULES.flatMap((r) => r.examples.flatMap((ex) => [ex.text, ...splitSentences(ex.text)])),
      'The delegation, led as in Geneva by its foreign minister, was at the head of the talks.',
      'Also on it are ⟨0⟩ and ⟨1⟩; for Kosovo, ⟨2⟩ signed for the side.',
    ];
    let checked = 0;
    for (const rule of DELEGATION_RULES)
      for (const re of rule.patterns ?? []) {
        const literal = requiredLiteral(re);
        if (literal === undefined) continue;
        for (const text of texts)
          if (new RegExp(re.source, re.flags.replace('g', '')).test(text)) {
            checked++;
            expect(text.includes(literal), `${re.source} on ${text}`).toBe(true);
          }
      }
    expect(checked).toBeGreaterThan(0);
  });
});
