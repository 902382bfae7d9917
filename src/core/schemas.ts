import { z } from 'zod';
import { INTENTS } from './ask/lexicon.js';

/**
 * The JSON shapes of every query. The CLI's `--json` prints exactly these; the chat
 * commands render them. Exported so that other tools can validate Parley's output.
 */

export const SourceRef = z.object({
  title: z.string(),
  url: z.string(),
  /** ISO 8601; empty when the item's date is unknown (see `futureDate`). */
  published: z.string(),
  outlet: z.string().optional(),
  /** The feed dated the item in the future: that date is not believed, and the item is shown undated. */
  futureDate: z.literal(true).optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/**
 * The dossier an answer comes from: present when the database holds more than one negotiation,
 * so that a reader of one never takes another's facts for it.
 */
export const DossierRef = z.object({ id: z.string(), title: z.string() });
export type DossierRef = z.infer<typeof DossierRef>;

export const RoundRef = z.object({
  place: z.string().nullable(),
  date: z.string().nullable(),
  datePrecision: z.enum(['day', 'month', 'year']).nullable(),
  status: z.enum(['held', 'scheduled']),
  /** The sides at the round (its dossier's mediators are not sides). */
  parties: z.array(z.string()),
  /** The dossier's mediators or hosts the reports place at the round. */
  mediators: z.array(z.string()).optional(),
});
export type RoundRef = z.infer<typeof RoundRef>;

export const DelegationOut = z.object({
  party: z.string(),
  round: RoundRef.nullable(),
  leaders: z.array(z.string()),
  members: z.array(z.string()),
  /** Set when the sources name members but no leader: say so rather than guess. */
  leaderNote: z.string().optional(),
  /**
   * How many sources name each person leader, and how many only list them: leaders are those
   * named leader at least as often as merely listed.
   */
  weights: z.array(z.object({ name: z.string(), led: z.number().int(), listed: z.number().int() })).optional(),
  evidence: z.string(),
  sources: z.array(SourceRef),
  /** The party mediates or hosts this negotiation (its dossier says so): these are the go-between's people, not a side's. */
  mediator: z.literal(true).optional(),
});
export type DelegationOut = z.infer<typeof DelegationOut>;

/** A report saying a side talks only through mediators: quoted rather than a roster invented. */
export const IndirectNote = z.object({ evidence: z.string(), sources: z.array(SourceRef) });
export type IndirectNote = z.infer<typeof IndirectNote>;

export const WhoLeadsResult = z.object({
  party: z.string(),
  delegations: z.array(DelegationOut),
  /** Reports saying the side negotiates through mediators (oldest first); absent when none does. */
  indirect: z.array(IndirectNote).optional(),
  dossier: DossierRef.optional(),
});
export type WhoLeadsResult = z.infer<typeof WhoLeadsResult>;

export const RoleOut = z.object({
  title: z.string(),
  party: z.string().nullable(),
  /** The latest dated report of the role; null when its only sources are undated. */
  asOf: z.string().nullable(),
  evidence: z.string(),
  sources: z.array(SourceRef),
  /** Set only when the role was reported in another negotiation than the one asked about (it had none). */
  from: DossierRef.optional(),
});
export type RoleOut = z.infer<typeof RoleOut>;

export const ActorResult = z.object({
  actor: z.object({
    name: z.string(),
    aliases: z.array(z.string()),
    party: z.string().nullable(),
    roles: z.array(RoleOut),
    delegations: z.array(DelegationOut),
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
    mentions: z.number().int(),
  }),
  dossier: DossierRef.optional(),
});
export type ActorResult = z.infer<typeof ActorResult>;

export const EventOut = z.object({
  date: z.string(),
  datePrecision: z.enum(['day', 'month', 'year']),
  kind: z.string(),
  title: z.string(),
  place: z.string().nullable(),
  parties: z.array(z.string()),
  actors: z.array(z.string()),
  topics: z.array(z.string()),
  attribution: z.string().nullable(),
  sources: z.array(SourceRef),
});
export type EventOut = z.infer<typeof EventOut>;

export const TimelineResult = z.object({
  events: z.array(EventOut),
  dossier: DossierRef.optional(),
});
export type TimelineResult = z.infer<typeof TimelineResult>;

export const TimelineQuery = z.object({
  from: z.string().optional(),
  to: z.string().optional(),
  topic: z.string().optional(),
  actor: z.string().optional(),
  party: z.string().optional(),
  text: z.string().optional(),
  limit: z.number().int().positive().max(500).optional(),
});
export type TimelineQuery = z.infer<typeof TimelineQuery>;

export const StatementOut = z.object({
  /** As the text names the speaker: "Rustem Umerov", "the Kremlin", "Russia's foreign ministry". */
  speaker: z.string(),
  /** The person it is traced to, when one is. */
  actor: z.string().nullable(),
  party: z.string().nullable(),
  date: z.string().nullable(),
  datePrecision: z.enum(['day', 'month', 'year']).nullable(),
  mode: z.enum(['direct', 'reported']),
  quote: z.string().nullable(),
  verb: z.string(),
  stances: z.array(z.enum(['demanded', 'proposed', 'agreed', 'refused'])),
  topics: z.array(z.string()),
  /** The sentence that says it, its place in the report, and the sentence before it in its paragraph. */
  evidence: z.string(),
  sentenceIndex: z.number().int(),
  context: z.string().nullable(),
  source: SourceRef,
});
export type StatementOut = z.infer<typeof StatementOut>;

/** What `ask` understood a question to ask (the labelled question sets use the same names). */
export const AskIntent = z.enum([...INTENTS, 'unknown']);
/** A line of evidence under an answer: what it rests on, with its sources. */
export const AskLine = z.object({
  lead: z.string().optional(),
  text: z.string(),
  sources: z.array(SourceRef),
});
export type AskLine = z.infer<typeof AskLine>;
export const AskResult = z.object({
  intent: AskIntent,
  understood: z.object({
    intent: AskIntent,
    /** party, person, place, date or from/to, topic, role — as linked to the knowledge base. */
    slots: z.record(z.string(), z.string()),
    /** One line saying what was understood: "United States' delegation at Riyadh, 23 Mar 2025:". */
    line: z.string(),
    /** Phrases linked to nothing ("I don't know 'X' yet"). */
    unknown: z.array(z.string()),
  }),
  answer: z.string(),
  lines: z.array(AskLine),
  data: z.unknown(),
  dossier: DossierRef.optional(),
  /** A second question asked in the same message ("… and who led the Ukrainian one?"): what was understood and its answer. */
  also: z.array(z.object({ line: z.string(), answer: z.string(), lines: z.array(AskLine) })).optional(),
});
export type AskResult = z.infer<typeof AskResult>;

export const ExplainResult = z.object({
  item: z.object({ id: z.number().int(), title: z.string(), url: z.string().nullable(), published: z.string(), relevant: z.boolean() }),
  sentences: z.array(
    z.object({
      index: z.number().int(),
      text: z.string(),
      people: z.array(z.string()),
      candidates: z.array(z.string()),
      facts: z.array(z.string()),
      none: z.string().optional(),
    }),
  ),
  /** Delegation members, rounds and roles stored from the item, each with the reader(s) that produced it: rules, model or rules+model. */
  stored: z.array(z.object({ kind: z.enum(['delegation', 'round', 'role']), fact: z.string(), readers: z.string(), rule: z.string().nullable() })).optional(),
  /** The model's reading of the item (PARLEY_READER=model|both), as the evidence gate judges it now. */
  model: z
    .object({
      model: z.string(),
      promptVersion: z.string(),
      status: z.enum(['read', 'pending', 'given-up']),
      kept: z.array(z.string()),
      dropped: z.array(z.object({ what: z.string(), why: z.string() })),
      lastError: z.string().optional(),
    })
    .optional(),
});
export type ExplainResult = z.infer<typeof ExplainResult>;
