package org.dinexplorer.storage.demo;

import java.util.Arrays;

/**
 * Turns a valid row into a bad row of a given kind, changing as little as possible so that the row is wrong in
 * exactly one way. Several variants per kind (chosen by {@code variant}) cover the usual shapes of each defect.
 */
final class DirtyRows {

    /** December 2031: far outside any plausible window of the dataset. */
    static final String FUTURE_SECONDS = "1955000000";

    private DirtyRows() {
    }

    /**
     * Builds a bad line.
     *
     * @param file    the Taobao file name without compression suffix (decides the column layout)
     * @param kind    the defect to plant; must make sense for the file
     * @param last    the valid line written just before (its values are reused)
     * @param earlier an earlier valid line of the same file with another key (for the duplicate kinds)
     * @param variant any number; selects one of the variants of the defect
     */
    static String corrupt(String file, DirtyKind kind, String last, String earlier, int variant) {
        String[] f = last.split(",", -1);
        switch (kind) {
            case FIELD_COUNT:
                return variant % 2 == 0 ? join(Arrays.copyOf(f, f.length - 1)) : last + ",1";
            case DUPLICATE:
                return earlier;
            case DUPLICATE_KEY:
                return duplicateKey(file, f, earlier.split(",", -1));
            default:
                return join(replaceField(file, kind, f, variant));
        }
    }

    private static String[] replaceField(String file, DirtyKind kind, String[] f, int variant) {
        boolean even = variant % 2 == 0;
        switch (kind) {
            case NOT_NUMERIC:
                return notNumeric(file, f, variant);
            case MISSING_VALUE:
                // the required field: adgroup_id / cate_id / userid / cate, or the user of an impression
                set(f, missingColumn(file, even), "");
                return f;
            case CLICK_FLAG:
                set(f, 4, even ? "-1" : "-2");
                set(f, 5, even ? "2" : "3");
                return f;
            case CLICK_MISMATCH:
                set(f, 4, even ? "1" : "0");
                set(f, 5, even ? "1" : "0");
                return f;
            case UNKNOWN_BTAG:
                set(f, 2, even ? "click" : "5");
                return f;
            case TIMESTAMP_RANGE:
                set(f, 1, even ? "0" : FUTURE_SECONDS);
                return f;
            case BAD_PRICE:
                set(f, 5, even ? "-" + f[5] : "cheap");
                return f;
            case BAD_PID:
                set(f, 3, even ? f[3].replace('_', '-') : "pid_1007");
                return f;
            default:
                throw new IllegalArgumentException(kind + " is not a single-field defect");
        }
    }

    private static String[] notNumeric(String file, String[] f, int variant) {
        int column;
        String suffix = "x";
        switch (variant % 3) {
            case 0:
                column = 0;
                break;
            case 1:
                // adgroup_id of an impression, cate_id of an ad, age_level of a profile, cate of a behaviour
                column = TaobaoFormat.RAW_SAMPLE.equals(file) ? 2 : TaobaoFormat.AD_FEATURE.equals(file) ? 1
                        : TaobaoFormat.USER_PROFILE.equals(file) ? 4 : 3;
                break;
            default:
                // a fraction: time_stamp of impressions and behaviours, customer of an ad, userid of a profile
                column = TaobaoFormat.AD_FEATURE.equals(file) ? 3 : TaobaoFormat.USER_PROFILE.equals(file) ? 0 : 1;
                suffix = ".5";
                break;
        }
        f[column] = column == 0 && suffix.equals("x") ? "u" + f[0] : f[column] + suffix;
        return f;
    }

    private static int missingColumn(String file, boolean even) {
        switch (file) {
            case TaobaoFormat.RAW_SAMPLE:
                return even ? 2 : 0;
            case TaobaoFormat.AD_FEATURE:
                return even ? 1 : 0;
            case TaobaoFormat.BEHAVIOR_LOG:
                return even ? 3 : 0;
            default:
                return 0;
        }
    }

    private static String duplicateKey(String file, String[] last, String[] earlier) {
        String[] row = last.clone();
        row[0] = earlier[0];
        if (Arrays.equals(Arrays.copyOfRange(row, 1, row.length), Arrays.copyOfRange(earlier, 1, earlier.length))) {
            // make sure the values really differ from the stored row
            if (TaobaoFormat.AD_FEATURE.equals(file)) {
                row[1] = row[1] + "1";
            } else {
                row[4] = String.valueOf((Integer.parseInt(row[4]) + 1) % 7);
            }
        }
        return join(row);
    }

    private static void set(String[] fields, int column, String value) {
        fields[column] = value;
    }

    private static String join(String[] fields) {
        return String.join(",", fields);
    }
}
