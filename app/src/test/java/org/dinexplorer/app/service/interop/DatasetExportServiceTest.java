package org.dinexplorer.app.service.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.app.service.dataset.Dataset;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.training.TinyRuns;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.TimeGapBuckets;
import org.dinexplorer.storage.samples.Split;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetExportServiceTest {

    @TempDir
    static Path folder;
    static Path out;
    static Dataset dataset;
    static Map<Split, Integer> counts;
    static List<JobProgress> progress = new ArrayList<>();

    @BeforeAll
    static void export() throws Exception {
        Path db = TinyRuns.database(folder, 40);
        dataset = new DatasetService().openDataset(db);
        out = folder.resolve("export");
        counts = new DatasetExportService().export(db, out, List.of(Split.TEST, Split.VALIDATION), progress::add,
                () -> false);
    }

    @Test
    void eachArrayHoldsTheSplitsSamplesInTheOrderOfTheBatchSource() throws Exception {
        int n = dataset.sampleCount(Split.TEST);
        int len = TinyRuns.HISTORY;
        assertThat(counts).containsEntry(Split.TEST, n);
        Batch all = dataset.test().ordered(n).next();
        Path test = out.resolve("test");

        NpyFile cate = NpyFile.read(test.resolve("cate_id_index.npy"));
        assertThat(cate.header()).contains("'<i4'").contains("(" + n + ",)");
        assertThat(cate.ints()).containsExactly(all.adFeatures()[1]);
        NpyFile hist = NpyFile.read(test.resolve("hist_brand.npy"));
        assertThat(hist.header()).contains("(" + n + ", " + len + ")");
        assertThat(hist.ints()).containsExactly(all.histBrand());
        assertThat(NpyFile.read(test.resolve("price.npy")).floats()).containsExactly(all.price());
        assertThat(NpyFile.read(test.resolve("label.npy")).floats()).containsExactly(all.labels());
        assertThat(NpyFile.read(test.resolve("hist_length.npy")).ints()).containsExactly(all.historyLengths());
        assertThat(NpyFile.read(test.resolve("user.npy")).longs()).containsExactly(all.userIds());
        long[] adgroups = NpyFile.read(test.resolve("adgroup_id.npy")).longs();
        long[] times = NpyFile.read(test.resolve("time_stamp.npy")).longs();
        assertThat(adgroups[n - 1]).isEqualTo(dataset.detail(Split.TEST, n - 1).adFields()[0]);
        assertThat(times[n - 1]).isEqualTo(dataset.detail(Split.TEST, n - 1).timeStamp());
    }

    @Test
    void timeGapsAreTheTableRowsOfTheAgesAndZeroAtPadding() throws Exception {
        int n = dataset.sampleCount(Split.TEST);
        Batch all = dataset.test().ordered(n).next();
        int[] gaps = NpyFile.read(out.resolve("test").resolve("hist_time_gap.npy")).ints();
        for (int cell = 0; cell < gaps.length; cell++) {
            int expected = all.histCate()[cell] == 0 ? TimeGapBuckets.PADDING : TimeGapBuckets.row(all.histAge()[cell]);
            assertThat(gaps[cell]).as("cell %d", cell).isEqualTo(expected);
        }
    }

    @Test
    void manifestDescribesArraysSizesAndFingerprintAndVocabulariesListEveryIndex() throws Exception {
        JsonNode manifest = JsonMapper.builder().build().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("dataset_fingerprint").asText()).isEqualTo(dataset.fingerprint());
        assertThat(manifest.get("history_length").asInt()).isEqualTo(TinyRuns.HISTORY);
        assertThat(manifest.get("vocabulary_sizes").get("time_gap").asInt()).isEqualTo(TimeGapBuckets.ROWS);
        assertThat(manifest.get("splits").get("test").asInt()).isEqualTo(dataset.sampleCount(Split.TEST));
        assertThat(manifest.get("arrays").findValuesAsText("name")).contains("userid_index", "hist_time_gap",
                "label", "user");
        int cateSize = dataset.vocabulary("cate_id").size();
        assertThat(manifest.get("vocabulary_sizes").get("cate_id").asInt()).isEqualTo(cateSize);
        List<String> lines = Files.readAllLines(out.resolve("vocab/cate_id.csv"));
        assertThat(lines.get(0)).isEqualTo("index,raw,count,label");
        assertThat(lines).hasSize(cateSize - 1);
        assertThat(lines.get(1)).startsWith("2," + dataset.vocabulary("cate_id").rawValue(2) + ",");
    }

    @Test
    void writesOnlyTheChosenSplitsAndNoPartFolderAndReportsProgressToTheEnd() throws Exception {
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("test", "validation",
                    "vocab", "manifest.json");
        }
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1).fraction()).isEqualTo(1.0);
    }
}
