package org.dinexplorer.storage.samples;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * What differs between two fingerprint texts, one entry per key: {@code "vocab.brand: 40003 ab12… -> 40010 cd34…"},
     * {@code "history_length: 50 -> 100"}; a key present on one side only shows {@code (none)} on the other. Empty
     * when the texts describe the same dataset.
     */
    public static List<String> differences(String before, String after) {
        Map<String, String> old = parse(before);
        Map<String, String> now = parse(after);
        Set<String> keys = new LinkedHashSet<>(old.keySet());
        keys.addAll(now.keySet());
        List<String> result = new ArrayList<>();
        for (String key : keys) {
            String a = old.getOrDefault(key, "(none)");
            String b = now.getOrDefault(key, "(none)");
            if (!a.equals(b)) {
                result.add(key + ": " + a + " -> " + b);
            }
        }
        return result;
    }

    /** Keys may repeat (one import line per file), so repeated keys get a running number. */
    private static Map<String, String> parse(String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String key = line.substring(0, equals);
            String unique = key;
            for (int n = 2; entries.containsKey(unique); n++) {
                unique = key + " #" + n;
            }
            entries.put(unique, line.substring(equals + 1));
        }
        return entries;
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
