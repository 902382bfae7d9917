import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedFetchError, fetchFeed, isPrivateAddress } from '../../src/core/feeds/index.js';
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

  it('is on by default in the core, and reported as a failed source', async () => {
    const t = tempCore({ allowPrivateFeeds: false });
    try {
      const report = await t.core.ingest([server.url('/ok')]);
      expect(report.sources[0]).toMatchObject({ status: 'failed' });
      expect(report.sources[0]!.reason).toMatch(/private address/);
      expect(server.hits('/ok')).toBe(0);
    } finally {
      t.cleanup();
    }
  });

  it('lets an operator who allows private feeds fetch from the LAN', async () => {
    const t = tempCore({ allowPrivateFeeds: true });
    try {
      const report = await t.core.ingest([server.url('/ok')]);
      expect(report.sources[0]!.status).not.toBe('failed');
    } finally {
      t.cleanup();
    }
  });
});
