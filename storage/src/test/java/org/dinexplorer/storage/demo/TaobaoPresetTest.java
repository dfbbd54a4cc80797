package org.dinexplorer.storage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.importing.ImportConfig;
import org.dinexplorer.storage.importing.ImportListener;
import org.dinexplorer.storage.importing.ImportReport;
import org.dinexplorer.storage.importing.TaobaoImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The taobao preset at a 1/2000 scale (571 users, 13 k impressions, 362 k behaviours), gzipped. */
class TaobaoPresetTest {

    private static final double SCALE = 0.0005;
    private static final WorldSize WORLD = DemoPreset.TAOBAO.size().scaled(SCALE);

    @TempDir
    static Path dir;
    static GenerationReport report;

    @BeforeAll
    static void generate() {
        report = new DemoDataGenerator().generate(new GenerationConfig(dir.resolve("data"), DemoPreset.TAOBAO, SCALE,
                5, false, true), GenerationListener.NONE, () -> false);
    }

    @Test
    void rowCountsFollowTheScale() {
        assertThat(report.userCount()).isEqualTo(WORLD.userCount()).isEqualTo(571);
        assertThat(report.adCount()).isEqualTo(WORLD.adCount()).isEqualTo(423);
        assertThat(report.impressionCount()).isBetween(Math.round(WORLD.impressionCount() * 0.9),
                Math.round(WORLD.impressionCount() * 1.1));
        assertThat(report.behaviorCount()).isBetween(Math.round(WORLD.behaviorCount() * 0.98),
                Math.round(WORLD.behaviorCount() * 1.02));
        long profiles = Math.round(1_061_768 * SCALE);
        assertThat(report.profileCount()).isBetween(Math.round(profiles * 0.95), Math.round(profiles * 1.05));
        assertThat(report.ctr()).isBetween(0.03, 0.07);
    }

    @Test
    void idsStayInsideTheScaledRanges() throws IOException {
        List<String[]> ads = rows("ad_feature.csv.gz");
        assertThat(max(ads, 0)).isLessThanOrEqualTo(WORLD.maxAdgroupId());
        assertThat(max(ads, 1)).isLessThanOrEqualTo(WORLD.maxCateId());
        assertThat(max(ads, 2)).isLessThanOrEqualTo(WORLD.maxCampaignId());
        assertThat(max(ads, 3)).isLessThanOrEqualTo(WORLD.maxCustomerId());
        assertThat(max(ads, 4)).isLessThanOrEqualTo(WORLD.maxBrandId());
        assertThat(ads.stream().map(row -> row[2]).distinct().count()).isLessThanOrEqualTo(WORLD.campaignCount());
        assertThat(ads.stream().map(row -> row[3]).distinct().count()).isLessThanOrEqualTo(WORLD.customerCount());
        List<String[]> behaviors = rows("behavior_log.csv.gz");
        assertThat(max(behaviors, 0)).isLessThanOrEqualTo(WORLD.maxUserId());
        assertThat(max(behaviors, 3)).isLessThanOrEqualTo(WORLD.maxCateId());
        assertThat(max(behaviors, 4)).isLessThanOrEqualTo(WORLD.maxBrandId());
        List<String[]> impressions = rows("raw_sample.csv.gz");
        assertThat(max(impressions, 0)).isLessThanOrEqualTo(WORLD.maxUserId());
        assertThat(max(impressions, 2)).isLessThanOrEqualTo(WORLD.maxAdgroupId());
        assertThat(max(rows("user_profile.csv.gz"), 0)).isLessThanOrEqualTo(WORLD.maxUserId());
        assertThat(rows("truth.csv.gz")).hasSize(impressions.size());
    }

    @Test
    void importsWithoutRejects() {
        Database database = Database.open(dir.resolve("din.db"));
        List<ImportReport> imports = new TaobaoImporter(database, ImportConfig.defaults())
                .importAll(TaobaoImporter.findSources(dir.resolve("data")), ImportListener.NONE, () -> false);
        assertThat(imports).hasSize(4);
        for (ImportReport file : imports) {
            assertThat(file.rowsRejected()).as(file.fileName()).isZero();
            assertThat(file.rowsStored()).as(file.fileName()).isEqualTo(file.rowsRead()).isPositive();
        }
    }

    @Test
    void notesNameTheScale() throws IOException {
        assertThat(Files.readString(dir.resolve("data/preset.json"))).contains("\"preset\": \"taobao\",\n"
                + "  \"scale\": 0.0005,\n");
        assertThat(Files.readString(dir.resolve("data/README.txt")))
                .contains("--preset taobao --scale 0.0005 --seed 5 --gzip");
    }

    /** Data rows (header skipped) of a gzipped generated file, split on commas (the files hold no quotes). */
    private static List<String[]> rows(String file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("data").resolve(file)))) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n");
            return Arrays.stream(lines).skip(1).map(line -> line.split(",", -1)).toList();
        }
    }

    /** Largest numeric value in a column, ignoring NULL brands. */
    private static long max(List<String[]> rows, int column) {
        return rows.stream().map(row -> row[column]).filter(value -> !value.equals(TaobaoFormat.NULL_BRAND))
                .mapToLong(Long::parseLong).max().orElseThrow();
    }
}
