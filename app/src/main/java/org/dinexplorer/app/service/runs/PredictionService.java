package org.dinexplorer.app.service.runs;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.dinexplorer.app.service.dataset.Dataset;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.export.AtomicFiles;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.BatchStream;
import org.dinexplorer.model.io.LoadedModel;
import org.dinexplorer.model.io.ModelFile;
import org.dinexplorer.model.network.DinModel;
import org.dinexplorer.storage.samples.SampleDetail;
import org.dinexplorer.storage.samples.Split;

/**
 * Writes a model's click probabilities for every impression of a split as CSV
 * ({@code user,time_stamp,adgroup_id,label,score}, in the split's stable order). Scores are written with
 * {@link Float#toString}, which reads back to the same float, so two files compare bit for bit.
 */
public final class PredictionService {

    /** Header of the predictions file. */
    public static final String[] HEADER = {"user", "time_stamp", "adgroup_id", "label", "score"};

    private final DatasetService datasets;
    private final ModelLocator locator;

    /** A service on the default dataset service and run tables. */
    public PredictionService() {
        this(new DatasetService(), new ModelLocator());
    }

    PredictionService(DatasetService datasets, ModelLocator locator) {
        this.datasets = datasets;
        this.locator = locator;
    }

    /**
     * Predicts every impression of {@code split} and writes the CSV to {@code out} (atomically).
     *
     * @param stop polled between batches; the file is not written when stopped
     * @return the number of predictions written
     * @throws org.dinexplorer.model.io.ModelFileException if the file is missing, damaged or trained on other data
     * @throws CancellationException                       if stopped
     */
    public long predict(Path database, String modelSpec, Split split, Path out, BooleanSupplier stop) {
        RunStores.requireExisting(database);
        Path file = locator.resolve(database, modelSpec);
        Dataset dataset = datasets.openDataset(database);
        LoadedModel loaded = ModelFile.load(file, dataset.fingerprint());
        long[] written = {0};
        AtomicFiles.write(out, stream -> {
            try (CsvWriter csv = CsvWriter.builder().build(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
                csv.writeRecord(HEADER);
                written[0] = writeRows(csv, dataset, split, loaded.model(), stop);
            }
        });
        return written[0];
    }

    private static long writeRows(CsvWriter csv, Dataset dataset, Split split, DinModel model, BooleanSupplier stop) {
        int position = 0;
        try (BatchStream batches = dataset.source(split).ordered(DinModel.SCORING_BATCH)) {
            while (batches.hasNext()) {
                if (stop.getAsBoolean()) {
                    throw new CancellationException("prediction stopped");
                }
                Batch batch = batches.next();
                float[] scores = model.predict(batch);
                for (int i = 0; i < batch.size(); i++, position++) {
                    SampleDetail detail = dataset.detail(split, position);
                    csv.writeRecord(Integer.toString(detail.userId()), Long.toString(detail.timeStamp()),
                            Integer.toString(detail.adFields()[0]), detail.clicked() ? "1" : "0",
                            Float.toString(scores[i]));
                }
            }
        }
        return position;
    }
}
