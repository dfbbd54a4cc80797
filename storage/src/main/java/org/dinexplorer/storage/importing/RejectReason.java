package org.dinexplorer.storage.importing;

/** Why a row of an input file was rejected; the name is the reason code stored in {@code rejected_rows.reason}. */
public enum RejectReason {
    /** The row has more or fewer fields than the header. */
    FIELD_COUNT,
    /** An id, timestamp or level is not a whole number. */
    NOT_NUMERIC,
    /** A required field is empty. */
    MISSING_VALUE,
    /** {@code clk} or {@code nonclk} is not 0 or 1. */
    CLICK_FLAG,
    /** {@code nonclk} is not {@code 1 - clk}. */
    CLICK_MISMATCH,
    /** {@code btag} is not one of pv, cart, fav, buy. */
    UNKNOWN_BTAG,
    /** The timestamp lies outside the configured plausible window. */
    TIMESTAMP_RANGE,
    /** {@code price} is not a finite, non-negative number. */
    BAD_PRICE,
    /** {@code pid} does not look like {@code 430548_1007}. */
    BAD_PID,
    /** A second row for an ad or a user id that is already stored with other values. */
    DUPLICATE_KEY,
    /** The line is longer than the importer accepts (binary or corrupt input). */
    LINE_TOO_LONG
}
