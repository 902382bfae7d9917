import type { Core, Doc } from '../src/core/index.js';

/** Where the completion candidates of an option come from (`core.suggest(kind, prefix)`). */
export type AutocompleteKind = 'actor' | 'party' | 'topic' | 'dossier';

interface OptionBase {
  /** One line shown by Discord's option picker, Slack's usage hint and `/parley help`. */
  description: string;
  required?: boolean;
  /**
   * Free text: on Slack and in the shell, words that fill no other option are joined into it,
   * and `word:value` tokens are kept as text instead of being rejected as unknown options.
   */
  rest?: boolean;
}

export interface StringOption extends OptionBase {
  type: 'string';
  autocomplete?: AutocompleteKind;
  maxLength?: number;
  /** `date` = YYYY-MM-DD, checked to be a real calendar day. */
  format?: 'date';
  /**
   * A bare word of this shape fills the option when no other unset option takes that shape, so
   * Slack users may type `/parley subscribe 07:30 Europe/Kyiv` without the names.
   */
  shape?: RegExp;
  /** Filled only by its name (`dossier:gaza-ceasefire`), never by bare words: `/brief 2025-03-24` stays the date's. */
  named?: true;
}

export interface IntegerOption extends OptionBase {
  type: 'integer';
  min?: number;
  max?: number;
}

export interface BooleanOption extends OptionBase {
  type: 'boolean';
}

export type OptionSpec = StringOption | IntegerOption | BooleanOption;
export type OptionMap = Record<string, OptionSpec>;

type ValueOf<O> = O extends { type: 'string' } ? string : O extends { type: 'integer' } ? number : boolean;
type RequiredKeys<O extends OptionMap> = { [K in keyof O]: O[K] extends { required: true } ? K : never }[keyof O];
type OptionalKeys<O extends OptionMap> = Exclude<keyof O, RequiredKeys<O>>;

/** The record a command's `run` receives: required options are present, the others may be missing. */
export type ArgsOf<O extends OptionMap> = { [K in RequiredKeys<O>]: ValueOf<O[K]> } & {
  [K in OptionalKeys<O>]?: ValueOf<O[K]>;
} & { public?: boolean };

/** Typed option builders: `required: true` stays a literal so `ArgsOf` can tell required from optional. */
export const opt = {
  string: <const C extends Omit<StringOption, 'type'>>(c: C): C & { type: 'string' } => ({ ...c, type: 'string' }),
  integer: <const C extends Omit<IntegerOption, 'type'>>(c: C): C & { type: 'integer' } => ({ ...c, type: 'integer' }),
  boolean: <const C extends Omit<BooleanOption, 'type'>>(c: C): C & { type: 'boolean' } => ({ ...c, type: 'boolean' }),
};

/** Who asked and where: the adapters fill it; commands use it for help text and subscriptions. */
export interface CommandContext {
  platform: 'slack' | 'discord' | 'shell';
  /** Platform user id of the asker, when there is one. */
  userId?: string;
  /** A stable key for where the answer goes ("slack:T1:C1"), for "since the last briefing". */
  destination?: string;
  /** Slack team id or Discord guild id; absent in the shell and in Discord DMs. */
  workspace?: string;
  /** The channel the command was typed in. */
  channel?: string;
  /**
   * The dossier the channel follows (its briefing subscription's), for commands that name none;
   * absent where there is none (the core's default dossier answers then).
   */
  dossier?: string;
  /**
   * Whether the asker may manage this channel's subscriptions, decided server-side by the adapter
   * (Discord: the interaction member's Manage Channels / Manage Guild bit; Slack: workspace
   * admin/owner per `users.info`, or SLACK_ADMIN_USERS). A function rather than a boolean because
   * on Slack it costs a Web API call, which only the commands that change subscriptions should pay.
   * Absent where there is no trustworthy answer (shell, mentions): such callers are refused.
   */
  canManage?: () => Promise<boolean>;
  /** Every command, for `/parley help`. */
  commands: readonly CommandDef[];
}

export interface RunInput<A> {
  args: A;
  core: Core;
  ctx: CommandContext;
}

/**
 * The option of every query: which negotiation it is about. Default: the channel's subscription,
 * else the configured default dossier.
 */
export const dossierOption = () =>
  opt.string({ description: 'Negotiation, e.g. gaza-ceasefire (default: the one this channel follows)', autocomplete: 'dossier', maxLength: 40, named: true });

/** The dossier a query run is about: the one asked for, else the channel's (undefined: the core's default). */
export const dossierOf = (args: { dossier?: string }, ctx: { dossier?: string }): { dossier?: string } => {
  const d = args.dossier ?? ctx.dossier;
  return d !== undefined ? { dossier: d } : {};
};

/** The one option every command takes: answers are private to the asker unless `public:true`. */
export const PUBLIC_OPTION: BooleanOption = {
  type: 'boolean',
  description: 'Post the answer in the channel for everyone (default: only you see it)',
};

/** A command (or subcommand) that runs: options in, a Doc out. */
export interface LeafDef {
  description: string;
  /** Declared options, without the shared `public` one. */
  options: OptionMap;
  /** Typed usage lines without the leading slash-name, e.g. `Ukraine round:Riyadh`. The first is the canonical one. */
  examples: string[];
  run(input: RunInput<Record<string, unknown>>): Doc | Promise<Doc>;
}

export interface LeafCommand extends LeafDef {
  kind: 'leaf';
  name: string;
}

export interface GroupCommand {
  kind: 'group';
  name: string;
  description: string;
  /** Subcommand name → leaf. New subcommands (subscribe, unsubscribe, …) are new entries here. */
  subcommands: Record<string, LeafDef>;
  /** Run when the group is called with no subcommand (`/parley`). */
  defaultSubcommand: string;
}

export type CommandDef = LeafCommand | GroupCommand;

const NAME_RE = /^[a-z][a-z0-9-]{0,31}$/;

function checkOptions(where: string, options: OptionMap): void {
  let seenOptional = false;
  for (const [name, o] of Object.entries(options)) {
    if (!NAME_RE.test(name)) throw new Error(`${where}: option name "${name}" must be lowercase kebab-case`);
    if (name === 'public') throw new Error(`${where}: "public" is reserved for every command`);
    // Discord rejects a required option declared after an optional one.
    if (o.required && seenOptional) throw new Error(`${where}: required option "${name}" follows an optional one`);
    if (!o.required) seenOptional = true;
    if (o.description.length > 100) throw new Error(`${where}: option "${name}" description over Discord's 100 characters`);
  }
}

/** Declares a command once; Slack, Discord and the shell all serve it from this. */
export function defineCommand<const O extends OptionMap>(def: {
  name: string;
  description: string;
  options: O;
  examples: string[];
  run(input: RunInput<ArgsOf<O>>): Doc | Promise<Doc>;
}): LeafCommand {
  if (!NAME_RE.test(def.name)) throw new Error(`command name "${def.name}" must be lowercase kebab-case`);
  checkOptions(def.name, def.options);
  return {
    kind: 'leaf',
    name: def.name,
    description: def.description,
    options: def.options,
    examples: def.examples,
    // The dispatcher only calls run with what validateArgs produced from these very options.
    run: def.run as LeafDef['run'],
  };
}

/** A subcommand of a group such as `/parley help`. */
export function defineSubcommand<const O extends OptionMap>(def: {
  description: string;
  options: O;
  examples: string[];
  run(input: RunInput<ArgsOf<O>>): Doc | Promise<Doc>;
}): LeafDef {
  checkOptions('subcommand', def.options);
  return { ...def, run: def.run as LeafDef['run'] };
}

/** A command made of subcommands (`/parley help`, later `/parley subscribe`). */
export function defineGroup(def: {
  name: string;
  description: string;
  subcommands: Record<string, LeafDef>;
  defaultSubcommand: string;
}): GroupCommand {
  if (!NAME_RE.test(def.name)) throw new Error(`command name "${def.name}" must be lowercase kebab-case`);
  for (const sub of Object.keys(def.subcommands)) {
    if (!NAME_RE.test(sub)) throw new Error(`${def.name}: subcommand "${sub}" must be lowercase kebab-case`);
  }
  if (!(def.defaultSubcommand in def.subcommands)) {
    throw new Error(`${def.name}: default subcommand "${def.defaultSubcommand}" is not declared`);
  }
  return { kind: 'group', ...def };
}

/** The options a leaf accepts on every platform: its own plus `public`. */
export function allOptions(leaf: LeafDef): OptionMap {
  return { ...leaf.options, public: PUBLIC_OPTION };
}

/** The usage line of a leaf: `/who-leads Ukraine round:Riyadh`. */
export function usage(commandName: string, leaf: LeafDef, subcommand?: string): string {
  const head = subcommand ? `/${commandName} ${subcommand}` : `/${commandName}`;
  const example = leaf.examples[0];
  return example ? `${head} ${example}` : head;
}

/** `<party> [round:…] [public:true]` from the declared options: Slack's usage hint and help's usage column. */
export function usageHint(leaf: LeafDef): string {
  return Object.entries(allOptions(leaf))
    .map(([name, o]) => {
      if (o.required) return `<${name}>`;
      if (o.type === 'boolean') return `[${name}:true]`;
      if (o.type === 'string' && o.format === 'date') return `[${name}:YYYY-MM-DD]`;
      return `[${name}:…]`;
    })
    .join(' ');
}
