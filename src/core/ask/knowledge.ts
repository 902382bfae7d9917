import type { LoadedDossier } from '../dossier/load.js';
import { createSourceLookup } from '../queries/common.js';
import { createDelegationReader } from '../queries/delegations.js';
import { createStatementQueries } from '../queries/statements.js';
import type { ActorResult, SourceRef, TimelineQuery, TimelineResult } from '../schemas.js';
import type { Db } from '../store/db.js';
import { ROLE_SPELLING } from './lexicon.js';
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
  asOf: string;
  evidence: string;
  sources: SourceRef[];
}

const MAX_ROUNDS = 200;
const foldRole = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .map((w) => ROLE_SPELLING[w] ?? w);

/** Everything `ask` reads from the knowledge base, over the queries the commands use. */
export function createAskKnowledge(
  db: Db,
  dossier: LoadedDossier,
  deps: {
    now: () => Date;
    actor: (name: string) => ActorResult;
    timeline: (q: TimelineQuery & { kinds?: string[]; place?: string }) => TimelineResult;
  },
) {
  const source = createSourceLookup(db);
  const vocabulary = createVocabulary(db, dossier);
  const delegations = createDelegationReader(db);
  const statements = createStatementQueries(db);
  const q = {
    lastDay: db.prepare<[string], { d: string | null }>('SELECT max(date) AS d FROM events WHERE date <= ?'),
    rounds: db.prepare<
      [{ from: string | null; to: string | null; status: string | null }],
      { id: number; place: string | null; date: string | null; date_precision: RoundRow['precision']; status: RoundRow['status']; parties: string }
    >(
      `SELECT id, place, date, date_precision, status, parties FROM rounds
        WHERE (@from IS NULL OR date >= @from) AND (@to IS NULL OR date <= @to) AND (@status IS NULL OR status = @status)
        ORDER BY date IS NULL, date DESC, id DESC LIMIT ${MAX_ROUNDS}`,
    ),
    roundSources: db.prepare<[number], { item_id: number; evidence: string; published: string }>(
      'SELECT s.item_id, s.evidence, i.published FROM round_sources s JOIN items i ON i.id = s.item_id WHERE s.round_id = ? ORDER BY i.published',
    ),
    roles: db.prepare<[string], { name: string; title: string; party: string | null; as_of: string; evidence: string; ids: string }>(
      `SELECT a.name, r.title, coalesce(r.party, a.party) AS party, max(r.as_of) AS as_of, r.evidence, group_concat(r.item_id) AS ids
         FROM actor_roles r JOIN actors a ON a.id = r.actor_id
        WHERE lower(r.title) LIKE ? GROUP BY r.actor_id, lower(r.title) ORDER BY as_of DESC LIMIT 400`,
    ),
    // "FSB Director Alexander Bortnikov": a bare title whose sentence names the organisation before it.
    rolesIn: db.prepare<[string, string], { name: string; title: string; party: string | null; as_of: string; evidence: string; ids: string }>(
      `SELECT a.name, r.title, coalesce(r.party, a.party) AS party, max(r.as_of) AS as_of, r.evidence, group_concat(r.item_id) AS ids
         FROM actor_roles r JOIN actors a ON a.id = r.actor_id
        WHERE lower(r.title) = ? AND r.evidence LIKE ? GROUP BY r.actor_id ORDER BY as_of DESC LIMIT 50`,
    ),
  };

  function rounds(f: { from?: string; to?: string; status?: 'held' | 'scheduled' } = {}): RoundRow[] {
    return q.rounds.all({ from: f.from ?? null, to: f.to ?? null, status: f.status ?? null }).map((r) => {
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
        parties: JSON.parse(r.parties) as string[],
        sources: src.filter((s) => !seen.has(s.item_id) && seen.add(s.item_id)).map((s) => source(s.item_id)),
        evidence: src[0]?.evidence ?? '',
      };
    });
  }

  /**
   * Who holds a role: titles with every word asked ("national security adviser" finds "US
   * national security adviser"), of the side asked; for "who runs X", a head's title tied to X.
   */
  function roleHolders(role: string, opts: { party?: string; org?: string } = {}): RoleHolder[] {
    const toHolder = (r: { name: string; title: string; party: string | null; as_of: string; evidence: string; ids: string }): RoleHolder => ({
      name: r.name,
      title: r.title,
      party: r.party,
      asOf: r.as_of,
      evidence: r.evidence,
      sources: [...new Set(r.ids.split(',').map(Number))].slice(0, 5).map(source),
    });
    const out: RoleHolder[] = [];
    if (opts.org) {
      const org = opts.org.toLowerCase();
      for (const head of ['director', 'head', 'chief', 'chair', 'chairman', 'leader']) {
        // The head word first ("director of the FSB", "head of …"), or the organisation right before it.
        for (const r of q.roles.all(`%${head}%`)) {
          const words = foldRole(r.title);
          if (words[0] === head && r.title.toLowerCase().includes(org)) out.push(toHolder(r));
        }
        for (const r of q.rolesIn.all(head, `%${opts.org} ${head}%`)) out.push(toHolder(r));
      }
    } else {
      const words = foldRole(role).filter((w) => w.length > 1 && !['the', 'of', 'a', 'an', 'at', 'for'].includes(w));
      if (words.length === 0 || words.length > 8) return [];
      const rarest = [...words].sort((a, b) => b.length - a.length)[0]!;
      for (const r of q.roles.all(`%${rarest.slice(0, 6)}%`)) {
        const title = foldRole(r.title);
        if (!words.every((w) => title.includes(w))) continue;
        if (opts.party && r.party !== opts.party && !r.title.toLowerCase().includes(opts.party.toLowerCase())) continue;
        out.push(toHolder(r));
      }
    }
    const seen = new Set<string>();
    return out.filter((h) => !seen.has(h.name) && seen.add(h.name));
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
    lastDay: () => q.lastDay.get(deps.now().toISOString().slice(0, 10))?.d ?? null,
  };
}

export type AskKnowledge = ReturnType<typeof createAskKnowledge>;
