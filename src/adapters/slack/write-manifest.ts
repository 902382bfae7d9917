import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildSlackManifest, MANIFEST_PATH, manifestJson } from './manifest.js';

/**
 * Writes slack-manifest.json; `--check` exits 1 when it no longer matches the commands.
 * `--url https://your-host` and/or `--socket-mode` print a manifest for your own app instead (the
 * committed file keeps the placeholder URL), ready to paste into "Create New App → From a manifest".
 */
function main(argv: string[]): number {
  let flags: { check?: boolean; url?: string; 'socket-mode'?: boolean };
  try {
    flags = parseArgs({ args: argv, options: { check: { type: 'boolean' }, url: { type: 'string' }, 'socket-mode': { type: 'boolean' } } }).values;
  } catch (err) {
    process.stderr.write(`commands:manifest: ${(err as Error).message.split('\n')[0]}. Try: npm run commands:manifest -- --url https://parley.example.org\n`);
    return 2;
  }
  if (flags.url !== undefined || flags['socket-mode']) {
    if (flags.url !== undefined && !/^https:\/\/[^\s/]+/.test(flags.url)) {
      process.stderr.write('commands:manifest: --url takes the https base URL Slack will reach the bot at, e.g. --url https://parley.example.org\n');
      return 2;
    }
    const manifest = buildSlackManifest({ ...(flags.url ? { baseUrl: flags.url } : {}), socketMode: flags['socket-mode'] === true });
    process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
    return 0;
  }
  const want = manifestJson();
  let have: string | undefined;
  try {
    have = readFileSync(MANIFEST_PATH, 'utf8');
  } catch {
    have = undefined;
  }
  if (flags.check) {
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
