/**
 * `npm run eval`: extraction quality on every labelled set.
 *
 *   npm run eval                         every set; writes eval/RESULTS.md
 *   npm run eval -- --set ru-dev,ot-dev  chosen sets only (what tuning runs), misses listed
 *   npm run eval -- --reader model|both  the configured model endpoint reads too (see eval/model-reader.ts);
 *                                        prints the same report, writes nothing
 *
 * The real-reporting sets are scored through the whole path (a one-item feed ingested into a fresh
 * database, read back with whoLeads and timeline); the six older sets through `extract()` with the
 * scorer the labelled test uses. Held-out sets print aggregates only — never their misses or
 * per-construction figures — so that looking at them cannot turn into tuning on them.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/core/extract/index.js';
import { LEXICON } from '../tests/extract/lexicon.js';
import { type LabelledSet, loadLabelled, scorePassages } from '../tests/extract/score.js';
import { addHealth, emptyTally, evalReaderSettings, modelExtractions, tallyLines } from './model-reader.js';
import { type Counts, dossierOf, loadReal, type PassageScore, REAL_SETS, type RealSet, ratio, SEALED, scorePassage, sum } from './real-reporting.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Sets printed as aggregates only, never their tags or misses (SEALED): the held-out passages, and the
 * validation sets passes check a change against without reading them (dev17, dev18; dev15, dev13, dev12,
 * dev16, dev14, dev10, dev9 and dev7 held that place before them and are development sets now).
 */
const aggregatesOnly = (set: RealSet) => SEALED.has(set);

const OLD_SETS: LabelledSet[] = ['tuned', 'held-out', 'snapshots', 'wire-2025', 'longform-2026', 'agency-2026'];

const argv = process.argv.slice(2);
const setArg = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : undefined;
const chosen = setArg ? new Set(setArg.split(',').map((s) => s.trim())) : undefined;
const wants = (name: string) => !chosen || chosen.has(name);
const reader = evalReaderSettings(argv);
const tally = emptyTally();

const f2 = (n: number) => n.toFixed(2);
const pr = (c: Counts) => {
  const { p, r } = ratio(c);
  return `P ${f2(p)} · R ${f2(r)}`;
};

const lines: string[] = [];
const say = (s: string) => {
  console.log(s);
  lines.push(s);
};

say(`# Extraction quality (npm run eval${reader ? ` -- --reader ${reader.mode}` : ''})`);
say('');
say('Real-reporting sets: one-item feed → fresh database → whoLeads per party and timeline. Delegations per');
say('(party, person, leader/member), aliases honoured, mediator delegations neither credited nor penalised;');
say('rounds per (place, date) over the dated rounds. Held-out sets: aggregates only. "Names on a side" counts a person');
say('on the right side whatever the role (a leader reported as a member is one miss and one false hit under "delegations").');
say('');
say('| set | passages | delegations | n | names on a side | leader recall | round-date recall | round precision |');
say('| --- | --- | --- | --- | --- | --- | --- | --- |');

const detail: string[] = [];
for (const set of REAL_SETS) {
  if (!wants(set)) continue;
  const passages = loadReal(set);
  const scores: PassageScore[] = [];
  for (const p of passages) {
    const s = await scorePassage(p, reader ? { reader } : {});
    addHealth(tally, s.reader, 1);
    scores.push(s);
  }
  const del = sum(scores, 'delegations');
  const lead = sum(scores, 'leaders');
  const rounds = sum(scores, 'rounds');
  say(
    `| ${set} | ${passages.length} | ${pr(del)} | ${del.tp + del.fn} | ${pr(sum(scores, 'names'))} | ${f2(ratio(lead).r)} (n=${lead.tp + lead.fn}) | ${f2(ratio(rounds).r)} (n=${rounds.tp + rounds.fn}) | ${f2(ratio(rounds).p)} |`,
  );
  // `--fair-places`: the same rounds with places compared as places (placeFitsFair), printed, not written.
  if (argv.includes('--fair-places')) {
    const fair = sum(scores, 'roundsFair');
    console.log(`  ${set} with fairer place matching: round-date recall ${f2(ratio(fair).r)}, round precision ${f2(ratio(fair).p)}`);
  }
  if (aggregatesOnly(set)) continue;
  if (set.startsWith('ot-')) {
    // Which dossiers read each negotiation's reports (its own where Parley ships one, else other-negotiations; none: found irrelevant).
    detail.push('', `## ${set}: per negotiation`, '', '| negotiation | read by | passages | delegations | leader recall | round-date recall |', '| --- | --- | --- | --- | --- | --- |');
    const byNegotiation = new Map<string, PassageScore[]>();
    passages.forEach((p, i) => {
      byNegotiation.set(p.negotiation, [...(byNegotiation.get(p.negotiation) ?? []), scores[i]!]);
    });
    for (const [negotiation, ss] of [...byNegotiation.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
      const readBy = [...new Set(ss.flatMap((x) => x.readBy ?? []))];
      const own = dossierOf({ negotiation });
      const where = readBy.length === 1 && readBy[0] === own ? own : `${readBy.join(', ') || 'none'} (own: ${own})`;
      detail.push(`| ${negotiation} | ${where} | ${ss.length} | ${pr(sum(ss, 'delegations'))} | ${f2(ratio(sum(ss, 'leaders')).r)} | ${f2(ratio(sum(ss, 'rounds')).r)} |`);
    }
  }
  const tags = new Map<string, PassageScore[]>();
  for (const s of scores) for (const t of s.constructions) tags.set(t, [...(tags.get(t) ?? []), s]);
  detail.push('', `## ${set}: per construction tag`, '', '| tag | passages | delegations | leader recall | round-date recall |', '| --- | --- | --- | --- | --- |');
  for (const [tag, ss] of [...tags.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    detail.push(`| ${tag} | ${ss.length} | ${pr(sum(ss, 'delegations'))} | ${f2(ratio(sum(ss, 'leaders')).r)} | ${f2(ratio(sum(ss, 'rounds')).r)} |`);
  }
  detail.push('', `## ${set}: misses`, '');
  for (const s of scores) for (const m of s.misses) detail.push(`- ${s.id}: ${m}`);
}

const run = (p: ReturnType<typeof loadLabelled>[number]) =>
  extract({ title: '', text: p.text, published: new Date(p.published), publishedCertain: p.publishedCertain, lexicon: LEXICON });
const older = OLD_SETS.filter(wants);
if (older.length) {
  say('');
  say('Older labelled sets (extraction only, as tests/extract/labelled.test.ts scores them):');
  say('');
  say('| set | passages | delegations | n | dates | n |');
  say('| --- | --- | --- | --- | --- | --- |');
  for (const set of older) {
    const passages = loadLabelled(set);
    const withModel = reader ? await modelExtractions(passages, reader, LEXICON, tally) : undefined;
    const s = scorePassages(passages, withModel ? (p) => withModel.get(p.id)! : run);
    say(`| ${set} | ${passages.length} | ${pr(s.delegations)} | ${s.delegations.tp + s.delegations.fn} | ${pr(s.dates)} | ${s.dates.tp + s.dates.fn} |`);
    if (s.errors.length) detail.push('', `## ${set}: misses`, '', ...s.errors.map((e) => `- ${e}`));
  }
}

if (reader) {
  say('');
  for (const l of tallyLines(reader, tally)) say(l);
}
for (const d of detail) console.log(d);
// eval/RESULTS.md records the rules; a model's run is printed only.
if (!chosen && !reader) writeFileSync(join(ROOT, 'eval/RESULTS.md'), `${[...lines, ...detail].join('\n')}\n`);

export type { RealSet };
