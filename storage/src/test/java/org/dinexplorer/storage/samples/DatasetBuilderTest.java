package org.dinexplorer.storage.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dinexplorer.storage.samples.TaobaoLogs.beijing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.dinexplorer.storage.StorageException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetBuilderTest {

    @TempDir
    Path folder;

    private TaobaoLogs logs;

    @BeforeEach
    void writeLogs() throws Exception {
        logs = new TaobaoLogs(folder).ad(1, 10, 1, 1, 3, 9.0).ad(2, 11, 2, 2, 4, 99.0);
        for (int day = 6; day <= 13; day++) {
            for (int user = 1; user <= 20; user++) {
                long time = beijing(String.format("2017-05-%02dT%02d:00", day, 1 + user % 20));
                logs.impression(user, time, 1 + user % 2, "430548_1007", user % 3 == 0 ? 1 : 0);
                logs.behavior(user, time - 3600, 1, 10 + user % 2, 3 + user % 2);
            }
        }
        logs.store();
    }

    @Test
    void refusesToReadBeforeAnyBuild() {
        assertThatThrownBy(() -> logs.reader())
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("No training set has been built");
    }

    @Test
    void defaultSplitTrainsOnTheFirstSixDaysValidatesOnTheSeventhAndTestsOnTheLast() {
        DatasetSummary summary = logs.build(DatasetConfig.defaults());

        assertThat(summary.split(Split.TRAIN).firstDay()).isEqualTo(LocalDate.parse("2017-05-06"));
        assertThat(summary.split(Split.TRAIN).lastDay()).isEqualTo(LocalDate.parse("2017-05-11"));
        assertThat(summary.split(Split.TRAIN).sampleCount()).isEqualTo(120);
        assertThat(summary.split(Split.VALIDATION).firstDay()).isEqualTo(LocalDate.parse("2017-05-12"));
        assertThat(summary.split(Split.VALIDATION).sampleCount()).isEqualTo(20);
        assertThat(summary.split(Split.TEST).sampleCount()).isEqualTo(20);
        assertThat(summary.split(Split.TEST).ctr()).isEqualTo(6 / 20.0);
        assertThat(summary.userCount()).isEqualTo(20);
    }

    @Test
    void withoutValidationEveryDayBeforeTheTestDayTrains() {
        DatasetSummary summary = logs.build(DatasetConfig.defaults().withValidation(ValidationMode.NONE, 0, 0));

        assertThat(summary.split(Split.TRAIN).lastDay()).isEqualTo(LocalDate.parse("2017-05-12"));
        assertThat(summary.split(Split.TRAIN).sampleCount()).isEqualTo(140);
        assertThat(summary.split(Split.VALIDATION).sampleCount()).isZero();
    }

    @Test
    void theLastTrainingDayValidatesOnlyWhenAnotherDayIsLeftToTrainOn() {
        DatasetSummary summary = logs.build(DatasetConfig.defaults().withTestDay(LocalDate.parse("2017-05-07")));

        assertThat(summary.split(Split.TRAIN).firstDay()).isEqualTo(LocalDate.parse("2017-05-06"));
        assertThat(summary.split(Split.TRAIN).sampleCount()).isEqualTo(20);
        assertThat(summary.split(Split.VALIDATION).sampleCount()).isZero();
    }

    @Test
    void earlierTestDayLeavesLaterDaysOut() {
        DatasetSummary summary = logs.build(DatasetConfig.defaults().withTestDay(LocalDate.parse("2017-05-10"))
                .withValidation(ValidationMode.NONE, 0, 0));

        assertThat(summary.split(Split.TRAIN).sampleCount()).isEqualTo(80);
        assertThat(summary.split(Split.TEST).sampleCount()).isEqualTo(20);
        assertThat(logs.reader().sampleCount(Split.TEST)).isEqualTo(20);
    }

    @Test
    void testDayWithoutImpressionsIsRefusedWithTheAvailableRange() {
        assertThatThrownBy(() -> logs.build(DatasetConfig.defaults().withTestDay(LocalDate.parse("2017-06-01"))))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("2017-06-01").hasMessageContaining("2017-05-06 to 2017-05-13");
    }

    @Test
    void validationByLastTrainDayTakesThatDay() {
        DatasetSummary summary = logs.build(DatasetConfig.defaults()
                .withValidation(ValidationMode.LAST_TRAIN_DAY, 0, 0));

        assertThat(summary.split(Split.VALIDATION).firstDay()).isEqualTo(LocalDate.parse("2017-05-12"));
        assertThat(summary.split(Split.VALIDATION).sampleCount()).isEqualTo(20);
        assertThat(summary.split(Split.TRAIN).lastDay()).isEqualTo(LocalDate.parse("2017-05-11"));
    }

    @Test
    void validationByUserShareKeepsEachUserOnOneSide() {
        DatasetSummary summary = logs.build(DatasetConfig.defaults()
                .withValidation(ValidationMode.USER_SHARE, 0.3, 42));
        long validationUsers = summary.split(Split.VALIDATION).userCount();

        assertThat(validationUsers).isBetween(1L, 19L);
        assertThat(summary.split(Split.VALIDATION).sampleCount()).isEqualTo(validationUsers * 7);
        assertThat(summary.split(Split.TRAIN).userCount() + validationUsers).isEqualTo(20);
    }

    @Test
    void priceIsStandardisedWithTrainingMoments() {
        logs.build(DatasetConfig.defaults());
        SampleReader reader = logs.reader();
        EncodedSamples train = reader.readRange(Split.TRAIN, 0, reader.sampleCount(Split.TRAIN));
        double sum = 0;
        double squares = 0;
        for (float price : train.price()) {
            sum += price;
            squares += price * price;
        }
        double mean = sum / train.size();

        assertThat(mean).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(squares / train.size() - mean * mean).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void cancelledRebuildKeepsThePreviousDataset() {
        String fingerprint = logs.build(DatasetConfig.defaults()).fingerprint();
        AtomicInteger polls = new AtomicInteger();

        assertThatThrownBy(() -> new DatasetBuilder(logs.database()).build(DatasetConfig.defaults()
                .withHistoryLength(3), BuildListener.NONE, () -> polls.incrementAndGet() > 1))
                .isInstanceOf(CancellationException.class);
        assertThat(logs.reader().fingerprint()).isEqualTo(fingerprint);
        assertThat(Files.exists(DatasetBuilder.datasetFolder(logs.database().file()))).isTrue();
    }

    @Test
    void missingDatasetFolderIsReportedOnOpen() throws Exception {
        logs.build(DatasetConfig.defaults());
        AtomicFolder.delete(DatasetBuilder.datasetFolder(logs.database().file()));

        assertThatThrownBy(() -> logs.reader())
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("missing or incomplete");
    }

    @Test
    void emptyDatabaseIsRefusedWithAHint(@TempDir Path other) {
        TaobaoLogs empty = new TaobaoLogs(other);

        assertThatThrownBy(() -> empty.build(DatasetConfig.defaults()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("no impressions");
    }

    @Test
    void stopDuringParallelReadingCancelsAndKeepsThePreviousDataset() {
        String fingerprint = logs.build(DatasetConfig.defaults()).fingerprint();
        AtomicInteger polls = new AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            assertThatThrownBy(() -> new DatasetBuilder(logs.database(), pool, 2).build(DatasetConfig.defaults()
                    .withHistoryLength(3), BuildListener.NONE, () -> polls.incrementAndGet() > 2))
                    .isInstanceOf(CancellationException.class);
        } finally {
            pool.shutdownNow();
        }
        assertThat(logs.reader().fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void behaviorIdOutsideTheIntRangeIsRefused() throws Exception {
        logs.behavior(1, beijing("2017-05-06T00:00"), 1, 10, null);
        logs.store();
        try (var connection = logs.database().connect(); var statement = connection.createStatement()) {
            statement.execute("UPDATE behaviors SET user = 3000000000 WHERE rowid = (SELECT max(rowid) FROM behaviors)");
        }

        assertThatThrownBy(() -> logs.build(DatasetConfig.defaults()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("column user or time_stamp").hasMessageContaining("outside 0 .. 2^31-1");
    }

    @Test
    void summaryWithoutLoadingMatchesTheOpenedDataset() {
        DatasetSummary built = logs.build(DatasetConfig.defaults().withMinCount(2));
        DatasetSummary found = SampleReader.findSummary(logs.database()).orElseThrow();

        assertThat(found.fingerprint()).isEqualTo(built.fingerprint());
        assertThat(found.vocabularySizes()).isEqualTo(built.vocabularySizes())
                .isEqualTo(logs.reader().summary().vocabularySizes());
        assertThat(found.split(Split.TEST)).isEqualTo(built.split(Split.TEST));
        assertThat(found.config()).isEqualTo(built.config());
    }

    @Test
    void fingerprintDifferencesNameTheChangedSettingAndVocabularies() {
        logs.build(DatasetConfig.defaults());
        String before = SampleReader.findFingerprintText(logs.database()).orElseThrow();
        logs.build(DatasetConfig.defaults().withHistoryLength(7));
        String same = SampleReader.findFingerprintText(logs.database()).orElseThrow();
        logs.build(DatasetConfig.defaults().withTestDay(LocalDate.parse("2017-05-12")));
        String after = SampleReader.findFingerprintText(logs.database()).orElseThrow();

        assertThat(DatasetFingerprint.differences(before, before)).isEmpty();
        assertThat(DatasetFingerprint.differences(before, same)).containsExactly("history_length: 50 -> 7");
        assertThat(DatasetFingerprint.differences(before, after))
                .contains("test_day: 2017-05-13 -> 2017-05-12", "train_days: 2017-05-06..2017-05-12 -> "
                        + "2017-05-06..2017-05-11")
                .anyMatch(line -> line.startsWith("vocab.userid: "));
    }

    @Test
    void repeatedKeysAreComparedInOrder() {
        String a = "file.behavior_log=aaa options={}\nfile.behavior_log=bbb options={}\n";
        String b = "file.behavior_log=aaa options={}\nfile.behavior_log=ccc options={}\n";

        assertThat(DatasetFingerprint.differences(a, b))
                .containsExactly("file.behavior_log #2: bbb options={} -> ccc options={}");
        assertThat(DatasetFingerprint.differences(a, "")).hasSize(2);
    }

    @Test
    void adMissingFromTheAdTableHasMissingFieldsAndPriceZero() throws Exception {
        logs.impression(21, beijing("2017-05-13T09:00"), 99, "430548_1007", 0).store();
        logs.build(DatasetConfig.defaults());
        SampleReader reader = logs.reader();
        int position = reader.positionsOfUser(Split.TEST, 21)[0];
        EncodedSamples sample = reader.read(Split.TEST, new int[] {position}, 0, 1);
        SampleDetail detail = reader.detail(Split.TEST, position);

        assertThat(detail.adFields()).containsExactly(99, org.dinexplorer.storage.vocab.Vocabulary.MISSING,
                org.dinexplorer.storage.vocab.Vocabulary.MISSING, org.dinexplorer.storage.vocab.Vocabulary.MISSING,
                org.dinexplorer.storage.vocab.Vocabulary.MISSING);
        assertThat(detail.price()).isNaN();
        assertThat(sample.price()).containsExactly(0f);
        assertThat(sample.adFeatures()[0]).containsExactly(org.dinexplorer.storage.vocab.Vocabulary.UNKNOWN);
        assertThat(sample.adFeatures()[1]).containsExactly(org.dinexplorer.storage.vocab.Vocabulary.UNKNOWN);
    }

    @Test
    void logsWithoutAnyBehaviorGiveEmptyHistories(@TempDir Path other) throws Exception {
        TaobaoLogs bare = new TaobaoLogs(other).ad(1, 10, 1, 1, 3, 9.0)
                .impression(1, beijing("2017-05-12T10:00"), 1, "430548_1007", 0)
                .impression(1, beijing("2017-05-13T10:00"), 1, "430548_1007", 1)
                .store();
        DatasetSummary summary = bare.buildWithReaders(DatasetConfig.defaults(), 2);
        SampleReader reader = bare.reader();

        assertThat(summary.behaviorCount()).isZero();
        assertThat(summary.vocabularySizes()).containsEntry("btag", 2);
        assertThat(reader.readRange(Split.TRAIN, 0, 1).historyLengths()).containsExactly(0);
        assertThat(reader.readRange(Split.TEST, 0, 1).historyLengths()).containsExactly(0);
    }
}
