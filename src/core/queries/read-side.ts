import { createAskKnowledge } from '../ask/knowledge.js';
import type { BriefingRequest } from '../core.js';
import { buildBriefing } from '../briefing/build.js';
import type { LoadedDossier } from '../dossier/load.js';
import type { SqlClient } from '../store/sql.js';
import { createActorQueries } from './actor.js';
import { createAsk } from './ask.js';
import { createTimeline } from './timeline.js';
import { createWhoLeads } from './who-leads.js';

/**
 * The read side of one dossier over any store: who-leads, actor, timeline, ask and the briefing,
 * built as the core builds them. The contract suite and the benchmark run it on each store.
 */
export function createReadSide(sql: SqlClient, dossier: LoadedDossier, opts: { now: () => Date; titleOf?: (id: string) => string }) {
  const titleOf = opts.titleOf ?? ((id: string) => id);
  const actors = createActorQueries(sql, dossier.id, dossier.mediators, titleOf);
  const tl = createTimeline(sql, dossier, actors.resolveId);
  return {
    whoLeads: createWhoLeads(sql, dossier),
    actor: actors.actor,
    timeline: tl.timeline,
    ask: createAsk(createAskKnowledge(sql, dossier, { now: opts.now, actor: actors.actor, timeline: tl.timeline, titleOf })),
    briefing: (req: BriefingRequest) => buildBriefing(sql, dossier, req, opts.now()),
  };
}

export type ReadSide = ReturnType<typeof createReadSide>;
