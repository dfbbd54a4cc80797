package org.dinexplorer.app.service.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.dinexplorer.app.service.dataset.Dataset;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.runs.ModelChoice;
import org.dinexplorer.app.service.runs.ModelLocator;
import org.dinexplorer.app.service.runs.RunService;
import org.dinexplorer.app.service.runs.RunSummary;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.io.LoadedModel;
import org.dinexplorer.model.io.ModelFile;
import org.dinexplorer.storage.StorageException;
import org.dinexplorer.storage.samples.HistoryItem;
import org.dinexplorer.storage.samples.SampleDetail;
import org.dinexplorer.storage.samples.SampleFields;
import org.dinexplorer.storage.samples.Split;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Explore page asks of a trained model: the users of the test day, one user's profile, impressions and
 * history, and scores with attention weights of candidate ads for an edited history. The opened training set and the
 * loaded models are cached, so rescoring after an edit takes one forward pass (and one per candidate for the
 * influences). Blocking: call it off the FX thread. Thread-safe (a model runs one forward pass at a time).
 */
public final class ExploreService {

    private static final Logger LOG = LoggerFactory.getLogger(ExploreService.class);
    private static final int ADGROUP = ExploreBatches.ADGROUP;
    private static final int CATE = ExploreBatches.CATE;
    private static final int MODELS_KEPT = 2;

    private final DatasetService datasets;
    private final ModelLocator locator;
    private final RunService runs;
    private final Map<ModelKey, LoadedModel> models = new LinkedHashMap<>(4, 0.75f, true);
    private @Nullable Path dataPath;
    private @Nullable String dataFingerprint;
    private @Nullable ExploreData data;

    /** A service on the default dataset service and run tables. */
    public ExploreService() {
        this(new DatasetService(), new ModelLocator(), new RunService());
    }

    ExploreService(DatasetService datasets, ModelLocator locator, RunService runs) {
        this.datasets = datasets;
        this.locator = locator;
        this.runs = runs;
    }

    /**
     * Runs of {@code database} trained on its current training set that have a model file (final model or
     * checkpoint), newest first; none when no training set is built.
     */
    public List<ModelChoice> models(Path database) {
        String fingerprint = currentFingerprint(database);
        List<ModelChoice> found = new ArrayList<>();
        for (RunSummary summary : runs.list(database)) {
            var run = summary.run();
            if (!run.dataFingerprint().equals(fingerprint)) {
                continue;
            }
            try {
                Path file = locator.ofRun(database, run.runId());
                found.add(new ModelChoice(run.runId(), run.name(), run.modelVariant(), run.status(), file));
            } catch (StorageException e) {
                LOG.debug("Run {} is not offered: {}", run.runId(), e.getMessage());
            }
        }
        return found;
    }

    /** Users of the test split by id, with their impression and click counts. */
    public List<TestUser> testUsers(Path database) {
        return data(database, null).testUsers();
    }

    /**
     * A user with at least one click on the test day, drawn with {@code seed}: the same seed and draw number always
     * give the same user on the same training set. Empty when no test user clicked.
     *
     * @param draw how many users were drawn before (0 for the first)
     */
    public OptionalInt randomUserWithClicks(Path database, long seed, int draw) {
        List<TestUser> clickers = testUsers(database).stream().filter(user -> user.clicks() > 0).toList();
        if (clickers.isEmpty()) {
            return OptionalInt.empty();
        }
        SplittableRandom random = new SplittableRandom(seed);
        int pick = 0;
        for (int i = 0; i <= draw; i++) {
            pick = random.nextInt(clickers.size());
        }
        return OptionalInt.of(clickers.get(pick).userId());
    }

    /**
     * User {@code userId} on the test day: the context is the user's last test impression, the candidates every ad
     * the user saw that day.
     *
     * @throws IllegalArgumentException if the user has no test impression
     * @throws StorageException if the database has no training set
     */
    public ExploreUser explore(Path database, int userId) {
        ExploreData opened = data(database, null);
        Dataset dataset = opened.dataset();
        int[] positions = dataset.positionsOfUser(Split.TEST, userId);
        if (positions.length == 0) {
            throw new IllegalArgumentException("User " + userId + " has no impression on the test day.");
        }
        Batch own = dataset.batchOf(Split.TEST, positions);
        int context = positions.length - 1;
        List<ExploreUser.Impression> impressions = new ArrayList<>();
        Map<Integer, CandidateAd> candidates = new LinkedHashMap<>();
        SampleDetail last = null;
        for (int i = 0; i < positions.length; i++) {
            SampleDetail detail = dataset.detail(Split.TEST, positions[i]);
            int[] raw = detail.adFields();
            impressions.add(new ExploreUser.Impression(detail.timeStamp(), raw[ADGROUP], raw[CATE],
                    raw[ExploreBatches.BRAND], detail.price(), detail.pid(), detail.clicked()));
            CandidateAd previous = candidates.get(raw[ADGROUP]);
            boolean clicked = detail.clicked() || previous != null && previous.clicked();
            candidates.put(raw[ADGROUP], ExploreBatches.candidate(own, i, detail, true, clicked));
            last = detail;
        }
        return new ExploreUser(userId, dataset.fingerprint(), last.timeStamp(), last.pid(), profile(dataset, own,
                context), impressions, last.history(), new ArrayList<>(candidates.values()), own.historyLength(),
                ExploreBatches.userFields(own, context), own.adFeatures()[ExploreBatches.AD_OWN_FIELDS][context]);
    }

    /** The training ad with raw id {@code adgroupId} as a candidate; empty if no training impression shows it. */
    public Optional<CandidateAd> findAd(Path database, int adgroupId) {
        return Optional.ofNullable(data(database, null).trainingAd(adgroupId));
    }

    /** Up to {@code limit} training ads of raw category {@code cate}, the most shown first. */
    public List<CandidateAd> adsOfCategory(Path database, int cate, int limit) {
        return data(database, null).trainingAdsOfCategory(cate, limit);
    }

    /**
     * Scores {@code candidates} for {@code user} with {@code history} instead of the user's real one: CTR, attention
     * weights and each behaviour's influence (see {@link WhatIfScorer}).
     *
     * @param modelFile the model (its data fingerprint must match the training set)
     * @param history   behaviours, oldest first; at most the history length
     * @throws org.dinexplorer.model.io.ModelFileException if the model file is refused
     * @throws IllegalArgumentException if the history is too long or there is no candidate
     */
    public ExploreScores score(Path database, Path modelFile, ExploreUser user, List<HistoryItem> history,
                               List<CandidateAd> candidates) {
        Dataset dataset = data(database, user.fingerprint()).dataset();
        return WhatIfScorer.score(model(modelFile, dataset.fingerprint()), dataset, user.context(), history,
                candidates);
    }

    private static List<ExploreUser.ProfileField> profile(Dataset dataset, Batch own, int context) {
        List<ExploreUser.ProfileField> fields = new ArrayList<>();
        for (int f = 0; f < SampleFields.USER_FIELDS.size(); f++) {
            String name = SampleFields.USER_FIELDS.get(f);
            int index = own.userFeatures()[f][context];
            String value = f == 0 ? Integer.toString(Math.toIntExact(own.userIds()[context]))
                    : dataset.vocabulary(name).label(index);
            fields.add(new ExploreUser.ProfileField(name, value));
        }
        return fields;
    }

    /**
     * The opened training set of {@code database}, reopened when it was rebuilt.
     *
     * @param expected the fingerprint the caller's data came from, or null to take the current training set
     * @throws IllegalArgumentException if the training set was rebuilt since the caller read {@code expected}
     */
    private synchronized ExploreData data(Path database, @Nullable String expected) {
        Path key = database.toAbsolutePath().normalize();
        boolean same = data != null && key.equals(dataPath);
        // a rescoring whose fingerprint is the cached one skips the database query: it stays consistent (user,
        // vocabularies and model of one training set) until a later call notices a rebuild and reopens
        String current = same && expected != null && expected.equals(dataFingerprint) ? expected
                : currentFingerprint(database);
        if (!same || !current.equals(dataFingerprint)) {
            Dataset dataset = datasets.openDataset(database);
            LOG.info("Explore: opened the training set {} of {}", dataset.fingerprint(), database);
            data = new ExploreData(dataset);
            dataPath = key;
            dataFingerprint = dataset.fingerprint();
        }
        if (expected != null && !expected.equals(dataFingerprint)) {
            throw new IllegalArgumentException("The training set was rebuilt since this user was opened: open the "
                    + "user again.");
        }
        return data;
    }

    private String currentFingerprint(Path database) {
        return datasets.findSummary(database).map(summary -> summary.fingerprint()).orElse("");
    }

    private synchronized LoadedModel model(Path file, String fingerprint) {
        ModelKey key;
        try {
            key = new ModelKey(file.toAbsolutePath().normalize(), Files.getLastModifiedTime(file).toMillis(),
                    fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model file " + file + ": " + e.getMessage(), e);
        }
        LoadedModel loaded = models.get(key);
        if (loaded == null) {
            loaded = ModelFile.load(file, fingerprint);
            LOG.info("Explore: loaded model {}", file);
            models.put(key, loaded);
            while (models.size() > MODELS_KEPT) {
                models.remove(models.keySet().iterator().next());
            }
        }
        return loaded;
    }

    /** A model file as loaded: changed files and another training set load again. */
    private record ModelKey(Path file, long modified, String fingerprint) {
    }
}
