package org.dinexplorer.app.gui.data;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dinexplorer.app.gui.common.BackgroundReads;
import org.dinexplorer.app.service.OverviewService;
import org.dinexplorer.storage.overview.RejectedRow;
import org.jspecify.annotations.Nullable;

/**
 * The rows the rejects browser shows: the first page of the chosen reason, then each next page asked for. A page is
 * read in the background by key (after the last row shown), so it takes the same short time however many rows were
 * rejected.
 */
final class RejectPages {

    private static final int PAGE_ROWS = 500;

    private final BackgroundReads reads;
    private final OverviewService service;
    private final Consumer<Throwable> errors;
    private final ObservableList<RejectedRow> rows = FXCollections.observableArrayList();
    private @Nullable Path file;
    private @Nullable String reason;

    RejectPages(BackgroundReads reads, OverviewService service, Consumer<Throwable> errors) {
        this.reads = reads;
        this.service = service;
        this.errors = errors;
    }

    /** Shows the first page of the rows of {@code reason} (null: all reasons) in {@code file}; none for null. */
    void showFirst(@Nullable Path file, @Nullable String reason) {
        this.file = file;
        this.reason = reason;
        rows.clear();
        showMore();
    }

    /** Adds the next page. */
    void showMore() {
        Path shownFile = file;
        String shownReason = reason;
        RejectedRow last = last();
        if (shownFile == null) {
            return;
        }
        reads.read(() -> service.rejectedRows(shownFile, shownReason, last, PAGE_ROWS), page -> {
            // dropped when the rows shown changed while it was read (another database, reason or page)
            if (shownFile.equals(file) && Objects.equals(shownReason, reason) && last() == last) {
                rows.addAll(page);
            }
        }, errors);
    }

    private @Nullable RejectedRow last() {
        return rows.isEmpty() ? null : rows.get(rows.size() - 1);
    }

    ObservableList<RejectedRow> rows() {
        return rows;
    }
}
