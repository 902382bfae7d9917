import { DiscordAPIError, HTTPError, RateLimitError, REST, Routes } from 'discord.js';
import { type Logger, type Poster, PostError, renderDiscord } from '../../core/index.js';
import { asPostError, REQUEST_TIMEOUT_MS, sendInOrder } from '../post-sequence.js';
import { discordGlobalShare, RATE_LIMITS } from '../rate-limits.js';

export interface DiscordPosterOptions {
  token: string;
  /** `DISCORD_API_URL`; default Discord's. */
  apiUrl?: string;
  logger: Logger;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Processes posting with this token (`PARLEY_REPLICAS`): they split Discord's global limit. Default 1. */
  replicas?: number;
}

/** API error codes meaning the bot can no longer post in the channel. */
const GONE: Record<number, string> = {
  10003: 'the channel was deleted',
  10004: 'Parley is no longer in the server',
  50001: 'Parley cannot see the channel',
  50013: 'Parley may not send messages there',
};

/** Maps a REST failure onto the runner's four kinds. */
export function discordPostError(err: unknown): PostError {
  if (err instanceof PostError) return err;
  if (err instanceof RateLimitError) {
    return new PostError('rate-limited', `Discord rate limit on ${err.route} (retry after ${err.retryAfter} ms)`, { retryAfterMs: err.retryAfter, cause: err });
  }
  if (err instanceof DiscordAPIError) {
    const code = typeof err.code === 'number' ? err.code : Number(err.code);
    if (code in GONE) return new PostError('gone', `Discord ${err.message} (${code}): ${GONE[code]}`, { cause: err });
    if (err.status === 429) return new PostError('rate-limited', `Discord ${err.message}`, { cause: err });
    if (err.status >= 500) return new PostError('transient', `Discord HTTP ${err.status}: ${err.message}`, { cause: err });
    // 50035 (invalid form body) and any other 4xx: this request will never be accepted as it is.
    return new PostError('fatal', `Discord refused the message: ${err.message} (${code})`, { cause: err });
  }
  if (err instanceof HTTPError) {
    if (err.status >= 500 || err.status === 408) return new PostError('transient', `Discord HTTP ${err.status}`, { cause: err });
    return new PostError('fatal', `Discord HTTP ${err.status}`, { cause: err });
  }
  // Network errors and the request timeout (an AbortError).
  return asPostError(err, 'Discord');
}

/**
 * A REST client that lets failures through: @discordjs/rest retries 5xx and timeouts three times
 * and sleeps through any rate limit by default, which would hide them from the runner and stretch
 * one `post()` past its lease. Here: no retries, 15 s timeout, and rate limits split by length.
 * A short wait (≤ RATE_LIMITS.maxQueuedWaitMs: a channel's 5-per-5-s bucket or the global budget
 * spent, as the X-RateLimit-* headers told it, or a 429 asking for a second) is waited in
 * discord.js's own per-bucket queues, so a pass posting to many channels at once flows at the
 * allowed rate instead of spending the runner's attempts; a longer one is rejected as a
 * RateLimitError with its Retry-After, which the runner honours. The global budget is this
 * process's share of the token's 50 requests/s when several replicas post (`replicas`).
 * No gateway connection: `parley post-due` posts without logging in.
 */
export function createDiscordRest(opts: Pick<DiscordPosterOptions, 'token' | 'apiUrl' | 'timeoutMs' | 'replicas'>): REST {
  return new REST({
    ...(opts.apiUrl ? { api: opts.apiUrl } : {}),
    retries: 0,
    globalRequestsPerSecond: discordGlobalShare(opts.replicas ?? 1),
    rejectOnRateLimit: (limit) => limit.retryAfter > RATE_LIMITS.maxQueuedWaitMs,
    timeout: opts.timeoutMs ?? REQUEST_TIMEOUT_MS,
  }).setToken(opts.token);
}

/** Scheduled briefings on Discord: each rendered message posted to the channel in order, pinging nobody. */
export function createDiscordPoster(opts: DiscordPosterOptions & { rest?: REST }): Poster {
  const rest = opts.rest ?? createDiscordRest(opts);
  const log = opts.logger.child({ poster: 'discord' });
  return {
    async post(target, doc) {
      // A channel message cannot be ephemeral: the flag is for interaction replies only.
      const messages = renderDiscord({ ...doc, ephemeral: false });
      await sendInOrder(
        messages.length,
        async (i) => {
          const { flags: _flags, ...m } = messages[i]!;
          await rest.post(Routes.channelMessages(target.channel), { body: { ...m, allowed_mentions: { parse: [] } } });
        },
        discordPostError,
        { logger: log.child({ channel: target.channel }), ...(opts.sleep ? { sleep: opts.sleep } : {}) },
      );
    },
  };
}
