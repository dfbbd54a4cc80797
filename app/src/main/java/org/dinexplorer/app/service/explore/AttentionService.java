package org.dinexplorer.app.service.explore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dinexplorer.app.service.dataset.Dataset;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.runs.ModelLocator;
import org.dinexplorer.app.service.runs.RunStores;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.io.LoadedModel;
import org.dinexplorer.model.io.ModelFile;
import org.dinexplorer.storage.samples.HistoryItem;
import org.dinexplorer.storage.samples.SampleDetail;
import org.dinexplorer.storage.samples.Split;

/**
 * Reads out how a model weighs a user's behaviours for each candidate ad (the DIN paper's attention figure). The
 * context is the user's last impression in the split; every candidate (each ad the user saw in the split, plus any
 * extra ad ids) is scored in that same context, so rows of the heatmap differ only in the candidate. Scoring goes
 * through the Explore page's what-if path ({@link WhatIfScorer}), which also gives each behaviour's influence.
 */
public final class AttentionService {

    private final DatasetService datasets;
    private final ModelLocator locator;

    /** A service on the default dataset service and run tables. */
    public AttentionService() {
        this(new DatasetService(), new ModelLocator());
    }

    AttentionService(DatasetService datasets, ModelLocator locator) {
        this.datasets = datasets;
        this.locator = locator;
    }

    /**
     * Attention of the candidates over the history of user {@code userId}'s last impression in {@code split}.
     *
     * @param extraAdgroupIds more candidate ads by raw id (each must occur in some impression of the training set)
     * @throws IllegalArgumentException if the user has no impression in the split or an extra ad is unknown
     * @throws org.dinexplorer.model.io.ModelFileException if the model file is refused
     */
    public AttentionReport attention(Path database, String modelSpec, int userId, Split split,
                                     List<Integer> extraAdgroupIds) {
        RunStores.requireExisting(database);
        Path file = locator.resolve(database, modelSpec);
        Dataset dataset = datasets.openDataset(database);
        LoadedModel loaded = ModelFile.load(file, dataset.fingerprint());
        int[] positions = dataset.positionsOfUser(split, userId);
        if (positions.length == 0) {
            throw new IllegalArgumentException("User " + userId + " has no impression in the " + split.id()
                    + " split.");
        }
        Batch own = dataset.batchOf(split, positions);
        int context = positions.length - 1;
        SampleDetail contextDetail = dataset.detail(split, positions[context]);
        Map<Integer, CandidateAd> candidates = new LinkedHashMap<>();
        for (int i = 0; i < positions.length; i++) {
            SampleDetail detail = i == context ? contextDetail : dataset.detail(split, positions[i]);
            CandidateAd previous = candidates.get(detail.adFields()[ExploreBatches.ADGROUP]);
            boolean clicked = detail.clicked() || (previous != null && previous.clicked());
            candidates.put(detail.adFields()[ExploreBatches.ADGROUP],
                    ExploreBatches.candidate(own, i, detail, true, clicked));
        }
        for (int adgroupId : extraAdgroupIds) {
            candidates.computeIfAbsent(adgroupId, id -> findAd(dataset, id));
        }
        List<CandidateAd> ordered = new ArrayList<>(candidates.values());
        ScoringContext scoring = new ScoringContext(userId, contextDetail.timeStamp(), own.historyLength(),
                ExploreBatches.userFields(own, context), own.adFeatures()[ExploreBatches.AD_OWN_FIELDS][context]);
        List<HistoryItem> history = contextDetail.history();
        ExploreScores scores = WhatIfScorer.score(loaded, dataset, scoring, history, ordered);
        return report(file, userId, contextDetail, ordered, scores);
    }

    private static AttentionReport report(Path file, int userId, SampleDetail context, List<CandidateAd> candidates,
                                          ExploreScores scores) {
        List<HistoryItem> history = context.history();
        List<AttentionReport.Candidate> rowsOfCandidates = new ArrayList<>();
        List<AttentionRow> rows = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            CandidateAd ad = candidates.get(c);
            ExploreScores.Score score = scores.scores().get(c);
            rowsOfCandidates.add(new AttentionReport.Candidate(ad.adgroupId(), ad.cate(), ad.brand(),
                    score.predictedCtr(), ad.shown(), ad.clicked()));
            float[] weights = score.weights();
            float[] influence = score.influence();
            for (int p = 0; p < history.size(); p++) {
                HistoryItem item = history.get(p);
                rows.add(new AttentionRow(ad.adgroupId(), p, item.timeStamp(), item.btagName(), item.cate(),
                        item.brand(), weights[p], influence[p]));
            }
        }
        return new AttentionReport(file, userId, context.timeStamp(), history, rowsOfCandidates, rows);
    }

    /** Any impression of the ad, searched in test, validation and training order. */
    private static CandidateAd findAd(Dataset dataset, int adgroupId) {
        for (Split split : List.of(Split.TEST, Split.VALIDATION, Split.TRAIN)) {
            int count = dataset.sampleCount(split);
            for (int position = 0; position < count; position++) {
                SampleDetail detail = dataset.detail(split, position);
                if (detail.adFields()[ExploreBatches.ADGROUP] == adgroupId) {
                    return ExploreBatches.candidate(dataset.batchOf(split, position), 0, detail, false, false);
                }
            }
        }
        throw new IllegalArgumentException("Ad " + adgroupId + " occurs in no impression of this training set.");
    }
}
