/**
 * The platforms' posting limits, as data, in one place: the posters keep to them and the loopback
 * fakes (tests/support) enforce them, so a test that passes against the fakes has kept to them.
 *
 * - Slack `chat.postMessage`: about one message per second per channel, short bursts allowed
 *   (api.slack.com/apis/rate-limits, "Posting messages"). Slack publishes no workspace-wide
 *   figure, so none is assumed: a 429 there is honoured through its Retry-After like any other.
 * - Discord: 50 requests per second per bot token across every route (the global limit), and per
 *   route buckets announced in the X-RateLimit-* headers; `POST /channels/:id/messages` is
 *   5 per 5 s per channel today. @discordjs/rest already reads those headers, queues per bucket
 *   and keeps to the global limit (`globalRequestsPerSecond`), so Parley does not keep a second
 *   copy of that bookkeeping: it only tells discord.js the global figure and how long a wait it
 *   may sit through (see discord-poster.ts).
 */

/** A token bucket: `burst` requests at once, then `perSecond` on average. */
export interface BucketSpec {
  perSecond: number;
  burst: number;
}

/** A fixed window, the way Discord counts: `limit` requests, then wait for the window's reset. */
export interface WindowSpec {
  limit: number;
  windowMs: number;
}

export const RATE_LIMITS = {
  slack: {
    /** `chat.postMessage`, per channel (thread replies count against their channel). */
    postMessagePerChannel: { perSecond: 1, burst: 3 } satisfies BucketSpec,
  },
  discord: {
    /** Every request of one bot token, whatever the route. Replicas sharing a token split it (PARLEY_REPLICAS). */
    global: { limit: 50, windowMs: 1_000 } satisfies WindowSpec,
    /** `POST /channels/:id/messages`, per channel. discord.js learns it from the headers; the fake enforces it. */
    channelMessages: { limit: 5, windowMs: 5_000 } satisfies WindowSpec,
  },
  /**
   * The longest wait a poster sits through itself before a request. Longer ones are handed to the
   * runner as a rate-limited failure, whose Retry-After it honours (and which may hand the channel
   * to a later run), so one `post()` stays well inside the claim's lease.
   */
  maxQueuedWaitMs: 2_000,
} as const;

/** Discord's global budget for one of `replicas` processes sharing the bot token (at least 1 request/s). */
export function discordGlobalShare(replicas: number): number {
  return Math.max(1, Math.floor(RATE_LIMITS.discord.global.limit / Math.max(1, replicas)));
}

/**
 * The bucket a client keeps for a platform's: one token of the burst held in hand. The platform's
 * bucket starts when its first request ARRIVES, and requests arrive with jitter; a client keeping
 * to the exact figures is a few milliseconds early now and then and gets a 429. One token in
 * hand absorbs up to a second of it, at the cost of a smaller first burst.
 */
export function clientBucket(spec: BucketSpec): BucketSpec {
  return { perSecond: spec.perSecond, burst: Math.max(1, spec.burst - 1) };
}

export interface LimiterClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: LimiterClock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

interface Bucket {
  /** Tokens at `at`; negative when callers have reserved tokens not yet refilled. */
  tokens: number;
  at: number;
}

/**
 * Added to every wait: the platform's bucket starts when it RECEIVES the first request, a little
 * after ours, so a slot computed to the millisecond would arrive just before its token does
 * (discord.js adds 50 ms to its waits for the same reason).
 */
const SAFETY_MARGIN_MS = 50;

/** Keys kept before idle full buckets are dropped (one per channel posted to recently). */
const PRUNE_ABOVE = 5_000;

/**
 * Token buckets by key (a channel), for a platform whose client keeps none (Slack's WebClient
 * only caps concurrency). `reserve` books the next token and says how long to wait for it, so
 * concurrent callers for one key go out spaced, in the order they asked. A platform's 429 is not
 * recorded here: the caller that got it waits its Retry-After before asking again.
 */
export class KeyedLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly spec: BucketSpec,
    private readonly clock: LimiterClock = realClock,
  ) {}

  /** Books one request for `key`; returns the milliseconds to wait before sending it (0: now). */
  reserve(key: string): number {
    const now = this.clock.now();
    const b = this.refilled(key, now);
    const ready = now + (b.tokens >= 1 ? 0 : ((1 - b.tokens) / this.spec.perSecond) * 1000);
    b.tokens -= 1;
    const wait = Math.ceil(ready - now);
    return wait > 0 ? wait + SAFETY_MARGIN_MS : 0;
  }

  /** Gives back a reservation that was not used (the wait was too long and the caller gave up). */
  release(key: string): void {
    const b = this.buckets.get(key);
    if (b) b.tokens = Math.min(this.spec.burst, b.tokens + 1);
  }

  /** Waits for a token for `key`, unless that would take longer than `maxWaitMs`: then resolves to the wait, unbooked. */
  async take(key: string, maxWaitMs = Number.POSITIVE_INFINITY): Promise<{ waitedMs: number } | { refusedMs: number }> {
    const wait = this.reserve(key);
    if (wait > maxWaitMs) {
      this.release(key);
      return { refusedMs: wait };
    }
    if (wait > 0) await this.clock.sleep(wait);
    return { waitedMs: wait };
  }

  private refilled(key: string, now: number): Bucket {
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= PRUNE_ABOVE) this.prune(now);
      b = { tokens: this.spec.burst, at: now };
      this.buckets.set(key, b);
      return b;
    }
    b.tokens = Math.min(this.spec.burst, b.tokens + ((now - b.at) / 1000) * this.spec.perSecond);
    b.at = now;
    return b;
  }

  /** Drops buckets that are full again: they hold nothing a fresh bucket would not. */
  private prune(now: number): void {
    for (const [key, b] of this.buckets) {
      const tokens = b.tokens + ((now - b.at) / 1000) * this.spec.perSecond;
      if (tokens >= this.spec.burst) this.buckets.delete(key);
    }
  }
}
