import { describe, expect, it } from 'vitest';
import { clientBucket, discordGlobalShare, KeyedLimiter, RATE_LIMITS } from '../../src/adapters/rate-limits.js';

/** A clock that only moves when told to (or when a caller sleeps). */
function manualClock() {
  let t = 1_000_000;
  const slept: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
    },
    advance(ms: number) {
      t += ms;
    },
    slept,
  };
}

describe('KeyedLimiter (per-channel token buckets for Slack posts)', () => {
  it('lets a burst through at once, then spaces the rest at the bucket rate, in the order asked', () => {
    const clock = manualClock();
    const limiter = new KeyedLimiter({ perSecond: 1, burst: 3 }, clock);
    const waits = Array.from({ length: 6 }, () => limiter.reserve('C1'));
    expect(waits).toEqual([0, 0, 0, 1050, 2050, 3050]);
  });

  it('keeps channels apart: one busy channel does not slow another', () => {
    const clock = manualClock();
    const limiter = new KeyedLimiter({ perSecond: 1, burst: 1 }, clock);
    expect(limiter.reserve('C1')).toBe(0);
    expect(limiter.reserve('C1')).toBe(1050);
    expect(limiter.reserve('C2')).toBe(0);
  });

  it('refills with time, never above the burst', () => {
    const clock = manualClock();
    const limiter = new KeyedLimiter({ perSecond: 2, burst: 2 }, clock);
    expect([limiter.reserve('C'), limiter.reserve('C'), limiter.reserve('C')]).toEqual([0, 0, 550]);
    clock.advance(60_000);
    expect([limiter.reserve('C'), limiter.reserve('C'), limiter.reserve('C')]).toEqual([0, 0, 550]);
  });

  it('take() sleeps for its slot, and refuses (unbooked) a wait longer than allowed', async () => {
    const clock = manualClock();
    const limiter = new KeyedLimiter({ perSecond: 1, burst: 1 }, clock);
    expect(await limiter.take('C')).toEqual({ waitedMs: 0 });
    expect(await limiter.take('C', 5_000)).toEqual({ waitedMs: 1050 });
    expect(clock.slept).toEqual([1050]);
    limiter.reserve('C');
    limiter.reserve('C');
    // Two more booked ahead: the next slot is 3 s away, over the 2 s allowed.
    expect(await limiter.take('C', 2_000)).toEqual({ refusedMs: 3000 });
    // The refusal gave its slot back: the next caller waits 3 s, not 4.
    expect(limiter.reserve('C')).toBe(3000);
  });

  it("keeps one token of the platform's burst in hand", () => {
    expect(clientBucket({ perSecond: 1, burst: 3 })).toEqual({ perSecond: 1, burst: 2 });
    expect(clientBucket({ perSecond: 1, burst: 1 })).toEqual({ perSecond: 1, burst: 1 });
  });

  it("splits Discord's global budget between replicas sharing a token", () => {
    expect(discordGlobalShare(1)).toBe(RATE_LIMITS.discord.global.limit);
    expect(discordGlobalShare(2)).toBe(25);
    expect(discordGlobalShare(3)).toBe(16);
    expect(discordGlobalShare(500)).toBe(1);
    expect(discordGlobalShare(0)).toBe(50);
  });
});
