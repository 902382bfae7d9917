import { briefingToDoc, buildBriefing } from '../briefing/build.js';
import { briefingDates } from '../briefing/dates.js';
import type { Briefing } from '../briefing/schema.js';
import type { DossierCatalog, LoadedDossier } from '../dossier/load.js';
import type { Doc } from '../render/doc.js';
import type { SqlClient } from '../store/sql.js';
import type { PostWindow, RunDueDeps } from './run-due.js';
import type { Subscription } from './subscriptions.js';

/**
 * A subscription's briefing for a run window: the channel's zone and topic filter, cut at the
 * window's end. The real `buildDoc` of `runDueBriefings` (main.ts and `parley post-due` use it).
 */
export async function scheduledBriefingDoc(
  sql: SqlClient,
  dossier: LoadedDossier,
  sub: Subscription,
  window: PostWindow,
  /** The model's bottom line (src/core/reader/bottom-line.ts): the briefing passes through it first. */
  rewrite?: (b: Briefing) => Promise<Briefing>,
): Promise<Doc> {
  const until = new Date(window.until);
  const b = await buildBriefing(
    sql,
    dossier,
    { tz: sub.tz, until: window.until, topics: sub.topics, destination: sub.destination, ...(window.since ? { since: window.since } : {}) },
    until,
  );
  return docOf(rewrite ? await rewrite(b) : b, until);
}

/**
 * The `buildDoc` of the scheduled pass (`Core.postDue`, which node-cron in main.ts and `parley
 * post-due` call): each subscription is briefed from its own dossier's facts (the catalog loads
 * each file once).
 */
export function briefingBuilder(sql: SqlClient, dossiers: Pick<DossierCatalog, 'get'>, rewrite?: (b: Briefing) => Promise<Briefing>): RunDueDeps['buildDoc'] {
  return (sub, window) => scheduledBriefingDoc(sql, dossiers.get(sub.dossier), sub, window, rewrite);
}

function docOf(b: Briefing, until: Date): Doc {
  const doc = briefingToDoc(b);
  if (!b.window.catchUp || !b.empty) return doc;
  // briefingToDoc labels only a non-empty catch-up; a quiet gap must still say it covers the whole
  // outage (with its year when that is not the current one).
  const from = briefingDates(b.tz, until).instant(b.window.start);
  return { ...doc, blocks: [{ type: 'context', spans: [{ text: `Catch-up briefing covering the whole gap since ${from}.` }] }, ...doc.blocks] };
}
