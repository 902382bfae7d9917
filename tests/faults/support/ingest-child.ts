/**
 * `core.ingest(urls)` in a process of its own, so its memory and its fate are its own: prints the
 * report and the process's peak resident memory as one JSON line.
 * Usage: node --max-old-space-size=256 --import tsx ingest-child.ts DB (worker|inline) URL…
 */
import { readFileSync } from 'node:fs';
import { createCore } from '../../../src/core/create-core.js';

const [dbPath = '', mode = 'worker', ...urls] = process.argv.slice(2);
const core = createCore({ dbPath, allowPrivateFeeds: true, politenessMs: 0, isolateIngest: mode === 'worker' });
const report = await core.ingest(urls);
await core.close();
const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
process.stdout.write(`${JSON.stringify({ report, peakRssMb: hwm ? Number(hwm[1]) / 1024 : null })}\n`);
