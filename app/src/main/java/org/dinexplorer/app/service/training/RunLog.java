package org.dinexplorer.app.service.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/** Appends lines to a run's {@code train.log}; each line starts with a UTC timestamp. */
public final class RunLog {

    private final Path file;
    private final Clock clock;

    public RunLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** Writes the header: what is trained, the full config and the environment. */
    public void header(String title, String configJson, String environmentJson) {
        line(title);
        line("config " + configJson);
        line("environment " + environmentJson);
    }

    void line(String text) {
        try {
            Files.writeString(file, clock.instant() + " " + text + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run log " + file + ": " + e.getMessage(), e);
        }
    }
}
