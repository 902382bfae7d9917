import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import { ATTRIBUTION_RULES, type StatementFact, stancesOf } from '../../src/core/extract/statements.js';
import { LEXICON } from './lexicon.js';

const PUBLISHED = new Date('2025-03-24T12:00:00Z');
const statements = (text: string, published = PUBLISHED, certain = true): StatementFact[] =>
  extract({ title: '', text, published, publishedCertain: certain, lexicon: LEXICON }).statements ?? [];

describe('attribution rules, one example at a time', () => {
  for (const rule of ATTRIBUTION_RULES) {
    for (const ex of rule.examples) {
      it(`${rule.id}: ${ex.text.slice(0, 70)}`, () => {
        const found = statements(ex.text);
        // The example's last sentence is the one the rule reads ("…," he added).
        const last = found.filter((s) => s.sentenceIndex === Math.max(...found.map((x) => x.sentenceIndex)));
        expect(last.map((s) => [s.speaker, s.rule])).toContainEqual([ex.speaker, rule.id]);
      });
    }
  }
});

describe('statements as facts', () => {
  it('gives a person their own side, never the side their words are about', () => {
    const [s] = statements('“I don’t regard Putin as a bad guy,” said Steve Witkoff, the US president’s special envoy for Russia.');
    expect(s).toMatchObject({ speaker: 'Steve Witkoff', person: 'Steve Witkoff', mode: 'direct' });
    expect(s!.party).not.toBe('Russia');
    expect(s!.quote).toContain('bad guy');
  });

  it('reads a body with its side: the Kremlin, a foreign ministry, officials', () => {
    const text = [
      'The Kremlin said the focus for Moscow would be a possible revival of the Black Sea grain deal.',
      "Russia's foreign ministry accused Ukraine of attacking an oil depot.",
      'Ukrainian officials said the strike was yet more evidence of Russian intent.',
      'Analysts say a maritime deal could be easier to reach than a full truce.',
    ].join(' ');
    const found = statements(text).map((s) => [s.speaker, s.party ?? null]);
    expect(found).toEqual([
      ['the Kremlin', 'Russia'],
      ["Russia's foreign ministry", 'Russia'],
      ['Ukrainian officials', 'Ukraine'],
      ['Analysts', null],
    ]);
  });

  it('dates a remark by the phrase beside its verb, else by the report, and not by dates inside it', () => {
    const [sat, plain, inside] = statements(
      [
        '"These actions show no desire for peace," Maria Zakharova said on Saturday.',
        'Dmitry Peskov said negotiations would be difficult.',
        'Washington says it wants a maritime ceasefire, which would run for 30 days from March 18.',
      ].join(' '),
    );
    expect(sat!.date?.date).toBe('2025-03-22');
    expect(plain!.date?.date).toBe('2025-03-24');
    expect(inside!.date?.date).toBe('2025-03-24');
  });

  it('leaves a statement undated when the report’s own date is a guess', () => {
    const [s] = statements('The Kremlin says the main item on its agenda will be the Black Sea.', PUBLISHED, false);
    expect(s!.speaker).toBe('the Kremlin');
    expect(s!.date).toBeUndefined();
  });

  it('skips what was not said: passives, refusals to comment, quoted speech verbs', () => {
    expect(statements('Beseda was reported to have been involved in intelligence work.')).toEqual([]);
    expect(statements('Downing Street declined to comment on the remarks.')).toEqual([]);
    expect(statements('Moscow did not say whether it would attend.')).toEqual([]);
  });

  it('traces "the Russian side" in a paragraph of a Russian minister’s words back to him', () => {
    const text =
      'Russia is ready to discuss the Black Sea Initiative, Russian Foreign Minister Sergey Lavrov has said. Among the key conditions cited by the Russian side are the reconnection of Rosselkhozbank to SWIFT.';
    const side = statements(text).find((s) => s.speaker === 'the Russian side');
    expect(side).toMatchObject({ person: 'Sergey Lavrov', party: 'Russia', stances: ['demanded'] });
  });

  it('keeps two speakers of one sentence apart', () => {
    const found = statements('Ukrainian President Volodymyr Zelenskyy has accused Russia of stalling, while Kremlin spokesman Dmitry Peskov said negotiations would be difficult.');
    expect(found.map((s) => s.speaker)).toEqual(['Volodymyr Zelenskyy', 'Dmitry Peskov']);
  });
});

describe('stances a sentence carries', () => {
  const cases: [string, string[]][] = [
    ['The Kremlin said the arrangement would take effect only after restrictions were lifted on Rosselkhozbank.', ['demanded']],
    ['Washington said it would help restore Russia’s access to world markets.', ['proposed']],
    ['Kyiv said it was ready to accept a US proposal for a 30-day ceasefire.', ['proposed', 'agreed']],
    ['Zelenskyy said Kyiv had not agreed to any easing of sanctions.', ['refused']],
    ['Moscow has repeatedly said it would not accept troops from NATO countries.', ['refused']],
    ['Peskov said negotiations would be difficult.', []],
    // A right to refuse denied to a third party is not the speaker's refusal.
    ['Macron has argued that it would not be for Russia to approve or reject their presence.', []],
    ['Zelensky said Moscow had no right to veto Ukraine’s choice of allies.', []],
    ['Starmer said it was not up to the Kremlin to block a European force, and rejected any Russian veto.', ['refused']],
  ];
  for (const [text, want] of cases) it(text, () => expect(stancesOf(text)).toEqual(want));
});
