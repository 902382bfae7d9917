import { hostname } from 'node:os';
import type { Briefing } from '../core/briefing/schema.js';
import type { DossierCatalog } from '../core/dossier/load.js';
import type { Logger } from '../core/logger.js';
import { type Platform, type Poster, type RunDueDeps, type RunReport, runDueBriefings, scheduledBriefingDoc } from '../core/schedule/index.js';
import type { Db } from '../core/store/db.js';

/** What `parley post-due` runs with; the CLI builds these from its flags and config. */
export interface PostDueOptions {
  db: Db;
  /** The dossiers subscriptions may name. */
  dossiers: Pick<DossierCatalog, 'get'>;
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
    buildDoc: briefingBuilder(opts.db, opts.dossiers, opts.rewrite),
    ...(opts.sleep ? { sleep: opts.sleep } : {}),
  });
}

/**
 * The `buildDoc` of the scheduled job, shared by node-cron in main.ts and `parley post-due`:
 * each subscription is briefed from its own dossier's facts (the catalog loads each file once).
 */
export function briefingBuilder(db: Db, dossiers: Pick<DossierCatalog, 'get'>, rewrite?: (b: Briefing) => Promise<Briefing>): RunDueDeps['buildDoc'] {
  return (sub, window) => scheduledBriefingDoc(db, dossiers.get(sub.dossier), sub, window, rewrite);
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
