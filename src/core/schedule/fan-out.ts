import type { Doc } from '../render/doc.js';
import type { PostWindow, RunDueDeps } from './run-due.js';
import type { Subscription } from './subscriptions.js';

/**
 * Channels one process posts to at once in a scheduled pass (the pool of `runDueBriefings`). The
 * platforms' own limits are kept by the posters (src/adapters/rate-limits.ts); this only bounds
 * the sockets, the claims held and the briefings in memory at one time. Sixteen keeps Discord's
 * 50 requests/s busy at loopback-to-internet latencies without holding hundreds of claims that a
 * crash would leave to the lease.
 */
export const POST_CONCURRENCY = 16;

/** What makes two subscriptions' briefings identical: the dossier, the zone (the date and how times read), the topics, the window. */
export function briefingKey(sub: Pick<Subscription, 'dossier' | 'tz' | 'topics'>, window: PostWindow): string {
  return JSON.stringify([sub.dossier, sub.tz, [...sub.topics].sort(), window.since ?? '', window.until]);
}

/** A pass's `buildDoc` that builds each distinct briefing once; `builds()` counts the real builds. */
export interface SharedBuilder {
  buildDoc: RunDueDeps['buildDoc'];
  builds(): number;
}

/**
 * Builds each distinct briefing of one pass once. On a busy morning hundreds of channels follow
 * the same dossier at the same hour with the same topics, and their windows (from each channel's
 * last post to the pass's instant) are mostly the same too: building each would cost as many
 * briefings as channels. Make one per pass, so the cache lives exactly as long as the data it
 * was built from is current. A build that fails is not kept: the next channel with the same key
 * tries again (the model's bottom line, say, may have failed transiently).
 */
export function shareBuilds(build: RunDueDeps['buildDoc']): SharedBuilder {
  const docs = new Map<string, Promise<Doc>>();
  let builds = 0;
  return {
    buildDoc(sub, window) {
      const key = briefingKey(sub, window);
      let doc = docs.get(key);
      if (!doc) {
        builds++;
        doc = Promise.resolve().then(() => build(sub, window));
        docs.set(key, doc);
        doc.catch(() => docs.delete(key));
      }
      return doc;
    },
    builds: () => builds,
  };
}
