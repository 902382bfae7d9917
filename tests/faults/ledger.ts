import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

export interface FaultCounts {
  faults?: number;
  itemsExpected?: number;
  itemsStored?: number;
  duplicatesPosted?: number;
  mentionsLeaked?: number;
}

/** Records one fault test's counts for the suite's closing line. */
export function record(counts: FaultCounts): void {
  const dir = inject('faultLedgerDir');
  if (!dir) return;
  appendFileSync(join(dir, `${process.pid}.jsonl`), `${JSON.stringify(counts)}\n`);
}
