import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText, tokenize, validateArgs } from '../../commands/args.js';
import { COMMANDS, findCommand } from '../../commands/index.js';
import { buildDiscordCommands } from '../../src/adapters/discord/registration.js';
import { buildSlackManifest, MANIFEST_PATH, manifestJson } from '../../src/adapters/slack/manifest.js';
import { UserError } from '../../src/core/errors.js';

const cmd = (name: string) => {
  const c = findCommand(name);
  if (!c) throw new Error(`no command ${name}`);
  return c;
};
const parse = (name: string, text: string) => validateArgs(cmd(name), parseText(cmd(name), text)).args;
const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as Error).message;
  }
  throw new Error('expected a UserError');
};

describe('the Slack/shell text parser', () => {
  it('fills the required option from words and reads key:value options', () => {
    expect(parse('who-leads', 'Ukraine round:Riyadh')).toEqual({ party: 'Ukraine', round: 'Riyadh' });
  });

  it('keeps a multi-word party together', () => {
    expect(parse('who-leads', 'United States')).toEqual({ party: 'United States' });
  });

  it('reads quoted values, including curly quotes from phones', () => {
    expect(parse('actor', 'name:"Keir Starmer"')).toEqual({ name: 'Keir Starmer' });
    expect(parse('actor', 'name:“Keir Starmer”')).toEqual({ name: 'Keir Starmer' });
    expect(tokenize('"a b" c').map((t) => t.text)).toEqual(['a b', 'c']);
  });

  it('accepts --option value, --option=value and --flag', () => {
    expect(parse('who-leads', 'Ukraine --round Riyadh --public')).toEqual({ party: 'Ukraine', round: 'Riyadh', public: true });
    expect(parse('who-leads', 'Ukraine --round=Jeddah')).toEqual({ party: 'Ukraine', round: 'Jeddah' });
  });

  it('sends free words of /timeline to the text search and keeps the named filters', () => {
    expect(parse('timeline', 'topic:maritime from:2025-03-01 grain deal')).toEqual({ topic: 'maritime', from: '2025-03-01', text: 'grain deal' });
  });

  it('keeps colons inside a question', () => {
    expect(parse('ask', 'what happened at 10:00 in Riyadh? note:urgent')).toEqual({ question: 'what happened at 10:00 in Riyadh? note:urgent' });
  });

  it('reads the subcommand of a group and defaults to help', () => {
    expect(parseText(cmd('parley'), 'help')).toEqual({ subcommand: 'help', args: {} });
    expect(validateArgs(cmd('parley'), parseText(cmd('parley'), '')).subcommand).toBe('help');
  });
});

describe('validateArgs', () => {
  it('names an unknown option, suggests the close one and shows what to type', () => {
    expect(errorOf(() => parse('who-leads', 'Ukraine rond:Riyadh'))).toBe(
      'Unknown option `rond`. Did you mean `round`? Try: /who-leads Ukraine round:Riyadh',
    );
  });

  it('gives the same wording for Discord-style typed options as for Slack text', () => {
    const fromText = errorOf(() => parse('timeline', 'from:2025-13-45'));
    const fromRecord = errorOf(() => validateArgs(cmd('timeline'), { args: { from: '2025-13-45' } }));
    expect(fromText).toBe(fromRecord);
    expect(fromText).toBe('`from` must be a date as YYYY-MM-DD, got `2025-13-45`. Try: /timeline from:2025-03-01 to:2025-03-31');
  });

  it('says which required option is missing', () => {
    expect(errorOf(() => parse('who-leads', ''))).toBe('Missing `party` (Country or party, e.g. Ukraine). Try: /who-leads Ukraine');
  });

  it('refuses a question over 500 characters', () => {
    expect(errorOf(() => parse('ask', 'x'.repeat(501)))).toBe('`question` is too long: 501 characters, at most 500.');
  });

  it('refuses a bad boolean and an unknown subcommand', () => {
    expect(errorOf(() => parse('who-leads', 'Ukraine public:maybe'))).toMatch(/^`public` must be true or false, got `maybe`\./);
    expect(errorOf(() => parseText(cmd('parley'), 'subscibe'))).toBe(
      'Unknown subcommand `subscibe` of /parley. Did you mean `subscribe`? Try: /parley help, /parley subscribe, /parley unsubscribe, /parley subscriptions',
    );
  });

  it('gives a single-option command its value bare, and validates it', () => {
    expect(parse('brief', '2025-03-24')).toMatchObject({ date: '2025-03-24' });
    expect(errorOf(() => parse('brief', 'yesterday'))).toBe('`date` must be a date as YYYY-MM-DD, got `yesterday`. Try: /brief date:2025-03-23');
  });

  it('puts bare words with an option’s shape into that option', () => {
    expect(parseText(cmd('parley'), 'subscribe 07:30 Europe/Kyiv maritime,energy')).toEqual({
      subcommand: 'subscribe',
      args: { time: '07:30', tz: 'Europe/Kyiv', topics: 'maritime,energy' },
    });
  });

  it('says where stray words could go when nothing takes them', () => {
    expect(errorOf(() => parseText(cmd('parley'), 'help now'))).toBe("I don't know where `now` goes. Name the option, e.g. /parley help");
  });
});

describe('generated platform declarations', () => {
  it('registers every command on Discord with autocomplete flags and max lengths', () => {
    const body = buildDiscordCommands();
    expect(body.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
    const whoLeads = body.find((c) => c.name === 'who-leads');
    expect(whoLeads?.options?.[0]).toMatchObject({ name: 'party', type: 3, required: true, autocomplete: true, max_length: 100 });
    expect(body.find((c) => c.name === 'ask')?.options?.[0]).toMatchObject({ name: 'question', max_length: 500 });
    const parley = body.find((c) => c.name === 'parley');
    expect(parley?.options?.[0]).toMatchObject({ type: 1, name: 'help' });
    for (const c of body) expect(c.description.length).toBeLessThanOrEqual(100);
  });

  it('declares the slash commands, scopes and events in the Slack manifest', () => {
    const m = buildSlackManifest();
    expect(m.features.slash_commands.map((c) => c.command)).toEqual(COMMANDS.map((c) => `/${c.name}`));
    expect(m.features.slash_commands[0]).toMatchObject({ command: '/who-leads', usage_hint: '<party> [round:…] [dossier:…] [public:true]' });
    expect(m.oauth_config.scopes.bot).toEqual(['commands', 'chat:write', 'app_mentions:read', 'im:history', 'users:read']);
    expect(m.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im']);
  });

  it('has a committed slack-manifest.json that matches the commands (run `npm run commands:manifest`)', () => {
    expect(readFileSync(MANIFEST_PATH, 'utf8')).toBe(manifestJson());
  });
});
