package org.dinexplorer.app.cli;

import java.util.concurrent.Callable;
import org.dinexplorer.app.service.SystemInfo;
import org.dinexplorer.app.service.SystemInfoService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code din-explorer info}: the environment and a check that the native numeric backend computes correctly. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show Java, OS, numeric backend (CPU or CUDA), BLAS, the library computing the networks' matrix "
                + "products, threads and data directory; run a tiny matrix product.")
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        SystemInfo info = new SystemInfoService(root.paths()).collect();
        var out = spec.commandLine().getOut();
        out.printf("DIN Explorer   %s%n", info.appVersion());
        out.printf("Java           %s%n", info.javaVersion());
        out.printf("OS             %s%n", info.os());
        out.printf("ND4J backend   %s (ND4J %s)%n", info.backend(), info.ndVersion());
        out.printf("CUDA backend   %s%n", info.cuda());
        out.printf("BLAS           %s%n", info.blasVendor());
        out.printf("Products       %s%n", info.products());
        out.printf("Threads        %d backend threads, %d processors%n", info.threadCount(), info.cpuCount());
        out.printf("Data directory %s%n", info.dataDirectory());
        out.printf("Check product  [[1,2],[3,4]] x [[5,6],[7,8]] = %s -> %s%n", info.product(),
                info.productCorrect() ? "correct" : "WRONG (expected [19.0, 22.0, 43.0, 50.0])");
        return info.productCorrect() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
    }
}
