package org.dinexplorer.storage.demo;

import java.util.Optional;
import org.dinexplorer.storage.importing.RejectReason;

/**
 * The kinds of bad row the generator injects with {@code --dirty}. The name is the reason written to
 * dirty-manifest.csv: the {@link RejectReason} an importer must report for that row, or {@code DUPLICATE} for an exact
 * copy of an earlier raw_sample line, which an importer counts as a duplicate rather than rejecting.
 */
public enum DirtyKind {
    /** A field is missing or there is one too many. */
    FIELD_COUNT,
    /** An id or timestamp holds letters or a fraction. */
    NOT_NUMERIC,
    /** A required field is empty. */
    MISSING_VALUE,
    /** {@code clk} and {@code nonclk} are outside 0/1 (but still sum to 1). */
    CLICK_FLAG,
    /** {@code clk} and {@code nonclk} are both 0 or both 1. */
    CLICK_MISMATCH,
    /** {@code btag} is not pv, cart, fav or buy. */
    UNKNOWN_BTAG,
    /** The timestamp is 0 or in December 2031. */
    TIMESTAMP_RANGE,
    /** The price is negative or a word. */
    BAD_PRICE,
    /** The pid does not look like {@code 430548_1007}. */
    BAD_PID,
    /** An ad or user id already written, with other values. */
    DUPLICATE_KEY,
    /** An exact copy of an earlier raw_sample line. */
    DUPLICATE;

    /** The reject reason an importer should record, empty for {@link #DUPLICATE}. */
    public Optional<RejectReason> rejectReason() {
        return this == DUPLICATE ? Optional.empty() : Optional.of(RejectReason.valueOf(name()));
    }
}
