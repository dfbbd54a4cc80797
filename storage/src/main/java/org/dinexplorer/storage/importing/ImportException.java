package org.dinexplorer.storage.importing;

import org.dinexplorer.storage.StorageException;

/**
 * A file cannot be imported (wrong header, mostly invalid rows, unreadable); the message names the file, the line and
 * what to do. Thrown before anything of that file is written, unless the problem appears only later in the file.
 */
public class ImportException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final long line;

    /**
     * Creates the exception.
     *
     * @param fileName the file's name
     * @param line     the 1-based line the problem was found on, or 0 if it concerns the whole file
     * @param message  user-facing message, already naming file and line
     */
    public ImportException(String fileName, long line, String message) {
        super(message);
        this.fileName = fileName;
        this.line = line;
    }

    /** Creates the exception with its low-level cause. */
    public ImportException(String fileName, long line, String message, Throwable cause) {
        super(message, cause);
        this.fileName = fileName;
        this.line = line;
    }

    /** The file's name. */
    public String fileName() {
        return fileName;
    }

    /** The 1-based line the problem was found on, or 0 if it concerns the whole file. */
    public long line() {
        return line;
    }
}
