import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * The fault-injection ledger: each fault test appends its counts to a file in this folder;
 * at the end of the run the totals are printed as the suite's last line.
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-faults-'));
  project.provide('faultLedgerDir', dir);
  return () => {
    const totals = { faults: 0, itemsExpected: 0, itemsStored: 0, duplicatesPosted: 0, mentionsLeaked: 0, hostileInputs: 0, crashes: 0, answeredTwice: 0, privateFetches: 0 };
    let files = 0;
    for (const f of readdirSync(dir)) {
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const row = JSON.parse(line) as Partial<typeof totals>;
        for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += row[k] ?? 0;
        files++;
      }
    }
    rmSync(dir, { recursive: true, force: true });
    if (files > 0) {
      process.stdout.write(
        `\nfault injection: faults injected ${totals.faults}, items expected ${totals.itemsExpected}, items stored ${totals.itemsStored}, duplicates posted ${totals.duplicatesPosted}, mentions leaked ${totals.mentionsLeaked}, hostile inputs ${totals.hostileInputs}, crashes ${totals.crashes}, answered twice ${totals.answeredTwice}, private fetches ${totals.privateFetches}\n`,
      );
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    faultLedgerDir: string;
  }
}
