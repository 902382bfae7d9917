import { z } from 'zod';
import { DelegationOut, SourceRef } from '../schemas.js';

/** The JSON shape of a briefing (`parley briefing --format json`). */

/**
 * What the window did to a track: a held round or an agreement advanced it, a meeting is
 * scheduled, a refusal stalled it, a walk-out or suspension reversed it, accusations contest it;
 * quiet when nothing in the window changed it.
 */
export const TrackStatus = z.enum(['advanced', 'scheduled', 'stalled', 'reversed', 'contested', 'quiet']);
export type TrackStatus = z.infer<typeof TrackStatus>;

export const ClusterOut = z.object({
  headline: z.string(),
  /** Extractive: a sentence from the sources, trimmed, with its attribution when it is a claim; empty when every candidate is shown elsewhere. */
  summary: z.string(),
  reportedBy: z.number().int().positive(),
  outlets: z.array(z.object({ outlet: z.string(), title: z.string(), url: z.string(), published: z.string() })),
  score: z.number(),
  signals: z.array(z.string()),
  topics: z.array(z.string()),
  itemIds: z.array(z.number().int()),
});
export type ClusterOut = z.infer<typeof ClusterOut>;

/** One development seen on a track and what was made of it (`parley briefing --explain`). */
export const TrackVerdict = z.object({
  development: z.string(),
  /** The event-kind rule that read the sentence (src/core/extract/event-kinds.ts). */
  rule: z.string(),
  date: z.string(),
  verdict: z.string(),
  sentence: z.string(),
  sources: z.array(SourceRef),
});
export type TrackVerdict = z.infer<typeof TrackVerdict>;

export const TrackOut = z.object({
  topic: z.string(),
  label: z.string(),
  status: TrackStatus,
  /** The justifying event as a sentence of its source, or a short reference when that sentence is shown elsewhere; empty when quiet. */
  line: z.string(),
  /** The development that decided the status; null when quiet. */
  event: z
    .object({
      date: z.string(),
      kind: z.string(),
      development: z.string(),
      rule: z.string(),
      title: z.string(),
      sources: z.array(SourceRef),
    })
    .nullable(),
  explain: z.array(TrackVerdict),
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

/** A sentence of the bottom line, with the numbers (see `sources[].n`) of the sources that state it. */
export const BottomLineOut = z.object({ text: z.string(), sources: z.array(z.number().int()) });
export type BottomLineOut = z.infer<typeof BottomLineOut>;

/** A direct quote of a principal, as its source prints it. */
export const QuoteOut = z.object({
  speaker: z.string(),
  side: z.string().nullable(),
  quote: z.string(),
  sources: z.array(SourceRef),
});
export type QuoteOut = z.infer<typeof QuoteOut>;

export const BriefingSchema = z.object({
  dossier: z.object({ id: z.string(), title: z.string() }),
  date: z.string(),
  tz: z.string(),
  window: z.object({ start: z.string(), end: z.string(), catchUp: z.boolean() }),
  generatedAt: z.string(),
  empty: z.boolean(),
  /** Set when the briefing's date is still ahead: there is no news for it yet. */
  noNewsYet: z.object({ latestNewsDay: z.string().nullable() }).nullable(),
  bottomLine: z.array(BottomLineOut),
  top: z.array(ClusterOut),
  /** Every track of the dossier (or of the topic filter); quiet ones are rendered on one line. */
  tracks: z.array(TrackOut),
  said: z.array(QuoteOut),
  delegations: z.array(DelegationOut),
  upcoming: z.array(UpcomingOut),
  /** The window's items, numbered; then earlier reports the bottom line cites (`earlier: true`). */
  sources: z.array(SourceRef.extend({ n: z.number().int(), earlier: z.literal(true).optional() })),
  /** Notes for readers, e.g. feeds that started or stopped failing. */
  notices: z.array(z.string()),
});
export type Briefing = z.infer<typeof BriefingSchema>;
