package org.dinexplorer.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.dinexplorer.storage.samples.Split;
import picocli.CommandLine.Option;

/** The options that name a database, a model and a split: shared by evaluate, predict and attention. */
final class ModelOptions {

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "Database with a built training set.")
    private Path db;

    @Option(names = "--model", required = true, paramLabel = "RUN|FILE", description = "A run id or a model file.")
    private String model;

    @Option(names = "--split", defaultValue = "test", paramLabel = "NAME",
            description = "train, validation or test. Default: ${DEFAULT-VALUE}.")
    private String split;

    /** The database file. */
    Path db() {
        return db;
    }

    /** A run id or a model file path. */
    String model() {
        return model;
    }

    /** The split; a name other than train, validation or test is a usage error. */
    Split split() {
        return parseSplit(split);
    }

    static Split parseSplit(String text) {
        for (Split candidate : Split.values()) {
            if (candidate.id().equals(text.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("--split must be train, validation or test, got '" + text + "'");
    }
}
