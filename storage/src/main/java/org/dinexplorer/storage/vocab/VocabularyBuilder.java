package org.dinexplorer.storage.vocab;

import java.util.Arrays;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Collects training counts of one field's raw values and freezes them into a {@link Vocabulary}: values seen at least
 * {@code minCount} times get indices from 2 in order of descending count, ties broken by ascending raw key so the same
 * counts always give the same indices.
 */
public final class VocabularyBuilder {

    private final String name;
    private final IntCounter counter = new IntCounter();

    /** Creates a builder for the field or table {@code name}. */
    public VocabularyBuilder(String name) {
        this.name = name;
    }

    /** Counts one occurrence of {@code raw} ({@link Vocabulary#MISSING} for a missing value). */
    public void add(int raw) {
        counter.add(raw);
    }

    /** Counts {@code amount} occurrences of {@code raw}. */
    public void add(int raw, long amount) {
        counter.add(raw, amount);
    }

    /**
     * Freezes the counts into a vocabulary.
     *
     * @param minCount values counted fewer times map to unknown; at least 1
     */
    public Vocabulary build(int minCount) {
        return build(minCount, null);
    }

    /**
     * Freezes the counts into a vocabulary whose entries carry display labels.
     *
     * @param minCount values counted fewer times map to unknown; at least 1
     * @param labeler  display text of a raw key, or null to print raw keys
     */
    public Vocabulary build(int minCount, @Nullable IntFunction<String> labeler) {
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be at least 1, got " + minCount);
        }
        long[] packed = Arrays.stream(counter.keys())
                .filter(key -> counter.count(key) >= minCount)
                .mapToLong(key -> sortKey(counter.count(key), key))
                .sorted()
                .toArray();
        int[] raw = new int[packed.length];
        long[] counts = new long[packed.length];
        String[] labels = labeler == null ? null : new String[packed.length];
        for (int i = 0; i < packed.length; i++) {
            raw[i] = (int) packed[i] ^ Integer.MIN_VALUE;
            counts[i] = counter.count(raw[i]);
            if (labels != null) {
                labels[i] = labeler.apply(raw[i]);
            }
        }
        return new Vocabulary(name, raw, counts, labels);
    }

    /**
     * Packs (count descending, raw ascending) into one ascending long: the high 32 bits hold the negated count and the
     * low 32 bits the raw key shifted to unsigned order. Counts above 2^31 are clamped, which only merges ties.
     */
    private static long sortKey(long count, int raw) {
        long clamped = Math.min(count, Integer.MAX_VALUE);
        long rawUnsigned = (raw & 0xFFFFFFFFL) ^ 0x80000000L;
        return ((Integer.MAX_VALUE - clamped) << 32) | rawUnsigned;
    }
}
