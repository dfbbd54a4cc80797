package org.dinexplorer.app.service.dataset;

import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.BatchSource;
import org.dinexplorer.model.data.BatchStream;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.storage.prefetch.Prefetcher;
import org.dinexplorer.storage.samples.EncodedSamples;
import org.dinexplorer.storage.samples.SampleReader;
import org.dinexplorer.storage.samples.Split;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One split of the built dataset (read through the storage module's {@link SampleReader}) as the model's
 * {@link BatchSource}. Each stream assembles its batches on a background thread a few batches ahead of the model
 * (bounded queue); closing the stream stops that thread.
 */
public final class TrainingSetBatchSource implements BatchSource {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingSetBatchSource.class);
    /** Batches assembled ahead of the consumer. */
    static final int PREFETCH = 4;

    private final SampleReader reader;
    private final Split split;
    private final FeatureSchema schema;

    /** A source over {@code split} of {@code reader}, with batches that follow {@code schema}. */
    public TrainingSetBatchSource(SampleReader reader, Split split, FeatureSchema schema) {
        this.reader = reader;
        this.split = split;
        this.schema = schema;
    }

    @Override
    public FeatureSchema schema() {
        return schema;
    }

    @Override
    public long sampleCount() {
        return reader.sampleCount(split);
    }

    /** The split this source reads. */
    public Split split() {
        return split;
    }

    @Override
    public BatchStream shuffled(int batchSize, long seed) {
        requireBatchSize(batchSize);
        int n = reader.sampleCount(split);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // Fisher-Yates with a seeded generator: the same seed gives the same order on every machine
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return new PrefetchingStream(batchSize, order);
    }

    @Override
    public BatchStream ordered(int batchSize) {
        requireBatchSize(batchSize);
        return new PrefetchingStream(batchSize, null);
    }

    private static void requireBatchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
    }

    static Batch toBatch(EncodedSamples s) {
        return new Batch(s.size(), s.historyLength(), s.userFeatures(), s.adFeatures(), s.price(), s.histCate(),
                s.histBrand(), s.histBtag(), s.histAge(), s.historyLengths(), s.labels(), s.userIds(), s.sampleIds());
    }

    /** Batches assembled by a daemon thread into a bounded queue; a failure there is rethrown by the consumer. */
    private final class PrefetchingStream implements BatchStream {

        private final Prefetcher<Batch> batches;
        private @Nullable Batch next;

        PrefetchingStream(int batchSize, int @Nullable [] order) {
            batches = Prefetcher.start("batches-" + split.id(), PREFETCH, sink -> produce(batchSize, order, sink));
        }

        private void produce(int batchSize, int @Nullable [] order, Prefetcher.Sink<Batch> sink)
                throws InterruptedException {
            int n = reader.sampleCount(split);
            try {
                for (int from = 0; from < n; from += batchSize) {
                    int count = Math.min(batchSize, n - from);
                    EncodedSamples block = order == null ? reader.readRange(split, from, count)
                            : reader.read(split, order, from, count);
                    sink.put(toBatch(block));
                }
            } catch (RuntimeException e) {
                LOG.debug("Assembling {} batches failed", split.id(), e);
                throw e;
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    // returns null once closed, also when closed from another thread while this one waits
                    next = batches.next();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("Interrupted while waiting for the next batch");
                }
            }
            return next != null;
        }

        @Override
        public Batch next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more batches in the " + split.id() + " split");
            }
            Batch batch = next;
            next = null;
            return batch;
        }

        @Override
        public void close() {
            batches.close();
        }
    }
}
