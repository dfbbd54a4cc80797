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
import org.dinexplorer.app.service.explore.ExploreUser;
import org.dinexplorer.app.service.export.HeatmapData;
import org.dinexplorer.storage.samples.Split;
import org.junit.jupiter.api.Test;

/** The Explore page's view model: choosing runs, the heatmap, ranking, added ads and finding users. */
class ExploreViewModelTest extends ExploreViewModelFixture {

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
}
