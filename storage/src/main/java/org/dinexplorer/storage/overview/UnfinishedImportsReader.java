package org.dinexplorer.storage.overview;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.db.Database;

/** Finds imports that stopped part-way and were not completed by a later import of the same file. */
public final class UnfinishedImportsReader {

    private static final String SQL = "SELECT import_id, file_name, file_path, status, cursor_line, rows_read "
            + "FROM import_batches b WHERE status <> 'DONE' AND NOT EXISTS (SELECT 1 FROM import_batches later "
            + "WHERE later.file_path = b.file_path AND later.import_id > b.import_id) ORDER BY import_id";

    private final Database database;

    /** A reader of {@code database}. */
    public UnfinishedImportsReader(Database database) {
        this.database = database;
    }

    /**
     * The unfinished imports, oldest first.
     *
     * @throws StorageException if the database cannot be read
     */
    public List<UnfinishedImport> find() {
        List<UnfinishedImport> found = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(SQL)) {
            while (rows.next()) {
                found.add(new UnfinishedImport(rows.getLong(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getLong(5), rows.getLong(6)));
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the imports of " + database.file() + ": " + e.getMessage(), e);
        }
        return found;
    }
}
