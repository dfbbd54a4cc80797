package org.dinexplorer.storage.demo;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants bad rows in one file: after chosen valid rows it writes an extra, malformed line and records it in the
 * manifest. Positions are spread evenly over the expected rows (with jitter), so no stretch of the file is dense with
 * bad rows; kinds take turns, so each kind occurs several times. At most 1 % of the rows are bad.
 */
final class DirtyRowInjector {

    private static final double TARGET_SHARE = 0.002;
    private static final double MAX_SHARE = 0.01;
    private static final int MIN_PER_KIND = 4;

    private final String file;
    private final String manifestName;
    private final List<DirtyKind> kinds;
    private final long[] positions;
    private final DirtyManifest manifest;
    private int next;
    private long validRows;
    private String earlier;

    private DirtyRowInjector(String file, String manifestName, List<DirtyKind> kinds, long[] positions,
                             DirtyManifest manifest) {
        this.file = file;
        this.manifestName = manifestName;
        this.kinds = kinds;
        this.positions = positions;
        this.manifest = manifest;
    }

    /**
     * Plans the bad rows of a file.
     *
     * @param file         Taobao file name without compression suffix
     * @param manifestName name the manifest uses (the name on disk)
     * @param expectedRows valid rows the file will have (at least)
     * @param enabled      false gives an injector that never writes anything
     */
    static DirtyRowInjector plan(SplittableRandom rng, String file, String manifestName, long expectedRows,
                                 boolean enabled, DirtyManifest manifest) {
        List<DirtyKind> kinds = kindsFor(file);
        long count = 0;
        if (enabled) {
            long wanted = Math.max((long) MIN_PER_KIND * kinds.size(), Math.round(expectedRows * TARGET_SHARE));
            count = Math.min(wanted, (long) Math.floor(expectedRows * MAX_SHARE));
        }
        long[] positions = new long[(int) count];
        for (int i = 0; i < count; i++) {
            // one bad row per stretch of expectedRows / count valid rows, never before the second valid row
            double stretch = (double) expectedRows / count;
            positions[i] = Math.max(2, (long) ((i + 0.1 + 0.8 * rng.nextDouble()) * stretch));
            if (i > 0 && positions[i] <= positions[i - 1]) {
                positions[i] = positions[i - 1] + 1;
            }
        }
        return new DirtyRowInjector(file, manifestName, kinds, positions, manifest);
    }

    static List<DirtyKind> kindsFor(String file) {
        switch (file) {
            case TaobaoFormat.RAW_SAMPLE:
                return List.of(DirtyKind.FIELD_COUNT, DirtyKind.NOT_NUMERIC, DirtyKind.MISSING_VALUE,
                        DirtyKind.CLICK_FLAG, DirtyKind.CLICK_MISMATCH, DirtyKind.TIMESTAMP_RANGE, DirtyKind.BAD_PID,
                        DirtyKind.DUPLICATE);
            case TaobaoFormat.AD_FEATURE:
                return List.of(DirtyKind.FIELD_COUNT, DirtyKind.NOT_NUMERIC, DirtyKind.MISSING_VALUE,
                        DirtyKind.BAD_PRICE, DirtyKind.DUPLICATE_KEY);
            case TaobaoFormat.USER_PROFILE:
                return List.of(DirtyKind.FIELD_COUNT, DirtyKind.NOT_NUMERIC, DirtyKind.MISSING_VALUE,
                        DirtyKind.DUPLICATE_KEY);
            case TaobaoFormat.BEHAVIOR_LOG:
                return List.of(DirtyKind.FIELD_COUNT, DirtyKind.NOT_NUMERIC, DirtyKind.MISSING_VALUE,
                        DirtyKind.UNKNOWN_BTAG, DirtyKind.TIMESTAMP_RANGE);
            default:
                throw new IllegalArgumentException("no bad rows are planned for " + file);
        }
    }

    /** Call after each valid row; writes a bad row when one is planned here. */
    void afterValidRow(AsciiLineWriter out) throws IOException {
        validRows++;
        if (earlier == null) {
            earlier = out.lastLine();
        }
        if (next < positions.length && validRows == positions[next]) {
            String last = out.lastLine();
            DirtyKind kind = kinds.get(next % kinds.size());
            int variant = next / kinds.size();
            long line = out.lineCount() + 1;
            out.rawLine(DirtyRows.corrupt(file, kind, last, earlier, variant));
            manifest.add(manifestName, line, kind);
            earlier = last;
            next++;
        }
    }

    /** Bad rows written so far. */
    int writtenCount() {
        return next;
    }
}
