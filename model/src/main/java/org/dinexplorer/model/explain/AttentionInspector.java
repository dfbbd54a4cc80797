package org.dinexplorer.model.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.network.DinModel;
import org.dinexplorer.model.network.HistoryReadout;

/**
 * Runs one inference pass and reads the per-position weights and probabilities out of that same pass, for networks
 * with a {@link HistoryReadout} (DIN's attention, the baseline's uniform weights).
 */
public final class AttentionInspector {

    private AttentionInspector() {
    }

    /**
     * Attention of every sample of {@code batch}.
     *
     * @throws IllegalArgumentException when the batch does not match the model's schema, or the model's network has
     *                                  no per-behaviour weights
     */
    public static AttentionMap inspect(DinModel model, Batch batch) {
        model.requireCompatible(batch);
        HistoryReadout readout = model.network().historyReadout().orElseThrow(() -> new IllegalArgumentException(
                "a " + model.config().network().variant() + " network has no per-behaviour weights to inspect"));
        float[] probabilities = model.network().forward(batch, false);
        float[] rowWeights = readout.weights();
        int[] rowStart = readout.rowStart();
        int[] rowPosition = readout.rowPosition();
        int len = batch.historyLength();
        int cateColumn = model.schema().adFields().indexOf(FeatureSchema.CATE_TABLE);
        int brandColumn = model.schema().adFields().indexOf(FeatureSchema.BRAND_TABLE);
        List<SampleAttention> samples = new ArrayList<>(batch.size());
        for (int s = 0; s < batch.size(); s++) {
            float[] weights = new float[len];
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                weights[rowPosition[r]] = rowWeights[r];
            }
            samples.add(new SampleAttention(batch.sampleIds()[s], batch.userIds()[s],
                    batch.adFeatures()[cateColumn][s], batch.adFeatures()[brandColumn][s], probabilities[s],
                    batch.historyLengths()[s], row(batch.histCate(), s, len), row(batch.histBrand(), s, len),
                    row(batch.histBtag(), s, len), weights));
        }
        return new AttentionMap(samples);
    }

    private static int[] row(int[] cells, int sample, int len) {
        return Arrays.copyOfRange(cells, sample * len, (sample + 1) * len);
    }
}
