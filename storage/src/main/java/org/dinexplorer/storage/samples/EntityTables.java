package org.dinexplorer.storage.samples;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.dinexplorer.storage.vocab.Vocabulary;

/**
 * Raw profile and ad columns of the users and ads that have impressions, in dense-position order. Missing values (SQL
 * {@code NULL}, or a user or ad absent from its table) are {@link Vocabulary#MISSING}; a missing price is NaN.
 */
final class EntityTables {

    private static final String MISSING_SQL = Integer.toString(Vocabulary.MISSING);

    private EntityTables() {
    }

    /** Rows {@code [field][user]} in {@link SampleFields#USER_FIELDS} order; row 0 is the user id itself. */
    static int[][] loadUsers(Connection connection, IdIndex users) throws SQLException {
        int fields = SampleFields.USER_FIELDS.size();
        int[][] columns = new int[fields][users.size()];
        for (int f = 1; f < fields; f++) {
            Arrays.fill(columns[f], Vocabulary.MISSING);
        }
        for (int u = 0; u < users.size(); u++) {
            columns[0][u] = users.id(u);
        }
        StringBuilder sql = new StringBuilder("SELECT userid");
        for (String field : SampleFields.USER_FIELDS.subList(1, fields)) {
            sql.append(", coalesce(").append(field).append(", ").append(MISSING_SQL).append(')');
        }
        sql.append(" FROM users");
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql.toString())) {
            while (row.next()) {
                int u = users.indexOf(SqlInts.get(row, 1, "users", "userid"));
                if (u < 0) {
                    continue;
                }
                for (int f = 1; f < fields; f++) {
                    columns[f][u] = (int) row.getLong(f + 1);
                }
            }
        }
        return columns;
    }

    /** Rows {@code [field][ad]} for adgroup_id, cate_id, campaign_id, customer, brand. */
    static int[][] loadAds(Connection connection, IdIndex ads, float[] priceOut) throws SQLException {
        int[][] columns = new int[SampleFields.AD_TABLE_FIELDS][ads.size()];
        for (int f = 1; f < SampleFields.AD_TABLE_FIELDS; f++) {
            Arrays.fill(columns[f], Vocabulary.MISSING);
        }
        Arrays.fill(priceOut, Float.NaN);
        for (int a = 0; a < ads.size(); a++) {
            columns[0][a] = ads.id(a);
        }
        String sql = "SELECT adgroup_id, cate_id, campaign_id, customer, coalesce(brand, " + MISSING_SQL
                + "), price FROM ads";
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                int a = ads.indexOf(SqlInts.get(row, 1, "ads", "adgroup_id"));
                if (a < 0) {
                    continue;
                }
                columns[1][a] = SqlInts.get(row, 2, "ads", "cate_id");
                columns[2][a] = SqlInts.get(row, 3, "ads", "campaign_id");
                columns[3][a] = SqlInts.get(row, 4, "ads", "customer");
                columns[4][a] = (int) row.getLong(5);
                priceOut[a] = (float) row.getDouble(6);
            }
        }
        return columns;
    }
}
