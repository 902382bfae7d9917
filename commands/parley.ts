import { helpDoc, type HelpEntry } from '../src/core/index.js';
import { type CommandDef, defineGroup, defineSubcommand, type LeafDef, usageHint } from './define.js';
import { SUBSCRIPTION_SUBCOMMANDS } from './subscriptions.js';

/** Plain-words examples: mentions and DMs go to `ask`. */
export const ASK_EXAMPLES = [
  '@Parley who leads the Russian delegation?',
  '@Parley what was agreed on the Black Sea?',
  '@Parley who is Witkoff?',
];

function entries(commands: readonly CommandDef[]): HelpEntry[] {
  return commands.flatMap((c) =>
    c.kind === 'leaf'
      ? [{ usage: `/${c.name} ${usageHint(c)}`.trim(), description: c.description }]
      : Object.entries(c.subcommands).map(([sub, leaf]) => ({
          usage: `/${c.name} ${sub} ${usageHint(leaf)}`.trim(),
          description: leaf.description,
        })),
  );
}

const help = defineSubcommand({
  description: 'What Parley can do and how to ask',
  options: {},
  examples: [''],
  run: ({ ctx }) => helpDoc(entries(ctx.commands), ASK_EXAMPLES),
});

/**
 * `/parley …`: the bot's own settings. Each entry reaches Slack, Discord and the shell from this
 * declaration alone (the manifest and the Discord registration are generated from it).
 */
export const PARLEY_SUBCOMMANDS: Record<string, LeafDef> = { help, ...SUBSCRIPTION_SUBCOMMANDS };

export default defineGroup({
  name: 'parley',
  description: 'Parley itself: help and daily briefing subscriptions',
  subcommands: PARLEY_SUBCOMMANDS,
  defaultSubcommand: 'help',
});
