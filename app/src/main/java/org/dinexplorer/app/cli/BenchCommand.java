package org.dinexplorer.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Parent of the benchmark commands; each measures one stage and prints its figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: measure import, training or inference speed and memory on this machine.",
        subcommands = {
            BenchImportCommand.class,
            BenchSamplesCommand.class,
            BenchExploreCommand.class,
            BenchTrainCommand.class,
            BenchInferCommand.class,
        })
public final class BenchCommand {

    @ParentCommand
    private RootCommand root;

    /** The root command, for the data directory and verbosity. */
    public RootCommand root() {
        return root;
    }
}
