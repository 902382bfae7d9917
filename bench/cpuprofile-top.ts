/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof --import tsx bench/run.ts --only GROUP`):
 * self time per function and per source file, so a missed target's report can say what dominates.
 *
 *   npx tsx bench/cpuprofile-top.ts CPU.*.cpuprofile [rows]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: tsx bench/cpuprofile-top.ts FILE.cpuprofile [rows]\n');
  process.exit(2);
}
const rows = Number(rowsArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
for (const [i, id] of profile.samples.entries()) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

const shortUrl = (u: string) => u.replace(/^file:\/\//, '').replace(/^.*?\/(node_modules|src|bench)\//, '$1/') || '(native)';
const fnKey = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}  ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const fileKey = (n: ProfileNode) => {
  const u = shortUrl(n.callFrame.url);
  // Group dependencies by package: "node_modules/better-sqlite3".
  const pkg = /^node_modules\/(@[^/]+\/[^/]+|[^/]+)/.exec(u);
  return pkg ? pkg[0] : u;
};

function top(key: (n: ProfileNode) => string): [string, number][] {
  const acc = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const n = byId.get(id);
    if (n) acc.set(key(n), (acc.get(key(n)) ?? 0) + us);
  }
  return [...acc.entries()].sort((a, b) => b[1] - a[1]).slice(0, rows);
}

const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms`;
process.stdout.write(`total sampled ${(total / 1000).toFixed(0)} ms\n\nself time by function:\n`);
for (const [k, us] of top(fnKey)) process.stdout.write(`${pct(us)}  ${k}\n`);
process.stdout.write('\nself time by file or package:\n');
for (const [k, us] of top(fileKey)) process.stdout.write(`${pct(us)}  ${k}\n`);
