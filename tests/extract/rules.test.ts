import { describe, expect, it } from 'vitest';
import { MAX_PEOPLE } from '../../src/core/extract/actors.js';
import { MAX_DATES } from '../../src/core/extract/dates.js';
import { extract } from '../../src/core/extract/index.js';
import { officeParty } from '../../src/core/extract/lexicon.js';
import { MAX_CANDIDATES, ROSTER_FILTER } from '../../src/core/extract/rosters.js';
import { COMPOSITION_VERBS, DELEGATION_RULES, LEADING_VERBS, SENTENCE_SHAPES } from '../../src/core/extract/rules.js';
import { MAX_SENTENCE, splitSentences, splitUnits } from '../../src/core/extract/sentences.js';
import { sameActor } from '../../src/core/names.js';
import { LEXICON } from './lexicon.js';

const run = (text: string, published = '2025-05-15T12:00:00Z') =>
  extract({ title: '', text, published: new Date(published), lexicon: LEXICON, trace: true });

describe('the rule table', () => {
  for (const rule of DELEGATION_RULES) {
    for (const [i, ex] of rule.examples.entries()) {
      it(`${rule.id} reads its example ${i + 1} and the facts name the rule's side and role`, () => {
        const x = run(ex.text, ex.published);
        const got = x.delegations.flatMap((d) => [
          ...d.leaders.map((name) => ({ party: d.party, name, role: 'leader' })),
          ...d.members.map((name) => ({ party: d.party, name, role: 'member' })),
        ]);
        for (const e of ex.expect) {
          expect(got.some((g) => g.party === e.party && g.role === e.role && sameActor(g.name, e.name)), `${e.role} ${e.name} (${e.party}) in ${JSON.stringify(got)}`).toBe(true);
          const fired = x.trace?.roster.some((c) => c.rule === rule.id && c.accepted && c.party === e.party && c.role === e.role && sameActor(c.name, e.name));
          expect(fired, `${rule.id} proposed ${e.name}`).toBe(true);
        }
      });
    }
  }

  for (const shape of SENTENCE_SHAPES) {
    for (const [i, ex] of shape.examples.entries()) {
      it(`${shape.id} reads its example ${i + 1} and each fact it places names the shape`, () => {
        const x = run(ex.text, ex.published);
        for (const e of ex.expect) {
          const placed = x.delegations.some(
            (d) => d.party === e.party && d.people?.some((p) => p.rule === shape.id && p.role === e.role && sameActor(p.name, e.name)),
          );
          expect(placed, `${e.role} ${e.name} (${e.party}) by ${shape.id} in ${JSON.stringify(x.delegations.map((d) => [d.party, d.people]))}`).toBe(true);
        }
      });
    }
  }

  it('names every rule and shape once, and keeps one list of the verbs both readers share', () => {
    const ids = [...DELEGATION_RULES, ...SENTENCE_SHAPES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(SENTENCE_SHAPES.every((s) => s.id.startsWith('shape.') && s.shape.length > 20)).toBe(true);
    const includes = DELEGATION_RULES.find((r) => r.id === 'roster.includes')!.cues;
    const memberVerbs = SENTENCE_SHAPES.find((s) => s.id === 'shape.member-verb')!.words!.verbs!;
    for (const v of COMPOSITION_VERBS) {
      expect(includes, v).toContain(v);
      expect(memberVerbs, v).toContain(v);
    }
    const ledBy = DELEGATION_RULES.find((r) => r.id === 'roster.led-by')!.cues;
    for (const v of LEADING_VERBS) expect(ledBy).toContain(`${v} by`);
    expect(SENTENCE_SHAPES.find((s) => s.id === 'shape.led-by')!.words!.verbs).toBe(LEADING_VERBS);
  });

  it('builds the quick pre-filter from every cue, so no rule can be forgotten by it', () => {
    for (const rule of DELEGATION_RULES) for (const cue of rule.cues) expect(ROSTER_FILTER.test(cue.replace('…', 'Ukrainian')), cue).toBe(true);
  });

  it('gives no side where none is stated, and names why in the trace', () => {
    const x = run('The delegation includes Deputy Foreign Minister Mikhail Galuzin and Alexander Fomin.');
    expect(x.delegations).toEqual([]);
    expect(x.trace?.roster.every((c) => !c.accepted && /no side/.test(c.why ?? ''))).toBe(true);
  });

  it('learns a side from the knowledge base when the text gives none', () => {
    const text = 'The delegation includes Deputy Foreign Minister Mikhail Galuzin.';
    const x = extract({ title: '', text, published: new Date('2025-05-15T12:00:00Z'), lexicon: LEXICON, knownParty: (n) => (sameActor(n, 'Mikhail Galuzin') ? 'Russia' : undefined) });
    expect(x.delegations).toMatchObject([{ party: 'Russia', members: ['Mikhail Galuzin'] }]);
  });

  it('reads a side from a title whose office has one, in any dossier', () => {
    expect(officeParty('kremlin aide')).toBe('Russia');
    expect(officeParty('secretary of the National Security and Defense Council')).toBe('Ukraine');
    expect(officeParty('special envoy')).toBeUndefined();
  });
});

describe('sentences', () => {
  it('does not split after an abbreviated title', () => {
    expect(splitSentences('The US team was led by Brig. Gen. Mark Smith and included Amb. Julie Doe. It met on Monday.')).toEqual([
      'The US team was led by Brig. Gen. Mark Smith and included Amb. Julie Doe.',
      'It met on Monday.',
    ]);
  });

  it('splits sentences a scraper ran together and keeps list lines apart', () => {
    expect(splitSentences('They meet on July 23.Russian Presidential Aide Vladimir Medinsky leads.')).toHaveLength(2);
    const units = splitUnits('Ukraine is represented by:\n\nA — minister;\nB — deputy');
    expect(units.map((u) => [u.paragraph, u.lineStart])).toEqual([[0, true], [1, true], [1, true]]);
  });
});

describe('bounded work per item', () => {
  it('cuts any sentence to at most MAX_SENTENCE characters', () => {
    for (const text of ['!'.repeat(50_000), 'Monday '.repeat(5_000), 'Rustem Umerov, '.repeat(3_000)]) {
      expect(Math.max(...splitSentences(text).map((s) => s.length))).toBeLessThanOrEqual(MAX_SENTENCE);
    }
  });

  it('caps people, roster candidates and dates per sentence', () => {
    const names = ['Andriy Yermak', 'Rustem Umerov', 'Kyrylo Budanov', 'Andriy Hnatov', 'Serhiy Kyslytsya', 'Oleksandr Poklad'];
    const list = Array.from({ length: 60 }, (_, i) => `${names[i % names.length]!.split(' ')[0]} ${names[i % names.length]!.split(' ')[1]}${'abcdefghij'[i % 10]}ov`).join(', ');
    const x = run(`The Ukrainian delegation includes ${list}.`);
    const perSentence = new Map<number, number>();
    for (const a of x.actors) perSentence.set(a.sentenceIndex, (perSentence.get(a.sentenceIndex) ?? 0) + 1);
    expect(Math.max(...perSentence.values())).toBeLessThanOrEqual(MAX_PEOPLE);
    expect(x.trace!.roster.length).toBeLessThanOrEqual(MAX_CANDIDATES + 1);
    const d = run('They met on Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday and Sunday.');
    expect(d.dates!.length).toBeLessThanOrEqual(MAX_DATES);
  });
});
