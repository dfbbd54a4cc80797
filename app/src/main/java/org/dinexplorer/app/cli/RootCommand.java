package org.dinexplorer.app.cli;

import java.nio.file.Path;
import org.dinexplorer.app.AppPaths;
import org.dinexplorer.app.AppVersion;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code din-explorer} command: global options and the list of subcommands. */
@Command(name = "din-explorer", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Deep Interest Network workbench for Taobao-style ad logs. Without a command, opens the GUI.",
        subcommands = {
            InfoCommand.class,
            BenchCommand.class,
            GenerateCommand.class,
            ImportCommand.class,
            BuildDatasetCommand.class,
            TrainCommand.class,
            EvaluateCommand.class,
            PredictCommand.class,
            AttentionCommand.class,
            RunsCommand.class,
            CurvesCommand.class,
            DemoCommand.class,
            ReproduceCommand.class,
            ExportDatasetCommand.class,
            ExportModelCommand.class,
            ImportModelCommand.class,
        })
public final class RootCommand {

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Data directory (default: $" + AppPaths.ENV_VARIABLE + ", else the platform's user data "
                    + "directory, e.g. ~/.local/share/din-explorer).")
    private @Nullable Path dataDir;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print the causes of errors.")
    private boolean verbose;

    /** The data directory chosen by option, environment or platform convention. */
    public AppPaths paths() {
        return AppPaths.forThisMachine(dataDir);
    }

    /** Whether errors should show their causes. */
    public boolean verbose() {
        return verbose;
    }

    /** Reports the application version for {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"DIN Explorer " + AppVersion.current(),
                "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " "
                        + System.getProperty("os.arch")};
        }
    }
}
