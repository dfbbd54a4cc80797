package org.dinexplorer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static final String RAW = "user,time_stamp,adgroup_id,pid,nonclk,clk\n"
            + "1,1494043200,500,430548_1007,1,0\n"
            + "1,1494043260,501,430548_1007,0,1\n"
            + "2,1494043300,500,430548_1007,1,x\n"
            + "1,1494043200,500,430548_1007,1,0\n"
            + "3,1494043400,502,430548_1007,1,0\n";
    private static final String ADS = "adgroup_id,cate_id,campaign_id,customer,brand,price\n"
            + "500,1,2,3,NULL,10.5\n"
            + "501,1,2,3,4,99\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private void writeFolder() throws IOException {
        Files.writeString(dir.resolve("raw_sample.csv"), RAW);
        Files.writeString(dir.resolve("ad_feature.csv"), ADS);
    }

    @Test
    void jsonGivesCountsPerFileAndReferentialGaps() throws Exception {
        writeFolder();

        int code = run("import", "--db", dir.resolve("din.db").toString(), "--dir", dir.toString(), "--json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode ads = root.get("files").get(0);
        JsonNode raw = root.get("files").get(1);
        assertThat(ads.get("file").asText()).isEqualTo("ad_feature.csv");
        assertThat(ads.get("stored").asLong()).isEqualTo(2);
        assertThat(raw.get("status").asText()).isEqualTo("DONE");
        assertThat(raw.get("rows_read").asLong()).isEqualTo(5);
        assertThat(raw.get("stored").asLong()).isEqualTo(3);
        assertThat(raw.get("duplicates").asLong()).isEqualTo(1);
        assertThat(raw.get("rejected").get("total").asLong()).isEqualTo(1);
        assertThat(raw.get("rejected").get("by_reason").get("CLICK_FLAG").asLong()).isEqualTo(1);
        assertThat(raw.get("first_problems").get(0).get("line").asLong()).isEqualTo(4);
        assertThat(root.get("referential_gaps").get("impressions_without_ad").asLong()).isEqualTo(1);
        assertThat(root.get("referential_gaps").get("impression_users_without_profile").asLong()).isEqualTo(2);
    }

    @Test
    void textSummaryShowsCountsProblemsAndSecondRunSaysAlreadyImported() throws Exception {
        writeFolder();
        String db = dir.resolve("din.db").toString();

        assertThat(run("import", "--db", db, "--raw-sample", dir.resolve("raw_sample.csv").toString())).isZero();
        assertThat(out.toString()).contains("raw_sample.csv").contains("read 5  stored 3  duplicates 1  rejected 1")
                .contains("line 4: CLICK_FLAG");
        out.getBuffer().setLength(0);

        assertThat(run("import", "--db", db, "--raw-sample", dir.resolve("raw_sample.csv").toString(),
                "--no-gap-check")).isZero();
        assertThat(out.toString()).contains("already imported");
    }

    @Test
    void wrongFileExitsTwoWithOneClearLine() throws Exception {
        Files.writeString(dir.resolve("raw_sample.csv"), ADS);

        int code = run("import", "--db", dir.resolve("din.db").toString(), "--dir", dir.toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).startsWith("Error: raw_sample.csv, line 1: expected columns user,")
                .endsWith("Is this the raw_sample file?").doesNotContain("\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void nothingToImportIsAUsageError() {
        assertThat(run("import", "--db", dir.resolve("din.db").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Nothing to import");
    }

    @Test
    void folderWithoutTaobaoFilesIsBadInput() {
        assertThat(run("import", "--db", dir.resolve("din.db").toString(), "--dir", dir.toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("holds none of raw_sample.csv");
    }
}
