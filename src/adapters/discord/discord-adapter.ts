import {
  type APIEmbed,
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  Client,
  type CommandInteractionOption,
  Events,
  GatewayIntentBits,
  type Message,
  MessageFlags,
  Partials,
  PermissionFlagsBits,
} from 'discord.js';
import { resolveLeaf } from '../../../commands/args.js';
import { allOptions, type AutocompleteKind } from '../../../commands/define.js';
import type { DiscordConfig } from '../../config.js';
import { type Logger, renderDiscord } from '../../core/index.js';
import { type AskContext, type DispatchOutcome, type Dispatcher, MAX_MESSAGE_CHARS } from '../dispatch.js';
import { AdapterStartError, type AdapterStatus, type ChatAdapter } from '../types.js';

/** Never ping anyone: feed text and user input are rendered, not trusted. */
const NO_MENTIONS = { parse: [] as [] };
const READY_TIMEOUT_MS = 30_000;

/** One rendered Discord message in discord.js's option shape. */
interface OutMessage {
  content?: string;
  embeds: APIEmbed[];
  allowedMentions: { parse: [] };
  flags?: number;
}

function toMessages(outcome: DispatchOutcome): OutMessage[] {
  return renderDiscord(outcome.doc).map((m) => ({
    ...(m.content !== undefined ? { content: m.content } : {}),
    embeds: m.embeds as APIEmbed[],
    allowedMentions: NO_MENTIONS,
    ...(m.flags !== undefined ? { flags: m.flags } : {}),
  }));
}

/** Options of a chat-input interaction as the record validateArgs reads (subcommand unwrapped). */
export function interactionCall(data: readonly CommandInteractionOption[]): { subcommand?: string; args: Record<string, unknown> } {
  const first = data[0];
  if (first && first.type === ApplicationCommandOptionType.Subcommand) {
    return { subcommand: first.name, args: Object.fromEntries((first.options ?? []).map((o) => [o.name, o.value])) };
  }
  return { args: Object.fromEntries(data.map((o) => [o.name, o.value])) };
}

/** One line for a Discord adapter that could not log in, naming the variable to fix. */
export function discordStartError(err: unknown, apiUrl?: string): AdapterStartError {
  const e = err as { code?: string | number; status?: number; message?: string; cause?: { code?: string } };
  if (e.code === 'TokenInvalid' || e.status === 401) {
    return new AdapterStartError('Discord refused DISCORD_TOKEN (invalid token): reset it under Developer Portal → your app → Bot, and set the new one');
  }
  if (e.code === 'DisallowedIntents') {
    return new AdapterStartError('Discord refused the Message Content intent: enable it under Developer Portal → Bot → Privileged Gateway Intents, or set DISCORD_MESSAGE_CONTENT=false');
  }
  const network = e.cause?.code ?? (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code) ? e.code : undefined);
  if (network !== undefined) {
    return new AdapterStartError(`could not reach Discord at ${apiUrl ?? 'https://discord.com/api'} (${network}): check the network${apiUrl ? ' or DISCORD_API_URL' : ''}`);
  }
  return new AdapterStartError(`Discord did not start: ${(e.message ?? String(err)).split('\n')[0]}`);
}

export interface DiscordAdapter extends ChatAdapter {
  /** The discord.js client, for tests that need its user id. */
  readonly client: Client;
}

export function createDiscordAdapter(deps: { config: DiscordConfig; dispatcher: Dispatcher; logger: Logger }): DiscordAdapter {
  const { config, dispatcher } = deps;
  const log = deps.logger.child({ adapter: 'discord' });
  let state: AdapterStatus['state'] = 'starting';
  let detail: string | undefined;

  const intents = [GatewayIntentBits.Guilds];
  if (config.messageContent) {
    intents.push(GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent, GatewayIntentBits.DirectMessages);
  }
  const client = new Client({
    intents,
    // DMs arrive for channels not in cache; without the partial they are dropped.
    partials: config.messageContent ? [Partials.Channel] : [],
    allowedMentions: NO_MENTIONS,
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
    // A fleet splits the gateway: each process connects only its shards, and Discord sends each
    // guild's events to the one shard (guild_id >> 22) % count. Scheduled posts go over REST,
    // so every replica still posts for any guild.
    ...(config.shards ? { shards: config.shards.ids, shardCount: config.shards.count } : {}),
  });

  const ctxOf = (userId: string, guildId: string | null, channelId: string | null): AskContext => ({
    platform: 'discord',
    userId,
    destination: `discord:${guildId ?? 'dm'}:${channelId ?? '-'}`,
    ...(guildId ? { workspace: guildId } : {}),
    ...(channelId ? { channel: channelId } : {}),
  });

  const handleCommand = async (interaction: ChatInputCommandInteraction): Promise<void> => {
    const ctx: AskContext = {
      ...ctxOf(interaction.user.id, interaction.guildId, interaction.channelId),
      // `memberPermissions` is the `member.permissions` bitfield Discord computed for this member in
      // this channel (roles and overwrites applied) and sent over the gateway; Administrator implies both.
      canManage: async () =>
        interaction.inGuild() && (interaction.memberPermissions?.any([PermissionFlagsBits.ManageChannels, PermissionFlagsBits.ManageGuild]) ?? false),
    };
    const prepared = await dispatcher.prepare(interaction.commandName, interactionCall(interaction.options.data), ctx);
    if (!prepared.ok) {
      // Bad input is known at once: answer in the initial reply, visible to the asker only.
      const [first, ...rest] = toMessages(prepared.outcome);
      await interaction.reply({ ...first, flags: MessageFlags.Ephemeral });
      for (const m of rest) await interaction.followUp({ ...m, flags: MessageFlags.Ephemeral });
      return;
    }
    const call = prepared.call;
    // Discord drops an interaction not answered within 3 seconds; deferring buys 15 minutes.
    await interaction.deferReply(call.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    const outcome = await call.run();
    const [first, ...rest] = toMessages(outcome);
    if (!first) return;
    const stripFlags = ({ flags: _flags, ...m }: OutMessage) => m;
    if (outcome.ephemeral && !call.ephemeral) {
      // A public deferral cannot turn private: remove the "thinking…" message and answer privately.
      await interaction.deleteReply();
      for (const m of [first, ...rest]) await interaction.followUp({ ...m, flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.editReply(stripFlags(first));
    for (const m of rest) {
      await interaction.followUp(call.ephemeral ? { ...m, flags: MessageFlags.Ephemeral } : stripFlags(m));
    }
  };

  const handleAutocomplete = async (interaction: AutocompleteInteraction): Promise<void> => {
    const command = dispatcher.commands.find((c) => c.name === interaction.commandName);
    const focused = interaction.options.getFocused(true);
    let kind: AutocompleteKind | undefined;
    if (command) {
      try {
        const { leaf } = resolveLeaf(command, interaction.options.getSubcommand(false) ?? undefined);
        const spec = allOptions(leaf)[focused.name];
        if (spec?.type === 'string') kind = spec.autocomplete;
      } catch {
        kind = undefined;
      }
    }
    // Parties and topics of the dossier typed so far, else of the one the channel follows.
    let typed: string | undefined;
    try {
      typed = interaction.options.getString('dossier', false) ?? undefined;
    } catch {
      typed = undefined;
    }
    const where = { ctx: ctxOf(interaction.user.id, interaction.guildId, interaction.channelId), ...(typed ? { dossier: typed } : {}) };
    const names = kind ? await dispatcher.suggest(kind, String(focused.value ?? ''), 25, where) : [];
    // Choice names and values are capped at 100 characters by Discord.
    await interaction.respond(names.map((n) => ({ name: n.slice(0, 100), value: n.slice(0, 100) })));
  };

  const handleMention = async (message: Message): Promise<void> => {
    const me = client.user;
    if (!me || message.author.bot) return;
    const isDm = message.guildId === null;
    // Only a direct @mention of the bot counts: @everyone and role pings are not questions.
    if (!isDm && !message.mentions.users.has(me.id)) return;
    if (!(await dispatcher.claimDelivery(`discord:message:${message.id}`))) return;
    // Too long to read: passed as it is, and refused on its length before any pattern runs.
    const text =
      message.content.length > 2 * MAX_MESSAGE_CHARS
        ? message.content
        : message.content
            .replace(/<@!?\d+>/g, ' ')
            .replace(/<@&\d+>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim();
    const outcome = await dispatcher.message(text, ctxOf(message.author.id, message.guildId, message.channelId));
    const messages = toMessages(outcome);
    for (const { flags: _ephemeralMeansNothingInAChannel, ...m } of messages) {
      await message.reply({ ...m, allowedMentions: { parse: [], repliedUser: false } });
    }
  };

  client.on(Events.InteractionCreate, (interaction) => {
    let work: Promise<void> | undefined;
    if (interaction.isChatInputCommand()) {
      // A gateway resume can deliver an interaction twice; it must run (and answer) once.
      work = dispatcher.claimDelivery(`discord:interaction:${interaction.id}`).then((first) => {
        if (first) return handleCommand(interaction);
        log.info({ interaction: interaction.id }, 'discord interaction already answered');
      });
    } else if (interaction.isAutocomplete()) work = handleAutocomplete(interaction);
    if (!work) return;
    void dispatcher.track(
      work.catch((err: unknown) => {
        log.error({ err, interaction: interaction.id, command: 'commandName' in interaction ? interaction.commandName : undefined }, 'interaction failed');
      }),
    );
  });

  if (config.messageContent) {
    client.on(Events.MessageCreate, (message) => {
      void dispatcher.track(
        handleMention(message).catch((err: unknown) => {
          log.error({ err, channel: message.channelId }, 'could not answer mention');
        }),
      );
    });
  }

  client.on(Events.ShardDisconnect, (ev, shard) => {
    if (state === 'stopped') return;
    state = 'down';
    detail = `shard ${shard} disconnected (${ev.code})`;
    log.warn({ shard, code: ev.code }, 'discord gateway disconnected');
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (state !== 'stopped') state = 'starting';
    log.info({ shard }, 'discord gateway reconnecting');
  });
  client.on(Events.ShardResume, () => {
    if (state === 'stopped') return;
    state = 'up';
    detail = undefined;
  });
  client.on(Events.ShardReady, () => {
    if (state === 'stopped') return;
    state = 'up';
    detail = undefined;
  });
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.Warn, (msg) => log.warn({}, msg));

  return {
    name: 'discord',
    client,
    async start() {
      if (!config.messageContent) {
        log.warn(
          {},
          'DISCORD_MESSAGE_CONTENT is off: @mentions are not answered (enable the Message Content intent in the developer portal and set DISCORD_MESSAGE_CONTENT=true); /ask still works',
        );
      }
      let timer: NodeJS.Timeout | undefined;
      const ready = new Promise<void>((resolve, reject) => {
        client.once(Events.ClientReady, () => resolve());
        timer = setTimeout(() => reject(new Error('Discord gateway not ready in time')), READY_TIMEOUT_MS);
      });
      try {
        await client.login(config.token);
        await ready;
        state = 'up';
        log.info({ user: client.user?.tag, ...(config.shards ? { shards: config.shards.ids, shardCount: config.shards.count } : {}) }, 'discord adapter started');
      } catch (err) {
        state = 'down';
        const reason = discordStartError(err, config.apiUrl);
        detail = reason.message;
        // A half-connected client would keep retrying the gateway in the background.
        await client.destroy().catch(() => undefined);
        throw reason;
      } finally {
        clearTimeout(timer);
      }
    },
    async stop() {
      if (state === 'stopped') return;
      state = 'stopped';
      await client.destroy();
    },
    status: () => ({
      state,
      mode: `${config.messageContent ? 'gateway+mentions' : 'gateway'}${config.shards ? ` (shards ${config.shards.ids.join(',')} of ${config.shards.count})` : ''}`,
      ...(detail ? { detail } : {}),
    }),
  };
}
