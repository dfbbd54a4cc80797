package org.dinexplorer.storage.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dinexplorer.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the migration scripts {@code V001__*.sql}, {@code V002__*.sql}, ... in order, one transaction per script,
 * and records the schema version in SQLite's {@code user_version}. A database newer than this application is refused;
 * there are no downward migrations.
 */
public final class SchemaMigrator {

    /** Script names in version order; script {@code i} brings the schema to version {@code i + 1}. */
    static final List<String> SCRIPTS = List.of("V001__init.sql", "V002__datasets.sql", "V003__runs.sql",
            "V004__gauc_clicks.sql", "V005__overview_figures.sql");

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    /** The schema version this application writes. */
    public static int latestVersion() {
        return SCRIPTS.size();
    }

    /**
     * Migrates the database behind {@code connection} to {@link #latestVersion()}.
     *
     * @param connection an open connection in auto-commit mode; when other processes may open the same file, one
     *                   whose transactions begin IMMEDIATE ({@link Database#connectForWriting()}), so that each
     *                   step is applied by exactly one of them
     * @param name       the database's name for messages (usually its path)
     * @return the version the database had before
     * @throws StorageException if the database is newer than this application or a script fails
     */
    public int migrate(Connection connection, String name) throws SQLException {
        int current = userVersion(connection);
        if (current > latestVersion()) {
            throw new StorageException(name + " has schema version " + current + ", but this version of DIN Explorer "
                    + "understands up to " + latestVersion() + ". Open it with a newer DIN Explorer.");
        }
        for (int version = current + 1; version <= latestVersion(); version++) {
            apply(connection, version, name);
        }
        return current;
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("PRAGMA user_version")) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    private void apply(Connection connection, int version, String name) throws SQLException {
        String script = SCRIPTS.get(version - 1);
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            if (userVersion(connection) >= version) {
                connection.commit();
                return;
            }
            for (String sql : statements(readScript(script))) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = " + version);
            connection.commit();
            LOG.info("Migrated {} to schema version {} ({})", name, version, script);
        } catch (SQLException e) {
            connection.rollback();
            throw new StorageException("Migrating " + name + " with " + script + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static String readScript(String script) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new StorageException("Migration script " + script + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageException("Cannot read migration script " + script, e);
        }
    }

    /** Splits a script on semicolons at line ends; scripts hold no triggers, so this is enough. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                result.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString());
        }
        return result;
    }
}
