package org.dinexplorer.storage.overview;

/**
 * One row an import rejected.
 *
 * @param fileName   the file it came from
 * @param importId   the import that read it
 * @param lineNumber its line in that file (the header is line 1)
 * @param reason     reason code (a {@code RejectReason} name)
 * @param detail     what exactly was wrong
 * @param rawText    the line as read, possibly truncated
 */
public record RejectedRow(String fileName, long importId, long lineNumber, String reason, String detail,
                          String rawText) {
}
