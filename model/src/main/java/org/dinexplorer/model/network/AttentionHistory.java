package org.dinexplorer.model.network;

import java.util.List;
import java.util.SplittableRandom;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.NetworkConfig;
import org.dinexplorer.model.layers.AttentionPooling;
import org.dinexplorer.model.layers.LocalActivationUnit;
import org.dinexplorer.model.layers.Param;

/**
 * DIN's pooling: the local activation unit scores each real behaviour against the candidate ad, and the interest is
 * the score-weighted sum of the keys (optionally softmax-normalised per sample, {@link
 * NetworkConfig#attentionSoftmax}).
 */
final class AttentionHistory implements HistoryPooling {

    private final LocalActivationUnit attention;
    private final AttentionPooling pooling;

    AttentionHistory(DinConfig config, InputLayout layout, SplittableRandom random) {
        this.attention = new LocalActivationUnit("attention", layout.queryDim(), layout.keyDim(),
                config.network().attentionUnits(), config.network().activation(), random);
        this.pooling = new AttentionPooling(layout.keyDim(), config.network().attentionSoftmax());
    }

    @Override
    public float[] forward(float[] queries, float[] keys, int[] rowStart, int batch, boolean training) {
        float[] scores = attention.forward(queries, keys, rowStart, batch, training);
        pooling.forward(scores, keys, rowStart, batch);
        return pooling.interest();
    }

    @Override
    public void backward(float[] dInterest, float[] queries, float[] keys, int[] rowStart, int batch,
                         float[] dQueries, float[] dKeys) {
        float[] dScores = pooling.backward(dInterest, keys, rowStart, batch, dKeys);
        attention.backward(dScores, queries, keys, rowStart, batch, dQueries, dKeys);
    }

    @Override
    public float[] weights() {
        return pooling.weights();
    }

    @Override
    public List<Param> params() {
        return attention.params();
    }

    @Override
    public List<Param> state() {
        return attention.state();
    }
}
