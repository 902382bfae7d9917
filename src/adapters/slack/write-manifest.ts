import { readFileSync, writeFileSync } from 'node:fs';
import { MANIFEST_PATH, manifestJson } from './manifest.js';

/** Writes slack-manifest.json; `--check` exits 1 when it no longer matches the commands. */
function main(argv: string[]): number {
  const want = manifestJson();
  let have: string | undefined;
  try {
    have = readFileSync(MANIFEST_PATH, 'utf8');
  } catch {
    have = undefined;
  }
  if (argv.includes('--check')) {
    if (have === want) {
      process.stdout.write('slack-manifest.json is up to date\n');
      return 0;
    }
    process.stderr.write('slack-manifest.json is stale: run `npm run commands:manifest` and commit it\n');
    return 1;
  }
  if (have !== want) writeFileSync(MANIFEST_PATH, want);
  process.stdout.write(`${have === want ? 'unchanged' : 'wrote'} ${MANIFEST_PATH}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
