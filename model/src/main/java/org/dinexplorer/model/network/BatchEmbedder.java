package org.dinexplorer.model.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.data.TimeGapBuckets;
import org.dinexplorer.model.embedding.SparseEmbeddingTable;
import org.dinexplorer.model.layers.Buffers;

/**
 * Turns a batch into dense arrays by gathering embedding rows, and scatters the gradients back to the rows.
 * Output: the top-MLP input [batch, W] (user, ad, price and btag-mean columns filled; interest columns left to the
 * pooling), queries [batch, 2E] = [cate ; brand] of the candidate ad, and keys [rows, D] = [cate ; brand] of the
 * real behaviours only, sample by sample ({@code rowStart}), with each row's history position in {@code rowPosition}.
 * With the history context (D = 4E) keys are [cate ; brand ; btag ; time gap].
 */
final class BatchEmbedder {

    private final FeatureSchema schema;
    private final InputLayout layout;
    private final Map<String, SparseEmbeddingTable> tables = new LinkedHashMap<>();
    private final SparseEmbeddingTable[] userTables;
    private final SparseEmbeddingTable[] adTables;
    private final SparseEmbeddingTable cate;
    private final SparseEmbeddingTable brand;
    private final SparseEmbeddingTable btag;
    private final SparseEmbeddingTable timeGap;
    private float[] input = new float[0];
    private float[] queries = new float[0];
    private float[] keys = new float[0];
    private int[] rowStart = new int[1];
    private int[] rowPosition = new int[0];
    private int[] rowGap = new int[0];

    BatchEmbedder(FeatureSchema schema, InputLayout layout, SplittableRandom random) {
        this.schema = schema;
        this.layout = layout;
        List<String> ids = new ArrayList<>(schema.userFields());
        ids.addAll(schema.adFields());
        ids.add(FeatureSchema.BTAG_TABLE);
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
        cate = tables.get(FeatureSchema.CATE_TABLE);
        brand = tables.get(FeatureSchema.BRAND_TABLE);
        btag = tables.get(FeatureSchema.BTAG_TABLE);
        timeGap = tables.get(FeatureSchema.TIME_GAP_TABLE);
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
            System.arraycopy(input, o + layout.adOffset() + layout.cateField() * e, queries, s * qd, e);
            System.arraycopy(input, o + layout.adOffset() + layout.brandField() * e, queries, s * qd + e, e);
        }
        gatherHistory(batch);
    }

    private void gatherHistory(Batch batch) {
        int n = batch.size();
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
            int bo = s * layout.width() + layout.btagOffset();
            java.util.Arrays.fill(input, bo, bo + e, 0f);
            int real = rowStart[s + 1] - rowStart[s];
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                int position = len - real + (r - rowStart[s]);
                int cell = s * len + position;
                rowPosition[r] = position;
                cate.gather(batch.histCate()[cell], keys, r * kd);
                brand.gather(batch.histBrand()[cell], keys, r * kd + e);
                if (timeGap != null) {
                    btag.gather(batch.histBtag()[cell], keys, r * kd + 2 * e);
                    rowGap[r] = TimeGapBuckets.row(batch.histAge()[cell]);
                    timeGap.gather(rowGap[r], keys, r * kd + 3 * e);
                }
                addRow(btag.values(), batch.histBtag()[cell], e, input, bo, 1f / real);
            }
        }
    }

    /** Counts every embedding row {@code batch} uses, as {@link #gather} reads them, into each table's uses. */
    void countUses(Batch batch) {
        int len = batch.historyLength();
        for (int s = 0; s < batch.size(); s++) {
            for (int f = 0; f < userTables.length; f++) {
                userTables[f].countUse(batch.userFeatures()[f][s]);
            }
            for (int f = 0; f < adTables.length; f++) {
                adTables[f].countUse(batch.adFeatures()[f][s]);
            }
            for (int position = len - realLength(batch, s); position < len; position++) {
                int cell = s * len + position;
                cate.countUse(batch.histCate()[cell]);
                brand.countUse(batch.histBrand()[cell]);
                btag.countUse(batch.histBtag()[cell]);
                if (timeGap != null) {
                    timeGap.countUse(TimeGapBuckets.row(batch.histAge()[cell]));
                }
            }
        }
    }

    private int realLength(Batch batch, int sample) {
        int real = batch.historyLengths()[sample];
        if (real < 0 || real > batch.historyLength()) {
            throw new IllegalArgumentException("history length " + real + " of sample " + batch.sampleIds()[sample]
                    + " outside 0.." + batch.historyLength());
        }
        return real;
    }

    private void addRow(float[] table, int row, int e, float[] target, int offset, float scale) {
        if (row < 0 || row >= btag.rows()) {
            throw new IndexOutOfBoundsException("index " + row + " outside embedding table 'btag' of " + btag.rows()
                    + " rows");
        }
        int base = row * e;
        for (int d = 0; d < e; d++) {
            target[offset + d] += scale * table[base + d];
        }
    }

    /**
     * Accumulates the gradients of the rows used by {@code batch}: {@code dInput} [batch, W] (user, ad and btag
     * columns), {@code dQueries} [batch, 2E] and {@code dKeys} [rows, D].
     */
    void scatter(Batch batch, float[] dInput, float[] dQueries, float[] dKeys, float[] scratch) {
        int n = batch.size();
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
            cate.accumulate(batch.adFeatures()[layout.cateField()][s], dQueries, s * layout.queryDim());
            brand.accumulate(batch.adFeatures()[layout.brandField()][s], dQueries, s * layout.queryDim() + e);
            int real = rowStart[s + 1] - rowStart[s];
            for (int d = 0; d < e; d++) {
                scratch[d] = real == 0 ? 0f : dInput[o + layout.btagOffset() + d] / real;
            }
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                int cell = s * batch.historyLength() + rowPosition[r];
                cate.accumulate(batch.histCate()[cell], dKeys, r * kd);
                brand.accumulate(batch.histBrand()[cell], dKeys, r * kd + e);
                btag.accumulate(batch.histBtag()[cell], scratch, 0);
                if (timeGap != null) {
                    btag.accumulate(batch.histBtag()[cell], dKeys, r * kd + 2 * e);
                    timeGap.accumulate(rowGap[r], dKeys, r * kd + 3 * e);
                }
            }
        }
    }
}
