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

    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

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
        try (Connection connection = database.connect()) {
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
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return config.createConnection("jdbc:sqlite:" + file);
    }
}
