package org.dinexplorer.storage.runs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored run as read from the database.
 *
 * @param runId           the run's id
 * @param parentRunId     the run it was derived from, or null
 * @param name            display name
 * @param notes           free text
 * @param modelVariant    network name, e.g. {@code DIN}
 * @param status          current status; a run whose process died is reported {@link RunStatus#INTERRUPTED}
 * @param configJson      canonical config JSON
 * @param configSha256    SHA-256 of the config JSON
 * @param seed            master seed
 * @param dataFingerprint fingerprint of the dataset it trained on
 * @param environmentJson environment JSON
 * @param createdAt       when the run was stored
 * @param startedAt       when training first started, or null
 * @param finishedAt      when it last stopped (any finished state), or null
 * @param heartbeatAt     last sign of life of the training process, or null
 * @param ownerPid        process id of the (last) training process, or null
 * @param runFolder       folder holding the checkpoint and log, or null before the start
 * @param failureMessage  why it failed or was interrupted, or null
 * @param epochsCompleted full epochs done
 * @param stepsCompleted  training steps done
 */
public record RunRecord(long runId, @Nullable Long parentRunId, String name, String notes, String modelVariant,
                        RunStatus status, String configJson, String configSha256, long seed, String dataFingerprint,
                        String environmentJson, Instant createdAt, @Nullable Instant startedAt,
                        @Nullable Instant finishedAt, @Nullable Instant heartbeatAt, @Nullable Long ownerPid,
                        @Nullable String runFolder, @Nullable String failureMessage, int epochsCompleted,
                        long stepsCompleted) {
}
