package org.dinexplorer.storage.demo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reading generated files in tests, with an independent CSV parser, plus a plain AUC. */
final class DemoTestFiles {

    private DemoTestFiles() {
    }

    static GenerationReport generate(Path dir, long seed, boolean dirty) {
        GenerationConfig config = new GenerationConfig(dir, DemoPreset.TINY, seed, dirty, false);
        return new DemoDataGenerator().generate(config, GenerationListener.NONE, () -> false);
    }

    /** Data rows (header skipped) as field arrays, parsed by FastCSV. */
    static List<String[]> rows(Path file) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (CsvRecord record : reader) {
                if (!header) {
                    rows.add(record.getFields().toArray(new String[0]));
                }
                header = false;
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Physical lines; element 0 is line 1 (the header). */
    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String firstLine(Path file) {
        return lines(file).get(0);
    }

    /** Area under the ROC curve, ties counted half (Mann-Whitney). */
    static double auc(int[] labels, double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] == 1) {
                    rankSumPositive += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = order.length - positives;
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
