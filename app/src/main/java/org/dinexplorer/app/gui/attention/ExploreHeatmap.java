package org.dinexplorer.app.gui.attention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dinexplorer.app.service.export.HeatmapData;
import org.dinexplorer.storage.samples.HistoryItem;
import org.dinexplorer.storage.vocab.Vocabulary;

/** Turns scored candidate rows and a history into heatmap data, column labels and the top-behaviour bars. */
final class ExploreHeatmap {

    private ExploreHeatmap() {
    }

    /** A behaviour as a column label: position, category, brand, type and age in hours. */
    static String columnLabel(int position, HistoryItem item) {
        String brand = item.brand() == Vocabulary.MISSING ? "?" : Integer.toString(item.brand());
        return String.format(Locale.ROOT, "%d · c%d · b%s · %s · %s", position + 1, item.cate(), brand,
                item.btagName(), age(item.ageHours()));
    }

    /** Age in hours, or days from two days on. */
    static String age(double hours) {
        return hours < 48 ? String.format(Locale.ROOT, "%.1fh", hours)
                : String.format(Locale.ROOT, "%.1fd", hours / 24);
    }

    /**
     * Rows in the given order, one column per behaviour, with a weight and an influence layer ({@code measure}'s is
     * drawn); a row not scored yet is all NaN.
     */
    static HeatmapData heatmap(String title, List<CandidateRow> rows, List<HistoryItem> history,
                               HeatmapMeasure measure) {
        List<String> columns = new ArrayList<>(history.size());
        for (int p = 0; p < history.size(); p++) {
            columns.add(columnLabel(p, history.get(p)));
        }
        List<String> labels = rows.stream().map(CandidateRow::label).toList();
        List<HeatmapData.Layer> layers = new ArrayList<>();
        for (HeatmapMeasure layer : HeatmapMeasure.values()) {
            double[][] values = new double[rows.size()][history.size()];
            for (int r = 0; r < rows.size(); r++) {
                float[] row = rows.get(r).values(layer);
                for (int p = 0; p < history.size(); p++) {
                    values[r][p] = row.length == history.size() ? row[p] : Double.NaN;
                }
            }
            layers.add(new HeatmapData.Layer(layer.column(), values));
        }
        return new HeatmapData(title, labels, columns, layers, measure.ordinal());
    }

    /**
     * The {@code count} behaviours with the largest absolute weight or influence for {@code row}, largest first: a
     * strongly negative value moves the score as much as a strongly positive one.
     */
    static List<BehaviorBar> top(CandidateRow row, HeatmapMeasure measure, List<HistoryItem> history, int count) {
        float[] values = row.values(measure);
        if (values.length != history.size()) {
            return List.of();
        }
        List<BehaviorBar> bars = new ArrayList<>(history.size());
        for (int p = 0; p < history.size(); p++) {
            bars.add(new BehaviorBar(p, columnLabel(p, history.get(p)), values[p]));
        }
        bars.sort(Comparator.comparingDouble((BehaviorBar bar) -> Math.abs(bar.value())).reversed()
                .thenComparingInt(BehaviorBar::position));
        return List.copyOf(bars.subList(0, Math.min(count, bars.size())));
    }
}
