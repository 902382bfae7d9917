import type { LoadedDossier } from '../dossier/load.js';
import { createSourceLookup } from '../queries/common.js';
import { createDelegationReader, splitSides } from '../queries/delegations.js';
import { createStatementQueries } from '../queries/statements.js';
import type { ActorResult, SourceRef, TimelineQuery, TimelineResult } from '../schemas.js';
import type { Db } from '../store/db.js';
import { PUBLISHED_IN_FUTURE } from '../store/knowledge.js';
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
  db: Db,
  dossier: LoadedDossier,
  deps: {
    now: () => Date;
    actor: (name: string) => ActorResult;
    timeline: (q: TimelineQuery & { kinds?: string[]; place?: string; keep?: (title: string) => boolean; scan?: number }) => TimelineResult;
    /** Another dossier's title, to say which negotiation an answer from its reports comes from. */
    titleOf?: (id: string) => string;
  },
) {
  const source = createSourceLookup(db);
  const vocabulary = createVocabulary(db, dossier);
  const delegations = createDelegationReader(db, dossier.id, dossier.mediators);
  const statements = createStatementQueries(db, dossier.id);
  const q = {
    lastDay: db.prepare<[string, string], { d: string | null }>('SELECT max(date) AS d FROM events WHERE dossier = ? AND date <= ?'),
    rounds: db.prepare<
      [{ dossier: string; from: string | null; to: string | null; status: string | null }],
      { id: number; place: string | null; date: string | null; date_precision: RoundRow['precision']; status: RoundRow['status']; parties: string }
    >(
      `SELECT id, place, date, date_precision, status, parties FROM rounds
        WHERE dossier = @dossier AND (@from IS NULL OR date >= @from) AND (@to IS NULL OR date <= @to) AND (@status IS NULL OR status = @status)
        ORDER BY date IS NULL, date DESC, id DESC LIMIT ${MAX_ROUNDS}`,
    ),
    roundSources: db.prepare<[number], { item_id: number; evidence: string; published: string }>(
      'SELECT s.item_id, s.evidence, i.published FROM round_sources s JOIN items i ON i.id = s.item_id WHERE s.round_id = ? ORDER BY i.published',
    ),
    // One person's holding of one title: the newest report, and a few sources (a much-reported person has thousands).
    // A report the feed dated in the future stands on its fetch time: it dates nothing ("date not known").
    holding: db.prepare<[{ actor: number; title: string; dossier: string | null }], { name: string; title: string; party: string | null; as_of: string | null; evidence: string; ids: string; item: number }>(
      `SELECT a.name, r.title, coalesce(r.party, a.party) AS party,
              CASE WHEN i.published_estimated = ${PUBLISHED_IN_FUTURE} THEN NULL ELSE r.as_of END AS as_of, r.evidence, r.item_id AS item,
              (SELECT group_concat(item_id) FROM (SELECT r2.item_id FROM actor_roles r2 WHERE r2.actor_id = @actor AND lower(r2.title) = @title
                AND (@dossier IS NULL OR EXISTS (SELECT 1 FROM item_dossiers d2 WHERE d2.dossier = @dossier AND d2.item_id = r2.item_id))
                ORDER BY r2.as_of DESC LIMIT 5)) AS ids
         FROM actor_roles r JOIN actors a ON a.id = r.actor_id JOIN items i ON i.id = r.item_id
        WHERE r.actor_id = @actor AND lower(r.title) = @title
          AND (@dossier IS NULL OR EXISTS (SELECT 1 FROM item_dossiers d WHERE d.dossier = @dossier AND d.item_id = r.item_id))
        ORDER BY 4 DESC NULLS LAST LIMIT 1`,
    ),
    /** Does any other negotiation hold items? Only then are role holdings sorted by negotiation. */
    otherDossiers: db.prepare<[string, string], { n: number }>(
      'SELECT EXISTS (SELECT 1 FROM item_dossiers WHERE dossier < ?) OR EXISTS (SELECT 1 FROM item_dossiers WHERE dossier > ?) AS n',
    ),
    /** The negotiation an item was read for, other than this one. */
    itemDossier: db.prepare<[number, string], { dossier: string }>('SELECT dossier FROM item_dossiers WHERE item_id = ? AND dossier <> ? ORDER BY dossier LIMIT 1'),
    // "FSB Director Alexander Bortnikov": a bare title whose sentence names the organisation before it.
    titledIn: db.prepare<[string, string], { actor_id: number }>(
      'SELECT DISTINCT actor_id FROM actor_roles WHERE lower(title) = ? AND evidence LIKE ? LIMIT 20',
    ),
  };

  function rounds(f: { from?: string; to?: string; status?: 'held' | 'scheduled' } = {}): RoundRow[] {
    return q.rounds.all({ dossier: dossier.id, from: f.from ?? null, to: f.to ?? null, status: f.status ?? null }).map((r) => {
      // Reports of the round itself first, then those that announced it.
      const all = q.roundSources.all(r.id);
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
        sources: src.filter((s) => !seen.has(s.item_id) && seen.add(s.item_id)).map((s) => source(s.item_id)),
        evidence: src[0]?.evidence ?? '',
      };
    });
  }

  /**
   * Who holds a role: titles with every word asked ("national security adviser" finds "US
   * national security adviser"), of the side asked; for "who runs X", a head's title tied to X.
   * Titles are matched in memory (the vocabulary keeps them); only the holdings found are read.
   */
  function roleHolders(role: string, opts: { party?: string; org?: string; hint?: string } = {}): RoleHolder[] {
    const vocab = vocabulary.get();
    const partyOf = vocab.partyById;
    const pairs: { actor: number; title: string }[] = [];
    if (opts.org) {
      const org = opts.org.toLowerCase();
      for (const [title, ids] of vocab.titles) {
        const words = foldRole(title);
        if (!HEAD_OF_ORG.includes(words[0]!)) continue;
        if (title.includes(org)) for (const actor of ids) pairs.push({ actor, title });
        else if (words.length === 1) for (const r of q.titledIn.all(title, `%${opts.org} ${title}%`)) pairs.push({ actor: r.actor_id, title });
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
    const read = (scope: string | null) =>
      pairs
        .slice(0, MAX_HOLDINGS)
        .map((p) => q.holding.get({ ...p, dossier: scope }))
        .filter((r): r is NonNullable<typeof r> => r !== undefined)
        .filter((r) => !opts.party || r.party === opts.party || r.title.toLowerCase().includes(opts.party.toLowerCase()));
    const several = q.otherDossiers.get(dossier.id, dossier.id)?.n === 1;
    let found = read(several ? dossier.id : null);
    let elsewhere = false;
    if (!found.length && several) {
      found = read(null);
      elsewhere = true;
    }
    const holders = found
      // The closest title first ("spokesman" before "foreign ministry spokeswoman"), then one whose sentence
      // names the institution asked ("Kremlin spokesman"), then the newest.
      .map((r) => ({ r, extra: foldRole(r.title).length - foldRole(role).length, named: opts.hint && r.evidence.toLowerCase().includes(opts.hint.toLowerCase()) ? 1 : 0 }))
      .sort((a, b) => a.extra - b.extra || b.named - a.named || (b.r.as_of ?? '').localeCompare(a.r.as_of ?? ''))
      .map(({ r }) => r)
      .map((r): RoleHolder => {
        const other = elsewhere ? q.itemDossier.get(r.item, dossier.id)?.dossier : undefined;
        return {
          name: r.name,
          title: r.title,
          party: r.party,
          asOf: r.as_of,
          evidence: r.evidence,
          sources: [...new Set((r.ids ?? '').split(',').filter(Boolean).map(Number))].map(source),
          ...(other ? { from: { id: other, title: deps.titleOf?.(other) ?? other } } : {}),
        };
      });
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
    lastDay: () => q.lastDay.get(dossier.id, deps.now().toISOString().slice(0, 10))?.d ?? null,
  };
}

export type AskKnowledge = ReturnType<typeof createAskKnowledge>;
