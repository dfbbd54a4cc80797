package org.dinexplorer.storage.importing;

/**
 * A rejected row.
 *
 * @param line    1-based line number in the file (the header is line 1)
 * @param reason  why it was rejected
 * @param detail  what was found, in words
 * @param rawText the line's text, truncated
 */
public record RowProblem(long line, RejectReason reason, String detail, String rawText) {
}
