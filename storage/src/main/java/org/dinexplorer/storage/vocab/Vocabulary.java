package org.dinexplorer.storage.vocab;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map between the raw values of one categorical field and dense indices. Index {@link #PADDING} (0) marks
 * an empty history position, index {@link #UNKNOWN} (1) any value not in the vocabulary; real values occupy indices
 * 2 .. {@code size() - 1}. A missing (SQL {@code NULL}) value is the raw key {@link #MISSING} and, when it occurred
 * often enough in training, has its own index like any other value.
 */
public final class Vocabulary {

    /** Index of an empty (padded) history position. */
    public static final int PADDING = 0;
    /** Index of a value that is not in the vocabulary. */
    public static final int UNKNOWN = 1;
    /** Raw key standing for a missing (SQL {@code NULL}) value. */
    public static final int MISSING = Integer.MIN_VALUE;
    /** Largest raw key for which lookups use a direct array instead of a binary search. */
    private static final int DIRECT_LIMIT = 1 << 24;

    private final String name;
    private final int[] rawByIndex;
    private final long[] counts;
    private final String @Nullable [] labels;
    private final int[] sortedKeys;
    private final int[] sortedIndices;
    private final int @Nullable [] direct;
    private final int missingIndex;

    /**
     * Creates a vocabulary from its entries in index order.
     *
     * @param name       field or table name, e.g. {@code cate_id}
     * @param rawValues  raw key of indices 2, 3, ... (distinct)
     * @param counts     training count of each entry of {@code rawValues}
     * @param labels     display text of each entry (e.g. the {@code pid} strings), or null to print the raw keys
     */
    public Vocabulary(String name, int[] rawValues, long[] counts, String @Nullable [] labels) {
        if (rawValues.length != counts.length || labels != null && labels.length != rawValues.length) {
            throw new IllegalArgumentException("vocabulary '" + name + "': entry arrays differ in length");
        }
        this.name = Objects.requireNonNull(name);
        this.rawByIndex = rawValues.clone();
        this.counts = counts.clone();
        this.labels = labels == null ? null : labels.clone();
        this.sortedKeys = rawValues.clone();
        Arrays.sort(sortedKeys);
        this.sortedIndices = new int[sortedKeys.length];
        int missing = UNKNOWN;
        int maxKey = -1;
        for (int i = 0; i < rawValues.length; i++) {
            sortedIndices[Arrays.binarySearch(sortedKeys, rawValues[i])] = i + 2;
            if (rawValues[i] == MISSING) {
                missing = i + 2;
            } else if (rawValues[i] < 0) {
                maxKey = Integer.MAX_VALUE;
            } else {
                maxKey = Math.max(maxKey, rawValues[i]);
            }
        }
        this.missingIndex = missing;
        this.direct = maxKey < DIRECT_LIMIT ? directTable(rawValues, maxKey) : null;
    }

    private static int[] directTable(int[] rawValues, int maxKey) {
        int[] table = new int[maxKey + 1];
        Arrays.fill(table, UNKNOWN);
        for (int i = 0; i < rawValues.length; i++) {
            if (rawValues[i] >= 0) {
                table[rawValues[i]] = i + 2;
            }
        }
        return table;
    }

    /** The field or table name. */
    public String name() {
        return name;
    }

    /** Number of indices including padding and unknown, so at least 2. */
    public int size() {
        return rawByIndex.length + 2;
    }

    /** The index of raw key {@code raw}; {@link #UNKNOWN} if it is not in the vocabulary. */
    public int indexOf(int raw) {
        if (raw == MISSING) {
            return missingIndex;
        }
        int[] table = direct;
        if (table != null) {
            return raw >= 0 && raw < table.length ? table[raw] : UNKNOWN;
        }
        int position = Arrays.binarySearch(sortedKeys, raw);
        return position >= 0 ? sortedIndices[position] : UNKNOWN;
    }

    /**
     * The raw key at {@code index}.
     *
     * @param index 2 .. {@code size() - 1}
     * @throws IllegalArgumentException for padding, unknown or an index out of range
     */
    public int rawValue(int index) {
        if (index < 2 || index >= size()) {
            throw new IllegalArgumentException("vocabulary '" + name + "' has no raw value at index " + index);
        }
        return rawByIndex[index - 2];
    }

    /** Training count of the value at {@code index} (2 .. size - 1). */
    public long count(int index) {
        rawValue(index);
        return counts[index - 2];
    }

    /** Display text of {@code index}: {@code <pad>}, {@code <unknown>}, {@code NULL}, a label or the raw key. */
    public String label(int index) {
        if (index == PADDING) {
            return "<pad>";
        }
        if (index == UNKNOWN) {
            return "<unknown>";
        }
        int raw = rawValue(index);
        if (labels != null) {
            return labels[index - 2];
        }
        return raw == MISSING ? "NULL" : Integer.toString(raw);
    }

    /** Whether entries carry display labels instead of printing their raw keys. */
    public boolean hasLabels() {
        return labels != null;
    }

    /** SHA-256 (hex) of the name, the size and the index-to-value list; equal vocabularies have equal hashes. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((name + '\n' + size() + '\n').getBytes(StandardCharsets.UTF_8));
            ByteBuffer buffer = ByteBuffer.allocate(12);
            for (int i = 0; i < rawByIndex.length; i++) {
                buffer.clear();
                buffer.putInt(rawByIndex[i]).putLong(counts[i]);
                digest.update(buffer.array());
                if (labels != null) {
                    digest.update((labels[i] + '\n').getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
