import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadPosterConfig } from '../../src/config.js';

const DISCORD = { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456' };

describe('config for a fleet: Discord shards and replicas', () => {
  it('reads DISCORD_SHARD_IDS (ids and ranges) of DISCORD_SHARD_COUNT, sorted and unique', () => {
    expect(loadConfig({ ...DISCORD, DISCORD_SHARD_IDS: '3, 1', DISCORD_SHARD_COUNT: '4' }).discord?.shards).toEqual({ ids: [1, 3], count: 4 });
    expect(loadConfig({ ...DISCORD, DISCORD_SHARD_IDS: '4-6,0,5', DISCORD_SHARD_COUNT: '8' }).discord?.shards).toEqual({ ids: [0, 4, 5, 6], count: 8 });
  });

  it('runs every shard when only the count is set, and none of this when neither is', () => {
    expect(loadConfig({ ...DISCORD, DISCORD_SHARD_COUNT: '3' }).discord?.shards).toEqual({ ids: [0, 1, 2], count: 3 });
    expect(loadConfig(DISCORD).discord?.shards).toBeUndefined();
  });

  it('refuses shard settings that cannot work, saying what to write', () => {
    const bad = (env: Record<string, string>) => () => loadConfig({ ...DISCORD, ...env });
    expect(bad({ DISCORD_SHARD_IDS: '0,1' })).toThrow(ConfigError);
    expect(bad({ DISCORD_SHARD_IDS: '0,1' })).toThrow(/DISCORD_SHARD_COUNT: DISCORD_SHARD_IDS=0,1 needs it: the fleet's total number of shards/);
    expect(bad({ DISCORD_SHARD_IDS: '4', DISCORD_SHARD_COUNT: '4' })).toThrow(/DISCORD_SHARD_IDS: shard 4 is out of range for DISCORD_SHARD_COUNT=4 \(ids are 0–3\)/);
    expect(bad({ DISCORD_SHARD_IDS: 'one', DISCORD_SHARD_COUNT: '4' })).toThrow(/"one" is not a shard id or range; expected e\.g\. 0,2 or 0-3/);
    expect(bad({ DISCORD_SHARD_IDS: '3-1', DISCORD_SHARD_COUNT: '4' })).toThrow(/runs backwards; write 1-3/);
    expect(bad({ DISCORD_SHARD_COUNT: '0' })).toThrow(/DISCORD_SHARD_COUNT: expected at least 1 shard/);
    expect(bad({ DISCORD_SHARD_COUNT: 'four' })).toThrow(/DISCORD_SHARD_COUNT: expected a whole number of shards/);
    expect(() => loadConfig({ DISCORD_SHARD_COUNT: '2' })).toThrow(/DISCORD_SHARD_COUNT set, but Discord is not configured/);
  });

  it('reads PARLEY_REPLICAS (default 1) for the start and for post-due; post-due names a bad one and carries on', () => {
    expect(loadConfig({}).replicas).toBe(1);
    expect(loadConfig({ PARLEY_REPLICAS: '3' }).replicas).toBe(3);
    expect(() => loadConfig({ PARLEY_REPLICAS: 'two' })).toThrow(/PARLEY_REPLICAS: expected the number of Parley processes/);
    expect(loadPosterConfig({ DISCORD_TOKEN: 't', PARLEY_REPLICAS: '2' }).discord).toMatchObject({ replicas: 2 });
    const bad = loadPosterConfig({ DISCORD_TOKEN: 't', PARLEY_REPLICAS: '0' });
    expect(bad.discord).toMatchObject({ replicas: 1 });
    expect(bad.problems.join('\n')).toMatch(/PARLEY_REPLICAS ignored \(1 assumed\)/);
  });
});
