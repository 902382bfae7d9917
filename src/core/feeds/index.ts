/**
 * Feed fetching and parsing: everything that touches feeds written by strangers.
 *
 * Typical use by the ingest:
 * ```ts
 * const res = await fetchFeed(feed.url, { validators: { etag: feed.etag, lastModified: feed.lastModified } });
 * if (res.status === 'ok') {
 *   const parsed = await parseFeed(res.body, { baseUrl: res.finalUrl, fetchedAt: new Date() });
 *   for (const item of parsed.items) store(item, contentHash(item.title, item.text));
 * }
 * ```
 * Failures are `FeedFetchError` / `FeedParseError`, whose messages are short reasons fit for
 * a feed's status line.
 */

/** Canonical article URL for dedupe: see `canonicalUrl`. */
export { canonicalUrl } from './canonical-url.js';
/** Fingerprint of an article's title and text, stable across cosmetic feed rewrites. */
export { contentHash } from './content-hash.js';
/** Feed bytes to text, with the same charset detection for HTTP bodies and files. */
export { type DecodedFeed, decodeFeedBytes } from './decode.js';
/** Polite, bounded HTTP fetch of a feed. */
export {
  FETCH_DEFAULTS,
  FeedFetchError,
  type FeedFetchErrorCode,
  type FeedValidators,
  type FetchedFeed,
  type FetchFeedOptions,
  type FetchResult,
  fetchFeed,
  type NotModified,
  USER_AGENT,
} from './fetch-feed.js';
/** Per-host request queue shared by all fetches. */
export { createHostLimiter, defaultHostLimiter, type HostLimiter } from './host-limiter.js';
/** Loopback, private and link-local addresses that feed fetches refuse unless allowed. */
export { isPrivateAddress, parseIPv4, parseIPv6, pinnedLookup, PrivateAddressError, privateLiteralOf } from './private-address.js';
/** Linear-time HTML to plain text. */
export { htmlToText } from './html-text.js';
/** Hardened RSS/Atom/RDF parsing into normalised items. */
export {
  DEFAULT_MAX_ITEMS,
  type FeedFormat,
  type FeedItem,
  FeedParseError,
  type FeedParseErrorCode,
  type ParsedFeed,
  type ParseFeedOptions,
  parseFeed,
} from './parse-feed.js';
