import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { allOptions, type CommandDef, type LeafDef, type OptionSpec } from '../../../commands/define.js';
import { COMMANDS } from '../../../commands/index.js';

function optionBody(name: string, o: OptionSpec): APIApplicationCommandBasicOption {
  const base = { name, description: o.description, required: o.required === true };
  if (o.type === 'string') {
    return {
      ...base,
      type: ApplicationCommandOptionType.String,
      ...(o.autocomplete ? { autocomplete: true } : {}),
      // Discord caps what a user can type, so over-long input never reaches validateArgs from Discord.
      ...(o.maxLength !== undefined ? { max_length: o.maxLength } : {}),
      ...(o.format === 'date' ? { min_length: 10 } : {}),
    };
  }
  if (o.type === 'integer') {
    return {
      ...base,
      type: ApplicationCommandOptionType.Integer,
      ...(o.min !== undefined ? { min_value: o.min } : {}),
      ...(o.max !== undefined ? { max_value: o.max } : {}),
    };
  }
  return { ...base, type: ApplicationCommandOptionType.Boolean };
}

function leafOptions(leaf: LeafDef): APIApplicationCommandBasicOption[] {
  return Object.entries(allOptions(leaf)).map(([name, o]) => optionBody(name, o));
}

function commandOptions(c: CommandDef): APIApplicationCommandOption[] {
  if (c.kind === 'leaf') return leafOptions(c);
  return Object.entries(c.subcommands).map(([name, sub]) => ({
    type: ApplicationCommandOptionType.Subcommand,
    name,
    description: sub.description,
    options: leafOptions(sub),
  }));
}

/** The body of `PUT /applications/:id/commands`: every command, from the same declarations as Slack's manifest. */
export function buildDiscordCommands(commands: readonly CommandDef[] = COMMANDS): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((c) => ({
    type: ApplicationCommandType.ChatInput,
    name: c.name,
    description: c.description,
    options: commandOptions(c),
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  }));
}
