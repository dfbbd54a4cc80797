package org.dinexplorer.model.eval;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.BatchSource;
import org.dinexplorer.model.data.BatchStream;
import org.dinexplorer.model.network.DinModel;

/** Computes all metrics of a model over a split, reading it in its stable order. */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * Evaluates {@code model} on every sample of {@code source}.
     *
     * @throws IllegalArgumentException when the source is empty or does not match the model's schema
     */
    public static EvaluationResult evaluate(DinModel model, BatchSource source) {
        return evaluate(model, source, () -> false);
    }

    /**
     * Evaluates {@code model} on every sample of {@code source}.
     *
     * @param stopRequested checked after each batch
     * @throws CancellationException when a stop was requested
     * @throws IllegalArgumentException when the source is empty or does not match the model's schema
     */
    public static EvaluationResult evaluate(DinModel model, BatchSource source, BooleanSupplier stopRequested) {
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, source.sampleCount()));
        float[] predictions = new float[capacity];
        float[] labels = new float[capacity];
        long[] users = new long[capacity];
        int n = 0;
        try (BatchStream stream = source.ordered(DinModel.SCORING_BATCH)) {
            while (stream.hasNext()) {
                if (stopRequested.getAsBoolean()) {
                    throw new CancellationException("evaluation stopped");
                }
                Batch batch = stream.next();
                float[] p = model.predict(batch);
                if (n + batch.size() > predictions.length) {
                    int grown = Math.max(n + batch.size(), predictions.length * 2);
                    predictions = Arrays.copyOf(predictions, grown);
                    labels = Arrays.copyOf(labels, grown);
                    users = Arrays.copyOf(users, grown);
                }
                System.arraycopy(p, 0, predictions, n, batch.size());
                System.arraycopy(batch.labels(), 0, labels, n, batch.size());
                System.arraycopy(batch.userIds(), 0, users, n, batch.size());
                n += batch.size();
            }
        }
        return of(Arrays.copyOf(predictions, n), Arrays.copyOf(labels, n), Arrays.copyOf(users, n));
    }

    /**
     * All metrics of given predictions.
     *
     * @throws IllegalArgumentException when there are no samples or the arrays differ in length
     */
    public static EvaluationResult of(float[] predictions, float[] labels, long[] userIds) {
        if (predictions.length == 0) {
            throw new IllegalArgumentException("cannot evaluate without samples: the split is empty");
        }
        Gauc.Both gauc = Gauc.both(predictions, labels, userIds);
        double correct = 0;
        double predictedSum = 0;
        double clicks = 0;
        for (int i = 0; i < predictions.length; i++) {
            boolean click = labels[i] > 0.5f;
            correct += (predictions[i] >= 0.5f) == click ? 1 : 0;
            predictedSum += predictions[i];
            clicks += click ? 1 : 0;
        }
        int n = predictions.length;
        return new EvaluationResult(Auc.of(predictions, labels), gauc.byImpressions(), gauc.byClicks(),
                LogLoss.of(predictions, labels), correct / n, n, gauc.usersIncluded(), gauc.usersExcluded(), predictedSum / n, clicks / n);
    }
}
