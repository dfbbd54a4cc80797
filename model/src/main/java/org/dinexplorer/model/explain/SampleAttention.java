package org.dinexplorer.model.explain;

/**
 * Attention of one sample: the candidate ad, its history and the weight of each history position.
 *
 * @param sampleId       impression id from the batch
 * @param userId         raw user id
 * @param candidateCate  category index of the candidate ad
 * @param candidateBrand brand index of the candidate ad
 * @param probability    predicted click probability from the same forward pass
 * @param historyLength  real behaviours (the last {@code historyLength} positions)
 * @param histCate       category index per position [L], 0 at padded positions
 * @param histBrand      brand index per position [L]
 * @param histBtag       behaviour-type index per position [L]
 * @param weights        weight per position [L]: the DIN attention weight (raw unless the model uses softmax), the
 *                       pooling weight for BASE/LR; exactly 0 at padded positions
 */
public record SampleAttention(long sampleId, long userId, int candidateCate, int candidateBrand, float probability,
                              int historyLength, int[] histCate, int[] histBrand, int[] histBtag, float[] weights) {
}
