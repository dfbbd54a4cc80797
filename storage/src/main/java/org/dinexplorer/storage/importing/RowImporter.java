package org.dinexplorer.storage.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Validates and stores the rows of one kind of Taobao file. {@link #check} parses a row and keeps its values;
 * {@link #store} then writes exactly that row. One instance serves one file and one connection.
 */
abstract class RowImporter implements AutoCloseable {

    /** What {@link #store} did with a valid row. */
    enum Outcome {
        /** Written (possibly buffered until {@link #flush}, always before the chunk commits). */
        STORED,
        /** Identical to a stored row; not written. */
        DUPLICATE,
        /** Its key is stored with other values; see {@link #conflict()}. */
        CONFLICT
    }

    protected final ImportConfig config;
    private final List<String> columns;
    private @Nullable Rejection conflict;
    private @Nullable OverviewTally tally;

    RowImporter(ImportConfig config, FileRole role) {
        this.config = config;
        this.columns = role.columns();
    }

    /**
     * Parses and validates {@code row}, keeping its values for {@link #store}.
     *
     * @return null if the row is valid, otherwise why not
     */
    abstract @Nullable Rejection check(ParsedRow row);

    /**
     * Prepares for writing rows of import {@code importId} through {@code connection}; every stored row is also
     * counted in {@code tally}.
     */
    final void prepare(Connection connection, long importId, OverviewTally tally) throws SQLException {
        this.tally = tally;
        prepareStatements(connection, importId);
    }

    /** Prepares the statements for writing rows of import {@code importId} through {@code connection}. */
    abstract void prepareStatements(Connection connection, long importId) throws SQLException;

    /** Stores the row last accepted by {@link #check}. */
    abstract Outcome store(ParsedRow row) throws SQLException;

    /** Closes the prepared statements. */
    @Override
    public abstract void close() throws SQLException;

    /** Writes rows still buffered; called before every commit. */
    void flush() throws SQLException {
    }

    /** The reason of the last {@link Outcome#CONFLICT}. */
    final Rejection conflict() {
        if (conflict == null) {
            throw new IllegalStateException("no conflict recorded");
        }
        return conflict;
    }

    protected final Outcome conflict(String detail) {
        conflict = new Rejection(RejectReason.DUPLICATE_KEY, detail);
        return Outcome.CONFLICT;
    }

    /** Checks line length and field count; null if both are fine. */
    protected final @Nullable Rejection checkShape(ParsedRow row) {
        if (row.tooLong()) {
            return new Rejection(RejectReason.LINE_TOO_LONG,
                    "line is longer than " + config.maxLineChars() + " characters");
        }
        if (row.fieldCount() != columns.size()) {
            return new Rejection(RejectReason.FIELD_COUNT,
                    "expected " + columns.size() + " fields, found " + row.fieldCount());
        }
        return null;
    }

    /** The rejection for a required whole-number field whose {@link ParsedRow#number} result was negative. */
    protected final Rejection numberProblem(ParsedRow row, int index) {
        String name = columns.get(index);
        if (row.isEmpty(index)) {
            return new Rejection(RejectReason.MISSING_VALUE, name + " is empty");
        }
        return new Rejection(RejectReason.NOT_NUMERIC,
                name + " is '" + shorten(row.field(index)) + "'; expected a whole number >= 0");
    }

    /** Null if {@code seconds} lies in the configured window, otherwise a {@link RejectReason#TIMESTAMP_RANGE}. */
    protected final @Nullable Rejection checkTime(long seconds) {
        if (seconds >= config.minTimestamp() && seconds < config.maxTimestamp()) {
            return null;
        }
        return new Rejection(RejectReason.TIMESTAMP_RANGE, "time_stamp " + seconds + " is outside ["
                + config.minTimestamp() + ", " + config.maxTimestamp() + ")");
    }

    /**
     * Parses an optional whole number: empty or the literal {@code NULL} mean missing.
     *
     * @return the value, {@link ParsedRow#EMPTY} when missing, {@link ParsedRow#INVALID} when not a number
     */
    protected static long optionalNumber(ParsedRow row, int index) {
        if (row.fieldEquals(index, "NULL")) {
            return ParsedRow.EMPTY;
        }
        return row.number(index);
    }

    protected final Rejection notNumeric(ParsedRow row, int index) {
        return new Rejection(RejectReason.NOT_NUMERIC, columns.get(index) + " is '" + shorten(row.field(index))
                + "'; expected a whole number >= 0, empty or NULL");
    }

    /** Where {@link #store} counts the rows it stores. */
    protected final OverviewTally tally() {
        if (tally == null) {
            throw new IllegalStateException("prepare() was not called");
        }
        return tally;
    }

    protected static PreparedStatement prepared(@Nullable PreparedStatement statement) {
        if (statement == null) {
            throw new IllegalStateException("prepare() was not called");
        }
        return statement;
    }

    /** Binds {@code value} to parameter {@code index}, or NULL when it is {@link ParsedRow#EMPTY}. */
    protected static void setNullable(PreparedStatement statement, int index, long value) throws SQLException {
        if (value == ParsedRow.EMPTY) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    /** Whether column {@code index} holds {@code value}, where {@link ParsedRow#EMPTY} stands for NULL. */
    protected static boolean sameNullable(ResultSet stored, int index, long value) throws SQLException {
        long storedValue = stored.getLong(index);
        return stored.wasNull() ? value == ParsedRow.EMPTY : storedValue == value;
    }

    /** Closes the statements that were prepared (null ones were not). */
    protected static void closeAll(@Nullable PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            if (statement != null) {
                statement.close();
            }
        }
    }

    protected static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
