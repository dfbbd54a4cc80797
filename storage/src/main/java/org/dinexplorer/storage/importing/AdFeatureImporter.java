package org.dinexplorer.storage.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Imports {@code ad_feature.csv} into {@code ads}. {@code brand} may be {@code NULL} (stored as SQL NULL);
 * {@code price} must be a finite number >= 0. A second row for a stored {@code adgroup_id} is a duplicate when all
 * values are equal, otherwise it is rejected as {@link RejectReason#DUPLICATE_KEY} and the first row is kept.
 */
final class AdFeatureImporter extends RowImporter {

    private static final String INSERT = "INSERT INTO ads (adgroup_id, cate_id, campaign_id, customer, brand, price,"
            + " import_id, line_number) VALUES (?, ?, ?, ?, ?, ?, %d, ?) ON CONFLICT (adgroup_id) DO NOTHING";
    private static final String SELECT = "SELECT cate_id, campaign_id, customer, brand, price, import_id, line_number"
            + " FROM ads WHERE adgroup_id = ?";

    private final long[] ids = new long[5];
    private double price;
    private @Nullable PreparedStatement insert;
    private @Nullable PreparedStatement select;

    AdFeatureImporter(ImportConfig config) {
        super(config, FileRole.AD_FEATURE);
    }

    @Override
    @Nullable Rejection check(ParsedRow row) {
        Rejection shape = checkShape(row);
        if (shape != null) {
            return shape;
        }
        for (int i = 0; i < 4; i++) {
            ids[i] = row.number(i);
            if (ids[i] < 0) {
                return numberProblem(row, i);
            }
        }
        ids[4] = optionalNumber(row, 4);
        if (ids[4] == ParsedRow.INVALID) {
            return notNumeric(row, 4);
        }
        return checkPrice(row);
    }

    private @Nullable Rejection checkPrice(ParsedRow row) {
        if (row.isEmpty(5)) {
            return numberProblem(row, 5);
        }
        String text = row.field(5);
        price = parsePrice(text);
        if (Double.isNaN(price)) {
            return new Rejection(RejectReason.BAD_PRICE,
                    "price is '" + shorten(text) + "'; expected a finite number >= 0");
        }
        return null;
    }

    /** Parses a plain decimal number (digits, point, exponent); NaN if it is anything else or negative. */
    static double parsePrice(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
            if (!allowed) {
                return Double.NaN;
            }
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) && value >= 0 ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    @Override
    void prepareStatements(Connection connection, long importId) throws SQLException {
        insert = connection.prepareStatement(String.format(INSERT, importId));
        select = connection.prepareStatement(SELECT);
    }

    @Override
    Outcome store(ParsedRow row) throws SQLException {
        PreparedStatement statement = prepared(insert);
        for (int i = 0; i < 4; i++) {
            statement.setLong(i + 1, ids[i]);
        }
        setNullable(statement, 5, ids[4]);
        statement.setDouble(6, price);
        statement.setLong(7, row.line());
        if (statement.executeUpdate() == 0) {
            return compareWithStored();
        }
        tally().categoryAndBrand(ids[1], ids[4]);
        return Outcome.STORED;
    }

    private Outcome compareWithStored() throws SQLException {
        PreparedStatement statement = prepared(select);
        statement.setLong(1, ids[0]);
        try (ResultSet stored = statement.executeQuery()) {
            if (!stored.next()) {
                throw new SQLException("ads row " + ids[0] + " conflicted but cannot be read");
            }
            boolean same = stored.getLong(1) == ids[1] && stored.getLong(2) == ids[2] && stored.getLong(3) == ids[3]
                    && sameNullable(stored, 4, ids[4]) && stored.getDouble(5) == price;
            if (same) {
                return Outcome.DUPLICATE;
            }
            return conflict("adgroup_id " + ids[0] + " is already stored with other values (import "
                    + stored.getLong(6) + ", line " + stored.getLong(7) + ")");
        }
    }

    @Override
    public void close() throws SQLException {
        closeAll(insert, select);
    }
}
