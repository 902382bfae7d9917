import { DEFAULT_DOSSIER, listDossiers, loadDossier } from '../dossier/load.js';
import { isTimeZone } from '../dossier/schema.js';
import { UserError } from '../errors.js';
import { truncate } from '../queries/common.js';
import type { SqlClient } from '../store/sql.js';
import {
  channelSubscriptions,
  deleteSubscription,
  findSubscription,
  insertSubscription,
  type SubscriptionRow,
  subscriptionById,
  updateSubscription,
  workspaceSubscriptions,
} from '../store/subscriptions.js';

/** The chat platforms a channel can subscribe from. */
export type Platform = 'slack' | 'discord';

/** Every platform a subscription may name. */
export const PLATFORMS: readonly Platform[] = ['slack', 'discord'];

/** Defaults for a subscription that names no time. */
export const DEFAULT_TIME = '08:00';

/** One channel's daily briefing. */
export interface Subscription {
  id: number;
  platform: Platform;
  /** Slack team id or Discord guild id. */
  workspace: string;
  channel: string;
  dossier: string;
  /** Local wall-clock time, HH:MM (24-hour). */
  time: string;
  /** IANA zone the time is read in. */
  tz: string;
  /** Topic ids to keep; empty = every topic. */
  topics: string[];
  createdBy: string;
  createdAt: string;
  updatedBy: string | null;
  updatedAt: string | null;
  /** `unreachable` once the platform said the bot can no longer post there; re-subscribing clears it. */
  status: 'active' | 'unreachable';
  statusReason: string | null;
  /** `slack:T1:C1`: the key of table briefings_sent, the same one the adapters give on-demand briefings. */
  destination: string;
}

/** What the command layer hands over after parsing `/parley subscribe …`. */
export interface SubscribeInput {
  platform: Platform;
  workspace: string;
  channel: string;
  /** HH:MM; default 08:00 (or the existing subscription's time on re-subscribe). */
  time?: string;
  /** IANA zone; default the dossier's (or the existing subscription's). */
  tz?: string;
  /** Dossier id; default the configured default dossier. */
  dossier?: string;
  /** Topic ids; default all (or the existing subscription's filter). */
  topics?: string[];
  /** Platform user id of whoever subscribed. */
  by: string;
}

/** A channel, optionally narrowed to one dossier. */
export interface ChannelRef {
  platform: Platform;
  workspace: string;
  channel: string;
  dossier?: string;
}

/** What the validator needs to know of a dossier. */
export interface DossierInfo {
  id: string;
  timezone: string;
  topics: readonly { id: string }[];
}

/** Where `createSubscriptions` finds dossiers, and its clock. */
export interface SubscriptionsOptions {
  /** Ids of the known dossiers (default: `listDossiers()` of the repo's briefings/). */
  dossiers?: () => string[];
  /** Loads one dossier for its time zone and topics (default: `loadDossier` from the repo's briefings/). */
  loadDossier?: (id: string) => DossierInfo;
  /** The dossier a subscription without one gets (default russia-ukraine). */
  defaultDossier?: string;
  /** Clock for created_at/updated_at. */
  now?: () => Date;
}

/** The validated, normalised fields of a subscription. */
export interface ValidSubscription {
  dossier: string;
  time: string;
  tz: string;
  topics: string[];
}

/** The subscriptions port the `/parley subscribe|unsubscribe|subscriptions` commands call. */
export interface Subscriptions {
  /** Subscribes a channel, or updates its subscription to that dossier. Throws UserError (nothing stored) on bad input. */
  subscribe(input: SubscribeInput): Promise<{ subscription: Subscription; created: boolean }>;
  /** Removes a channel's subscription (one dossier, or all of them); returns what was removed. */
  unsubscribe(ref: ChannelRef): Promise<Subscription[]>;
  /** The workspace's subscriptions, unreachable ones included with their reason. */
  list(platform: Platform, workspace: string): Promise<Subscription[]>;
  /** One channel's subscriptions. */
  forChannel(ref: ChannelRef): Promise<Subscription[]>;
  /** The single validator `subscribe` uses; exported for commands that want to check before asking for confirmation. */
  validate(input: Omit<SubscribeInput, 'platform' | 'workspace' | 'channel' | 'by'>, existing?: Subscription): ValidSubscription;
}

/** The briefings_sent key of a channel; matches what the Slack and Discord adapters pass for on-demand briefings. */
export function destinationOf(s: { platform: string; workspace: string; channel: string }): string {
  return `${s.platform}:${s.workspace}:${s.channel}`;
}

/** Maps a subscriptions row; shared with the runner. */
export function toSubscription(r: SubscriptionRow): Subscription {
  return {
    id: r.id,
    platform: r.platform as Platform,
    workspace: r.workspace,
    channel: r.channel,
    dossier: r.dossier,
    time: r.time,
    tz: r.tz,
    topics: JSON.parse(r.topics) as string[],
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
    status: r.status,
    statusReason: r.status_reason,
    destination: destinationOf(r),
  };
}

export type { SubscriptionRow };

const TIME_RE = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** "8:00" → "08:00"; anything else that is not a 24-hour time → UserError naming the form. */
export function normaliseTime(time: string): string {
  const m = TIME_RE.exec(time.trim());
  if (!m) throw new UserError(`"${truncate(time, 20)}" is not a time. Use HH:MM in 24-hour form, e.g. time 08:00`);
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

let zoneIndex: Map<string, string> | undefined;

/**
 * An IANA zone, spelled the tz database's way when typed in lower case ("asia/kolkata"), since
 * it is shown back in `/parley subscriptions`. ICU lists some zones under older names (Kyiv as
 * Europe/Kiev, Kolkata as Asia/Calcutta), so the newer spelling is rebuilt by capitalising
 * instead of looked up; Intl accepts any case either way.
 */
export function normaliseZone(tz: string): string {
  const t = tz.trim();
  if (!isTimeZone(t)) throw new UserError(`"${truncate(tz, 40)}" is not a time zone. Use an IANA zone as Area/City, e.g. tz Europe/Kyiv`);
  zoneIndex ??= new Map(Intl.supportedValuesOf('timeZone').map((z) => [z.toLowerCase(), z]));
  const listed = zoneIndex.get(t.toLowerCase());
  if (listed) return listed;
  if (t !== t.toLowerCase()) return t;
  return t.replace(/(^|[/_])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** Builds the subscriptions store over the database; the command layer's only way to change subscriptions. */
export function createSubscriptions(sql: SqlClient, opts: SubscriptionsOptions = {}): Subscriptions {
  const dossiers = opts.dossiers ?? (() => listDossiers());
  const load = opts.loadDossier ?? ((id: string) => loadDossier(id));
  const defaultDossier = opts.defaultDossier ?? DEFAULT_DOSSIER;
  const now = opts.now ?? (() => new Date());

  async function ofChannel(db: SqlClient, ref: ChannelRef): Promise<SubscriptionRow[]> {
    if (!ref.dossier) return channelSubscriptions(db, ref.platform, ref.workspace, ref.channel);
    const row = await findSubscription(db, { ...ref, dossier: ref.dossier });
    return row ? [row] : [];
  }

  function validate(input: Omit<SubscribeInput, 'platform' | 'workspace' | 'channel' | 'by'>, existing?: Subscription): ValidSubscription {
    const id = (input.dossier ?? existing?.dossier ?? defaultDossier).trim();
    const known = dossiers();
    if (!known.includes(id)) {
      const example = known.includes(defaultDossier) ? defaultDossier : (known[0] ?? defaultDossier);
      throw new UserError(`No dossier "${truncate(id, 40)}". Known: ${known.join(', ') || 'none'}. Use e.g. dossier ${example}`);
    }
    const dossier = load(id);
    const time = input.time !== undefined ? normaliseTime(input.time) : (existing?.time ?? DEFAULT_TIME);
    const tz = input.tz !== undefined ? normaliseZone(input.tz) : (existing?.tz ?? dossier.timezone);
    let topics: string[];
    if (input.topics !== undefined) {
      const ids = dossier.topics.map((t) => t.id);
      topics = [...new Set(input.topics.map((t) => t.trim().toLowerCase()).filter(Boolean))];
      const unknown = topics.find((t) => !ids.includes(t));
      if (unknown !== undefined) {
        throw new UserError(`Unknown topic "${truncate(unknown, 40)}". Topics of ${dossier.id}: ${ids.join(', ')}. Use e.g. topics ${ids[0] ?? ''}`.trim());
      }
    } else topics = existing?.topics ?? [];
    return { dossier: dossier.id, time, tz, topics };
  }

  function checkChannel(ref: { platform: string; workspace: string; channel: string }): void {
    // Adapters fill these, not people: a blank one is a wiring bug, not something to tell the user.
    if (!PLATFORMS.includes(ref.platform as Platform)) throw new Error(`subscriptions: unknown platform "${ref.platform}"`);
    if (!ref.workspace || !ref.channel) throw new Error('subscriptions: workspace and channel are required');
  }

  return {
    validate,
    subscribe(input) {
      checkChannel(input);
      const at = now().toISOString();
      const key = { platform: input.platform, workspace: input.workspace, channel: input.channel, dossier: (input.dossier ?? defaultDossier).trim() };
      // One transaction; the insert cannot make a second row (the unique key), and when another
      // process subscribed the channel between the read and the insert, this becomes an update
      // of its row, validated against it, as if it had been there all along.
      return sql.tx(async (t) => {
        for (let round = 0; ; round++) {
          const row = await findSubscription(t, key);
          const existing = row ? toSubscription(row) : undefined;
          const v = validate(input, existing);
          const fields = { time: v.time, tz: v.tz, topics: JSON.stringify(v.topics), by: input.by, at };
          if (existing) {
            await updateSubscription(t, existing.id, fields);
            return { subscription: toSubscription((await subscriptionById(t, existing.id))!), created: false };
          }
          const id = await insertSubscription(t, { ...key, dossier: v.dossier }, fields);
          if (id !== undefined) return { subscription: toSubscription((await subscriptionById(t, id))!), created: true };
          // Another process subscribed the channel meanwhile (PostgreSQL; SQLite's writer lock rules it out): read its row.
          if (round > 0) throw new Error('subscriptions: the subscription kept appearing and disappearing');
          key.dossier = v.dossier;
        }
      });
    },
    unsubscribe(ref) {
      checkChannel(ref);
      return sql.tx(async (t) => {
        const rows = await ofChannel(t, ref);
        for (const r of rows) await deleteSubscription(t, r.id);
        return rows.map(toSubscription);
      });
    },
    async list(platform, workspace) {
      return (await workspaceSubscriptions(sql, platform, workspace)).map(toSubscription);
    },
    async forChannel(ref) {
      return (await ofChannel(sql, ref)).map(toSubscription);
    },
  };
}
