import { describe, expect, it } from 'vitest';
import { execAll } from '../../src/core/extract/regex.js';
import { DELEGATION_RULES, literalGate, mayMatch, requiredLiterals } from '../../src/core/extract/rules.js';
import { splitSentences } from '../../src/core/extract/sentences.js';

describe('the literals a pattern requires (a gate generated from the pattern itself)', () => {
  it('reads plain runs, and one literal of each alternative of a group', () => {
    expect(requiredLiterals(/\bwas at the head of\b/u)).toEqual([['was at the head of']]);
    expect(requiredLiterals(/\b(?:[Ll]eading|[Hh]eading)\sthe\s/u)).toEqual([['eading'], ['the']]);
    expect(requiredLiterals(/\b(?:led|headed)\s(?:as\s(?:in|at)\s\p{Lu}+|this\stime)\sby\b/gu)).toEqual([['led', 'headed'], ['as', 'this'], ['by']]);
    // Counted repeats and placeholders: "{0,5}" adds nothing, "⟩ " after a placeholder's digits is required.
    expect(requiredLiterals(/^(?:Alongside|With) (?:[\p{L}'-]{1,30} ){0,5}?⟨\d+⟩ (?:were|are)\b/gu)).toEqual([['Alongside', 'With'], ['⟩ '], ['were', 'are']]);
    // An optional letter leaves the run: "initial" of "initiall?ed", "sign" and " for them" of "sign(?:ed|s)? for them".
    expect(requiredLiterals(/\binitiall?ed by\b/u)).toEqual([['initial'], ['ed by']]);
    expect(requiredLiterals(/\bsign(?:ed|s)? for them\b/u)).toEqual([['sign'], [' for them']]);
    // A top-level alternation: one literal from each side.
    expect(requiredLiterals(/\bbrought along\b|\bbrings(?= \p{L}+ along)/u)).toEqual([['brought along', 'brings']]);
  });

  it('vouches for nothing it cannot: lookarounds, optional groups, a case-insensitive pattern', () => {
    expect(requiredLiterals(/(?<=sent )\p{Lu}+(?= to)/u)).toEqual([]);
    expect(requiredLiterals(/\p{Lu}+(?: delegation)?/u)).toEqual([]);
    expect(requiredLiterals(/\bacross the table\b/iu)).toEqual([]);
    expect(mayMatch([], 'anything')).toBe(true);
    expect(mayMatch([['led', 'headed'], ['by']], 'the team was headed by A')).toBe(true);
    expect(mayMatch([['led', 'headed'], ['by']], 'the team was chaired by A')).toBe(false);
  });

  it('lets through every text a rule pattern matches (the rules’ own examples and a few more)', () => {
    const texts = [
      ...DELEGATION_RULES.flatMap((r) => r.examples.flatMap((ex) => [ex.text, ...splitSentences(ex.text)])),
      'The delegation, led as in Geneva by its foreign minister, was at the head of the talks.',
      'Also on it are ⟨0⟩ and ⟨1⟩; for Kosovo, ⟨2⟩ signed for the side.',
      'He brought his deputy along; she initialled by hand, and they are expected to travel to Doha to meet them.',
    ];
    let checked = 0;
    for (const rule of DELEGATION_RULES)
      for (const re of rule.patterns ?? []) {
        const clauses = requiredLiterals(re);
        for (const text of texts)
          if (new RegExp(re.source, re.flags.replace('g', '')).test(text)) {
            checked++;
            expect(mayMatch(clauses, text), `${re.source} on ${text}`).toBe(true);
          }
      }
    expect(checked).toBeGreaterThan(20);
  });

  it('literalGate answers as mayMatch, whichever texts and patterns are asked in turn', () => {
    const literals = DELEGATION_RULES.flatMap((r) => (r.patterns ?? []).map(requiredLiterals));
    const gate = literalGate(literals);
    const texts = [
      ...DELEGATION_RULES.flatMap((r) => r.examples.map((ex) => ex.text)),
      '',
      'He brought his deputy along; she initialled by hand.',
      'He brought his deputy along; she initialled by hand.'.slice(0),
    ];
    let asked = 0;
    // Texts interleaved (the same text asked again after another one) and patterns in both orders.
    for (const [i, text] of texts.entries())
      for (const k of i % 2 ? literals.keys() : [...literals.keys()].reverse()) {
        expect(gate(text, k), `${k} on ${text}`).toBe(mayMatch(literals[k]!, text));
        expect(gate(texts[0]!, k)).toBe(mayMatch(literals[k]!, texts[0]!));
        asked++;
      }
    expect(asked).toBeGreaterThan(1000);
  });
});

describe('execAll: matchAll without copying the pattern', () => {
  const same = (re: RegExp, text: string) => {
    const before = re.lastIndex;
    const want = [...text.matchAll(re)].map((m) => [m.index, [...m], m.groups]);
    expect(execAll(re, text).map((m) => [m.index, [...m], m.groups]), `${re} on ${text}`).toEqual(want);
    expect(re.lastIndex).toBe(before);
  };

  it('finds what matchAll finds, where it starts, empty matches and surrogate pairs included', () => {
    const texts = ['', 'The delegation, led by ⟨0⟩ and ⟨1⟩’s deputy, met on 12.03.2025 in Doha.', 'a😀b😀', 'aaa'];
    const patterns = [/⟨(\d+)⟩/g, /\b(?<word>\p{L}+)\b/gu, /x*/g, /x*/gu, /(?:)/gu, /\p{L}/gyu, /\d+(?:\.\d+)*/g];
    for (const re of patterns) for (const text of texts) same(re, text);
    const started = /\p{L}+/gu;
    started.lastIndex = 5;
    same(started, 'The delegation met');
  });

  it('lets a loop body use the same pattern', () => {
    const re = /\d/g;
    const seen: string[] = [];
    for (const m of execAll(re, 'a1b2')) seen.push(m[0], String(execAll(re, '345').length));
    expect(seen).toEqual(['1', '3', '2', '3']);
  });
});
