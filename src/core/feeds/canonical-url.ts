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
 * fragment, no tracking parameters, remaining parameters sorted (their encoding kept as
 * written), no default port, and no trailing `/index.html`. Path case is kept: servers differ.
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
  parsed.hash = '';
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
