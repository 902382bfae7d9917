import { briefingToDoc, buildBriefing } from '../briefing/build.js';
import type { LoadedDossier } from '../dossier/load.js';
import type { Doc } from '../render/doc.js';
import type { Db } from '../store/db.js';
import type { PostWindow } from './run-due.js';
import type { Subscription } from './subscriptions.js';

/**
 * A subscription's briefing for a run window: the channel's zone and topic filter, cut at the
 * window's end. The real `buildDoc` of `runDueBriefings` (main.ts and `parley post-due` use it).
 */
export function scheduledBriefingDoc(db: Db, dossier: LoadedDossier, sub: Subscription, window: PostWindow): Doc {
  const until = new Date(window.until);
  const b = buildBriefing(
    db,
    dossier,
    { tz: sub.tz, until: window.until, topics: sub.topics, destination: sub.destination, ...(window.since ? { since: window.since } : {}) },
    until,
  );
  const doc = briefingToDoc(b);
  if (!b.window.catchUp || !b.empty) return doc;
  // briefingToDoc labels only a non-empty catch-up; a quiet gap must still say it covers the whole outage.
  const from = new Date(b.window.start).toLocaleString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: b.tz,
    timeZoneName: 'short',
  });
  return { ...doc, blocks: [{ type: 'context', spans: [{ text: `Catch-up briefing covering the whole gap since ${from}.` }] }, ...doc.blocks] };
}
