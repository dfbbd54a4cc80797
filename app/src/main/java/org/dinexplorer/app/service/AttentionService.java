package org.dinexplorer.app.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.explain.AttentionInspector;
import org.dinexplorer.model.explain.AttentionMap;
import org.dinexplorer.model.explain.SampleAttention;
import org.dinexplorer.model.io.LoadedModel;
import org.dinexplorer.model.io.ModelFile;
import org.dinexplorer.storage.samples.HistoryItem;
import org.dinexplorer.storage.samples.SampleDetail;
import org.dinexplorer.storage.samples.Split;

/**
 * Reads out how a model weighs a user's behaviours for each candidate ad (the DIN paper's attention figure). The
 * context is the user's last impression in the split; every candidate (each ad the user saw in the split, plus any
 * extra ad ids) is scored in that same context, so rows of the heatmap differ only in the candidate.
 */
public final class AttentionService {

    private static final int ADGROUP = 0;
    private static final int CATE = 1;
    private static final int BRAND = 4;
    /** Ad columns that come from the ad itself; the next one (pid) belongs to the context. */
    private static final int AD_OWN_FIELDS = 5;

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
        Map<Integer, Found> candidates = new LinkedHashMap<>();
        for (int i = 0; i < positions.length; i++) {
            SampleDetail detail = i == context ? contextDetail : dataset.detail(split, positions[i]);
            Found previous = candidates.get(detail.adFields()[ADGROUP]);
            boolean clicked = detail.clicked() || (previous != null && previous.clicked());
            candidates.put(detail.adFields()[ADGROUP], new Found(own, i, detail, true, clicked));
        }
        for (int adgroupId : extraAdgroupIds) {
            candidates.computeIfAbsent(adgroupId, id -> findAd(dataset, id));
        }
        List<Found> ordered = new ArrayList<>(candidates.values());
        AttentionMap map = AttentionInspector.inspect(loaded.model(), contextBatch(own, context, ordered));
        return report(file, userId, contextDetail, ordered, map);
    }

    private static AttentionReport report(Path file, int userId, SampleDetail context, List<Found> candidates,
                                          AttentionMap map) {
        List<HistoryItem> history = context.history();
        List<AttentionReport.Candidate> rowsOfCandidates = new ArrayList<>();
        List<AttentionRow> rows = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            Found found = candidates.get(c);
            SampleAttention attention = map.samples().get(c);
            int[] ad = found.detail().adFields();
            rowsOfCandidates.add(new AttentionReport.Candidate(ad[ADGROUP], ad[CATE], ad[BRAND],
                    attention.probability(), found.shown(), found.clicked()));
            int offset = attention.weights().length - history.size();
            for (int p = 0; p < history.size(); p++) {
                HistoryItem item = history.get(p);
                rows.add(new AttentionRow(ad[ADGROUP], p, item.timeStamp(), item.btagName(), item.cate(),
                        item.brand(), attention.weights()[offset + p]));
            }
        }
        return new AttentionReport(file, userId, context.timeStamp(), history, rowsOfCandidates, rows);
    }

    /** One batch: the context impression repeated, each copy with another candidate's own ad fields and price. */
    private static Batch contextBatch(Batch own, int context, List<Found> candidates) {
        int n = candidates.size();
        int len = own.historyLength();
        int[][] user = new int[own.userFeatures().length][n];
        int[][] ad = new int[own.adFeatures().length][n];
        float[] price = new float[n];
        int[] cate = new int[n * len];
        int[] brand = new int[n * len];
        int[] btag = new int[n * len];
        int[] age = new int[n * len];
        int[] lengths = new int[n];
        long[] users = new long[n];
        long[] ids = new long[n];
        for (int c = 0; c < n; c++) {
            Found found = candidates.get(c);
            for (int f = 0; f < user.length; f++) {
                user[f][c] = own.userFeatures()[f][context];
            }
            for (int f = 0; f < ad.length; f++) {
                ad[f][c] = f < AD_OWN_FIELDS ? found.batch().adFeatures()[f][found.index()]
                        : own.adFeatures()[f][context];
            }
            price[c] = found.batch().price()[found.index()];
            System.arraycopy(own.histCate(), context * len, cate, c * len, len);
            System.arraycopy(own.histBrand(), context * len, brand, c * len, len);
            System.arraycopy(own.histBtag(), context * len, btag, c * len, len);
            System.arraycopy(own.histAge(), context * len, age, c * len, len);
            lengths[c] = own.historyLengths()[context];
            users[c] = own.userIds()[context];
            ids[c] = found.batch().sampleIds()[found.index()];
        }
        return new Batch(n, len, user, ad, price, cate, brand, btag, age, lengths, new float[n], users, ids);
    }

    /** Any impression of the ad, searched in test, validation and training order. */
    private static Found findAd(Dataset dataset, int adgroupId) {
        for (Split split : List.of(Split.TEST, Split.VALIDATION, Split.TRAIN)) {
            int count = dataset.sampleCount(split);
            for (int position = 0; position < count; position++) {
                SampleDetail detail = dataset.detail(split, position);
                if (detail.adFields()[ADGROUP] == adgroupId) {
                    return new Found(dataset.batchOf(split, position), 0, detail, false, false);
                }
            }
        }
        throw new IllegalArgumentException("Ad " + adgroupId + " occurs in no impression of this training set.");
    }

    /** A candidate ad: where its encoded fields are, its raw values, and whether the user saw or clicked it. */
    private record Found(Batch batch, int index, SampleDetail detail, boolean shown, boolean clicked) {
    }
}
