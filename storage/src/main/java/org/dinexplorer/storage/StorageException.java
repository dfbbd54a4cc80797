package org.dinexplorer.storage;

/** A storage operation failed; the message is meant for the user and names the file, table or id involved. */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a user-facing message. */
    public StorageException(String message) {
        super(message);
    }

    /** Creates an exception with a user-facing message and the low-level cause. */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
