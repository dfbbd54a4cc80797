package org.dinexplorer.storage.importing;

/**
 * Why one row is refused.
 *
 * @param reason the reason code stored in {@code rejected_rows.reason}
 * @param detail what was found, in words
 */
record Rejection(RejectReason reason, String detail) {
}
