package org.dinexplorer.app.service;

import java.nio.file.Path;
import org.dinexplorer.storage.db.Database;

/** Opens and creates DIN Explorer databases for the GUI and the CLI. */
public final class DatabaseService {

    /**
     * Opens {@code file}, creating it and migrating its schema as needed.
     *
     * @return the absolute path of the opened database
     * @throws org.dinexplorer.storage.StorageException if the file is not a usable DIN Explorer database
     */
    public Path open(Path file) {
        return Database.open(file).file();
    }
}
