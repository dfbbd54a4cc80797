package org.dinexplorer.model.network;

import org.dinexplorer.model.data.FeatureSchema;
import org.dinexplorer.model.data.HistorySequence;

/**
 * Column offsets of the top MLP's input row: [user fields (U*E) | ad fields (A*E) | price (1) | interest (D) |
 * mean of each describing sequence (B*E)], from the schema's {@link FeatureSchema#historySequences()}: C sequences
 * compared with the candidate ({@code cate}, {@code brand}) and B that describe a behaviour ({@code btag}). A query
 * is the candidate's C fields, Q = C*E; a key is the C compared embeddings, D = Q, or with the history context also
 * the B describing ones and the time gap, D = (C + B + 1)*E. With the Taobao schema (C = 2, B = 1), E = 16 and no
 * context the width is 9*16 + 6*16 + 1 + 32 + 16 = 289.
 *
 * @param dim              E, embedding size
 * @param queryDim         Q, size of a query and of the comparable first part of a key
 * @param keyDim           D, size of a key and of the interest vector
 * @param userOffset       first column of the user fields
 * @param adOffset         first column of the ad fields
 * @param priceOffset      column of the price
 * @param interestOffset   first column of the interest vector
 * @param describedOffset  first column of the describing sequences' means
 * @param width            total columns
 * @param historyContext   whether keys carry the describing sequences and the time gap after the compared part
 */
public record InputLayout(int dim, int queryDim, int keyDim, int userOffset, int adOffset, int priceOffset,
                          int interestOffset, int describedOffset, int width, boolean historyContext) {

    /** The layout of {@code schema} at embedding size {@code dim}, with or without the history context. */
    public static InputLayout of(FeatureSchema schema, int dim, boolean historyContext) {
        int compared = (int) schema.historySequences().stream().filter(HistorySequence::candidate).count();
        int described = schema.historySequences().size() - compared;
        int queryDim = compared * dim;
        int keyDim = historyContext ? queryDim + (described + 1) * dim : queryDim;
        int adOffset = schema.userFields().size() * dim;
        int priceOffset = adOffset + schema.adFields().size() * dim;
        int interestOffset = priceOffset + 1;
        int describedOffset = interestOffset + keyDim;
        return new InputLayout(dim, queryDim, keyDim, 0, adOffset, priceOffset, interestOffset, describedOffset,
                describedOffset + described * dim, historyContext);
    }
}
