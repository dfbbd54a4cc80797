package org.dinexplorer.storage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated files follow the Taobao format and its quirks exactly. */
class DemoDataFormatTest {

    private static final Pattern PRICE = Pattern.compile("\\d+\\.\\d{2}");
    private static final Pattern WHOLE = Pattern.compile("[1-9]\\d*");

    @TempDir
    static Path dir;
    static GenerationReport report;

    @BeforeAll
    static void generate() {
        report = DemoTestFiles.generate(dir, 42, false);
    }

    @Test
    void headersAreTheOriginalOnesIncludingTheTrailingSpaceOfUserProfile() {
        assertThat(DemoTestFiles.firstLine(dir.resolve("raw_sample.csv")))
                .isEqualTo("user,time_stamp,adgroup_id,pid,nonclk,clk");
        assertThat(DemoTestFiles.firstLine(dir.resolve("ad_feature.csv")))
                .isEqualTo("adgroup_id,cate_id,campaign_id,customer,brand,price");
        assertThat(DemoTestFiles.firstLine(dir.resolve("user_profile.csv")))
                .isEqualTo("userid,cms_segid,cms_group_id,final_gender_code,age_level,pvalue_level,shopping_level,"
                        + "occupation,new_user_class_level ");
        assertThat(DemoTestFiles.firstLine(dir.resolve("behavior_log.csv")))
                .isEqualTo("user,time_stamp,btag,cate,brand");
        assertThat(DemoTestFiles.firstLine(dir.resolve("truth.csv")))
                .isEqualTo("user,time_stamp,adgroup_id,pid,probability");
    }

    @Test
    void everyRowHasAsManyFieldsAsItsHeader() {
        assertFieldCount("raw_sample.csv", 6);
        assertFieldCount("ad_feature.csv", 6);
        assertFieldCount("user_profile.csv", 9);
        assertFieldCount("behavior_log.csv", 5);
        assertFieldCount("truth.csv", 5);
    }

    @Test
    void impressionsUseTheRealPidsAndNonclkIsOneMinusClk() {
        for (String[] row : DemoTestFiles.rows(dir.resolve("raw_sample.csv"))) {
            assertThat(row[3]).isIn("430548_1007", "430539_1007");
            assertThat(row[5]).isIn("0", "1");
            assertThat(Integer.parseInt(row[4])).isEqualTo(1 - Integer.parseInt(row[5]));
        }
    }

    @Test
    void adsHaveSomeNullBrandsAndTwoDecimalHeavyTailedPrices() {
        List<String[]> ads = DemoTestFiles.rows(dir.resolve("ad_feature.csv"));
        assertThat(ads).anyMatch(row -> row[4].equals("NULL"));
        assertThat(ads).allMatch(row -> row[4].equals("NULL") || WHOLE.matcher(row[4]).matches());
        assertThat(ads).allMatch(row -> PRICE.matcher(row[5]).matches());
        double[] prices = ads.stream().mapToDouble(row -> Double.parseDouble(row[5])).sorted().toArray();
        double median = prices[prices.length / 2];
        assertThat(prices[prices.length - 1]).as("largest price vs median").isGreaterThan(20 * median);
        assertThat(prices[0]).isGreaterThan(0.0);
    }

    @Test
    void profilesHaveEmptyFieldsAndSomeUsersHaveNone() {
        List<String[]> profiles = DemoTestFiles.rows(dir.resolve("user_profile.csv"));
        assertThat(profiles).anyMatch(row -> row[5].isEmpty());
        assertThat(profiles).anyMatch(row -> row[8].isEmpty());
        assertThat(profiles).allMatch(row -> !row[0].isEmpty() && !row[4].isEmpty());
        Set<String> withProfile = new HashSet<>();
        profiles.forEach(row -> withProfile.add(row[0]));
        Set<String> impressionUsers = new HashSet<>();
        DemoTestFiles.rows(dir.resolve("raw_sample.csv")).forEach(row -> impressionUsers.add(row[0]));
        assertThat(impressionUsers).anyMatch(user -> !withProfile.contains(user));
        assertThat(withProfile).hasSize(profiles.size());
    }

    @Test
    void behaviorsUseTheFourTagsWithPvDominantAndSomeNullBrands() {
        List<String[]> behaviors = DemoTestFiles.rows(dir.resolve("behavior_log.csv"));
        long pv = behaviors.stream().filter(row -> row[2].equals("pv")).count();
        assertThat(behaviors).allMatch(row -> List.of("pv", "cart", "fav", "buy").contains(row[2]));
        assertThat((double) pv / behaviors.size()).isGreaterThan(0.8).isLessThan(0.97);
        for (String tag : List.of("cart", "fav", "buy")) {
            assertThat(behaviors).anyMatch(row -> row[2].equals(tag));
        }
        assertThat(behaviors).anyMatch(row -> row[4].equals("NULL"));
    }

    @Test
    void idsAreLargeDistinctNumbersNotASmallRange() {
        List<String[]> ads = DemoTestFiles.rows(dir.resolve("ad_feature.csv"));
        int[] adIds = ads.stream().mapToInt(row -> Integer.parseInt(row[0])).toArray();
        assertThat(Arrays.stream(adIds).distinct().count()).isEqualTo(adIds.length);
        assertThat(Arrays.stream(adIds).max().getAsInt()).isGreaterThan(10 * adIds.length);
        int[] userIds = DemoTestFiles.rows(dir.resolve("user_profile.csv")).stream()
                .mapToInt(row -> Integer.parseInt(row[0])).toArray();
        assertThat(Arrays.stream(userIds).min().getAsInt()).isPositive();
        assertThat(Arrays.stream(userIds).max().getAsInt()).isGreaterThan(100_000);
    }

    @Test
    void impressionsAndBehaviorsAreNotSortedByTimeOrUser() {
        for (String file : List.of("raw_sample.csv", "behavior_log.csv")) {
            List<String[]> rows = DemoTestFiles.rows(dir.resolve(file));
            long descending = 0;
            for (int i = 1; i < rows.size(); i++) {
                if (Long.parseLong(rows.get(i)[1]) < Long.parseLong(rows.get(i - 1)[1])) {
                    descending++;
                }
            }
            assertThat((double) descending / rows.size()).as(file).isGreaterThan(0.3);
        }
    }

    @Test
    void truthListsEveryImpressionInTheSameOrderWithAProbability() {
        List<String[]> raw = DemoTestFiles.rows(dir.resolve("raw_sample.csv"));
        List<String[]> truth = DemoTestFiles.rows(dir.resolve("truth.csv"));
        assertThat(truth).hasSameSizeAs(raw);
        for (int i = 0; i < raw.size(); i++) {
            assertThat(Arrays.copyOf(truth.get(i), 4)).isEqualTo(Arrays.copyOf(raw.get(i), 4));
            assertThat(Double.parseDouble(truth.get(i)[4])).isBetween(0.0, 1.0);
        }
    }

    @Test
    void reportCountsMatchTheFiles() {
        assertThat(report.impressionCount()).isEqualTo(DemoTestFiles.rows(dir.resolve("raw_sample.csv")).size());
        assertThat(report.behaviorCount()).isEqualTo(DemoTestFiles.rows(dir.resolve("behavior_log.csv")).size());
        assertThat(report.adCount()).isEqualTo(DemoTestFiles.rows(dir.resolve("ad_feature.csv")).size());
        assertThat(report.profileCount()).isEqualTo(DemoTestFiles.rows(dir.resolve("user_profile.csv")).size());
        assertThat(report.userCount()).isEqualTo(DemoPreset.TINY.size().userCount());
        assertThat(report.impressionCount()).isBetween(28_000L, 31_000L);
        assertThat(report.files()).extracting(GeneratedFile::name).containsExactly("ad_feature.csv",
                "user_profile.csv", "raw_sample.csv", "behavior_log.csv", "truth.csv");
        assertThat(Files.exists(dir.resolve("dirty-manifest.csv"))).isFalse();
    }

    @Test
    void readmeAndPresetJsonNamePresetAndSeed() throws Exception {
        String json = Files.readString(dir.resolve("preset.json"));
        assertThat(json).contains("\"preset\": \"tiny\"").contains("\"seed\": 42").contains("\"dirty\": false");
        String readme = Files.readString(dir.resolve("README.txt"));
        assertThat(readme).contains("Preset tiny, seed 42").contains("--preset tiny --seed 42");
    }

    private static void assertFieldCount(String file, int fields) {
        assertThat(DemoTestFiles.rows(dir.resolve(file))).as(file).isNotEmpty()
                .allMatch(row -> row.length == fields);
    }
}
