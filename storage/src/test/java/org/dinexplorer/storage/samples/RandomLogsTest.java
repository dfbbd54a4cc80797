package org.dinexplorer.storage.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dinexplorer.storage.samples.TaobaoLogs.beijing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random logs with behaviours before, at and after impressions, checked against a direct reference: for every
 * impression, sort the user's behaviours and take the last L strictly earlier ones.
 */
class RandomLogsTest {

    private static final int HISTORY = 6;
    private static final long START = beijing("2017-05-06T00:00");
    private static final long SPAN = 8 * 86_400L;

    @TempDir
    Path folder;

    private TaobaoLogs logs;
    private final Map<Integer, List<long[]>> behaviorsByUser = new HashMap<>();
    private final Map<Long, long[]> impressionsByRow = new HashMap<>();

    @BeforeEach
    void writeLogs() throws Exception {
        Random random = new Random(20170513L);
        logs = new TaobaoLogs(folder);
        for (int ad = 1; ad <= 15; ad++) {
            logs.ad(ad, 1 + ad % 4, ad, ad, ad % 3 == 0 ? null : ad % 5, ad * 3.5);
        }
        long row = 1;
        for (int user = 1; user <= 40; user++) {
            List<long[]> behaviors = new ArrayList<>();
            int behaviorCount = random.nextInt(25);
            for (int b = 0; b < behaviorCount; b++) {
                // a third of the behaviours share a second with an earlier one, to exercise the tie order
                long time = b > 0 && random.nextInt(3) == 0 ? behaviors.get(random.nextInt(b))[0]
                        : START + random.nextInt((int) SPAN);
                long[] item = {time, 1 + random.nextInt(4), 1 + random.nextInt(6), random.nextInt(4)};
                behaviors.add(item);
                logs.behavior(user, time, (int) item[1], (int) item[2], item[3] == 0 ? null : (int) item[3]);
            }
            for (int k = random.nextInt(5); k >= 0; k--) {
                // every other impression shares a second with one of the user's behaviours
                long time = k % 2 == 0 && !behaviors.isEmpty()
                        ? behaviors.get(random.nextInt(behaviors.size()))[0] : START + random.nextInt((int) SPAN);
                logs.impression(user, time, 1 + random.nextInt(15), "430548_1007", random.nextInt(2));
                impressionsByRow.put(row++, new long[] {user, time});
            }
            behaviorsByUser.put(user, behaviors);
        }
        logs.store();
    }

    @ParameterizedTest(name = "{0} reader(s)")
    @ValueSource(ints = {1, 3})
    void everyHistoryIsTheLastBehaviorsStrictlyBeforeItsImpression(int readers) {
        logs.buildWithReaders(DatasetConfig.defaults().withHistoryLength(HISTORY), readers);
        SampleReader reader = logs.reader();
        int checked = 0;
        for (Split split : Split.values()) {
            for (int p = 0; p < reader.sampleCount(split); p++) {
                SampleDetail sample = reader.detail(split, p);
                long[] impression = impressionsByRow.get(sample.sampleId());
                assertThat(sample.userId()).isEqualTo((int) impression[0]);
                assertThat(sample.timeStamp()).isEqualTo(impression[1]);
                assertThat(sample.history()).allSatisfy(item -> assertThat(item.timeStamp()).isLessThan(impression[1]));
                assertThat(sample.history()).extracting(item -> List.of(item.timeStamp(), (long) item.btag(),
                        (long) item.cate())).containsExactlyElementsOf(expected(sample.userId(), impression[1]));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(impressionsByRow.size());
    }

    private List<List<Long>> expected(int user, long time) {
        List<List<Long>> earlier = behaviorsByUser.get(user).stream()
                .filter(b -> b[0] < time)
                .sorted(Comparator.<long[]>comparingLong(b -> b[0]).thenComparingLong(b -> b[1])
                        .thenComparingLong(b -> b[2]).thenComparingLong(b -> b[3] == 0 ? Integer.MIN_VALUE : b[3]))
                .map(b -> List.of(b[0], b[1], b[2]))
                .toList();
        return earlier.subList(Math.max(0, earlier.size() - HISTORY), earlier.size());
    }

    @Test
    void rebuildingWithTheSameSettingsGivesTheSameFingerprintAndSamples() {
        DatasetConfig config = DatasetConfig.defaults().withHistoryLength(HISTORY);
        DatasetSummary first = logs.build(config);
        EncodedSamples firstTrain = logs.reader().readRange(Split.TRAIN, 0, (int) first.split(Split.TRAIN)
                .sampleCount());
        DatasetSummary second = logs.build(config);
        EncodedSamples secondTrain = logs.reader().readRange(Split.TRAIN, 0, (int) second.split(Split.TRAIN)
                .sampleCount());

        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(secondTrain).usingRecursiveComparison().isEqualTo(firstTrain);
    }

    @Test
    void changingAnySettingChangesTheFingerprint() {
        DatasetConfig base = DatasetConfig.defaults().withHistoryLength(HISTORY);
        String original = logs.build(base).fingerprint();
        List<DatasetConfig> variants = List.of(base.withHistoryLength(HISTORY + 1), base.withMinCount(2),
                base.withTestDay(java.time.LocalDate.parse("2017-05-12")),
                base.withValidation(ValidationMode.NONE, 0, 0),
                base.withValidation(ValidationMode.USER_SHARE, 0.2, 7),
                base.withValidation(ValidationMode.USER_SHARE, 0.2, 8));

        List<String> fingerprints = variants.stream().map(config -> logs.build(config).fingerprint()).toList();

        assertThat(fingerprints).doesNotContain(original).doesNotHaveDuplicates();
    }

    @Test
    void parallelReadersGiveTheSameFingerprintAndSamplesAsOne() {
        DatasetConfig config = DatasetConfig.defaults().withHistoryLength(HISTORY);
        DatasetSummary single = logs.build(config);
        EncodedSamples singleTest = logs.reader().readRange(Split.TEST, 0, (int) single.split(Split.TEST)
                .sampleCount());
        DatasetSummary parallel = logs.buildWithReaders(config, 4);
        EncodedSamples parallelTest = logs.reader().readRange(Split.TEST, 0, (int) parallel.split(Split.TEST)
                .sampleCount());

        assertThat(parallel.fingerprint()).isEqualTo(single.fingerprint());
        assertThat(parallel.keptBehaviorCount()).isEqualTo(single.keptBehaviorCount());
        assertThat(parallelTest).usingRecursiveComparison().isEqualTo(singleTest);
    }
}
