/**
 * Schema migrations, run forward in order inside one transaction each. `PRAGMA user_version`
 * holds the applied count, so a database from any released version upgrades in place.
 * Never edit a released migration: add a new one.
 */
/** Recomputes the per-actor counters from the mentions (migration 3, and bulk loads that bypass the writer). */
export const ACTOR_COUNTERS_SQL = `UPDATE actors SET
    mention_count = (SELECT count(*) FROM mentions m WHERE m.actor_id = actors.id),
    first_seen = (SELECT min(i.published) FROM mentions m JOIN items i ON i.id = m.item_id WHERE m.actor_id = actors.id),
    last_seen = (SELECT max(i.published) FROM mentions m JOIN items i ON i.id = m.item_id WHERE m.actor_id = actors.id);`;

/** The dossier every fact stored before facts carried one is given (see `LEGACY_DOSSIER_SQL`). */
export const LEGACY_DOSSIER = 'russia-ukraine';

/**
 * Migration 8 — several negotiations in one database. Each fact (round, delegation, event,
 * statement) belongs to a dossier; an item is stored once and read for every dossier it is
 * relevant to (`item_dossiers`: its score and topics there); `items.scored_set` names the
 * dossiers an item was scored for, so one added later still reads it when a feed brings it again.
 * Facts stored before all belonged to the one dossier they were ingested for: `LEGACY_DOSSIER`
 * here, renamed by `LEGACY_DOSSIER_SQL` when the database was run with another one.
 */
export const DOSSIER_FACTS_SQL = `
  CREATE TABLE item_dossiers (
    item_id INTEGER NOT NULL REFERENCES items(id),
    dossier TEXT NOT NULL,
    relevance REAL NOT NULL,
    topics TEXT NOT NULL DEFAULT '{}',
    extracted_at TEXT,
    PRIMARY KEY (dossier, item_id)
  ) WITHOUT ROWID;
  CREATE INDEX item_dossiers_item ON item_dossiers(item_id);
  INSERT INTO item_dossiers (item_id, dossier, relevance, topics, extracted_at)
    SELECT id, '${LEGACY_DOSSIER}', relevance, topics, extracted_at FROM items WHERE relevant = 1;

  CREATE TABLE dossier_sets (
    id INTEGER PRIMARY KEY,
    dossiers TEXT NOT NULL UNIQUE
  );
  INSERT INTO dossier_sets (id, dossiers) VALUES (1, '${LEGACY_DOSSIER}');
  ALTER TABLE items ADD COLUMN scored_set INTEGER REFERENCES dossier_sets(id);
  UPDATE items SET scored_set = 1;

  ALTER TABLE rounds ADD COLUMN dossier TEXT NOT NULL DEFAULT '${LEGACY_DOSSIER}';
  ALTER TABLE delegations ADD COLUMN dossier TEXT NOT NULL DEFAULT '${LEGACY_DOSSIER}';
  ALTER TABLE events ADD COLUMN dossier TEXT NOT NULL DEFAULT '${LEGACY_DOSSIER}';
  -- An event's key is unique across the table: each dossier's keys get its id in front.
  UPDATE events SET key = '${LEGACY_DOSSIER}|' || key;
  CREATE INDEX rounds_dossier_date ON rounds(dossier, date);
  CREATE INDEX delegations_dossier_party ON delegations(dossier, party);
  CREATE INDEX events_dossier_date ON events(dossier, date);

  -- The same sentence may be a statement in two dossiers: the unique key takes the dossier.
  CREATE TABLE statements_by_dossier (
    id INTEGER PRIMARY KEY,
    dossier TEXT NOT NULL DEFAULT '${LEGACY_DOSSIER}',
    item_id INTEGER NOT NULL REFERENCES items(id),
    sentence_index INTEGER NOT NULL,
    speaker TEXT NOT NULL,
    actor_id INTEGER REFERENCES actors(id),
    party TEXT,
    mode TEXT NOT NULL CHECK (mode IN ('direct', 'reported')),
    quote TEXT,
    verb TEXT NOT NULL,
    stances TEXT NOT NULL DEFAULT '[]',
    date TEXT,
    date_precision TEXT,
    topics TEXT NOT NULL DEFAULT '[]',
    rule TEXT NOT NULL,
    evidence TEXT NOT NULL,
    context TEXT,
    UNIQUE (dossier, item_id, sentence_index, speaker)
  );
  INSERT INTO statements_by_dossier (id, item_id, sentence_index, speaker, actor_id, party, mode, quote, verb, stances, date, date_precision, topics, rule, evidence, context)
    SELECT id, item_id, sentence_index, speaker, actor_id, party, mode, quote, verb, stances, date, date_precision, topics, rule, evidence, context FROM statements;
  DROP TABLE statements;
  ALTER TABLE statements_by_dossier RENAME TO statements;
  CREATE INDEX statements_actor ON statements(actor_id, date);
  CREATE INDEX statements_party ON statements(dossier, party, date);
  CREATE INDEX statements_date ON statements(dossier, date);
  CREATE INDEX statements_item ON statements(item_id);

  -- "Since the last briefing" is per channel and dossier: a channel may follow two negotiations.
  CREATE TABLE briefings_sent_by_dossier (
    destination TEXT NOT NULL,
    dossier TEXT NOT NULL DEFAULT '${LEGACY_DOSSIER}',
    window_start TEXT NOT NULL,
    window_end TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (destination, dossier, window_end)
  );
  INSERT INTO briefings_sent_by_dossier (destination, window_start, window_end, created_at)
    SELECT destination, window_start, window_end, created_at FROM briefings_sent;
  DROP TABLE briefings_sent;
  ALTER TABLE briefings_sent_by_dossier RENAME TO briefings_sent;
`;

/**
 * Run with migration 8 when the database was used with another dossier than LEGACY_DOSSIER
 * (`PARLEY_DOSSIER`, `--dossier`): the facts it holds are that dossier's.
 */
export const LEGACY_DOSSIER_SQL: readonly string[] = [
  'UPDATE item_dossiers SET dossier = @dossier',
  'UPDATE dossier_sets SET dossiers = @dossier WHERE id = 1',
  'UPDATE rounds SET dossier = @dossier',
  'UPDATE delegations SET dossier = @dossier',
  `UPDATE events SET dossier = @dossier, key = @dossier || substr(key, ${LEGACY_DOSSIER.length + 1})`,
  'UPDATE statements SET dossier = @dossier',
  'UPDATE briefings_sent SET dossier = @dossier',
];

export const MIGRATIONS: readonly string[] = [
  // 1 — items, feeds, the knowledge model, full-text search
  `
  CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    weight REAL NOT NULL DEFAULT 1,
    etag TEXT,
    last_modified TEXT,
    last_fetch_at TEXT,
    last_ok_at TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'ok',
    last_error TEXT,
    next_poll_at TEXT
  );

  CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id),
    guid TEXT,
    url TEXT,
    title TEXT NOT NULL,
    published TEXT NOT NULL,
    published_estimated INTEGER NOT NULL DEFAULT 0,
    fetched_at TEXT NOT NULL,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    relevance REAL NOT NULL DEFAULT 0,
    relevant INTEGER NOT NULL DEFAULT 0,
    topics TEXT NOT NULL DEFAULT '{}',
    extracted_at TEXT
  );
  CREATE UNIQUE INDEX items_feed_guid ON items(feed_id, guid) WHERE guid IS NOT NULL;
  CREATE UNIQUE INDEX items_url ON items(url) WHERE url IS NOT NULL;
  CREATE UNIQUE INDEX items_hash ON items(content_hash);
  CREATE INDEX items_published ON items(published);

  CREATE VIRTUAL TABLE items_fts USING fts5(title, text, content='items', content_rowid='id');

  CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    surname_key TEXT NOT NULL,
    party TEXT,
    curated INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX actors_surname ON actors(surname_key);

  CREATE TABLE actor_aliases (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (key, actor_id)
  );
  CREATE INDEX actor_aliases_actor ON actor_aliases(actor_id);

  CREATE TABLE actor_roles (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    party TEXT,
    as_of TEXT NOT NULL,
    item_id INTEGER NOT NULL REFERENCES items(id),
    evidence TEXT NOT NULL,
    UNIQUE (actor_id, title, item_id)
  );

  CREATE TABLE mentions (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id),
    sentence_index INTEGER NOT NULL,
    sentence TEXT NOT NULL,
    surface TEXT NOT NULL,
    PRIMARY KEY (actor_id, item_id, sentence_index)
  );
  CREATE INDEX mentions_item ON mentions(item_id);

  CREATE TABLE rounds (
    id INTEGER PRIMARY KEY,
    place TEXT,
    date TEXT,
    date_precision TEXT,
    status TEXT NOT NULL,
    parties TEXT NOT NULL DEFAULT '[]'
  );
  CREATE INDEX rounds_date ON rounds(date);

  CREATE TABLE round_sources (
    round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id),
    evidence TEXT NOT NULL,
    PRIMARY KEY (round_id, item_id)
  );

  CREATE TABLE delegations (
    id INTEGER PRIMARY KEY,
    party TEXT NOT NULL,
    round_id INTEGER REFERENCES rounds(id),
    first_item_id INTEGER NOT NULL REFERENCES items(id),
    reported_at TEXT NOT NULL
  );
  CREATE INDEX delegations_party ON delegations(party);

  CREATE TABLE delegation_members (
    delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    role TEXT NOT NULL CHECK (role IN ('leader', 'member')),
    item_id INTEGER NOT NULL REFERENCES items(id),
    PRIMARY KEY (delegation_id, actor_id)
  );
  CREATE INDEX delegation_members_actor ON delegation_members(actor_id);

  CREATE TABLE delegation_sources (
    delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id),
    evidence TEXT NOT NULL,
    PRIMARY KEY (delegation_id, item_id, evidence)
  );

  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    title TEXT NOT NULL,
    place TEXT,
    parties TEXT NOT NULL DEFAULT '[]',
    topics TEXT NOT NULL DEFAULT '[]',
    attribution TEXT,
    round_id INTEGER REFERENCES rounds(id),
    first_item_id INTEGER NOT NULL REFERENCES items(id),
    reported_at TEXT NOT NULL
  );
  CREATE INDEX events_date ON events(date);
  CREATE INDEX events_reported ON events(reported_at);

  CREATE TABLE event_sources (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id),
    evidence TEXT NOT NULL,
    PRIMARY KEY (event_id, item_id)
  );
  CREATE INDEX event_sources_item ON event_sources(item_id);

  CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    PRIMARY KEY (event_id, actor_id)
  );
  CREATE INDEX event_actors_actor ON event_actors(actor_id);

  CREATE TABLE event_topics (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    PRIMARY KEY (topic, event_id)
  );

  CREATE TABLE event_parties (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    party TEXT NOT NULL,
    PRIMARY KEY (party, event_id)
  );

  CREATE VIRTUAL TABLE events_fts USING fts5(title, content='events', content_rowid='id');

  CREATE TABLE briefings_sent (
    destination TEXT NOT NULL,
    window_start TEXT NOT NULL,
    window_end TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (destination, window_end)
  );
  `,
  // 2 — scheduled briefings: per-channel subscriptions, the durable once-per-local-date claim,
  // and what the feed poller needs (per-feed interval, status transitions to announce once).
  `
  CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
    workspace TEXT NOT NULL,
    channel TEXT NOT NULL,
    dossier TEXT NOT NULL,
    time TEXT NOT NULL,
    tz TEXT NOT NULL,
    topics TEXT NOT NULL DEFAULT '[]',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_by TEXT,
    updated_at TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'unreachable')),
    status_reason TEXT,
    UNIQUE (platform, workspace, channel, dossier)
  );

  CREATE TABLE briefing_posts (
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    local_date TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    claimed_by TEXT NOT NULL,
    lease_until TEXT NOT NULL,
    takeovers INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL CHECK (state IN ('claimed', 'posted', 'failed', 'gone')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    posted_at TEXT,
    window_start TEXT,
    window_end TEXT,
    catch_up INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    PRIMARY KEY (subscription_id, local_date)
  );

  ALTER TABLE feeds ADD COLUMN interval_minutes INTEGER;

  CREATE TABLE feed_transitions (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    reason TEXT,
    announced_at TEXT
  );
  CREATE INDEX feed_transitions_unannounced ON feed_transitions(announced_at) WHERE announced_at IS NULL;
  `,
  // 3 — indexes the queries walk by event, item and actor; per-actor counters so an actor's
  // profile does not aggregate tens of thousands of mentions on every lookup.
  `
  CREATE INDEX IF NOT EXISTS event_topics_event ON event_topics(event_id);
  CREATE INDEX IF NOT EXISTS event_parties_event ON event_parties(event_id);
  CREATE INDEX IF NOT EXISTS delegation_sources_item ON delegation_sources(item_id);
  CREATE INDEX IF NOT EXISTS round_sources_item ON round_sources(item_id);
  CREATE INDEX IF NOT EXISTS actor_roles_actor ON actor_roles(actor_id, as_of);
  CREATE INDEX IF NOT EXISTS delegations_round ON delegations(round_id);
  ALTER TABLE actors ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE actors ADD COLUMN first_seen TEXT;
  ALTER TABLE actors ADD COLUMN last_seen TEXT;
  ${ACTOR_COUNTERS_SQL}
  `,
  // 4 — why each fact is there: the extraction rule that placed a delegation member (and the
  // sentence it read), and the rule that found a round in a source.
  `
  ALTER TABLE delegation_members ADD COLUMN rule TEXT;
  ALTER TABLE delegation_members ADD COLUMN evidence TEXT;
  ALTER TABLE round_sources ADD COLUMN rule TEXT;
  `,
  // 5 — a link is an item's identity only when it is the item's own: \`url_key\` holds it then and
  // is NULL for a link distinct items share (a podcast's episodes all pointing at the show), which
  // \`url\` still keeps for citing. Dates that named no zone, read as UTC, are flagged.
  `
  ALTER TABLE items ADD COLUMN url_key TEXT;
  UPDATE items SET url_key = url;
  DROP INDEX items_url;
  CREATE UNIQUE INDEX items_url_key ON items(url_key) WHERE url_key IS NOT NULL;
  ALTER TABLE items ADD COLUMN published_zone_assumed INTEGER NOT NULL DEFAULT 0;
  `,
  // 6 — nothing a feed or a request sends can stall Parley: items cut to the per-item text cap are
  // flagged, an item whose extraction ran over its time budget says why it has no facts, and each
  // chat delivery (Slack event or command, Discord interaction) is remembered for a while so that
  // retries and replays are answered once.
  `
  ALTER TABLE items ADD COLUMN text_truncated INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE items ADD COLUMN extraction_skipped TEXT;
  CREATE TABLE deliveries (
    key TEXT PRIMARY KEY,
    seen_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX deliveries_seen ON deliveries(seen_at);
  `,
  // 7 — statements (who said what, each pointing at its item and sentence) and the role each
  // source gives a delegation member, so who-leads can weigh "led by" against "included".
  `
  CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items(id),
    sentence_index INTEGER NOT NULL,
    speaker TEXT NOT NULL,
    actor_id INTEGER REFERENCES actors(id),
    party TEXT,
    mode TEXT NOT NULL CHECK (mode IN ('direct', 'reported')),
    quote TEXT,
    verb TEXT NOT NULL,
    stances TEXT NOT NULL DEFAULT '[]',
    date TEXT,
    date_precision TEXT,
    topics TEXT NOT NULL DEFAULT '[]',
    rule TEXT NOT NULL,
    evidence TEXT NOT NULL,
    context TEXT,
    UNIQUE (item_id, sentence_index, speaker)
  );
  CREATE INDEX statements_actor ON statements(actor_id, date);
  CREATE INDEX statements_party ON statements(party, date);
  CREATE INDEX statements_date ON statements(date);

  -- "Who is the US envoy?" looks titles up by their words; the expression index serves exact titles.
  CREATE INDEX actor_roles_title ON actor_roles(lower(title));

  CREATE TABLE delegation_member_sources (
    delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    item_id INTEGER NOT NULL REFERENCES items(id),
    role TEXT NOT NULL CHECK (role IN ('leader', 'member')),
    PRIMARY KEY (delegation_id, actor_id, item_id, role)
  );
  INSERT OR IGNORE INTO delegation_member_sources (delegation_id, actor_id, item_id, role)
    SELECT delegation_id, actor_id, item_id, role FROM delegation_members;
  `,
  // 8 — the model reader (issue 16): which reader(s) produced each fact ('rules', 'model' or
  // 'rules+model'), and the model's readings cached per (content hash, model, prompt version), so
  // re-ingest and restarts never pay twice. An item the model could not read yet waits in the same
  // table to be read later; the tokens spent per UTC day hold the daily budget across restarts.
  `
  ALTER TABLE delegation_member_sources ADD COLUMN readers TEXT NOT NULL DEFAULT 'rules';
  ALTER TABLE round_sources ADD COLUMN readers TEXT NOT NULL DEFAULT 'rules';
  ALTER TABLE actor_roles ADD COLUMN readers TEXT NOT NULL DEFAULT 'rules';
  CREATE TABLE model_reads (
    content_hash TEXT NOT NULL,
    model TEXT NOT NULL,
    prompt_version TEXT NOT NULL,
    item_id INTEGER REFERENCES items(id),
    status TEXT NOT NULL CHECK (status IN ('read', 'pending', 'given-up')),
    reading TEXT,
    tokens INTEGER NOT NULL DEFAULT 0,
    tries INTEGER NOT NULL DEFAULT 0,
    next_try_at TEXT,
    last_error TEXT,
    kept INTEGER,
    dropped INTEGER,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (content_hash, model, prompt_version)
  );
  CREATE INDEX model_reads_pending ON model_reads(next_try_at) WHERE status = 'pending';
  CREATE INDEX model_reads_item ON model_reads(item_id);
  CREATE TABLE model_usage (
    day TEXT PRIMARY KEY,
    tokens INTEGER NOT NULL DEFAULT 0,
    calls INTEGER NOT NULL DEFAULT 0,
    dropped INTEGER NOT NULL DEFAULT 0,
    budget_spent_at TEXT
  ) WITHOUT ROWID;
  `,
  // 9 — each fact belongs to a dossier (see DOSSIER_FACTS_SQL).
  DOSSIER_FACTS_SQL,
];
