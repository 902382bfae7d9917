import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/core/feeds/index.js';

describe('canonicalUrl', () => {
  it('lower-cases the host, keeps the path case and drops the fragment', () => {
    expect(canonicalUrl('HTTPS://News.Example.COM/World/Talks-Resume#comments')).toBe('https://news.example.com/World/Talks-Resume');
  });

  it('drops tracking parameters and sorts the rest', () => {
    const url =
      'https://example.com/a?z=1&utm_source=rss&utm_Medium=feed&fbclid=x&gclid=y&mc_cid=1&mc_eid=2&ocid=rss&cmpid=c&CMP=twt&ref=rss&rss=1&at_medium=RSS&at_campaign=KARANGA&b=2&a=3';
    expect(canonicalUrl(url)).toBe('https://example.com/a?a=3&b=2&z=1');
  });

  it('keeps parameter encoding as written and drops an emptied query', () => {
    expect(canonicalUrl('http://example.com/s?q=peace%20talks&utm_campaign=x')).toBe('http://example.com/s?q=peace%20talks');
    expect(canonicalUrl('http://example.com/s?utm_campaign=x')).toBe('http://example.com/s');
  });

  it('drops default ports, credentials and a trailing index.html', () => {
    expect(canonicalUrl('http://user:pw@example.com:80/news/index.html')).toBe('http://example.com/news/');
    expect(canonicalUrl('https://example.com:443/')).toBe('https://example.com/');
    expect(canonicalUrl('https://example.com:8443/x')).toBe('https://example.com:8443/x');
  });

  it('gives the same canonical form for the same article linked differently', () => {
    const a = canonicalUrl('https://Example.com/2025/talks/index.html?utm_source=a#top');
    const b = canonicalUrl('https://example.com/2025/talks/?ref=rss');
    expect(a).toBe(b);
  });

  it('returns null for non-http(s) or invalid URLs', () => {
    for (const bad of ['ftp://example.com/x', 'javascript:alert(1)', 'mailto:a@b.c', 'data:text/html,x', 'not a url', '', '/relative']) {
      expect(canonicalUrl(bad)).toBeNull();
    }
  });
});
