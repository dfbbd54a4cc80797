package org.dinexplorer.app.service.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dinexplorer.app.service.imports.SyntheticLogs;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.BatchSource;
import org.dinexplorer.model.data.BatchStream;
import org.dinexplorer.storage.samples.DatasetConfig;
import org.dinexplorer.storage.samples.SampleDetail;
import org.dinexplorer.storage.samples.Split;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingSetBatchSourceTest {

    private static final int HISTORY = 8;

    @TempDir
    static Path folder;

    private static Dataset dataset;

    @BeforeAll
    static void buildDataset() throws Exception {
        Path db = SyntheticLogs.write(folder, 60, 11);
        DatasetService service = new DatasetService();
        service.build(db, DatasetConfig.defaults().withHistoryLength(HISTORY), progress -> { }, () -> false);
        dataset = service.openDataset(db);
    }

    private static List<Long> sampleIds(BatchStream stream) {
        List<Long> ids = new ArrayList<>();
        try (stream) {
            while (stream.hasNext()) {
                Arrays.stream(stream.next().sampleIds()).forEach(ids::add);
            }
        }
        return ids;
    }

    @Test
    void sameSeedGivesSameOrderAndAnotherSeedAnother() {
        BatchSource train = dataset.train();
        List<Long> first = sampleIds(train.shuffled(64, 5));

        assertThat(sampleIds(train.shuffled(64, 5))).isEqualTo(first);
        assertThat(sampleIds(train.shuffled(64, 6))).isNotEqualTo(first).containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    void shuffledEpochCoversEverySampleOnceWithASmallerLastBatch() {
        BatchSource train = dataset.train();
        List<Integer> sizes = new ArrayList<>();
        try (BatchStream stream = train.shuffled(100, 1)) {
            stream.forEachRemaining(batch -> sizes.add(batch.size()));
        }
        long total = train.sampleCount();

        assertThat(sizes.stream().mapToLong(Integer::longValue).sum()).isEqualTo(total);
        assertThat(sizes.get(sizes.size() - 1)).isEqualTo((int) (total % 100 == 0 ? 100 : total % 100));
        assertThat(sampleIds(train.shuffled(100, 1))).doesNotHaveDuplicates().hasSize((int) total);
    }

    @Test
    void orderedBatchesFollowTheStableOrderAndTheBatchLayout() {
        BatchSource test = dataset.test();
        try (BatchStream stream = test.ordered(32)) {
            Batch batch = stream.next();
            for (int i = 0; i < batch.size(); i++) {
                SampleDetail detail = dataset.detail(Split.TEST, i);
                int length = batch.historyLengths()[i];
                assertThat(batch.sampleIds()[i]).isEqualTo(detail.sampleId());
                assertThat(batch.userIds()[i]).isEqualTo(detail.userId());
                assertThat(length).isEqualTo(detail.history().size());
                for (int p = 0; p < HISTORY; p++) {
                    int cate = batch.histCate()[i * HISTORY + p];
                    if (p < HISTORY - length) {
                        assertThat(cate).isZero();
                    } else {
                        int raw = detail.history().get(p - (HISTORY - length)).cate();
                        assertThat(cate).isEqualTo(dataset.vocabulary("cate_id").indexOf(raw)).isPositive();
                    }
                }
            }
        }
    }

    @Test
    void schemaNamesTheFieldsAndEveryTable() {
        var schema = dataset.schema();

        assertThat(schema.userFields()).hasSize(9).first().isEqualTo("userid");
        assertThat(schema.adFields()).containsExactly("adgroup_id", "cate_id", "campaign_id", "customer", "brand",
                "pid");
        assertThat(schema.vocabularySize("btag")).isEqualTo(6);
        assertThat(schema.vocabularySize("pid")).isEqualTo(4);
        assertThat(schema.historyLength()).isEqualTo(HISTORY);
    }

    @Test
    void closingAStreamStopsItsWorkerThread() throws Exception {
        BatchStream stream = dataset.train().shuffled(1, 3);
        stream.next();
        stream.close();
        Thread.sleep(300);

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("batches-train")
                && t.isAlive());
        assertThat(stream.hasNext()).isFalse();
    }

    @Test
    void rejectsBatchSizeBelowOne() {
        assertThatThrownBy(() -> dataset.train().ordered(0)).hasMessageContaining("at least 1, got 0");
    }

    @Test
    void userPositionsAndBatchOfChosenSamplesAgree() {
        int user = dataset.detail(Split.TEST, 0).userId();
        int[] positions = dataset.positionsOfUser(Split.TEST, user);
        Batch batch = dataset.batchOf(Split.TEST, positions);

        assertThat(positions).isNotEmpty();
        assertThat(batch.userIds()).containsOnly(user);
    }
}
