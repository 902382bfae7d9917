import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/core/feeds/index.js';

describe('contentHash', () => {
  it('is a sha256 hex digest', () => {
    expect(contentHash('Title', 'Text')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores case, whitespace, punctuation and re-encoded quotes', () => {
    const a = contentHash('Talks “resume” in Geneva', 'The envoys met.\n\nNo deal yet.');
    const b = contentHash('talks "resume" in  geneva', 'The envoys met. No deal yet!');
    expect(a).toBe(b);
  });

  it('treats compatibility forms (non-breaking space, full-width digits) alike', () => {
    expect(contentHash('Round\u00a0２', 'x')).toBe(contentHash('Round 2', 'x'));
  });

  it('changes when the words change', () => {
    expect(contentHash('Talks resume', 'Deal signed')).not.toBe(contentHash('Talks resume', 'No deal'));
  });

  it('keeps title and text apart', () => {
    expect(contentHash('Talks', 'resume today')).not.toBe(contentHash('Talks resume', 'today'));
  });
});
