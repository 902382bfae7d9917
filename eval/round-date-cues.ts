/**
 * `npx tsx eval/round-date-cues.ts [--fit] [--set a,b]`: the round-date scorer's candidates on the
 * development sets (never a held-out one), labelled by the passage's truth (a candidate is right
 * when a labelled round has its day), and the weights of ROUND_DATE_CUES fitted by logistic
 * regression, cross-validated twice: in five folds grouped by passage (a passage's candidates are
 * all in one fold, so a threshold is judged on passages its weights never saw), and leaving one set
 * out (each set is a different author: a threshold judged on an author whose wording the weights
 * never saw, which is what copy nobody tuned on is).
 *
 *   (no flag)  the current table's precision and recall over candidates per threshold
 *   --fit      fits weights, prints them, and the cross-validated figures per threshold, by passage
 *              and by set (with each left-out set's figures at the committed threshold)
 *   --e2e      leave one set out through the whole eval path: each set scored (round-date recall and
 *              round precision, as npm run eval counts them) with weights fitted on the other sets,
 *              beside the committed table; --keep ID,… holds those cues at their committed weight
 *   --list     every candidate with its cues, score and label (for reading misses)
 *   --extra F  also a development set's passages.json not yet in the repository
 */
import { readFileSync } from 'node:fs';
import { BUNDLED_DOSSIER_DIR, lexiconOf, loadDossier } from '../src/core/dossier/load.js';
import { extract } from '../src/core/extract/index.js';
import { ROUND_DATE_CUES, ROUND_DATE_THRESHOLD } from '../src/core/extract/round-dates.js';
import { dossierOf, HELD_OUT, loadReal, REAL_SETS, type RealPassage, type RealSet, ratio, SEALED, scorePassage, sum } from './real-reporting.js';

const argv = process.argv.slice(2);
const setArg = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : undefined;
/** Every development set (each by its own author); never a sealed one (held-out or validation). */
const SETS: RealSet[] = (setArg?.split(',') as RealSet[] | undefined) ?? REAL_SETS.filter((set) => !SEALED.has(set));
if (SETS.some((s) => SEALED.has(s))) throw new Error('sealed sets (held-out and validation) are never fitted on');
const IDS = ROUND_DATE_CUES.map((c) => c.id);

interface Row {
  passage: string;
  set: string;
  x: number[];
  y: number;
  line: string;
}

/** `--extra FILE`: a development set not yet in the repository (a passages.json in the labelled format). */
const extra = argv.includes('--extra') ? (JSON.parse(readFileSync(argv[argv.indexOf('--extra') + 1]!, 'utf8')) as RealPassage[]) : [];
const rows: Row[] = [];
for (const [set, passages] of [...SETS.map((set) => [set, loadReal(set)] as const), ['extra', extra] as const]) {
  for (const p of passages) {
    if (HELD_OUT.has(p.id)) continue;
    const x = extract({ title: '', text: p.text, published: new Date(p.published), lexicon: lexiconOf(loadDossier(dossierOf(p), BUNDLED_DOSSIER_DIR)), trace: true });
    const truth = new Set(p.truth.rounds.flatMap((r) => (r.date ? [r.date] : [])));
    for (const c of x.trace?.roundDates ?? []) {
      const y = truth.has(c.date.date) ? 1 : 0;
      rows.push({
        passage: p.id,
        set,
        x: IDS.map((id) => (c.cues.includes(id) ? 1 : 0)),
        y,
        line: `${p.id} [${c.sentenceIndex}] ${c.date.date} "${c.date.text}" y=${y} score=${c.score.toFixed(1)} ${c.outcome ?? ''} ${c.cues.filter((k) => k !== 'bias').join(',')}`,
      });
    }
  }
}

const dot = (w: number[], x: number[]) => w.reduce((a, wi, i) => a + wi * x[i]!, 0);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Plain batch gradient descent with a little L2: a dozen binary cues, a few hundred rows. */
function fitWeights(train: Row[]): number[] {
  const w = IDS.map(() => 0);
  const lr = 0.3;
  for (let it = 0; it < 3000; it++) {
    const g = w.map(() => 0);
    for (const r of train) {
      const e = sigmoid(dot(w, r.x)) - r.y;
      r.x.forEach((xi, i) => {
        g[i]! += e * xi;
      });
    }
    w.forEach((wi, i) => {
      w[i] = wi - lr * (g[i]! / train.length + (i === 0 ? 0 : 0.01 * wi));
    });
  }
  return w;
}

function prAt(scored: { s: number; y: number }[], t: number): string {
  const tp = scored.filter((r) => r.s >= t && r.y).length;
  const fp = scored.filter((r) => r.s >= t && !r.y).length;
  const pos = scored.filter((r) => r.y).length;
  return `t=${t.toFixed(1)}: accepted ${tp + fp}, right ${tp}, wrong ${fp} (P ${(tp / Math.max(1, tp + fp)).toFixed(2)}), right left ${pos - tp}`;
}

console.log(`${rows.length} candidates, ${rows.filter((r) => r.y).length} on a labelled round's day, from ${new Set(rows.map((r) => r.passage)).size} passages`);
if (argv.includes('--list')) for (const r of rows) console.log(r.line);

const table = IDS.map((id) => ROUND_DATE_CUES.find((c) => c.id === id)!.weight);
console.log(`\nThe table as committed (threshold ${ROUND_DATE_THRESHOLD}):`);
for (const t of [-0.5, 0, 0.5, 1, 1.5, 2]) console.log(`  ${prAt(rows.map((r) => ({ s: dot(table, r.x), y: r.y })), t)}`);

if (argv.includes('--fit')) {
  const passages = [...new Set(rows.map((r) => r.passage))].sort();
  const K = 5;
  const fold = new Map(passages.map((p, i) => [p, i % K]));
  const held: { s: number; y: number }[] = [];
  for (let k = 0; k < K; k++) {
    const w = fitWeights(rows.filter((r) => fold.get(r.passage) !== k));
    for (const r of rows.filter((r) => fold.get(r.passage) === k)) held.push({ s: dot(w, r.x), y: r.y });
  }
  console.log(`\nCross-validated (${K} folds grouped by passage), logit thresholds:`);
  for (const t of [-1, -0.5, 0, 0.5, 1, 1.5]) console.log(`  ${prAt(held, t)}`);
  // Leave one set out: each set is one author's copy, so this is the figure for an author never read.
  const sets = [...new Set(rows.map((r) => r.set))];
  const heldBySet: { s: number; y: number; set: string }[] = [];
  for (const set of sets) {
    const w = fitWeights(rows.filter((r) => r.set !== set));
    for (const r of rows.filter((r) => r.set === set)) heldBySet.push({ s: dot(w, r.x), y: r.y, set });
  }
  console.log(`\nCross-validated (leave one set out, ${sets.length} sets), logit thresholds:`);
  for (const t of [-1, -0.5, 0, 0.5, 1, 1.5]) console.log(`  ${prAt(heldBySet, t)}`);
  console.log(`\nPer left-out set at the committed threshold (${ROUND_DATE_THRESHOLD}): by-set CV weights | the committed table`);
  for (const set of sets) {
    const mine = rows.filter((r) => r.set === set);
    console.log(`  ${set.padEnd(12)} ${prAt(heldBySet.filter((r) => r.set === set), ROUND_DATE_THRESHOLD)} | ${prAt(mine.map((r) => ({ s: dot(table, r.x), y: r.y })), ROUND_DATE_THRESHOLD)}`);
  }
  const w = fitWeights(rows);
  console.log('\nWeights fitted on every development candidate:');
  for (const [i, id] of IDS.entries()) console.log(`  ${id}: ${w[i]!.toFixed(2)}`);
}

if (argv.includes('--e2e')) {
  const keep = new Set(argv.includes('--keep') ? argv[argv.indexOf('--keep') + 1]!.split(',') : []);
  const committed = ROUND_DATE_CUES.map((c) => c.weight);
  const use = (w: number[]) =>
    ROUND_DATE_CUES.forEach((c, i) => {
      c.weight = keep.has(c.id) ? committed[i]! : Math.round(w[i]! * 10) / 10;
    });
  const f2 = (n: number) => n.toFixed(2);
  const total = { cv: { tp: 0, fp: 0, fn: 0 }, table: { tp: 0, fp: 0, fn: 0 } };
  console.log(`\nEnd to end, leave one set out${keep.size ? ` (kept at the table: ${[...keep].join(', ')})` : ''}: round-date recall / round precision, by-set CV weights | the committed table`);
  for (const set of SETS) {
    const passages = loadReal(set);
    const res: Record<'cv' | 'table', ReturnType<typeof sum>> = {} as never;
    for (const [k, w] of [['cv', fitWeights(rows.filter((r) => r.set !== set))], ['table', committed]] as const) {
      if (k === 'cv') use(w);
      else for (const [i, c] of ROUND_DATE_CUES.entries()) c.weight = committed[i]!;
      const scores = [];
      for (const p of passages) scores.push(await scorePassage(p));
      res[k] = sum(scores, 'rounds');
      for (const f of ['tp', 'fp', 'fn'] as const) total[k][f] += res[k][f];
    }
    console.log(`  ${set.padEnd(12)} ${f2(ratio(res.cv).r)} / ${f2(ratio(res.cv).p)} | ${f2(ratio(res.table).r)} / ${f2(ratio(res.table).p)}`);
  }
  console.log(`  ${'all'.padEnd(12)} ${f2(ratio(total.cv).r)} / ${f2(ratio(total.cv).p)} | ${f2(ratio(total.table).r)} / ${f2(ratio(total.table).p)}  (n=${total.cv.tp + total.cv.fn})`);
}
