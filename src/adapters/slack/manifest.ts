import { fileURLToPath } from 'node:url';
import { type CommandDef, usageHint } from '../../../commands/define.js';
import { COMMANDS } from '../../../commands/index.js';
import { SLACK_EVENTS_PATH } from './slack-adapter.js';

/**
 * Scopes the adapter uses, and why: slash commands, posting answers and briefings, mentions, DMs,
 * and users:read for `users.info` (is the asker a workspace admin who may change subscriptions?).
 */
export const SLACK_BOT_SCOPES = ['commands', 'chat:write', 'app_mentions:read', 'im:history', 'users:read'] as const;
export const SLACK_BOT_EVENTS = ['app_mention', 'message.im'] as const;

/** slack-manifest.json at the repo root, committed, checked by a test. */
export const MANIFEST_PATH = fileURLToPath(new URL('../../../slack-manifest.json', import.meta.url));

/** Placeholder the operator replaces with the bot's public base URL (or ignores in Socket Mode). */
export const DEFAULT_BASE_URL = 'https://parley.example.com';

function hintFor(command: CommandDef): string {
  if (command.kind === 'leaf') return usageHint(command);
  return Object.keys(command.subcommands).join(' | ');
}

/** The Slack app manifest, generated from the same declarations Discord registration uses. */
export function buildSlackManifest(opts: { baseUrl?: string; socketMode?: boolean; commands?: readonly CommandDef[] } = {}) {
  const requestUrl = `${(opts.baseUrl ?? DEFAULT_BASE_URL).replace(/\/$/, '')}${SLACK_EVENTS_PATH}`;
  const socketMode = opts.socketMode ?? false;
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'Parley',
      description: 'A desk analyst in the channel: who leads, who said what, and when, in the negotiations.',
      background_color: '#1d2b3a',
    },
    features: {
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: 'Parley', always_online: true },
      slash_commands: (opts.commands ?? COMMANDS).map((c) => ({
        command: `/${c.name}`,
        description: c.description,
        usage_hint: hintFor(c),
        should_escape: false,
        ...(socketMode ? {} : { url: requestUrl }),
      })),
    },
    oauth_config: { scopes: { bot: [...SLACK_BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...(socketMode ? {} : { request_url: requestUrl }), bot_events: [...SLACK_BOT_EVENTS] },
      interactivity: { is_enabled: false },
      org_deploy_enabled: false,
      socket_mode_enabled: socketMode,
      token_rotation_enabled: false,
    },
  };
}

/** The manifest as written to slack-manifest.json: stable key order, trailing newline. */
export function manifestJson(): string {
  return `${JSON.stringify(buildSlackManifest(), null, 2)}\n`;
}
