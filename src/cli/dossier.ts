/**
 * `parley dossier new|check|list`: creating and checking a dossier without reading code. A
 * dossier is a folder `<id>/dossier.json` in `PARLEY_DOSSIER_DIR` (searched first) or the
 * bundled briefings/.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkDossierId,
  createCore,
  type DossierDirs,
  type DossierSummary,
  dossierFile,
  isTimeZone,
  type LoadedDossier,
  listDossiers,
  loadDossier,
  resolveParty,
  UserError,
} from '../core/index.js';

const USAGE = 'parley dossier new <id> --title "…" --tz Area/City | parley dossier check [<id>] | parley dossier list';

/**
 * The starter file: every field, with comments saying what to write. It does not pass `check`
 * until feeds, topics and the required words are filled in, and `check` says so field by field.
 */
export function starterDossier(id: string, title: string, tz: string, description = ''): string {
  const q = JSON.stringify;
  return `// A Parley dossier: one negotiation Parley follows. Lines starting with // are comments.
// Fill in the parts marked TODO, then run:  parley dossier check ${id}
// Then:  parley ingest --dossier ${id}   and ask:  parley who-leads <party> --dossier ${id}
{
  // The folder's name: lower case, digits and hyphens.
  "id": ${q(id)},
  "title": ${q(title)},
  // One or two sentences on what is negotiated, by whom, where (shown by \`parley dossier list\`).
  "description": ${q(description)},
  // The IANA zone the daily briefing's day is counted in.
  "timezone": ${q(tz)},
  "language": "en",
  // The sides at the table, named as Parley names parties: a country ("Armenia", "United States")
  // or a bloc or movement ("European Union", "Hamas"). Mediators and hosts are not principals.
  "principals": [],
  // TODO: the feeds to read, at least one. Each: the outlet's name, its RSS, Atom or RDF URL and
  // its language; optionally "weight" (0–10, default 1: how much a report from it counts),
  // "snapshot" (a saved copy of the feed beside this file, read by \`parley ingest --offline\`)
  // and "intervalMinutes" (how often to poll it, default 15).
  "feeds": [
    // { "name": "Reuters — World", "url": "https://example.org/world/rss.xml", "language": "en" }
  ],
  // TODO: the topics the briefing tracks, at least one. Each: a lower-case id, a label, optional
  // "weight", and the words that mark the topic in a report.
  "topics": [
    // { "id": "ceasefire", "label": "Ceasefire terms", "terms": ["ceasefire", "truce"] }
  ],
  // Which reports are about this negotiation. Each term found adds its weight (at most three
  // times per report); a report scoring at least "threshold" is read.
  "relevance": {
    "threshold": 3,
    // TODO: at least one of these words must appear: the sides' names, capitals, leaders, venues.
    // Without them, a report on another negotiation's ceasefire would count as this one's.
    "require": [],
    // The words any report of talks uses, whoever the sides: a session of an "EU-facilitated
    // dialogue" or leaders who "signed an accord after talks" must score, not only a "ceasefire".
    "terms": [
      { "term": "ceasefire", "weight": 3 }, { "term": "peace talks", "weight": 3 }, { "term": "truce", "weight": 3 },
      { "term": "peace process", "weight": 3 }, { "term": "peace agreement", "weight": 3 }, { "term": "peace treaty", "weight": 3 },
      { "term": "declaration of principles", "weight": 3 }, { "term": "negotiations", "weight": 2 }, { "term": "negotiators", "weight": 2 },
      { "term": "delegation", "weight": 2 }, { "term": "delegations", "weight": 2 }, { "term": "envoy", "weight": 2 },
      { "term": "mediators", "weight": 2 }, { "term": "mediation", "weight": 2 }, { "term": "mediated", "weight": 2 },
      { "term": "dialogue", "weight": 2 }, { "term": "accord", "weight": 2 }, { "term": "facilitated", "weight": 2 },
      { "term": "brokered", "weight": 2 }, { "term": "normalisation", "weight": 2 }, { "term": "normalization", "weight": 2 },
      { "term": "talks", "weight": 2 }, { "term": "summit", "weight": 2 }, { "term": "round", "weight": 1 },
      { "term": "met", "weight": 1 }, { "term": "meeting", "weight": 1 }, { "term": "signed", "weight": 1 }, { "term": "agreement", "weight": 1 }
    ]
  },
  // The parties that mediate or host the talks and are none of its sides ("Qatar", "Egypt", "Oman"):
  // a team the reports give them is shown as the go-between's, never as a side's.
  "mediators": [],
  // People Parley should know before any report names them, e.g.
  // { "name": "Abbas Araghchi", "aliases": ["Araqchi"], "party": "Iran" }
  "actors": []
}
`;
}

/** What `check` adds to the schema's verdict: things that load but will not work as meant. */
export function dossierWarnings(d: LoadedDossier): string[] {
  const out: string[] = [];
  for (const field of ['principals', 'mediators'] as const) {
    d[field].forEach((p, i) => {
      const party = resolveParty(p);
      if (!party) out.push(`${field}[${i}]: "${p}" is not a country or party Parley knows; write it as Parley names parties, e.g. "Israel", "Hamas", "European Union"`);
      else if (party.name !== p) out.push(`${field}[${i}]: write "${party.name}", the name Parley gives "${p}" (answers and the briefing compare names)`);
    });
  }
  for (const p of d.mediators.filter((m) => d.principals.includes(m))) out.push(`mediators: "${p}" is also a principal; a party is one or the other`);
  d.feeds.forEach((f, i) => {
    if (/^https?:\/\/(?:[^/]+\.)?example\.(?:org|com|net)\//i.test(f.url)) out.push(`feeds[${i}].url: still the example address; write the outlet's own feed URL`);
  });
  if (d.relevance.require === undefined) {
    out.push('relevance.require: not set, so a report on another negotiation that scores enough (a ceasefire elsewhere) counts as this one\'s; list the sides\' names');
  }
  const folder = d.dir.split(/[\\/]/).pop();
  if (folder !== d.id) out.push(`id: "${d.id}" differs from its folder "${folder}"; write "id": "${folder}"`);
  return out;
}

function summaryLine(d: LoadedDossier): string {
  const snaps = d.feeds.filter((f) => f.snapshot).length;
  return `${d.feeds.length} feed${d.feeds.length === 1 ? '' : 's'} (${snaps} with an offline snapshot), ${d.topics.length} topic${d.topics.length === 1 ? '' : 's'}, relevance threshold ${d.relevance.threshold}${d.relevance.require ? `, requiring one of ${d.relevance.require.length} names` : ''}`;
}

export interface DossierCommandOptions {
  dirs: DossierDirs;
  defaultId: string;
  dbPath: string;
  stdout: (s: string) => void;
}

/** Runs `parley dossier <sub> …`; returns the exit code. UserErrors and DossierErrors go to the CLI's handler. */
export async function runDossierCommand(pos: string[], v: Record<string, string | boolean | undefined>, o: DossierCommandOptions): Promise<number> {
  const [sub, id, ...extra] = pos;
  const dirs = typeof o.dirs === 'string' ? [o.dirs] : o.dirs;
  if (extra.length > 0) throw new UserError(`unexpected "${extra[0]!.slice(0, 40)}". Try: ${USAGE}`);
  switch (sub) {
    case 'new': {
      if (!id) throw new UserError(`dossier new needs an id. Try: parley dossier new armenia-azerbaijan --title "Armenia–Azerbaijan peace talks" --tz Asia/Baku`);
      checkDossierId(id, 'armenia-azerbaijan');
      const title = typeof v.title === 'string' ? v.title.trim() : '';
      const tz = typeof v.tz === 'string' ? v.tz.trim() : '';
      if (!title) throw new UserError(`dossier new needs a title. Try: parley dossier new ${id} --title "Armenia–Azerbaijan peace talks" --tz Asia/Baku`);
      if (!tz || !isTimeZone(tz)) throw new UserError(`dossier new needs --tz, an IANA time zone such as Asia/Baku or Europe/Kyiv${tz ? ` (got "${tz.slice(0, 40)}")` : ''}`);
      const root = typeof v.dir === 'string' ? v.dir : dirs[0]!;
      const existing = dossierFile(id, [root]);
      if (existing) throw new UserError(`${existing} exists already: edit it, then run parley dossier check ${id}`);
      const file = join(root, id, 'dossier.json');
      mkdirSync(join(root, id, 'snapshots'), { recursive: true });
      writeFileSync(file, starterDossier(id, title, tz, typeof v.description === 'string' ? v.description : ''));
      const where = dirs.includes(root) ? '' : ` (point PARLEY_DOSSIER_DIR at ${root} so Parley finds it)`;
      o.stdout(`wrote ${file}${where}\nFill in its feeds, topics and relevance.require, then run: parley dossier check ${id}\n`);
      return 0;
    }
    case 'check': {
      const ids = id ? [id] : listDossiers(dirs);
      if (ids.length === 0) throw new UserError(`No dossiers in ${dirs.join(', ')}. Try: ${USAGE}`);
      let failed = 0;
      for (const one of ids) {
        try {
          const d = loadDossier(one, dirs);
          const warnings = dossierWarnings(d);
          o.stdout(`ok       ${one} — ${d.file}: ${summaryLine(d)}\n`);
          for (const w of warnings) o.stdout(`  warning: at ${w}\n`);
        } catch (err) {
          // One dossier's mistakes do not hide the others': each gets its lines, the exit code says some failed.
          if (ids.length === 1) throw err;
          failed++;
          o.stdout(`invalid  ${one} — ${(err as Error).message}\n`);
        }
      }
      return failed > 0 ? 2 : 0;
    }
    case 'list': {
      if (id) throw new UserError(`dossier list takes no id. Try: parley dossier list`);
      let rows: DossierSummary[];
      if (existsSync(o.dbPath)) {
        const core = createCore({ dbPath: o.dbPath, dossier: o.defaultId, dossierDir: dirs });
        try {
          rows = await core.dossiers();
        } finally {
          await core.close();
        }
      } else {
        rows = listDossiers(dirs).map((x) => {
          try {
            const d = loadDossier(x, dirs);
            return { id: x, title: d.title, timezone: d.timezone, file: d.file, items: 0, isDefault: x === o.defaultId };
          } catch (err) {
            return { id: x, title: '', timezone: '', file: dossierFile(x, dirs) ?? '', items: 0, isDefault: x === o.defaultId, problem: (err as Error).message.split('\n')[1]?.trim() ?? '' };
          }
        });
      }
      if (v.json === true) {
        o.stdout(`${JSON.stringify(rows, null, 2)}\n`);
        return 0;
      }
      for (const r of rows) {
        const head = `${r.isDefault ? '*' : ' '} ${r.id.padEnd(22)}`;
        o.stdout(
          r.problem
            ? `${head} INVALID (${r.problem}) — run: parley dossier check ${r.id}\n`
            : `${head} ${r.title} · ${r.timezone} · ${r.items} item${r.items === 1 ? '' : 's'} on record · ${r.file}\n`,
        );
      }
      o.stdout('* the default dossier (PARLEY_DOSSIER)\n');
      return 0;
    }
    default:
      throw new UserError(`${sub ? `unknown subcommand "${sub.slice(0, 20)}". ` : ''}Try: ${USAGE}`);
  }
}
