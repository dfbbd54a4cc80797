package org.dinexplorer.model.layers;

import java.util.List;

/** An element-wise activation with learnable per-unit parameters, applied to [rows, units] row-major arrays. */
public interface Activation {

    /**
     * {@code y = f(s)}, shape [rows, units] to [rows, units].
     *
     * @param training use batch statistics (Dice) and keep what the backward pass needs
     */
    void forward(float[] s, float[] y, int rows, boolean training);

    /**
     * {@code ds = dL/ds} from {@code dy = dL/dy}; adds the gradients of the activation's own parameters. Must follow
     * a training-mode {@link #forward} of the same {@code s}.
     */
    void backward(float[] s, float[] dy, float[] ds, int rows);

    /** Trainable parameters (slopes). */
    List<Param> params();

    /** Non-trainable state saved with a model (running statistics); only values matter. */
    List<Param> state();
}
