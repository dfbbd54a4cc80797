package org.dinexplorer.storage.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Data overview's figures for the rows stored and rejected since the last commit, added to the summary tables of
 * {@code V005__overview_figures.sql} by {@link #save} inside the chunk's transaction. So the figures always match the
 * committed rows: a cancelled or crashed import leaves them at its last committed chunk, and a resumed one continues
 * from there without counting a row twice. One instance serves one import of one file and its connection.
 */
final class OverviewTally {

    /** Seconds added to a Unix timestamp to get Asia/Shanghai wall-clock time (UTC+8, no daylight saving). */
    private static final int SHANGHAI_OFFSET_SECONDS = 8 * 3600;
    private static final int SECONDS_PER_DAY = 86_400;
    private static final String IMPRESSION_DAYS = "INSERT INTO impression_days (day, impressions, clicks)"
            + " VALUES (?, ?, ?) ON CONFLICT (day) DO UPDATE SET impressions = impressions + excluded.impressions,"
            + " clicks = clicks + excluded.clicks";
    private static final String BEHAVIOR_DAYS = "INSERT INTO behavior_days (day, btag, behaviors) VALUES (?, ?, ?)"
            + " ON CONFLICT (day, btag) DO UPDATE SET behaviors = behaviors + excluded.behaviors";
    private static final String DISTINCT_VALUE = "INSERT OR IGNORE INTO distinct_values (kind, value) VALUES (?, ?)";
    private static final String DISTINCT_COUNT = "INSERT INTO distinct_counts (kind, value_count) VALUES (?, ?)"
            + " ON CONFLICT (kind) DO UPDATE SET value_count = value_count + excluded.value_count";
    private static final String REJECT_COUNT = "INSERT INTO reject_counts (import_id, reason, row_count)"
            + " VALUES (?, ?, ?) ON CONFLICT (import_id, reason) DO UPDATE SET row_count = row_count + excluded.row_count";

    /** The distinct figures; each is stored under its lower-case name as {@code distinct_values.kind}. */
    private enum Distinct {
        IMPRESSION_USER, IMPRESSION_AD, CATEGORY, BRAND;

        String kind() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Connection connection;
    private final DayCounts impressionDays = new DayCounts(2);
    private final DayCounts behaviorDays = new DayCounts(4);
    private final Map<Distinct, Values> distinct = new EnumMap<>(Distinct.class);
    private final Map<RejectReason, long[]> rejects = new EnumMap<>(RejectReason.class);

    /** Reads the values already counted by the distinct figures a file of {@code role} adds to. */
    OverviewTally(Connection connection, FileRole role) throws SQLException {
        this.connection = connection;
        List<Distinct> kinds = switch (role) {
            case RAW_SAMPLE -> List.of(Distinct.IMPRESSION_USER, Distinct.IMPRESSION_AD);
            case AD_FEATURE, BEHAVIOR_LOG -> List.of(Distinct.CATEGORY, Distinct.BRAND);
            case USER_PROFILE -> List.of();
        };
        for (Distinct kind : kinds) {
            distinct.put(kind, load(kind));
        }
    }

    private Values load(Distinct kind) throws SQLException {
        Values values = new Values();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT value FROM distinct_values WHERE kind = ?")) {
            select.setString(1, kind.kind());
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    values.known.add(rows.getLong(1));
                }
            }
        }
        return values;
    }

    /** Counts a stored impression. */
    void impression(long timeStamp, long clk, long user, long adgroupId) {
        long[] day = impressionDays.of(timeStamp);
        day[0]++;
        day[1] += clk;
        see(Distinct.IMPRESSION_USER, user);
        see(Distinct.IMPRESSION_AD, adgroupId);
    }

    /** Counts a stored behaviour; {@code brand} may be {@link ParsedRow#EMPTY}. */
    void behavior(long timeStamp, int btag, long cate, long brand) {
        behaviorDays.of(timeStamp)[btag - 1]++;
        categoryAndBrand(cate, brand);
    }

    /** Counts the category and brand of a stored ad or behaviour; {@code brand} may be {@link ParsedRow#EMPTY}. */
    void categoryAndBrand(long cate, long brand) {
        see(Distinct.CATEGORY, cate);
        if (brand != ParsedRow.EMPTY) {
            see(Distinct.BRAND, brand);
        }
    }

    /** Counts a rejected row. */
    void rejected(RejectReason reason) {
        rejects.computeIfAbsent(reason, r -> new long[1])[0]++;
    }

    private void see(Distinct kind, long value) {
        Values values = distinct.get(kind);
        if (values.known.add(value)) {
            values.added(value);
        }
    }

    /** Adds what was counted since the last call to the summary tables; call inside the chunk's transaction. */
    void save(long importId) throws SQLException {
        try (PreparedStatement impressions = connection.prepareStatement(IMPRESSION_DAYS);
             PreparedStatement behaviors = connection.prepareStatement(BEHAVIOR_DAYS)) {
            for (int i = 0; i < impressionDays.size; i++) {
                impressions.setString(1, impressionDays.day(i));
                impressions.setLong(2, impressionDays.counts[i][0]);
                impressions.setLong(3, impressionDays.counts[i][1]);
                impressions.executeUpdate();
            }
            for (int i = 0; i < behaviorDays.size; i++) {
                for (int btag = 1; btag <= 4; btag++) {
                    long count = behaviorDays.counts[i][btag - 1];
                    if (count > 0) {
                        behaviors.setString(1, behaviorDays.day(i));
                        behaviors.setInt(2, btag);
                        behaviors.setLong(3, count);
                        behaviors.executeUpdate();
                    }
                }
            }
        }
        impressionDays.size = 0;
        behaviorDays.size = 0;
        saveDistinct();
        saveRejects(importId);
    }

    private void saveDistinct() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(DISTINCT_VALUE);
             PreparedStatement count = connection.prepareStatement(DISTINCT_COUNT)) {
            for (Map.Entry<Distinct, Values> entry : distinct.entrySet()) {
                Values values = entry.getValue();
                long inserted = 0;
                insert.setString(1, entry.getKey().kind());
                for (int i = 0; i < values.addedCount; i++) {
                    insert.setLong(2, values.added[i]);
                    inserted += insert.executeUpdate();
                }
                values.addedCount = 0;
                if (inserted > 0) {
                    count.setString(1, entry.getKey().kind());
                    count.setLong(2, inserted);
                    count.executeUpdate();
                }
            }
        }
    }

    private void saveRejects(long importId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(REJECT_COUNT)) {
            count.setLong(1, importId);
            for (Map.Entry<RejectReason, long[]> entry : rejects.entrySet()) {
                count.setString(2, entry.getKey().name());
                count.setLong(3, entry.getValue()[0]);
                count.executeUpdate();
            }
        }
        rejects.clear();
    }

    /** The values a distinct figure has counted, and those of them not yet saved. */
    private static final class Values {
        final LongSet known = new LongSet();
        long[] added = new long[256];
        int addedCount;

        void added(long value) {
            if (addedCount == added.length) {
                added = Arrays.copyOf(added, addedCount * 2);
            }
            added[addedCount++] = value;
        }
    }

    /**
     * Counts per Asia/Shanghai day. A chunk spans a few days, so a linear search (starting with the last day asked
     * for, which serves files sorted by time in one step) finds a day without allocating per row.
     */
    private static final class DayCounts {
        private final int width;
        long[] days = new long[8];
        long[][] counts = new long[8][];
        int size;
        private int last;

        DayCounts(int width) {
            this.width = width;
        }

        long[] of(long timeStamp) {
            long day = Math.floorDiv(timeStamp + SHANGHAI_OFFSET_SECONDS, SECONDS_PER_DAY);
            if (last < size && days[last] == day) {
                return counts[last];
            }
            for (int i = 0; i < size; i++) {
                if (days[i] == day) {
                    last = i;
                    return counts[i];
                }
            }
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            days[size] = day;
            counts[size] = new long[width];
            last = size;
            return counts[size++];
        }

        /** The ISO date of entry {@code i}: what SQLite's {@code date(t + 28800, 'unixepoch')} gives. */
        String day(int i) {
            return LocalDate.ofEpochDay(days[i]).toString();
        }
    }
}
