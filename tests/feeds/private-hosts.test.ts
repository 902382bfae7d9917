import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LookupAddress } from 'node:dns';
import { FeedFetchError, fetchFeed, isPrivateAddress, parseIPv4, parseIPv6 } from '../../src/core/feeds/index.js';
import { type FeedServer, startFeedServer } from '../support/feed-server.js';
import { tempCore } from '../support/temp-core.js';

describe('private addresses', () => {
  it('classifies loopback, private, link-local, CGNAT and multicast as private; public as public', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1', 'ff02::1']) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    for (const ip of ['8.8.8.8', '172.32.0.1', '100.128.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8', 'not-an-ip']) {
      expect(isPrivateAddress(ip), ip).toBe(false);
    }
  });

  it('sees the private address in every spelling: IPv4 as one number, hex, octal or short; IPv6 embedding IPv4', () => {
    const privateSpellings = [
      // IPv4 the way inet_aton and URL parsers read it
      '2130706433', '0x7f000001', '0x7f.1', '0177.0.0.1', '127.1', '10.1', '0xa9.0xfe.0xa9fe', '3232235777',
      // IPv4-mapped, in dotted and hex form, compressed and not
      '::ffff:127.0.0.1', '::ffff:7f00:1', '0:0:0:0:0:ffff:7f00:1', '0000:0000:0000:0000:0000:FFFF:7F00:0001', '[::ffff:7f00:1]',
      '::ffff:a9fe:a9fe', '::ffff:169.254.169.254', '::ffff:10.0.0.1',
      // IPv4-translated (SIIT), IPv4-compatible, NAT64 (well-known and local-use), 6to4, Teredo
      '::ffff:0:7f00:1', '::ffff:0:127.0.0.1', '::7f00:1', '::127.0.0.1', '::a9fe:a9fe', '64:ff9b::7f00:1', '64:ff9b::169.254.169.254',
      '64:ff9b:1::8.8.8.8', '2002:7f00:1::', '2002:a9fe:a9fe::1', '2001:0:4136:e378:8000:63bf:80ff:fffe',
      // other IPv6 ranges, zone ids
      'fe80::1%eth0', 'fec0::1', '100::1', '2001:db8::1',
    ];
    for (const ip of privateSpellings) expect(isPrivateAddress(ip), ip).toBe(true);
    const publicSpellings = ['134744072', '0x8.8.8.8', '::ffff:808:808', '64:ff9b::8.8.8.8', '2002:808:808::', '2001:0:4136:e378:8000:63bf:f7f7:f7f7', '2606:4700::1111'];
    for (const ip of publicSpellings) expect(isPrivateAddress(ip), ip).toBe(false);
  });

  it('parses addresses exactly and rejects what is not one', () => {
    expect(parseIPv4('0x7f.1')).toEqual([127, 0, 0, 1]);
    expect(parseIPv4('1.2.3')).toEqual([1, 2, 0, 3]);
    expect(parseIPv4('4294967295')).toEqual([255, 255, 255, 255]);
    for (const bad of ['4294967296', '256.1.1.1', '1.2.3.4.5', '08.1.1.1', '1..2', 'example.com', 'cafe', '']) expect(parseIPv4(bad), bad).toBeNull();
    expect(parseIPv6('::ffff:7f00:1')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0x7f, 0, 0, 1]);
    for (const bad of ['1:2:3:4:5:6:7:8:9', '::1::', 'g::1', '12345::', '1:2:3:4:5:6:7', '::1.2.3', 'localhost']) expect(parseIPv6(bad), bad).toBeNull();
  });
});

describe('feed fetches refuse private hosts unless the operator allows them', () => {
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(() => server.close());

  it('refuses 127.0.0.1 and localhost before connecting', async () => {
    for (const url of [server.url('/ok'), server.url('/ok').replace('127.0.0.1', 'localhost')]) {
      const err = await fetchFeed(url, { blockPrivateHosts: true, minHostIntervalMs: 0 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FeedFetchError);
      expect((err as FeedFetchError).message).toMatch(/refused: .* is a private address .*PARLEY_ALLOW_PRIVATE_FEEDS/);
    }
    expect(server.hits('/ok')).toBe(0);
  });

  it('refuses the loopback server however its address is spelled in the URL, without a single request reaching it', async () => {
    const port = new URL(server.url('/ok')).port;
    const hosts = ['[::ffff:127.0.0.1]', '[0:0:0:0:0:ffff:7f00:1]', '[::ffff:7f00:1]', '2130706433', '0x7f.1', '0177.0.0.1', '127.1', '[::1]'];
    for (const host of hosts) {
      const err = await fetchFeed(`http://${host}:${port}/ok`, { blockPrivateHosts: true, minHostIntervalMs: 0 }).catch((e: unknown) => e);
      expect(err, host).toBeInstanceOf(FeedFetchError);
      expect((err as FeedFetchError).message, host).toMatch(/refused: .* is a private address/);
    }
    expect(server.hits('/ok')).toBe(0);
  });

  it('connects to the very address it checked: a name is resolved once, by the check (no second answer to rebind)', async () => {
    const calls: string[] = [];
    // A rebinding name: the first answer is private, any later one would be too; the test shows
    // the socket uses this lookup's answer (the name exists nowhere else), so what was checked is what is reached.
    const resolve = async (host: string): Promise<LookupAddress[]> => {
      calls.push(host);
      return [{ address: '127.0.0.1', family: 4 }];
    };
    server.route('/rebind', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<rss version="2.0"><channel><title>t</title></channel></rss>');
    });
    const url = server.url('/rebind').replace('127.0.0.1', 'rebind.parley.test');
    const refused = await fetchFeed(url, { blockPrivateHosts: true, minHostIntervalMs: 0, resolve }).catch((e: unknown) => e);
    expect((refused as FeedFetchError).message).toMatch(/refused: rebind\.parley\.test is a private address \(127\.0\.0\.1\)/);
    expect(server.hits('/rebind')).toBe(0);
    // Allowed, the same lookup's answer is the one the socket connects to.
    const allowed = await fetchFeed(url, { minHostIntervalMs: 0, resolve });
    expect(allowed.status).toBe('ok');
    expect(server.hits('/rebind')).toBe(1);
    expect(calls).toEqual(['rebind.parley.test', 'rebind.parley.test']);
  });

  it('refuses a name when any of its answers is private', async () => {
    const resolve = async (): Promise<LookupAddress[]> => [
      { address: '93.184.215.14', family: 4 },
      { address: '::ffff:169.254.169.254', family: 6 },
    ];
    const err = await fetchFeed('http://mixed.parley.test/feed', { blockPrivateHosts: true, minHostIntervalMs: 0, resolve }).catch((e: unknown) => e);
    expect((err as FeedFetchError).message).toMatch(/mixed\.parley\.test is a private address \(::ffff:169\.254\.169\.254\)/);
  });

  it('is on by default in the core, and reported as a failed source', async () => {
    const t = tempCore({ allowPrivateFeeds: false });
    try {
      const report = await t.core.ingest([server.url('/ok')]);
      expect(report.sources[0]).toMatchObject({ status: 'failed' });
      expect(report.sources[0]!.reason).toMatch(/private address/);
      expect(server.hits('/ok')).toBe(0);
    } finally {
      await t.cleanup();
    }
  });

  it('lets an operator who allows private feeds fetch from the LAN', async () => {
    const t = tempCore({ allowPrivateFeeds: true });
    try {
      const report = await t.core.ingest([server.url('/ok')]);
      expect(report.sources[0]!.status).not.toBe('failed');
    } finally {
      await t.cleanup();
    }
  });
});
