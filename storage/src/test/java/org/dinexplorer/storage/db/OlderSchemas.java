package org.dinexplorer.storage.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Databases as older releases left them, for testing what a migration does to them. */
public final class OlderSchemas {

    private OlderSchemas() {
    }

    /** Leaves the database as a release that knew only the first {@code version} scripts would have. */
    public static void applyScriptsUpTo(Connection connection, int version) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int v = 1; v <= version; v++) {
                for (String sql : SchemaMigrator.statements(readScript(SchemaMigrator.SCRIPTS.get(v - 1)))) {
                    statement.execute(sql);
                }
            }
            statement.execute("PRAGMA user_version = " + version);
        }
    }

    private static String readScript(String name) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
