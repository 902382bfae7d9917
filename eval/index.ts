/**
 * `npm run eval`: everything Parley's understanding is measured by, on the labelled data in
 * tests/fixtures/ — extraction (eval/run.ts: every labelled set, written to eval/RESULTS.md) and
 * plain questions (eval/questions.ts: intent, slot and answer accuracy per part).
 *
 *   npm run eval                          both
 *   npm run eval -- --set ru-dev,ot-dev   extraction, chosen sets only (misses listed)
 *   npm run eval -- --part dev [--show dev]   questions, one part (misses of dev listed)
 *   npm run eval -- --extraction | --questions   one of the two
 *   npm run eval -- --reader model|both   extraction with the configured model endpoint reading too
 *
 * Held-out sets and parts are only ever printed as aggregates.
 */
const argv = process.argv.slice(2);
const questionsOnly = argv.some((a) => a === '--part' || a === '--show' || a === '--questions');
const extractionOnly = argv.some((a) => a === '--set' || a === '--extraction' || a === '--reader');

if (!questionsOnly) await import('./run.js');
if (!extractionOnly) {
  if (!questionsOnly) console.log('\n# Plain questions (npm run eval -- --questions)\n');
  await (await import('./questions.js')).main();
}
