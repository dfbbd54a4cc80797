package org.dinexplorer.model.network;

import org.dinexplorer.model.data.FeatureSchema;

/**
 * Column offsets of the top MLP's input row: [user fields (U*E) | ad fields (A*E) | price (1) | interest (D) |
 * mean history btag (E)], where D is the width of a history key: 2E for [cate ; brand], 4E with the history context
 * [cate ; brand ; btag ; time gap]. With the Taobao schema, E = 16 and no context the width is
 * 9*16 + 6*16 + 1 + 32 + 16 = 289.
 *
 * @param dim            E, embedding size
 * @param keyDim         D, size of a key and of the interest vector
 * @param userOffset     first column of the user fields
 * @param adOffset       first column of the ad fields
 * @param priceOffset    column of the price
 * @param interestOffset first column of the interest vector
 * @param btagOffset     first column of the mean btag embedding
 * @param width          total columns
 * @param cateField      index of {@code cate_id} among the ad fields
 * @param brandField     index of {@code brand} among the ad fields
 */
public record InputLayout(int dim, int keyDim, int userOffset, int adOffset, int priceOffset, int interestOffset,
                          int btagOffset, int width, int cateField, int brandField) {

    /** The layout of {@code schema} at embedding size {@code dim}, with or without the history context. */
    public static InputLayout of(FeatureSchema schema, int dim, boolean historyContext) {
        int userFields = schema.userFields().size();
        int adFields = schema.adFields().size();
        int keyDim = (historyContext ? 4 : 2) * dim;
        int adOffset = userFields * dim;
        int priceOffset = adOffset + adFields * dim;
        int interestOffset = priceOffset + 1;
        int btagOffset = interestOffset + keyDim;
        return new InputLayout(dim, keyDim, 0, adOffset, priceOffset, interestOffset, btagOffset, btagOffset + dim,
                schema.adFields().indexOf(FeatureSchema.CATE_TABLE),
                schema.adFields().indexOf(FeatureSchema.BRAND_TABLE));
    }

    /** Q = 2E, size of a query ([cate ; brand] of the candidate ad) and of the comparable part of a key. */
    public int queryDim() {
        return 2 * dim;
    }

    /** Whether keys carry the behaviour type and time gap after [cate ; brand]. */
    public boolean historyContext() {
        return keyDim == 4 * dim;
    }
}
