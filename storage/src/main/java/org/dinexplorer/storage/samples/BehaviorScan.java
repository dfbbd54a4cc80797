package org.dinexplorer.storage.samples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.vocab.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * The two sequential scans of {@code behaviors} that {@link HistoryBuilder} needs, either on the building thread or
 * split into rowid ranges read on the caller's executor (one connection per range). Reading rows through JDBC is the
 * cost that dominates a build, so parallel readers shorten it on machines with spare cores. In the parallel pass 2
 * the readers only decode rows; the building thread alone applies them to the gap heaps.
 */
final class BehaviorScan {

    /** Maps a behaviour to its gap, or -1; must be safe to call from several threads. */
    interface GapFinder {
        int gapOf(int user, int time);
    }

    private interface RowSink {
        void accept(int gap, int time, long cateAndTag, int brand);
    }

    private static final String PASS1 = "SELECT (user << 32) | time_stamp FROM behaviors WHERE rowid >= ? AND rowid < ?";
    private static final String PASS2 = "SELECT (user << 32) | time_stamp, (cate << 3) | btag, coalesce(brand, "
            + Vocabulary.MISSING + ") FROM behaviors WHERE rowid >= ? AND rowid < ?";
    private static final int CHECK_EVERY = 1 << 20;

    private final Database database;
    private final Connection connection;
    private final @Nullable Executor executor;
    private final int readers;
    private final BuildListener listener;
    private final BooleanSupplier stop;
    private final long firstRowId;
    private final long endRowId;

    BehaviorScan(Database database, Connection connection, @Nullable Executor executor, int readers,
                 BuildListener listener, BooleanSupplier stop) throws SQLException {
        this.database = database;
        this.connection = connection;
        this.executor = readers > 1 ? executor : null;
        this.readers = executor == null ? 1 : Math.max(1, readers);
        this.listener = listener;
        this.stop = stop;
        try (Statement statement = connection.createStatement();
             // Two scalar subqueries, because SQLite answers min() or max() from the b-tree's ends only when each
             // stands alone: "SELECT min(rowid), max(rowid)" reads the whole table (minutes at 723 M rows).
             ResultSet row = statement.executeQuery("SELECT coalesce((SELECT min(rowid) FROM behaviors), 1), "
                     + "coalesce((SELECT max(rowid) FROM behaviors), 0)")) {
            row.next();
            firstRowId = row.getLong(1);
            endRowId = row.getLong(2) + 1;
        }
    }

    long estimatedRows() {
        return Math.max(0, endRowId - firstRowId);
    }

    /** Pass 1: adds one to {@code counts[gap]} per behaviour that has a gap; returns the rows read. */
    long countGaps(GapFinder finder, int[] counts) throws SQLException {
        String phase = "Reading behaviours (pass 1 of 2)";
        if (executor == null) {
            return sequential(PASS1, finder, (gap, t, c, b) -> counts[gap]++, phase);
        }
        List<int[]> partials = new ArrayList<>();
        AtomicLong rows = new AtomicLong();
        AtomicBoolean abort = new AtomicBoolean();
        List<CompletableFuture<Void>> tasks = new ArrayList<>();
        for (long[] range : ranges()) {
            int[] local = new int[counts.length];
            partials.add(local);
            tasks.add(CompletableFuture.runAsync(() -> readRange(PASS1, range, finder,
                    (gap, t, c, b) -> local[gap]++, rows::addAndGet, abort::get), executor));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new));
        while (!await(all, abort)) {
            listener.onProgress(phase, rows.get(), estimatedRows());
        }
        for (int[] local : partials) {
            for (int g = 0; g < counts.length; g++) {
                counts[g] += local[g];
            }
        }
        listener.onProgress(phase, rows.get(), rows.get());
        return rows.get();
    }

    /** Pass 2: offers every behaviour that has a gap to {@code heaps}; returns the rows read. */
    long collect(GapFinder finder, GapHeaps heaps) throws SQLException {
        String phase = "Reading behaviours (pass 2 of 2)";
        if (executor == null) {
            return sequential(PASS2, finder, (gap, t, c, b) -> heaps.offer(gap, t, (byte) (c & 7), (int) (c >> 3), b),
                    phase);
        }
        BlockingQueue<DecodedRows> queue = new ArrayBlockingQueue<>(4 * readers);
        AtomicLong rows = new AtomicLong();
        AtomicBoolean abort = new AtomicBoolean();
        List<CompletableFuture<Void>> tasks = new ArrayList<>();
        for (long[] range : ranges()) {
            tasks.add(CompletableFuture.runAsync(() -> produceBlocks(range, finder, queue, rows, abort), executor));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new));
        long lastReport = 0;
        while (true) {
            DecodedRows block = poll(queue);
            if (block != null) {
                block.applyTo(heaps);
            } else if (all.isDone() && queue.isEmpty()) {
                await(all, abort);
                break;
            }
            if (stop.getAsBoolean() || all.isCompletedExceptionally()) {
                abort.set(true);
                queue.clear();
                await(all, abort);
            }
            if (rows.get() - lastReport >= CHECK_EVERY) {
                lastReport = rows.get();
                listener.onProgress(phase, lastReport, estimatedRows());
            }
        }
        listener.onProgress(phase, rows.get(), rows.get());
        return rows.get();
    }

    private void produceBlocks(long[] range, GapFinder finder, BlockingQueue<DecodedRows> queue, AtomicLong rows,
                               AtomicBoolean abort) {
        DecodedRows[] current = {new DecodedRows()};
        readRange(PASS2, range, finder, (gap, t, c, b) -> {
            current[0].add(gap, t, c, b);
            if (current[0].size() == DecodedRows.CAPACITY) {
                offer(queue, current[0], abort);
                current[0] = new DecodedRows();
            }
        }, rows::addAndGet, abort::get);
        offer(queue, current[0], abort);
    }

    private static void offer(BlockingQueue<DecodedRows> queue, DecodedRows block, AtomicBoolean abort) {
        try {
            while (!abort.get() && !queue.offer(block, 100, TimeUnit.MILLISECONDS)) {
                // the building thread is behind; wait for room unless the build was stopped
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while reading behaviours");
        }
    }

    private static @Nullable DecodedRows poll(BlockingQueue<DecodedRows> queue) {
        try {
            return queue.poll(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while building histories");
        }
    }

    /**
     * Waits up to a second for the readers; true when they are done. Stops them and throws when a stop was requested;
     * rethrows a reader's failure.
     */
    private boolean await(CompletableFuture<Void> all, AtomicBoolean abort) {
        try {
            all.get(1, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            if (!stop.getAsBoolean()) {
                return false;
            }
            abort.set(true);
            all.exceptionally(failure -> null).join();
        } catch (InterruptedException e) {
            abort.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while reading behaviours");
        } catch (java.util.concurrent.ExecutionException e) {
            abort.set(true);
            all.exceptionally(failure -> null).join();
            Throwable cause = e.getCause() instanceof CompletionException wrapped && wrapped.getCause() != null
                    ? wrapped.getCause() : e.getCause();
            if (cause instanceof RuntimeException failure && !(failure instanceof CancellationException)) {
                throw failure;
            }
            if (cause instanceof Error error) {
                throw error;
            }
        }
        ImpressionTable.checkStop(stop);
        return true;
    }

    private long sequential(String sql, GapFinder finder, RowSink sink, String phase) throws SQLException {
        long[] rows = {0};
        readRange(connection, sql, new long[] {firstRowId, endRowId}, finder, sink, count -> {
            rows[0] += count;
            listener.onProgress(phase, rows[0], estimatedRows());
        }, stop);
        listener.onProgress(phase, rows[0], rows[0]);
        return rows[0];
    }

    private void readRange(String sql, long[] range, GapFinder finder, RowSink sink, LongConsumer onRows,
                           BooleanSupplier abort) {
        try (Connection own = database.connect()) {
            own.setAutoCommit(false);
            readRange(own, sql, range, finder, sink, onRows, abort);
            own.commit();
        } catch (SQLException e) {
            throw new StorageException("Reading table behaviors failed: " + e.getMessage(), e);
        }
    }

    private static void readRange(Connection connection, String sql, long[] range, GapFinder finder, RowSink sink,
                                  LongConsumer onRows, BooleanSupplier abort) throws SQLException {
        boolean full = sql.equals(PASS2);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, range[0]);
            statement.setLong(2, range[1]);
            try (ResultSet row = statement.executeQuery()) {
                int sinceReport = 0;
                while (row.next()) {
                    // user and time arrive packed in one value: one JDBC call instead of two on every row
                    long userAndTime = row.getLong(1);
                    int gap = finder.gapOf(PackedRows.user(userAndTime), PackedRows.time(userAndTime));
                    if (gap >= 0) {
                        long cateAndTag = full ? PackedRows.cateAndTag(row.getLong(2)) : 0;
                        sink.accept(gap, (int) userAndTime, cateAndTag, full ? (int) row.getLong(3) : 0);
                    }
                    if (++sinceReport == CHECK_EVERY) {
                        ImpressionTable.checkStop(abort);
                        onRows.accept(sinceReport);
                        sinceReport = 0;
                    }
                }
                onRows.accept(sinceReport);
            }
        }
    }

    private List<long[]> ranges() {
        List<long[]> ranges = new ArrayList<>();
        long span = Math.max(1, (endRowId - firstRowId + readers - 1) / readers);
        for (long lo = firstRowId; lo < endRowId; lo += span) {
            ranges.add(new long[] {lo, Math.min(endRowId, lo + span)});
        }
        return ranges;
    }
}
