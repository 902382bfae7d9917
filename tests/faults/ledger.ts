import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

export interface FaultCounts {
  faults?: number;
  itemsExpected?: number;
  itemsStored?: number;
  duplicatesPosted?: number;
  mentionsLeaked?: number;
  /** Hostile feed bodies, requests and addresses sent at Parley (issue 17's probes). */
  hostileInputs?: number;
  /** Processes that died or exhausted their heap on one of them. */
  crashes?: number;
  /** Deliveries (retries, replays, redelivered interactions) answered more than once. */
  answeredTwice?: number;
  /** Requests that reached a loopback server through the private-address guard. */
  privateFetches?: number;
}

/** Records one fault test's counts for the suite's closing line. */
export function record(counts: FaultCounts): void {
  const dir = inject('faultLedgerDir');
  if (!dir) return;
  appendFileSync(join(dir, `${process.pid}.jsonl`), `${JSON.stringify(counts)}\n`);
}
