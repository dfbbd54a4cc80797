-- DIN Explorer schema, version 1: imported Taobao logs and the bookkeeping of every import.
-- Missing values are NULL, never 0. Every imported row carries the import_id that wrote it,
-- so an unfinished import can be removed with one statement per table.

CREATE TABLE import_batches (
    import_id        INTEGER PRIMARY KEY,
    file_role        TEXT    NOT NULL CHECK (file_role IN ('raw_sample', 'ad_feature', 'user_profile', 'behavior_log')),
    file_name        TEXT    NOT NULL,
    file_path        TEXT    NOT NULL,
    size_bytes       INTEGER NOT NULL,
    sha256           TEXT    NOT NULL,           -- '' until the import is DONE
    head_sha256      TEXT    NOT NULL DEFAULT '', -- sha256 of the first 64 KiB: is a resumed file the same file?
    status           TEXT    NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    started_at       TEXT    NOT NULL,
    finished_at      TEXT,
    -- resume cursor, written in the same transaction as each committed chunk
    cursor_bytes     INTEGER NOT NULL DEFAULT 0,
    cursor_line      INTEGER NOT NULL DEFAULT 0,
    rows_read        INTEGER NOT NULL DEFAULT 0,
    rows_stored      INTEGER NOT NULL DEFAULT 0,
    rows_rejected    INTEGER NOT NULL DEFAULT 0,
    rows_duplicate   INTEGER NOT NULL DEFAULT 0,
    options_json     TEXT    NOT NULL DEFAULT '{}'
);

CREATE TABLE rejected_rows (
    import_id    INTEGER NOT NULL REFERENCES import_batches (import_id) ON DELETE CASCADE,
    line_number  INTEGER NOT NULL,
    reason       TEXT    NOT NULL,
    detail       TEXT    NOT NULL,
    raw_text     TEXT    NOT NULL,
    PRIMARY KEY (import_id, line_number)
);

-- raw_sample.csv; clk is stored, nonclk (= 1 - clk) is validated and dropped
CREATE TABLE impressions (
    user         INTEGER NOT NULL,
    time_stamp   INTEGER NOT NULL,
    adgroup_id   INTEGER NOT NULL,
    pid          TEXT    NOT NULL,
    clk          INTEGER NOT NULL CHECK (clk IN (0, 1)),
    import_id    INTEGER NOT NULL,
    line_number  INTEGER NOT NULL
);
-- duplicate rule: a row equal in these columns to a stored impression is counted as duplicate and not stored;
-- the index also serves look-ups of a user's impressions by time
CREATE UNIQUE INDEX impressions_identity ON impressions (user, time_stamp, adgroup_id, pid, clk);

-- ad_feature.csv; brand is NULL where the file says NULL
CREATE TABLE ads (
    adgroup_id   INTEGER PRIMARY KEY,
    cate_id      INTEGER NOT NULL,
    campaign_id  INTEGER NOT NULL,
    customer     INTEGER NOT NULL,
    brand        INTEGER,
    price        REAL    NOT NULL,
    import_id    INTEGER NOT NULL,
    line_number  INTEGER NOT NULL
);

-- user_profile.csv; empty fields are NULL
CREATE TABLE users (
    userid                INTEGER PRIMARY KEY,
    cms_segid             INTEGER,
    cms_group_id          INTEGER,
    final_gender_code     INTEGER,
    age_level             INTEGER,
    pvalue_level          INTEGER,
    shopping_level        INTEGER,
    occupation            INTEGER,
    new_user_class_level  INTEGER,
    import_id             INTEGER NOT NULL,
    line_number           INTEGER NOT NULL
);

-- behavior_log.csv; btag is coded 1 = pv, 2 = cart, 3 = fav, 4 = buy (see btag_codes)
CREATE TABLE behaviors (
    user         INTEGER NOT NULL,
    time_stamp   INTEGER NOT NULL,
    btag         INTEGER NOT NULL REFERENCES btag_codes (code),
    cate         INTEGER NOT NULL,
    brand        INTEGER,
    import_id    INTEGER NOT NULL
);

CREATE TABLE btag_codes (
    code  INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);
INSERT INTO btag_codes (code, name) VALUES (1, 'pv'), (2, 'cart'), (3, 'fav'), (4, 'buy');
