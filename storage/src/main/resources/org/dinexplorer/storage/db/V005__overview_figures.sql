-- DIN Explorer schema, version 5: the Data overview's figures, kept by the importer in the same transaction as each
-- committed chunk, so the overview reads a few hundred rows instead of scanning hundreds of millions.
-- Rows per table need no table of their own: import_batches.rows_stored is kept per chunk already.
-- Days are Asia/Shanghai calendar days (Unix time + 8 hours), as ISO dates.
-- The INSERT ... SELECT statements fill the tables once for data imported before this version: on a full-size database
-- this migration scans every table once (minutes); later imports add to the figures chunk by chunk.

-- stored impressions and their clicks per day (duplicates are not stored, so not counted)
CREATE TABLE impression_days (
    day          TEXT    PRIMARY KEY,
    impressions  INTEGER NOT NULL,
    clicks       INTEGER NOT NULL
) WITHOUT ROWID;

-- stored behaviours per day and btag code
CREATE TABLE behavior_days (
    day        TEXT    NOT NULL,
    btag       INTEGER NOT NULL,
    behaviors  INTEGER NOT NULL,
    PRIMARY KEY (day, btag)
) WITHOUT ROWID;

-- every value counted by a distinct figure: users and ads among impressions, categories and (non-missing) brands
-- among ads and behaviours. The importer adds only values it has not seen, so a figure costs one insert per new value,
-- not one per row.
CREATE TABLE distinct_values (
    kind   TEXT    NOT NULL CHECK (kind IN ('impression_user', 'impression_ad', 'category', 'brand')),
    value  INTEGER NOT NULL,
    PRIMARY KEY (kind, value)
) WITHOUT ROWID;

-- rows of distinct_values per kind, so reading a distinct figure does not count a million index entries
CREATE TABLE distinct_counts (
    kind         TEXT    PRIMARY KEY,
    value_count  INTEGER NOT NULL
) WITHOUT ROWID;

-- rejected rows per import and reason, for the rejects browser's reason list and the import reports
CREATE TABLE reject_counts (
    import_id  INTEGER NOT NULL REFERENCES import_batches (import_id) ON DELETE CASCADE,
    reason     TEXT    NOT NULL,
    row_count  INTEGER NOT NULL,
    PRIMARY KEY (import_id, reason)
) WITHOUT ROWID;

-- the rejects browser pages through one reason's rows in (import_id, line_number) order
CREATE INDEX rejected_rows_by_reason ON rejected_rows (reason, import_id, line_number);

INSERT INTO impression_days (day, impressions, clicks)
SELECT date(time_stamp + 28800, 'unixepoch') AS day, count(*), sum(clk) FROM impressions GROUP BY day;

INSERT INTO behavior_days (day, btag, behaviors)
SELECT date(time_stamp + 28800, 'unixepoch') AS day, btag, count(*) FROM behaviors GROUP BY day, btag;

INSERT INTO distinct_values (kind, value) SELECT DISTINCT 'impression_user', user FROM impressions;

INSERT INTO distinct_values (kind, value) SELECT DISTINCT 'impression_ad', adgroup_id FROM impressions;

INSERT INTO distinct_values (kind, value)
SELECT 'category', cate_id FROM ads UNION SELECT 'category', cate FROM behaviors;

INSERT INTO distinct_values (kind, value)
SELECT 'brand', brand FROM ads WHERE brand IS NOT NULL UNION SELECT 'brand', brand FROM behaviors WHERE brand IS NOT NULL;

INSERT INTO distinct_counts (kind, value_count) SELECT kind, count(*) FROM distinct_values GROUP BY kind;

INSERT INTO reject_counts (import_id, reason, row_count)
SELECT import_id, reason, count(*) FROM rejected_rows GROUP BY import_id, reason;
