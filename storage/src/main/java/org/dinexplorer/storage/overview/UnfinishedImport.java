package org.dinexplorer.storage.overview;

/**
 * An import that stopped before the end of its file (cancelled, crashed or killed) and has not been completed since.
 *
 * @param importId   the import's id
 * @param fileName   the file's name
 * @param filePath   the file's path when it was imported
 * @param status     RUNNING (the process died), CANCELLED or FAILED
 * @param cursorLine the last line of the last committed chunk; importing the file again continues after it
 * @param rowsRead   rows read up to the cursor
 */
public record UnfinishedImport(long importId, String fileName, String filePath, String status, long cursorLine,
                               long rowsRead) {
}
