import { z } from 'zod';

/** A dossier id: its folder's name (lower case, digits and hyphens). */
export const DOSSIER_ID_RE = /^[a-z][a-z0-9-]*$/;

/** Examples the errors quote, so a message says what to write instead. */
const FEED_EXAMPLE = '{ "name": "Reuters — World", "url": "https://example.org/world/rss.xml", "language": "en" }';
const TOPIC_EXAMPLE = '{ "id": "ceasefire", "label": "Ceasefire terms", "terms": ["ceasefire", "truce"] }';
const TERM_EXAMPLE = '{ "term": "peace talks", "weight": 3 }';

const Feed = z.strictObject({
  name: z.string().min(1, 'must name the outlet, e.g. "Reuters — World"'),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as "https://example.org/world/rss.xml"' }),
  language: z.string().regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, 'must be a language code such as "en"'),
  weight: z.number().positive().max(10).default(1),
  /** Offline snapshot (RSS/Atom/RDF file) beside the dossier, used by the demo and the tests. */
  snapshot: z.string().min(1).optional(),
  /** Poll interval; the scheduler defaults to 15 minutes. */
  intervalMinutes: z.number().int().min(1).max(1440).optional(),
});

const Topic = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case id such as "maritime"'),
  label: z.string().min(1),
  weight: z.number().positive().max(10).default(1),
  terms: z.array(z.string().min(2)).min(1, 'list at least one word that marks the topic, e.g. ["ceasefire", "truce"]'),
});

const CuratedActor = z.strictObject({
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)).default([]),
  party: z.string().optional(),
  /**
   * Optional: the days (ISO, inclusive) the side holds for, where a person changed sides ("since":
   * "2023-04-15" for a general whose forces broke with the army that day). An item published
   * outside them takes no side from the actor; the name still completes.
   */
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date such as "2023-04-15"').optional(),
  until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date such as "2025-03-31"').optional(),
  roles: z.array(z.strictObject({ title: z.string().min(2), party: z.string().optional(), asOf: z.string().optional() })).default([]),
});

export const DossierSchema = z
  .strictObject({
    id: z.string().regex(DOSSIER_ID_RE, 'must be the folder\'s name in lower case, e.g. "gaza-ceasefire"'),
    title: z.string().min(1, 'must name the negotiation, e.g. "Armenia–Azerbaijan peace talks"'),
    description: z.string().default(''),
    timezone: z.string().refine(isTimeZone, 'must be an IANA time zone such as "Europe/Kyiv"'),
    language: z.string().default('en'),
    principals: z.array(z.string()).default([]),
    /**
     * Parties that mediate or host the talks (Qatar, Egypt, Oman, Türkiye…) and are none of its
     * sides: a team the reports give them is shown as the go-between's, never as a side's.
     */
    mediators: z.array(z.string()).default([]),
    feeds: z.array(Feed).min(1, `add at least one feed, e.g. ${FEED_EXAMPLE}`),
    topics: z.array(Topic).min(1, `add at least one topic, e.g. ${TOPIC_EXAMPLE}`),
    relevance: z.strictObject({
      threshold: z.number().positive('must be a number above 0, e.g. 3'),
      terms: z.array(z.strictObject({ term: z.string().min(2), weight: z.number().positive() })).min(1, `add at least one term, e.g. ${TERM_EXAMPLE}`),
      /**
       * Optional: words of which at least one must appear for an item to be this negotiation's
       * (its sides' names, places, people). Generic terms such as "ceasefire" then cannot make
       * another negotiation's news relevant here. Absent: the terms alone decide.
       */
      require: z
        .array(z.string().min(2, 'each must be a word or name of at least 2 letters'))
        .min(1, 'list at least one name that marks this negotiation, e.g. ["Armenia", "Azerbaijan", "Pashinyan"] (or leave "require" out)')
        .optional(),
      /**
       * Optional: this dossier is the one for every other negotiation. It reads only items that
       * no other dossier finds relevant (a report of talks Parley has no dossier for), so a
       * negotiation of its own always takes precedence. At most one dossier should set it.
       */
      fallback: z.boolean().optional(),
      /**
       * Optional: phrases that mark an item as some other kind of talks ("transfer talks", "pay
       * talks", "Premier League"): an item with any of them is not this dossier's, whatever its
       * score. For a wide vocabulary such as the fallback dossier's, whose "talks" and "agreement"
       * would otherwise take a footballer's contract negotiations.
       */
      exclude: z.array(z.string().min(2, 'each must be a word or phrase of at least 2 letters')).min(1, 'list at least one phrase, e.g. ["transfer talks"] (or leave "exclude" out)').optional(),
    }),
    actors: z.array(CuratedActor).default([]),
  })
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.topics.forEach((t, i) => {
      if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: ['topics', i, 'id'], message: `duplicate topic id "${t.id}"` });
      seen.add(t.id);
    });
    const urls = new Set<string>();
    d.feeds.forEach((f, i) => {
      if (urls.has(f.url)) ctx.addIssue({ code: 'custom', path: ['feeds', i, 'url'], message: `duplicate feed URL` });
      urls.add(f.url);
    });
  });

export type Dossier = z.infer<typeof DossierSchema>;
export type DossierFeed = Dossier['feeds'][number];
export type DossierTopic = Dossier['topics'][number];

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return tz.includes('/') || tz === 'UTC';
  } catch {
    return false;
  }
}
