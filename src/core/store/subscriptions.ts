import type { SqlClient } from './sql.js';

/** A row of table subscriptions. */
export interface SubscriptionRow {
  id: number;
  platform: 'slack' | 'discord';
  workspace: string;
  channel: string;
  dossier: string;
  time: string;
  tz: string;
  /** JSON array of topic ids. */
  topics: string;
  created_by: string;
  created_at: string;
  updated_by: string | null;
  updated_at: string | null;
  status: 'active' | 'unreachable';
  status_reason: string | null;
}

/** One channel's subscription to one dossier, as the unique key names it. */
export interface SubscriptionKey {
  platform: string;
  workspace: string;
  channel: string;
  dossier: string;
}

/** The fields `/parley subscribe` sets. */
export interface SubscriptionFields {
  time: string;
  tz: string;
  /** JSON array of topic ids. */
  topics: string;
  by: string;
  at: string;
}

const COLUMNS = 'id, platform, workspace, channel, dossier, time, tz, topics, created_by, created_at, updated_by, updated_at, status, status_reason';

/** The channel's subscription to the dossier, if any. */
export function findSubscription(sql: SqlClient, key: SubscriptionKey): Promise<SubscriptionRow | undefined> {
  return sql.get<SubscriptionRow>(`SELECT ${COLUMNS} FROM subscriptions WHERE platform = ? AND workspace = ? AND channel = ? AND dossier = ?`, [
    key.platform,
    key.workspace,
    key.channel,
    key.dossier,
  ]);
}

/** A channel's subscriptions, by dossier. */
export function channelSubscriptions(sql: SqlClient, platform: string, workspace: string, channel: string): Promise<SubscriptionRow[]> {
  return sql.all<SubscriptionRow>(`SELECT ${COLUMNS} FROM subscriptions WHERE platform = ? AND workspace = ? AND channel = ? ORDER BY dossier`, [
    platform,
    workspace,
    channel,
  ]);
}

/** A workspace's subscriptions, by channel and dossier, unreachable ones included. */
export function workspaceSubscriptions(sql: SqlClient, platform: string, workspace: string): Promise<SubscriptionRow[]> {
  return sql.all<SubscriptionRow>(`SELECT ${COLUMNS} FROM subscriptions WHERE platform = ? AND workspace = ? ORDER BY channel, dossier`, [platform, workspace]);
}

/** Every subscription, by id: what the scheduler walks each minute. */
export function allSubscriptions(sql: SqlClient): Promise<SubscriptionRow[]> {
  return sql.all<SubscriptionRow>(`SELECT ${COLUMNS} FROM subscriptions ORDER BY id`);
}

/** One subscription by id. */
export function subscriptionById(sql: SqlClient, id: number): Promise<SubscriptionRow | undefined> {
  return sql.get<SubscriptionRow>(`SELECT ${COLUMNS} FROM subscriptions WHERE id = ?`, [id]);
}

/**
 * Adds the channel's subscription to the dossier and returns its id, or undefined when the
 * channel already has one (another process subscribed it first): never a second row, never an error.
 */
export async function insertSubscription(sql: SqlClient, key: SubscriptionKey, f: SubscriptionFields): Promise<number | undefined> {
  const row = await sql.get<{ id: number }>(
    `INSERT INTO subscriptions (platform, workspace, channel, dossier, time, tz, topics, created_by, created_at)
     VALUES (@platform, @workspace, @channel, @dossier, @time, @tz, @topics, @by, @at)
     ON CONFLICT (platform, workspace, channel, dossier) DO NOTHING RETURNING id`,
    { ...key, ...f },
  );
  return row?.id;
}

/** Changes a subscription's time, zone and topics; re-subscribing is also how an unreachable channel is brought back. */
export async function updateSubscription(sql: SqlClient, id: number, f: SubscriptionFields): Promise<void> {
  await sql.run(
    `UPDATE subscriptions SET time = @time, tz = @tz, topics = @topics, updated_by = @by, updated_at = @at,
            status = 'active', status_reason = NULL WHERE id = @id`,
    { ...f, id },
  );
}

/** Removes a subscription (its claims go with it). */
export async function deleteSubscription(sql: SqlClient, id: number): Promise<void> {
  await sql.run('DELETE FROM subscriptions WHERE id = ?', [id]);
}
