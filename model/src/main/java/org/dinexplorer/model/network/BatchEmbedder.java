package org.dinexplorer.model.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.data.HistorySequence;
import org.dinexplorer.model.data.TimeGapBuckets;
import org.dinexplorer.model.embedding.SparseEmbeddingTable;
import org.dinexplorer.model.layers.Buffers;

/**
 * Turns a batch into dense arrays by gathering embedding rows, and scatters the gradients back to the rows. The
 * history is read sequence by sequence as the schema declares it ({@link InputLayout} has the sizes). Output: the
 * top-MLP input [batch, W] (user, ad, price and describing-mean columns filled; interest columns left to the
 * pooling), queries [batch, Q] = the candidate's compared fields ([cate ; brand]), and keys [rows, D] = the compared
 * sequences' embeddings of the real behaviours only, sample by sample ({@code rowStart}), with each row's history
 * position in {@code rowPosition}. With the history context keys go on with the describing sequences and the time
 * gap: [cate ; brand ; btag ; time gap].
 */
final class BatchEmbedder {

    private final InputLayout layout;
    private final Map<String, SparseEmbeddingTable> tables = new LinkedHashMap<>();
    private final SparseEmbeddingTable[] userTables;
    private final SparseEmbeddingTable[] adTables;
    private final HistorySequence[] compared;
    private final SparseEmbeddingTable[] comparedTables;
    /** Column of each compared sequence's field among the ad fields. */
    private final int[] candidateColumns;
    private final HistorySequence[] described;
    private final SparseEmbeddingTable[] describedTables;
    private final SparseEmbeddingTable timeGap;
    private final float[] describedGradient;
    private float[] input = new float[0];
    private float[] queries = new float[0];
    private float[] keys = new float[0];
    private int[] rowStart = new int[1];
    private int[] rowPosition = new int[0];
    private int[] rowGap = new int[0];

    BatchEmbedder(FeatureSchema schema, InputLayout layout, SplittableRandom random) {
        this.layout = layout;
        List<String> ids = new ArrayList<>(schema.userFields());
        ids.addAll(schema.adFields());
        schema.historySequences().forEach(s -> ids.add(s.table()));
        for (String id : ids) {
            tables.computeIfAbsent(id, t -> new SparseEmbeddingTable(t, schema.vocabularySize(t), layout.dim(),
                    random.split()));
        }
        if (layout.historyContext()) {
            tables.put(FeatureSchema.TIME_GAP_TABLE, new SparseEmbeddingTable(FeatureSchema.TIME_GAP_TABLE,
                    TimeGapBuckets.ROWS, layout.dim(), random.split()));
        }
        userTables = schema.userFields().stream().map(tables::get).toArray(SparseEmbeddingTable[]::new);
        adTables = schema.adFields().stream().map(tables::get).toArray(SparseEmbeddingTable[]::new);
        compared = schema.historySequences().stream().filter(HistorySequence::candidate)
                .toArray(HistorySequence[]::new);
        comparedTables = Arrays.stream(compared).map(s -> tables.get(s.table())).toArray(SparseEmbeddingTable[]::new);
        candidateColumns = Arrays.stream(compared).mapToInt(s -> schema.adFields().indexOf(s.table())).toArray();
        described = schema.historySequences().stream().filter(s -> !s.candidate()).toArray(HistorySequence[]::new);
        describedTables = Arrays.stream(described).map(s -> tables.get(s.table()))
                .toArray(SparseEmbeddingTable[]::new);
        timeGap = tables.get(FeatureSchema.TIME_GAP_TABLE);
        describedGradient = new float[described.length * layout.dim()];
    }

    List<SparseEmbeddingTable> tables() {
        return List.copyOf(tables.values());
    }

    float[] input() {
        return input;
    }

    float[] queries() {
        return queries;
    }

    float[] keys() {
        return keys;
    }

    int[] rowStart() {
        return rowStart;
    }

    int[] rowPosition() {
        return rowPosition;
    }

    /** Fills input, queries, keys, rowStart and rowPosition for {@code batch}. */
    void gather(Batch batch) {
        int n = batch.size();
        int width = layout.width();
        int e = layout.dim();
        int qd = layout.queryDim();
        input = Buffers.ensure(input, n * width);
        queries = Buffers.ensure(queries, n * qd);
        for (int s = 0; s < n; s++) {
            int o = s * width;
            for (int f = 0; f < userTables.length; f++) {
                userTables[f].gather(batch.userFeatures()[f][s], input, o + layout.userOffset() + f * e);
            }
            for (int f = 0; f < adTables.length; f++) {
                adTables[f].gather(batch.adFeatures()[f][s], input, o + layout.adOffset() + f * e);
            }
            input[o + layout.priceOffset()] = batch.price()[s];
            for (int c = 0; c < compared.length; c++) {
                System.arraycopy(input, o + layout.adOffset() + candidateColumns[c] * e, queries, s * qd + c * e, e);
            }
        }
        gatherHistory(batch);
    }

    private void gatherHistory(Batch batch) {
        int n = batch.size();
        int[][] comparedIds = ids(batch, compared);
        int[][] describedIds = ids(batch, described);
        int len = batch.historyLength();
        int e = layout.dim();
        int kd = layout.keyDim();
        rowStart = Buffers.ensure(rowStart, n + 1);
        rowStart[0] = 0;
        for (int s = 0; s < n; s++) {
            rowStart[s + 1] = rowStart[s] + realLength(batch, s);
        }
        int rows = rowStart[n];
        keys = Buffers.ensure(keys, rows * kd);
        rowPosition = Buffers.ensure(rowPosition, rows);
        if (timeGap != null) {
            rowGap = Buffers.ensure(rowGap, rows);
        }
        for (int s = 0; s < n; s++) {
            int bo = s * layout.width() + layout.describedOffset();
            Arrays.fill(input, bo, bo + described.length * e, 0f);
            int real = rowStart[s + 1] - rowStart[s];
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                int position = len - real + (r - rowStart[s]);
                int cell = s * len + position;
                rowPosition[r] = position;
                for (int c = 0; c < compared.length; c++) {
                    comparedTables[c].gather(comparedIds[c][cell], keys, r * kd + c * e);
                }
                if (timeGap != null) {
                    for (int b = 0; b < described.length; b++) {
                        describedTables[b].gather(describedIds[b][cell], keys,
                                r * kd + (compared.length + b) * e);
                    }
                    rowGap[r] = TimeGapBuckets.row(batch.histAge()[cell]);
                    timeGap.gather(rowGap[r], keys, r * kd + kd - e);
                }
                for (int b = 0; b < described.length; b++) {
                    addRow(describedTables[b], describedIds[b][cell], input, bo + b * e, 1f / real);
                }
            }
        }
    }

    /** Counts every embedding row {@code batch} uses, as {@link #gather} reads them, into each table's uses. */
    void countUses(Batch batch) {
        int len = batch.historyLength();
        int[][] comparedIds = ids(batch, compared);
        int[][] describedIds = ids(batch, described);
        for (int s = 0; s < batch.size(); s++) {
            for (int f = 0; f < userTables.length; f++) {
                userTables[f].countUse(batch.userFeatures()[f][s]);
            }
            for (int f = 0; f < adTables.length; f++) {
                adTables[f].countUse(batch.adFeatures()[f][s]);
            }
            for (int position = len - realLength(batch, s); position < len; position++) {
                int cell = s * len + position;
                for (int c = 0; c < compared.length; c++) {
                    comparedTables[c].countUse(comparedIds[c][cell]);
                }
                for (int b = 0; b < described.length; b++) {
                    describedTables[b].countUse(describedIds[b][cell]);
                }
                if (timeGap != null) {
                    timeGap.countUse(TimeGapBuckets.row(batch.histAge()[cell]));
                }
            }
        }
    }

    /** The batch's id arrays [batch * L] of {@code sequences}, in their order. */
    private static int[][] ids(Batch batch, HistorySequence[] sequences) {
        return Arrays.stream(sequences).map(batch::history).toArray(int[][]::new);
    }

    private int realLength(Batch batch, int sample) {
        int real = batch.historyLengths()[sample];
        if (real < 0 || real > batch.historyLength()) {
            throw new IllegalArgumentException("history length " + real + " of sample " + batch.sampleIds()[sample]
                    + " outside 0.." + batch.historyLength());
        }
        return real;
    }

    /** Adds {@code scale} times row {@code row} of {@code table} to {@code target[offset .. offset + E)}. */
    private static void addRow(SparseEmbeddingTable table, int row, float[] target, int offset, float scale) {
        if (row < 0 || row >= table.rows()) {
            throw new IndexOutOfBoundsException("index " + row + " outside embedding table '" + table.name()
                    + "' of " + table.rows() + " rows");
        }
        int e = table.dim();
        int base = row * e;
        float[] values = table.values();
        for (int d = 0; d < e; d++) {
            target[offset + d] += scale * values[base + d];
        }
    }

    /**
     * Accumulates the gradients of the rows used by {@code batch}: {@code dInput} [batch, W] (user, ad and
     * describing-mean columns), {@code dQueries} [batch, Q] and {@code dKeys} [rows, D].
     */
    void scatter(Batch batch, float[] dInput, float[] dQueries, float[] dKeys) {
        int n = batch.size();
        int[][] comparedIds = ids(batch, compared);
        int[][] describedIds = ids(batch, described);
        int width = layout.width();
        int e = layout.dim();
        int kd = layout.keyDim();
        for (int s = 0; s < n; s++) {
            int o = s * width;
            for (int f = 0; f < userTables.length; f++) {
                userTables[f].accumulate(batch.userFeatures()[f][s], dInput, o + layout.userOffset() + f * e);
            }
            for (int f = 0; f < adTables.length; f++) {
                adTables[f].accumulate(batch.adFeatures()[f][s], dInput, o + layout.adOffset() + f * e);
            }
            for (int c = 0; c < compared.length; c++) {
                comparedTables[c].accumulate(batch.adFeatures()[candidateColumns[c]][s], dQueries,
                        s * layout.queryDim() + c * e);
            }
            int real = rowStart[s + 1] - rowStart[s];
            for (int d = 0; d < describedGradient.length; d++) {
                describedGradient[d] = real == 0 ? 0f : dInput[o + layout.describedOffset() + d] / real;
            }
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                int cell = s * batch.historyLength() + rowPosition[r];
                for (int c = 0; c < compared.length; c++) {
                    comparedTables[c].accumulate(comparedIds[c][cell], dKeys, r * kd + c * e);
                }
                for (int b = 0; b < described.length; b++) {
                    describedTables[b].accumulate(describedIds[b][cell], describedGradient, b * e);
                }
                if (timeGap != null) {
                    for (int b = 0; b < described.length; b++) {
                        describedTables[b].accumulate(describedIds[b][cell], dKeys,
                                r * kd + (compared.length + b) * e);
                    }
                    timeGap.accumulate(rowGap[r], dKeys, r * kd + kd - e);
                }
            }
        }
    }
}
