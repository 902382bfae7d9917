import { describe, expect, it } from 'vitest';
import { BUNDLED_DOSSIER_DIR, lexiconOf, loadDossier } from '../../src/core/dossier/load.js';
import { extract } from '../../src/core/extract/index.js';
import type { Extraction, ExtractLexicon } from '../../src/core/extract/types.js';

/**
 * Who is who: the standing actors of the bundled dossiers (general knowledge of 2022–2026) and the
 * two rules whose false hits they had exposed. Every sentence here is written for this test.
 */
const OTHER = lexiconOf(loadDossier('other-negotiations', BUNDLED_DOSSIER_DIR));
const RU = lexiconOf(loadDossier('russia-ukraine', BUNDLED_DOSSIER_DIR));
const BARE: ExtractLexicon = { ...OTHER, actors: [] };
const run = (text: string, day: string, lexicon: ExtractLexicon = OTHER): Extraction =>
  extract({ title: '', text, published: new Date(`${day}T12:00:00Z`), lexicon });
const seated = (x: Extraction) =>
  x.delegations.flatMap((d) => [...d.leaders.map((n) => `${d.party}:L:${n}`), ...d.members.map((n) => `${d.party}:M:${n}`)]).sort();

describe('a ceremony attended by people is its audience, not a side\'s table', () => {
  it('"The ceremony was attended by A and by the head of the UN mission, B": neither is seated', () => {
    const x = run(
      'The government and the ELN reopened their talks in Caracas on Monday. The ceremony was attended by Foreign Minister Álvaro Leyva and by the head of the UN verification mission, Carlos Ruiz Massieu.',
      '2022-11-21',
    );
    expect(seated(x).filter((s) => /Leyva|Massieu/.test(s))).toEqual([]);
  });

  it('"The signing ceremony, held at the palace, was attended by A": a clause between changes nothing', () => {
    const x = run('The signing ceremony, held at the presidential palace, was attended by Foreign Minister Jeyhun Bayramov and Ararat Mirzoyan.', '2025-08-09');
    expect(seated(x)).toEqual([]);
  });

  it('"The talks were attended by A and B": a round\'s attendance still seats each on their side', () => {
    const x = run('The talks in Abu Dhabi on Thursday were attended by Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat Mirzoyan.', '2025-07-11');
    expect(seated(x)).toEqual(['Armenia:M:Ararat Mirzoyan', 'Azerbaijan:M:Jeyhun Bayramov']);
  });
});

describe('a list for a format that did not meet seats nobody', () => {
  it('"X\'s list for the expanded format had included A, B and C": a plan, not who sat', () => {
    const x = run(
      'The wider session was dropped at the last minute. Russia\'s list for the expanded format had included Defence Minister Andrei Belousov, Sergey Lavrov and Yuri Ushakov.',
      '2025-08-16',
      RU,
    );
    expect(seated(x)).toEqual([]);
  });

  it('"The Russian delegation had included A and B": a delegation\'s own composition still counts', () => {
    const x = run('By the time the talks in Istanbul opened, the Russian delegation had included Vladimir Medinsky and Mikhail Galuzin.', '2025-05-16', RU);
    expect(seated(x)).toEqual(['Russia:M:Mikhail Galuzin', 'Russia:M:Vladimir Medinsky']);
  });
});
