package org.dinexplorer.storage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

/** With --dirty, the manifest lists exactly the bad lines, each bad in the stated way. */
class DirtyManifestTest {

    private static final List<String> DATA_FILES = List.of("raw_sample.csv", "ad_feature.csv", "user_profile.csv",
            "behavior_log.csv");

    @TempDir
    static Path dir;
    static GenerationReport report;
    static List<String[]> manifest;

    @BeforeAll
    static void generate() {
        report = DemoTestFiles.generate(dir, 11, true);
        manifest = DemoTestFiles.rows(dir.resolve("dirty-manifest.csv"));
    }

    @Test
    void manifestHasTheDocumentedHeader() {
        assertThat(DemoTestFiles.firstLine(dir.resolve("dirty-manifest.csv"))).isEqualTo("file,line,reason");
        assertThat(manifest).hasSize((int) report.dirtyRowCount());
    }

    @Test
    void manifestListsExactlyTheLinesAnIndependentCheckFindsBad() {
        Set<String> expected = new HashSet<>();
        for (String[] entry : manifest) {
            expected.add(String.join(",", entry));
        }
        Set<String> found = new HashSet<>();
        for (String file : DATA_FILES) {
            TaobaoRowRules rules = new TaobaoRowRules(file);
            List<String> lines = DemoTestFiles.lines(dir.resolve(file));
            for (int i = 1; i < lines.size(); i++) {
                String problem = rules.problem(lines.get(i));
                if (problem != null) {
                    found.add(file + "," + (i + 1) + "," + problem);
                }
            }
        }
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void everyKindOccursSeveralTimesInEachFileThatCanHaveIt() {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (String[] entry : manifest) {
            counts.computeIfAbsent(entry[0], f -> new HashMap<>()).merge(entry[2], 1, Integer::sum);
        }
        assertKinds(counts, "raw_sample.csv", "FIELD_COUNT", "NOT_NUMERIC", "MISSING_VALUE", "CLICK_FLAG",
                "CLICK_MISMATCH", "TIMESTAMP_RANGE", "BAD_PID", "DUPLICATE");
        assertKinds(counts, "ad_feature.csv", "FIELD_COUNT", "NOT_NUMERIC", "MISSING_VALUE", "BAD_PRICE",
                "DUPLICATE_KEY");
        assertKinds(counts, "user_profile.csv", "FIELD_COUNT", "NOT_NUMERIC", "MISSING_VALUE", "DUPLICATE_KEY");
        assertKinds(counts, "behavior_log.csv", "FIELD_COUNT", "NOT_NUMERIC", "MISSING_VALUE", "UNKNOWN_BTAG",
                "TIMESTAMP_RANGE");
        for (String[] entry : manifest) {
            assertThat(DirtyKind.valueOf(entry[2]).rejectReason().map(Enum::name).orElse("DUPLICATE"))
                    .isEqualTo(entry[2]);
        }
    }

    @Test
    void badRowsAreAtMostOnePercentAndNeverCrowdTheStartOfAFile() {
        for (String file : DATA_FILES) {
            long rows = DemoTestFiles.lines(dir.resolve(file)).size() - 1;
            long bad = manifest.stream().filter(e -> e[0].equals(file)).count();
            long badInFirstThousand = manifest.stream()
                    .filter(e -> e[0].equals(file) && Long.parseLong(e[1]) <= 1_001).count();
            assertThat((double) bad / rows).as(file).isLessThanOrEqualTo(0.01);
            assertThat(badInFirstThousand).as(file).isLessThan(50);
        }
    }

    @Test
    void truthHoldsTheValidImpressionsInFileOrder() {
        Set<Long> badLines = new HashSet<>();
        manifest.stream().filter(e -> e[0].equals("raw_sample.csv")).forEach(e -> badLines.add(Long.parseLong(e[1])));
        List<String> lines = DemoTestFiles.lines(dir.resolve("raw_sample.csv"));
        List<String[]> valid = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!badLines.contains((long) i + 1)) {
                valid.add(lines.get(i).split(",", -1));
            }
        }
        List<String[]> truth = DemoTestFiles.rows(dir.resolve("truth.csv"));
        assertThat(truth).hasSize(valid.size());
        for (int i = 0; i < truth.size(); i++) {
            assertThat(Arrays.copyOf(truth.get(i), 4)).isEqualTo(Arrays.copyOf(valid.get(i), 4));
        }
        assertThat(report.impressionCount()).isEqualTo(truth.size());
    }

    @Test
    void cleanGenerationHasNoBadLineAndNoManifest(@TempDir Path clean) {
        DemoTestFiles.generate(clean, 11, false);
        assertThat(Files.exists(clean.resolve("dirty-manifest.csv"))).isFalse();
        for (String file : DATA_FILES) {
            TaobaoRowRules rules = new TaobaoRowRules(file);
            List<String> lines = DemoTestFiles.lines(clean.resolve(file));
            for (int i = 1; i < lines.size(); i++) {
                assertThat(rules.problem(lines.get(i))).as(file + " line " + (i + 1)).isNull();
            }
        }
    }

    private static void assertKinds(Map<String, Map<String, Integer>> counts, String file, String... kinds) {
        assertThat(counts.get(file)).as(file).containsOnlyKeys(kinds);
        for (String kind : kinds) {
            assertThat(counts.get(file).get(kind)).as(file + " " + kind).isGreaterThanOrEqualTo(3);
        }
    }
}
