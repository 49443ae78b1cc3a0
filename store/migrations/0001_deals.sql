-- Deals as the store keeps them: one row per real-world deal, with its
-- parties and every source that reported it.
CREATE TABLE deals (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    deal_type TEXT NOT NULL,
    status TEXT NOT NULL,
    vehicle TEXT,
    currency TEXT,
    value REAL,
    qualifier TEXT,
    min_value REAL,
    max_value REAL,
    per_year INTEGER NOT NULL DEFAULT 0,
    date_year INTEGER,
    date_month INTEGER,
    date_day INTEGER,
    date_ord INTEGER,
    confidence REAL NOT NULL,
    create_time INTEGER NOT NULL,
    update_time INTEGER NOT NULL
);
CREATE INDEX deals_type_status ON deals (deal_type, status);
CREATE INDEX deals_date ON deals (date_ord);

CREATE TABLE deal_parties (
    deal_seq INTEGER NOT NULL REFERENCES deals (seq),
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (deal_seq, name_key, role)
);
CREATE INDEX deal_parties_name ON deal_parties (name_key, role);

CREATE TABLE deal_sources (
    source_id TEXT PRIMARY KEY,
    deal_seq INTEGER NOT NULL REFERENCES deals (seq),
    article_id TEXT NOT NULL,
    url TEXT NOT NULL,
    sentence TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    publish_time INTEGER,
    status TEXT
);
CREATE INDEX deal_sources_deal ON deal_sources (deal_seq);
