package org.dinexplorer.storage.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Imports {@code behavior_log.csv} into {@code behaviors}, coding {@code btag} as 1 = pv, 2 = cart, 3 = fav, 4 = buy.
 * Repeated identical rows are kept (the log records every event). For speed, rows are buffered and written
 * {@value #ROWS_PER_STATEMENT} at a time with one multi-row INSERT.
 */
final class BehaviorLogImporter extends RowImporter {

    /** Rows per multi-row INSERT: fewer statement executions per row, while staying under SQLite's bind limit. */
    static final int ROWS_PER_STATEMENT = 64;
    private static final int COLUMNS = 5;
    private static final String[] BTAGS = {"pv", "cart", "fav", "buy"};

    private final long[] buffer = new long[ROWS_PER_STATEMENT * COLUMNS];
    private int buffered;
    private long user;
    private long time;
    private int btag;
    private long cate;
    private long brand;
    private @Nullable PreparedStatement single;
    private @Nullable PreparedStatement multi;

    BehaviorLogImporter(ImportConfig config) {
        super(config, FileRole.BEHAVIOR_LOG);
    }

    @Override
    @Nullable Rejection check(ParsedRow row) {
        Rejection shape = checkShape(row);
        if (shape != null) {
            return shape;
        }
        user = row.number(0);
        time = row.number(1);
        cate = row.number(3);
        if (user < 0) {
            return numberProblem(row, 0);
        }
        if (time < 0) {
            return numberProblem(row, 1);
        }
        Rejection timeProblem = checkTime(time);
        if (timeProblem != null) {
            return timeProblem;
        }
        btag = btagCode(row);
        if (btag == 0) {
            return new Rejection(RejectReason.UNKNOWN_BTAG,
                    "btag is '" + shorten(row.field(2)) + "'; expected pv, cart, fav or buy");
        }
        if (cate < 0) {
            return numberProblem(row, 3);
        }
        brand = optionalNumber(row, 4);
        return brand == ParsedRow.INVALID ? notNumeric(row, 4) : null;
    }

    private static int btagCode(ParsedRow row) {
        for (int i = 0; i < BTAGS.length; i++) {
            if (row.fieldEquals(2, BTAGS[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    @Override
    void prepareStatements(Connection connection, long importId) throws SQLException {
        single = connection.prepareStatement(insertSql(1, importId));
        multi = connection.prepareStatement(insertSql(ROWS_PER_STATEMENT, importId));
    }

    private static String insertSql(int rows, long importId) {
        StringBuilder sql = new StringBuilder("INSERT INTO behaviors (user, time_stamp, btag, cate, brand, import_id)"
                + " VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ").append(importId).append(')');
        }
        return sql.toString();
    }

    @Override
    Outcome store(ParsedRow row) throws SQLException {
        int base = buffered * COLUMNS;
        buffer[base] = user;
        buffer[base + 1] = time;
        buffer[base + 2] = btag;
        buffer[base + 3] = cate;
        buffer[base + 4] = brand;
        buffered++;
        tally().behavior(time, btag, cate, brand);
        if (buffered == ROWS_PER_STATEMENT) {
            write(prepared(multi), 0, ROWS_PER_STATEMENT);
            buffered = 0;
        }
        return Outcome.STORED;
    }

    @Override
    void flush() throws SQLException {
        for (int i = 0; i < buffered; i++) {
            write(prepared(single), i, 1);
        }
        buffered = 0;
    }

    private void write(PreparedStatement statement, int firstRow, int rows) throws SQLException {
        int parameter = 1;
        for (int i = firstRow * COLUMNS; i < (firstRow + rows) * COLUMNS; i++) {
            // only brand can be missing: check() refuses the other columns when empty
            setNullable(statement, parameter++, buffer[i]);
        }
        statement.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        closeAll(single, multi);
    }
}
