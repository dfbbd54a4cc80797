package org.dinexplorer.storage.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.importing.ImportConfig;
import org.dinexplorer.storage.importing.ImportListener;
import org.dinexplorer.storage.importing.TaobaoImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-checked tiny Taobao sample (resources/sample/tiny), imported with the real importer: every history is
 * checked against a reference computed straight from the CSV files, and the planted time cases hold.
 */
class TinySampleDatasetTest {

    private static final String[] BTAGS = {"", "pv", "cart", "fav", "buy"};

    @TempDir
    static Path folder;

    private static SampleReader reader;
    private static DatasetSummary summary;
    private static Map<Integer, List<String[]>> behaviors;

    @BeforeAll
    static void importAndBuild() throws Exception {
        Path tiny = Path.of(Objects.requireNonNull(TinySampleDatasetTest.class.getResource("/sample/tiny/raw_sample.csv"))
                .toURI()).getParent();
        Database database = Database.open(folder.resolve("tiny.db"));
        new TaobaoImporter(database, ImportConfig.defaults())
                .importAll(TaobaoImporter.findSources(tiny), new ImportListener() { }, () -> false);
        summary = new DatasetBuilder(database).build(DatasetConfig.defaults(), BuildListener.NONE, () -> false);
        reader = SampleReader.open(database);
        behaviors = rows(tiny.resolve("behavior_log.csv")).stream()
                .collect(Collectors.groupingBy(row -> Integer.parseInt(row[0])));
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    @Test
    void everySampleOfEverySplitHasExactlyTheEarlierBehaviorsOfItsUser() {
        int checked = 0;
        for (Split split : Split.values()) {
            for (int p = 0; p < reader.sampleCount(split); p++) {
                SampleDetail sample = reader.detail(split, p);
                List<String> actual = sample.history().stream()
                        .map(item -> item.timeStamp() + "," + BTAGS[item.btag()] + "," + item.cate())
                        .toList();
                assertThat(sample.history()).allSatisfy(item ->
                        assertThat(item.timeStamp()).isLessThan(sample.timeStamp()));
                assertThat(actual).as("history of impression %d", sample.sampleId())
                        .isEqualTo(expected(sample.userId(), sample.timeStamp()));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(40);
    }

    private static List<String> expected(int user, long time) {
        return behaviors.getOrDefault(user, List.of()).stream()
                .filter(row -> Long.parseLong(row[1]) < time)
                .sorted(Comparator.<String[]>comparingLong(row -> Long.parseLong(row[1]))
                        .thenComparingInt(row -> List.of(BTAGS).indexOf(row[2]))
                        .thenComparingInt(row -> Integer.parseInt(row[3])))
                .map(row -> row[1] + "," + row[2] + "," + row[3])
                .toList();
    }

    @Test
    void behaviorInTheSecondOfTheClickIsNotInItsHistory() {
        SampleDetail click = find(355080, 1494329445L);

        assertThat(click.clicked()).isTrue();
        assertThat(click.history()).isNotEmpty().noneMatch(item -> item.timeStamp() == 1494329445L);
    }

    @Test
    void impressionJustAfterMidnightShanghaiBelongsToTheFirstDay() {
        SampleDetail early = find(15420, 1494001800L);

        assertThat(early.split()).isEqualTo(Split.TRAIN);
        assertThat(summary.split(Split.TRAIN).firstDay()).hasToString("2017-05-06");
        assertThat(summary.testDay()).hasToString("2017-05-13");
    }

    private static SampleDetail find(int user, long time) {
        for (Split split : Split.values()) {
            for (int p : reader.positionsOfUser(split, user)) {
                SampleDetail sample = reader.detail(split, p);
                if (sample.timeStamp() == time) {
                    return sample;
                }
            }
        }
        throw new AssertionError("no impression of user " + user + " at " + time);
    }
}
