package org.dinexplorer.storage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The hand-checked sample in resources/sample/tiny holds the cases its README lists, at the stated lines. */
class TinySampleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static List<String> lines(String file) {
        URL url = Objects.requireNonNull(TinySampleTest.class.getResource("/sample/tiny/" + file), file);
        try {
            return DemoTestFiles.lines(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fields of physical line {@code number} (1 = header). */
    private static String[] line(String file, int number) {
        return lines(file).get(number - 1).split(",", -1);
    }

    @Test
    void headersAndSizesAreAsDocumented() {
        assertThat(lines("raw_sample.csv")).hasSize(41).first().isEqualTo(TaobaoFormat.RAW_SAMPLE_HEADER);
        assertThat(lines("ad_feature.csv")).hasSize(16).first().isEqualTo(TaobaoFormat.AD_FEATURE_HEADER);
        assertThat(lines("user_profile.csv")).hasSize(10).first().isEqualTo(TaobaoFormat.USER_PROFILE_HEADER);
        assertThat(lines("behavior_log.csv")).hasSize(153).first().isEqualTo(TaobaoFormat.BEHAVIOR_LOG_HEADER);
        assertThat(lines("raw_sample.csv").stream().skip(1).filter(l -> l.endsWith(",0,1"))).hasSize(11);
    }

    @Test
    void everyRowIsValid() {
        for (String file : List.of("raw_sample.csv", "ad_feature.csv", "user_profile.csv", "behavior_log.csv")) {
            TaobaoRowRules rules = new TaobaoRowRules(file);
            List<String> lines = lines(file);
            for (int i = 1; i < lines.size(); i++) {
                assertThat(rules.problem(lines.get(i))).as(file + " line " + (i + 1)).isNull();
            }
        }
    }

    @Test
    void missingValuesAreWhereTheReadmeSays() {
        assertThat(line("ad_feature.csv", 12)[4]).isEqualTo("NULL");
        assertThat(line("ad_feature.csv", 13)[4]).isEqualTo("NULL");
        assertThat(line("behavior_log.csv", 93)).containsExactly("120345", "1493618583", "pv", "562", "NULL");
        assertThat(line("behavior_log.csv", 80)[4]).isEqualTo("NULL");
        assertThat(line("user_profile.csv", 3)[5]).isEmpty();
        assertThat(line("user_profile.csv", 5)[8]).isEmpty();
        assertThat(line("user_profile.csv", 8)).startsWith("233410", "95");
        assertThat(line("user_profile.csv", 8)[5] + line("user_profile.csv", 8)[8]).isEmpty();
        assertThat(lines("user_profile.csv")).noneMatch(l -> l.startsWith("650013,"));
        for (int number : new int[] {5, 10, 13, 41}) {
            assertThat(line("raw_sample.csv", number)[0]).isEqualTo("650013");
        }
    }

    @Test
    void behaviorsInTheSameSecondAsImpressionsAreWhereTheReadmeSays() {
        String[] behavior = line("behavior_log.csv", 48);
        String[] impression = line("raw_sample.csv", 36);
        assertThat(behavior[0]).isEqualTo(impression[0]);
        assertThat(behavior[1]).isEqualTo(impression[1]);
        assertThat(impression[5]).isEqualTo("1");
        assertThat(line("behavior_log.csv", 126)[1]).isEqualTo(line("raw_sample.csv", 30)[1]).isEqualTo("1494690600");
    }

    @Test
    void dayBoundaryCasesDifferBetweenShanghaiAndUtc() {
        assertDays(line("raw_sample.csv", 25)[1], LocalDate.of(2017, 5, 6), LocalDate.of(2017, 5, 5));
        assertDays(line("behavior_log.csv", 73)[1], LocalDate.of(2017, 4, 22), LocalDate.of(2017, 4, 21));
        assertDays(line("behavior_log.csv", 130)[1], LocalDate.of(2017, 5, 8), LocalDate.of(2017, 5, 7));
        assertDays(line("raw_sample.csv", 9)[1], LocalDate.of(2017, 5, 8), LocalDate.of(2017, 5, 8));
    }

    @Test
    void user877121HasAnEmptyFirstHistoryAndOnlyLaterBehaviors() {
        long firstImpression = Long.parseLong(line("raw_sample.csv", 6)[1]);
        assertThat(lines("raw_sample.csv").stream().filter(l -> l.startsWith("877121,"))
                .mapToLong(l -> Long.parseLong(l.split(",")[1])).min().getAsLong()).isEqualTo(firstImpression);
        List<String> behaviors = lines("behavior_log.csv").stream().filter(l -> l.startsWith("877121,")).toList();
        assertThat(behaviors).hasSize(10).allMatch(l -> Long.parseLong(l.split(",")[1]) > firstImpression);
    }

    @Test
    void clicksFollowARecentBehaviorOnTheAdsCategory() {
        List<String> ads = lines("ad_feature.csv");
        List<String> behaviors = lines("behavior_log.csv");
        for (String impression : lines("raw_sample.csv").subList(1, 41)) {
            String[] f = impression.split(",");
            if (!f[5].equals("1") || f[0].equals("877121")) {
                continue;
            }
            String cate = ads.stream().filter(a -> a.startsWith(f[2] + ",")).findFirst().orElseThrow().split(",")[1];
            long time = Long.parseLong(f[1]);
            assertThat(behaviors).as(impression).anyMatch(line -> {
                String[] b = line.split(",");
                return b[0].equals(f[0]) && b[3].equals(cate) && !b[1].equals("time_stamp")
                        && Long.parseLong(b[1]) < time && time - Long.parseLong(b[1]) <= 2 * 86_400;
            });
        }
    }

    private static void assertDays(String seconds, LocalDate shanghai, LocalDate utc) {
        Instant instant = Instant.ofEpochSecond(Long.parseLong(seconds));
        assertThat(instant.atZone(SHANGHAI).toLocalDate()).isEqualTo(shanghai);
        assertThat(instant.atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(utc);
    }
}
