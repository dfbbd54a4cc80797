package org.dinexplorer.storage.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Writes README.txt and preset.json next to the generated files, naming preset and seed. Both are deterministic (no
 * clock time), so a folder generated twice with the same seed is byte-identical.
 */
final class OutputNotes {

    static final String README = "README.txt";
    static final String PRESET_JSON = "preset.json";

    private OutputNotes() {
    }

    static void write(GenerationReport report, boolean gzip, UnaryOperator<Path> track) throws IOException {
        Path dir = report.outputDir();
        Files.writeString(track.apply(dir.resolve(PRESET_JSON)), presetJson(report, gzip), StandardCharsets.UTF_8);
        Files.writeString(track.apply(dir.resolve(README)), readme(report, gzip), StandardCharsets.UTF_8);
    }

    static String presetJson(GenerationReport r, boolean gzip) {
        StringBuilder files = new StringBuilder();
        for (GeneratedFile file : r.files()) {
            files.append(files.length() == 0 ? "" : ",\n").append("    \"").append(file.name()).append("\": ")
                    .append(file.rowCount());
        }
        return "{\n"
                + "  \"generator\": \"DIN Explorer demo data\",\n"
                + "  \"formatVersion\": 1,\n"
                + "  \"preset\": \"" + r.preset().cliName() + "\",\n"
                + (r.scale() == 1 ? "" : "  \"scale\": " + scaleText(r.scale()) + ",\n")
                + "  \"seed\": " + r.seed() + ",\n"
                + "  \"dirty\": " + r.dirty() + ",\n"
                + "  \"gzip\": " + gzip + ",\n"
                + "  \"users\": " + r.userCount() + ",\n"
                + "  \"profiles\": " + r.profileCount() + ",\n"
                + "  \"ads\": " + r.adCount() + ",\n"
                + "  \"impressions\": " + r.impressionCount() + ",\n"
                + "  \"clicks\": " + r.clickCount() + ",\n"
                + "  \"ctr\": " + String.format(Locale.ROOT, "%.6f", r.ctr()) + ",\n"
                + "  \"behaviors\": " + r.behaviorCount() + ",\n"
                + "  \"dirtyRows\": " + r.dirtyRowCount() + ",\n"
                + "  \"clickIntercept\": " + String.format(Locale.ROOT, "%.6f", r.clickIntercept()) + ",\n"
                + "  \"rowsPerFile\": {\n" + files + "\n  }\n"
                + "}\n";
    }

    /** The scale as typed on the command line: shortest exact decimal, e.g. 0.01. */
    static String scaleText(double scale) {
        return BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString();
    }

    static String readme(GenerationReport r, boolean gzip) {
        String suffix = gzip ? ".gz" : "";
        return "DIN Explorer demo data: synthetic Taobao display-ad logs\n"
                + "=========================================================\n\n"
                + "Preset " + r.preset().cliName() + (r.scale() == 1 ? "" : " at scale " + scaleText(r.scale()))
                + ", seed " + r.seed() + (r.dirty() ? ", with bad rows" : "")
                + ". Generate the same bytes again with:\n"
                + "  din-explorer generate --out <folder> --preset " + r.preset().cliName()
                + (r.scale() == 1 ? "" : " --scale " + scaleText(r.scale())) + " --seed " + r.seed()
                + (r.dirty() ? " --dirty" : "") + (gzip ? " --gzip" : "") + "\n\n"
                + String.format(Locale.ROOT, "%,d users (%,d with a profile), %,d ads, %,d impressions "
                + "(CTR %.2f %%), %,d behaviours.%n%n", r.userCount(), r.profileCount(), r.adCount(),
                r.impressionCount(), 100 * r.ctr(), r.behaviorCount())
                + "Files (same format as the public Taobao dataset):\n"
                + "  raw_sample.csv" + suffix + "    impressions: user,time_stamp,adgroup_id,pid,nonclk,clk\n"
                + "  ad_feature.csv" + suffix + "    ads: adgroup_id,cate_id,campaign_id,customer,brand,price"
                + " (brand may be NULL)\n"
                + "  user_profile.csv" + suffix + "  profiles (header ends with a space; empty = missing;"
                + " some users have none)\n"
                + "  behavior_log.csv" + suffix + "  behaviours: user,time_stamp,btag,cate,brand\n"
                + "  truth.csv" + suffix + "         planted click probability of every valid impression,"
                + " in raw_sample order\n"
                + (r.dirty() ? "  dirty-manifest.csv  injected bad rows: file,line,reason (line 1 is the header);"
                + " they are left out of truth.csv\n" : "")
                + "\nTimes are Unix seconds. Behaviours cover 2017-04-22..2017-05-13 and impressions 2017-05-06.."
                + "2017-05-13,\nboth in Asia/Shanghai days. Some behaviours happen after impressions (a click is"
                + " often followed\nby a page view of the ad's category, sometimes in the same second).\n"
                + "\nClick model: the probability rises when the ad's category or brand matches the user's recent"
                + " behaviours\nbefore the impression (cart, fav and buy weigh more than pv; older ones count less),"
                + " plus mild\neffects of profile, position (pid), price and hidden ad and user effects.\n";
    }
}
