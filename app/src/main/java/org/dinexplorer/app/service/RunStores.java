package org.dinexplorer.app.service;

import java.nio.file.Path;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.runs.RunStore;
import org.dinexplorer.storage.runs.SqliteRunStore;

/** Opens the run store of a database (opening migrates the schema when needed). */
class RunStores {

    /**
     * The runs of {@code database}.
     *
     * @throws org.dinexplorer.storage.StorageException if the file is not a usable DIN Explorer database
     */
    RunStore forDatabase(Path database) {
        return new SqliteRunStore(Database.open(database));
    }
}
