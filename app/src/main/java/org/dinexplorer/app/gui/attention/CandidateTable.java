package org.dinexplorer.app.gui.attention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dinexplorer.app.service.explore.CandidateAd;
import org.dinexplorer.app.service.explore.ExploreScores;
import org.dinexplorer.app.service.export.HeatmapData;
import org.dinexplorer.storage.samples.HistoryItem;
import org.jspecify.annotations.Nullable;

/**
 * The candidate ads of the Explore page in display order, with their latest scores, bids and eCPM ranks, the selected
 * row and its behaviours with the largest weight or influence. {@link #version()} changes whenever the heatmap has to
 * be redrawn.
 */
public final class CandidateTable {

    private static final int TOP_BARS = 10;

    private final List<HistoryItem> history;
    private final ObservableList<CandidateRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CandidateRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<RowOrder> order = new SimpleObjectProperty<>(RowOrder.AS_SHOWN);
    private final ObjectProperty<HeatmapMeasure> measure = new SimpleObjectProperty<>(HeatmapMeasure.WEIGHT);
    private final ObjectProperty<@Nullable CandidateRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<BehaviorBar> topBehaviors = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();
    private final List<Integer> shownOrder = new ArrayList<>();

    /** A table whose weights refer to {@code history} (the page's edited history, read when bars are built). */
    CandidateTable(List<HistoryItem> history) {
        this.history = history;
        order.addListener((observable, old, value) -> reorder());
        measure.addListener((observable, old, value) -> changed());
        selected.addListener((observable, old, row) -> updateBars());
    }

    /** Replaces all rows (in the order given, which is the "as shown" order) and selects the first. */
    void setAll(List<CandidateAd> ads) {
        shownOrder.clear();
        List<CandidateRow> fresh = new ArrayList<>();
        for (CandidateAd ad : ads) {
            shownOrder.add(ad.adgroupId());
            fresh.add(watched(new CandidateRow(ad)));
        }
        rows.setAll(fresh);
        selected.set(fresh.isEmpty() ? null : fresh.get(0));
        changed();
    }

    /** Appends the ads not yet in the table; returns how many were new. */
    int add(List<CandidateAd> ads) {
        int added = 0;
        for (CandidateAd ad : ads) {
            if (rows.stream().noneMatch(row -> row.ad().adgroupId() == ad.adgroupId())) {
                shownOrder.add(ad.adgroupId());
                rows.add(watched(new CandidateRow(ad)));
                added++;
            }
        }
        return added;
    }

    /** Removes every row. */
    void clear() {
        shownOrder.clear();
        rows.clear();
        selected.set(null);
        changed();
    }

    /** Gives {@code scored} (rows in the order they were scored) the results of {@code scores}, then reorders. */
    void apply(List<CandidateRow> scored, ExploreScores scores) {
        for (int c = 0; c < scored.size(); c++) {
            ExploreScores.Score score = scores.scores().get(c);
            scored.get(c).scored(score.predictedCtr(), score.weights(), score.influence());
        }
        reorder();
    }

    private CandidateRow watched(CandidateRow row) {
        row.bid().addListener((observable, old, value) -> reorder());
        return row;
    }

    /** Ranks the rows by eCPM, puts them in the chosen order and asks for a redraw. */
    void reorder() {
        List<CandidateRow> byEcpm = new ArrayList<>(rows);
        // rows not scored yet (NaN) go last; ties keep the "as shown" order
        byEcpm.sort(Comparator.comparingDouble(CandidateTable::ecpmKey).thenComparingInt(this::shownIndex));
        for (int i = 0; i < byEcpm.size(); i++) {
            byEcpm.get(i).rank(i + 1);
        }
        List<CandidateRow> ordered = new ArrayList<>(rows);
        switch (order.get()) {
            case AS_SHOWN -> ordered.sort(Comparator.comparingInt(this::shownIndex));
            case CTR -> ordered.sort(Comparator.comparingDouble(CandidateTable::ctrKey)
                    .thenComparingInt(this::shownIndex));
            case ECPM -> ordered = byEcpm;
        }
        if (!ordered.equals(rows)) {
            rows.setAll(ordered);
        }
        changed();
    }

    private static double ecpmKey(CandidateRow row) {
        double value = row.ecpm().get();
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : -value;
    }

    private static double ctrKey(CandidateRow row) {
        double value = row.ctr().get();
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : -value;
    }

    private int shownIndex(CandidateRow row) {
        return shownOrder.indexOf(row.ad().adgroupId());
    }

    private void changed() {
        updateBars();
        version.set(version.get() + 1);
    }

    void updateBars() {
        CandidateRow row = selected.get();
        topBehaviors.setAll(row == null ? List.of() : ExploreHeatmap.top(row, measure.get(), history,
                TOP_BARS));
    }

    /** The heatmap as data, rows in the current order, one column per behaviour of the history. */
    HeatmapData heatmap(String title) {
        return ExploreHeatmap.heatmap(title, rows, history, measure.get());
    }

    /** What the heatmap and the bars show; changing it asks for a redraw. */
    public ObjectProperty<HeatmapMeasure> measure() {
        return measure;
    }

    /** The rows in display order (read-only for the view; change them through the page's actions). */
    public ObservableList<CandidateRow> rows() {
        return readOnlyRows;
    }

    /** The rows' order. */
    public ObjectProperty<RowOrder> order() {
        return order;
    }

    /** The row whose top behaviours are shown. */
    public ObjectProperty<@Nullable CandidateRow> selected() {
        return selected;
    }

    /** The behaviours with the largest weight or influence (by size) for the selected row, largest first. */
    public ObservableList<BehaviorBar> topBehaviors() {
        return topBehaviors;
    }

    /** Increases whenever the heatmap must be redrawn (new scores, order, bids, rows). */
    public ReadOnlyIntegerProperty version() {
        return version.getReadOnlyProperty();
    }
}
