package org.dinexplorer.model.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dinexplorer.model.embedding.SparseEmbeddingTable;
import org.dinexplorer.model.layers.Param;
import org.dinexplorer.model.network.DinModel;

/**
 * One weight array of a model under its exchange name, with its shape: the unit that safetensors and ONNX files hold.
 * Names are the network's own parameter names ({@code attention.h0.W}, {@code top.h1.prelu.alpha},
 * {@code top.h0.dice.runningMean}, ...) and {@code embedding.<table id>} for the embedding tables
 * ({@code embedding.cate_id}, {@code embedding.time_gap}). Dense weights are [in, out] (row-major, {@code y = x W + b}),
 * embedding tables [rows, E], everything else one-dimensional.
 *
 * @param name   exchange name
 * @param shape  dimensions; their product is {@code values.length}
 * @param values the live array of the model (reading fills it, writing copies from it)
 */
public record NamedTensor(String name, long[] shape, float[] values) {

    /** Prefix of embedding-table tensors. */
    public static final String EMBEDDING_PREFIX = "embedding.";

    /**
     * Every weight array of {@code model} in a fixed order: trainable parameters, non-trainable state (Dice running
     * statistics), then the embedding tables.
     */
    public static List<NamedTensor> of(DinModel model) {
        List<Param> params = new ArrayList<>(model.network().params());
        params.addAll(model.network().state());
        Map<String, Integer> sizes = new HashMap<>();
        params.forEach(p -> sizes.put(p.name(), p.size()));
        List<NamedTensor> all = new ArrayList<>();
        for (Param p : params) {
            all.add(new NamedTensor(p.name(), shapeOf(p, sizes), p.value()));
        }
        for (SparseEmbeddingTable t : model.network().tables()) {
            all.add(new NamedTensor(EMBEDDING_PREFIX + t.name(), new long[] {t.rows(), t.dim()}, t.values()));
        }
        return all;
    }

    /** A dense weight {@code X.W} has as many columns as its bias {@code X.b} has values. */
    private static long[] shapeOf(Param p, Map<String, Integer> sizes) {
        if (p.name().endsWith(".W")) {
            int out = sizes.get(p.name().substring(0, p.name().length() - 2) + ".b");
            return new long[] {p.size() / out, out};
        }
        return new long[] {p.size()};
    }
}
