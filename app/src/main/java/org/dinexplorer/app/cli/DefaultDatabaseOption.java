package org.dinexplorer.app.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The optional {@code --db} of commands that read the data directory's database unless told otherwise. */
final class DefaultDatabaseOption {

    @Option(names = "--db", paramLabel = "FILE", description = "Database (default: the data directory's "
            + "din-explorer.db).")
    private @Nullable Path db;

    /** The database named by {@code --db}, else the one in {@code root}'s data directory. */
    Path resolve(RootCommand root) {
        return db != null ? db : root.paths().defaultDatabase();
    }
}
