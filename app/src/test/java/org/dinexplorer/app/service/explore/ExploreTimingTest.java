package org.dinexplorer.app.service.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dinexplorer.app.service.PipelineService;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.training.TrainingObserver;
import org.dinexplorer.storage.runs.RunStatus;
import org.dinexplorer.storage.vocab.Vocabulary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How fast the Explore page rescores: 30 candidates over a 50-behaviour history with the paper-sized DIN, on the
 * {@code tiny} demo data. Run with {@code mvn -o -pl app test -Dtest=ExploreTimingTest -DexcludedTestGroups=none}.
 */
@Tag("slow")
class ExploreTimingTest {

    private static final Logger LOG = LoggerFactory.getLogger(ExploreTimingTest.class);

    @TempDir
    Path folder;

    @Test
    void thirtyCandidatesOverFiftyBehaviorsRescoreWithinAHundredMilliseconds() {
        PipelineService.DemoResult demo = new PipelineService().run(new PipelineService.DemoSettings(folder, "tiny",
                42, 1, 256, 0), progress -> { }, TrainingObserver.NONE, () -> false);
        assertThat(demo.din().status()).isEqualTo(RunStatus.COMPLETED);
        ExploreService service = new ExploreService();
        long start = System.nanoTime();
        List<TestUser> users = service.testUsers(demo.database());
        long usersNanos = System.nanoTime() - start;
        ExploreUser user = null;
        for (TestUser candidate : users) {
            ExploreUser explored = service.explore(demo.database(), candidate.userId());
            if (user == null || explored.history().size() > user.history().size()) {
                user = explored;
            }
        }
        List<CandidateAd> ads = new ArrayList<>(user.candidates());
        Vocabulary adVocabulary = new DatasetService().openDataset(demo.database()).vocabulary("adgroup_id");
        start = System.nanoTime();
        for (int index = 2; index < adVocabulary.size() && ads.size() < 30; index++) {
            int id = adVocabulary.rawValue(index);
            if (ads.stream().noneMatch(ad -> ad.adgroupId() == id)) {
                service.findAd(demo.database(), id).ifPresent(ads::add);
            }
        }
        long adsNanos = System.nanoTime() - start;
        long[] nanos = new long[21];
        for (int i = -3; i < nanos.length; i++) {
            long elapsed = service.score(demo.database(), demo.din().modelFile(), user, user.history(), ads)
                    .elapsedNanos();
            if (i >= 0) {
                nanos[i] = elapsed;
            }
        }
        Arrays.sort(nanos);
        LOG.info(String.format(Locale.ROOT, "Explore timing: %d test users listed in %.0f ms; %d ads found in "
                        + "%.0f ms (first call indexes the training split); rescoring %d ads x %d behaviours: "
                        + "median %.1f ms, min %.1f ms, max %.1f ms over %d runs", users.size(), usersNanos / 1e6,
                ads.size(), adsNanos / 1e6, ads.size(), user.history().size(), nanos[nanos.length / 2] / 1e6,
                nanos[0] / 1e6, nanos[nanos.length - 1] / 1e6, nanos.length));
        assertThat(ads).hasSize(30);
        assertThat(user.history()).hasSize(user.historyLength());
        assertThat(nanos[nanos.length / 2]).isLessThan(100_000_000L);
    }
}
