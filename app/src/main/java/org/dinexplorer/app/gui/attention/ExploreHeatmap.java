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

    /** Rows in the given order, one column per behaviour; a row not scored yet is all NaN. */
    static HeatmapData heatmap(String title, List<CandidateRow> rows, List<HistoryItem> history) {
        List<String> columns = new ArrayList<>(history.size());
        for (int p = 0; p < history.size(); p++) {
            columns.add(columnLabel(p, history.get(p)));
        }
        double[][] values = new double[rows.size()][history.size()];
        List<String> labels = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            CandidateRow row = rows.get(r);
            labels.add(row.label());
            float[] weights = row.weights();
            for (int p = 0; p < history.size(); p++) {
                values[r][p] = weights.length == history.size() ? weights[p] : Double.NaN;
            }
        }
        return new HeatmapData(title, labels, columns, values);
    }

    /** The {@code count} behaviours with the largest weight for {@code row}, largest first. */
    static List<BehaviourBar> top(CandidateRow row, List<HistoryItem> history, int count) {
        float[] weights = row.weights();
        if (weights.length != history.size()) {
            return List.of();
        }
        List<BehaviourBar> bars = new ArrayList<>(history.size());
        for (int p = 0; p < history.size(); p++) {
            bars.add(new BehaviourBar(p, columnLabel(p, history.get(p)), weights[p]));
        }
        bars.sort(Comparator.comparingDouble(BehaviourBar::weight).reversed()
                .thenComparingInt(BehaviourBar::position));
        return List.copyOf(bars.subList(0, Math.min(count, bars.size())));
    }
}
