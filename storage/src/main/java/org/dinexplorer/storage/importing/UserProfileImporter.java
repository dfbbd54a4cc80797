package org.dinexplorer.storage.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Imports {@code user_profile.csv} into {@code users}. Only {@code userid} is required; empty fields (or the literal
 * {@code NULL}) are stored as SQL NULL, never 0. A second row for a stored {@code userid} is a duplicate when all
 * values are equal, otherwise it is rejected as {@link RejectReason#DUPLICATE_KEY} and the first row is kept.
 */
final class UserProfileImporter extends RowImporter {

    private static final int FIELDS = 9;
    private static final String INSERT = "INSERT INTO users (userid, cms_segid, cms_group_id, final_gender_code,"
            + " age_level, pvalue_level, shopping_level, occupation, new_user_class_level, import_id, line_number)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, %d, ?) ON CONFLICT (userid) DO NOTHING";
    private static final String SELECT = "SELECT cms_segid, cms_group_id, final_gender_code, age_level, pvalue_level,"
            + " shopping_level, occupation, new_user_class_level, import_id, line_number FROM users WHERE userid = ?";

    private final long[] values = new long[FIELDS];
    private @Nullable PreparedStatement insert;
    private @Nullable PreparedStatement select;

    UserProfileImporter(ImportConfig config) {
        super(config, FileRole.USER_PROFILE);
    }

    @Override
    @Nullable Rejection check(ParsedRow row) {
        Rejection shape = checkShape(row);
        if (shape != null) {
            return shape;
        }
        values[0] = row.number(0);
        if (values[0] < 0) {
            return numberProblem(row, 0);
        }
        for (int i = 1; i < FIELDS; i++) {
            values[i] = optionalNumber(row, i);
            if (values[i] == ParsedRow.INVALID) {
                return notNumeric(row, i);
            }
        }
        return null;
    }

    @Override
    void prepareStatements(Connection connection, long importId) throws SQLException {
        insert = connection.prepareStatement(String.format(INSERT, importId));
        select = connection.prepareStatement(SELECT);
    }

    @Override
    Outcome store(ParsedRow row) throws SQLException {
        PreparedStatement statement = prepared(insert);
        statement.setLong(1, values[0]);
        for (int i = 1; i < FIELDS; i++) {
            setNullable(statement, i + 1, values[i]);
        }
        statement.setLong(FIELDS + 1, row.line());
        return statement.executeUpdate() == 1 ? Outcome.STORED : compareWithStored();
    }

    private Outcome compareWithStored() throws SQLException {
        PreparedStatement statement = prepared(select);
        statement.setLong(1, values[0]);
        try (ResultSet stored = statement.executeQuery()) {
            if (!stored.next()) {
                throw new SQLException("users row " + values[0] + " conflicted but cannot be read");
            }
            for (int i = 1; i < FIELDS; i++) {
                if (!sameNullable(stored, i, values[i])) {
                    return conflict("userid " + values[0] + " is already stored with other values (import "
                            + stored.getLong(FIELDS) + ", line " + stored.getLong(FIELDS + 1) + ")");
                }
            }
            return Outcome.DUPLICATE;
        }
    }

    @Override
    public void close() throws SQLException {
        closeAll(insert, select);
    }
}
