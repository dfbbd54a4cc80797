package org.dinexplorer.storage.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dinexplorer.storage.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigratorTest {

    @TempDir
    Path dir;

    private Connection plainConnection(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    @Test
    void migratesAnEmptyDatabaseToTheLatestVersion() throws SQLException {
        Database database = Database.open(dir.resolve("new.db"));
        try (Connection connection = database.connect()) {
            assertThat(SchemaMigrator.userVersion(connection)).isEqualTo(SchemaMigrator.latestVersion());
            assertThat(tables(connection)).contains("impressions", "ads", "users", "behaviors", "import_batches",
                    "rejected_rows", "btag_codes");
        }
    }

    @Test
    void processesOpeningANewFileAtOnceMigrateItOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            Path file = dir.resolve("shared-" + round + ".db");
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<Database>> opened = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    opened.add(threads.submit(() -> Database.open(file)));
                }
                for (Future<Database> future : opened) {
                    future.get();
                }
            } finally {
                threads.shutdownNow();
            }
            try (Connection connection = plainConnection(file)) {
                assertThat(SchemaMigrator.userVersion(connection)).isEqualTo(SchemaMigrator.latestVersion());
            }
        }
    }

    @Test
    void migratesFromEveryEarlierVersion() throws SQLException {
        for (int start = 1; start < SchemaMigrator.latestVersion(); start++) {
            Path file = dir.resolve("from-v" + start + ".db");
            try (Connection connection = plainConnection(file)) {
                OlderSchemas.applyScriptsUpTo(connection, start);
                assertThat(new SchemaMigrator().migrate(connection, file.toString())).isEqualTo(start);
                assertThat(SchemaMigrator.userVersion(connection)).isEqualTo(SchemaMigrator.latestVersion());
            }
        }
    }

    @Test
    void reopeningDoesNotMigrateAgainAndKeepsData() throws SQLException {
        Path file = dir.resolve("keep.db");
        try (Connection connection = Database.open(file).connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO users (userid, import_id, line_number) VALUES (7, 1, 2)");
        }
        try (Connection connection = Database.open(file).connect(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM users WHERE userid = 7")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void refusesADatabaseNewerThanTheApplication() throws SQLException {
        Path file = dir.resolve("future.db");
        try (Connection connection = plainConnection(file); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + (SchemaMigrator.latestVersion() + 1));
        }
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("future.db")
                .hasMessageContaining("schema version " + (SchemaMigrator.latestVersion() + 1))
                .hasMessageContaining("newer DIN Explorer");
    }

    @Test
    void aFailingScriptLeavesTheDatabaseAtItsPreviousVersion() throws SQLException {
        Path file = dir.resolve("broken.db");
        try (Connection connection = plainConnection(file); Statement statement = connection.createStatement()) {
            // a table the first script wants to create already exists, so the script fails half-way
            statement.execute("CREATE TABLE ads (x INTEGER)");
        }
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StorageException.class)
                .hasMessageContaining("V001__init.sql");
        try (Connection connection = plainConnection(file)) {
            assertThat(SchemaMigrator.userVersion(connection)).isZero();
            assertThat(tables(connection)).containsExactly("ads");
        }
    }

    @Test
    void splitsScriptsOnStatementEndsAndSkipsComments() {
        assertThat(SchemaMigrator.statements("-- note\nCREATE TABLE a (x INT);\n\nINSERT INTO a VALUES (1),\n (2);\n"))
                .containsExactly("CREATE TABLE a (x INT);\n", "INSERT INTO a VALUES (1),\n (2);\n");
    }
}
