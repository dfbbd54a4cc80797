package org.dinexplorer.app.service.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.runs.RunStore;
import org.dinexplorer.storage.runs.SqliteRunStore;

/** Opens the run store of an existing database (opening migrates the schema when needed). */
public class RunStores {

    /**
     * The runs of {@code database}.
     *
     * @throws StorageException if there is no such file or it is not a usable DIN Explorer database
     */
    public RunStore forDatabase(Path database) {
        requireExisting(database);
        return new SqliteRunStore(Database.open(database));
    }

    /**
     * Refuses a database path with no file behind it, so that reading never creates an empty database.
     *
     * @throws StorageException naming the path
     */
    public static void requireExisting(Path database) {
        if (!Files.isRegularFile(database)) {
            throw new StorageException("There is no database at " + database.toAbsolutePath() + ".");
        }
    }
}
