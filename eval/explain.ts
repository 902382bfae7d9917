/**
 * `npx tsx eval/explain.ts <passage-id>`: what `parley explain` prints, for a development passage of
 * the real-reporting set (it refuses held-out ones: their misses are never looked at while tuning).
 */
import { readFileSync } from 'node:fs';
import { BUNDLED_DOSSIER_DIR, lexiconOf, loadDossier } from '../src/core/dossier/load.js';
import { explainExtraction, formatExplain } from '../src/core/extract/explain.js';
import { extract } from '../src/core/extract/index.js';
import { dossierOf, HELD_OUT, loadReal, REAL_SETS, type RealPassage, type RealSet, SEALED } from './real-reporting.js';

const id = process.argv[2] ?? '';
if (HELD_OUT.has(id) || [...SEALED].some((set) => !set.endsWith('held-out') && loadReal(set).some((p) => p.id === id))) {
  console.error(`${id} is held out (a sealed set): not explained while tuning`);
  process.exit(2);
}
// The development sets written apart from real-reporting.json (never a sealed one).
const DEV_FILES: RealSet[] = REAL_SETS.filter((set) => !SEALED.has(set) && !set.startsWith('ru-') && !set.startsWith('ot-'));
const all = [
  ...(JSON.parse(readFileSync(new URL('../tests/fixtures/labelled/real-reporting.json', import.meta.url), 'utf8')) as RealPassage[]),
  ...DEV_FILES.flatMap((set) => loadReal(set)),
];
const older = ['tuned', 'held-out', 'snapshots', 'wire-2025', 'longform-2026', 'agency-2026'].flatMap(
  (set) => JSON.parse(readFileSync(new URL(`../tests/fixtures/labelled/${set}.json`, import.meta.url), 'utf8')) as { id: string; published: string; text: string; expected: unknown }[],
);
const old = older.find((x) => x.id === id);
if (old) {
  const x = extract({ title: '', text: old.text, published: new Date(old.published), lexicon: lexiconOf(loadDossier()), trace: true });
  process.stdout.write(formatExplain(explainExtraction(x)));
  console.log('expected:', JSON.stringify(old.expected));
  process.exit(0);
}
const p = all.find((x) => x.id === id);
if (!p) {
  console.error(`no passage ${id}`);
  process.exit(2);
}
// The dossier that reads the passage on the eval's path (its own where Parley ships one, else other-negotiations).
const x = extract({ title: '', text: p.text, published: new Date(p.published), lexicon: lexiconOf(loadDossier(dossierOf(p), BUNDLED_DOSSIER_DIR)), trace: true });
process.stdout.write(formatExplain(explainExtraction(x)));
console.log('truth:', JSON.stringify(p.truth.delegations.map((d) => [d.party, d.leaders, d.members])));
console.log('rounds:', JSON.stringify(p.truth.rounds.map((r) => [r.place, r.date])));
