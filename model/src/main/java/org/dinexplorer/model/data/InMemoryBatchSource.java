package org.dinexplorer.model.data;

import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A {@link BatchSource} over samples held in memory as one large {@link Batch}: for tests, benchmarks and small
 * data. The stable order is the order of the samples in that batch; {@link #shuffled} permutes it with a
 * Fisher-Yates shuffle seeded by the given seed.
 */
public final class InMemoryBatchSource implements BatchSource {

    private final FeatureSchema schema;
    private final Batch all;

    /**
     * @param schema schema of the samples
     * @param all    every sample of the split, history length equal to the schema's
     */
    public InMemoryBatchSource(FeatureSchema schema, Batch all) {
        if (all.historyLength() != schema.historyLength() || all.userFeatures().length != schema.userFields().size()
                || all.adFeatures().length != schema.adFields().size()) {
            throw new IllegalArgumentException("samples do not match the schema (fields or history length)");
        }
        this.schema = schema;
        this.all = all;
    }

    @Override
    public FeatureSchema schema() {
        return schema;
    }

    @Override
    public long sampleCount() {
        return all.size();
    }

    @Override
    public BatchStream shuffled(int batchSize, long seed) {
        int[] order = identity(all.size());
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return stream(order, batchSize);
    }

    @Override
    public BatchStream ordered(int batchSize) {
        return stream(identity(all.size()), batchSize);
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private BatchStream stream(int[] order, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        return new BatchStream() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < order.length;
            }

            @Override
            public Batch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int size = Math.min(batchSize, order.length - next);
                Batch batch = select(order, next, size);
                next += size;
                return batch;
            }

            @Override
            public void close() {
                next = order.length;
            }
        };
    }

    /** The samples {@code order[from .. from + size)} as one batch. */
    private Batch select(int[] order, int from, int size) {
        int len = all.historyLength();
        int[][] user = new int[all.userFeatures().length][size];
        int[][] ad = new int[all.adFeatures().length][size];
        float[] price = new float[size];
        int[] cate = new int[size * len];
        int[] brand = new int[size * len];
        int[] btag = new int[size * len];
        int[] age = new int[size * len];
        int[] lengths = new int[size];
        float[] labels = new float[size];
        long[] users = new long[size];
        long[] ids = new long[size];
        for (int i = 0; i < size; i++) {
            int s = order[from + i];
            for (int f = 0; f < user.length; f++) {
                user[f][i] = all.userFeatures()[f][s];
            }
            for (int f = 0; f < ad.length; f++) {
                ad[f][i] = all.adFeatures()[f][s];
            }
            price[i] = all.price()[s];
            System.arraycopy(all.histCate(), s * len, cate, i * len, len);
            System.arraycopy(all.histBrand(), s * len, brand, i * len, len);
            System.arraycopy(all.histBtag(), s * len, btag, i * len, len);
            System.arraycopy(all.histAge(), s * len, age, i * len, len);
            lengths[i] = all.historyLengths()[s];
            labels[i] = all.labels()[s];
            users[i] = all.userIds()[s];
            ids[i] = all.sampleIds()[s];
        }
        return new Batch(size, len, user, ad, price, cate, brand, btag, age, lengths, labels, users, ids);
    }
}
