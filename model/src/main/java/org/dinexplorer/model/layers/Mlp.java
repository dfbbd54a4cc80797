package org.dinexplorer.model.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dinexplorer.model.config.ActivationKind;

/**
 * Stack of hidden fully connected layers with an activation each, followed by a linear output layer:
 * [rows, in] to [rows, out]. The input array passed to {@link #forward} must stay unchanged until {@link #backward}.
 */
public final class Mlp {

    private final List<Dense> layers = new ArrayList<>();
    private final List<Activation> activations = new ArrayList<>();
    private final float[][] pre;
    private final float[][] post;
    private float[] gradA = new float[0];
    private float[] gradB = new float[0];
    private float[] input = new float[0];

    /**
     * @param name       parameter name prefix
     * @param in         input units
     * @param hidden     hidden layer sizes, may be empty
     * @param out        output units of the final linear layer
     * @param activation activation of the hidden layers
     * @param random     source of the initial weights
     */
    public Mlp(String name, int in, List<Integer> hidden, int out, ActivationKind activation,
               SplittableRandom random) {
        int width = in;
        for (int i = 0; i < hidden.size(); i++) {
            int units = hidden.get(i);
            layers.add(new Dense(name + ".h" + i, width, units, random));
            activations.add(Activation.of(activation, name + ".h" + i, units));
            width = units;
        }
        layers.add(new Dense(name + ".out", width, out, random));
        pre = new float[layers.size()][0];
        post = new float[layers.size()][0];
    }

    /** All trainable parameters, in a fixed order. */
    public List<Param> params() {
        List<Param> all = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            all.addAll(layers.get(i).params());
            if (i < activations.size()) {
                all.addAll(activations.get(i).params());
            }
        }
        return all;
    }

    /** Non-trainable state (Dice running statistics). */
    public List<Param> state() {
        List<Param> all = new ArrayList<>();
        activations.forEach(a -> all.addAll(a.state()));
        return all;
    }

    /** The first layer, for callers that compute its product themselves. */
    public Dense first() {
        return layers.get(0);
    }

    /**
     * Runs all layers on [rows, in] and returns the output array [rows, out] (owned by this MLP, valid until the
     * next call).
     */
    public float[] forward(float[] x, int rows, boolean training) {
        input = x;
        float[] current = x;
        for (int i = 0; i < layers.size(); i++) {
            Dense layer = layers.get(i);
            pre[i] = Buffers.ensure(pre[i], rows * layer.out());
            layer.forward(current, rows, pre[i]);
            current = pre[i];
            if (i < activations.size()) {
                post[i] = Buffers.ensure(post[i], rows * layer.out());
                activations.get(i).forward(pre[i], post[i], rows, training);
                current = post[i];
            }
        }
        return current;
    }

    /**
     * Back-propagates {@code dOut} [rows, out], accumulating parameter gradients, and returns {@code dL/dx}
     * [rows, in] (owned by this MLP) or null when {@code needInputGradient} is false.
     */
    public float[] backward(float[] dOut, int rows, boolean needInputGradient) {
        float[] grad = dOut;
        for (int i = layers.size() - 1; i >= 0; i--) {
            Dense layer = layers.get(i);
            if (i < activations.size()) {
                float[] target = spare(grad, rows * layer.out());
                activations.get(i).backward(pre[i], grad, target, rows);
                grad = target;
            }
            float[] layerInput = i == 0 ? input : post[i - 1];
            float[] dx = i > 0 || needInputGradient ? spare(grad, rows * layer.in()) : null;
            layer.backward(layerInput, grad, rows, dx);
            grad = dx;
        }
        return grad;
    }

    /** A work array other than {@code inUse}, of at least {@code size} values. */
    private float[] spare(float[] inUse, int size) {
        if (inUse == gradA) {
            gradB = Buffers.ensure(gradB, size);
            return gradB;
        }
        gradA = Buffers.ensure(gradA, size);
        return gradA;
    }
}
