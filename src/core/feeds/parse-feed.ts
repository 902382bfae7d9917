import { createHash } from 'node:crypto';
import Parser from 'rss-parser';
import type { Logger } from '../logger.js';
import { canonicalUrl } from './canonical-url.js';
import { contentHash } from './content-hash.js';
import { parseFeedDate } from './feed-date.js';
import { htmlToText } from './html-text.js';
import { boundedRaw, flatString, xmlLimitViolation } from './limits.js';
import { jsonErrorHint, sniffBody } from './sniff.js';
import { prepareXml } from './xml-prepare.js';

/** The feed dialects we read. */
export type FeedFormat = 'rss' | 'atom' | 'rdf';

/** One article from a feed, normalised to plain text. */
export interface FeedItem {
  /**
   * The feed's own id for the item (RSS `guid`, Atom `id`, RDF `rdf:about`), or null; one over
   * 1,024 characters becomes `sha256:<hex>`. Not trustworthy: feeds restart them.
   */
  guid: string | null;
  /**
   * The article's canonical URL (see `canonicalUrl`), resolved against the feed's URL; null if absent, not http(s) or over 4 KiB.
   * An RSS `guid` stands in when there is no link, unless `isPermaLink="false"`; an Atom `id` never does.
   */
  url: string | null;
  /**
   * Set when `url` is not this item's own: the feed's home page, or a link other distinct items
   * of the same document share (a podcast's episodes all pointing at the show). Dedupe must not
   * take such a link for the item's identity.
   */
  sharedLink?: true;
  /** Plain-text title, at most 300 characters; when the feed gives none, the first words of the text. */
  title: string;
  /** ISO 8601 publication (or, failing that, update) time; null if missing or unparseable. */
  published: string | null;
  /** Set when the feed's date named no zone (or no time): it was read as UTC and may be off by hours. */
  zoneAssumed?: true;
  /** Set when the feed claimed a date more than a day in the future: `published` was clamped to the fetch time. */
  futureDateClamped?: true;
  /** Plain text of the fullest body the feed offers (content:encoded, Atom content, description, summary). */
  text: string;
  /** Set when the body was longer than `MAX_RAW_FIELD_CHARS` and its tail was dropped before reading. */
  textTruncated?: true;
  /** Author or dc:creator, as plain text. */
  author?: string;
}

/** A parsed, normalised feed. */
export interface ParsedFeed {
  format: FeedFormat;
  /** The feed's own title, plain text ('' if none). */
  title: string;
  /** The site the feed belongs to, canonicalised, or null. */
  link: string | null;
  /** Items in document order, at most `maxItems`. */
  items: FeedItem[];
  /** Items the document contained before the cap. */
  totalItems: number;
  /** Items beyond the cap that were dropped (0 normally). */
  droppedItems: number;
  /** Items whose future date was clamped to the fetch time. */
  clampedDates: number;
}

/** Options for `parseFeed`. */
export interface ParseFeedOptions {
  /** When the body was fetched; future dates are clamped to it. Default: now. */
  fetchedAt?: Date;
  /** The most items kept from one feed (document order). Default 5,000. */
  maxItems?: number;
  /** The URL the feed was fetched from, to resolve relative links against. */
  baseUrl?: string;
  /** Receives a warning when items are dropped or dates clamped. */
  logger?: Logger;
}

/** Why a body could not be read as a feed. */
export type FeedParseErrorCode = 'entities' | 'html' | 'json' | 'not-a-feed' | 'malformed' | 'too-complex';

/** A body that is not a usable feed; `message` is a short human reason. */
export class FeedParseError extends Error {
  override readonly name = 'FeedParseError';
  /** Machine-readable category. */
  readonly code: FeedParseErrorCode;

  constructor(code: FeedParseErrorCode, reason: string) {
    super(reason);
    this.code = code;
  }
}

/** Default per-feed item cap: no honest news feed carries more, and it bounds the ingest's work. */
export const DEFAULT_MAX_ITEMS = 5_000;

/**
 * Length limits on identifiers and titles. Real ones are far shorter; a hostile feed could send
 * megabyte GUIDs to bloat the store's indexes or a wall of text as a chat title.
 */
const MAX_GUID_LENGTH = 1_024;
const MAX_URL_LENGTH = 4_096;
const MAX_TITLE_LENGTH = 300;

/** A date further ahead than this is a feed bug (or a lie to stay on top), not a scheduled post. */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/**
 * Elements rss-parser would process itself in ways that fail on hostile or sloppy feeds: it
 * runs a quadratic regex over every description/content (seconds for 40k `<`), throws on an
 * unparseable Atom date or an Atom `<link>` without attributes, and drops Atom content types.
 * Renaming them on the way through xml2js hides them from rss-parser; we read them raw.
 */
const RENAMED_TAGS: Record<string, string> = {
  description: 'parley:description',
  'content:encoded': 'parley:encoded',
  content: 'parley:content',
  summary: 'parley:summary',
  published: 'parley:published',
  updated: 'parley:updated',
  pubDate: 'parley:pubdate',
  'dc:date': 'parley:dcdate',
  // Atom in RSS, Atom 0.3 and Dublin Core terms: the same dates under other names.
  'atom:published': 'parley:published',
  'atom:updated': 'parley:updated',
  issued: 'parley:issued',
  created: 'parley:created',
  modified: 'parley:modified',
  'dcterms:issued': 'parley:issued',
  'dcterms:created': 'parley:created',
  'dcterms:modified': 'parley:modified',
  link: 'parley:link',
  // rss-parser keeps only the text of a title; Atom's type and mode say how to read it.
  title: 'parley:title',
  // rss-parser keeps only a guid's text; whether it is a permalink is in its attribute.
  guid: 'parley:guid',
};

type RawItem = Record<string, unknown>;
type RawFeed = Record<string, unknown>;

const raw = (name: string): [string, string, { keepArray: boolean }] => [name, name, { keepArray: true }];

function createParser(): Parser<RawFeed, RawItem> {
  return new Parser<RawFeed, RawItem>({
    // Real feeds omit the version attribute; read them as RSS 2.0 rather than refuse.
    defaultRSS: 2,
    xml2js: {
      tagNameProcessors: [(name: string) => RENAMED_TAGS[name] ?? name],
      attrValueProcessors: [flatString],
    },
    customFields: {
      // rss-parser's types allow only names for feed fields, but its copyFromXML takes the same
      // [from, to, {keepArray}] form as for items; we need every Atom <link> to find rel=alternate.
      feed: [raw('parley:link'), raw('parley:title')] as unknown as string[],
      item: [...new Set(Object.values(RENAMED_TAGS))].map(raw),
    },
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The text inside an xml2js node: a string, `{ _: text }`, or (for Atom xhtml content and
 * other nested markup) all nested text. Iterative, so deep nesting cannot overflow the stack.
 */
function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (!isRecord(node) && !Array.isArray(node)) return '';
  if (isRecord(node) && typeof node._ === 'string' && Object.keys(node).every((k) => k === '_' || k === '$')) {
    return node._;
  }
  const out: string[] = [];
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') {
      out.push(current);
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push(current[i]);
    } else if (isRecord(current)) {
      const children = Object.entries(current).filter(([k]) => k !== '$' && k !== '_');
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]?.[1]);
      if (typeof current._ === 'string') stack.push(current._);
    }
  }
  return out.join('\n');
}

function attrs(node: unknown): Record<string, unknown> {
  return isRecord(node) && isRecord(node.$) ? node.$ : {};
}

function first(list: unknown): unknown {
  return Array.isArray(list) ? list[0] : list;
}

function nonEmpty(s: string | undefined | null): string | null {
  const t = s?.trim();
  return t ? t : null;
}

/**
 * An item's link: the first `<link href>` whose rel is alternate (Atom's default), wherever it
 * stands; else the first `<link>text</link>` (RSS); else the first href of another rel.
 */
function pickLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  let text: string | null = null;
  let otherRel: string | null = null;
  for (const link of links) {
    const a = attrs(link);
    const href = typeof a.href === 'string' ? a.href : null;
    if (href !== null) {
      const rel = typeof a.rel === 'string' ? a.rel.trim().toLowerCase() : 'alternate';
      if (rel === 'alternate') return href;
      otherRel ??= href;
    } else {
      text ??= nonEmpty(textOf(link));
    }
  }
  return text ?? otherRel;
}

function resolveUrl(href: string | null, base: string | undefined): string | null {
  if (href === null || href.length > MAX_URL_LENGTH) return null;
  let url: string | null;
  try {
    url = canonicalUrl(base ? new URL(href.trim(), base).toString() : href);
  } catch {
    return null;
  }
  return url !== null && url.length <= MAX_URL_LENGTH ? url : null;
}

/** An over-long GUID is replaced by its digest: still stable across fetches, but index-sized. */
function boundedGuid(guid: string | null): string | null {
  if (guid === null || guid.length <= MAX_GUID_LENGTH) return guid;
  return `sha256:${createHash('sha256').update(guid).digest('hex')}`;
}

function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max);
  return `${s.slice(0, cut > max / 2 ? cut : max)}…`;
}

/** An Atom type naming a media type that is not text or XML: the content is base64 (RFC 4287 §4.1.3.3). */
function isBinaryType(type: string): boolean {
  return type.includes('/') && !type.startsWith('text/') && !/[/+]xml$/.test(type);
}

/** Base64 that decodes to UTF-8 text; anything else (an image sent inline) has no text for us. */
function fromBase64(s: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(s.replace(/\s+/g, ''), 'base64'));
  } catch {
    return '';
  }
}

/**
 * The plain text of a title or body element, read by its declared type: Atom `text` literally,
 * `html` (and anything undeclared, as RSS is) and `xhtml` (which prepareXml turned into the HTML
 * source it is) as HTML, base64 (Atom 0.3 `mode="base64"`, or a binary media type) decoded first.
 * Null for out-of-line content (`src=`), which carries no text of its own.
 */
function readText(node: unknown): { text: string; cut: boolean } | null {
  if (node === undefined) return null;
  const a = attrs(node);
  if (typeof a.src === 'string') return null;
  // The raw field is cut to the cap before any HTML is read (`cut` says it was).
  const { raw, cut } = boundedRaw(textOf(node));
  if (isRecord(node) && typeof node._ !== 'string' && Object.keys(node).some((k) => k !== '$')) {
    // Child elements prepareXml left in place (markup mixed with CDATA or comments): their text, as parsed.
    return { text: htmlToText(raw.replace(/</g, '&lt;')), cut };
  }
  const type = typeof a.type === 'string' ? a.type.trim().toLowerCase() : 'html';
  let text = raw;
  if (a.mode === 'base64' || isBinaryType(type)) text = fromBase64(text);
  else if (type === 'text' || type === 'text/plain') text = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return { text: htmlToText(text), cut };
}

/** Body text of an item: the fullest field (content:encoded, Atom content, description, summary) that has any; `cut` when its raw form was over the cap. */
function bodyText(item: RawItem): { text: string; cut: boolean } {
  for (const field of ['parley:encoded', 'parley:content', 'parley:description', 'parley:summary']) {
    const read = readText(first(item[field]));
    if (read?.text) return read;
  }
  return { text: '', cut: false };
}

function pickDate(item: RawItem): ReturnType<typeof parseFeedDate> {
  // Publication first; the time of the last change only when the feed gives nothing else.
  for (const field of ['parley:published', 'parley:pubdate', 'parley:dcdate', 'parley:issued', 'parley:created', 'parley:updated', 'parley:modified']) {
    const node = first(item[field]);
    if (node === undefined) continue;
    const date = parseFeedDate(textOf(node));
    if (date !== null) return date;
  }
  return null;
}

/** RSS 2.0: a guid is the item's permalink unless it says `isPermaLink="false"`. */
function isPermaLink(guid: unknown): boolean {
  const flag = attrs(guid).isPermaLink;
  return typeof flag !== 'string' || flag.trim().toLowerCase() !== 'false';
}

/**
 * Marks the links that do not identify their item: the feed's own home page, and a link that
 * distinct items of this document share (different ids or different text). Duplicated items,
 * same link and same text, keep theirs: dedupe will recognise them.
 */
function markSharedLinks(items: FeedItem[], feedLink: string | null): void {
  const byUrl = new Map<string, FeedItem[]>();
  for (const item of items) {
    if (item.url === null) continue;
    const list = byUrl.get(item.url);
    if (list) list.push(item);
    else byUrl.set(item.url, [item]);
  }
  for (const [url, list] of byUrl) {
    const distinct =
      url === feedLink ||
      (list.length > 1 &&
        (new Set(list.map((i) => i.guid)).size > 1 || new Set(list.map((i) => contentHash(i.title, i.text))).size > 1));
    if (distinct) for (const item of list) item.sharedLink = true;
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Control characters (a backspace in a title) are nobody's text; tab and newlines are whitespace. Titles only: bodies are long, and the renderers escape what they post. */
function withoutControls(s: string): string {
  return s.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, '');
}

/** Titles in feeds are often HTML in disguise (`<b>`, `&amp;amp;`): read by their type (HTML unless said otherwise), on one line. */
function plainTitle(node: unknown): string {
  return oneLine(withoutControls(readText(first(node))?.text ?? ''));
}

function titleFromText(text: string): string {
  return truncate(oneLine(text.slice(0, 1_000)), 120);
}

/** xml2js and rss-parser fail on an RSS or RDF root without a channel with "Cannot read properties of undefined". */
const CHANNEL_ELEMENT = /<(?:[\w-]+:)?channel[\s>/]/i;

function refuseHostile(xml: string): void {
  const doctype = xml.search(/<!DOCTYPE/i);
  // Entity declarations only do harm inside a DOCTYPE (billion laughs, external entities).
  // A plain DOCTYPE, as old RSS 0.91 feeds carry, is fine. Two linear searches, no parsing.
  if (doctype !== -1 && /<!ENTITY/i.test(xml.slice(doctype))) {
    throw new FeedParseError('entities', 'refused: the feed declares XML entities (possible entity-expansion attack)');
  }
  const sniffed = sniffBody(xml);
  switch (sniffed.kind) {
    case 'html':
      throw new FeedParseError('html', 'not a feed (HTML page)');
    case 'json': {
      const hint = jsonErrorHint(xml);
      throw new FeedParseError('json', hint ? `not a feed (JSON body: ${hint})` : 'not a feed (JSON body)');
    }
    case 'other-xml':
      throw new FeedParseError('not-a-feed', `not a feed (XML with root <${sniffed.root ?? '?'}>)`);
    case 'unknown':
      throw new FeedParseError('not-a-feed', xml.trim() === '' ? 'not a feed (empty body)' : 'not a feed (no XML root element)');
    default:
      break;
  }
  if (sniffed.root !== 'feed' && !sniffed.root?.endsWith(':feed') && !CHANNEL_ELEMENT.test(xml)) {
    throw new FeedParseError('malformed', `malformed feed: <${sniffed.root}> without a <channel>`);
  }
}

function formatOf(root: string | undefined): FeedFormat {
  if (root === 'feed' || root?.endsWith(':feed')) return 'atom';
  if (root === 'rdf:rdf') return 'rdf';
  return 'rss';
}

function malformed(err: unknown, root: string | undefined): FeedParseError {
  // rss-parser walks to channel[0] unchecked: a channel it cannot find (say, under a namespace prefix) is a TypeError.
  if (err instanceof TypeError) return new FeedParseError('malformed', `malformed feed: no <channel> rss-parser can read under <${root ?? '?'}>`);
  const message = err instanceof Error ? err.message : String(err);
  const [headline = 'unreadable', ...rest] = message.split('\n');
  const line = rest.find((l) => l.startsWith('Line:'))?.slice(5).trim();
  const where = line !== undefined && /^\d+$/.test(line) ? ` (line ${Number(line) + 1})` : '';
  return new FeedParseError('malformed', `malformed feed: ${oneLine(headline).replace(/\.$/, '').slice(0, 100)}${where}`);
}

/**
 * Parses an RSS 2.0 (or 0.9x), Atom or RDF/RSS 1.0 document into normalised plain-text items.
 * Refuses, with a `FeedParseError`, documents that declare entities (billion laughs, external
 * entities), HTML pages, JSON bodies and malformed XML. Keeps at most `maxItems` items and
 * clamps dates more than a day in the future to the fetch time (flagging each such item).
 *
 * Parsing is synchronous CPU work inside rss-parser: about 0.3 s per 5 MB.
 */
export async function parseFeed(xml: string, opts: ParseFeedOptions = {}): Promise<ParsedFeed> {
  refuseHostile(xml);
  // Shapes that would make the parser itself hold hundreds of MB (deep nesting, huge attributes) never reach it.
  const tooComplex = xmlLimitViolation(xml);
  if (tooComplex !== null) throw new FeedParseError('too-complex', tooComplex);
  const fetchedAt = (opts.fetchedAt ?? new Date()).getTime();
  const maxItems = opts.maxItems ?? DEFAULT_MAX_ITEMS;
  const root = sniffBody(xml).root;

  let output: Awaited<ReturnType<Parser<RawFeed, RawItem>['parseString']>>;
  try {
    output = await createParser().parseString(prepareXml(xml));
  } catch (err) {
    throw malformed(err, root);
  }

  const feedLink = resolveUrl(pickLink(output['parley:link']), opts.baseUrl);
  const base = opts.baseUrl ?? feedLink ?? undefined;
  const allItems = Array.isArray(output.items) ? output.items : [];
  const kept = allItems.slice(0, maxItems);
  let clampedDates = 0;

  const items = kept.map((item): FeedItem => {
    const { text, cut } = bodyText(item);
    const rssGuid = first(item['parley:guid']);
    const guid = boundedGuid(nonEmpty(textOf(rssGuid ?? item.id ?? item['rdf:about'])));
    let link = pickLink(item['parley:link']);
    // Some feeds carry no <link>: a permalink guid (or RDF's rdf:about) names the article. An Atom id never does.
    const idIsLink = rssGuid !== undefined ? isPermaLink(rssGuid) : item.id === undefined;
    if (link === null && idIsLink && guid !== null && /^https?:\/\//i.test(guid)) link = guid;
    const title = truncate(plainTitle(item['parley:title']), MAX_TITLE_LENGTH) || titleFromText(text);
    const author = nonEmpty(oneLine(htmlToText(boundedRaw(textOf(item.creator ?? item.author)).raw)));

    let published: string | null = null;
    let futureDateClamped = false;
    const date = pickDate(item);
    if (date !== null) {
      if (date.ms > fetchedAt + FUTURE_TOLERANCE_MS) {
        published = new Date(fetchedAt).toISOString();
        futureDateClamped = true;
        clampedDates++;
      } else {
        published = new Date(date.ms).toISOString();
      }
    }

    const normalised: FeedItem = { guid, url: resolveUrl(link, base), title, published, text };
    if (futureDateClamped) normalised.futureDateClamped = true;
    else if (date?.zoneAssumed) normalised.zoneAssumed = true;
    if (cut) normalised.textTruncated = true;
    if (author !== null) normalised.author = author;
    return normalised;
  });

  markSharedLinks(items, feedLink);
  const droppedItems = allItems.length - kept.length;
  if (droppedItems > 0 || clampedDates > 0) {
    opts.logger?.warn({ droppedItems, clampedDates, totalItems: allItems.length }, 'feed items capped or dates clamped');
  }

  return {
    format: formatOf(root),
    title: plainTitle(output['parley:title']),
    link: feedLink,
    items,
    totalItems: allItems.length,
    droppedItems,
    clampedDates,
  };
}
