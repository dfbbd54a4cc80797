package org.dinexplorer.model.network;

import org.dinexplorer.model.data.FeatureSchema;

/**
 * Column offsets of the top MLP's input row: [user fields (U*E) | ad fields (A*E) | price (1) | interest (2E) |
 * mean history btag (E)]. With the Taobao schema and E = 16 the width is 9*16 + 6*16 + 1 + 32 + 16 = 289.
 *
 * @param dim            E, embedding size
 * @param userOffset     first column of the user fields
 * @param adOffset       first column of the ad fields
 * @param priceOffset    column of the price
 * @param interestOffset first column of the interest vector
 * @param btagOffset     first column of the mean btag embedding
 * @param width          total columns
 * @param cateField      index of {@code cate_id} among the ad fields
 * @param brandField     index of {@code brand} among the ad fields
 */
public record InputLayout(int dim, int userOffset, int adOffset, int priceOffset, int interestOffset,
                          int btagOffset, int width, int cateField, int brandField) {

    /** The layout of {@code schema} at embedding size {@code dim}. */
    public static InputLayout of(FeatureSchema schema, int dim) {
        int userFields = schema.userFields().size();
        int adFields = schema.adFields().size();
        int adOffset = userFields * dim;
        int priceOffset = adOffset + adFields * dim;
        int interestOffset = priceOffset + 1;
        int btagOffset = interestOffset + 2 * dim;
        return new InputLayout(dim, 0, adOffset, priceOffset, interestOffset, btagOffset, btagOffset + dim,
                schema.adFields().indexOf(FeatureSchema.CATE_TABLE),
                schema.adFields().indexOf(FeatureSchema.BRAND_TABLE));
    }

    /** D = 2E, size of a query or key ([cate ; brand]). */
    public int keyDim() {
        return 2 * dim;
    }
}
