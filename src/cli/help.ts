/** What `parley help` and `parley <command> --help` print: one entry per command, in one place. */
export interface CommandHelp {
  usage: string;
  summary: string;
  /** [option, what it does]. */
  options: [string, string][];
  examples: string[];
  notes?: string[];
}

const GLOBAL_OPTIONS: [string, string][] = [
  ['--db FILE', 'the SQLite database (or PARLEY_DB; default ./data/parley.db)'],
  ['--dossier ID', 'the negotiation asked about (default PARLEY_DOSSIER, else russia-ukraine); `parley dossier list` shows them'],
  ['--json', 'machine-readable output; its shape is a zod schema in src/core/schemas.ts'],
  ['-h, --help', 'this help'],
];

export const COMMAND_HELP: Readonly<Record<string, CommandHelp>> = {
  ingest: {
    usage: 'parley ingest [--dossier ID] [SOURCE…] [--offline]',
    summary: "Fetch feeds into the knowledge base: URLs or files, or with none the feeds of the dossier named (--dossier), or of every dossier. Each item is stored once and read for every dossier it is relevant to. Files are decoded as HTTP bodies are (BOM, XML declaration, legacy encodings).",
    options: [
      ['--offline', "read the dossiers' bundled snapshots instead of the network"],
      ['--dossier ID', 'only that dossier\'s feeds (its items are still read for every dossier)'],
    ],
    examples: ['parley ingest --offline', 'parley ingest --dossier gaza-ceasefire', 'parley ingest tests/fixtures/seed-feed.xml https://kyivindependent.com/feed/'],
    notes: ['Exit 1 only when every source failed; each source gets a line saying what happened.'],
  },
  'who-leads': {
    usage: 'parley who-leads <party> [--round <place or YYYY-MM-DD>]',
    summary: "Who leads a party's delegation, newest round first, with the source that says so.",
    options: [['--round R', 'one round, by its place (Riyadh) or date (2025-03-23)']],
    examples: ['parley who-leads Ukraine', 'parley who-leads Russia --round Istanbul', 'parley who-leads Hamas --dossier gaza-ceasefire', 'parley who-leads "United States" --json'],
  },
  actor: {
    usage: 'parley actor <name>',
    summary: "One person's roles (with party and date reported), delegations, first and last seen. An unknown or ambiguous name exits 1 with \"did you mean\" candidates.",
    options: [],
    examples: ['parley actor Witkoff', 'parley actor "Rustem Umerov" --json'],
  },
  timeline: {
    usage: 'parley timeline [--from D] [--to D] [--topic T] [--actor A] [--party P] [--text WORDS] [--limit N]',
    summary: 'Dated developments of the talks, oldest first, each with its sources.',
    options: [
      ['--from D, --to D', 'dates as YYYY-MM-DD'],
      ['--topic T', "a topic of the dossier, e.g. maritime, energy, prisoners"],
      ['--actor A, --party P', 'only developments involving them'],
      ['--text WORDS', 'full-text search in the sources'],
      ['--limit N', 'at most N developments (1–500)'],
    ],
    examples: ['parley timeline --from 2025-03-01 --topic maritime', 'parley timeline --actor Witkoff --limit 20', 'parley timeline --text "prisoner exchange"'],
  },
  ask: {
    usage: 'parley ask "<question in plain English>"',
    summary: 'A plain-words question, answered from the knowledge base with sources.',
    options: [],
    examples: ['parley ask "who leads the Ukrainian delegation?"', 'parley ask "what was agreed about the Black Sea?"', 'parley ask "when are the next talks?"'],
  },
  explain: {
    usage: 'parley explain <item id or URL>',
    summary: 'How extraction read one stored item: its sentences, the people found, each rule candidate with its score, the facts stored, or why no rule fired.',
    options: [],
    examples: ['parley explain 42', 'parley explain https://kyivindependent.com/ukraine-us-begin-technical-talks-in-riyadh/'],
  },
  briefing: {
    usage: 'parley briefing [--date YYYY-MM-DD] [--since ISO] [--tz Area/City] [--format md|json|slack|discord]',
    summary: "The daily briefing: stories clustered across outlets, ranked, each line sourced.",
    options: [
      ['--date D', "the local day to brief (default today in the dossier's zone)"],
      ['--since ISO', 'cover items since this instant instead of one day'],
      ['--tz Area/City', 'the time zone the day is counted in, e.g. Europe/Kyiv'],
      ['--format F', 'md (default), json, or the slack / discord message bodies the bot would post'],
      ['--explain', 'add why each track has its status (the developments seen and the rule behind each)'],
    ],
    examples: ['parley briefing --date 2025-03-24 --tz Europe/Kyiv', 'parley briefing --date 2025-03-24 --explain', 'parley briefing --date 2025-03-24 --format slack'],
  },
  backup: {
    usage: 'parley backup <FILE>',
    summary: 'An online copy of the live database (safe while the bot runs).',
    options: [],
    examples: ['parley backup ./backup.db', 'docker exec parley parley backup /app/data/backup.db'],
  },
  migrate: {
    usage: 'parley migrate',
    summary: 'Creates or upgrades the store\'s schema now (the bot also does it at start) and prints the versions: the SQLite file (--db, PARLEY_DB), or PostgreSQL when PARLEY_DATABASE_URL is set.',
    options: [],
    examples: ['parley migrate', 'PARLEY_DATABASE_URL=postgres://parley@db.internal/parley parley migrate'],
  },
  'copy-store': {
    usage: 'parley copy-store --from FILE --to postgres://… [--replace]',
    summary: 'Copies an SQLite knowledge base into PostgreSQL, every row with its ids, in one transaction, then compares the row count of every table and says whether they match. Refuses a target that already holds data unless --replace.',
    options: [
      ['--from FILE', 'the SQLite database (default --db, PARLEY_DB)'],
      ['--to URL', 'the PostgreSQL database (default PARLEY_DATABASE_URL)'],
      ['--replace', 'empty a target that already holds a knowledge base first'],
    ],
    examples: ['parley copy-store --from ./data/parley.db --to postgres://parley@db.internal/parley'],
  },
  dossier: {
    usage: 'parley dossier new <id> --title "…" --tz Area/City | parley dossier check [<id>] | parley dossier list',
    summary: 'Dossiers without reading code: new writes a commented starter dossier.json, check validates one (each mistake with its file, where in it and what to write instead), list shows every dossier Parley serves.',
    options: [
      ['--title T, --tz Z', 'for new: the negotiation\'s name and the IANA zone its briefing\'s day is counted in'],
      ['--description D', 'for new: a sentence on what is negotiated'],
      ['--dir DIR', 'for new: where to write it (default PARLEY_DOSSIER_DIR, else the bundled briefings/)'],
    ],
    examples: [
      'parley dossier new armenia-azerbaijan --title "Armenia–Azerbaijan peace talks" --tz Asia/Baku',
      'parley dossier check armenia-azerbaijan',
      'parley dossier list',
    ],
    notes: ['PARLEY_DOSSIER_DIR names a folder of dossiers searched before the bundled ones (a Docker volume); a dossier there with a bundled id replaces it.'],
  },
  'post-due': {
    usage: 'parley post-due [--now ISO]',
    summary: "Post the briefings now due to subscribed channels (one pass of the bot's every-minute job, for an external scheduler). Each channel still gets one per local date.",
    options: [['--now ISO', 'run as if at this instant, with its zone (default now)']],
    examples: ['parley post-due', 'parley post-due --now 2025-03-24T06:00:00Z'],
    notes: ['Needs SLACK_BOT_TOKEN and/or DISCORD_TOKEN (from .env or the environment). Exit 1 if any post failed.'],
  },
};

const table = (rows: [string, string][]) => {
  const width = Math.max(...rows.map(([o]) => o.length));
  return rows.map(([o, d]) => `  ${o.padEnd(width)}  ${d}`).join('\n');
};

/** `parley <command> --help`. */
export function commandHelp(name: string): string {
  const h = COMMAND_HELP[name];
  if (!h) return USAGE;
  const parts = [`Usage: ${h.usage}`, '', h.summary];
  if (h.options.length > 0) parts.push('', 'Options:', table(h.options));
  parts.push('', 'Global options:', table(GLOBAL_OPTIONS));
  if (h.notes) parts.push('', ...h.notes);
  parts.push('', 'Examples:', ...h.examples.map((e) => `  ${e}`));
  return parts.join('\n');
}

/** `parley help`: every command in one line, and where to read more. */
export const USAGE = `parley — a desk analyst for diplomatic negotiations

Usage: parley <command> [options]

${table(Object.entries(COMMAND_HELP).map(([name, h]) => [name, h.summary.split(/(?<=\.) /)[0]!]))}

Global options:
${table(GLOBAL_OPTIONS)}

Run \`parley <command> --help\` for a command's options and examples. .env in the working directory is read
(the environment's own variables win).

Exit codes: 0 done; 1 not found, or every source failed; 2 bad input; 3 internal error;
4 the database cannot be used as asked (read-only for ingest, a folder, damaged, from a newer Parley)`;
