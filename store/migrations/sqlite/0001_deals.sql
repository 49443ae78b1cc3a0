-- The store's schema. Every report (source) is kept with what it said;
-- deals are merged from their sources and rewritten whenever a source
-- joins their merge key. Deals carry the revision of the transaction that
-- last wrote them, so every store instance can follow what others wrote.

-- One row. Each write transaction bumps the revision first, which also
-- serialises writers across store instances.
CREATE TABLE store_meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    revision INTEGER NOT NULL
);
INSERT INTO store_meta (id, revision) VALUES (1, 0);

CREATE TABLE deals (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    merge_key INTEGER NOT NULL,
    deal_type TEXT NOT NULL,
    status TEXT NOT NULL,
    vehicle TEXT,
    currency TEXT,
    value REAL,
    qualifier TEXT,
    min_value REAL,
    max_value REAL,
    per_year INTEGER NOT NULL,
    date_year INTEGER,
    date_month INTEGER,
    date_day INTEGER,
    date_ord INTEGER,
    confidence REAL NOT NULL,
    source_count INTEGER NOT NULL,
    create_time INTEGER NOT NULL,
    update_time INTEGER NOT NULL,
    revision INTEGER NOT NULL
);
CREATE INDEX deals_merge_key ON deals (merge_key);
CREATE INDEX deals_revision ON deals (revision);

-- Deals a split or a merge made obsolete, so other instances drop them too.
CREATE TABLE deal_removals (
    id TEXT NOT NULL,
    revision INTEGER NOT NULL
);
CREATE INDEX deal_removals_revision ON deal_removals (revision);

-- The parties of every deal under a merge key (the key is made of them).
CREATE TABLE key_parties (
    merge_key INTEGER NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (merge_key, name_key, role)
);
CREATE INDEX key_parties_name ON key_parties (name_key);

CREATE TABLE sources (
    source_id TEXT PRIMARY KEY,
    merge_key INTEGER NOT NULL,
    deal_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    url TEXT NOT NULL,
    sentence TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    publish_time INTEGER,
    deal_type TEXT NOT NULL,
    status TEXT NOT NULL,
    vehicle TEXT,
    currency TEXT,
    value REAL,
    qualifier TEXT,
    min_value REAL,
    max_value REAL,
    per_year INTEGER NOT NULL,
    date_year INTEGER,
    date_month INTEGER,
    date_day INTEGER,
    confidence REAL NOT NULL
);
CREATE INDEX sources_merge_key ON sources (merge_key);
