package org.dinexplorer.app.service.runs;

import java.nio.file.Path;
import java.util.List;
import org.dinexplorer.storage.runs.RunStatus;
import org.jspecify.annotations.Nullable;

/**
 * A stored run whose model file exists, as offered by the Explore page's model choice.
 *
 * @param runId   the run
 * @param name    its display name
 * @param variant network name, e.g. {@code DIN}
 * @param status  the run's status (a cancelled run offers its last checkpoint)
 * @param file    the model file: the final model, else the last checkpoint
 */
public record ModelChoice(long runId, String name, String variant, RunStatus status, Path file) {

    /** The newest completed DIN run of {@code newestFirst}, else its first entry; null when it is empty. */
    public static @Nullable ModelChoice preferred(List<ModelChoice> newestFirst) {
        return newestFirst.stream().filter(c -> c.status() == RunStatus.COMPLETED && "DIN".equals(c.variant()))
                .findFirst().orElse(newestFirst.isEmpty() ? null : newestFirst.get(0));
    }

    @Override
    public String toString() {
        return "Run " + runId + " · " + name + " (" + variant + ", " + status.name().toLowerCase(java.util.Locale.ROOT)
                + ")";
    }
}
