import { type LookupAddress, lookup as dnsLookup } from 'node:dns';


/**
 * The four bytes of an IPv4 address in any spelling `inet_aton` (and so a URL or a resolver)
 * accepts: dotted decimal, hexadecimal (`0x7f.1`), octal (`0177.0.0.1`), one number
 * (`2130706433`) or a short form (`127.1`, where the last part fills the remaining bytes).
 * Null for anything else.
 */
export function parseIPv4(s: string): number[] | null {
  if (!/^[0-9a-fA-FxX.]{1,64}$/.test(s)) return null;
  const parts = s.split('.');
  if (parts.length > 4 || parts.some((p) => p === '')) return null;
  const values: number[] = [];
  for (const p of parts) {
    let v: number;
    if (/^0[xX][0-9a-fA-F]*$/.test(p)) v = p.length === 2 ? 0 : Number.parseInt(p.slice(2), 16);
    else if (/^0[0-7]+$/.test(p)) v = Number.parseInt(p.slice(1), 8);
    else if (/^(0|[1-9][0-9]*)$/.test(p)) v = Number(p);
    else return null;
    values.push(v);
  }
  const last = values.pop() as number;
  if (values.some((v) => v > 255)) return null;
  const lastBytes = 4 - values.length;
  if (last >= 2 ** (8 * lastBytes)) return null;
  const bytes = [...values];
  for (let i = lastBytes - 1; i >= 0; i--) bytes.push(Math.floor(last / 2 ** (8 * i)) % 256);
  return bytes;
}

/** The sixteen bytes of an IPv6 address (brackets, a zone id and a dotted IPv4 tail allowed), or null. */
export function parseIPv6(s: string): number[] | null {
  let text = s.startsWith('[') && s.endsWith(']') ? s.slice(1, -1) : s;
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);
  if (!text.includes(':') || text.length > 64) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (half: string): number[] | null => {
    if (half === '') return [];
    const out: number[] = [];
    const pieces = half.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i] as string;
      if (i === pieces.length - 1 && p.includes('.')) {
        const v4 = /^\d{1,3}(\.\d{1,3}){3}$/.test(p) ? parseIPv4(p) : null;
        if (v4 === null) return null;
        out.push(v4[0]! * 256 + v4[1]!, v4[2]! * 256 + v4[3]!);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) {
        out.push(Number.parseInt(p, 16));
      } else {
        return null;
      }
    }
    return out;
  };
  const head = groups(halves[0] as string);
  const tail = halves.length === 2 ? groups(halves[1] as string) : [];
  if (head === null || tail === null) return null;
  let words: number[];
  if (halves.length === 2) {
    const missing = 8 - head.length - tail.length;
    if (missing < 1) return null;
    words = [...head, ...new Array<number>(missing).fill(0), ...tail];
  } else {
    if (head.length !== 8) return null;
    words = head;
  }
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

/**
 * IPv4 ranges a feed fetch must not reach: "this network", RFC 1918, carrier-grade NAT,
 * loopback, link-local (cloud metadata at 169.254.169.254), IETF protocol assignments and the
 * documentation nets, benchmarking, 6to4 relays, multicast, reserved and broadcast.
 */
function privateV4([a = 0, b = 0, c = 0]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) ||
    (a === 192 && b === 88 && c === 99) ||
    (a === 198 && (b === 18 || b === 19)) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113) ||
    a >= 224
  );
}

const zeros = (bytes: number[], from: number, to: number) => bytes.slice(from, to).every((x) => x === 0);

/**
 * IPv6 addresses that reach, or embed, a private host: unspecified and loopback, every form
 * that carries an IPv4 address (mapped `::ffff:a.b.c.d`, translated `::ffff:0:a.b.c.d`,
 * compatible `::a.b.c.d`, NAT64 `64:ff9b::a.b.c.d`, 6to4 `2002:AABB:CCDD::`, Teredo's client),
 * judged by that address; local-use NAT64, discard-only, documentation, unique-local,
 * link-local, site-local and multicast.
 */
function privateV6(b: number[]): boolean {
  const word = (i: number) => (b[2 * i]! << 8) | b[2 * i + 1]!;
  const tailV4 = b.slice(12, 16);
  if (zeros(b, 0, 10) && word(5) === 0xffff) return privateV4(tailV4); // ::ffff:0:0/96 mapped
  if (zeros(b, 0, 8) && word(4) === 0xffff && word(5) === 0) return privateV4(tailV4); // ::ffff:0:0:0/96 translated
  if (zeros(b, 0, 12)) return privateV4(tailV4); // ::/96 compatible, with :: and ::1
  if (word(0) === 0x64 && word(1) === 0xff9b) return word(2) === 1 || privateV4(tailV4); // NAT64, well-known and local-use
  if (word(0) === 0x2002) return privateV4(b.slice(2, 6)); // 6to4
  if (word(0) === 0x2001 && word(1) === 0) return privateV4(tailV4.map((x) => x ^ 0xff)); // Teredo client, obfuscated
  if (word(0) === 0x2001 && word(1) === 0xdb8) return true; // documentation
  if (word(0) === 0x100 && zeros(b, 2, 8)) return true; // 100::/64 discard-only
  const first = word(0);
  return (
    (first & 0xfe00) === 0xfc00 || // fc00::/7 unique local
    (first & 0xffc0) === 0xfe80 || // fe80::/10 link-local
    (first & 0xffc0) === 0xfec0 || // fec0::/10 site-local (deprecated, still routed on some LANs)
    (first & 0xff00) === 0xff00 // ff00::/8 multicast
  );
}

/**
 * True for addresses a feed fetch must not reach unless the operator allows it: loopback,
 * private (RFC 1918, unique-local), link-local, carrier-grade NAT, unspecified, multicast and
 * reserved ranges, in every spelling (IPv4 as one number, hex, octal or short; IPv6 with an
 * IPv4 address embedded in any standard way). A curated feed, or a redirect from one, could
 * otherwise make Parley probe the network it runs in (a cloud metadata endpoint, an admin page
 * on the LAN). False for anything that is not an address.
 */
export function isPrivateAddress(ip: string): boolean {
  const v6 = parseIPv6(ip);
  if (v6 !== null) return privateV6(v6);
  const v4 = parseIPv4(ip);
  return v4 !== null && privateV4(v4);
}

/** The literal address of a URL's host, or null for a name (WHATWG URLs already normalise IPv4 spellings). */
function literalHost(url: URL): string | null {
  const host = url.hostname;
  if (host.startsWith('[')) return host.slice(1, -1);
  return parseIPv4(host) !== null ? host : null;
}

/** A host that resolved to an address the fetch refuses; the message is fit for a feed's status line. */
export class PrivateAddressError extends Error {
  override readonly name = 'PrivateAddressError';
  readonly code = 'EPRIVATEADDRESS';

  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`refused: ${host} is a private address (${address}); set PARLEY_ALLOW_PRIVATE_FEEDS=true to allow`);
  }
}

/**
 * The private address a URL's literal host names, or null. Hosts given by name are checked at
 * connection time by `pinnedLookup` instead, on the very answer the socket then connects to.
 */
export function privateLiteralOf(url: URL): string | null {
  const literal = literalHost(url);
  return literal !== null && isPrivateAddress(literal) ? literal : null;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Name resolution: every address of a host (the system resolver by default; tests inject their own). */
export type Resolve = (hostname: string, family: 0 | 4 | 6) => Promise<LookupAddress[]>;

const systemResolve: Resolve = (hostname, family) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true, ...(family !== 0 ? { family } : {}) }, (err, addresses) =>
      err ? reject(err) : resolve(addresses),
    );
  });

/**
 * A `lookup` for `net.connect` (undici's `connect.lookup`): resolves the name once, refuses it
 * when `refusePrivate` and any answer is private, and hands the socket exactly the addresses it
 * checked. Checking and connecting on the same answer closes DNS rebinding: a name that answers
 * a public address to a check and 127.0.0.1 to the connection has no second answer to give.
 */
export function pinnedLookup(refusePrivate: boolean, resolve: Resolve = systemResolve) {
  return (hostname: string, options: { all?: boolean; family?: number | string } | number, callback: LookupCallback): void => {
    const opts = typeof options === 'number' ? { family: options } : options;
    const family = opts.family === 'IPv4' || opts.family === 4 ? 4 : opts.family === 'IPv6' || opts.family === 6 ? 6 : 0;
    resolve(hostname, family).then((addresses) => {
      const blocked = refusePrivate ? addresses.find((a) => isPrivateAddress(a.address)) : undefined;
      if (blocked) return callback(new PrivateAddressError(hostname, blocked.address), []);
      if (addresses.length === 0) {
        const none: NodeJS.ErrnoException = new Error(`no address for ${hostname}`);
        none.code = 'ENOTFOUND';
        return callback(none, []);
      }
      if (opts.all) return callback(null, addresses);
      const first = addresses[0] as LookupAddress;
      callback(null, first.address, first.family);
    }, (err: NodeJS.ErrnoException) => callback(err, []));
  };
}
