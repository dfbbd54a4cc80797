package org.dinexplorer.model.network;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.embedding.SparseEmbeddingTable;
import org.dinexplorer.model.layers.Param;

/**
 * A network that exists only to show what adding one takes: this class and one registration. Logistic regression on
 * the ad fields plus the mean of the history's category weights: {@code logit = bias + sum_f w_f[ad_f] + mean_r
 * w_cate[hist_cate_r]}, every weight a row of size 1 in the ad fields' tables (the history shares {@code cate_id}).
 */
final class MeanHistoryLogisticNetwork implements Network {

    static final ModelVariant VARIANT = new ModelVariant("MEAN_HISTORY_LR");

    private final DinConfig config;
    private final FeatureSchema schema;
    private final List<SparseEmbeddingTable> adTables = new ArrayList<>();
    private final SparseEmbeddingTable cate;
    private final Param bias = Param.zeros("bias", 1);
    private final ClickOutput output = new ClickOutput();
    private final float[] weight = new float[1];
    private float[] logits = new float[0];

    MeanHistoryLogisticNetwork(DinConfig config, FeatureSchema schema, long seed) {
        this.config = config;
        this.schema = schema;
        SplittableRandom random = new SplittableRandom(seed);
        for (String field : schema.adFields()) {
            adTables.add(new SparseEmbeddingTable(field, schema.vocabularySize(field), 1, random.split()));
        }
        this.cate = adTables.get(schema.adFields().indexOf(FeatureSchema.CATE_TABLE));
    }

    @Override
    public DinConfig config() {
        return config;
    }

    @Override
    public FeatureSchema schema() {
        return schema;
    }

    @Override
    public float[] forward(Batch batch, boolean training) {
        int n = batch.size();
        int len = batch.historyLength();
        logits = new float[n];
        for (int s = 0; s < n; s++) {
            float z = bias.value()[0];
            for (int f = 0; f < adTables.size(); f++) {
                adTables.get(f).gather(batch.adFeatures()[f][s], weight, 0);
                z += weight[0];
            }
            int real = batch.historyLengths()[s];
            for (int p = len - real; p < len; p++) {
                cate.gather(batch.histCate()[s * len + p], weight, 0);
                z += weight[0] / real;
            }
            logits[s] = z;
        }
        return output.probabilities(logits, n);
    }

    @Override
    public double backward(Batch batch) {
        float[] dLogits = output.lossGradient(batch);
        int len = batch.historyLength();
        for (int s = 0; s < batch.size(); s++) {
            bias.grad()[0] += dLogits[s];
            for (int f = 0; f < adTables.size(); f++) {
                adTables.get(f).accumulate(batch.adFeatures()[f][s], dLogits, s);
            }
            int real = batch.historyLengths()[s];
            weight[0] = real == 0 ? 0f : dLogits[s] / real;
            for (int p = len - real; p < len; p++) {
                cate.accumulate(batch.histCate()[s * len + p], weight, 0);
            }
        }
        return output.loss(batch);
    }

    @Override
    public double loss(Batch batch) {
        return output.loss(batch);
    }

    @Override
    public List<Param> params() {
        return List.of(bias);
    }

    @Override
    public List<Param> state() {
        return List.of();
    }

    @Override
    public List<SparseEmbeddingTable> tables() {
        return List.copyOf(adTables);
    }

    @Override
    public void countTrainingFrequencies(Iterator<Batch> batches) {
        while (batches.hasNext()) {
            Batch batch = batches.next();
            int len = batch.historyLength();
            for (int s = 0; s < batch.size(); s++) {
                for (int f = 0; f < adTables.size(); f++) {
                    adTables.get(f).countUse(batch.adFeatures()[f][s]);
                }
                for (int p = len - batch.historyLengths()[s]; p < len; p++) {
                    cate.countUse(batch.histCate()[s * len + p]);
                }
            }
        }
        adTables.forEach(SparseEmbeddingTable::useCountedFrequencies);
    }
}
