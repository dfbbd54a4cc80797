package org.dinexplorer.app.service.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.dinexplorer.app.service.dataset.Dataset;
import org.dinexplorer.model.explain.AttentionInspector;
import org.dinexplorer.model.explain.AttentionMap;
import org.dinexplorer.model.explain.SampleAttention;
import org.dinexplorer.model.io.LoadedModel;
import org.dinexplorer.storage.samples.HistoryItem;
import org.dinexplorer.storage.samples.SampleFields;

/**
 * Scores candidate ads against a (possibly edited) history: predicted CTR and attention weights from one forward
 * pass, and each behaviour's influence, the CTR with the history minus the CTR with that one behaviour removed. A
 * removal is the same what-if edit as the Explore page's "remove behaviour"; the removals of one candidate are scored
 * together in one batch. Without softmax the attention weights are unconstrained in sign and the layers after pooling
 * can turn a negative weight into a higher CTR, so the influence is what says which behaviours drove a score.
 */
final class WhatIfScorer {

    private WhatIfScorer() {
    }

    /**
     * Scores {@code candidates} in {@code context} with {@code history}.
     *
     * @param history behaviours, oldest first; at most the context's history length
     * @throws IllegalArgumentException if the history is too long or there is no candidate
     */
    static ExploreScores score(LoadedModel loaded, Dataset dataset, ScoringContext context,
                               List<HistoryItem> history, List<CandidateAd> candidates) {
        long start = System.nanoTime();
        ExploreBatches.Vocabularies vocabularies = new ExploreBatches.Vocabularies(dataset.vocabulary("cate_id"),
                dataset.vocabulary("brand"), dataset.vocabulary(SampleFields.BTAG));
        AttentionMap map = inspect(loaded, ExploreBatches.build(context, history, candidates, vocabularies));
        List<ExploreScores.Score> scores = new ArrayList<>(candidates.size());
        for (int c = 0; c < candidates.size(); c++) {
            SampleAttention attention = map.samples().get(c);
            float[] weights = attention.weights();
            float[] real = Arrays.copyOfRange(weights, weights.length - history.size(), weights.length);
            float[] influence = influence(loaded, context, history, candidates.get(c), attention.probability(),
                    vocabularies);
            scores.add(new ExploreScores.Score(candidates.get(c).adgroupId(), attention.probability(), real,
                    influence));
        }
        return new ExploreScores(scores, System.nanoTime() - start);
    }

    /** {@code withAll} minus the CTR of {@code candidate} with behaviour p removed, for every p, in one batch. */
    private static float[] influence(LoadedModel loaded, ScoringContext context, List<HistoryItem> history,
                                     CandidateAd candidate, float withAll,
                                     ExploreBatches.Vocabularies vocabularies) {
        if (history.isEmpty()) {
            return new float[0];
        }
        List<List<HistoryItem>> removals = new ArrayList<>(history.size());
        for (int p = 0; p < history.size(); p++) {
            List<HistoryItem> without = new ArrayList<>(history);
            without.remove(p);
            removals.add(without);
        }
        AttentionMap map = inspect(loaded, ExploreBatches.buildRows(context, removals,
                Collections.nCopies(history.size(), candidate), vocabularies));
        float[] influence = new float[history.size()];
        for (int p = 0; p < influence.length; p++) {
            influence[p] = withAll - map.samples().get(p).probability();
        }
        return influence;
    }

    private static AttentionMap inspect(LoadedModel loaded, org.dinexplorer.model.data.Batch batch) {
        // a loaded model runs one forward pass at a time: its network keeps the last pass's activations
        synchronized (loaded) {
            return AttentionInspector.inspect(loaded.model(), batch);
        }
    }
}
