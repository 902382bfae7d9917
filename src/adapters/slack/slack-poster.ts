import { LogLevel, webApi } from '@slack/bolt';
import { type Logger, type Poster, PostError, renderSlack } from '../../core/index.js';
import { asPostError, REQUEST_TIMEOUT_MS, sendInOrder } from '../post-sequence.js';
import { clientBucket, KeyedLimiter, RATE_LIMITS } from '../rate-limits.js';
import { boltLogger } from './bolt-logger.js';

/** What a Slack Web API client for scheduled posts and permission checks needs; no signing secret, no receiver. */
export interface SlackClientOptions {
  botToken: string;
  /** `SLACK_API_URL`; default Slack's. */
  apiUrl?: string;
  logger: Logger;
  timeoutMs?: number;
}

/**
 * A WebClient whose failures reach the caller at once. By default the client retries for about
 * thirty minutes and sleeps through 429s itself, which would hide rate limits from the runner and
 * overrun its 10-minute lease; here it makes ONE request per call (`retries: 0`), rejects 429s
 * with their Retry-After (`rejectRateLimitedCalls`), and times out after 15 s. The runner owns retries.
 */
export function createSlackWebClient(opts: SlackClientOptions): webApi.WebClient {
  return new webApi.WebClient(opts.botToken, {
    ...(opts.apiUrl ? { slackApiUrl: opts.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: opts.timeoutMs ?? REQUEST_TIMEOUT_MS,
    logger: boltLogger(opts.logger.child({ lib: 'slack-web-api' }), LogLevel.WARN),
  });
}

/** Platform errors meaning the bot can no longer post in the channel: mark it unreachable, do not retry. */
const GONE: Record<string, string> = {
  channel_not_found: 'the channel was deleted, or it is private and Parley is not in it',
  is_archived: 'the channel is archived',
  not_in_channel: 'Parley is not a member of the channel (/invite @Parley)',
  missing_scope: 'the app lacks the permission scope to post there',
  account_inactive: 'the app was removed from the workspace or its token deactivated',
  token_revoked: 'the app’s token was revoked',
  restricted_action: 'posting in this channel is restricted',
  team_access_not_granted: 'the app is not installed for this workspace',
};

/** Requests Slack will never accept as sent: stop for today (a code fix is needed, not a retry). */
const FATAL = new Set(['invalid_blocks', 'msg_too_long', 'invalid_arguments', 'too_many_attachments', 'no_text', 'invalid_auth', 'not_authed']);

/** Maps a Web API failure onto the runner's four kinds. */
export function slackPostError(err: unknown): PostError {
  if (err instanceof PostError) return err;
  const e = err as { code?: string; retryAfter?: number; data?: { error?: string }; statusCode?: number; original?: Error };
  switch (e?.code) {
    case webApi.ErrorCode.RateLimitedError:
      return new PostError('rate-limited', `Slack rate limit (retry after ${e.retryAfter} s)`, { retryAfterMs: (e.retryAfter ?? 1) * 1000, cause: err });
    case webApi.ErrorCode.PlatformError: {
      const code = e.data?.error ?? 'unknown_error';
      if (code === 'ratelimited' || code === 'rate_limited') return new PostError('rate-limited', `Slack: ${code}`, { cause: err });
      if (code in GONE) return new PostError('gone', `Slack ${code}: ${GONE[code]}`, { cause: err });
      if (FATAL.has(code)) return new PostError('fatal', `Slack refused the message: ${code}`, { cause: err });
      // internal_error, fatal_error, service_unavailable, request_timeout and codes added later: worth a retry.
      return new PostError('transient', `Slack: ${code}`, { cause: err });
    }
    case webApi.ErrorCode.HTTPError: {
      const status = e.statusCode ?? 0;
      if (status >= 500 || status === 408) return new PostError('transient', `Slack HTTP ${status}`, { cause: err });
      return new PostError('fatal', `Slack HTTP ${status}`, { cause: err });
    }
    case webApi.ErrorCode.RequestError:
      // Network failures and the request timeout (an AbortSignal) land here.
      return new PostError('transient', `Slack request failed: ${e.original?.message ?? (err as Error).message}`, { cause: err });
    default:
      return asPostError(err, 'Slack');
  }
}

/**
 * Scheduled briefings on Slack: the first message to the channel, the rest as replies in its
 * thread, so a long briefing takes one line of the channel.
 *
 * Every message first takes a token from the channel's bucket (RATE_LIMITS.slack: the Web API
 * client keeps no per-channel pacing of its own), so a morning pass posting to many channels at
 * once never sends one channel more than Slack allows. A wait longer than RATE_LIMITS.maxQueuedWaitMs
 * is not sat through here: it becomes a rate-limited PostError, as a 429 from Slack does, and the
 * runner (or, for a thread reply, sendInOrder) waits its Retry-After before trying again.
 */
export function createSlackPoster(
  opts: SlackClientOptions & { client?: webApi.WebClient; sleep?: (ms: number) => Promise<void>; limiter?: KeyedLimiter },
): Poster {
  const client = opts.client ?? createSlackWebClient(opts);
  const log = opts.logger.child({ poster: 'slack' });
  const limiter = opts.limiter ?? new KeyedLimiter(clientBucket(RATE_LIMITS.slack.postMessagePerChannel));
  return {
    async post(target, doc) {
      const messages = renderSlack({ ...doc, ephemeral: false });
      let threadTs: string | undefined;
      await sendInOrder(
        messages.length,
        async (i) => {
          const msg = messages[i]!;
          // Channel ids are unique within a workspace; the key names both so a bucket never spans two.
          const took = await limiter.take(`${target.workspace}:${target.channel}`, RATE_LIMITS.maxQueuedWaitMs);
          if ('refusedMs' in took) {
            throw new PostError('rate-limited', `Slack channel ${target.channel} is at its posting rate (next slot in ${took.refusedMs} ms)`, { retryAfterMs: took.refusedMs });
          }
          const res = await client.chat.postMessage({
            channel: target.channel,
            text: msg.text,
            blocks: msg.blocks,
            // A briefing lists many sources: unfurling each would bury the briefing under previews.
            unfurl_links: false,
            unfurl_media: false,
            ...(threadTs ? { thread_ts: threadTs } : {}),
          });
          if (i === 0) threadTs = res.ts;
        },
        slackPostError,
        { logger: log.child({ channel: target.channel }), ...(opts.sleep ? { sleep: opts.sleep } : {}) },
      );
    },
  };
}
