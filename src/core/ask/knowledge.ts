import type { LoadedDossier } from '../dossier/load.js';
import { createSourceLookup, sourceRef } from '../queries/common.js';
import { createDelegationReader, splitSides } from '../queries/delegations.js';
import { createStatementQueries } from '../queries/statements.js';
import type { ActorResult, SourceRef, TimelineQuery, TimelineResult } from '../schemas.js';
import { createActorReads } from '../store/reads/actors.js';
import { createEventReads } from '../store/reads/events.js';
import { createRoundReads } from '../store/reads/rounds.js';
import type { SqlClient } from '../store/sql.js';
import { SPELLING } from '../queries/actor.js';
import { HEAD_OF_ORG } from './lexicon.js';
import { createVocabulary } from './vocabulary.js';

/** A round of talks as `ask` reads it. */
export interface RoundRow {
  id: number;
  place: string | null;
  date: string | null;
  precision: 'day' | 'month' | 'year' | null;
  status: 'held' | 'scheduled';
  parties: string[];
  sources: SourceRef[];
  evidence: string;
}

/** A person holding a role, with the sentence that says so. */
export interface RoleHolder {
  name: string;
  title: string;
  party: string | null;
  /** Null when only reports the feed dated in the future say so. */
  asOf: string | null;
  evidence: string;
  sources: SourceRef[];
  /** Set only when the role was reported in another negotiation (the asked one names nobody in it). */
  from?: { id: string; title: string };
}

const MAX_ROUNDS = 200;
/** Holdings of a role read per question: a generic title ("adviser") may have thousands of holders. */
const MAX_HOLDINGS = 300;

/** A title's head word: the last word before "of"/"at"/"for"…, "adviser" in "national security adviser to the president". */
function headOf(words: string[]): string | undefined {
  const cut = words.findIndex((w) => ['of', 'at', 'for', 'to', 'in', 'with', 'on'].includes(w));
  const before = cut < 0 ? words : words.slice(0, cut);
  return before[before.length - 1];
}

const foldRole = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .map((w) => SPELLING[w] ?? w);

/** Everything `ask` reads from the knowledge base, over the queries the commands use. */
export function createAskKnowledge(
  sql: SqlClient,
  dossier: LoadedDossier,
  deps: {
    now: () => Date;
    actor: (name: string) => Promise<ActorResult>;
    timeline: (q: TimelineQuery & { kinds?: string[]; place?: string; keep?: (title: string) => boolean; scan?: number; perDay?: number }) => Promise<TimelineResult>;
    /** Another dossier's title, to say which negotiation an answer from its reports comes from. */
    titleOf?: (id: string) => string;
  },
) {
  const source = createSourceLookup(sql);
  const vocabulary = createVocabulary(sql, dossier);
  const delegations = createDelegationReader(sql, dossier.id, dossier.mediators);
  const statements = createStatementQueries(sql, dossier.id);
  const q = createRoundReads(sql);
  const people = createActorReads(sql);
  const events = createEventReads(sql);

  async function rounds(f: { from?: string; to?: string; status?: 'held' | 'scheduled' } = {}): Promise<RoundRow[]> {
    const rows = await q.rounds({ dossier: dossier.id, from: f.from ?? null, to: f.to ?? null, status: f.status ?? null }, MAX_ROUNDS);
    // Every round's reports in one read, not one read (and one more for citing them) per round.
    const reports = await q.sourcesOf(rows.map((r) => r.id));
    return rows.map((r) => {
      // Reports of the round itself first, then those that announced it.
      const all = reports.filter((s) => s.round_id === r.id);
      const src = [...all.filter((s) => !r.date || s.published.slice(0, 10) >= r.date), ...all.filter((s) => r.date && s.published.slice(0, 10) < r.date)];
      const seen = new Set<number>();
      return {
        id: r.id,
        place: r.place,
        date: r.date,
        precision: r.date_precision,
        status: r.status,
        // The dossier's mediators are no side of a round ("did the US and Oman meet?": no).
        parties: splitSides(JSON.parse(r.parties) as string[], dossier.mediators).sides,
        sources: src.filter((s) => !seen.has(s.item_id) && seen.add(s.item_id)).map(sourceRef),
        evidence: src[0]?.evidence ?? '',
      };
    });
  }

  /**
   * Who holds a role: titles with every word asked ("national security adviser" finds "US
   * national security adviser"), of the side asked; for "who runs X", a head's title tied to X.
   * Titles are matched in memory (the vocabulary keeps them); only the holdings found are read.
   */
  async function roleHolders(role: string, opts: { party?: string; org?: string; hint?: string } = {}): Promise<RoleHolder[]> {
    const vocab = await vocabulary.get();
    const partyOf = vocab.partyById;
    const pairs: { actor: number; title: string }[] = [];
    if (opts.org) {
      const org = opts.org.toLowerCase();
      // "the Federation Council's international affairs committee" is "the Federation Council Committee on
      // International Affairs": every word of the name, in any order, without its possessive.
      const orgWords = foldRole(org.replace(/['’]s\b/g, '')).filter((w) => !['the', 'of', 'on', 'for', 'a', 'an'].includes(w));
      for (const [title, ids] of vocab.titles) {
        const words = foldRole(title);
        if (!HEAD_OF_ORG.includes(words[0]!)) continue;
        if (title.includes(org) || (orgWords.length >= 3 && orgWords.every((w) => words.includes(w)))) for (const actor of ids) pairs.push({ actor, title });
        else if (words.length === 1) for (const r of await q.titledIn(title, `%${opts.org} ${title}%`)) pairs.push({ actor: r.actor_id, title });
      }
    } else {
      const asked = foldRole(role);
      const words = asked.filter((w) => w.length > 1 && !['the', 'of', 'a', 'an', 'at', 'for'].includes(w));
      if (words.length === 0 || words.length > 8) return [];
      const head = headOf(asked);
      for (const [title, ids] of vocab.titles) {
        const folded = foldRole(title);
        // Every word asked, and the same head: "the president" is not "deputy head of the office of the president".
        if (!words.every((w) => folded.includes(w)) || headOf(folded) !== head) continue;
        for (const actor of ids) {
          if (opts.party && partyOf.get(actor) !== opts.party && !title.includes(opts.party.toLowerCase())) continue;
          pairs.push({ actor, title });
        }
      }
    }
    // This negotiation's reports first; another's only when they name nobody in the role, and then saying whose.
    const read = async (scope: string | null) =>
      (await Promise.all(pairs.slice(0, MAX_HOLDINGS).map((p) => q.holding({ ...p, dossier: scope }))))
        .filter((r): r is NonNullable<typeof r> => r !== undefined)
        .filter((r) => !opts.party || r.party === opts.party || r.title.toLowerCase().includes(opts.party.toLowerCase()));
    const several = await people.otherDossiers(dossier.id);
    let found = await read(several ? dossier.id : null);
    let elsewhere = false;
    if (!found.length && several) {
      found = await read(null);
      elsewhere = true;
    }
    const ordered = found
      // The closest title first ("spokesman" before "foreign ministry spokeswoman"), then one whose sentence
      // names the institution asked ("Kremlin spokesman"), then the newest.
      .map((r) => ({ r, extra: foldRole(r.title).length - foldRole(role).length, named: opts.hint && r.evidence.toLowerCase().includes(opts.hint.toLowerCase()) ? 1 : 0 }))
      .sort((a, b) => a.extra - b.extra || b.named - a.named || (b.r.as_of ?? '').localeCompare(a.r.as_of ?? ''))
      .map(({ r }) => r);
    const holders = await Promise.all(
      ordered.map(async (r): Promise<RoleHolder> => {
        const other = elsewhere ? await q.itemDossier(r.item, dossier.id) : undefined;
        return {
          name: r.name,
          title: r.title,
          party: r.party,
          asOf: r.as_of,
          evidence: r.evidence,
          sources: await source.many([...new Set((r.ids ?? '').split(',').filter(Boolean).map(Number))]),
          ...(other ? { from: { id: other, title: deps.titleOf?.(other) ?? other } } : {}),
        };
      }),
    );
    const seen = new Set<string>();
    return holders.filter((h) => !seen.has(h.name) && seen.add(h.name));
  }

  return {
    vocabulary,
    delegations,
    statements,
    rounds,
    roleHolders,
    actor: deps.actor,
    timeline: deps.timeline,
    now: deps.now,
    dossier,
    today: () => deps.now().toISOString().slice(0, 10),
    /** The newest day a development is dated on record, up to today: the coverage's end. */
    lastDay: () => events.lastDay(dossier.id, deps.now().toISOString().slice(0, 10)),
  };
}

export type AskKnowledge = ReturnType<typeof createAskKnowledge>;
