import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * True for addresses a feed fetch must not reach unless the operator allows it: loopback,
 * private (RFC 1918, unique-local), link-local, carrier-grade NAT, unspecified, multicast and
 * reserved ranges. A curated feed, or a redirect from one, could otherwise make Parley probe
 * the network it runs in (a cloud metadata endpoint, an admin page on the LAN).
 */
export function isPrivateAddress(ip: string): boolean {
  if (isIP(ip) === 4) return privateV4(ip);
  if (isIP(ip) !== 6) return false;
  const lower = ip.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return privateV4(mapped[1]!);
  if (lower === '::' || lower === '::1') return true;
  const first = Number.parseInt(lower.split(':')[0] || '0', 16);
  return (
    (first & 0xfe00) === 0xfc00 || // fc00::/7 unique local
    (first & 0xffc0) === 0xfe80 || // fe80::/10 link-local
    (first & 0xff00) === 0xff00 // ff00::/8 multicast
  );
}

function privateV4(ip: string): boolean {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

/**
 * Resolves a URL's host and returns the first private address it maps to, or null when every
 * address is public. (The fetch resolves again, so a host that changes its answer in between —
 * DNS rebinding — is not covered; the check stops the ordinary cases.)
 */
export async function privateAddressOf(url: URL): Promise<string | null> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return isPrivateAddress(host) ? host : null;
  const addresses = await lookup(host, { all: true, verbatim: true });
  return addresses.find((a) => isPrivateAddress(a.address))?.address ?? null;
}
