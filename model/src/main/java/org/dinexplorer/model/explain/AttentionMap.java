package org.dinexplorer.model.explain;

import java.util.List;

/**
 * Attention of every sample of one batch, in batch order.
 *
 * @param samples one entry per sample
 */
public record AttentionMap(List<SampleAttention> samples) {

    /** Copies the list. */
    public AttentionMap {
        samples = List.copyOf(samples);
    }
}
