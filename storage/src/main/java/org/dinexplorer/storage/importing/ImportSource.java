package org.dinexplorer.storage.importing;

import java.util.Objects;
import java.nio.file.Path;

/**
 * A file to import and which Taobao file it is.
 *
 * @param file the CSV or CSV.gz file
 * @param role its role, from its name or chosen by the user
 */
public record ImportSource(Path file, FileRole role) {

    /** Checks for nulls. */
    public ImportSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(role, "role");
    }

    /** The file's name without folder. */
    public String fileName() {
        return String.valueOf(file.getFileName());
    }
}
