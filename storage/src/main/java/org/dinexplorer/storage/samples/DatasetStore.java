package org.dinexplorer.storage.samples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dinexplorer.storage.vocab.Vocabulary;
import org.jspecify.annotations.Nullable;

/** Saves and loads a dataset's settings, split sizes, fingerprint and vocabularies in the database. */
final class DatasetStore {

    /** What the tables hold about the current dataset. */
    record Stored(DatasetSummary summary, String fingerprintText, Map<String, Vocabulary> vocabularies) {
    }

    private DatasetStore() {
    }

    /** Replaces the stored dataset in one transaction. */
    static void save(Connection connection, DatasetSummary summary, String fingerprintText,
                     Map<String, Vocabulary> vocabs) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM vocab_entries");
            statement.execute("DELETE FROM dataset_splits");
            statement.execute("DELETE FROM datasets");
            insertDataset(connection, summary, fingerprintText);
            insertSplits(connection, summary);
            insertVocabularies(connection, vocabs);
            connection.commit();
        } catch (SQLException | RuntimeException | Error e) {
            // an Error too (e.g. out of memory): the finally's setAutoCommit(true) would otherwise commit the deletes
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void insertDataset(Connection connection, DatasetSummary s, String fingerprintText)
            throws SQLException {
        String sql = "INSERT INTO datasets (dataset_id, fingerprint, fingerprint_text, format_version, history_length,"
                + " min_count, test_day, requested_test_day, train_first_day, train_last_day, validation_mode,"
                + " validation_share, validation_seed, price_mean, price_std, user_count, ad_count, behavior_count,"
                + " kept_behavior_count, build_millis, built_at) VALUES (1,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        DatasetConfig c = s.config();
        SplitStats train = s.split(Split.TRAIN);
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            Object[] values = {s.fingerprint(), fingerprintText, DatasetFingerprint.FORMAT_VERSION,
                c.historyLength(), c.minCount(), s.testDay().toString(),
                c.testDay() == null ? null : c.testDay().toString(), String.valueOf(train.firstDay()),
                String.valueOf(train.lastDay()), c.validation().name(), c.validationShare(), c.validationSeed(),
                s.priceMean(), s.priceStd(), s.userCount(), s.adCount(), s.behaviorCount(), s.keptBehaviorCount(),
                s.buildMillis(), Instant.now().toString()};
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }

    private static void insertSplits(Connection connection, DatasetSummary s) throws SQLException {
        String sql = "INSERT INTO dataset_splits (split, sample_count, click_count, user_count, first_day, last_day)"
                + " VALUES (?,?,?,?,?,?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Split split : Split.values()) {
                SplitStats stats = s.split(split);
                insert.setString(1, split.id());
                insert.setLong(2, stats.sampleCount());
                insert.setLong(3, stats.clickCount());
                insert.setLong(4, stats.userCount());
                insert.setString(5, stats.firstDay() == null ? null : stats.firstDay().toString());
                insert.setString(6, stats.lastDay() == null ? null : stats.lastDay().toString());
                insert.executeUpdate();
            }
        }
    }

    private static void insertVocabularies(Connection connection, Map<String, Vocabulary> vocabs)
            throws SQLException {
        String sql = "INSERT INTO vocab_entries (vocab, idx, raw_value, label, count) VALUES (?,?,?,?,?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Vocabulary vocab : vocabs.values()) {
                for (int index = 2; index < vocab.size(); index++) {
                    int raw = vocab.rawValue(index);
                    insert.setString(1, vocab.name());
                    insert.setInt(2, index);
                    if (raw == Vocabulary.MISSING) {
                        insert.setNull(3, Types.INTEGER);
                    } else {
                        insert.setInt(3, raw);
                    }
                    insert.setString(4, vocab.hasLabels() ? vocab.label(index) : null);
                    insert.setLong(5, vocab.count(index));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /** The stored dataset with its vocabularies, or empty when none was built. */
    static Optional<Stored> load(Connection connection) throws SQLException {
        return load(connection, true);
    }

    /**
     * The stored dataset, or empty when none was built.
     *
     * @param withVocabularies false reads only the vocabulary sizes (fast) and leaves the vocabulary map empty
     */
    static Optional<Stored> load(Connection connection, boolean withVocabularies) throws SQLException {
        Map<Split, SplitStats> splits = new EnumMap<>(Split.class);
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT split, sample_count, click_count, user_count, first_day,"
                     + " last_day FROM dataset_splits")) {
            while (row.next()) {
                splits.put(Split.valueOf(row.getString(1).toUpperCase(java.util.Locale.ROOT)),
                        new SplitStats(row.getLong(2), row.getLong(3), row.getLong(4), day(row.getString(5)),
                                day(row.getString(6))));
            }
        }
        Map<String, Vocabulary> vocabs = withVocabularies ? loadVocabularies(connection) : Map.of();
        Map<String, Integer> sizes = withVocabularies ? sizesOf(vocabs) : loadSizes(connection);
        String sql = "SELECT fingerprint, fingerprint_text, history_length, requested_test_day, min_count,"
                + " validation_mode, validation_share, validation_seed, test_day, user_count, ad_count,"
                + " behavior_count, kept_behavior_count, price_mean, price_std, build_millis FROM datasets";
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                return Optional.empty();
            }
            DatasetConfig config = new DatasetConfig(row.getInt(3), day(row.getString(4)), row.getInt(5),
                    ValidationMode.valueOf(row.getString(6)), row.getDouble(7), row.getLong(8));
            DatasetSummary summary = new DatasetSummary(row.getString(1), config, LocalDate.parse(row.getString(9)),
                    splits, row.getLong(10), row.getLong(11), row.getLong(12), row.getLong(13), sizes,
                    row.getDouble(14), row.getDouble(15), row.getLong(16));
            return Optional.of(new Stored(summary, row.getString(2), vocabs));
        }
    }

    private static Map<String, Integer> sizesOf(Map<String, Vocabulary> vocabs) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        vocabs.forEach((name, vocab) -> sizes.put(name, vocab.size()));
        return sizes;
    }

    /** Sizes by table in schema order; a vocabulary without entries has size 2 (padding and unknown). */
    private static Map<String, Integer> loadSizes(Connection connection) throws SQLException {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        // one descent of the primary key (vocab, idx) per vocabulary; a GROUP BY over the whole table read its
        // 3.0 M entries at full size (0.4 s for every summary the Explore page asked for)
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT coalesce(max(idx) + 1, 2) FROM vocab_entries WHERE vocab = ?")) {
            for (String table : SampleFields.tables()) {
                query.setString(1, table);
                try (ResultSet row = query.executeQuery()) {
                    sizes.put(table, row.next() ? row.getInt(1) : 2);
                }
            }
        }
        return sizes;
    }

    private static Map<String, Vocabulary> loadVocabularies(Connection connection) throws SQLException {
        Map<String, List<Object[]>> entries = new LinkedHashMap<>();
        for (String table : SampleFields.tables()) {
            entries.put(table, new ArrayList<>());
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT vocab, raw_value, label, count FROM vocab_entries"
                     + " ORDER BY vocab, idx")) {
            while (row.next()) {
                long raw = row.getLong(2);
                Integer value = row.wasNull() ? Vocabulary.MISSING : (int) raw;
                entries.computeIfAbsent(row.getString(1), k -> new ArrayList<>())
                        .add(new Object[] {value, row.getString(3), row.getLong(4)});
            }
        }
        Map<String, Vocabulary> vocabs = new LinkedHashMap<>();
        entries.forEach((name, list) -> vocabs.put(name, vocabulary(name, list)));
        return vocabs;
    }

    private static Vocabulary vocabulary(String name, List<Object[]> list) {
        int[] raw = new int[list.size()];
        long[] counts = new long[list.size()];
        String[] labels = !list.isEmpty() && list.get(0)[1] != null ? new String[list.size()] : null;
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (Integer) list.get(i)[0];
            counts[i] = (Long) list.get(i)[2];
            if (labels != null) {
                labels[i] = (String) list.get(i)[1];
            }
        }
        return new Vocabulary(name, raw, counts, labels);
    }

    private static @Nullable LocalDate day(@Nullable String text) {
        return text == null || "null".equals(text) ? null : LocalDate.parse(text);
    }
}
