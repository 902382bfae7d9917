import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, redact } from '../../src/config.js';

describe('config', () => {
  it('runs the shell with defaults when no platform is configured', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ dbPath: './data/parley.db', dossier: 'russia-ukraine', port: 3000 });
    expect(c.slack).toBeUndefined();
    expect(c.discord).toBeUndefined();
  });

  it('turns Slack on in HTTP mode with a bot token and a signing secret, Socket Mode with an app token', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack?.mode).toBe('http');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.mode).toBe('socket');
  });

  it('stops at start on a half-filled group, naming what is missing', () => {
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(ConfigError);
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(/missing SLACK_BOT_TOKEN/);
    expect(() => loadConfig({ DISCORD_TOKEN: 't' })).toThrow(/Discord is half-configured \(DISCORD_TOKEN set\): missing DISCORD_APPLICATION_ID/);
  });

  it('checks values: port, log level, token shape, flags', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxp-user', SLACK_SIGNING_SECRET: 's' })).toThrow(/xoxb-/);
    expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456', DISCORD_MESSAGE_CONTENT: 'true' }).discord?.messageContent).toBe(true);
  });

  it('redacts secrets by key and token-shaped strings anywhere', () => {
    const out = redact({ token: 'abc', nested: { signingSecret: 'x', note: 'used xoxb-123-456 here' }, err: new Error('bad xapp-1-A') });
    expect(JSON.stringify(out)).not.toMatch(/abc|xoxb-123|xapp-1-A|"x"/);
    expect(out.nested.note).toBe('used [redacted] here');
  });
});
