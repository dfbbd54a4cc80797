package org.dinexplorer.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.dataset.Dataset;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.BatchStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code din-explorer bench samples}: how fast the built training set is opened and turned into batches. */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "Open the built training set and time shuffled training batches (as the trainer reads them).")
final class BenchSamplesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "Database with a built training set.")
    private Path db;

    @Option(names = "--batch", defaultValue = "1024", paramLabel = "N", description = "Batch size. Default: "
            + "${DEFAULT-VALUE}.")
    private int batchSize;

    @Option(names = "--batches", defaultValue = "0", paramLabel = "N",
            description = "Batches to time (0: one full epoch). Default: ${DEFAULT-VALUE}.")
    private int batches;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long openStart = System.nanoTime();
        Dataset dataset = new DatasetService().openDataset(db);
        double openSeconds = (System.nanoTime() - openStart) / 1e9;
        long samples = 0;
        long count = 0;
        long checksum = 0;
        long start = System.nanoTime();
        try (BatchStream stream = dataset.train().shuffled(batchSize, 1)) {
            while (stream.hasNext() && (batches == 0 || count < batches)) {
                Batch batch = stream.next();
                samples += batch.size();
                checksum += batch.histCate()[batch.histCate().length - 1];
                count++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "Opened training set in %.2f s (heap in use %,d MiB)%n", openSeconds,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        out.printf(Locale.ROOT, "%,d shuffled batches of %d (history %d): %.2f s, %,.0f batches/s, %,.0f samples/s"
                + " (checksum %d)%n", count, batchSize, dataset.schema().historyLength(), seconds, count / seconds,
                samples / seconds, checksum);
        out.flush();
        return ExitCodes.OK;
    }
}
