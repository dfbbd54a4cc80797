package org.dinexplorer.storage.demo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An independent, strict reading of the Taobao row rules, written for the tests from the file format (not from the
 * generator): it tells what, if anything, is wrong with each line of a file, in the order the checks apply.
 */
final class TaobaoRowRules {

    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final Pattern PID = Pattern.compile("\\d+_\\d+");
    private static final Pattern PRICE = Pattern.compile("\\d+(\\.\\d+)?");
    private static final long FIRST_SECOND = 1_492_790_400L;
    private static final long END_SECOND = 1_494_691_200L;

    private final String file;
    private final Set<String> seenLines = new HashSet<>();
    private final Map<String, String> seenKeys = new HashMap<>();

    TaobaoRowRules(String file) {
        this.file = file;
    }

    /** The problem of a data line, or null when it is valid (duplicates are judged against earlier valid lines). */
    String problem(String line) {
        String[] f = line.split(",", -1);
        String problem = fieldProblem(f);
        if (problem == null) {
            problem = duplicateProblem(line, f);
        }
        return problem;
    }

    private String fieldProblem(String[] f) {
        switch (file) {
            case "raw_sample.csv":
                return f.length != 6 ? "FIELD_COUNT" : first(required(f, 0, 1, 2), timestamp(f[1]), pid(f[3]),
                        clickFlags(f[4], f[5]));
            case "ad_feature.csv":
                return f.length != 6 ? "FIELD_COUNT" : first(required(f, 0, 1, 2, 3), brand(f[4]), price(f[5]));
            case "user_profile.csv":
                return f.length != 9 ? "FIELD_COUNT" : first(required(f, 0), optional(f, 1, 2, 3, 4, 5, 6, 7, 8));
            case "behavior_log.csv":
                return f.length != 5 ? "FIELD_COUNT" : first(required(f, 0, 1, 3), timestamp(f[1]),
                        List.of("pv", "cart", "fav", "buy").contains(f[2]) ? null : "UNKNOWN_BTAG", brand(f[4]));
            default:
                throw new IllegalArgumentException(file);
        }
    }

    private String duplicateProblem(String line, String[] f) {
        if (file.equals("raw_sample.csv")) {
            return seenLines.add(line) ? null : "DUPLICATE";
        }
        if (file.equals("ad_feature.csv") || file.equals("user_profile.csv")) {
            String previous = seenKeys.putIfAbsent(f[0], line);
            return previous == null ? null : previous.equals(line) ? "DUPLICATE" : "DUPLICATE_KEY";
        }
        return null;
    }

    private static String first(String... problems) {
        for (String problem : problems) {
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String required(String[] f, int... columns) {
        for (int c : columns) {
            if (f[c].isEmpty()) {
                return "MISSING_VALUE";
            }
        }
        return optional(f, columns);
    }

    private static String optional(String[] f, int... columns) {
        for (int c : columns) {
            if (!f[c].isEmpty() && !WHOLE.matcher(f[c]).matches()) {
                return "NOT_NUMERIC";
            }
        }
        return null;
    }

    private static String timestamp(String value) {
        if (!WHOLE.matcher(value).matches()) {
            return null; // checks run eagerly; a non-number is reported by the required-field check before this
        }
        long seconds = Long.parseLong(value);
        return seconds >= FIRST_SECOND && seconds < END_SECOND ? null : "TIMESTAMP_RANGE";
    }

    private static String pid(String value) {
        return PID.matcher(value).matches() ? null : "BAD_PID";
    }

    private static String clickFlags(String nonclk, String clk) {
        if (!nonclk.matches("[01]") || !clk.matches("[01]")) {
            return "CLICK_FLAG";
        }
        return Integer.parseInt(nonclk) + Integer.parseInt(clk) == 1 ? null : "CLICK_MISMATCH";
    }

    private static String brand(String value) {
        return value.equals("NULL") || WHOLE.matcher(value).matches() ? null : "NOT_NUMERIC";
    }

    private static String price(String value) {
        return PRICE.matcher(value).matches() ? null : "BAD_PRICE";
    }
}
