import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { type LoadedDossier, loadDossier } from '../core/dossier/load.js';
import type { Briefing } from '../core/briefing/schema.js';
import type { Logger } from '../core/logger.js';
import { type Platform, type Poster, type RunDueDeps, type RunReport, runDueBriefings, scheduledBriefingDoc } from '../core/schedule/index.js';
import type { Db } from '../core/store/db.js';

/** What `parley post-due` runs with; the CLI builds these from its flags and config. */
export interface PostDueOptions {
  db: Db;
  /** The default dossier; subscriptions to another dossier load it from the same folder. */
  dossier: LoadedDossier;
  posters: Partial<Record<Platform, Poster>>;
  /** The instant the pass runs at (`--now`), default the real time. */
  now?: Date;
  logger: Logger;
  /** Test hook: a fake sleep keeps retries instant. */
  sleep?: (ms: number) => Promise<void>;
  /** The model's bottom line (PARLEY_MODEL_BOTTOM_LINE), when on. */
  rewrite?: (b: Briefing) => Promise<Briefing>;
}

/**
 * `parley post-due [--now ISO]`: one pass of the scheduled-briefing job, the same one node-cron
 * runs every minute in main.ts, for external schedulers and tests. Idempotent per local date.
 */
export async function postDue(opts: PostDueOptions): Promise<RunReport> {
  return runDueBriefings(opts.now ?? new Date(), {
    db: opts.db,
    posters: opts.posters,
    logger: opts.logger,
    runnerId: `cli:${hostname()}:${process.pid}`,
    buildDoc: briefingBuilder(opts.db, opts.dossier, opts.rewrite),
    ...(opts.sleep ? { sleep: opts.sleep } : {}),
  });
}

/**
 * The `buildDoc` of the scheduled job, shared by node-cron in main.ts and `parley post-due`:
 * subscriptions to another dossier load it (once) from the default dossier's folder.
 */
export function briefingBuilder(db: Db, dossier: LoadedDossier, rewrite?: (b: Briefing) => Promise<Briefing>): RunDueDeps['buildDoc'] {
  const dossiers = new Map<string, LoadedDossier>([[dossier.id, dossier]]);
  const dossierFor = (id: string): LoadedDossier => {
    let d = dossiers.get(id);
    if (!d) {
      d = loadDossier(id, dirname(dossier.dir));
      dossiers.set(id, d);
    }
    return d;
  };
  return (sub, window) => scheduledBriefingDoc(db, dossierFor(sub.dossier), sub, window, rewrite);
}

/** The report as the CLI prints it: one summary line, then one line per subscription whose time has come. */
export function formatRunReport(report: RunReport): string {
  const head = `post-due at ${report.at}: ${report.posted} posted, ${report.skipped} skipped, ${report.failed} failed, ${report.gone} unreachable, ${report.notDue} not due yet`;
  const lines = report.lines.map((l) => {
    const win = l.window ? ` [${l.window.start} → ${l.window.end}${l.window.catchUp ? ', catch-up' : ''}]` : '';
    return `  ${l.outcome.padEnd(7)} ${l.destination} (${l.dossier}, ${l.localDate}): ${l.detail}${win}`;
  });
  return `${[head, ...lines].join('\n')}\n`;
}
