import { type ParseArgsConfig, parseArgs } from 'node:util';
import {
  actorDoc,
  askDoc,
  briefingToDoc,
  type Core,
  copyStore,
  createCore,
  DatabaseError,
  DossierError,
  databaseErrorOf,
  type Doc,
  dossierDirs,
  formatExplain,
  formatReaders,
  isUserError,
  type Logger,
  migrateStore,
  type Platform,
  type Poster,
  renderDiscord,
  renderMarkdown,
  renderSlack,
  storeTarget,
  timelineDoc,
  whoLeadsDoc,
} from '../core/index.js';
import { ConfigError, cliSettings, loadPosterConfig, redact } from '../config.js';
import { runDossierCommand } from './dossier.js';
import { commandHelp, USAGE } from './help.js';
import { formatRunReport, postDue } from './post-due.js';


type Out = { stdout: (s: string) => void; stderr: (s: string) => void };

const GLOBAL = {
  db: { type: 'string' },
  dossier: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const OPTIONS = {
  ingest: { offline: { type: 'boolean' } },
  'who-leads': { round: { type: 'string' } },
  actor: {},
  timeline: {
    from: { type: 'string' },
    to: { type: 'string' },
    topic: { type: 'string' },
    actor: { type: 'string' },
    party: { type: 'string' },
    text: { type: 'string' },
    limit: { type: 'string' },
  },
  ask: {},
  explain: {},
  briefing: {
    date: { type: 'string' },
    since: { type: 'string' },
    tz: { type: 'string' },
    format: { type: 'string' },
    explain: { type: 'boolean' },
  },
  backup: {},
  migrate: {},
  'copy-store': { from: { type: 'string' }, to: { type: 'string' }, replace: { type: 'boolean' } },
  'post-due': { now: { type: 'string' } },
  dossier: { title: { type: 'string' }, tz: { type: 'string' }, description: { type: 'string' }, dir: { type: 'string' } },
} as const;

type CommandName = keyof typeof OPTIONS;

/** The commands the CLI takes (each has its entry in COMMAND_HELP; a test checks). */
export const CLI_COMMANDS = Object.keys(OPTIONS) as CommandName[];

class UsageError extends Error {}

const ISO_INSTANT_RE = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** `--now`: an ISO instant with its zone; a zone-less time would be read in the host's zone, silently. */
function isoInstant(text: string): Date {
  const m = ISO_INSTANT_RE.exec(text.trim());
  const day = m ? new Date(`${m[1]}T00:00:00Z`) : undefined;
  const t = m ? new Date(text.trim()) : undefined;
  if (!m || !day || !t || Number.isNaN(t.getTime()) || day.toISOString().slice(0, 10) !== m[1]) {
    throw new UsageError(`--now takes an ISO instant with its zone, e.g. --now 2025-03-24T06:00:00Z (got "${text.slice(0, 40)}")`);
  }
  return t;
}

/** The CLI's own log: warnings and errors as one readable line each on stderr, secrets redacted. */
function lineLogger(write: (s: string) => void, bindings: Record<string, unknown> = {}, cmd = 'post-due'): Logger {
  const at = (level: string) => (obj: object, msg?: string) => {
    const fields = Object.entries(redact({ ...bindings, ...obj }) as Record<string, unknown>)
      .filter(([k]) => k !== 'err')
      .map(([k, val]) => `${k}=${typeof val === 'string' ? val : JSON.stringify(val)}`)
      .join(' ');
    write(`parley ${cmd}: ${level}: ${redact(msg ?? '')}${fields ? ` (${fields})` : ''}\n`);
  };
  const quiet = () => {};
  return { debug: quiet, info: quiet, warn: at('warn'), error: at('error'), child: (b) => lineLogger(write, { ...bindings, ...b }, cmd) };
}

/** Runs one CLI invocation; returns the exit code. Exported so tests drive it in-process. */
/**
 * Global options may come before the command (`parley --db x.db who-leads Ukraine`), as most CLIs
 * allow: they are moved after it, where each command's parser reads them.
 */
function commandFirst(argv: string[]): string[] {
  const leading: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') ? [a.slice(2).split('=', 1)[0]!, a.includes('=')] : ['', false];
    const opt = flag in GLOBAL ? GLOBAL[flag as keyof typeof GLOBAL] : undefined;
    if (!opt || flag === 'help') break;
    const takesValue = opt.type === 'string' && !inline;
    leading.push(...argv.slice(i, i + (takesValue ? 2 : 1)));
    i += takesValue ? 2 : 1;
  }
  return i === 0 ? argv : [...argv.slice(i, i + 1), ...leading, ...argv.slice(i + 1)];
}

export async function runCli(argv: string[], out: Out = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }): Promise<number> {
  const [name, ...rest] = commandFirst(argv);
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    // `parley help who-leads` is `parley who-leads --help`.
    out.stdout(`${rest[0] && rest[0] in OPTIONS ? commandHelp(rest[0]) : USAGE}\n`);
    return name ? 0 : 2;
  }
  if (!(name in OPTIONS)) {
    out.stderr(`parley: unknown command "${name.slice(0, 40)}". Try: parley help\n`);
    return 2;
  }
  const cmd = name as CommandName;
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    const options: ParseArgsConfig['options'] = { ...GLOBAL, ...OPTIONS[cmd] };
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (err) {
    out.stderr(`parley ${cmd}: ${(err as Error).message.split('\n')[0]}. Try: parley ${cmd} --help\n`);
    return 2;
  }
  const v = parsed.values;
  const pos = parsed.positionals;
  if (v.help) {
    out.stdout(`${commandHelp(cmd)}\n`);
    return 0;
  }
  let settings: ReturnType<typeof cliSettings>;
  try {
    settings = cliSettings();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    out.stderr(`parley: ${err.message}\n`);
    return 2;
  }
  const dbPath = (v.db as string | undefined) ?? settings.dbPath;
  const dirs = dossierDirs(settings.dossierDir);
  /** `--dossier`: the dossier a query is about (default PARLEY_DOSSIER); for ingest, the one whose feeds to read (default all). */
  const dossier = v.dossier as string | undefined;
  const about = dossier !== undefined ? { dossier } : {};
  let core: Core | undefined;
  try {
    if (cmd === 'dossier') {
      if (dossier !== undefined) throw new UsageError('dossier takes the id after the subcommand. Try: parley dossier check gaza-ceasefire');
      return await runDossierCommand(pos, v, { dirs, defaultId: settings.dossier, dbPath, stdout: out.stdout });
    }
    // An explicit --db names the SQLite file; otherwise PARLEY_DATABASE_URL, when set, selects PostgreSQL.
    const databaseUrl = v.db === undefined ? settings.databaseUrl : undefined;
    const json = v.json === true;
    if (cmd === 'migrate') {
      const r = await migrateStore(storeTarget({ dbPath, databaseUrl }), { legacyDossier: settings.dossier });
      const engine = r.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL';
      if (json) out.stdout(`${JSON.stringify(r, null, 2)}\n`);
      else if (r.applied.length === 0) out.stdout(`${engine} ${r.where}: schema version ${r.to}, current (nothing to apply)\n`);
      else out.stdout(`${engine} ${r.where}: schema version ${r.from} → ${r.to} (applied ${r.applied.join(', ')})\n`);
      return 0;
    }
    if (cmd === 'copy-store') {
      const from = (v.from as string | undefined) ?? dbPath;
      const to = (v.to as string | undefined) ?? settings.databaseUrl;
      const target = to !== undefined ? storeTarget({ dbPath: '', databaseUrl: to }) : undefined;
      if (target?.kind !== 'postgres') throw new UsageError('copy-store needs a PostgreSQL target. Try: parley copy-store --from ./data/parley.db --to postgres://user@host/parley');
      const r = await copyStore(from, target, { replace: v.replace === true, legacyDossier: settings.dossier });
      if (json) out.stdout(`${JSON.stringify(r, null, 2)}\n`);
      else {
        for (const t of r.tables) out.stdout(`${t.table.padEnd(26)} ${String(t.source).padStart(9)} → ${String(t.target).padStart(9)}${t.source === t.target ? '' : '  MISMATCH'}\n`);
        const rows = r.tables.reduce((n, t) => n + t.source, 0);
        out.stdout(r.same ? `copied ${rows} rows in ${r.tables.length} tables from ${r.from} to ${r.to}: every table's count matches\n` : `copied from ${r.from} to ${r.to}, but the counts differ (MISMATCH above)\n`);
      }
      return r.same ? 0 : 1;
    }
    core = createCore({
      dbPath,
      ...(databaseUrl !== undefined ? { databaseUrl } : {}),
      dossier: settings.dossier,
      dossierDir: dirs,
      allowPrivateFeeds: settings.allowPrivateFeeds,
      // The model reader's warnings (a spent budget, a refusing endpoint) are said on stderr.
      ...(settings.reader ? { reader: settings.reader, ...(cmd === 'ingest' ? { logger: lineLogger(out.stderr, {}, 'ingest') } : {}) } : {}),
    });
    if (cmd !== 'ingest' && cmd !== 'backup' && (await core.isEmpty())) {
      // Not an error: the answer below is right for an empty knowledge base, but say why it is empty.
      out.stderr('parley: the knowledge base is empty. Load the bundled snapshots with `parley ingest --offline`, or fetch the feeds with `parley ingest`.\n');
    }
    const print = (doc: Doc, data: unknown) => out.stdout(json ? `${JSON.stringify(data, null, 2)}\n` : renderMarkdown(doc));
    switch (cmd) {
      case 'ingest': {
        // Writing into a damaged file spreads the damage: check it first (about 2 s per 360 MB; the CLI has no one else to serve).
        const integrity = await core.integrity();
        if (!integrity.ok) throw new DatabaseError('damaged', dbPath, `${dbPath} is damaged (quick_check: ${integrity.detail ?? 'failed'}): restore it from a backup (\`parley backup FILE\` makes one), or move it aside to start a new one`);
        const report = await core.ingest(pos, { offline: v.offline === true, ...about });
        if (json) out.stdout(`${JSON.stringify(report, null, 2)}\n`);
        else
          for (const r of report.sources) {
            const again = r.reread ? ` (${r.reread} read again for a dossier added since)` : '';
            const detail =
              r.status === 'failed'
                ? r.reason
                : `${r.newItems} new, ${r.duplicates} duplicate${again}, ${r.irrelevant} irrelevant`;
            out.stdout(`${r.status.padEnd(12)} ${r.source} — ${detail}\n`);
          }
        return report.sources.length > 0 && report.sources.every((r) => r.status === 'failed') ? 1 : 0;
      }
      case 'who-leads': {
        if (pos.length === 0) throw new UsageError('who-leads needs a party. Try: parley who-leads Ukraine');
        const r = await core.whoLeads(pos.join(' '), { ...(v.round !== undefined ? { round: v.round as string } : {}), ...about });
        print(whoLeadsDoc(r), r);
        return 0;
      }
      case 'actor': {
        if (pos.length === 0) throw new UsageError('actor needs a name. Try: parley actor Witkoff');
        const r = await core.actor(pos.join(' '), about);
        print(actorDoc(r), r);
        return 0;
      }
      case 'timeline': {
        if (pos.length > 0) throw new UsageError(`unexpected "${pos[0]!.slice(0, 40)}". Try: parley timeline --topic maritime`);
        let limit: number | undefined;
        if (v.limit !== undefined) {
          limit = Number(v.limit);
          if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('--limit takes a whole number from 1 to 500, e.g. --limit 20');
        }
        const r = await core.timeline({
          from: v.from as string | undefined,
          to: v.to as string | undefined,
          topic: v.topic as string | undefined,
          actor: v.actor as string | undefined,
          party: v.party as string | undefined,
          text: v.text as string | undefined,
          limit,
        }, about);
        print(timelineDoc(r), r);
        return 0;
      }
      case 'ask': {
        const r = await core.ask(pos.join(' '), about);
        print(askDoc(r), r);
        return 0;
      }
      case 'explain': {
        if (pos.length !== 1) throw new UsageError('explain needs one item id or URL. Try: parley explain 42');
        const r = await core.explain(pos[0]!, about);
        if (json) out.stdout(`${JSON.stringify(r, null, 2)}\n`);
        else {
          out.stdout(`${r.item.title} (item ${r.item.id}, ${r.item.published.slice(0, 10)}${r.item.url ? `, ${r.item.url}` : ''})\n`);
          if (!r.item.relevant) out.stdout(`Not relevant to ${dossier ?? core.defaultDossier}: ingest extracted nothing from it for that dossier.\n`);
          out.stdout(formatExplain(r.sentences));
          out.stdout(formatReaders(r));
        }
        return 0;
      }
      case 'briefing': {
        const format = (v.format as string | undefined) ?? (json ? 'json' : 'md');
        if (!['md', 'json', 'slack', 'discord'].includes(format)) throw new UsageError('--format takes md, json, slack or discord');
        const b = await core.briefing({
          ...about,
          date: v.date as string | undefined,
          since: v.since as string | undefined,
          tz: v.tz as string | undefined,
        });
        const doc = briefingToDoc(b, { explain: v.explain === true });
        if (format === 'json') out.stdout(`${JSON.stringify(b, null, 2)}\n`);
        else if (format === 'slack') out.stdout(`${JSON.stringify(renderSlack(doc), null, 2)}\n`);
        else if (format === 'discord') out.stdout(`${JSON.stringify(renderDiscord(doc), null, 2)}\n`);
        else out.stdout(renderMarkdown(doc));
        return 0;
      }
      case 'post-due': {
        if (pos.length > 0) throw new UsageError(`unexpected "${pos[0]!.slice(0, 40)}". Try: parley post-due --now 2025-03-24T06:00:00Z`);
        const now = v.now === undefined ? new Date() : isoInstant(v.now as string);
        const platforms = loadPosterConfig();
        for (const problem of platforms.problems) out.stderr(`parley post-due: ${problem}\n`);
        if (!platforms.slack && !platforms.discord) {
          throw new UsageError('no platform to post to: set SLACK_BOT_TOKEN and/or DISCORD_TOKEN (see .env.example)');
        }
        const logger = lineLogger(out.stderr);
        const posters: Partial<Record<Platform, Poster>> = {};
        // Posters only: no Bolt receiver, no gateway login; each is one HTTP client.
        if (platforms.slack) {
          const { createSlackPoster } = await import('../adapters/slack/slack-poster.js');
          posters.slack = createSlackPoster({ ...platforms.slack, logger });
        }
        if (platforms.discord) {
          const { createDiscordPoster } = await import('../adapters/discord/discord-poster.js');
          posters.discord = createDiscordPoster({ ...platforms.discord, logger });
        }
        const report = await postDue(core, { posters, now, logger });
        out.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : formatRunReport(report));
        return report.failed > 0 ? 1 : 0;
      }
      case 'backup': {
        if (pos.length !== 1) throw new UsageError('backup needs one target file. Try: parley backup ./backup.db');
        const pages = await core.backup(pos[0]!);
        out.stdout(`backed up ${pages} pages to ${pos[0]}\n`);
        return 0;
      }
    }
  } catch (err) {
    if (err instanceof UsageError) {
      out.stderr(`parley ${cmd}: ${err.message}\n`);
      return 2;
    }
    if (isUserError(err)) {
      out.stderr(`parley ${cmd}: ${err.message}\n`);
      return err.exitCode;
    }
    if (err instanceof DossierError) {
      out.stderr(`parley: ${err.message}\n`);
      return 2;
    }
    const dbError = databaseErrorOf(err, dbPath);
    if (dbError) {
      out.stderr(`parley: ${dbError.message}\n`);
      return 4;
    }
    out.stderr(`parley ${cmd}: internal error: ${(err as Error).message?.split('\n')[0] ?? String(err)}\n`);
    return 3;
  } finally {
    await core?.close();
  }
  return 0;
}
