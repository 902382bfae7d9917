/**
 * The real-reporting passages (tests/fixtures/labelled/real-reporting.json) scored the way issue 10's
 * graders score Parley: each passage is ingested as a one-item feed into a fresh database with the
 * real core, then read back through `whoLeads` per party and `timeline` — so a figure reflects the
 * whole path (feed parsing, relevance, extraction, the knowledge writer and the queries), not
 * extraction alone.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../src/core/create-core.js';
import { BUNDLED_DOSSIER_DIR, listDossiers } from '../src/core/dossier/load.js';
import { nameKey, sameActor } from '../src/core/names.js';
import { SEAT_CITY } from '../src/core/extract/gazetteer.js';
import { placeNamed } from '../src/core/extract/places.js';
import { resolveParty } from '../src/core/parties.js';
import type { ReaderSettings } from '../src/core/reader/settings.js';
import type { ReaderHealth } from '../src/core/reader/status.js';
import { readDb } from '../tests/support/store.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface TruthDelegation {
  party: string;
  round: number | null;
  leaders: string[];
  members: string[];
  aliases?: Record<string, string>;
  role?: 'mediator';
  level?: string;
}

export interface TruthRound {
  place: string;
  date: string | null;
  parties: string[];
  status: string;
}

export interface RealPassage {
  id: string;
  negotiation: string;
  style: string;
  published: string;
  text: string;
  truth: { rounds: TruthRound[]; delegations: TruthDelegation[]; not_members: string[] };
  constructions: string[];
}

/** Held out before any tuning (decided by the lead): never tuned on, scored only before and after. */
export const HELD_OUT = new Set([
  'ru-001', 'ru-004', 'ru-006', 'ru-007', 'ru-009', 'ru-011', 'ru-014', 'ru-016', 'ru-020', 'ru-022', 'ru-023', 'ru-038',
  'ru-041', 'ru-044', 'ru-049', 'ot-001', 'ot-002', 'ot-003', 'ot-009', 'ot-011', 'ot-013',
]);

export type RealSet = 'ru-dev' | 'ot-dev' | 'ru-held-out' | 'ot-held-out' | 'classes-dev' | 'dates-dev' | 'dev2' | 'dev3' | 'dev4' | 'dev5' | 'dev6' | 'dev7' | 'dev8' | 'dev9' | 'dev10' | 'dev11' | 'dev12' | 'dev13' | 'dev14' | 'dev15' | 'dev16' | 'dev17' | 'dev18' | 'dev19' | 'dev20' | 'dev21' | 'dev22' | 'dev23' | 'dev24' | 'dev25' | 'dev26' | 'dev27';
export const REAL_SETS: RealSet[] = ['ru-dev', 'ot-dev', 'ru-held-out', 'ot-held-out', 'classes-dev', 'dates-dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25', 'dev26', 'dev27'];

/**
 * Sets nobody reads while tuning: printed as aggregates only, never fitted on, never explained. The
 * held-out passages of the first set, and the validation sets written by authors who never saw the
 * code (dev17 and dev18 since the seventh session, 2 Dec 2026 at 12:50 UTC; dev19, dev20 and dev21 since the
 * eighth, 2 Dec 2026 at 16:13 UTC). dev14 (the lowest
 * precision, 0.84) and dev16 (the weakest on negotiations without a dossier) were opened for development in
 * that session, once dev17 and dev18 had taken their place; scored untouched at a3a2041: dev14 P 0.84
 * R 0.72, leaders 0.88, round dates 0.78 (0.89); dev16 P 0.89 R 0.69, leaders 0.76, round dates 0.65
 * (0.79). dev12, dev13 and dev15, sealed since 2 Dec's morning and afternoon, were opened for development
 * at the eighth session's start (2 Dec 2026, 16:05 UTC), as three new sets by authors who never saw the
 * code took their place; scored untouched at 90dd96b: dev12 P 0.96 R 0.83, leaders 0.90, round dates 0.76
 * (0.83); dev13 P 0.96 R 0.78, leaders 0.94, round dates 0.74 (0.88); dev15 P 0.96 R 0.77, leaders 0.90,
 * round dates 0.94 (0.98).
 */
export const SEALED: ReadonlySet<RealSet> = new Set<RealSet>(['ru-held-out', 'ot-held-out', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21']);

/** The sets written as files of their own, each by its own author (what each is, and how it was used). */
const SET_FILES: Record<Exclude<RealSet, 'ru-dev' | 'ot-dev' | 'ru-held-out' | 'ot-held-out'>, string> = {
  /**
   * The miss classes seen on unseen copy (principals who met, place-and-date rounds, long-title
   * rosters, heads of state at the table, sides by office), written as new development passages by
   * issue 10's fifth pass before any fix: tests/extract/classes-dev.json. Development only.
   */
  'classes-dev': 'tests/extract/classes-dev.json',
  /**
   * Round dates as real copy words them (weekdays resolved against publication, datelines, ranges,
   * "the talks that ended on …", earlier rounds in passing, and dates of other events as traps),
   * written by issue 10's sixth pass before reading the round code: tests/extract/dates-dev.json.
   * Rounds only (no delegations labelled). Development only.
   */
  'dates-dev': 'tests/extract/dates-dev.json',
  /**
   * A fresh development set by a separate author (26 passages: 12 Russia–Ukraine, 14 other
   * negotiations), scored untouched at the sixth pass's starting code before any tuning on it:
   * tests/extract/dev2.json. Development only.
   */
  'dev2': 'tests/extract/dev2.json',
  /**
   * A second fresh development set by a separate author, written with precision traps (hosts and
   * mediators, quoted groups, lists that are no rosters, other events): tests/extract/dev3.json,
   * scored untouched before the seventh pass tuned on it. Development only.
   */
  'dev3': 'tests/extract/dev3.json',
  /**
   * A third fresh development set by a separate author (26 passages: 16 Russia–Ukraine, 10 other
   * negotiations): tests/extract/dev4.json, scored untouched at the eighth pass's code before any
   * tuning on it. Development only.
   */
  'dev4': 'tests/extract/dev4.json',
  /**
   * A fourth fresh development set by a separate author who never saw the code (24 passages: 6
   * Russia–Ukraine, 18 on negotiations Parley ships no dossier for), written for the
   * unfamiliar-negotiations pass: tests/extract/dev5.json, scored untouched at that pass's code before
   * any tuning on it. Development only.
   */
  'dev5': 'tests/extract/dev5.json',
  /**
   * A fifth fresh development set by two authors who never saw the code (34 passages: 20
   * Russia–Ukraine, 14 on 12 other negotiations), written on 1 Dec 2026: tests/extract/dev6.json,
   * scored untouched at that morning's code before any tuning on it. Development only.
   */
  'dev6': 'tests/extract/dev6.json',
  /**
   * A validation set by two more authors who never saw the code (30 passages: 16 Russia–Ukraine, 14
   * on 13 other negotiations), written on 1 Dec 2026 for the day's second pass:
   * tests/extract/dev7.json. The second pass's engineers read only its aggregate line and kept a
   * change only if it did not lower it; no passage or miss of it was read while tuning. Opened as a
   * development set at the start of the fourth session (its R 0.54 against 0.81 on that morning's
   * sealed set asked why), when dev9 took its place as validation.
   */
  'dev7': 'tests/extract/dev7.json',
  /**
   * A seventh fresh development set by an author who never saw the code (30 passages: 16
   * Russia–Ukraine, 14 on 13 other negotiations), written on 1 Dec 2026 (third session), scored
   * untouched at that session's starting code, then tuned on. Development only.
   */
  'dev8': 'tests/extract/dev8.json',
  /**
   * The validation set from the fourth session of 1 Dec 2026, by an author who never saw the code
   * (30 passages: 18 Russia–Ukraine, 12 on 12 other negotiations): tests/extract/dev9.json. Scored
   * untouched at that session's starting code and read only as aggregates through 2 Dec; opened as a
   * development set at the start of the session of 2 Dec 2026 (morning), when dev10 took its place.
   */
  'dev9': 'tests/extract/dev9.json',
  /**
   * The validation set of 2 Dec 2026, by an author who never saw the code or the other sets (30
   * passages: 18 Russia–Ukraine 2022–2026, 12 on 10 other negotiations): tests/extract/dev10.json.
   * Scored untouched at that session's starting code (10304dc) and read only as aggregates until the
   * session's first passes were merged (P 0.93 R 0.72 there); then opened as a development set for
   * its last pass, when dev12 took the validation place.
   */
  'dev10': 'tests/extract/dev10.json',
  /**
   * A second fresh set of 2 Dec 2026 by another author who never saw the code or the other sets (30
   * passages: 16 Russia–Ukraine, 6 of them on 2026 rounds; 14 on 13 other negotiations, 5 on 2026
   * rounds): tests/extract/dev11.json. Its author was briefed, wrongly, that a sole principal who met
   * leads; before anyone read it the lead moved such leaders to members wherever no leading word
   * stands within 90 characters of the name (19 moved, 14 kept), the set's README rule. Scored
   * untouched at 10304dc, then opened as a development set.
   */
  'dev11': 'tests/extract/dev11.json',
  /**
   * The validation set from the session of 2 Dec 2026 (morning), by a third author who never saw the
   * code or the other sets (30 passages: 16 Russia–Ukraine, 7 on 2026 rounds; 14 on 12 other
   * negotiations, 5 on 2026 rounds): tests/extract/dev12.json. Scored untouched at the session's
   * starting code 10304dc and at its first merges (2ca61d7); printed as aggregates only, never read
   * while tuning.
   */
  'dev12': 'tests/extract/dev12.json',
  /**
   * Two validation sets of the session of 2 Dec 2026 (afternoon), each by its own author who never saw
   * the code or any other set, each then checked by a second labeller who never saw the code either
   * (their fixes listed in the commit): dev13 (30 passages: 20 Russia–Ukraine 2022–2026, 10 on six other
   * negotiations) and dev14 (30: 12 Russia–Ukraine, 18 on six other negotiations). Scored at the
   * session's starting code 382c518 and after every merge; aggregates only, never read while tuning.
   */
  'dev13': 'tests/extract/dev13.json',
  'dev14': 'tests/extract/dev14.json',
  /**
   * Two more validation sets of the same afternoon, written the same way (own author, second labeller,
   * neither ever saw the code): dev15 (30: 18 Russia–Ukraine, 12 on six other negotiations, a third of
   * it state media) and dev16 (30: 8 Russia–Ukraine, 22 on fourteen other negotiations, most with no
   * dossier of their own). Scored at 382c518 and at the session's end; aggregates only.
   */
  'dev15': 'tests/extract/dev15.json',
  'dev16': 'tests/extract/dev16.json',
  /**
   * The seventh session's validation sets, written the same way (own author, second labeller, neither
   * ever saw the code or another set): dev17 (30: 15 Russia–Ukraine, 5 on the dossiers' other
   * negotiations, 10 on ten negotiations without a dossier) and dev18 (30: 12 Russia–Ukraine, 6 on the
   * dossiers' others, 12 on twelve without a dossier: Libya, Myanmar, South Sudan, the Geneva
   * International Discussions, Moldova–Transnistria, Philippines–China …). Scored at a3a2041, before any
   * change of that session, and at its end; aggregates only.
   */
  'dev17': 'tests/extract/dev17.json',
  'dev18': 'tests/extract/dev18.json',
  /**
   * Three more of the eighth session (2 Dec 2026), each by its own author and checked by a second
   * labeller, none of whom ever saw the code or another set: dev19 (13 Russia–Ukraine, 17 on other
   * negotiations, 11 without a dossier: Cyprus, Dayton, Western Sahara, North Korea–US, the Minsk Group …),
   * dev20 (14 and 16: Afghanistan–Pakistan, Thailand–Cambodia, US–China trade, Transnistria, the Moro
   * talks …) and dev21 (13 and 17: the Astana format, Georgia–Russia in Geneva, Somalia–Ethiopia in
   * Ankara, Armenia–Turkey, Nicaragua …). Scored untouched at 90dd96b and at the session's end;
   * aggregates only.
   */
  'dev19': 'tests/extract/dev19.json',
  'dev20': 'tests/extract/dev20.json',
  'dev21': 'tests/extract/dev21.json',
  /**
   * Three development sets of the same session, written the same way (own author, second labeller, no
   * sight of the code) but opened for development from the start: fresh copy to find classes on, since
   * the sealed sets showed the older development sets fitted (recall 0.91 on them, 0.64 on unseen copy).
   * dev22 (12 Russia–Ukraine, 18 on seventeen other negotiations: Cyprus, Aceh, Mali, Sri Lanka, Saudi–Iran
   * …), dev23 (12 and 18: US–Taliban, Libya 5+5, North Korea–US, Yemen …), dev24 (12 and 18: Gaza,
   * Iran–US, the Great Lakes, Mozambique, Thailand–Cambodia …). Scored untouched at 90dd96b.
   */
  'dev22': 'tests/extract/dev22.json',
  'dev23': 'tests/extract/dev23.json',
  'dev24': 'tests/extract/dev24.json',
  /**
   * The ninth session's three development sets (2 Dec 2026, 18:50 UTC), written the same way and
   * opened from the start: dev25 (12 Russia–Ukraine, 18 on Gaza, Iran–US and Iran–E3, the Great Lakes,
   * Sudan, Yemen, Venezuela, Ethiopia–TPLF, Serbia–Kosovo …), dev26 (14 and 16: Northern Ireland,
   * Colombia–FARC, the Moro talks, US–Taliban, the Korea summits, Thailand–Cambodia, Libya, Astana …),
   * dev27 (16 and 14: Gaza, Iran–US, India–Pakistan, US–China trade, Georgia in Geneva, South Sudan …).
   * Scored untouched at 0f784b3: dev25 P 0.93 R 0.73, leaders 0.83, round dates 0.66 (0.87); dev26
   * P 0.87 R 0.48, leaders 0.53, round dates 0.63 (0.93); dev27 P 0.96 R 0.60, leaders 0.82, round
   * dates 0.79 (0.92).
   */
  'dev25': 'tests/extract/dev25.json',
  'dev26': 'tests/extract/dev26.json',
  'dev27': 'tests/extract/dev27.json',
};

export function loadReal(set: RealSet): RealPassage[] {
  if (set in SET_FILES) return JSON.parse(readFileSync(join(ROOT, SET_FILES[set as keyof typeof SET_FILES]), 'utf8')) as RealPassage[];
  const all = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/labelled/real-reporting.json'), 'utf8')) as RealPassage[];
  const ru = set.startsWith('ru-');
  const held = set.endsWith('held-out');
  return all.filter((p) => (p.negotiation === 'russia-ukraine') === ru && HELD_OUT.has(p.id) === held);
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PassageScore {
  id: string;
  constructions: string[];
  delegations: Counts;
  /**
   * Names on a side whatever their role: a leader reported as a member (or the reverse) counts here,
   * where `delegations` scores it as one miss and one false hit. Issue 10 calls its figure
   * "delegation-name recall"; the strict reading above is the one the floors and tables lead with.
   */
  names: Counts;
  leaders: Counts;
  rounds: Counts;
  /** Rounds scored with the fairer place test (placeFitsFair), for comparison only. */
  roundsFair: Counts;
  misses: string[];
  /** The dossiers that read the item (relevance decides, as for a user). */
  readBy?: string[];
  /** With a model reader: what it did for this passage. */
  reader?: ReaderHealth;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Canonical party name as Parley resolves it ("Democratic Republic of the Congo" → "DR Congo"). */
const canon = (party: string) => resolveParty(party)?.name ?? party;

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A one-item RSS feed: paragraphs as <p>, line breaks inside one as <br>, as publishers' feeds carry them. */
export function oneItemFeed(p: RealPassage): string {
  const html = p.text
    .split(/\n{2,}/)
    .map((para) => `<p>${escapeXml(para).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>eval</title><link>https://eval.example/</link><description>eval</description>
<item><guid>${p.id}</guid><link>https://eval.example/${p.id}</link><pubDate>${new Date(p.published).toUTCString()}</pubDate>
<content:encoded><![CDATA[${html.replace(/]]>/g, ']]&gt;')}]]></content:encoded></item></channel></rss>`;
}

interface Triple {
  party: string;
  name: string;
  role: 'leader' | 'member';
  aliases: string[];
}

function placeFits(truthPlace: string, place: string | null): boolean {
  if (!place) return true;
  const t = truthPlace.toLowerCase();
  if (t.includes(place.toLowerCase())) return true;
  const country = resolveParty(place)?.name;
  if (!country) return false;
  return truthPlace.split(/[,()/]/).some((part) => resolveParty(part.trim())?.name === country);
}

/**
 * A fairer place test, reported beside the default one (`npm run eval -- --fair-places`), never
 * instead of it: places compared as places. A label that says the text names no place ("not stated",
 * "unspecified") takes any; a stored country fits a label in that country; a stored city fits a
 * label naming it, or naming only its country; a capital no longer stands for its country (the
 * default test accepts "Riyadh" for "Jeddah, Saudi Arabia" and "Washington" for "Hallandale Beach,
 * Florida, United States", and rejects "Geneva" for "Switzerland").
 */
export function placeFitsFair(truthPlace: string, place: string | null): boolean {
  if (!place) return true;
  const t = truthPlace.toLowerCase();
  if (t.includes(place.toLowerCase())) return true;
  if (/\b(?:not stated|unspecified|not given)\b/.test(t)) return true;
  const got = placeNamed(SEAT_CITY[place] ?? place);
  if (SEAT_CITY[place] && t.includes(SEAT_CITY[place]!.toLowerCase())) return true;
  const parts = truthPlace
    .split(/[,()/]|\bor\b|\bnear\b/)
    .map((x) => x.trim())
    .filter(Boolean)
    .map((x) => placeNamed(x) ?? (resolveParty(x) ? { name: resolveParty(x)!.name, country: resolveParty(x)!.name, city: false } : undefined))
    .filter((x): x is NonNullable<typeof x> => !!x);
  if (!got) return false;
  if (!got.city) return parts.some((x) => x.country === got.name);
  return !parts.some((x) => x.city) && parts.some((x) => !x.city && x.country === got.country);
}

/**
 * The dossier a negotiation's reports belong to: its bundled dossier where Parley ships one
 * (russia-ukraine, gaza-ceasefire, iran-us-nuclear), else other-negotiations, which reads every
 * report of talks no other dossier claims. Scoring does not choose it: the item goes where
 * relevance sends it, as it does for a user; this only labels the per-negotiation table.
 */
export function dossierOf(p: Pick<RealPassage, 'negotiation'>): string {
  return listDossiers(BUNDLED_DOSSIER_DIR).includes(p.negotiation) ? p.negotiation : 'other-negotiations';
}

/** Ingests one passage into a fresh database and scores what the queries give back. */
export async function scorePassage(p: RealPassage, opts: { reader?: ReaderSettings } = {}): Promise<PassageScore> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-eval-'));
  const feed = join(dir, `${p.id}.xml`);
  writeFileSync(feed, oneItemFeed(p));
  const dbPath = join(dir, 'eval.db');
  // Exactly what `parley ingest FILE` then `parley who-leads PARTY --json` does: the bundled
  // dossiers, the default one, no dossier named; a query the default has nothing for is answered
  // by the dossier that read the item (see `answered` in create-core.ts).
  const core = createCore({
    dbPath,
    dossierDir: BUNDLED_DOSSIER_DIR,
    isolateIngest: false,
    now: () => new Date(Date.parse(p.published) + 3_600_000),
    ...(opts.reader ? { reader: opts.reader } : {}),
  });
  let db: ReturnType<typeof readDb> | undefined;
  const out: PassageScore = { id: p.id, constructions: p.constructions, delegations: zero(), names: zero(), leaders: zero(), rounds: zero(), roundsFair: zero(), misses: [] };
  try {
    await core.ingest([feed]);
    const readerDay = (await core.health()).reader;
    if (readerDay) out.reader = readerDay;
    // The rows themselves, read by path: the core has no door to its database.
    db = readDb(dbPath);
    // Every party the database holds a delegation for is asked, not only the labelled ones: a side
    // Parley invented counts against it.
    const truthParties = p.truth.delegations.filter((d) => d.role !== 'mediator').map((d) => canon(d.party));
    out.readBy = db.prepare<[], { dossier: string }>('SELECT DISTINCT dossier FROM item_dossiers ORDER BY dossier').all().map((r) => r.dossier);
    const stored = db.prepare<[], { party: string }>('SELECT DISTINCT party FROM delegations').all().map((r) => r.party);
    const got: Triple[] = [];
    for (const party of new Set([...truthParties, ...stored])) {
      let res: Awaited<ReturnType<typeof core.whoLeads>> | undefined;
      try {
        res = await core.whoLeads(party);
      } catch {
        continue;
      }
      for (const d of res.delegations) {
        for (const name of d.leaders) got.push({ party: res.party, name, role: 'leader', aliases: [] });
        for (const name of d.members) got.push({ party: res.party, name, role: 'member', aliases: [] });
      }
    }
    const gotUnique = got.filter((g, i) => got.findIndex((h) => h.party === g.party && h.role === g.role && nameKey(h.name) === nameKey(g.name)) === i);
    const expected: Triple[] = [];
    const mediators: Triple[] = [];
    for (const d of p.truth.delegations) {
      const aliasesOf = (n: string) => Object.entries(d.aliases ?? {}).flatMap(([a, b]) => (a === n ? [b] : b === n ? [a] : []));
      for (const [names, role] of [[d.leaders, 'leader'], [d.members, 'member']] as const) {
        for (const name of names) {
          const t: Triple = { party: canon(d.party), name, role, aliases: aliasesOf(name) };
          const list = d.role === 'mediator' ? mediators : expected;
          if (!list.some((x) => x.party === t.party && x.role === t.role && sameActor(x.name, t.name))) list.push(t);
        }
      }
    }
    const matches = (g: Triple, e: Triple, role = true) =>
      g.party === e.party && (!role || g.role === e.role) && [e.name, ...e.aliases].some((n) => sameActor(g.name, n));
    const used = new Set<number>();
    for (const e of expected) {
      const i = gotUnique.findIndex((g, k) => !used.has(k) && matches(g, e));
      const c = e.role === 'leader' ? out.leaders : undefined;
      if (i >= 0) {
        used.add(i);
        out.delegations.tp++;
        if (c) c.tp++;
      } else {
        out.delegations.fn++;
        if (c) c.fn++;
        out.misses.push(`missed ${e.role} ${e.name} (${e.party})`);
      }
    }
    gotUnique.forEach((g, k) => {
      if (used.has(k)) return;
      // A mediator's own delegation may be reported or not: neither credit nor penalty.
      if (mediators.some((m) => matches(g, m, false))) return;
      out.delegations.fp++;
      if (g.role === 'leader') out.leaders.fp++;
      out.misses.push(`spurious ${g.role} ${g.name} (${g.party})`);
    });

    // Names on a side, whatever the role.
    const expectedNames = expected.filter((e, i) => expected.findIndex((x) => x.party === e.party && sameActor(x.name, e.name)) === i);
    const gotNames = gotUnique.filter((g, i) => gotUnique.findIndex((h) => h.party === g.party && nameKey(h.name) === nameKey(g.name)) === i);
    const usedNames = new Set<number>();
    for (const e of expectedNames) {
      const i = gotNames.findIndex((g, k) => !usedNames.has(k) && matches(g, e, false));
      if (i >= 0) {
        usedNames.add(i);
        out.names.tp++;
      } else out.names.fn++;
    }
    gotNames.forEach((g, k) => {
      if (!usedNames.has(k) && !mediators.some((m) => matches(g, m, false))) out.names.fp++;
    });

    // Rounds per (place, date): a dated round is found when a timeline event carries its date and
    // a compatible place (an event without a place counts only as talks) — the timeline is all a
    // user (or `parley timeline --json`) sees. Spurious: a stored round no labelled round matches.
    const rounds = db
      .prepare<[], { place: string | null; date: string | null; date_precision: string | null }>('SELECT place, date, date_precision FROM rounds')
      .all()
      .filter((r) => r.date && r.date_precision === 'day')
      .map((r) => ({ place: r.place, date: r.date!, talks: true }));
    const events = (await core
      .timeline({ limit: 500, from: '1990-01-01' }))
      .events.filter((e) => e.datePrecision === 'day')
      .map((e) => ({ place: e.place, date: e.date, talks: e.kind === 'talks' }));
    const dated = p.truth.rounds.filter((r) => r.date);
    const foundDates = new Set<string>();
    for (const r of dated) {
      const hit = events.find((x) => x.date === r.date && (x.place ? placeFits(r.place, x.place) : x.talks));
      if (hit) {
        out.rounds.tp++;
        foundDates.add(`${hit.date}|${hit.place ?? ''}`);
      } else {
        out.rounds.fn++;
        out.misses.push(`missed round ${r.place} ${r.date}`);
      }
    }
    const foundFair = new Set<string>();
    for (const r of dated) {
      const hit = events.find((x) => x.date === r.date && (x.place ? placeFitsFair(r.place, x.place) : x.talks));
      if (hit) {
        out.roundsFair.tp++;
        foundFair.add(`${hit.date}|${hit.place ?? ''}`);
      } else out.roundsFair.fn++;
    }
    for (const r of rounds) if (!foundFair.has(`${r.date}|${r.place ?? ''}`) && !dated.some((t) => t.date === r.date && placeFitsFair(t.place, r.place))) out.roundsFair.fp++;
    for (const r of rounds) {
      if (foundDates.has(`${r.date}|${r.place ?? ''}`)) continue;
      if (dated.some((t) => t.date === r.date && placeFits(t.place, r.place))) continue;
      out.rounds.fp++;
      out.misses.push(`spurious round ${r.place ?? '(no place)'} ${r.date}`);
    }
  } finally {
    db?.close();
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

export function ratio(c: Counts): { p: number; r: number } {
  return { p: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp), r: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn) };
}

export function sum(scores: PassageScore[], key: 'delegations' | 'names' | 'leaders' | 'rounds' | 'roundsFair'): Counts {
  const c = zero();
  for (const s of scores) {
    c.tp += s[key].tp;
    c.fp += s[key].fp;
    c.fn += s[key].fn;
  }
  return c;
}
