/**
 * Story clustering for the daily briefing: the same story told by several outlets becomes one
 * cluster. Near-duplicate text is found with MinHash over word shingles and LSH banding, so only
 * candidate pairs are ever compared (no O(n²) scan); candidates are confirmed on the estimated
 * Jaccard similarity, with a lower bar when the items also share actors or event keys.
 *
 * Shingles never cross a sentence boundary, which makes the signature blind to sentence order:
 * outlets reshuffle wire copy constantly. The signature is one-permutation MinHash (one hash per
 * shingle, binned, with densification for empty bins): the same Jaccard estimator as k
 * independent hash functions at 1/k of the cost, which keeps 2,000 items of ~2 KB in a few
 * tens of milliseconds.
 */

/** An item to cluster, as the briefing builder has it. */
export interface StoryItem {
  id: number;
  outlet: string;
  title: string;
  text: string;
  /** Canonical actor names found in the item. */
  actors: string[];
  /** Normalised event keys, e.g. `talks|2025-03-23|Riyadh`; equal keys mean the same event. */
  eventKeys: string[];
  /**
   * What the item's lead reports, as event identities (`round:3`): items sharing one tell the
   * same story whatever their wording, so they are one cluster. Optional.
   */
  identity?: string[];
  /** ISO 8601 timestamp. */
  published: string;
}

/** One story and the items (from one or more outlets) that tell it. */
export interface StoryCluster {
  /** Item ids, earliest published first (ties by id). */
  items: number[];
  /** Distinct outlets in order of first report. */
  outlets: string[];
  /** Id of the most detailed item (longest text; ties: earliest, then lowest id). */
  representative: number;
}

/** Tuning knobs; the defaults are what the briefing uses. */
export interface ClusterOptions {
  /** Words per shingle (3..5). Default 4. */
  shingleSize?: number;
  /** Estimated Jaccard at or above which two items are the same story. Default 0.5. */
  threshold?: number;
  /** Lower Jaccard bar for items that also share an event key or actors. Default 0.2. */
  relatedThreshold?: number;
  /** LSH bands; the signature has `bands * rows` slots. Default 64. */
  bands?: number;
  /** Rows per band. Default 2 (candidate threshold ≈ (1/64)^(1/2) ≈ 0.125, below relatedThreshold). */
  rows?: number;
  /** Buckets larger than this are boilerplate; their members are chained instead of paired. Default 64. */
  maxBucket?: number;
}

const DEFAULTS = { shingleSize: 4, threshold: 0.5, relatedThreshold: 0.2, bands: 64, rows: 2, maxBucket: 64 };

/** Fixed seed: the same input always gives the same clusters. */
const SEED = 0x5bd1e995;
const VALUE_BITS = 24;
const VALUE_MASK = (1 << VALUE_BITS) - 1;
const EMPTY = 0xffffffff;

/** murmur3's finaliser: a cheap, well-mixed 32-bit permutation. */
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Per UTF-16 code unit: 0 = not yet classified, 1 = separator, 2 = sentence break (. ! ? \n),
// otherwise the lower-cased code unit + 3. Filled lazily: a feed uses a few hundred characters.
const CHAR_CLASS = new Int32Array(0x10000);
const SEPARATOR = 1;
const BREAK = 2;

function classify(c: number): number {
  if (c === 46 || c === 33 || c === 63 || c === 10) return BREAK;
  // Astral characters (emoji, rare scripts): both halves count as word characters.
  if (c >= 0xd800 && c <= 0xdfff) return c + 3;
  const ch = String.fromCharCode(c);
  if (!/[\p{L}\p{N}\p{M}]/u.test(ch)) return SEPARATOR;
  const lower = ch.toLowerCase();
  return (lower.length === 1 ? lower.charCodeAt(0) : c) + 3;
}

/** Word hashes of the current sentence; grown on demand, reused across items. */
let sentence = new Uint32Array(256);

/** Feeds the k-word shingles of the buffered sentence (or the whole of a shorter one) into `sig`. */
function addShingles(sig: Uint32Array, len: number, k: number, binBits: number): void {
  const shift = 32 - binBits;
  const last = len < k ? 1 : len - k + 1;
  const width = Math.min(len, k);
  for (let i = 0; i < last; i++) {
    let h = SEED;
    for (let j = 0; j < width; j++) h = Math.imul(h ^ (sentence[i + j] as number), 0x01000193);
    const x = fmix32(h);
    const bin = binBits === 0 ? 0 : x >>> shift;
    if (bin >= sig.length) continue;
    const v = x & VALUE_MASK;
    if (v < (sig[bin] as number)) sig[bin] = v;
  }
}

/**
 * The item's signature, straight from its text: words are FNV-1a hashed as they are scanned
 * (no substrings, no match objects: this loop is most of the clustering time), shingles of k
 * words never cross a sentence break, and each shingle hash goes straight into its MinHash bin.
 *
 * One-permutation MinHash: a shingle's hash picks a bin (top bits) and competes for that bin's
 * minimum (low bits). Sentences shorter than k words are merged into the next one, so
 * abbreviations ("U.S.") don't scatter tiny shingles; a text shorter than k words still yields
 * one shingle. Empty bins borrow the next non-empty bin's value, salted by the distance, so two
 * items agree on a borrowed slot only when they would agree on the source slot.
 * Returns undefined for an item without words.
 */
function signature(text: string, k: number, slots: number, binBits: number): Uint32Array | undefined {
  const sig = new Uint32Array(slots).fill(EMPTY);
  let len = 0;
  let word = 0x811c9dc5;
  let inWord = false;
  let any = false;
  for (let i = 0; i <= text.length; i++) {
    let cls = i < text.length ? (CHAR_CLASS[text.charCodeAt(i)] as number) : SEPARATOR;
    if (cls === 0) {
      const c = text.charCodeAt(i);
      cls = classify(c);
      CHAR_CLASS[c] = cls;
    }
    if (cls > BREAK) {
      word = Math.imul(word ^ (cls - 3), 0x01000193);
      inWord = true;
      continue;
    }
    if (inWord) {
      if (len === sentence.length) {
        const bigger = new Uint32Array(len * 2);
        bigger.set(sentence);
        sentence = bigger;
      }
      sentence[len++] = word >>> 0;
      word = 0x811c9dc5;
      inWord = false;
    }
    if (cls === BREAK && len >= k) {
      addShingles(sig, len, k, binBits);
      any = true;
      len = 0;
    }
  }
  if (len > 0) {
    addShingles(sig, len, k, binBits);
    any = true;
  }
  if (!any) return undefined;

  const filled = sig.slice();
  for (let i = 0; i < slots; i++) {
    if (filled[i] !== EMPTY) continue;
    for (let t = 1; t < slots; t++) {
      const src = filled[(i + t) % slots] as number;
      if (src === EMPTY) continue;
      // Above VALUE_MASK, so a borrowed value never equals a genuine one.
      sig[i] = ((fmix32(src ^ Math.imul(t, 0x9e3779b1)) & VALUE_MASK) | (1 << VALUE_BITS)) >>> 0;
      break;
    }
  }
  return sig;
}

/** Per-band salts, so equal row values in different bands don't share a bucket. */
const BAND_SALT = Uint32Array.from({ length: 256 }, (_, b) => fmix32(SEED ^ Math.imul(b + 1, 0x9e3779b1)));

/** Stable LSD radix sort of `keys` (two 16-bit passes), carrying `owners` along. */
function radixSort(keys: Uint32Array, owners: Int32Array): [Uint32Array, Int32Array] {
  let k: Uint32Array = keys;
  let o: Int32Array = owners;
  let k2: Uint32Array = new Uint32Array(k.length);
  let o2: Int32Array = new Int32Array(o.length);
  for (const shift of [0, 16]) {
    const counts = new Uint32Array(0x10001);
    for (let i = 0; i < k.length; i++) {
      const d = (((k[i] as number) >>> shift) & 0xffff) + 1;
      counts[d] = (counts[d] as number) + 1;
    }
    for (let d = 1; d <= 0x10000; d++) counts[d] = (counts[d] as number) + (counts[d - 1] as number);
    for (let i = 0; i < k.length; i++) {
      const d = ((k[i] as number) >>> shift) & 0xffff;
      const pos = counts[d] as number;
      counts[d] = pos + 1;
      k2[pos] = k[i] as number;
      o2[pos] = o[i] as number;
    }
    [k, k2] = [k2, k];
    [o, o2] = [o2, o];
  }
  return [k, o];
}

function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

function lowerSet(values: readonly string[]): Set<string> {
  return new Set(values.map((v) => v.trim().toLowerCase()).filter((v) => v !== ''));
}

function sharesContext(a: Prepared, b: Prepared): boolean {
  for (const k of a.eventKeys) if (b.eventKeys.has(k)) return true;
  // One shared actor is too weak (every item about the talks names the envoys); two is a signal,
  // unless an item only names one actor at all.
  const need = Math.min(2, a.actors.size, b.actors.size);
  if (need === 0) return false;
  let shared = 0;
  for (const x of a.actors) if (b.actors.has(x) && ++shared >= need) return true;
  return false;
}

interface Prepared {
  item: StoryItem;
  sig: Uint32Array | undefined;
  actors: Set<string>;
  eventKeys: Set<string>;
  time: number;
}

function publishedTime(published: string): number {
  const t = Date.parse(published);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

function find(parent: Int32Array, x: number): number {
  let root = x;
  while (parent[root] !== root) root = parent[root] as number;
  let cur = x;
  while (parent[cur] !== root) {
    const next = parent[cur] as number;
    parent[cur] = root;
    cur = next;
  }
  return root;
}

/**
 * Groups items that tell the same story: near-duplicate text (with a lower bar for shared
 * actors or events), or a shared lead identity. Every item lands in exactly one cluster (singletons
 * included). Deterministic: the result depends only on the set of items, not their order.
 * Clusters come most-outlets first, then most items, then earliest first report.
 */
export function clusterStories(items: readonly StoryItem[], opts: ClusterOptions = {}): StoryCluster[] {
  const o = { ...DEFAULTS, ...opts };
  const k = Math.max(1, Math.floor(o.shingleSize));
  const slots = o.bands * o.rows;
  const binBits = Math.ceil(Math.log2(slots));
  if (binBits > 32 - VALUE_BITS) throw new RangeError(`bands * rows must be ≤ ${2 ** (32 - VALUE_BITS)}`);

  // Sorting by id first makes the result independent of input order.
  const sorted = [...items].sort((a, b) => a.id - b.id);
  const n = sorted.length;
  const prepared: Prepared[] = sorted.map((item) => ({
    item,
    sig: signature(`${item.title}.\n${item.text}`, k, slots, binBits),
    actors: lowerSet(item.actors),
    eventKeys: lowerSet(item.eventKeys),
    time: publishedTime(item.published),
  }));

  // LSH: one 32-bit key per (band, values of its rows). Items sharing a key in any band are
  // candidates. Keys are grouped with a radix sort: linear, and no per-bucket allocation.
  const { bands, rows } = o;
  const total = n * bands;
  const rawKeys = new Uint32Array(total);
  const rawOwners = new Int32Array(total);
  let used = 0;
  for (let i = 0; i < n; i++) {
    const sig = (prepared[i] as Prepared).sig;
    if (sig === undefined) continue;
    for (let b = 0; b < bands; b++) {
      let h = BAND_SALT[b % BAND_SALT.length] as number;
      for (let r = 0; r < rows; r++) h = fmix32(h ^ (sig[b * rows + r] as number) ^ b);
      rawKeys[used] = h;
      rawOwners[used++] = i;
    }
  }
  const [keys, owners] = radixSort(rawKeys.subarray(0, used), rawOwners.subarray(0, used));

  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const tried = new Set<number>();
  const consider = (x: number, y: number): void => {
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    const ra = find(parent, a);
    const rb = find(parent, b);
    if (ra === rb) return;
    const pairKey = a * n + b;
    if (tried.has(pairKey)) return;
    tried.add(pairKey);
    const pa = prepared[a] as Prepared;
    const pb = prepared[b] as Prepared;
    const j = estimateJaccard(pa.sig as Uint32Array, pb.sig as Uint32Array);
    if (j >= o.threshold || (j >= o.relatedThreshold && sharesContext(pa, pb))) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  };

  let start = 0;
  while (start < used) {
    const key = keys[start] as number;
    let end = start + 1;
    while (end < used && keys[end] === key) end++;
    const size = end - start;
    if (size > 1) {
      if (size <= o.maxBucket) {
        for (let x = start; x < end; x++) for (let y = x + 1; y < end; y++) consider(owners[x] as number, owners[y] as number);
      } else {
        // Boilerplate bucket (a shared footer or disclaimer): chaining keeps true duplicates
        // reachable through union-find without a quadratic number of comparisons.
        for (let x = start + 1; x < end; x++) {
          consider(owners[start] as number, owners[x] as number);
          consider(owners[x - 1] as number, owners[x] as number);
        }
      }
    }
    start = end;
  }

  // Same event, same story: outlets word one round so differently that text alone misses it.
  const firstWith = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    for (const key of (prepared[i] as Prepared).item.identity ?? []) {
      const j = firstWith.get(key);
      if (j === undefined) {
        firstWith.set(key, i);
        continue;
      }
      const ra = find(parent, i);
      const rb = find(parent, j);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  const groups = new Map<number, Prepared[]>();
  for (let i = 0; i < n; i++) {
    const root = find(parent, i);
    const list = groups.get(root) ?? [];
    list.push(prepared[i] as Prepared);
    groups.set(root, list);
  }

  const clusters: (StoryCluster & { first: number })[] = [];
  for (const members of groups.values()) {
    members.sort((a, b) => a.time - b.time || a.item.id - b.item.id);
    let best = members[0] as Prepared;
    for (const m of members) {
      if (m.item.text.trim().length > best.item.text.trim().length) best = m;
    }
    clusters.push({
      items: members.map((m) => m.item.id),
      outlets: [...new Set(members.map((m) => m.item.outlet))],
      representative: best.item.id,
      first: (members[0] as Prepared).time,
    });
  }
  clusters.sort(
    (a, b) =>
      b.outlets.length - a.outlets.length ||
      b.items.length - a.items.length ||
      a.first - b.first ||
      (a.items[0] as number) - (b.items[0] as number),
  );
  return clusters.map(({ items: ids, outlets, representative }) => ({ items: ids, outlets, representative }));
}
