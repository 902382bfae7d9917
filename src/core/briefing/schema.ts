import { z } from 'zod';
import { DelegationOut, SourceRef } from '../schemas.js';

/** The JSON shape of a briefing (`parley briefing --format json`). */

export const TrackStatus = z.enum(['new', 'advanced', 'stalled', 'reversed', 'unchanged']);
export type TrackStatus = z.infer<typeof TrackStatus>;

export const ClusterOut = z.object({
  headline: z.string(),
  /** Extractive: a sentence from the sources, trimmed, with its attribution when it is a claim. */
  summary: z.string(),
  reportedBy: z.number().int().positive(),
  outlets: z.array(z.object({ outlet: z.string(), title: z.string(), url: z.string(), published: z.string() })),
  score: z.number(),
  signals: z.array(z.string()),
  topics: z.array(z.string()),
  itemIds: z.array(z.number().int()),
});
export type ClusterOut = z.infer<typeof ClusterOut>;

export const TrackOut = z.object({
  topic: z.string(),
  label: z.string(),
  status: TrackStatus,
  line: z.string(),
  event: z
    .object({ date: z.string(), kind: z.string(), title: z.string(), sources: z.array(SourceRef) })
    .nullable(),
});
export type TrackOut = z.infer<typeof TrackOut>;

export const UpcomingOut = z.object({
  date: z.string(),
  datePrecision: z.enum(['day', 'month', 'year']),
  kind: z.string(),
  label: z.string(),
  place: z.string().nullable(),
  parties: z.array(z.string()),
  sources: z.array(SourceRef),
});
export type UpcomingOut = z.infer<typeof UpcomingOut>;

export const BriefingSchema = z.object({
  dossier: z.object({ id: z.string(), title: z.string() }),
  date: z.string(),
  tz: z.string(),
  window: z.object({ start: z.string(), end: z.string(), catchUp: z.boolean() }),
  generatedAt: z.string(),
  empty: z.boolean(),
  top: z.array(ClusterOut),
  tracks: z.array(TrackOut),
  delegations: z.array(DelegationOut),
  upcoming: z.array(UpcomingOut),
  sources: z.array(SourceRef.extend({ n: z.number().int() })),
  /** Notes for readers, e.g. feeds that started or stopped failing. */
  notices: z.array(z.string()),
});
export type Briefing = z.infer<typeof BriefingSchema>;
