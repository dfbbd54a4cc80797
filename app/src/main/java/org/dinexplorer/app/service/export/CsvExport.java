package org.dinexplorer.app.service.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Writes the data behind a chart or a heatmap as CSV, in full (never decimated). */
public final class CsvExport {

    /** Writes {@code chart} as rows {@code series,x,y}. */
    public void write(ChartData chart, Path file) {
        writeRows(file, List.of("series", chart.xLabel(), chart.yLabel()), csv -> {
            for (ChartData.Series series : chart.series()) {
                for (int i = 0; i < series.size(); i++) {
                    csv.writeRecord(series.name(), number(series.xs()[i]), number(series.ys()[i]));
                }
            }
        });
    }

    /**
     * Writes {@code heatmap} as rows {@code row,column,<one column per layer>}, e.g. {@code weight,influence}; cells
     * without any value are left out.
     */
    public void write(HeatmapData heatmap, Path file) {
        List<String> header = new java.util.ArrayList<>(List.of("row", "column"));
        heatmap.layers().forEach(layer -> header.add(layer.name()));
        writeRows(file, header, csv -> {
            for (int r = 0; r < heatmap.rowLabels().size(); r++) {
                for (int c = 0; c < heatmap.columnLabels().size(); c++) {
                    List<String> record = new java.util.ArrayList<>(List.of(heatmap.rowLabels().get(r),
                            heatmap.columnLabels().get(c)));
                    boolean any = false;
                    for (HeatmapData.Layer layer : heatmap.layers()) {
                        double value = layer.values()[r][c];
                        any |= !Double.isNaN(value);
                        record.add(number(value));
                    }
                    if (any) {
                        csv.writeRecord(record);
                    }
                }
            }
        });
    }

    /** Writes a table: a header and rows of already formatted cells. */
    public void writeRows(Path file, List<String> header, RowWriter rows) {
        AtomicFiles.write(file, out -> {
            try (CsvWriter csv = CsvWriter.builder().build(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                csv.writeRecord(header);
                rows.write(csv);
            }
        });
    }

    /** Writes the rows of a table. */
    @FunctionalInterface
    public interface RowWriter {
        /** Writes every data row to {@code csv}. */
        void write(CsvWriter csv) throws java.io.IOException;
    }

    /** A number as CSV text: integers without a decimal point, others with full precision, NaN as empty. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
