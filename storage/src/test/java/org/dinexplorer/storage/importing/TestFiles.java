package org.dinexplorer.storage.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dinexplorer.storage.db.Database;
import org.dinexplorer.storage.demo.DemoDataGenerator;
import org.dinexplorer.storage.demo.DemoPreset;
import org.dinexplorer.storage.demo.GenerationConfig;
import org.dinexplorer.storage.demo.GenerationListener;

/** Hand-made Taobao files and small database queries for the importer tests. */
final class TestFiles {

    static final String RAW_HEADER = "user,time_stamp,adgroup_id,pid,nonclk,clk";
    static final String AD_HEADER = "adgroup_id,cate_id,campaign_id,customer,brand,price";
    static final String USER_HEADER = "userid,cms_segid,cms_group_id,final_gender_code,age_level,pvalue_level,"
            + "shopping_level,occupation,new_user_class_level ";
    static final String BEHAVIOR_HEADER = "user,time_stamp,btag,cate,brand";
    /** 2017-05-06 12:00 Asia/Shanghai. */
    static final long T0 = 1_494_043_200L;

    private TestFiles() {
    }

    static Path write(Path file, String header, List<String> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Generates the tiny demo dataset with planted bad rows (and its {@code dirty-manifest.csv}) into {@code folder}. */
    static Path dirtyTiny(Path folder, long seed) {
        new DemoDataGenerator().generate(new GenerationConfig(folder, DemoPreset.TINY, seed, true, false),
                GenerationListener.NONE, () -> false);
        return folder;
    }

    static Path gzip(Path plain, Path target) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            Files.copy(plain, out);
        }
        return target;
    }

    /** {@code n} valid raw_sample rows: user 1000 + i / 3, ad 500 + i % 7, clicks every fifth row. */
    static List<String> rawRows(int n) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int clk = i % 5 == 0 ? 1 : 0;
            rows.add((1000 + i / 3) + "," + (T0 + i) + "," + (500 + i % 7) + ",430548_1007," + (1 - clk) + "," + clk);
        }
        return rows;
    }

    /** {@code n} valid ad_feature rows for ads 500, 501, ... */
    static List<String> adRows(int n) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add((500 + i) + "," + (6000 + i % 9) + "," + (70 + i) + "," + (80 + i % 4) + ","
                    + (i % 6 == 0 ? "NULL" : String.valueOf(90 + i)) + "," + (i * 2.5));
        }
        return rows;
    }

    /** {@code n} valid user_profile rows for users 1000, 1001, ... */
    static List<String> userRows(int n) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add((1000 + i) + "," + i % 3 + ",5,2," + i % 7 + "," + (i % 4 == 0 ? "" : "1") + ",3,0,"
                    + (i % 5 == 0 ? "" : "2"));
        }
        return rows;
    }

    /** Rows with {@code bad} inserted before index {@code at}. */
    static List<String> with(List<String> rows, int at, String bad) {
        List<String> result = new ArrayList<>(rows);
        result.add(at, bad);
        return result;
    }

    /** {@code n} valid behavior_log rows. */
    static List<String> behaviorRows(int n) {
        String[] tags = {"pv", "cart", "fav", "buy"};
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String brand = i % 11 == 0 ? "" : String.valueOf(300 + i % 13);
            rows.add((1000 + i % 17) + "," + (T0 - 86_400 + i) + "," + tags[i % 4] + "," + (60 + i % 5) + "," + brand);
        }
        return rows;
    }

    static long count(Database database, String sql) throws SQLException {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    static List<String> strings(Database database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
