package org.dinexplorer.app.gui.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.dinexplorer.app.gui.common.BackgroundReads;
import org.dinexplorer.app.service.explore.AttentionReport;
import org.dinexplorer.app.service.explore.AttentionRow;
import org.dinexplorer.app.service.explore.AttentionService;
import org.dinexplorer.app.service.explore.ExploreService;
import org.dinexplorer.app.service.explore.ExploreUser;
import org.dinexplorer.app.service.export.HeatmapData;
import org.dinexplorer.app.service.training.RunOutcome;
import org.dinexplorer.app.service.training.TinyRuns;
import org.dinexplorer.app.service.training.TrainingObserver;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.storage.runs.RunStatus;
import org.dinexplorer.storage.samples.HistoryItem;
import org.dinexplorer.storage.samples.Split;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Explore page's view model on a small synthetic database with a trained DIN run and a BASE run, real SQLite and
 * the real model, without the FX toolkit (queries run inline).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExploreViewModelTest {

    @TempDir
    static Path folder;

    private final ExploreService service = new ExploreService();
    private final List<Throwable> errors = new ArrayList<>();
    private Path db;
    private RunOutcome din;
    private ExploreViewModel model;

    @BeforeAll
    void trainDinThenBase() throws Exception {
        db = TinyRuns.database(folder, 80);
        din = TinyRuns.service().start(db, TinyRuns.config(ModelVariant.DIN, 1, 42), null, null,
                TrainingObserver.NONE, () -> false, () -> false);
        RunOutcome base = TinyRuns.service().start(db, TinyRuns.config(ModelVariant.BASE, 1, 42), null, null,
                TrainingObserver.NONE, () -> false, () -> false);
        assertThat(List.of(din.status(), base.status())).containsOnly(RunStatus.COMPLETED);
    }

    @BeforeEach
    void freshViewModel() {
        errors.clear();
        SimpleObjectProperty<Path> database = new SimpleObjectProperty<>();
        model = new ExploreViewModel(database, BackgroundReads.inline(), service, errors::add);
        database.set(db);
    }

    /** Opens the first test user with at least {@code behaviours} behaviours and two candidate ads. */
    private ExploreUser openUserWith(int behaviors) {
        for (var user : model.search().users()) {
            model.openUser(user.userId());
            ExploreUser shown = model.user().get();
            if (shown.history().size() >= behaviors && model.table().rows().size() >= 2) {
                return shown;
            }
        }
        throw new AssertionError("no test user with " + behaviors + " behaviours and two ads");
    }

    @Test
    void choosesTheNewestCompletedDinRunEvenWhenABaseRunIsNewer() {
        assertThat(model.models()).hasSize(2);
        assertThat(model.model().get().runId()).isEqualTo(din.runId());
        assertThat(model.search().users()).isNotEmpty();
    }

    @Test
    void showRunChoosesThatRunAndRefreshKeepsTheUserShown() {
        ExploreUser user = openUserWith(1);
        long base = model.models().stream().filter(m -> m.variant().equals("BASE")).findFirst().orElseThrow()
                .runId();
        model.showRun(base);
        assertThat(model.model().get().runId()).isEqualTo(base);
        model.refresh();
        assertThat(model.model().get().runId()).isEqualTo(base);
        assertThat(model.user().get()).isEqualTo(user);
        model.showRun(12_345);
        assertThat(model.message().get()).contains("12345");
        assertThat(model.model().get().runId()).isEqualTo(din.runId());
    }

    @Test
    void heatmapWeightsEqualTheModelsAttentionOutput() {
        ExploreUser user = openUserWith(2);
        AttentionReport report = new AttentionService().attention(db, Long.toString(din.runId()), user.userId(),
                Split.TEST, List.of());
        HeatmapData heatmap = model.heatmap();
        assertThat(heatmap.rowLabels()).hasSize(report.candidates().size());
        assertThat(heatmap.columnLabels()).hasSize(user.history().size());
        for (AttentionRow row : report.rows()) {
            int r = rowOf(row.adgroupId());
            assertThat(heatmap.values()[r][row.position()]).isEqualTo((double) row.weight());
        }
        for (AttentionReport.Candidate candidate : report.candidates()) {
            CandidateRow row = model.table().rows().get(rowOf(candidate.adgroupId()));
            assertThat(row.ctr().get()).isEqualTo((double) candidate.predictedCtr());
        }
        assertThat(errors).isEmpty();
    }

    private int rowOf(int adgroupId) {
        List<CandidateRow> rows = model.table().rows();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).ad().adgroupId() == adgroupId) {
                return r;
            }
        }
        throw new AssertionError("no row for ad " + adgroupId);
    }

    @Test
    void aRemovedBehaviorDisappearsAndTheScoresChange() {
        ExploreUser user = openUserWith(3);
        List<Double> before = ctrs();
        int top = model.table().topBehaviors().get(0).position();
        HistoryItem removed = model.history().items().get(top);
        model.history().remove(top);
        assertThat(model.history().items()).hasSize(user.history().size() - 1);
        assertThat(Collections.frequency(model.history().items(), removed))
                .isEqualTo(Collections.frequency(user.history(), removed) - 1);
        assertThat(model.heatmap().columnLabels()).hasSize(user.history().size() - 1);
        assertThat(ctrs()).isNotEqualTo(before);
        assertThat(model.table().rows()).allSatisfy(row ->
                assertThat(row.weights()).hasSize(user.history().size() - 1));
        model.history().reset();
        assertThat(ctrs()).isEqualTo(before);
    }

    @Test
    void reorderingAndAddingBehaviorsRescore() {
        ExploreUser user = openUserWith(3);
        int n = user.history().size();
        CandidateRow first = model.table().rows().get(0);
        model.history().move(0, n - 1);
        HistoryItem moved = model.history().items().get(n - 1);
        assertThat(List.of(moved.cate(), moved.brand(), moved.btag())).as("the oldest behaviour, now the newest")
                .isEqualTo(List.of(user.history().get(0).cate(), user.history().get(0).brand(),
                        user.history().get(0).btag()));
        assertThat(moved.timeStamp()).as("takes the newest time").isEqualTo(user.history().get(n - 1).timeStamp());
        assertThat(model.history().items().get(0).cate()).isEqualTo(user.history().get(1).cate());
        assertThat(model.history().items().get(0).timeStamp()).isEqualTo(user.history().get(0).timeStamp());
        assertThat(model.history().edited()).isTrue();
        model.history().remove(0);
        model.history().add(first.ad().cate(), first.ad().brand(), 4, BehaviorAge.MINUTE);
        assertThat(model.history().items()).hasSize(n);
        HistoryItem added = model.history().items().get(n - 1);
        assertThat(added.cate()).isEqualTo(first.ad().cate());
        assertThat(added.btagName()).isEqualTo("buy");
        assertThat(added.timeStamp()).isEqualTo(user.contextTime() - 60);
        assertThat(first.weights()).hasSize(n);
        assertThat(model.heatmap().columnLabels().get(n - 1)).contains("c" + first.ad().cate()).contains("buy");
        assertThat(model.timing().get()).startsWith("Scored ");
    }

    @Test
    void aFullHistoryDropsItsOldestBehaviorWhenOneIsAdded() {
        ExploreUser user = openUserWith(1);
        while (model.history().items().size() < user.historyLength()) {
            model.history().add(101, 201, 1, BehaviorAge.MINUTE);
        }
        HistoryItem second = model.history().items().get(1);
        model.history().add(102, 202, 2, BehaviorAge.MINUTE);
        assertThat(model.history().items()).hasSize(user.historyLength());
        assertThat(model.history().items().get(0)).isEqualTo(second);
        assertThat(model.message().get()).contains("oldest one dropped out");
    }

    @Test
    void aBehaviorOlderThanAFullHistoryIsNotAdded() {
        ExploreUser user = openUserWith(1);
        for (int i = 0; i < 2 * user.historyLength(); i++) {
            model.history().add(101, 201, 1, BehaviorAge.MINUTE);
        }
        List<HistoryItem> before = List.copyOf(model.history().items());
        model.history().add(102, 202, 2, BehaviorAge.TWO_WEEKS);
        assertThat(model.history().items()).isEqualTo(before);
        assertThat(model.message().get()).contains("nothing added");
    }

    @Test
    void anAddedBehaviorTakesItsPlaceInTimeAndItsAgeChangesTheScore() {
        ExploreUser user = openUserWith(3);
        CandidateRow first = model.table().rows().get(0);
        model.history().remove(0); // room for one more, so even the oldest addition is kept
        model.history().add(first.ad().cate(), first.ad().brand(), 4, BehaviorAge.MINUTE);
        double recent = first.ctr().get();
        model.history().reset();
        model.history().remove(0);
        model.history().add(first.ad().cate(), first.ad().brand(), 4, BehaviorAge.TWO_WEEKS);

        List<HistoryItem> items = model.history().items();
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i).timeStamp()).as("oldest first").isGreaterThanOrEqualTo(
                    items.get(i - 1).timeStamp());
        }
        assertThat(items).anyMatch(item -> item.timeStamp() == user.contextTime() - 14 * 86_400);
        assertThat(first.ctr().get()).as("same behaviour, two weeks older").isNotEqualTo(recent);
    }

    @Test
    void ecpmRankingFollowsCtrTimesBid() {
        openUserWith(1);
        List<CandidateRow> rows = new ArrayList<>(model.table().rows());
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).bid().set(1 + i * 0.5);
        }
        model.table().order().set(RowOrder.ECPM);
        List<CandidateRow> ranked = model.table().rows();
        for (int i = 1; i < ranked.size(); i++) {
            CandidateRow higher = ranked.get(i - 1);
            CandidateRow lower = ranked.get(i);
            assertThat(higher.ctr().get() * higher.bid().get()).isGreaterThanOrEqualTo(lower.ctr().get()
                    * lower.bid().get());
            assertThat(higher.rank().get()).isEqualTo(i);
        }
        CandidateRow last = ranked.get(ranked.size() - 1);
        last.bid().set(1e6);
        assertThat(model.table().rows().get(0)).isSameAs(last);
        assertThat(last.rank().get()).isEqualTo(1);
        assertThat(last.ecpm().get()).isEqualTo(last.ctr().get() * 1e6 * 1000);
    }

    @Test
    void rowsSortByPredictedCtr() {
        openUserWith(1);
        model.table().order().set(RowOrder.CTR);
        List<Double> ctrs = ctrs();
        List<Double> sorted = new ArrayList<>(ctrs);
        sorted.sort(Collections.reverseOrder());
        assertThat(ctrs).isEqualTo(sorted);
    }

    @Test
    void addedAdsByIdAndCategoryBecomeRowsAndAreScored() {
        openUserWith(1);
        int before = model.table().rows().size();
        int absent = 1;
        while (rowIds().contains(absent)) {
            absent++;
        }
        model.addAd(Integer.toString(absent));
        assertThat(model.table().rows()).hasSize(before + 1);
        CandidateRow added = model.table().rows().get(rowOf(absent));
        assertThat(added.ad().shown()).isFalse();
        assertThat(added.ctr().get()).isStrictlyBetween(0.0, 1.0);
        model.addCategory("103");
        assertThat(model.table().rows()).anyMatch(row -> row.ad().cate() == 103 && !row.ad().shown());
        model.addAd("ten");
        assertThat(model.message().get()).contains("Ad id").contains("ten");
        model.addAd("999999");
        assertThat(model.message().get()).contains("999999");
        assertThat(errors).isEmpty();
    }

    @Test
    void aTypedUserWithoutTestImpressionsIsAMessageNotAnError() {
        model.search().query().set("987654");
        model.openQuery();
        assertThat(model.message().get()).contains("987654").contains("test day");
        model.search().query().set("12a");
        model.openQuery();
        assertThat(model.message().get()).contains("whole number");
        assertThat(model.user().get()).isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void suggestionsMatchThePrefix() {
        assertThat(model.search().suggestions("1")).isNotEmpty()
                .allSatisfy(user -> assertThat(Integer.toString(user.userId())).startsWith("1"));
    }

    @Test
    void theRandomUserHasClicksAndRepeatsPerDraw() {
        model.randomUser();
        int first = model.user().get().userId();
        assertThat(model.user().get().impressions()).anyMatch(ExploreUser.Impression::clicked);
        SimpleObjectProperty<Path> database = new SimpleObjectProperty<>();
        ExploreViewModel other = new ExploreViewModel(database, BackgroundReads.inline(), service, errors::add);
        database.set(db);
        other.randomUser();
        assertThat(other.user().get().userId()).isEqualTo(first);
    }

    @Test
    void switchingToTheBaseRunRescoresWithItsWeights() {
        openUserWith(2);
        List<Double> din = ctrs();
        model.model().set(model.models().stream().filter(m -> m.variant().equals("BASE")).findFirst()
                .orElseThrow());
        assertThat(ctrs()).isNotEqualTo(din);
        assertThat(errors).isEmpty();
    }

    private List<Double> ctrs() {
        return model.table().rows().stream().map(row -> row.ctr().get()).toList();
    }

    private List<Integer> rowIds() {
        return model.table().rows().stream().map(row -> row.ad().adgroupId()).toList();
    }
}
