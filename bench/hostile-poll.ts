/**
 * Slash-command acknowledgement latency while the feed poller ingests hostile feeds: the bot's
 * own parts (core, dispatcher, the Slack adapter over HTTP on loopback, the poller), wired as
 * `src/main.ts` wires them, against a fake Slack and a feed server that serves, on every fetch,
 * fresh copies of the feeds issue 17 found stalling or crashing Parley.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../src/adapters/dispatch.js';
import { createSlackAdapter } from '../src/adapters/slack/slack-adapter.js';
import { createCore } from '../src/core/create-core.js';
import { loadDossier } from '../src/core/dossier/load.js';
import { silentLogger } from '../src/core/logger.js';
import { createFeedPoller } from '../src/core/schedule/index.js';
import { rssDocument } from '../tests/support/feed-server.js';
import { directStore } from '../tests/support/store.js';
import { ISSUE_BODIES } from '../tests/support/hostile-feeds.js';
import { SlackFake, sendSlashCommand, slashCommandPayload } from '../tests/support/slack-fake.js';

const ROOT = join(import.meta.dirname, '..');
const SEED_FEED = join(ROOT, 'tests', 'fixtures', 'seed-feed.xml');
const SECRET = 'bench-signing-secret';
const LEAD = "Ukraine's delegation, led by Rustem Umerov, met US negotiators in Geneva on Sunday to discuss a ceasefire. ";

/**
 * Items whose text repeats one thing, as issue 17 timed them: extraction of 100 KB took 56 s for
 * "!", over 200 s for "Monday " and 100 s for the week's days (10 KB: 1–3 s) before extraction's
 * own fix; the per-item budget is the defence either way.
 */
export const POISON_SHAPES: Record<string, string> = {
  monday: 'Monday ',
  weekdays: 'On Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday ',
  bang: '!',
};

function fill(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

// Dated: extraction resolves weekdays against a publication date it can trust, the slow path.
const poison = (name: string, unit: string, chars: number, hit: number) =>
  rssDocument([{ title: `Ceasefire talks, ${name} ${hit}`, guid: `${name}-${hit}`, pubDate: 'Mon, 24 Mar 2025 06:00:00 GMT', description: `${LEAD}${fill(unit, chars)} ${hit}` }]);

/**
 * A feed server whose every answer is new to Parley (fresh GUIDs and text), so every poll does the
 * whole work again. `all`: the 8 MiB bodies and the 100 KB stalling items; `small`: the article and
 * one 10 KB stalling item (a few seconds of extraction), for a run without the worker.
 */
async function hostileFeeds(which: 'all' | 'small'): Promise<{ urls: string[]; server: Server }> {
  let hit = 0;
  const article = () => ISSUE_BODIES['article-7.9MB']!().replace('hostile-1', `article-${hit}`).replace('negotiators met', `negotiators (${hit}) met`);
  const bodies: Record<string, () => string> =
    which === 'all'
      ? {
          article,
          nested: ISSUE_BODIES['nested-8MB']!,
          attribute: ISSUE_BODIES['attribute-8MB']!,
          ...Object.fromEntries(Object.entries(POISON_SHAPES).map(([name, unit]) => [`poison-${name}`, () => poison(name, unit, 100 * 1024, hit)])),
        }
      : { article, 'poison-monday-10k': () => poison('monday', POISON_SHAPES.monday!, 10 * 1024, hit) };
  const server = createServer((req, res) => {
    hit++;
    const body = bodies[(req.url ?? '/').slice(1)];
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(body());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return { urls: Object.keys(bodies).map((p) => `http://127.0.0.1:${port}/${p}`), server };
}

export interface HostilePollResult {
  /** Ack latencies with nothing else running, ms. */
  idle: number[];
  /** Ack latencies while the poller ingested, ms. */
  hostile: number[];
  /** Feeds ingested during the measurement, and how many of them failed (refused, over budget, out of memory). */
  ingested: number;
  failed: number;
}

/**
 * Sends `commands` signed `/who-leads Ukraine` one after another (a pause of `gapMs` between them)
 * to the running adapter, first with nothing else to do, then while the poller ingests the hostile
 * feeds without pause; returns the time from sending each to its HTTP answer (Slack's ack).
 */
export async function measureHostilePoll(opts: {
  commands: number;
  gapMs: number;
  isolate: boolean;
  feeds: 'all' | 'small';
  /** Keep sending (up to 10× `commands`) until the poller has been through every hostile feed once. */
  wholePass: boolean;
}): Promise<HostilePollResult> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-hostile-'));
  const dbPath = join(dir, 'parley.db');
  const feeds = await hostileFeeds(opts.feeds);
  const slack = await new SlackFake().start();
  const core = createCore({ dbPath, allowPrivateFeeds: true, politenessMs: 0, isolateIngest: opts.isolate });
  const dispatcher = createDispatcher({ core, logger: silentLogger });
  const adapter = createSlackAdapter({
    config: { botToken: 'xoxb-bench', signingSecret: SECRET, mode: 'http', apiUrl: slack.apiUrl, adminUsers: [] },
    dispatcher,
    logger: silentLogger,
    health: () => ({ status: 'ok', db: 'ok', adapters: {}, inFlight: 0 }),
    port: 0,
    host: '127.0.0.1',
  });
  let store: ReturnType<typeof directStore> | undefined;
  try {
    await core.ingest([SEED_FEED]);
    await adapter.start();
    const url = `http://127.0.0.1:${adapter.port()}/slack/events`;
    const ack = async (): Promise<number> => {
      const payload = slashCommandPayload(slack, '/who-leads', 'Ukraine');
      const t0 = performance.now();
      const res = await sendSlashCommand(url, payload, { secret: SECRET });
      const elapsed = performance.now() - t0;
      if (res.status !== 200) throw new Error(`slash command got HTTP ${res.status}`);
      return elapsed;
    };
    const series = async (n: number, more: () => boolean = () => false): Promise<number[]> => {
      const out: number[] = [];
      for (let i = 0; i < n || (more() && i < 10 * n); i++) {
        out.push(await ack());
        await new Promise((r) => setTimeout(r, opts.gapMs));
      }
      return out;
    };
    for (let i = 0; i < 10; i++) await ack(); // warm-up: Bolt's auth.test, JIT, statements
    const idle = await series(opts.commands);

    const dossier = { ...loadDossier(), feeds: feeds.urls.map((u, i) => ({ name: `Hostile ${i}`, url: u, language: 'en', weight: 1, intervalMinutes: 1 })) };
    let ingested = 0;
    let failed = 0;
    const run: typeof core.ingest = async (sources, o) => {
      const r = await core.ingest(sources, o);
      ingested += r.sources.length;
      failed += r.sources.filter((x) => x.status === 'failed').length;
      return r;
    };
    // A poller of the hostile feeds alone (not the dossiers'), on a second connection to the core's file.
    store = directStore(dbPath, { now: () => new Date() });
    const poller = createFeedPoller({ sql: store.sql, ingester: { run }, dossier, logger: silentLogger });
    let stop = false;
    let clock = Date.now();
    void (async () => {
      while (!stop) {
        // Each pass a day later: every feed is due again, backoff or not.
        clock += 24 * 3600_000;
        await poller.pollDue(new Date(clock));
      }
    })().catch(() => undefined);
    // Let the first pass get going (a fetch and a parse under way) before measuring.
    await new Promise((r) => setTimeout(r, 500));
    const hostile = await series(opts.commands, () => opts.wholePass && ingested < feeds.urls.length);
    stop = true;
    return { idle, hostile, ingested, failed };
  } finally {
    await adapter.stop();
    store?.close();
    await core.close();
    await slack.stop();
    await new Promise((r) => feeds.server.close(() => r(undefined)));
    feeds.server.closeAllConnections();
    rmSync(dir, { recursive: true, force: true });
  }
}
