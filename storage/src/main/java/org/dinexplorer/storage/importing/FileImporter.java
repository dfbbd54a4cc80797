package org.dinexplorer.storage.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.dinexplorer.storage.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports one file: recognises a file imported before (same sha256: nothing to do) or an unfinished import of the
 * same file (continue after its cursor), otherwise starts a new import; then loads it with bulk-load settings and
 * builds the indexes the samples need.
 */
final class FileImporter {

    private static final Logger LOG = LoggerFactory.getLogger(FileImporter.class);
    /**
     * Page cache while loading, in KiB: impressions maintain their unique index on every insert (random access, so a
     * large cache pays); the other tables are appended to. Index builds after the load run with SQLite's default
     * cache: measured faster than with a large one, whose in-memory sort is slower than the default's spilled merge.
     */
    private static final int INDEXED_LOAD_CACHE_KIB = 262_144;
    private static final int APPEND_LOAD_CACHE_KIB = 65_536;
    private static final int DEFAULT_CACHE_KIB = 2_000;

    private final Database database;
    private final ImportConfig config;
    private final ImportListener listener;
    private final BooleanSupplier stopRequested;

    FileImporter(Database database, ImportConfig config, ImportListener listener, BooleanSupplier stopRequested) {
        this.database = database;
        this.config = config;
        this.listener = listener;
        this.stopRequested = stopRequested;
    }

    /**
     * Checks that the file is not empty, has the right header and mostly valid first rows; writes nothing.
     *
     * @throws ImportException if it does not
     */
    void preflight(ImportSource source) {
        String name = source.fileName();
        try {
            if (Files.size(source.file()) == 0) {
                throw new ImportException(name, 0, name + " is empty (0 bytes); expected a header line with columns "
                        + source.role().headerText() + ".");
            }
            try (RowImporter checker = newImporter(source.role())) {
                CsvInput.sniff(source.file(), source.role(), config, checker);
            }
        } catch (IOException | SQLException e) {
            throw new ImportException(name, 0, name + ": cannot read the file (" + e.getMessage() + ").", e);
        }
    }

    /**
     * Imports the file; call {@link #preflight} first.
     *
     * @throws ImportException        if the file cannot be read or stored
     * @throws CancellationException when stopped; everything up to the last committed chunk stays and is resumable
     */
    ImportReport run(ImportSource source) {
        long started = System.nanoTime();
        String name = source.fileName();
        try (Connection connection = database.connect()) {
            long size = Files.size(source.file());
            listener.onFileStart(source.role(), name, size);
            ImportBatches batches = new ImportBatches(connection);
            Optional<ImportBatches.Batch> previous = findImported(batches, source, size);
            if (previous.isPresent()) {
                LOG.info("{} was imported before (import {}); nothing to do", name, previous.get().importId());
                // a crash between finishing the load and building the index must not leave the index missing
                createIndexes(connection, source.role(), previous.get().counts().stored);
                return finished(batches, source, previous.get(), ImportStatus.ALREADY_IMPORTED, started);
            }
            String head = FileSource.headSha256(source.file());
            String rules = config.rowRulesJson();
            Optional<ImportBatches.Batch> unfinished = batches.unfinished(source.role(), name, size, head, rules);
            long importId = unfinished.isPresent() ? unfinished.get().importId()
                    : batches.create(source, size, head, rules);
            Counts counts = unfinished.map(ImportBatches.Batch::counts).orElseGet(Counts::new);
            LOG.info("Import {}: {} {} after line {}", importId, unfinished.isPresent() ? "resuming" : "starting",
                    name, counts.cursorLine);
            String sha256 = load(connection, batches, source, importId, counts);
            createIndexes(connection, source.role(), counts.stored);
            ImportBatches.Batch done = new ImportBatches.Batch(importId, name, size, sha256, "DONE", counts);
            return finished(batches, source, done,
                    unfinished.isPresent() ? ImportStatus.RESUMED : ImportStatus.DONE, started);
        } catch (IOException e) {
            throw new ImportException(name, 0, name + ": cannot read the file (" + e.getMessage() + ").", e);
        } catch (SQLException e) {
            throw new ImportException(name, 0, name + ": the database refused the import (" + e.getMessage() + ").",
                    e);
        }
    }

    private static Optional<ImportBatches.Batch> findImported(ImportBatches batches, ImportSource source, long size)
            throws SQLException, IOException {
        var candidates = batches.finished(source.role(), size);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        // only hashed up front when a finished import of the same size exists; otherwise hashing rides on the load
        String sha256 = FileSource.sha256(source.file());
        return candidates.stream().filter(batch -> batch.sha256().equals(sha256)).findFirst();
    }

    private String load(Connection connection, ImportBatches batches, ImportSource source, long importId,
                        Counts counts) throws SQLException, IOException {
        setBulkLoad(connection, source.role(), true);
        try (RowImporter importer = newImporter(source.role())) {
            String sha256 = new ChunkLoader(connection, config, listener, stopRequested)
                    .load(source.file(), source.role(), importer, importId, counts);
            batches.finish(importId, "DONE", sha256);
            return sha256;
        } catch (CancellationException e) {
            batches.finish(importId, "CANCELLED", "");
            LOG.info("Import {}: cancelled after line {}", importId, counts.cursorLine);
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            batches.finish(importId, "FAILED", "");
            throw e;
        } finally {
            setBulkLoad(connection, source.role(), false);
        }
    }

    /**
     * Bulk-load settings for this connection only: a larger page cache, and no foreign-key checks (the importers
     * validate btag codes themselves). Journaling stays WAL, so every committed chunk survives a crash of the
     * application; with {@code synchronous=NORMAL} (the default) also a power loss, which may cost the last chunks but
     * never consistency. {@link ImportConfig#synchronousOff()} gives up the latter for a little speed.
     * {@code temp_store} stays on disk: an in-memory one made index builds three times slower in our measurements.
     */
    private void setBulkLoad(Connection connection, FileRole role, boolean on) throws SQLException {
        int cacheKib = !on ? DEFAULT_CACHE_KIB
                : role == FileRole.RAW_SAMPLE ? INDEXED_LOAD_CACHE_KIB : APPEND_LOAD_CACHE_KIB;
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA cache_size = -" + cacheKib);
            statement.execute("PRAGMA foreign_keys = " + (on ? "OFF" : "ON"));
            statement.execute("PRAGMA synchronous = " + (on && config.synchronousOff() ? "OFF" : "NORMAL"));
        }
    }

    /**
     * Indexes are built after the load: one sorted build is much faster than maintaining them row by row. In WAL mode
     * every new index page is written twice (to the log, then by the checkpoint), so when this connection has the
     * database to itself the build runs with a rollback journal, which writes the new pages once and still leaves no
     * half-built index after a crash or power loss: with the sqlite3 shell on 25 M rows 23.5 s against 27.1 and 34.3 s
     * in WAL mode.
     * With another connection open (a page of the GUI reading) SQLite refuses the switch at once and the index is
     * built in WAL mode. The database is back in WAL mode afterwards either way.
     */
    private void createIndexes(Connection connection, FileRole role, long rows) throws SQLException {
        if (role == FileRole.BEHAVIOR_LOG) {
            listener.onPhase(String.format(Locale.ROOT, "building the (user, time_stamp) index of %,d rows", rows));
            createIndex(connection, "CREATE INDEX IF NOT EXISTS behaviors_user_time ON behaviors (user, time_stamp)");
        }
    }

    /** Runs {@code createIndex}; true when it ran with a rollback journal, false when in WAL mode. */
    static boolean createIndex(Connection connection, String createIndex) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            boolean alone = journalMode(statement, "DELETE");
            try {
                // a rollback journal survives a power loss only with FULL; it costs one sync at the commit
                statement.execute("PRAGMA synchronous = " + (alone ? "FULL" : "NORMAL"));
                statement.execute(createIndex);
            } finally {
                statement.execute("PRAGMA synchronous = NORMAL");
                if (alone) {
                    journalMode(statement, "WAL");
                }
            }
            return alone;
        }
    }

    /** Asks for a journal mode without waiting for other connections; true when the database now has it. */
    private static boolean journalMode(Statement statement, String mode) throws SQLException {
        statement.execute("PRAGMA busy_timeout = 0");
        try (ResultSet result = statement.executeQuery("PRAGMA journal_mode = " + mode)) {
            return result.next() && mode.equalsIgnoreCase(result.getString(1));
        } catch (SQLException busy) {
            LOG.debug("Journal mode {} refused ({}); another connection is open", mode, busy.getMessage());
            return false;
        } finally {
            statement.execute("PRAGMA busy_timeout = " + Database.BUSY_TIMEOUT_MILLIS);
        }
    }

    private ImportReport finished(ImportBatches batches, ImportSource source, ImportBatches.Batch batch,
                                  ImportStatus status, long startedNanos) throws SQLException {
        Counts counts = batch.counts();
        ImportReport report = new ImportReport(source.fileName(), source.role(), batch.importId(), status,
                batch.sizeBytes(), batch.sha256(), counts.read, counts.stored, counts.rejected, counts.duplicate,
                batches.reasons(batch.importId()), batches.problems(batch.importId(), ImportReport.MAX_PROBLEMS),
                Duration.ofNanos(System.nanoTime() - startedNanos));
        listener.onFileDone(report);
        return report;
    }

    private RowImporter newImporter(FileRole role) {
        return switch (role) {
            case RAW_SAMPLE -> new RawSampleImporter(config);
            case AD_FEATURE -> new AdFeatureImporter(config);
            case USER_PROFILE -> new UserProfileImporter(config);
            case BEHAVIOR_LOG -> new BehaviorLogImporter(config);
        };
    }
}
