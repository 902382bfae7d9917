import { type HelpEntry, helpDoc } from '../src/core/answers.js';
import { type CommandDef, defineGroup, defineSubcommand, type LeafDef, usageHint } from './define.js';

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
 * `/parley …`: the bot's own settings. The scheduling work adds `subscribe`, `unsubscribe` and
 * `subscriptions` here as further entries; nothing else has to change for them to reach both platforms.
 */
export const PARLEY_SUBCOMMANDS: Record<string, LeafDef> = { help };

export default defineGroup({
  name: 'parley',
  description: 'Parley itself: help (and, soon, briefing subscriptions)',
  subcommands: PARLEY_SUBCOMMANDS,
  defaultSubcommand: 'help',
});
