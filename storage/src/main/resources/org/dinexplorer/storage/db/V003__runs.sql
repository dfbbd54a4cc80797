-- DIN Explorer schema, version 3: training runs, their evaluation points and their step losses.
-- Runs are append-only: a run's config never changes; training again with changes creates a child run.
-- Times are ISO-8601 UTC text (Instant.toString()). Metrics that are undefined (NaN) are stored as NULL.

CREATE TABLE runs (
    run_id            INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_run_id     INTEGER REFERENCES runs (run_id) ON DELETE SET NULL,
    name              TEXT    NOT NULL,
    notes             TEXT    NOT NULL DEFAULT '',
    model_variant     TEXT    NOT NULL,
    status            TEXT    NOT NULL
        CHECK (status IN ('CREATED', 'RUNNING', 'COMPLETED', 'CANCELLED', 'FAILED', 'INTERRUPTED')),
    -- canonical JSON (sorted keys, fixed number format); storage never interprets it
    config_json       TEXT    NOT NULL,
    config_sha256     TEXT    NOT NULL,
    seed              INTEGER NOT NULL,
    data_fingerprint  TEXT    NOT NULL,
    environment_json  TEXT    NOT NULL,
    created_at        TEXT    NOT NULL,
    started_at        TEXT,
    finished_at       TEXT,
    heartbeat_at      TEXT,
    -- process id of the process training the run, for telling a live run from a killed one
    owner_pid         INTEGER,
    run_folder        TEXT,
    failure_message   TEXT,
    epochs_completed  INTEGER NOT NULL DEFAULT 0,
    steps_completed   INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX runs_by_parent ON runs (parent_run_id);

-- one row per evaluation: every K steps and at each epoch end (validation), and the final test evaluation
CREATE TABLE run_epochs (
    run_id          INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    epoch           INTEGER NOT NULL,
    step            INTEGER NOT NULL,
    split           TEXT    NOT NULL CHECK (split IN ('train', 'validation', 'test')),
    epoch_end       INTEGER NOT NULL CHECK (epoch_end IN (0, 1)),
    -- mean training loss of the epoch's steps so far
    loss            REAL,
    auc             REAL,
    gauc            REAL,
    logloss         REAL,
    accuracy        REAL,
    sample_count    INTEGER NOT NULL,
    users_in_gauc   INTEGER NOT NULL,
    elapsed_seconds REAL    NOT NULL,
    PRIMARY KEY (run_id, split, step)
) WITHOUT ROWID;

-- step losses, one row per window of K steps (K chosen so a run keeps a bounded number of rows)
CREATE TABLE run_steps (
    run_id             INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    step               INTEGER NOT NULL,
    epoch              INTEGER NOT NULL,
    loss               REAL,
    samples_per_second REAL,
    PRIMARY KEY (run_id, step)
) WITHOUT ROWID;
