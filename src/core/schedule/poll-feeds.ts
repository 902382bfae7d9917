import type { IngestSourceReport } from '../core.js';
import type { LoadedDossier } from '../dossier/load.js';
import type { DossierFeed } from '../dossier/schema.js';
import type { Ingester } from '../ingest.js';
import type { Logger } from '../logger.js';
import { feedSchedule, leaseFeed, recordFeedTransition, registerFeed, scheduleFeed } from '../store/feed-schedule.js';
import type { SqlClient } from '../store/sql.js';

/** A feed without `intervalMinutes` in its dossier is polled this often. */
export const DEFAULT_INTERVAL_MINUTES = 15;
/** However long a feed has been failing, it is still tried this often, so a recovery is noticed the same day. */
export const MAX_BACKOFF_MINUTES = 6 * 60;

/** What the poller needs; `ingester` must write to the same store. */
export interface FeedPollerDeps {
  sql: SqlClient;
  /** The ingester of the same database; its per-URL `run` does the conditional GET. */
  ingester: Pick<Ingester, 'run'>;
  /** The feeds polled (`feedsOfAll(dossiers)` for a Parley that follows several negotiations). */
  dossier: Pick<LoadedDossier, 'feeds'>;
  /** Default clock for `pollDue()` without an argument. */
  now?: () => Date;
  logger: Logger;
}

/**
 * Every dossier's feeds, each URL once: a feed several dossiers read (Al Jazeera, DW) is polled
 * once, at the shortest interval any of them asks, and each item is read for all of them.
 */
export function feedsOfAll(dossiers: readonly Pick<LoadedDossier, 'feeds'>[]): DossierFeed[] {
  const byUrl = new Map<string, DossierFeed>();
  for (const f of dossiers.flatMap((d) => d.feeds)) {
    const seen = byUrl.get(f.url);
    const interval = (x: DossierFeed) => x.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES;
    if (!seen) byUrl.set(f.url, f);
    else if (interval(f) < interval(seen)) byUrl.set(f.url, { ...seen, intervalMinutes: f.intervalMinutes });
  }
  return [...byUrl.values()];
}

/** One feed's status change, recorded in `feed_transitions` for the "feed failing / recovered" notice to announce once. */
export interface FeedTransition {
  feed: string;
  from: string;
  to: string;
  reason: string | null;
}

/** One polled feed in a poll report. */
export interface FeedPollLine {
  feed: string;
  url: string;
  status: IngestSourceReport['status'];
  newItems: number;
  /** Consecutive failures after this poll. */
  failures: number;
  nextPollAt: string;
  reason?: string;
}

/** The result of one `pollDue` pass. */
export interface FeedPollReport {
  at: string;
  polled: FeedPollLine[];
  /** Feeds whose next poll is still ahead (or another process is polling them). */
  notDue: number;
  transitions: FeedTransition[];
}

/** Polls the dossier's feeds that are due; node-cron calls it every minute. */
export interface FeedPoller {
  /** Fetches the dossier's feeds that are due at `now`; each feed is isolated, the call never throws for one feed. */
  pollDue(now?: Date): Promise<FeedPollReport>;
}

/**
 * Polls the dossier's feeds on their own schedules. A feed is due when its `next_poll_at` has
 * passed; after a poll it is set to now + interval on success, and to now + interval × 2^failures
 * (capped at MAX_BACKOFF_MINUTES, never sooner than a server's Retry-After) on failure, so a
 * dead feed is not hammered every 15 minutes.
 */
export function createFeedPoller(deps: FeedPollerDeps): FeedPoller {
  const { sql, ingester, dossier, logger } = deps;

  return {
    async pollDue(at) {
      const now = at ?? deps.now?.() ?? new Date();
      const iso = now.toISOString();
      const report: FeedPollReport = { at: iso, polled: [], notDue: 0, transitions: [] };
      for (const feed of dossier.feeds) {
        const interval = feed.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES;
        // The row must exist before the first fetch: the ingester only counts failures of feeds it knows.
        await registerFeed(sql, { url: feed.url, name: feed.name, weight: feed.weight, intervalMinutes: interval });
        const before = (await feedSchedule(sql, feed.url))!;
        // Pushing next_poll_at ahead before fetching is the lease: another process or replica
        // polling the same store sees the feed as not due and leaves it alone.
        if (!(await leaseFeed(sql, before.id, iso, new Date(now.getTime() + interval * 60_000).toISOString()))) {
          report.notDue++;
          continue;
        }
        let src: IngestSourceReport;
        try {
          const r = await ingester.run([feed.url]);
          src = r.sources[0] ?? { source: feed.url, status: 'failed', newItems: 0, duplicates: 0, irrelevant: 0, reason: 'no report' };
        } catch (err) {
          src = { source: feed.url, status: 'failed', newItems: 0, duplicates: 0, irrelevant: 0, reason: (err as Error).message };
        }
        const after = (await feedSchedule(sql, feed.url))!;
        let nextMs = interval * 60_000;
        if (src.status === 'failed') {
          nextMs = Math.min(interval * 2 ** Math.min(after.failures, 20), MAX_BACKOFF_MINUTES) * 60_000;
          // fetchFeed words a 429/503 as "HTTP 429 (retry after N s)"; the ingester passes only that text on.
          const ra = /retry after (\d+) s/.exec(src.reason ?? '');
          if (ra) nextMs = Math.max(nextMs, Number(ra[1]) * 1000);
        }
        const nextPollAt = new Date(now.getTime() + nextMs).toISOString();
        await scheduleFeed(sql, after.id, nextPollAt);
        if (after.status !== before.status) {
          const t: FeedTransition = { feed: feed.name, from: before.status, to: after.status, reason: src.reason ?? null };
          await recordFeedTransition(sql, { feedId: after.id, at: iso, from: t.from, to: t.to, reason: t.reason });
          report.transitions.push(t);
          logger.warn({ feed: feed.name, from: t.from, to: t.to, reason: t.reason }, 'feed status changed');
        }
        report.polled.push({
          feed: feed.name,
          url: feed.url,
          status: src.status,
          newItems: src.newItems,
          failures: after.failures,
          nextPollAt,
          ...(src.reason ? { reason: src.reason } : {}),
        });
      }
      return report;
    },
  };
}
