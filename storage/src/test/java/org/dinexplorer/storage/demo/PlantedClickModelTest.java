package org.dinexplorer.storage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planted click model is real: CTR, time windows, leakage traps and a history signal a model can find. */
class PlantedClickModelTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int RECENT = 50;

    @TempDir
    static Path dir;
    static List<String[]> impressions;
    static int[] labels;
    static double[] truth;
    static Map<String, String[]> ads = new HashMap<>();
    static Map<String, List<long[]>> behaviorsByUser = new HashMap<>();
    static Map<String, Integer> cateCodes = new HashMap<>();

    @BeforeAll
    static void generate() {
        DemoTestFiles.generate(dir, 42, false);
        impressions = DemoTestFiles.rows(dir.resolve("raw_sample.csv"));
        labels = impressions.stream().mapToInt(row -> Integer.parseInt(row[5])).toArray();
        truth = DemoTestFiles.rows(dir.resolve("truth.csv")).stream().mapToDouble(row -> Double.parseDouble(row[4]))
                .toArray();
        DemoTestFiles.rows(dir.resolve("ad_feature.csv")).forEach(row -> ads.put(row[0], row));
        for (String[] row : DemoTestFiles.rows(dir.resolve("behavior_log.csv"))) {
            int cate = cateCodes.computeIfAbsent(row[3], c -> cateCodes.size());
            behaviorsByUser.computeIfAbsent(row[0], u -> new ArrayList<>())
                    .add(new long[] {Long.parseLong(row[1]), cate});
        }
        behaviorsByUser.values().forEach(list -> list.sort((a, b) -> Long.compare(a[0], b[0])));
    }

    @Test
    void overallCtrIsAboutFivePercent() {
        double ctr = Arrays.stream(labels).average().orElseThrow();
        assertThat(ctr).isBetween(0.04, 0.06);
        assertThat(Arrays.stream(truth).average().orElseThrow()).isBetween(0.04, 0.06);
    }

    @Test
    void oracleAucFromTruthIsWellAboveChance() {
        assertThat(DemoTestFiles.auc(labels, truth)).isGreaterThan(0.75);
    }

    @Test
    void impressionsFallOnTheEightShanghaiDaysFromMaySixth() {
        Set<LocalDate> days = new HashSet<>();
        impressions.forEach(row -> days.add(shanghaiDay(row[1])));
        LocalDate first = LocalDate.of(2017, 5, 6);
        assertThat(days).hasSize(8).allMatch(d -> !d.isBefore(first) && !d.isAfter(first.plusDays(7)));
    }

    @Test
    void behaviorsFallOnTheTwentyTwoShanghaiDaysFromAprilTwentySecond() {
        Set<LocalDate> days = new HashSet<>();
        behaviorsByUser.values().forEach(list -> list.forEach(b -> days.add(shanghaiDay(b[0]))));
        LocalDate first = LocalDate.of(2017, 4, 22);
        assertThat(days).hasSize(22).allMatch(d -> !d.isBefore(first) && !d.isAfter(first.plusDays(21)));
    }

    @Test
    void someBehaviorsComeAfterImpressionsAndSomeInTheVerySameSecond() {
        long after = 0;
        long sameSecond = 0;
        for (String[] row : impressions) {
            long time = Long.parseLong(row[1]);
            for (long[] b : behaviorsByUser.getOrDefault(row[0], List.of())) {
                after += b[0] > time ? 1 : 0;
                sameSecond += b[0] == time ? 1 : 0;
            }
        }
        assertThat(after).isGreaterThan(impressions.size());
        assertThat(sameSecond).isGreaterThan(20);
    }

    @Test
    void aSameSecondBehaviorOnTheAdsCategoryGivesTheClickAway() {
        long trapped = 0;
        long trappedClicks = 0;
        for (int i = 0; i < labels.length; i++) {
            String[] row = impressions.get(i);
            long time = Long.parseLong(row[1]);
            Integer cate = cateCodes.get(ads.get(row[2])[1]);
            boolean sameSecondView = behaviorsByUser.getOrDefault(row[0], List.of()).stream()
                    .anyMatch(b -> b[0] == time && cate != null && b[1] == cate);
            if (sameSecondView) {
                trapped++;
                trappedClicks += labels[i];
            }
        }
        assertThat(trapped).isGreaterThan(50);
        assertThat((double) trappedClicks / trapped).as("CTR of impressions with a same-second view")
                .isGreaterThan(0.5);
    }

    @Test
    void clickedAdsMatchMoreRecentBehaviorsThanIgnoredOnes() {
        double[] matches = recentMatches();
        double clicked = 0;
        double ignored = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == 1) {
                clicked += matches[i];
            } else {
                ignored += matches[i];
            }
        }
        int clicks = Arrays.stream(labels).sum();
        assertThat(clicked / clicks).isGreaterThan(2 * ignored / (labels.length - clicks));
    }

    @Test
    void theSignalIsTheCandidateMatchingTheHistoryNotTheAmountOfActivity() {
        double[] matches = recentMatches();
        double[] historyLength = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            historyLength[i] = before(impressions.get(i)).size();
        }
        double matchAuc = DemoTestFiles.auc(labels, matches);
        double activityAuc = DemoTestFiles.auc(labels, historyLength);
        assertThat(matchAuc).isGreaterThan(0.7);
        assertThat(matchAuc - activityAuc).isGreaterThan(0.1);
    }

    @Test
    void thePidHasAMildEffect() {
        double[] clicks = new double[2];
        double[] shown = new double[2];
        for (int i = 0; i < labels.length; i++) {
            int pid = impressions.get(i)[3].equals("430548_1007") ? 0 : 1;
            clicks[pid] += labels[i];
            shown[pid]++;
        }
        double first = clicks[0] / shown[0];
        double second = clicks[1] / shown[1];
        assertThat(first).isGreaterThan(second).isLessThan(2 * second);
    }

    /** Behaviours among the user's last 50 before the impression whose category is the ad's. */
    private static double[] recentMatches() {
        double[] matches = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            String[] row = impressions.get(i);
            Integer cate = cateCodes.get(ads.get(row[2])[1]);
            List<long[]> history = before(row);
            for (long[] b : history.subList(Math.max(0, history.size() - RECENT), history.size())) {
                matches[i] += cate != null && b[1] == cate ? 1 : 0;
            }
        }
        return matches;
    }

    /** The user's behaviours strictly before the impression's second, oldest first. */
    private static List<long[]> before(String[] impression) {
        long time = Long.parseLong(impression[1]);
        List<long[]> all = behaviorsByUser.getOrDefault(impression[0], List.of());
        int end = 0;
        while (end < all.size() && all.get(end)[0] < time) {
            end++;
        }
        return all.subList(0, end);
    }

    private static LocalDate shanghaiDay(String seconds) {
        return shanghaiDay(Long.parseLong(seconds));
    }

    private static LocalDate shanghaiDay(long seconds) {
        return Instant.ofEpochSecond(seconds).atZone(SHANGHAI).toLocalDate();
    }
}
