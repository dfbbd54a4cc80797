package org.dinexplorer.model.data;

/**
 * One mini-batch of encoded samples in primitive, row-major arrays. Indices follow {@link FeatureSchema}: 0 is padding,
 * 1 is unknown. Histories are left-padded: sample {@code i} has its {@code historyLengths[i]} real behaviours, oldest
 * first, at positions {@code L - historyLengths[i] .. L - 1} of its row {@code [i * L, (i + 1) * L)}.
 *
 * @param size           samples in the batch, at least 1
 * @param historyLength  L, positions per history row
 * @param userFeatures   {@code [userField][sample]} indices
 * @param adFeatures     {@code [adField][sample]} indices
 * @param price          {@code [sample]} transformed price (already normalised by the data pipeline)
 * @param histCate       {@code [sample * L + position]} category indices (the {@code cate_id} table)
 * @param histBrand      {@code [sample * L + position]} brand indices (the {@code brand} table)
 * @param histBtag       {@code [sample * L + position]} behaviour-type indices (the {@code btag} table)
 * @param histAge        {@code [sample * L + position]} seconds from the behaviour to the impression (at least 1 for a
 *                       real behaviour, which is strictly earlier; 0 at padding); see {@link TimeGapBuckets}
 * @param historyLengths {@code [sample]} real behaviours, 0..L
 * @param labels         {@code [sample]} 1 for a click, 0 otherwise
 * @param userIds        {@code [sample]} raw user id, used to group samples for GAUC
 * @param sampleIds      {@code [sample]} stable id of the impression, used to join predictions back
 */
public record Batch(int size, int historyLength, int[][] userFeatures, int[][] adFeatures, float[] price,
                    int[] histCate, int[] histBrand, int[] histBtag, int[] histAge, int[] historyLengths,
                    float[] labels, long[] userIds, long[] sampleIds) {

    /** Checks that every array has the length its description promises. */
    public Batch {
        if (size < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + size);
        }
        int cells = size * historyLength;
        requireLength("price", price.length, size);
        requireLength("histCate", histCate.length, cells);
        requireLength("histBrand", histBrand.length, cells);
        requireLength("histBtag", histBtag.length, cells);
        requireLength("histAge", histAge.length, cells);
        requireLength("historyLengths", historyLengths.length, size);
        requireLength("labels", labels.length, size);
        requireLength("userIds", userIds.length, size);
        requireLength("sampleIds", sampleIds.length, size);
        for (int[] column : userFeatures) {
            requireLength("userFeatures column", column.length, size);
        }
        for (int[] column : adFeatures) {
            requireLength("adFeatures column", column.length, size);
        }
    }

    /**
     * The id array {@code [sample * L + position]} of a history sequence of the schema.
     *
     * @throws IllegalArgumentException for a sequence this batch does not carry
     */
    public int[] history(HistorySequence sequence) {
        return switch (sequence.name()) {
            case "cate" -> histCate;
            case "brand" -> histBrand;
            case "btag" -> histBtag;
            default -> throw new IllegalArgumentException("a batch has no history sequence '" + sequence.name() + "'");
        };
    }

    private static void requireLength(String name, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(name + " has length " + actual + ", expected " + expected);
        }
    }
}
