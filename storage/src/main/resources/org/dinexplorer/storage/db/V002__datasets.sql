-- DIN Explorer schema, version 2: the built training set (one per database; a rebuild replaces it).
-- The encoded arrays live in the folder <database file>.dataset/ next to the database; these tables hold what is
-- needed to check and interpret them: settings, fingerprint, split sizes and every vocabulary.

CREATE TABLE datasets (
    dataset_id          INTEGER PRIMARY KEY CHECK (dataset_id = 1),
    fingerprint         TEXT    NOT NULL,
    -- the canonical text the fingerprint hashes, one "key=value" per line, for explaining a mismatch
    fingerprint_text    TEXT    NOT NULL,
    format_version      INTEGER NOT NULL,
    history_length      INTEGER NOT NULL,
    min_count           INTEGER NOT NULL,
    test_day            TEXT    NOT NULL,
    requested_test_day  TEXT,
    train_first_day     TEXT    NOT NULL,
    train_last_day      TEXT    NOT NULL,
    validation_mode     TEXT    NOT NULL CHECK (validation_mode IN ('NONE', 'LAST_TRAIN_DAY', 'USER_SHARE')),
    validation_share    REAL    NOT NULL,
    validation_seed     INTEGER NOT NULL,
    price_mean          REAL    NOT NULL,
    price_std           REAL    NOT NULL,
    user_count          INTEGER NOT NULL,
    ad_count            INTEGER NOT NULL,
    behavior_count      INTEGER NOT NULL,
    kept_behavior_count INTEGER NOT NULL,
    build_millis        INTEGER NOT NULL,
    built_at            TEXT    NOT NULL
);

CREATE TABLE dataset_splits (
    split         TEXT    PRIMARY KEY CHECK (split IN ('train', 'validation', 'test')),
    sample_count  INTEGER NOT NULL,
    click_count   INTEGER NOT NULL,
    user_count    INTEGER NOT NULL,
    first_day     TEXT,
    last_day      TEXT
);

-- index 0 (padding) and 1 (unknown) are implicit; raw_value is NULL for the "missing value" entry
CREATE TABLE vocab_entries (
    vocab      TEXT    NOT NULL,
    idx        INTEGER NOT NULL CHECK (idx >= 2),
    raw_value  INTEGER,
    label      TEXT,
    count      INTEGER NOT NULL,
    PRIMARY KEY (vocab, idx)
) WITHOUT ROWID;
