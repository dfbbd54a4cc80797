package org.dinexplorer.storage.samples;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import org.dinexplorer.storage.db.SchemaMigrator;
import org.dinexplorer.storage.vocab.Vocabulary;

/**
 * The canonical description of everything a dataset's samples depend on, one {@code key=value} per line in a fixed
 * order, and its SHA-256. Two builds with equal text produce identical samples; comparing the texts line by line tells
 * what changed (a file, a vocabulary, a setting).
 */
public final class DatasetFingerprint {

    /** Version of the sample layout and history rule; bump it when either changes meaning. */
    public static final int FORMAT_VERSION = 1;

    private DatasetFingerprint() {
    }

    /** SHA-256 (lower-case hex) of the UTF-8 text. */
    public static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    static String text(Connection connection, DatasetConfig config, SplitPlan plan, Map<String, Vocabulary> vocabs,
                       double priceMean, double priceStd, long impressionCount, long behaviorCount) throws SQLException {
        StringBuilder text = new StringBuilder();
        line(text, "schema_version", SchemaMigrator.latestVersion());
        line(text, "format_version", FORMAT_VERSION);
        appendImports(connection, text);
        line(text, "impressions", impressionCount);
        line(text, "behaviors", behaviorCount);
        line(text, "history_length", config.historyLength());
        line(text, "min_count", config.minCount());
        line(text, "day_zone", SplitPlan.DAY_ZONE.getId());
        line(text, "test_day", plan.testDay);
        line(text, "train_days", plan.trainFirstDay + ".." + plan.trainLastDay);
        line(text, "validation", config.validation() + " share=" + Double.toHexString(config.validationShare())
                + " seed=" + config.validationSeed() + " day=" + plan.validationDay);
        line(text, "price_transform", "log1p-standardised mean=" + Double.toHexString(priceMean) + " std="
                + Double.toHexString(priceStd));
        for (Vocabulary vocab : vocabs.values()) {
            line(text, "vocab." + vocab.name(), vocab.size() + " " + vocab.contentHash());
        }
        return text.toString();
    }

    /** Every finished import, ordered by file role and then by import, with its file hash and options. */
    private static void appendImports(Connection connection, StringBuilder text) throws SQLException {
        String sql = "SELECT file_role, sha256, options_json FROM import_batches WHERE status = 'DONE' "
                + "ORDER BY file_role, import_id";
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                line(text, "file." + row.getString(1), row.getString(2) + " options=" + row.getString(3));
            }
        }
    }

    private static void line(StringBuilder text, String key, Object value) {
        text.append(key).append('=').append(value).append('\n');
    }
}
