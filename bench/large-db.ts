/**
 * The large knowledge base the query figures are measured on (100,000 events, 10,000 actors,
 * 200,000 items by default): years of coverage from dozens of outlets. Ingesting that through
 * the pipeline would take minutes, so it is written directly with bulk SQL into the real schema
 * (the core's own migrations), with the proportions the ingest produces: a fifth of the items
 * relevant, a few mentions per relevant item with a Zipf spread over the actors (a handful in
 * every story, a long tail seen once), roles, rounds, delegations with their members and
 * sources, events with their sources, actors, topics and parties, and both FTS indexes rebuilt.
 *
 * Built once per seed, size and schema, and cached under bench/.cache/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { nameKey, surnameKey } from '../src/core/names.js';
import { migrate } from '../src/core/store/db.js';
import { ACTOR_COUNTERS_SQL, MIGRATIONS } from '../src/core/store/migrations.js';
import {
  ACTOR_POOL,
  createRng,
  otherSentence,
  type Party,
  PLACES,
  relevantHeadline,
  relevantSentence,
  type Rng,
  storyFrame,
  TOPICS,
} from './corpus.js';

/** Bump when the generator's output changes, so stale caches are not reused. */
const GENERATOR_VERSION = 3;

export interface LargeDbOptions {
  seed: number;
  events: number;
  actors: number;
  items: number;
  cacheDir: string;
}

/** Names the benchmark queries ask about, chosen by the generator so they exist in the data. */
export interface LargeDbProbe {
  /** The most-mentioned actor (thousands of mentions). */
  heavyActor: string;
  /** A mid-table actor from the curated pool. */
  midActor: string;
  /** A long-tail actor with a handful of mentions. */
  lightActor: string;
  /** The newest event date. */
  lastDate: string;
}

export interface LargeDb {
  path: string;
  /** True when this call built it, false when it came from the cache. */
  built: boolean;
  buildMs: number;
  counts: Record<string, number>;
  probe: LargeDbProbe;
}

const START = Date.UTC(2023, 0, 1);
const DAYS = 3 * 365;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

const FIRST_NAMES: Record<'ua' | 'ru' | 'us' | 'eu', readonly string[]> = {
  ua: ['Oleksandr', 'Andriy', 'Serhiy', 'Mykola', 'Yuriy', 'Taras', 'Bohdan', 'Oksana', 'Olena', 'Iryna', 'Vitaliy', 'Dmytro', 'Vasyl', 'Roman', 'Natalia', 'Halyna', 'Petro', 'Ostap', 'Yaroslav', 'Liudmyla'],
  ru: ['Sergei', 'Alexei', 'Nikolai', 'Dmitry', 'Mikhail', 'Ivan', 'Pavel', 'Yevgeny', 'Anatoly', 'Boris', 'Valentina', 'Tatiana', 'Olga', 'Maria', 'Konstantin', 'Leonid', 'Gennady', 'Andrei', 'Viktor', 'Arkady'],
  us: ['James', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Thomas', 'Charles', 'Susan', 'Karen', 'Nancy', 'Lisa', 'Brian', 'Kevin', 'Jason', 'Laura', 'Emily', 'Scott', 'Gregory', 'Rachel'],
  eu: ['Pierre', 'Jean', 'Luc', 'Hans', 'Klaus', 'Jurgen', 'Marco', 'Luca', 'Giulia', 'Anna', 'Sophie', 'Lars', 'Erik', 'Piotr', 'Tomasz', 'Katarzyna', 'Miguel', 'Carlos', 'Ines', 'Henrik'],
};
const SURNAMES: Record<'ua' | 'ru' | 'us' | 'eu', readonly string[]> = {
  ua: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Oliynyk', 'Lysenko', 'Marchenko', 'Savchenko', 'Rudenko', 'Moroz', 'Petrenko', 'Klymenko', 'Pavlenko', 'Levchenko', 'Kharchenko', 'Ponomarenko', 'Sydorenko', 'Hnatyuk', 'Kostenko', 'Boyko', 'Tymoshenko', 'Honchar', 'Didenko'],
  ru: ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Vasiliev', 'Petrov', 'Sokolov', 'Mikhailov', 'Novikov', 'Fedorov', 'Morozov', 'Volkov', 'Alekseev', 'Lebedev', 'Semenov', 'Egorov', 'Pavlov', 'Kozlov', 'Stepanov', 'Nikolaev', 'Orlov', 'Andreev', 'Makarov', 'Nikitin', 'Zakharov'],
  us: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Martin', 'Jackson', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Hall', 'Allen', 'Young', 'King', 'Wright'],
  eu: ['Dubois', 'Lefevre', 'Moreau', 'Muller', 'Schmidt', 'Schneider', 'Fischer', 'Rossi', 'Russo', 'Ferrari', 'Jansen', 'De Vries', 'Nowak', 'Kowalski', 'Wisniewski', 'Garcia', 'Fernandez', 'Lopez', 'Andersson', 'Johansson', 'Nielsen', 'Hansen', 'Novak', 'Horvat', 'Popescu'],
};
const GROUP_PARTIES: Record<'ua' | 'ru' | 'us' | 'eu', readonly Party[]> = {
  ua: ['Ukraine'],
  ru: ['Russia'],
  us: ['United States'],
  eu: ['France', 'United Kingdom', 'Germany'],
};
const GENERIC_ROLES = ['deputy foreign minister', 'adviser', 'spokesperson', 'ambassador', 'military official', 'member of parliament', 'governor', 'negotiator'];
const EVENT_KINDS: readonly [string, number][] = [
  ['statement', 0.3],
  ['attack', 0.2],
  ['talks', 0.12],
  ['call', 0.08],
  ['agreement', 0.06],
  ['refusal', 0.06],
  ['aid', 0.06],
  ['sanctions', 0.05],
  ['prisoner-exchange', 0.04],
  ['other', 0.03],
];
const NEGOTIATING_SETS: readonly Party[][] = [
  ['Ukraine', 'United States'],
  ['Russia', 'United States'],
  ['Russia', 'Ukraine', 'United States'],
  ['Russia', 'Ukraine'],
];

function pickWeighted(rng: Rng, table: readonly [string, number][]): string {
  let r = rng.next();
  for (const [v, w] of table) {
    r -= w;
    if (r < 0) return v;
  }
  return table[table.length - 1]![0];
}

/** Cache key: seed, sizes, generator and the exact schema text, so a new migration rebuilds. */
function cacheName(o: LargeDbOptions): string {
  const schema = createHash('sha256').update(MIGRATIONS.join('\n')).digest('hex').slice(0, 12);
  return `large-s${o.seed}-e${o.events}-a${o.actors}-i${o.items}-g${GENERATOR_VERSION}-v${MIGRATIONS.length}-${schema}`;
}

/** Returns the cached database for these options, building it first when missing. */
export function largeDb(opts: LargeDbOptions): LargeDb {
  mkdirSync(opts.cacheDir, { recursive: true });
  const name = cacheName(opts);
  const path = join(opts.cacheDir, `${name}.db`);
  const metaPath = join(opts.cacheDir, `${name}.json`);
  if (existsSync(path) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Omit<LargeDb, 'path' | 'built'>;
    return { ...meta, path, built: false };
  }
  const t0 = performance.now();
  // Built beside the final name and renamed: an interrupted build never leaves a half cache behind.
  const tmp = `${path}.tmp-${process.pid}`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`, `${tmp}-journal`]) rmSync(f, { force: true });
  const { counts, probe } = build(tmp, opts);
  const buildMs = performance.now() - t0;
  renameSync(tmp, path);
  writeFileSync(metaPath, JSON.stringify({ buildMs, counts, probe }, null, 2));
  return { path, built: true, buildMs, counts, probe };
}

function build(path: string, o: LargeDbOptions): { counts: Record<string, number>; probe: LargeDbProbe } {
  const rng = createRng(o.seed ^ 0x5eed);
  const db = new Database(path);
  // No journal and no fsync while loading: the file is a cache, rebuilt if anything goes wrong.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  migrate(db);

  const spanMs = DAYS * 86_400_000;
  const counts: Record<string, number> = {};
  const count = (t: string, n = 1) => {
    counts[t] = (counts[t] ?? 0) + n;
  };

  // A bank of sentences reused for mentions, evidence and event titles: same vocabulary as the corpus.
  const bank: string[] = [];
  for (let i = 0; i < 4000; i++) bank.push(relevantSentence(rng, storyFrame(rng, new Date(START + rng.next() * spanMs))));
  const sentence = () => rng.pick(bank);

  const ins = {
    feed: db.prepare('INSERT INTO feeds (id, url, name, weight) VALUES (?, ?, ?, ?)'),
    item: db.prepare(
      `INSERT INTO items (id, feed_id, guid, url, title, published, fetched_at, text, content_hash, relevance, relevant, topics, extracted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    actor: db.prepare('INSERT INTO actors (id, name, key, surname_key, party, curated) VALUES (?, ?, ?, ?, ?, 0)'),
    alias: db.prepare('INSERT OR IGNORE INTO actor_aliases (actor_id, alias, key) VALUES (?, ?, ?)'),
    mention: db.prepare('INSERT OR IGNORE INTO mentions (actor_id, item_id, sentence_index, sentence, surface) VALUES (?, ?, ?, ?, ?)'),
    role: db.prepare('INSERT OR IGNORE INTO actor_roles (actor_id, title, party, as_of, item_id, evidence) VALUES (?, ?, ?, ?, ?, ?)'),
    round: db.prepare('INSERT INTO rounds (id, place, date, date_precision, status, parties) VALUES (?, ?, ?, ?, ?, ?)'),
    roundSource: db.prepare('INSERT OR IGNORE INTO round_sources (round_id, item_id, evidence) VALUES (?, ?, ?)'),
    delegation: db.prepare('INSERT INTO delegations (id, party, round_id, first_item_id, reported_at) VALUES (?, ?, ?, ?, ?)'),
    member: db.prepare('INSERT OR IGNORE INTO delegation_members (delegation_id, actor_id, role, item_id) VALUES (?, ?, ?, ?)'),
    memberSource: db.prepare('INSERT OR IGNORE INTO delegation_member_sources (delegation_id, actor_id, item_id, role) VALUES (?, ?, ?, ?)'),
    statement: db.prepare(
      `INSERT OR IGNORE INTO statements (item_id, sentence_index, speaker, actor_id, party, mode, quote, verb, stances, date, date_precision, topics, rule, evidence, context)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'day', ?, ?, ?, ?)`,
    ),
    delegationSource: db.prepare('INSERT OR IGNORE INTO delegation_sources (delegation_id, item_id, evidence) VALUES (?, ?, ?)'),
    event: db.prepare(
      `INSERT INTO events (id, key, kind, date, date_precision, title, place, parties, topics, attribution, round_id, first_item_id, reported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    eventSource: db.prepare('INSERT OR IGNORE INTO event_sources (event_id, item_id, evidence) VALUES (?, ?, ?)'),
    eventActor: db.prepare('INSERT OR IGNORE INTO event_actors (event_id, actor_id) VALUES (?, ?)'),
    eventTopic: db.prepare('INSERT OR IGNORE INTO event_topics (event_id, topic) VALUES (?, ?)'),
    eventParty: db.prepare('INSERT OR IGNORE INTO event_parties (event_id, party) VALUES (?, ?)'),
  };

  let probe: LargeDbProbe | undefined;
  db.transaction(() => {
    // ── feeds: dozens of outlets
    const FEEDS = 40;
    for (let f = 1; f <= FEEDS; f++) {
      ins.feed.run(f, `https://outlet${f}.example/feed.xml`, `Outlet ${f}`, 0.6 + (f % 7) / 10);
      count('feeds');
    }

    // ── items: published in time order over three years; a fifth about the talks
    const relevantIds: number[] = [];
    const publishedOf: string[] = [''];
    for (let id = 1; id <= o.items; id++) {
      const ms = START + Math.floor((id / o.items) * spanMs) + rng.int(0, 3599) * 1000;
      const published = iso(ms);
      const relevant = rng.chance(0.2);
      let title: string;
      let text: string;
      let topics = '{}';
      if (relevant) {
        const frame = storyFrame(rng, new Date(ms));
        title = relevantHeadline(rng, frame);
        text = [relevantSentence(rng, frame), relevantSentence(rng, frame), relevantSentence(rng, frame), sentence()].join(' ');
        topics = JSON.stringify({ [frame.topic]: rng.int(1, 4), [frame.topic2]: 1 });
        relevantIds.push(id);
      } else {
        const kind = rng.int(0, 2);
        title = otherSentence(rng, kind, new Date(ms)).slice(0, 90);
        text = [otherSentence(rng, kind, new Date(ms)), otherSentence(rng, kind, new Date(ms)), otherSentence(rng, kind, new Date(ms))].join(' ');
      }
      const feed = rng.int(1, FEEDS);
      // Items keep a lead-length text: the query figures read items only through their ids,
      // and full 2 KB bodies would triple the build time (FTS) without changing a query plan.
      ins.item.run(
        id,
        feed,
        `https://outlet${feed}.example/?p=${id}`,
        `https://outlet${feed}.example/news/${id}`,
        title,
        published,
        published,
        text,
        id.toString(16).padStart(40, '0'),
        relevant ? rng.int(3, 20) : rng.int(0, 2),
        relevant ? 1 : 0,
        topics,
        relevant ? published : null,
      );
      publishedOf.push(published);
      count('items');
    }
    /** A relevant item published near a date (fraction of the span): facts point at their reports. */
    const itemNear = (ms: number) => {
      const frac = Math.min(0.9999, Math.max(0, (ms - START) / spanMs));
      const k = Math.floor(frac * relevantIds.length) + rng.int(-20, 20);
      return relevantIds[Math.min(relevantIds.length - 1, Math.max(0, k))]!;
    };

    // ── actors: the curated pool first (the head of the Zipf law), then a long tail
    interface A {
      id: number;
      name: string;
      party: Party;
      role: string;
    }
    const actors: A[] = [];
    const keys = new Set<string>();
    const poolSurnames = new Set(ACTOR_POOL.map((a) => surnameKey(a.name)));
    const addActor = (name: string, party: Party, role: string) => {
      const key = nameKey(name);
      if (keys.has(key)) return;
      keys.add(key);
      const id = actors.length + 1;
      actors.push({ id, name, party, role });
      ins.actor.run(id, name, key, surnameKey(name), party);
      ins.alias.run(id, name, key);
      count('actors');
    };
    for (const a of ACTOR_POOL) addActor(a.name, a.party, a.role.toLowerCase());
    const groups = ['ua', 'ru', 'us', 'eu'] as const;
    for (let guard = 0; actors.length < o.actors && guard < o.actors * 20; guard++) {
      const g = groups[guard % 4]!;
      const last = rng.pick(SURNAMES[g]);
      // A middle initial widens the name space past first × last names, as in real bylines.
      const name = `${rng.pick(FIRST_NAMES[g])} ${String.fromCharCode(65 + rng.int(0, 25))}. ${last}`;
      if (poolSurnames.has(surnameKey(name))) continue;
      addActor(name, rng.pick(GROUP_PARTIES[g]), rng.pick(GENERIC_ROLES));
    }
    // Surname-only aliases: how papers refer to people after the first mention.
    for (const a of actors) {
      if (a.id <= ACTOR_POOL.length || rng.chance(0.3)) {
        const s = a.name.split(' ').pop()!;
        ins.alias.run(a.id, s, nameKey(s));
        count('actor_aliases');
      }
    }
    count('actor_aliases', actors.length);
    const byPartyIds = new Map<Party, number[]>();
    for (const a of actors) {
      const list = byPartyIds.get(a.party) ?? [];
      list.push(a.id);
      byPartyIds.set(a.party, list);
    }
    const zipfActor = () => actors[rng.zipf(actors.length)]!;
    const partyActor = (p: Party) => {
      const list = byPartyIds.get(p) ?? [1];
      return list[rng.zipf(list.length)]!;
    };

    // ── mentions and roles of relevant items
    for (const itemId of relevantIds) {
      const n = rng.int(2, 6);
      for (let j = 0; j < n; j++) {
        const a = zipfActor();
        const s = sentence();
        ins.mention.run(a.id, itemId, j, s, rng.chance(0.5) ? a.name : a.name.split(' ').pop()!);
        count('mentions');
        if (rng.chance(0.25)) {
          ins.role.run(a.id, a.role, a.party, publishedOf[itemId]!.slice(0, 10), itemId, s);
          count('actor_roles');
        }
      }
    }

    // ── statements: one or two per relevant report, by a person (most) or a body that speaks for a side
    const BODIES: readonly [string, Party][] = [
      ['the Kremlin', 'Russia'],
      ["Russia's foreign ministry", 'Russia'],
      ['Ukrainian officials', 'Ukraine'],
      ['Kyiv', 'Ukraine'],
      ['the White House', 'United States'],
      ['Washington', 'United States'],
    ];
    const STANCE_SETS = [[], [], [], ['demanded'], ['proposed'], ['agreed'], ['refused']];
    for (const itemId of relevantIds) {
      for (let k = rng.int(1, 2); k > 0; k--) {
        const person = rng.chance(0.7) ? zipfActor() : undefined;
        const [body, bodyParty] = rng.pick(BODIES);
        const evidence = sentence();
        ins.statement.run(
          itemId,
          10 + k,
          person ? person.name : body,
          person ? person.id : null,
          person ? person.party : bodyParty,
          rng.chance(0.4) ? 'direct' : 'reported',
          null,
          'said',
          JSON.stringify(rng.pick(STANCE_SETS)),
          publishedOf[itemId]!.slice(0, 10),
          JSON.stringify([rng.pick(TOPICS)]),
          'attribution.subject',
          evidence,
          null,
        );
        count('statements');
      }
    }

    // ── rounds of talks, and the delegations that attended them
    const ROUNDS = Math.max(10, Math.round(o.events / 330));
    const rounds: { id: number; ms: number; parties: Party[] }[] = [];
    for (let r = 1; r <= ROUNDS; r++) {
      const ms = START + Math.floor(((r - 0.5) / ROUNDS) * (spanMs + 30 * 86_400_000));
      const place = rng.pick(PLACES).city;
      const parties = [...rng.pick(NEGOTIATING_SETS)].sort();
      const scheduled = ms > START + spanMs;
      ins.round.run(r, place, day(ms), 'day', scheduled ? 'scheduled' : 'held', JSON.stringify(parties));
      rounds.push({ id: r, ms, parties });
      count('rounds');
      for (let k = rng.int(4, 15); k > 0; k--) {
        ins.roundSource.run(r, itemNear(Math.min(ms, START + spanMs)), sentence());
        count('round_sources');
      }
    }
    let delegationId = 0;
    const addDelegation = (p: Party, roundId: number | null, ms: number) => {
      const id = ++delegationId;
      const first = itemNear(ms);
      ins.delegation.run(id, p, roundId, first, publishedOf[first]!);
      count('delegations');
      const team = new Set<number>();
      const leaders = rng.chance(0.85) ? (rng.chance(0.15) ? 2 : 1) : 0;
      for (let k = 0; k < leaders; k++) team.add(partyActor(p));
      for (const a of team) ins.member.run(id, a, 'leader', first);
      for (let k = rng.int(1, 4); k > 0; k--) {
        const a = partyActor(p);
        if (team.has(a)) continue;
        team.add(a);
        ins.member.run(id, a, 'member', first);
      }
      // Each report's own word for each member: most agree, some only list a leader.
      const leaderIds = [...team].slice(0, leaders);
      for (let k = rng.int(1, 5); k > 0; k--) {
        const item = itemNear(ms);
        for (const a of team) ins.memberSource.run(id, a, item, leaderIds.includes(a) && rng.chance(0.8) ? 'leader' : 'member');
      }
      count('delegation_members', team.size);
      for (let k = rng.int(2, 12); k > 0; k--) {
        ins.delegationSource.run(id, itemNear(ms), sentence());
        count('delegation_sources');
      }
    };
    for (const r of rounds) for (const p of r.parties) addDelegation(p, r.id, Math.min(r.ms, START + spanMs));
    for (let k = Math.round(ROUNDS / 2); k > 0; k--) addDelegation(rng.pick(['Ukraine', 'Russia', 'United States'] as const), null, START + rng.next() * spanMs);

    // ── events, in date order, each from a report near its date
    let lastDate = '';
    for (let id = 1; id <= o.events; id++) {
      const ms = START + Math.floor(((id - 0.5) / o.events) * spanMs);
      const kind = pickWeighted(rng, EVENT_KINDS);
      const round = kind === 'talks' ? rounds[Math.min(rounds.length - 1, Math.floor(((ms - START) / spanMs) * rounds.length))] : undefined;
      const parties = [...new Set([rng.pick(['Ukraine', 'Russia', 'United States'] as const), ...(rng.chance(0.6) ? [rng.pick(['Ukraine', 'Russia', 'United States', 'France', 'United Kingdom'] as const)] : [])])].sort();
      const topics = [...new Set([rng.pick(TOPICS), ...(rng.chance(0.4) ? [rng.pick(TOPICS)] : [])])].sort();
      const first = itemNear(ms);
      const date = day(ms);
      lastDate = date;
      ins.event.run(
        id,
        `${kind}|${date}|${parties.join(',')}|${id}`,
        kind,
        date,
        rng.chance(0.93) ? 'day' : 'month',
        sentence(),
        round || rng.chance(0.2) ? rng.pick(PLACES).city : null,
        JSON.stringify(parties),
        JSON.stringify(topics),
        rng.chance(0.3) ? rng.pick(['Kyiv', 'the Kremlin', 'Washington', "Russia's foreign ministry", 'Ukraine’s General Staff']) : null,
        round?.id ?? null,
        first,
        publishedOf[first]!,
      );
      count('events');
      ins.eventSource.run(id, first, sentence());
      for (let k = rng.int(0, 2); k > 0; k--) ins.eventSource.run(id, itemNear(ms), sentence());
      for (let k = rng.int(0, 3); k > 0; k--) ins.eventActor.run(id, zipfActor().id);
      for (const t of topics) ins.eventTopic.run(id, t);
      for (const p of parties) ins.eventParty.run(id, p);
    }
    probe = {
      heavyActor: ACTOR_POOL[0]!.name,
      midActor: ACTOR_POOL[20]!.name,
      lightActor: actors[Math.floor(actors.length * 0.7)]!.name,
      lastDate,
    };
  })();

  for (const t of ['event_sources', 'event_actors', 'event_topics', 'event_parties']) {
    counts[t] = (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  }
  // The knowledge writer keeps these counters row by row; a bulk load recomputes them once.
  db.exec(ACTOR_COUNTERS_SQL);
  // Bulk FTS: one rebuild from the content tables, ~10× faster than per-row inserts.
  // Every fact of the generated base is the default dossier's, as ingest would have read it.
  db.exec(`INSERT INTO item_dossiers (item_id, dossier, relevance, topics, extracted_at)
             SELECT id, 'russia-ukraine', relevance, topics, extracted_at FROM items WHERE relevant = 1;
           UPDATE items SET scored_set = 1;`);
  db.exec(`INSERT INTO items_fts(items_fts) VALUES('rebuild')`);
  db.exec(`INSERT INTO events_fts(events_fts) VALUES('rebuild')`);
  // The file is handed over in the mode openDb sets, so opening it never rewrites the header.
  db.pragma('journal_mode = WAL');
  db.close();
  if (!probe) throw new Error('large database build did not finish');
  return { counts, probe };
}
