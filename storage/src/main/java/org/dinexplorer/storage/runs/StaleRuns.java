package org.dinexplorer.storage.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds runs stored as running whose process is gone (owner process no longer alive, or no heartbeat for longer than
 * the timeout) and stores them as {@link RunStatus#INTERRUPTED}.
 */
final class StaleRuns {

    private static final Logger LOG = LoggerFactory.getLogger(StaleRuns.class);

    private final Clock clock;
    private final Duration heartbeatTimeout;
    private final LongPredicate processAlive;

    StaleRuns(Clock clock, Duration heartbeatTimeout, LongPredicate processAlive) {
        if (heartbeatTimeout.isNegative() || heartbeatTimeout.isZero()) {
            throw new IllegalArgumentException("heartbeatTimeout must be positive, got " + heartbeatTimeout);
        }
        this.clock = clock;
        this.heartbeatTimeout = heartbeatTimeout;
        this.processAlive = processAlive;
    }

    void markInterrupted(Connection connection) throws SQLException {
        List<Long> stale = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT run_id, heartbeat_at, owner_pid FROM runs WHERE status = 'RUNNING'");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long pid = rows.getLong(3);
                boolean pidKnown = !rows.wasNull();
                String reason = reason(rows.getString(2), pidKnown ? pid : -1);
                if (reason != null) {
                    stale.add(rows.getLong(1));
                    reasons.add(reason);
                }
            }
        }
        for (int i = 0; i < stale.size(); i++) {
            interrupt(connection, stale.get(i), reasons.get(i));
        }
    }

    private @Nullable String reason(@Nullable String heartbeat, long pid) {
        if (pid >= 0 && !processAlive.test(pid)) {
            return "The training process (pid " + pid + ") ended without finishing the run.";
        }
        Instant last = heartbeat == null ? Instant.EPOCH : Instant.parse(heartbeat);
        if (Duration.between(last, clock.instant()).compareTo(heartbeatTimeout) > 0) {
            return "No sign of life from the training process since " + heartbeat + ".";
        }
        return null;
    }

    private void interrupt(Connection connection, long runId, String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE runs SET status = 'INTERRUPTED',"
                + " failure_message = ? WHERE run_id = ? AND status = 'RUNNING'")) {
            update.setString(1, reason);
            update.setLong(2, runId);
            if (update.executeUpdate() == 1) {
                LOG.info("Run {} interrupted: {}", runId, reason);
            }
        }
    }
}
