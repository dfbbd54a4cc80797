package org.dinexplorer.model.optimizer;

/**
 * How one optimizer step changes a range of values from their gradients. Every value carries two state slots
 * ({@code m}, {@code v}: Adam's first and second moments; a rule without state leaves them alone), stored at the
 * same positions as the values by dense parameters and embedding tables alike, so one rule serves both and model
 * files save the slots with the weights.
 */
@FunctionalInterface
public interface UpdateRule {

    /**
     * Updates {@code values}, {@code m} and {@code v} at {@code offset .. offset + length} from the gradients at
     * {@code gradOffset .. gradOffset + length}.
     */
    void apply(float[] values, float[] m, float[] v, int offset, float[] grads, int gradOffset, int length);
}
