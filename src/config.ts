import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { READER_DEFAULTS, READER_MODES, type ReaderSettings, RESPONSE_FORMATS } from './core/index.js';

/**
 * The only reader of process.env. Each platform is a group of variables: a complete group turns the
 * platform on, an empty one leaves it off, a half-filled one stops the start with the names of what is missing.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const nonEmpty = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
const flag = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const s = nonEmpty(v)?.toLowerCase();
    if (s === undefined || s === 'false' || s === '0' || s === 'no') return false;
    if (s === 'true' || s === '1' || s === 'yes') return true;
    ctx.addIssue({ code: 'custom', message: `expected true or false, got "${v}"` });
    return z.NEVER;
  });
const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });
/** Like `flag`, but on unless switched off. */
const flagOn = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const s = nonEmpty(v)?.toLowerCase();
    if (s === undefined || s === 'true' || s === '1' || s === 'yes') return true;
    if (s === 'false' || s === '0' || s === 'no') return false;
    ctx.addIssue({ code: 'custom', message: `expected true or false, got "${v}"` });
    return z.NEVER;
  });

const BaseSchema = z.object({
  PARLEY_DB: z.string().default('./data/parley.db'),
  PARLEY_DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => nonEmpty(v) === undefined || /^postgres(ql)?:\/\//i.test(v!.trim()), 'expected a postgres:// URL (unset: the SQLite file PARLEY_DB)'),
  PARLEY_DOSSIER: z.string().regex(/^[a-z0-9-]+$/, 'expected a dossier id like russia-ukraine').default('russia-ukraine'),
  PARLEY_DOSSIER_DIR: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
  SLACK_ADMIN_USERS: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean)),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  PARLEY_POLL_FEEDS: flagOn,
  PARLEY_ALLOW_PRIVATE_FEEDS: flag,
});

const SlackSchema = z.object({
  SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'expected a bot token starting with xoxb-'),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'expected an app-level token starting with xapp-').optional(),
  SLACK_API_URL: httpUrl.optional(),
});

const DiscordSchema = z.object({
  DISCORD_TOKEN: z.string().min(1),
  DISCORD_APPLICATION_ID: z.string().regex(/^\d{5,25}$/, 'expected the numeric application id'),
  DISCORD_API_URL: httpUrl.optional(),
  DISCORD_MESSAGE_CONTENT: flag,
});

export interface SlackConfig {
  botToken: string;
  /** HTTP mode verifies every request with it. */
  signingSecret?: string;
  /** Set → Socket Mode. */
  appToken?: string;
  mode: 'http' | 'socket';
  /** e.g. http://127.0.0.1:4000/api/ for a local fake; default Slack's. */
  apiUrl?: string;
  adminUsers: string[];
}

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** e.g. http://127.0.0.1:4000/api for a local fake; default Discord's. */
  apiUrl?: string;
  /** The privileged MessageContent intent is enabled in the developer portal: answer mentions. */
  messageContent: boolean;
}

export interface Config {
  dbPath: string;
  /** `PARLEY_DATABASE_URL`: a postgres:// URL selects PostgreSQL; unset, the SQLite file `dbPath`. */
  databaseUrl?: string;
  /** The default dossier: what a query or a channel without a subscription is about. */
  dossier: string;
  /** A folder of dossiers searched before the bundled briefings/ (`PARLEY_DOSSIER_DIR`: a Docker volume, say). */
  dossierDir?: string;
  port: number;
  host: string;
  /** Unset: main picks info for the bot, warn for the shell (whose stdout is the conversation). */
  logLevel?: LogLevel;
  shutdownTimeoutMs: number;
  /** Poll the dossier's feeds on their schedules while the bot runs (off when an external job ingests). */
  pollFeeds: boolean;
  /** Let feeds resolve to loopback, private or link-local addresses (a feed on the operator's LAN). */
  allowPrivateFeeds: boolean;
  slack?: SlackConfig;
  discord?: DiscordConfig;
  /** The model reader, when PARLEY_READER is model or both. */
  reader?: ReaderSettings;
}

/** Raised at start for a bad or half-filled configuration; the message names the variables. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function issuesText(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`).join('; ');
}

function pick(env: Env, keys: string[]): Record<string, string | undefined> {
  return Object.fromEntries(keys.map((k) => [k, nonEmpty(env[k])]));
}

function slackFrom(env: Env, adminUsers: string[]): SlackConfig | undefined {
  const raw = pick(env, ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_API_URL']);
  const credentials = ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'].filter((k) => raw[k] !== undefined);
  if (credentials.length === 0) return undefined;
  const missing: string[] = [];
  if (!raw.SLACK_BOT_TOKEN) missing.push('SLACK_BOT_TOKEN');
  if (!raw.SLACK_SIGNING_SECRET && !raw.SLACK_APP_TOKEN) {
    missing.push('SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)');
  }
  if (missing.length > 0) {
    throw new ConfigError(`Slack is half-configured (${credentials.join(', ')} set): missing ${missing.join(', ')}`);
  }
  const parsed = SlackSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`Slack configuration: ${issuesText(parsed.error)}`);
  const s = parsed.data;
  return {
    botToken: s.SLACK_BOT_TOKEN,
    ...(s.SLACK_SIGNING_SECRET ? { signingSecret: s.SLACK_SIGNING_SECRET } : {}),
    ...(s.SLACK_APP_TOKEN ? { appToken: s.SLACK_APP_TOKEN } : {}),
    mode: s.SLACK_APP_TOKEN ? 'socket' : 'http',
    ...(s.SLACK_API_URL ? { apiUrl: s.SLACK_API_URL } : {}),
    adminUsers,
  };
}

function discordFrom(env: Env): DiscordConfig | undefined {
  const raw = pick(env, ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_API_URL', 'DISCORD_MESSAGE_CONTENT']);
  const group = ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'];
  const set = group.filter((k) => raw[k] !== undefined);
  if (set.length === 0) return undefined;
  if (set.length < group.length) {
    const missing = group.filter((k) => raw[k] === undefined);
    throw new ConfigError(`Discord is half-configured (${set.join(', ')} set): missing ${missing.join(', ')}`);
  }
  const parsed = DiscordSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`Discord configuration: ${issuesText(parsed.error)}`);
  const d = parsed.data;
  return {
    token: d.DISCORD_TOKEN,
    applicationId: d.DISCORD_APPLICATION_ID,
    ...(d.DISCORD_API_URL ? { apiUrl: d.DISCORD_API_URL } : {}),
    messageContent: d.DISCORD_MESSAGE_CONTENT,
  };
}

/** What `loadDotEnv` read, for the line that says so at start. */
export interface DotEnv {
  /** As named: `.env`, or PARLEY_ENV_FILE's value. */
  file: string;
  /** Variables it set. */
  applied: number;
  /** Variables it also names that the environment already set: the environment's value was kept. */
  kept: number;
}

/**
 * Reads `.env` from the working directory into `env` (process.env), as the README's set-up says
 * to fill it. Variables already set in the environment win: `.env` only fills the gaps, so
 * `docker run -e`, a process manager or the shell can override it. PARLEY_ENV_FILE names another
 * file, or `none` to read nothing (tests use that, so a developer's tokens never leak into them).
 * Node's own parser, no dependency. Null when there is no file to read; a ConfigError when a
 * named file cannot be read.
 */
export function loadDotEnv(env: Env = process.env, cwd = process.cwd()): DotEnv | null {
  const named = nonEmpty(env.PARLEY_ENV_FILE);
  if (named?.toLowerCase() === 'none') return null;
  const file = resolve(cwd, named ?? '.env');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (named === undefined && (err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ConfigError(`cannot read ${named === undefined ? '.env' : `PARLEY_ENV_FILE (${file})`}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let applied = 0;
  let kept = 0;
  for (const [key, value] of Object.entries(parseEnv(text))) {
    if (env[key] !== undefined) {
      kept++;
    } else {
      env[key] = value;
      applied++;
    }
  }
  return { file: named ?? '.env', applied, kept };
}

/** The start-up line for what loadDotEnv did. */
export function dotEnvLine(read: DotEnv): string {
  const kept = read.kept > 0 ? `; ${read.kept} already set in the environment, kept` : '';
  return `read ${read.file} (${read.applied} setting${read.applied === 1 ? '' : 's'}${kept})`;
}

const positiveInt = (what: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const s = nonEmpty(v);
      if (s === undefined) return undefined;
      if (!/^\d+$/.test(s) || Number(s) <= 0) {
        ctx.addIssue({ code: 'custom', message: `expected ${what}, got "${v}"` });
        return z.NEVER;
      }
      return Number(s);
    });

const ReaderSchema = z.object({
  PARLEY_READER: z.enum(READER_MODES, { error: 'expected rules, model or both' }).default('rules'),
  PARLEY_MODEL_URL: httpUrl.optional(),
  PARLEY_MODEL: z.string().optional(),
  PARLEY_MODEL_API_KEY: z.string().optional(),
  PARLEY_MODEL_DAILY_TOKENS: positiveInt('a whole number of tokens per day, e.g. 1000000'),
  PARLEY_MODEL_TIMEOUT_MS: positiveInt('milliseconds, e.g. 30000'),
  PARLEY_MODEL_CONCURRENCY: positiveInt('a number of items read at once, e.g. 2'),
  PARLEY_MODEL_MAX_OUTPUT_TOKENS: positiveInt('a number of tokens, e.g. 2000'),
  PARLEY_MODEL_RESPONSE_FORMAT: z.enum(RESPONSE_FORMATS, { error: 'expected auto, json_schema, json_object or none' }).default('auto'),
  PARLEY_MODEL_BOTTOM_LINE: flag,
});

/**
 * The model reader's settings: undefined with PARLEY_READER=rules (the default). A model or both
 * reader needs PARLEY_MODEL_URL and PARLEY_MODEL; a ConfigError names what is missing or wrong.
 */
export function loadReaderSettings(env: Env = process.env, mode?: ReaderSettings['mode']): ReaderSettings | undefined {
  const raw = pick(env, Object.keys(ReaderSchema.shape));
  // `npm run eval -- --reader model` names the mode on the command line; the endpoint comes from the environment.
  if (mode) raw.PARLEY_READER = mode;
  if (raw.PARLEY_READER !== undefined) raw.PARLEY_READER = raw.PARLEY_READER.toLowerCase();
  const parsed = ReaderSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`Model reader: ${issuesText(parsed.error)}`);
  const r = parsed.data;
  if (r.PARLEY_READER === 'rules') return undefined;
  const missing = [
    ...(r.PARLEY_MODEL_URL ? [] : ['PARLEY_MODEL_URL (an OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1 for Ollama)']),
    ...(r.PARLEY_MODEL?.trim() ? [] : ['PARLEY_MODEL (the model name, e.g. llama3.1:8b)']),
  ];
  if (missing.length > 0) {
    throw new ConfigError(`PARLEY_READER=${r.PARLEY_READER} needs ${missing.join(' and ')}; or set PARLEY_READER=rules`);
  }
  return {
    mode: r.PARLEY_READER,
    url: r.PARLEY_MODEL_URL!,
    model: r.PARLEY_MODEL!.trim(),
    ...(r.PARLEY_MODEL_API_KEY ? { apiKey: r.PARLEY_MODEL_API_KEY } : {}),
    dailyTokens: r.PARLEY_MODEL_DAILY_TOKENS ?? READER_DEFAULTS.dailyTokens,
    timeoutMs: r.PARLEY_MODEL_TIMEOUT_MS ?? READER_DEFAULTS.timeoutMs,
    concurrency: r.PARLEY_MODEL_CONCURRENCY ?? READER_DEFAULTS.concurrency,
    maxOutputTokens: r.PARLEY_MODEL_MAX_OUTPUT_TOKENS ?? READER_DEFAULTS.maxOutputTokens,
    responseFormat: r.PARLEY_MODEL_RESPONSE_FORMAT,
    bottomLine: r.PARLEY_MODEL_BOTTOM_LINE,
  };
}

/** Reads and checks the whole configuration; throws ConfigError naming what is wrong. */
export function loadConfig(env: Env = process.env): Config {
  const base = BaseSchema.safeParse(pick(env, Object.keys(BaseSchema.shape)));
  if (!base.success) throw new ConfigError(`Configuration: ${issuesText(base.error)}`);
  const b = base.data;
  const slack = slackFrom(env, b.SLACK_ADMIN_USERS);
  const discord = discordFrom(env);
  const reader = loadReaderSettings(env);
  return {
    dbPath: b.PARLEY_DB,
    ...(nonEmpty(b.PARLEY_DATABASE_URL) ? { databaseUrl: nonEmpty(b.PARLEY_DATABASE_URL)!.trim() } : {}),
    dossier: b.PARLEY_DOSSIER,
    ...(nonEmpty(b.PARLEY_DOSSIER_DIR) ? { dossierDir: nonEmpty(b.PARLEY_DOSSIER_DIR) } : {}),
    port: b.PORT,
    host: b.HOST,
    ...(b.LOG_LEVEL ? { logLevel: b.LOG_LEVEL } : {}),
    shutdownTimeoutMs: b.SHUTDOWN_TIMEOUT_MS,
    pollFeeds: b.PARLEY_POLL_FEEDS,
    allowPrivateFeeds: b.PARLEY_ALLOW_PRIVATE_FEEDS,
    ...(slack ? { slack } : {}),
    ...(discord ? { discord } : {}),
    ...(reader ? { reader } : {}),
  };
}

/** What `commands:deploy` needs: the Discord group alone, without requiring the rest. */
export function loadDiscordDeployConfig(env: Env = process.env): Partial<Pick<DiscordConfig, 'token' | 'applicationId' | 'apiUrl'>> {
  return {
    ...(nonEmpty(env.DISCORD_TOKEN) ? { token: nonEmpty(env.DISCORD_TOKEN) } : {}),
    ...(nonEmpty(env.DISCORD_APPLICATION_ID) ? { applicationId: nonEmpty(env.DISCORD_APPLICATION_ID) } : {}),
    ...(nonEmpty(env.DISCORD_API_URL) ? { apiUrl: nonEmpty(env.DISCORD_API_URL) } : {}),
  };
}

/** What a poster needs on each platform: a bot token and, optionally, another API base. */
export interface PosterConfig {
  slack?: { botToken: string; apiUrl?: string };
  discord?: { token: string; apiUrl?: string };
  /** One line per platform group that is set but unusable, e.g. a malformed token. */
  problems: string[];
}

/**
 * What `parley post-due` needs: the platforms it can post to. Posting needs only the bot token
 * (no signing secret, app token or application id), and one broken group must not stop the other
 * platform's briefings, so this never throws: unusable groups are named in `problems`.
 */
export function loadPosterConfig(env: Env = process.env): PosterConfig {
  const problems: string[] = [];
  const out: PosterConfig = { problems };
  const slack = pick(env, ['SLACK_BOT_TOKEN', 'SLACK_API_URL']);
  if (slack.SLACK_BOT_TOKEN !== undefined || slack.SLACK_API_URL !== undefined) {
    const parsed = SlackSchema.pick({ SLACK_BOT_TOKEN: true, SLACK_API_URL: true }).safeParse(slack);
    if (parsed.success) out.slack = { botToken: parsed.data.SLACK_BOT_TOKEN, ...(parsed.data.SLACK_API_URL ? { apiUrl: parsed.data.SLACK_API_URL } : {}) };
    else problems.push(`Slack skipped: ${issuesText(parsed.error)}`);
  }
  const discord = pick(env, ['DISCORD_TOKEN', 'DISCORD_API_URL']);
  if (discord.DISCORD_TOKEN !== undefined || discord.DISCORD_API_URL !== undefined) {
    const parsed = DiscordSchema.pick({ DISCORD_TOKEN: true, DISCORD_API_URL: true }).safeParse(discord);
    if (parsed.success) out.discord = { token: parsed.data.DISCORD_TOKEN, ...(parsed.data.DISCORD_API_URL ? { apiUrl: parsed.data.DISCORD_API_URL } : {}) };
    else problems.push(`Discord skipped: ${issuesText(parsed.error)}`);
  }
  return out;
}

/** Keys whose values are secrets wherever they appear in a log object. */
export const SECRET_KEYS = ['token', 'botToken', 'appToken', 'signingSecret', 'secret', 'authorization', 'password', 'apiKey', 'DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'PARLEY_MODEL_API_KEY', 'PARLEY_DATABASE_URL'];

/** pino `redact` paths for the same keys, one level and two levels deep (pino paths have no `**`). */
export const REDACT_PATHS = SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

const SECRET_KEY_RE = /token|secret|password|authorization|signature|api_?key/i;
// Slack tokens, Discord bot tokens (three dot-separated base64url parts), and model API keys in
// the sk-… shape OpenAI and most compatible services use.
const SECRET_VALUE_RE = /\bxox[abposr]-[A-Za-z0-9-]+|\bxapp-[A-Za-z0-9-]+|\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40}\b|\bsk-[A-Za-z0-9_-]{8,}/g;

/** Replaces secrets in any value (object keys named like secrets, token-shaped strings) with "[redacted]". */
export function redact<T>(value: T, seen = new WeakSet<object>()): T {
  if (typeof value === 'string') {
    return value
      .replace(SECRET_VALUE_RE, '[redacted]')
      // Interaction tokens in webhook/callback URLs grant 15 minutes of posting as the bot.
      .replace(/(\/(?:webhooks|interactions)\/\d+\/)[A-Za-z0-9._-]{20,}/g, '$1[redacted]') as T;
  }
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => redact(v, seen)) as T;
  if (value instanceof Error) {
    // message and stack are not enumerable: copy them, or the log would show an empty error.
    const e: Record<string, unknown> = { type: value.name, message: redact(value.message, seen), stack: redact(value.stack, seen) };
    for (const [k, v] of Object.entries(value)) e[k] = SECRET_KEY_RE.test(k) ? '[redacted]' : redact(v, seen);
    if (value.cause !== undefined) e.cause = redact(value.cause, seen);
    return e as T;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = SECRET_KEY_RE.test(k) && v !== undefined && v !== null ? '[redacted]' : redact(v, seen);
  }
  return out as T;
}

/**
 * What the `parley` CLI needs: the database, the dossiers and the model reader (its `ingest` reads
 * as the bot does), never a platform's secrets. Throws ConfigError for a bad reader setting.
 */
export function cliSettings(env: Env = process.env): {
  dbPath: string;
  databaseUrl?: string;
  dossier: string;
  dossierDir?: string;
  allowPrivateFeeds: boolean;
  reader?: ReaderSettings;
} {
  const reader = loadReaderSettings(env);
  const dossierDir = nonEmpty(env.PARLEY_DOSSIER_DIR);
  const databaseUrl = nonEmpty(env.PARLEY_DATABASE_URL)?.trim();
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    throw new ConfigError('Configuration: PARLEY_DATABASE_URL: expected a postgres:// URL (unset: the SQLite file PARLEY_DB)');
  }
  return {
    dbPath: nonEmpty(env.PARLEY_DB) ?? './data/parley.db',
    ...(databaseUrl ? { databaseUrl } : {}),
    dossier: nonEmpty(env.PARLEY_DOSSIER) ?? 'russia-ukraine',
    ...(dossierDir ? { dossierDir } : {}),
    allowPrivateFeeds: /^(true|1|yes)$/i.test(nonEmpty(env.PARLEY_ALLOW_PRIVATE_FEEDS) ?? ''),
    ...(reader ? { reader } : {}),
  };
}
