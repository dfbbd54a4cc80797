package org.dinexplorer.model.layers;

import java.util.List;
import org.dinexplorer.model.config.ActivationKind;

/** An element-wise activation with learnable per-unit parameters, applied to [rows, units] row-major arrays. */
public interface Activation {

    /**
     * A new activation of {@code kind} for {@code units} units, its parameters named after the layer it follows
     * ({@code layerName + ".prelu"} or {@code ".dice"}, the keys in model files).
     */
    static Activation of(ActivationKind kind, String layerName, int units) {
        return switch (kind) {
            case PRELU -> new PRelu(layerName + ".prelu", units);
            case DICE -> new Dice(layerName + ".dice", units);
        };
    }

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
