package org.dinexplorer.app.service.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.dinexplorer.app.jobs.JobProgress;
import org.dinexplorer.app.service.dataset.Dataset;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.interop.NpyWriter.DType;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.BatchStream;
import org.dinexplorer.model.data.ModelInputs;
import org.dinexplorer.model.data.TimeGapBuckets;
import org.dinexplorer.storage.samples.AtomicFolder;
import org.dinexplorer.storage.samples.SampleDetail;
import org.dinexplorer.storage.samples.Split;

/**
 * Writes a database's training set for other engines: per split a folder of {@code .npy} arrays, one per model input
 * ({@link ModelInputs}) plus {@code label}, and the raw keys {@code user}, {@code time_stamp} and {@code adgroup_id}
 * (int64), all in the split's stable order (that of {@code predict}); the vocabularies as CSV; and
 * {@code manifest.json} describing all of it. Streams batch by batch through fixed buffers, so memory does not grow
 * with the split. Each split is written into a hidden folder and moved into place when complete. Blocking.
 */
public final class DatasetExportService {

    private static final int BATCH = 4096;

    private final DatasetService datasets;

    /** A service on the default dataset service. */
    public DatasetExportService() {
        this(new DatasetService());
    }

    DatasetExportService(DatasetService datasets) {
        this.datasets = datasets;
    }

    /**
     * Exports {@code splits} of the training set of {@code database} into {@code out}.
     *
     * @param progress receives the samples written so far, on the calling thread
     * @param stop     polled between batches; a stopped export leaves earlier complete splits and no partial one
     * @return samples written per split
     * @throws org.dinexplorer.storage.StorageException if the database has no training set
     * @throws CancellationException                    if stopped
     */
    public Map<Split, Integer> export(Path database, Path out, List<Split> splits, Consumer<JobProgress> progress,
                                      BooleanSupplier stop) {
        Dataset dataset = datasets.openDataset(database);
        long total = splits.stream().mapToLong(dataset::sampleCount).sum();
        Map<Split, Integer> counts = new LinkedHashMap<>();
        long[] done = {0};
        try {
            Files.createDirectories(out);
            DatasetManifest.writeVocabularies(dataset, out.resolve(DatasetManifest.VOCABULARY_FOLDER));
            for (Split split : splits) {
                AtomicFolder.write(out.resolve(split.id()), folder -> writeSplit(dataset, split, folder, () -> {
                    done[0]++;
                    if (done[0] % BATCH == 0 || done[0] == total) {
                        progress.accept(JobProgress.of(done[0], total, String.format(Locale.ROOT,
                                "%s: %,d of %,d samples", split.id(), done[0], total)));
                    }
                }, stop));
                counts.put(split, dataset.sampleCount(split));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the exported training set in " + out + ": "
                    + e.getMessage(), e);
        }
        DatasetManifest.write(dataset, out, counts);
        return counts;
    }

    private static void writeSplit(Dataset dataset, Split split, Path folder, Runnable sampleDone,
                                   BooleanSupplier stop) throws IOException {
        int n = dataset.sampleCount(split);
        int len = dataset.schema().historyLength();
        Map<String, NpyWriter> w = open(dataset, folder, n, len);
        try {
            int position = 0;
            try (BatchStream batches = dataset.source(split).ordered(BATCH)) {
                while (batches.hasNext()) {
                    if (stop.getAsBoolean()) {
                        throw new CancellationException("export stopped");
                    }
                    Batch batch = batches.next();
                    for (int i = 0; i < batch.size(); i++, position++) {
                        writeSample(dataset.schema().userFields(), dataset.schema().adFields(), batch, i, w);
                        SampleDetail detail = dataset.detail(split, position);
                        w.get("user").writeLong(detail.userId());
                        w.get("time_stamp").writeLong(detail.timeStamp());
                        w.get("adgroup_id").writeLong(detail.adFields()[0]);
                        sampleDone.run();
                    }
                }
            }
        } finally {
            for (NpyWriter writer : w.values()) {
                writer.close();
            }
        }
    }

    private static Map<String, NpyWriter> open(Dataset dataset, Path folder, int n, int len) throws IOException {
        Map<String, NpyWriter> writers = new LinkedHashMap<>();
        for (DatasetManifest.ArrayInfo a : DatasetManifest.arrays(dataset.schema())) {
            long[] shape = a.dims().size() == 2 ? new long[] {n, len} : new long[] {n};
            writers.put(a.name(), new NpyWriter(folder.resolve(a.name() + ".npy"), DType.valueOf(
                    a.dtype().toUpperCase(Locale.ROOT)), shape));
        }
        return writers;
    }

    private static void writeSample(List<String> userFields, List<String> adFields, Batch b, int i,
                                    Map<String, NpyWriter> w) throws IOException {
        for (int f = 0; f < userFields.size(); f++) {
            w.get(ModelInputs.field(userFields.get(f))).writeInt(b.userFeatures()[f][i]);
        }
        for (int f = 0; f < adFields.size(); f++) {
            w.get(ModelInputs.field(adFields.get(f))).writeInt(b.adFeatures()[f][i]);
        }
        w.get(ModelInputs.PRICE).writeFloat(b.price()[i]);
        int len = b.historyLength();
        w.get(ModelInputs.HIST_CATE).writeInts(b.histCate(), i * len, len);
        w.get(ModelInputs.HIST_BRAND).writeInts(b.histBrand(), i * len, len);
        w.get(ModelInputs.HIST_BTAG).writeInts(b.histBtag(), i * len, len);
        NpyWriter gaps = w.get(ModelInputs.HIST_TIME_GAP);
        int real = b.historyLengths()[i];
        for (int p = 0; p < len; p++) {
            gaps.writeInt(p < len - real ? TimeGapBuckets.PADDING : TimeGapBuckets.row(b.histAge()[i * len + p]));
        }
        w.get(ModelInputs.HIST_LENGTH).writeInt(real);
        w.get(DatasetManifest.LABEL).writeFloat(b.labels()[i]);
    }
}
