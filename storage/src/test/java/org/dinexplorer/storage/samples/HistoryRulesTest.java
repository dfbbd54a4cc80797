package org.dinexplorer.storage.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dinexplorer.storage.samples.TaobaoLogs.beijing;

import java.nio.file.Path;
import java.util.List;
import org.dinexplorer.storage.vocab.Vocabulary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made logs whose expected histories are written out item by item. */
class HistoryRulesTest {

    private static final long T = beijing("2017-05-10T12:00");
    private static final long LAST_TRAIN_MINUTE = beijing("2017-05-12T23:59");
    private static final long FIRST_TEST_HALF_HOUR = beijing("2017-05-13T00:30");

    @TempDir
    Path folder;

    private TaobaoLogs logs;

    @BeforeEach
    void writeLogs() throws Exception {
        logs = new TaobaoLogs(folder)
                .ad(100, 10, 1000, 500, 7, 99.0)
                .ad(200, 20, 2000, 600, null, 5.0)
                .user(1, 5, 2, 1, 3, 2, 3, 0, 4)
                .user(2, 5, null, 2, null, null, 3, 1, null)
                // user 1: one training impression at T, one test impression just after midnight Beijing time
                .impression(1, T, 100, "430548_1007", 1)
                .impression(1, FIRST_TEST_HALF_HOUR, 200, "430539_1007", 0)
                .behavior(1, T - 7200, 1, 10, 7)
                .behavior(1, T - 60, 2, 20, null)
                .behavior(1, T, 4, 30, 8)
                .behavior(1, T + 60, 1, 40, 9)
                .behavior(1, beijing("2017-05-12T20:00"), 3, 999, 9)
                // user 2: no behaviours at all; an impression one minute before midnight Beijing time
                .impression(2, LAST_TRAIN_MINUTE, 100, "430548_1007", 0)
                // user 3: no profile row, five behaviours before the impression
                .impression(3, beijing("2017-05-06T09:00"), 200, "430548_1007", 0)
                .behavior(3, beijing("2017-05-06T08:01"), 1, 10, 7)
                .behavior(3, beijing("2017-05-06T08:02"), 1, 20, 7)
                .behavior(3, beijing("2017-05-06T08:03"), 1, 10, 7)
                .behavior(3, beijing("2017-05-06T08:04"), 2, 20, 7)
                .behavior(3, beijing("2017-05-06T08:05"), 4, 10, 7)
                // user 4 appears only on the test day
                .impression(4, beijing("2017-05-13T10:00"), 100, "430548_1007", 1)
                .store();
    }

    /** These logs have two training days only, so every rule below is checked without a validation split. */
    private DatasetSummary build(int historyLength) {
        return logs.build(noValidation().withHistoryLength(historyLength));
    }

    private static DatasetConfig noValidation() {
        return DatasetConfig.defaults().withValidation(ValidationMode.NONE, 0, 0);
    }

    @Test
    void behaviorAtTheImpressionSecondAndLaterAreExcluded() {
        build(50);
        SampleDetail sample = logs.reader().detail(Split.TRAIN, 1);

        assertThat(sample.userId()).isEqualTo(1);
        assertThat(sample.history()).containsExactly(
                new HistoryItem(T - 7200, 10, 7, 1, 2.0),
                new HistoryItem(T - 60, 20, Vocabulary.MISSING, 2, 60 / 3600.0));
    }

    @Test
    void userWithoutBehaviorsGetsAnAllPaddingHistory() {
        build(4);
        SampleReader reader = logs.reader();
        EncodedSamples block = reader.readRange(Split.TRAIN, 2, 1);

        assertThat(reader.detail(Split.TRAIN, 2).userId()).isEqualTo(2);
        assertThat(block.historyLengths()).containsExactly(0);
        assertThat(block.histCate()).containsOnly(0);
        assertThat(block.histBrand()).containsOnly(0);
        assertThat(block.histBtag()).containsOnly(0);
        assertThat(block.histAge()).containsOnly(0);
    }

    @Test
    void longHistoryKeepsTheLatestBehaviorsOldestFirst() {
        build(3);
        SampleDetail sample = logs.reader().detail(Split.TRAIN, 0);

        assertThat(sample.userId()).isEqualTo(3);
        assertThat(sample.history()).extracting(HistoryItem::timeStamp).containsExactly(
                beijing("2017-05-06T08:03"), beijing("2017-05-06T08:04"), beijing("2017-05-06T08:05"));
        assertThat(sample.history()).extracting(HistoryItem::btagName).containsExactly("pv", "cart", "buy");
    }

    @Test
    void shortHistoryIsLeftPadded() {
        build(4);
        SampleReader reader = logs.reader();
        EncodedSamples block = reader.readRange(Split.TRAIN, 1, 1);
        Vocabulary cate = reader.vocabularies().get("cate_id");
        Vocabulary btag = reader.vocabularies().get("btag");

        assertThat(block.historyLengths()).containsExactly(2);
        assertThat(block.histCate()).containsExactly(0, 0, cate.indexOf(10), cate.indexOf(20));
        assertThat(block.histBtag()).containsExactly(0, 0, btag.indexOf(1), btag.indexOf(2));
        assertThat(block.histAge()).as("seconds before the impression").containsExactly(0, 0, 7200, 60);
        assertThat(cate.indexOf(10)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void daysAreBeijingDaysNotUtcDays() {
        DatasetSummary summary = build(50);
        SampleReader reader = logs.reader();

        // both impressions fall on 2017-05-12 in UTC, but on different Beijing days
        assertThat(summary.testDay()).hasToString("2017-05-13");
        assertThat(reader.detail(Split.TRAIN, 2).timeStamp()).isEqualTo(LAST_TRAIN_MINUTE);
        assertThat(reader.detail(Split.TEST, 0).timeStamp()).isEqualTo(FIRST_TEST_HALF_HOUR);
        assertThat(summary.split(Split.TRAIN).sampleCount()).isEqualTo(3);
        assertThat(summary.split(Split.TEST).sampleCount()).isEqualTo(2);
        assertThat(summary.split(Split.TEST).clickCount()).isEqualTo(1);
    }

    @Test
    void testHistoryMayUseEveryEarlierBehaviorButUnseenValuesAreUnknown() {
        build(50);
        SampleReader reader = logs.reader();
        SampleDetail sample = reader.detail(Split.TEST, 0);
        EncodedSamples block = reader.readRange(Split.TEST, 0, 1);

        assertThat(sample.history()).extracting(HistoryItem::cate).containsExactly(10, 20, 30, 40, 999);
        assertThat(block.histCate()[49]).isEqualTo(Vocabulary.UNKNOWN);
        assertThat(block.histCate()[48]).isEqualTo(Vocabulary.UNKNOWN);
        assertThat(block.histCate()[46]).isGreaterThanOrEqualTo(2);
    }

    @Test
    void userSeenOnlyOnTheTestDayIsUnknown() {
        build(50);
        SampleReader reader = logs.reader();
        EncodedSamples block = reader.readRange(Split.TEST, 1, 1);

        assertThat(block.userIds()).containsExactly(4);
        assertThat(block.userFeatures()[0]).containsExactly(Vocabulary.UNKNOWN);
    }

    @Test
    void missingProfileValuesShareTheirOwnIndex() {
        build(50);
        SampleReader reader = logs.reader();
        Vocabulary groups = reader.vocabularies().get("cms_group_id");
        EncodedSamples train = reader.readRange(Split.TRAIN, 0, 3);

        // user 3 has no profile row, user 2 has cms_group_id NULL: both map to the NULL entry, user 1 to value 2
        int missing = groups.indexOf(Vocabulary.MISSING);
        assertThat(missing).isGreaterThanOrEqualTo(2);
        assertThat(groups.label(missing)).isEqualTo("NULL");
        assertThat(train.userFeatures()[2]).containsExactly(missing, groups.indexOf(2), missing);
    }

    @Test
    void minCountSendsRareValuesToUnknown() {
        logs.build(noValidation().withMinCount(2));
        SampleReader reader = logs.reader();
        Vocabulary ads = reader.vocabularies().get("adgroup_id");
        Vocabulary cate = reader.vocabularies().get("cate_id");

        // training impressions: ad 100 twice, ad 200 once
        assertThat(ads.size()).isEqualTo(3);
        assertThat(ads.indexOf(100)).isEqualTo(2);
        assertThat(ads.indexOf(200)).isEqualTo(Vocabulary.UNKNOWN);
        // cate 10: ad 100 twice + 4 training-history behaviours; cate 20: ad 200 once + 3; cate 30 in none
        assertThat(List.of(cate.indexOf(10), cate.indexOf(20), cate.indexOf(30))).containsExactly(2, 3, 1);
    }
}
