import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadershipLine } from '../../src/core/queries/delegations.js';
import type { DelegationOut } from '../../src/core/schemas.js';
import { tempCore } from '../support/temp-core.js';

const delegation = (weights: { name: string; led: number; listed: number }[]): DelegationOut => {
  const leaders = weights.filter((w) => w.led > 0 && w.led >= w.listed).map((w) => w.name);
  return {
    party: 'United States',
    round: null,
    leaders,
    members: weights.map((w) => w.name).filter((n) => !leaders.includes(n)),
    weights,
    evidence: '',
    sources: [],
  };
};

describe('leaders by weight of sources', () => {
  it('says who led and on whose authority', () => {
    expect(leadershipLine(delegation([{ name: 'A', led: 3, listed: 1 }, { name: 'B', led: 3, listed: 1 }]))).toBe(
      'led by A and B (3 sources; listed as members by 1).',
    );
    expect(leadershipLine(delegation([{ name: 'A', led: 4, listed: 3 }, { name: 'B', led: 2, listed: 5 }]))).toBe(
      'led by A (4 sources; listed as a member by 3); B named co-leader by 2 sources and a member by 5.',
    );
  });

  it('says "no source names a leader" only when none does', () => {
    expect(leadershipLine(delegation([{ name: 'A', led: 0, listed: 3 }, { name: 'B', led: 0, listed: 3 }]))).toBe(
      'no source names a leader; members A and B (3 sources).',
    );
  });

  describe('on the demo snapshots', () => {
    const t = tempCore({ now: new Date('2025-03-26T12:00:00Z') });
    beforeAll(async () => {
      await t.core.ingest(undefined, { offline: true, dossier: 'russia-ukraine' });
    });
    afterAll(() => t.cleanup());

    it('weighs "led by" in three reports of the US side against "includes" in one', async () => {
      const riyadh23 = (await t.core.whoLeads('United States', { round: '2025-03-23' })).delegations[0]!;
      expect(riyadh23.leaders).toEqual(['Andrew Peek', 'Michael Anton']);
      expect(riyadh23.weights).toContainEqual({ name: 'Andrew Peek', led: 3, listed: 1 });
    });

    it('keeps Karasin as the Russian leader and Beseda as a member two reports call co-leader', async () => {
      const ru = (await t.core.whoLeads('Russia')).delegations[0]!;
      expect(ru.leaders).toEqual(['Grigory Karasin']);
      expect(ru.members).toEqual(['Sergei Beseda']);
      expect(leadershipLine(ru)).toMatch(/^led by Grigory Karasin \(\d sources.*Sergei Beseda named co-leader by \d/);
    });
  });
});
