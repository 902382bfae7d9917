/**
 * The platform-free scheduling core: channel subscriptions, the once-per-local-date briefing
 * runner and the feed poller. node-cron (in main.ts) and `parley post-due` only call into here.
 */
export { briefingBuilder, scheduledBriefingDoc } from './briefing-doc.js';
export { briefingKey, POST_CONCURRENCY, type SharedBuilder, shareBuilds } from './fan-out.js';
export {
  createFeedPoller,
  DEFAULT_INTERVAL_MINUTES,
  type FeedPoller,
  feedsOfAll,
  type FeedPollerDeps,
  type FeedPollLine,
  type FeedPollReport,
  type FeedTransition,
  MAX_BACKOFF_MINUTES,
} from './poll-feeds.js';
export {
  LEASE_MS,
  MAX_ATTEMPTS_PER_DAY,
  MAX_ATTEMPTS_PER_RUN,
  MAX_TAKEOVERS,
  PostError,
  type PostErrorKind,
  type Poster,
  type PostTarget,
  type PostWindow,
  type RunDueDeps,
  type RunLine,
  type RunOutcome,
  type RunReport,
  runDueBriefings,
} from './run-due.js';
export {
  type ChannelRef,
  createSubscriptions,
  DEFAULT_TIME,
  type DossierInfo,
  destinationOf,
  normaliseTime,
  normaliseZone,
  PLATFORMS,
  type Platform,
  type SubscribeInput,
  type Subscription,
  type Subscriptions,
  type SubscriptionsOptions,
  type ValidSubscription,
} from './subscriptions.js';
