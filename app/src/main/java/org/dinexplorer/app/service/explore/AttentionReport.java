package org.dinexplorer.app.service.explore;

import java.nio.file.Path;
import java.util.List;
import org.dinexplorer.storage.samples.HistoryItem;

/**
 * Attention of candidate ads over one user's history, as a heatmap (candidates x behaviours) with the predicted CTR of
 * each candidate. The context is the user's last impression in the split: its history, profile and position id.
 *
 * @param modelFile       the model used
 * @param userId          the user
 * @param contextTime     UTC seconds of the context impression
 * @param history         the context's behaviours, oldest first
 * @param candidates      candidate ads in row order: the user's ads in the split, then the extra ones
 * @param rows            one row per (candidate, behaviour)
 */
public record AttentionReport(Path modelFile, int userId, long contextTime, List<HistoryItem> history,
                              List<Candidate> candidates, List<AttentionRow> rows) {

    /** Copies the lists. */
    public AttentionReport {
        history = List.copyOf(history);
        candidates = List.copyOf(candidates);
        rows = List.copyOf(rows);
    }

    /**
     * One candidate ad.
     *
     * @param adgroupId    raw ad id
     * @param cate         raw category id
     * @param brand        raw brand id
     * @param predictedCtr click probability in the context
     * @param shown        true if the user saw this ad in the split, false for an extra candidate
     * @param clicked      true if the user clicked it in the split
     */
    public record Candidate(int adgroupId, int cate, int brand, float predictedCtr, boolean shown,
                            boolean clicked) {
    }
}
