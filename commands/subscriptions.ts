import { type Doc, type DocBlock, type Platform, type Span, span, type Subscription, UserError } from '../src/core/index.js';
import { type CommandContext, defineSubcommand, opt } from './define.js';

/** The canonical form, appended to every refusal of bad arguments so it says what to type instead. */
export const SUBSCRIBE_USAGE = '/parley subscribe time:08:00 tz:Europe/Kyiv topics:maritime,energy';

/** Who may change subscriptions, in the words the refusal uses on each platform. */
const MANAGERS: Record<Platform, string> = {
  discord: 'members with the Manage Channels or Manage Server permission',
  slack: 'workspace admins and owners, and the people Parley’s operator has named as subscription managers',
};

interface Place {
  platform: Platform;
  workspace: string;
  channel: string;
}

/** The channel a subscription command is about; refuses where there is no chat channel to post to. */
function placeOf(ctx: CommandContext): Place {
  if (ctx.platform === 'shell') {
    throw new UserError('Subscriptions are per Slack or Discord channel: run /parley subscribe in the channel that should get the daily briefing.');
  }
  if (!ctx.workspace || !ctx.channel) {
    throw new UserError('Subscriptions are per channel: run /parley subscribe in a server or workspace channel, not in a direct message.');
  }
  return { platform: ctx.platform, workspace: ctx.workspace, channel: ctx.channel };
}

/** Only people allowed to manage the channel change what it receives; checked before any argument is looked at. */
async function requireManager(ctx: CommandContext, place: Place): Promise<void> {
  if (!ctx.canManage) {
    // Mentions carry no permission data the adapters trust; the slash command does.
    throw new UserError('Change subscriptions with the /parley slash command in the channel itself, so Parley can check that you may manage it.');
  }
  if (!(await ctx.canManage())) {
    throw new UserError(`Only ${MANAGERS[place.platform]} can change this channel’s briefing subscription. Ask one of them to run /parley subscribe here.`);
  }
}

/** Core validation errors name the valid form (`tz Europe/Kyiv`); the usage line adds the chat syntax for it. */
async function withUsage<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof UserError) throw new UserError(`${err.message} Try: ${SUBSCRIBE_USAGE}`, { suggestions: err.suggestions });
    throw err;
  }
}

/** `maritime,energy`, `maritime energy`, or `all` (= every topic, clearing an earlier filter). */
function parseTopics(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const words = raw.split(/[\s,;]+/).filter(Boolean);
  if (words.length === 1 && words[0]!.toLowerCase() === 'all') return [];
  return words;
}

function describe(sub: Subscription): string {
  const topics = sub.topics.length > 0 ? `topics ${sub.topics.join(', ')}` : 'all topics';
  return `${sub.dossier} briefing daily at ${sub.time} ${sub.tz}, ${topics}`;
}

const subscribe = defineSubcommand({
  description: 'Post the daily briefing in this channel (channel managers only)',
  options: {
    time: opt.string({ description: 'Local time, HH:MM 24-hour (default 08:00)', maxLength: 10, shape: /^\d{1,2}:\d{2}$/ }),
    tz: opt.string({
      description: 'Time zone as Area/City, e.g. Europe/Kyiv (default: the dossier’s)',
      maxLength: 64,
      shape: /^(?:[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+|UTC)$/,
    }),
    dossier: opt.string({ description: 'Dossier to brief on (default: the configured one)', maxLength: 40 }),
    topics: opt.string({ description: 'Topic ids to keep, comma-separated, or all (default all)', maxLength: 200, rest: true }),
  },
  examples: ['time:08:00 tz:Europe/Kyiv topics:maritime,energy', 'time:07:30 tz:Asia/Kolkata', 'dossier:russia-ukraine'],
  async run({ args, core, ctx }) {
    const place = placeOf(ctx);
    await requireManager(ctx, place);
    const topics = parseTopics(args.topics);
    const { subscription, created } = await withUsage(() =>
      core.subscriptions.subscribe({
        ...place,
        by: ctx.userId ?? 'unknown',
        ...(args.time !== undefined ? { time: args.time } : {}),
        ...(args.tz !== undefined ? { tz: args.tz } : {}),
        ...(args.dossier !== undefined ? { dossier: args.dossier } : {}),
        ...(topics !== undefined ? { topics } : {}),
      }),
    );
    const blocks: DocBlock[] = [
      { type: 'paragraph', spans: [span(created ? 'Subscribed this channel: ' : 'Updated this channel’s subscription: ', { bold: true }), span(`${describe(subscription)}.`)] },
    ];
    // Slack lets anyone run a slash command in a channel the bot was never invited to; posting there fails as not_in_channel.
    if (place.platform === 'slack') blocks.push({ type: 'context', spans: [span('Parley must be a member of this channel to post here: /invite @Parley')] });
    return { title: 'Briefing subscription', summary: `${created ? 'Subscribed' : 'Updated'}: ${describe(subscription)}`, blocks };
  },
});

const unsubscribe = defineSubcommand({
  description: 'Stop the daily briefing in this channel (channel managers only)',
  options: {
    dossier: opt.string({ description: 'Only this dossier’s briefing (default: every briefing of the channel)', maxLength: 40 }),
  },
  examples: ['', 'dossier:russia-ukraine'],
  async run({ args, core, ctx }) {
    const place = placeOf(ctx);
    await requireManager(ctx, place);
    const removed = await core.subscriptions.unsubscribe({ ...place, ...(args.dossier !== undefined ? { dossier: args.dossier } : {}) });
    const text =
      removed.length === 0
        ? `This channel had no ${args.dossier ? `${args.dossier} ` : ''}briefing subscription; nothing changed.`
        : `Unsubscribed this channel from the ${removed.map((s) => s.dossier).join(', ')} briefing.`;
    return { title: 'Briefing subscription', summary: text, blocks: [{ type: 'paragraph', spans: [span(text)] }] };
  },
});

function line(sub: Subscription, here: string): Span[] {
  const where = sub.channel === here ? 'this channel' : `channel ${sub.channel}`;
  const out: Span[] = [span(`${where}: `, { bold: true }), span(describe(sub))];
  if (sub.status === 'unreachable') {
    out.push(span(` — unreachable: ${sub.statusReason ?? 'the platform refused the post'}. `, { bold: true }));
    out.push(span('Fix access (re-invite Parley, restore its permission) and run /parley subscribe there again to resume.'));
  } else out.push(span(' — active'));
  return out;
}

const subscriptions = defineSubcommand({
  description: 'List the briefing subscriptions here (managers see the whole workspace)',
  options: {},
  examples: [''],
  async run({ core, ctx }): Promise<Doc> {
    const place = placeOf(ctx);
    // Other channels' subscriptions may name private channels: only managers see beyond this one.
    const all = ctx.canManage ? await ctx.canManage() : false;
    const subs = all
      ? await core.subscriptions.list(place.platform, place.workspace)
      : await core.subscriptions.forChannel({ platform: place.platform, workspace: place.workspace, channel: place.channel });
    const scope = all ? 'this workspace' : 'this channel';
    if (subs.length === 0) {
      const text = `No briefing subscriptions in ${scope}. Start one with ${SUBSCRIBE_USAGE}`;
      return { title: 'Briefing subscriptions', summary: text, blocks: [{ type: 'paragraph', spans: [span(text)] }] };
    }
    const unreachable = subs.filter((s) => s.status === 'unreachable').length;
    const summary = `${subs.length} briefing subscription${subs.length === 1 ? '' : 's'} in ${scope}${unreachable ? `, ${unreachable} unreachable` : ''}`;
    return {
      title: 'Briefing subscriptions',
      summary,
      blocks: [
        { type: 'paragraph', spans: [span(`${summary}:`)] },
        { type: 'list', items: subs.map((s) => line(s, place.channel)) },
      ],
    };
  },
});

/** The `/parley` entries for scheduled briefings. */
export const SUBSCRIPTION_SUBCOMMANDS = { subscribe, unsubscribe, subscriptions };
