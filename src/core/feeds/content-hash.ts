import { createHash } from 'node:crypto';

/**
 * Lower-cased, compatibility-normalised words joined by single spaces. Punctuation and
 * whitespace are dropped entirely because feeds re-encode them between fetches (curly vs
 * straight quotes, `&nbsp;`, a re-wrapped paragraph) without changing the article.
 */
function normaliseForHash(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * A stable fingerprint of an article's title and text (sha256, hex). Dates, GUIDs and URLs
 * are deliberately left out: a feed that restarts its GUIDs or rewrites dates still yields
 * the same hash, so the ingest can recognise items it has already seen.
 */
export function contentHash(title: string, text: string): string {
  return createHash('sha256')
    .update(normaliseForHash(title))
    .update('\u0000')
    .update(normaliseForHash(text))
    .digest('hex');
}
