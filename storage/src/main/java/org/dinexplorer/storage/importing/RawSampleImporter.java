package org.dinexplorer.storage.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Imports {@code raw_sample.csv} into {@code impressions}. {@code nonclk} must equal {@code 1 - clk} and is dropped.
 * Duplicate rule: a row whose {@code (user, time_stamp, adgroup_id, pid, clk)} equals a stored impression (from this
 * or an earlier import) is counted as a duplicate and not stored; the unique index {@code impressions_identity}
 * enforces it.
 */
final class RawSampleImporter extends RowImporter {

    private static final String INSERT = "INSERT INTO impressions (user, time_stamp, adgroup_id, pid, clk, import_id,"
            + " line_number) VALUES (?, ?, ?, ?, ?, %d, ?) ON CONFLICT (user, time_stamp, adgroup_id, pid, clk)"
            + " DO NOTHING";

    private @Nullable PreparedStatement insert;
    private long user;
    private long time;
    private long adgroup;
    private long clk;

    RawSampleImporter(ImportConfig config) {
        super(config, FileRole.RAW_SAMPLE);
    }

    @Override
    @Nullable Rejection check(ParsedRow row) {
        Rejection shape = checkShape(row);
        if (shape != null) {
            return shape;
        }
        user = row.number(0);
        time = row.number(1);
        adgroup = row.number(2);
        if (user < 0) {
            return numberProblem(row, 0);
        }
        if (time < 0) {
            return numberProblem(row, 1);
        }
        if (adgroup < 0) {
            return numberProblem(row, 2);
        }
        Rejection timeProblem = checkTime(time);
        if (timeProblem != null) {
            return timeProblem;
        }
        if (!row.isPid(3)) {
            return new Rejection(RejectReason.BAD_PID, "pid is '" + shorten(row.field(3))
                    + "'; expected digits_digits like 430548_1007");
        }
        return checkClicks(row);
    }

    private @Nullable Rejection checkClicks(ParsedRow row) {
        long nonclk = row.number(4);
        clk = row.number(5);
        if (nonclk == ParsedRow.EMPTY || clk == ParsedRow.EMPTY) {
            return numberProblem(row, nonclk == ParsedRow.EMPTY ? 4 : 5);
        }
        if (nonclk != 0 && nonclk != 1 || clk != 0 && clk != 1) {
            return new Rejection(RejectReason.CLICK_FLAG, "nonclk is '" + shorten(row.field(4)) + "' and clk is '"
                    + shorten(row.field(5)) + "'; each must be 0 or 1");
        }
        if (nonclk != 1 - clk) {
            return new Rejection(RejectReason.CLICK_MISMATCH,
                    "nonclk is " + nonclk + " and clk is " + clk + "; nonclk must be 1 - clk");
        }
        return null;
    }

    @Override
    void prepareStatements(Connection connection, long importId) throws SQLException {
        insert = connection.prepareStatement(String.format(INSERT, importId));
    }

    @Override
    Outcome store(ParsedRow row) throws SQLException {
        PreparedStatement statement = prepared(insert);
        statement.setLong(1, user);
        statement.setLong(2, time);
        statement.setLong(3, adgroup);
        statement.setString(4, row.field(3));
        statement.setLong(5, clk);
        statement.setLong(6, row.line());
        if (statement.executeUpdate() == 0) {
            return Outcome.DUPLICATE;
        }
        tally().impression(time, clk, user, adgroup);
        return Outcome.STORED;
    }

    @Override
    public void close() throws SQLException {
        closeAll(insert);
    }
}
