package org.dinexplorer.storage.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UsersOfSplitTest {

    @Test
    void eachUsersPositionsAreThoseAPassOverTheSplitFindsInTheSameOrder() {
        SplittableRandom random = new SplittableRandom(3);
        int[] userOf = random.ints(5_000, -20, 400).toArray();
        UsersOfSplit users = UsersOfSplit.of(userOf.length, p -> userOf[p]);

        for (int user = -25; user < 405; user++) {
            int id = user;
            int[] scanned = IntStream.range(0, userOf.length).filter(p -> userOf[p] == id).toArray();
            assertThat(users.positionsOf(user)).as("user %d", user).containsExactly(scanned);
        }
    }

    @Test
    void everyUserIsVisitedOnceInAscendingOrderAndTogetherTheyCoverTheSplit() {
        int[] userOf = {7, 3, 7, 1_141_729, 3, 3, 0};
        UsersOfSplit users = UsersOfSplit.of(userOf.length, p -> userOf[p]);
        List<Integer> ids = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();

        users.forEachUser((found, id) -> {
            ids.add(id);
            positions.add(found);
        });

        assertThat(ids).containsExactly(0, 3, 7, 1_141_729);
        assertThat(positions).containsExactly(new int[] {6}, new int[] {1, 4, 5}, new int[] {0, 2}, new int[] {3});
    }

    @Test
    void anEmptySplitHasNoUsers() {
        UsersOfSplit users = UsersOfSplit.of(0, p -> 1);

        assertThat(users.positionsOf(1)).isEmpty();
        users.forEachUser((found, id) -> {
            throw new AssertionError("no user expected");
        });
    }
}
