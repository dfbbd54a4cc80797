package org.dinexplorer.storage.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.dinexplorer.storage.StorageException;
import org.sqlite.SQLiteConfig;

/**
 * A DIN Explorer database file. Every connection it opens has WAL journaling, foreign keys on and a busy timeout, and
 * the schema is migrated to the newest version the first time the file is opened.
 */
public final class Database {

    /** How long a connection waits for a lock held by another before it fails with "database is locked". */
    public static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final Path file;

    private Database(Path file) {
        this.file = file;
    }

    /**
     * Opens (creating if needed) the database at {@code file} and migrates its schema to the newest version.
     *
     * @throws StorageException if the file cannot be opened or is newer than this application
     */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        Path parent = absolute.getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StorageException("Cannot create folder " + parent + " for the database: " + e.getMessage(), e);
        }
        Database database = new Database(absolute);
        try (Connection connection = database.connectForWriting()) {
            new SchemaMigrator().migrate(connection, absolute.toString());
        } catch (SQLException e) {
            throw new StorageException("Cannot open database " + absolute + ": " + e.getMessage(), e);
        }
        return database;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /**
     * Opens a new connection with the project's pragmas; the caller closes it.
     *
     * @throws SQLException if SQLite cannot open the file
     */
    public Connection connect() throws SQLException {
        return config().createConnection("jdbc:sqlite:" + file);
    }

    /**
     * Opens a new connection for short transactions that read before they write; the caller closes it. Its
     * transactions begin IMMEDIATE, taking the write lock at the start and waiting for it up to the busy timeout.
     * A deferred transaction that reads first fails at once with "database is locked" when another connection
     * commits a write between its read and its first write (SQLite cannot move its read snapshot forward).
     *
     * @throws SQLException if SQLite cannot open the file
     */
    public Connection connectForWriting() throws SQLException {
        SQLiteConfig config = config();
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return config;
    }
}
