package org.dinexplorer.app.service.imports;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.storage.importing.FileRole;
import org.dinexplorer.storage.importing.ImportListener;
import org.dinexplorer.storage.importing.ImportReport;

/**
 * Turns importer callbacks into job progress over all files of a job: the fraction is bytes read of all files'
 * bytes, the message names the file, rows so far and the current speed.
 */
final class ImportProgress implements ImportListener {

    private final Consumer<JobProgress> progress;
    private final long totalBytes;
    private long finishedBytes;
    private long fileBytes;
    private String fileName = "";
    private long fileStartNanos;
    private long fileStartRows = -1;
    private int fileNumber;
    private final int fileCount;

    ImportProgress(Consumer<JobProgress> progress, List<Long> sizes) {
        this.progress = progress;
        this.totalBytes = sizes.stream().mapToLong(Long::longValue).sum();
        this.fileCount = sizes.size();
    }

    @Override
    public void onFileStart(FileRole role, String name, long sizeBytes) {
        fileName = name;
        fileBytes = sizeBytes;
        fileNumber++;
        fileStartNanos = System.nanoTime();
        fileStartRows = -1;
        progress.accept(JobProgress.of(finishedBytes, totalBytes, prefix() + "starting"));
    }

    @Override
    public void onProgress(long bytesRead, long acceptedCount, long rejectedCount) {
        long rows = acceptedCount + rejectedCount;
        if (fileStartRows < 0) {
            // a resumed import reports the rows of earlier runs first; speed counts this run only
            fileStartRows = rows;
            fileStartNanos = System.nanoTime();
        }
        double seconds = Math.max(1e-3, (System.nanoTime() - fileStartNanos) / 1e9);
        String message = String.format(Locale.ROOT, "%s%s rows (%,d rejected), %s rows/s", prefix(), compact(rows),
                rejectedCount, compact((long) ((rows - fileStartRows) / seconds)));
        progress.accept(JobProgress.of(finishedBytes + bytesRead, totalBytes, message));
    }

    /** Indeterminate, so that no ETA is shown: the index build reports no progress of its own. */
    @Override
    public void onPhase(String description) {
        progress.accept(JobProgress.indeterminate(prefix() + description + "…"));
    }

    @Override
    public void onFileDone(ImportReport report) {
        finishedBytes += fileBytes;
        progress.accept(JobProgress.of(finishedBytes, totalBytes, prefix() + report.status().name().toLowerCase(
                Locale.ROOT).replace('_', ' ') + ", " + compact(report.rowsRead()) + " rows"));
    }

    private String prefix() {
        return fileName + " (" + fileNumber + "/" + fileCount + "): ";
    }

    /** 1234 -> "1,234", 1234567 -> "1.23 M". */
    static String compact(long count) {
        return count >= 1_000_000 ? String.format(Locale.ROOT, "%.2f M", count / 1e6)
                : String.format(Locale.ROOT, "%,d", count);
    }
}
