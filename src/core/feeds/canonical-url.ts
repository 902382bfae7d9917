/**
 * Query parameters that only track where a click came from. Feeds append them per channel
 * (`?rss`, `utm_source=rss`, BBC's `at_medium`, Le Monde's `xtor`), so the same article would
 * otherwise look new every time a feed changes its campaign tags.
 */
const TRACKING_PARAM_NAMES = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ocid',
  'cmpid',
  'cmp',
  'ref',
  'rss',
  'xtor',
  '_ga',
  'wt.mc_id',
  '__twitter_impression',
]);

/** Prefixes of tracking parameter families (Google Analytics, AT Internet/BBC, comScore). */
const TRACKING_PARAM_PREFIXES = ['utm_', 'at_', 'ns_'];

/**
 * Fragments that point into a page rather than name an entry of it: its comments, its top, the
 * "read more" jump. Every other fragment is kept, because live blogs publish each update as
 * `…/live#block-1`, `…#block-2`: there the fragment is the entry. Fragments holding parameters
 * (`#xtor=RSS-3`, `#:~:text=`) are tracking or highlighting, never an entry.
 */
const PAGE_FRAGMENTS = new Set(['', 'top', 'main', 'content', 'main-content', 'maincontent', 'comments', 'comment', 'respond', 'disqus_thread', 'more', 'continue', 'article', 'story']);

function isEntryFragment(hash: string): boolean {
  const fragment = hash.replace(/^#/, '').toLowerCase();
  return !PAGE_FRAGMENTS.has(fragment) && !fragment.includes('=') && !fragment.startsWith('more-');
}

function isTrackingParam(rawName: string): boolean {
  let name = rawName;
  try {
    name = decodeURIComponent(rawName.replace(/\+/g, ' '));
  } catch {
    // A malformed escape is kept as written: it is not one of ours.
  }
  const lower = name.toLowerCase();
  return TRACKING_PARAM_NAMES.has(lower) || TRACKING_PARAM_PREFIXES.some((p) => lower.startsWith(p));
}

/**
 * The canonical form of an article URL, used to recognise the same article across feeds and
 * fetches: http/https only (anything else gives `null`), lower-case host, no credentials, no
 * fragment unless it names an entry (a live blog's `#block-2`), no tracking parameters, remaining
 * parameters sorted (their encoding kept as written), no default port, and no trailing
 * `/index.html`. Path case is kept: servers differ.
 */
export function canonicalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;

  // Credentials in a feed link must never be stored or posted into a channel.
  parsed.username = '';
  parsed.password = '';
  if (!isEntryFragment(parsed.hash)) parsed.hash = '';
  parsed.hostname = parsed.hostname.toLowerCase().replace(/\.$/, '');

  if (/\/index\.html?$/i.test(parsed.pathname)) {
    parsed.pathname = parsed.pathname.replace(/index\.html?$/i, '');
  }

  // Split the raw query ourselves: URLSearchParams would re-encode values (%20 → +).
  const raw = parsed.search.startsWith('?') ? parsed.search.slice(1) : parsed.search;
  const kept = raw
    .split('&')
    .filter((pair) => pair !== '')
    .filter((pair) => !isTrackingParam(pair.split('=', 1)[0] ?? ''))
    .sort((a, b) => {
      const ka = a.split('=', 1)[0] ?? '';
      const kb = b.split('=', 1)[0] ?? '';
      if (ka !== kb) return ka < kb ? -1 : 1;
      return a < b ? -1 : a > b ? 1 : 0;
    });
  parsed.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return parsed.toString();
}
