/**
 * `npm run bench -- --fanout [--quick]`: the morning fan-out across replicas (issue 15).
 *
 * N subscriptions (2,000; --quick 200) on three dossiers, half Slack and half Discord, all due
 * in the same minute (08:00 Kyiv, 08:00 Jerusalem, 09:30 Tehran are 06:00 UTC on 24 March 2025),
 * a database with the bundled snapshots ingested (real briefings, several messages long), two
 * replica processes (bench/fanout-replica.ts) on that database — `PARLEY_DATABASE_URL` when set,
 * else a temporary SQLite file — and the Slack and Discord loopback fakes enforcing the platforms'
 * limits (RATE_LIMITS). It prints posted / duplicates / missed (a channel's briefing is its head
 * message: Slack's top-level post, Discord's message with the title), the time from the start of
 * the pass to the last post, the 429s the fakes answered, and each replica's peak memory.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { RATE_LIMITS } from '../src/adapters/rate-limits.js';
import type { CoreOptions } from '../src/core/core.js';
import { createCore } from '../src/core/create-core.js';
import { loadDossier } from '../src/core/dossier/load.js';
import { DiscordFake } from '../tests/support/discord-fake.js';
import { SlackFake } from '../tests/support/slack-fake.js';
import type { ReplicaArgs } from './fanout-replica.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPLICA = join(ROOT, 'bench', 'fanout-replica.ts');
const SLOT = '2025-03-24T06:00:00.000Z';
/** Dossier, the zone and local time that make 06:00 UTC on the slot's day. */
const PLAN = [
  { dossier: 'russia-ukraine', tz: 'Europe/Kyiv', time: '08:00' },
  { dossier: 'gaza-ceasefire', tz: 'Asia/Jerusalem', time: '08:00' },
  { dossier: 'iran-us-nuclear', tz: 'Asia/Tehran', time: '09:30' },
] as const;

export interface FanoutResult {
  store: 'sqlite' | 'postgres';
  stubBriefings: boolean;
  subscriptions: number;
  replicas: number;
  posted: number;
  duplicates: number;
  missed: number;
  /** From the go signal to the last message any channel received. */
  lastPostS: number;
  /** From the go signal to the last briefing's head message. */
  lastHeadS: number;
  messages: number;
  rateLimited: { slack: number; discordGlobal: number; discordRoute: number };
  peakRssMb: number[];
  passes: string[][];
  seedS: number;
  timedOut: boolean;
}

interface Replica {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  waitFor(prefix: string, timeoutMs: number): Promise<string>;
  busy(): boolean;
}

function startReplica(args: ReplicaArgs, env: NodeJS.ProcessEnv): Replica {
  const child = spawn(process.execPath, ['--max-old-space-size=256', '--import', 'tsx', REPLICA, JSON.stringify(args)], { cwd: ROOT, env });
  const lines: string[] = [];
  createInterface({ input: child.stdout }).on('line', (l) => lines.push(l));
  let err = '';
  child.stderr.on('data', (d) => {
    err += String(d);
  });
  child.stdin.on('error', () => {});
  const count = (prefix: string) => lines.filter((l) => l.startsWith(prefix)).length;
  return {
    child,
    lines,
    async waitFor(prefix, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = lines.find((l) => l.startsWith(prefix));
        if (hit) return hit;
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`replica ${args.id}: no "${prefix}" line (exit ${child.exitCode}); stderr:\n${err.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    // A pass says `start` when it begins and `pass {...}` when it ends.
    busy: () => count('start') > count('pass '),
  };
}

/** A Discord channel id per subscription: snowflake-shaped, unique. */
const discordChannel = (i: number) => `8${String(i).padStart(17, '0')}`;
const slackChannel = (i: number) => `CB${String(i).padStart(6, '0')}`;

export async function benchFanout(opts: { quick: boolean; log: (s: string) => void; subscriptions?: number; stubBriefings?: boolean }): Promise<FanoutResult> {
  const { log } = opts;
  const n = opts.subscriptions ?? (opts.quick ? 200 : 2_000);
  const replicas = 2;
  const databaseUrl = process.env.PARLEY_DATABASE_URL?.trim() || undefined;
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-fanout-'));
  const dbPath = join(dir, 'parley.db');
  const store = databaseUrl ? 'postgres' : 'sqlite';
  const stub = opts.stubBriefings ?? false;
  log(`fan-out: ${n} subscriptions due at ${SLOT}, ${replicas} replicas on ${databaseUrl ? 'PostgreSQL (PARLEY_DATABASE_URL)' : `a temporary SQLite file (${dbPath})`}, fakes enforcing the platforms' limits`);
  if (stub) log('  briefings: a fixed stand-in (--stub-briefings); claims, leases, pool, posters and limits as in the bot');

  const slack = (await new SlackFake().start()).enforceRateLimits();
  const discord = (await new DiscordFake().start()).enforceRateLimits();
  const running: Replica[] = [];
  try {
    // Seed: the bundled snapshots (so briefings are real, several messages long) and the subscriptions.
    const t0 = Date.now();
    const storeOptions: CoreOptions = { dbPath, ...(databaseUrl ? { databaseUrl } : {}) };
    const seed = createCore({ ...storeOptions, now: () => new Date('2025-03-01T00:00:00Z') });
    // The stand-in needs no knowledge base.
    if (!stub) await seed.ingest(undefined, { offline: true });
    const topics = Object.fromEntries(PLAN.map((p) => [p.dossier, loadDossier(p.dossier).topics.map((t) => t.id)]));
    for (let i = 0; i < n; i++) {
      const plan = PLAN[i % PLAN.length]!;
      const ids = topics[plan.dossier]!;
      // A third follow every topic, the rest one or two: a few distinct briefings per dossier, many channels each.
      const pick = [[], ids.slice(0, 1), ids.slice(1, 3)][Math.floor(i / PLAN.length) % 3]!;
      const slackSide = i % 2 === 0;
      await seed.subscriptions.subscribe({
        platform: slackSide ? 'slack' : 'discord',
        workspace: slackSide ? 'T0BENCH' : '900000000000000001',
        channel: slackSide ? slackChannel(i) : discordChannel(i),
        dossier: plan.dossier,
        tz: plan.tz,
        time: plan.time,
        topics: pick,
        by: 'U0BENCH',
      });
    }
    await seed.close();
    const seedS = (Date.now() - t0) / 1000;
    log(`  seeded in ${seedS.toFixed(1)} s (${stub ? '' : 'snapshots ingested, '}${n} subscriptions)`);

    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PARLEY_ENV_FILE: 'none', ...(databaseUrl ? { PARLEY_DATABASE_URL: databaseUrl } : {}) };
    for (let r = 0; r < replicas; r++) {
      running.push(
        startReplica({ id: `replica-${r + 1}`, dbPath, ...(databaseUrl ? { databaseUrl } : {}), slackApi: slack.apiUrl, discordApi: discord.apiUrl, slot: SLOT, replicas, stub }, env),
      );
    }
    await Promise.all(running.map((r) => r.waitFor('ready', 120_000)));
    const go = Date.now();
    for (const r of running) r.child.stdin.write('go\n');

    const slackHeads = () => slack.requests.filter((q) => q.path === '/api/chat.postMessage' && q.status === 200 && q.ok === true && q.body.thread_ts === undefined);
    const discordAccepted = () => discord.requests.filter((q) => q.method === 'POST' && q.path.startsWith('/api/v10/channels/') && !q.failed);
    const discordHeads = () => discordAccepted().filter((q) => JSON.stringify(q.body).includes('briefing for'));
    const headChannels = () => new Set([...slackHeads().map((q) => String(q.body.channel)), ...discordHeads().map((q) => q.path.split('/')[4]!)]);

    // Like the bot: passes every minute until every channel has its briefing and no pass is under way.
    const limitMs = (opts.quick ? 4 : 12) * 60_000;
    let timedOut = false;
    for (;;) {
      await new Promise((r) => setTimeout(r, 250));
      if (headChannels().size >= n && !running.some((r) => r.busy())) break;
      if (Date.now() - go > limitMs) {
        timedOut = true;
        break;
      }
    }
    // Let continuation messages under way land before counting.
    await new Promise((r) => setTimeout(r, 3_000));
    for (const r of running) r.child.stdin.write('stop\n');
    const done = await Promise.all(running.map((r) => r.waitFor('done ', 180_000)));

    const heads = [...slackHeads().map((q) => ({ ch: String(q.body.channel), at: q.at })), ...discordHeads().map((q) => ({ ch: q.path.split('/')[4]!, at: q.at }))];
    const perChannel = new Map<string, number>();
    for (const h of heads) perChannel.set(h.ch, (perChannel.get(h.ch) ?? 0) + 1);
    const all = [...slack.requests.filter((q) => q.path === '/api/chat.postMessage' && q.status === 200), ...discordAccepted()];
    const result: FanoutResult = {
      store,
      stubBriefings: stub,
      subscriptions: n,
      replicas,
      posted: perChannel.size,
      duplicates: [...perChannel.values()].reduce((s, c) => s + c - 1, 0),
      missed: n - perChannel.size,
      lastPostS: Math.max(0, ...all.map((q) => q.at - go)) / 1000,
      lastHeadS: Math.max(0, ...heads.map((h) => h.at - go)) / 1000,
      messages: all.length,
      rateLimited: { slack: slack.rateLimited, discordGlobal: discord.rateLimited.global, discordRoute: discord.rateLimited.route },
      peakRssMb: done.map((d) => (JSON.parse(d.slice('done '.length)) as { maxRssMb: number }).maxRssMb),
      passes: running.map((r) => r.lines.filter((l) => l.startsWith('pass ')).map((l) => l.slice(5))),
      seedS,
      timedOut,
    };
    log(`  posted ${result.posted}, duplicates ${result.duplicates}, missed ${result.missed}${timedOut ? ' (stopped at the time limit)' : ''}`);
    log(`  last post ${result.lastPostS.toFixed(1)} s after the pass started (last briefing head ${result.lastHeadS.toFixed(1)} s); ${result.messages} messages`);
    log(`  429s received: Slack ${result.rateLimited.slack}, Discord global ${result.rateLimited.discordGlobal}, Discord per-route ${result.rateLimited.discordRoute}`);
    log(`  peak memory per replica: ${result.peakRssMb.map((m) => `${m} MB`).join(', ')}`);
    for (const [i, p] of result.passes.entries()) log(`  replica-${i + 1} passes: ${p.join(' | ')}`);
    const target = result.duplicates === 0 && result.missed === 0 && result.lastPostS <= 300;
    log(`  ${target ? '✓' : '✗ MISSED'} target: all ${n} within 5 minutes, 0 duplicates, 0 missed (limits: Slack ${RATE_LIMITS.slack.postMessagePerChannel.perSecond}/s per channel, Discord ${RATE_LIMITS.discord.global.limit}/s global)`);
    writeFileSync(join(ROOT, 'bench', `fanout-results${opts.quick ? '-quick' : ''}${store === 'postgres' ? '-pg' : ''}.json`), `${JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2)}\n`);
    return result;
  } finally {
    for (const r of running) if (r.child.exitCode === null) r.child.kill('SIGKILL');
    await slack.stop();
    await discord.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
