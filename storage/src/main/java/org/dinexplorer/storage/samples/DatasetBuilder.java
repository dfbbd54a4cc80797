package org.dinexplorer.storage.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.dinexplorer.storage.NotEnoughHeapException;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.vocab.Vocabulary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the training set of a database: splits, leakage-free histories, vocabularies, price transform and
 * fingerprint. The arrays go to the folder {@code <database>.dataset/} (written to a temporary folder first and moved
 * into place), the settings and vocabularies to the database. A cancelled build leaves the previous dataset as it was.
 */
public final class DatasetBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetBuilder.class);
    /**
     * Heap the build needs per impression, a lower bound so that no build that would fit is refused: while the
     * histories are built the heap holds each impression's user, time, ad, dense user, day and split (21 bytes) and
     * up to one gap of four ints (16 bytes); sorting the impressions briefly takes more. The columns themselves are
     * written to mapped files and take no heap.
     */
    static final long HEAP_PER_IMPRESSION = 37;

    private final Database database;
    private final @Nullable Executor readerExecutor;
    private final int readerCount;

    /** Creates a builder that does all its work on the calling thread. */
    public DatasetBuilder(Database database) {
        this(database, null, 1);
    }

    /**
     * Creates a builder that reads the behaviour table in {@code readerCount} rowid ranges on {@code readerExecutor}
     * (one database connection each), which shortens builds on machines with spare cores. The result is the same
     * as with one reader.
     *
     * @param readerExecutor runs the readers; must be able to run {@code readerCount} tasks at once; null: no threads
     * @param readerCount    parallel readers, 1 to 16 (1 reads on the calling thread)
     */
    public DatasetBuilder(Database database, @Nullable Executor readerExecutor, int readerCount) {
        if (readerCount < 1 || readerCount > 16) {
            throw new IllegalArgumentException("reader count must be 1..16, got " + readerCount);
        }
        this.database = database;
        this.readerExecutor = readerExecutor;
        this.readerCount = readerCount;
    }

    /** The folder that holds the dataset arrays of the database file {@code databaseFile}. */
    public static Path datasetFolder(Path databaseFile) {
        Path absolute = databaseFile.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".dataset");
    }

    /**
     * Builds (or rebuilds) the dataset.
     *
     * @param config   settings of the build
     * @param listener receives progress on this thread
     * @param stop     polled between phases and every million rows; when true the build stops
     * @return sizes, vocabulary sizes and fingerprint of the new dataset
     * @throws StorageException if the data cannot be split (no impressions, bad test day) or a file cannot be written
     * @throws java.util.concurrent.CancellationException when {@code stop} became true; nothing was changed
     */
    public DatasetSummary build(DatasetConfig config, BuildListener listener, BooleanSupplier stop) {
        long started = System.nanoTime();
        LOG.info("Building training set of {} with {}", database.file(), config);
        Path target = datasetFolder(database.file());
        try (Connection connection = database.connect()) {
            // one read snapshot for every pass on this connection (parallel readers use their own connections)
            connection.setAutoCommit(false);
            int impressionCount = ImpressionTable.count(connection);
            NotEnoughHeapException.check(String.format(Locale.ROOT, "Building a training set of %,d impressions",
                    impressionCount), HEAP_PER_IMPRESSION * impressionCount);
            Built[] built = new Built[1];
            AtomicFolder.write(target, folder -> built[0] = buildInto(folder, connection, impressionCount, config,
                    listener, stop, started));
            connection.setAutoCommit(true);
            long mark = logPhase("moved the dataset folder into place", started);
            DatasetStore.save(connection, built[0].summary(), built[0].fingerprintText(), built[0].vocabularies());
            logPhase("saved vocabularies and settings", mark);
            LOG.info("Built training set {} in {} ms", built[0].summary().fingerprint(),
                    built[0].summary().buildMillis());
            return built[0].summary();
        } catch (SQLException e) {
            throw failure(e);
        } catch (IOException e) {
            throw new StorageException("Cannot write the dataset folder " + target + ": " + e.getMessage(), e);
        }
    }

    private StorageException failure(SQLException e) {
        return new StorageException("Building the training set of " + database.file() + " failed: " + e.getMessage(),
                e);
    }

    private record Built(DatasetSummary summary, String fingerprintText, Map<String, Vocabulary> vocabularies) {
    }

    /**
     * Writes every column into {@code folder} as it is built (they never all sit in the heap), then computes the
     * vocabularies, price moments and fingerprint from the mapped columns and writes the fingerprint file last.
     */
    private Built buildInto(Path folder, Connection connection, int impressionCount, DatasetConfig config,
                            BuildListener listener, BooleanSupplier stop, long started) {
        try {
            ImpressionTable impressions = ImpressionTable.load(connection, impressionCount, folder, listener, stop);
            long mark = logPhase("read and ordered impressions", started);
            SplitPlan plan = SplitPlan.assign(impressions.time, impressions.userRaw, config);
            DatasetArrays.Column.IMP_SPLIT.create(folder, impressions.size()).putBytes(plan.splitOf);
            long behaviorCount = assemble(connection, folder, impressions, config, listener, stop);
            mark = logPhase("read users, ads and behaviours, built histories", mark);
            ImpressionTable.checkStop(stop);
            listener.onProgress("Building vocabularies", 0, -1);
            DatasetArrays data = DatasetArrays.open(folder);
            Map<String, Vocabulary> vocabs = VocabularyPlan.build(data, config.minCount());
            double[] price = priceMoments(data);
            String text = DatasetFingerprint.text(connection, config, plan, vocabs, price[0], price[1],
                    data.impressionCount(), behaviorCount);
            connection.commit();
            String fingerprint = DatasetFingerprint.sha256(text);
            DatasetSummary summary = summary(fingerprint, config, plan, data, behaviorCount, vocabs, price, started);
            DatasetArrays.writeFingerprint(folder, fingerprint);
            logPhase("built vocabularies and fingerprint", mark);
            return new Built(summary, text, vocabs);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Logs how long a phase took (wall time, and the building thread's CPU time so far, which stays meaningful when
     * other processes compete for the cores) and returns the time its successor starts.
     */
    private static long logPhase(String phase, long since) {
        long now = System.nanoTime();
        long cpuMillis = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        LOG.info("Training set build: {} in {} ms (thread CPU time so far {} ms)", phase, (now - since) / 1_000_000,
                cpuMillis);
        return now;
    }

    /** Writes the dense user and ad columns, the user and ad tables and the histories; returns behaviours read. */
    private long assemble(Connection connection, Path folder, ImpressionTable imp, DatasetConfig config,
                          BuildListener listener, BooleanSupplier stop) throws SQLException {
        IdIndex users = IdIndex.of(imp.userRaw);
        IdIndex ads = IdIndex.of(imp.adgroupRaw);
        int n = imp.size();
        int[] userDense = new int[n];
        ColumnFile adDense = DatasetArrays.Column.IMP_AD.create(folder, n);
        for (int i = 0; i < n; i++) {
            userDense[i] = users.indexOf(imp.userRaw[i]);
            adDense.putInt(i, ads.indexOf(imp.adgroupRaw[i]));
        }
        DatasetArrays.Column.IMP_USER.create(folder, n).putInts(userDense);
        ImpressionTable.checkStop(stop);
        listener.onProgress("Reading users and ads", 0, -1);
        float[] adPrice = new float[ads.size()];
        int[][] adColumns = EntityTables.loadAds(connection, ads, adPrice);
        DatasetArrays.writeTables(folder, EntityTables.loadUsers(connection, users), adColumns, adPrice,
                java.util.List.of(imp.pidLabels));
        BehaviorScan scan = new BehaviorScan(database, connection, readerExecutor, readerCount, listener, stop);
        return new HistoryBuilder(config.historyLength(), users, userDense, imp.time)
                .build(scan, folder, userDense, imp.time);
    }

    /** Mean and standard deviation of log1p(price) over training impressions (Welford, for numeric stability). */
    static double[] priceMoments(DatasetArrays data) {
        long count = 0;
        double mean = 0;
        double squares = 0;
        byte train = (byte) Split.TRAIN.ordinal();
        for (int i = 0; i < data.impressionCount(); i++) {
            float price = data.adPrice[data.adDense.getInt(i)];
            if (data.split.getByte(i) != train || Float.isNaN(price)) {
                continue;
            }
            double x = Math.log1p(Math.max(0, price));
            count++;
            double delta = x - mean;
            mean += delta / count;
            squares += delta * (x - mean);
        }
        double std = count > 1 ? Math.sqrt(squares / count) : 0;
        return new double[] {mean, std > 0 ? std : 1};
    }

    private static DatasetSummary summary(String fingerprint, DatasetConfig config, SplitPlan plan, DatasetArrays data,
                                          long behaviorCount, Map<String, Vocabulary> vocabs, double[] price,
                                          long started) {
        Map<Split, SplitStats> splits = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            splits.put(split, stats(data, plan, split));
        }
        Map<String, Integer> sizes = new LinkedHashMap<>();
        vocabs.forEach((name, vocab) -> sizes.put(name, vocab.size()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new DatasetSummary(fingerprint, config, plan.testDay, splits, data.userColumns[0].length,
                data.adColumns[0].length, behaviorCount, data.behTime.length(), sizes, price[0], price[1],
                millis);
    }

    static SplitStats stats(DatasetArrays data, SplitPlan plan, Split split) {
        long samples = 0;
        long clicks = 0;
        int firstDay = Integer.MAX_VALUE;
        int lastDay = Integer.MIN_VALUE;
        BitSet users = new BitSet(data.userColumns[0].length);
        for (int i = 0; i < data.impressionCount(); i++) {
            if (data.split.getByte(i) == split.ordinal()) {
                samples++;
                clicks += data.clk.getByte(i);
                users.set(data.userDense.getInt(i));
                firstDay = Math.min(firstDay, plan.dayOf[i]);
                lastDay = Math.max(lastDay, plan.dayOf[i]);
            }
        }
        return new SplitStats(samples, clicks, users.cardinality(),
                samples == 0 ? null : java.time.LocalDate.ofEpochDay(firstDay),
                samples == 0 ? null : java.time.LocalDate.ofEpochDay(lastDay));
    }
}
