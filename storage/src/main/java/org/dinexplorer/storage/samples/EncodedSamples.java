package org.dinexplorer.storage.samples;

/**
 * A block of encoded samples in primitive row-major arrays, laid out exactly like the model's batch: histories are
 * left-padded, so sample {@code i} has its {@code historyLengths[i]} behaviours, oldest first, at positions
 * {@code L - historyLengths[i] .. L - 1} of row {@code [i * L, (i + 1) * L)} and index 0 before them.
 *
 * @param size           samples in the block
 * @param historyLength  L, positions per history row
 * @param userFeatures   {@code [field][sample]} indices in {@link SampleFields#USER_FIELDS} order
 * @param adFeatures     {@code [field][sample]} indices in {@link SampleFields#AD_FIELDS} order
 * @param price          {@code [sample]} standardised log1p(price); 0 when the ad has no price
 * @param histCate       {@code [sample * L + position]} indices of the {@code cate_id} table
 * @param histBrand      {@code [sample * L + position]} indices of the {@code brand} table
 * @param histBtag       {@code [sample * L + position]} indices of the {@code btag} table
 * @param histAge        {@code [sample * L + position]} seconds from the behaviour to the impression (at least 1,
 *                       since histories hold only earlier behaviours; 0 at padding)
 * @param historyLengths {@code [sample]} real behaviours, 0..L
 * @param labels         {@code [sample]} 1 for a click, 0 otherwise
 * @param userIds        {@code [sample]} raw user id
 * @param sampleIds      {@code [sample]} rowid of the impression in the {@code impressions} table
 */
public record EncodedSamples(int size, int historyLength, int[][] userFeatures, int[][] adFeatures, float[] price,
                             int[] histCate, int[] histBrand, int[] histBtag, int[] histAge, int[] historyLengths,
                             float[] labels, long[] userIds, long[] sampleIds) {

    /** Allocates zeroed arrays for {@code size} samples. */
    static EncodedSamples allocate(int size, int historyLength) {
        int cells = size * historyLength;
        return new EncodedSamples(size, historyLength, new int[SampleFields.USER_FIELDS.size()][size],
                new int[SampleFields.AD_FIELDS.size()][size], new float[size], new int[cells], new int[cells],
                new int[cells], new int[cells], new int[size], new float[size], new long[size], new long[size]);
    }
}
