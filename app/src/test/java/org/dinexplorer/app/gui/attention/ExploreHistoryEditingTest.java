package org.dinexplorer.app.gui.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.dinexplorer.app.service.explore.ExploreUser;
import org.dinexplorer.storage.samples.HistoryItem;
import org.junit.jupiter.api.Test;

/** Editing the shown user's history on the Explore page: remove, reorder, add, and what each does to the scores. */
class ExploreHistoryEditingTest extends ExploreViewModelFixture {

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
}
