import { hostname } from 'node:os';
import type { Core, Logger, Platform, Poster, RunReport } from '../core/index.js';

/** What `parley post-due` runs with; the CLI builds these from its flags and config. */
export interface PostDueOptions {
  posters: Partial<Record<Platform, Poster>>;
  /** The instant the pass runs at (`--now`), default the real time. */
  now?: Date;
  logger: Logger;
  /** Test hook: a fake sleep keeps retries instant. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * `parley post-due [--now ISO]`: one pass of the scheduled-briefing job, the same one node-cron
 * runs every minute in main.ts, for external schedulers and tests. Idempotent per local date.
 */
export function postDue(core: Pick<Core, 'postDue'>, opts: PostDueOptions): Promise<RunReport> {
  return core.postDue({
    at: opts.now ?? new Date(),
    posters: opts.posters,
    logger: opts.logger,
    runner: `cli:${hostname()}:${process.pid}`,
    ...(opts.sleep ? { sleep: opts.sleep } : {}),
  });
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
