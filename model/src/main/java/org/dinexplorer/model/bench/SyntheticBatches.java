package org.dinexplorer.model.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dinexplorer.model.data.Batch;
import org.dinexplorer.model.data.FeatureSchema;

/**
 * Synthetic samples with the Taobao schema (9 user fields, 6 ad fields, price, histories of cate/brand/btag):
 * random ones for throughput measurements and learnable ones whose label depends on the history.
 */
public final class SyntheticBatches {

    /** User-side fields of the Taobao data, in batch column order. */
    public static final List<String> USER_FIELDS = List.of("userid", "cms_segid", "cms_group_id",
            "final_gender_code", "age_level", "pvalue_level", "shopping_level", "occupation", "new_user_class_level");
    /** Ad-side and context fields, in batch column order. */
    public static final List<String> AD_FIELDS = List.of("adgroup_id", "cate_id", "campaign_id", "customer", "brand",
            "pid");

    private SyntheticBatches() {
    }

    /** The Taobao schema with the vocabulary sizes of {@code preset} (+2 rows each for padding and unknown). */
    public static FeatureSchema schema(VocabPreset preset, int historyLength) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        int[] small = {97, 13, 2, 7, 3, 3, 2, 4};
        sizes.put("userid", preset.users() + 2);
        for (int i = 1; i < USER_FIELDS.size(); i++) {
            sizes.put(USER_FIELDS.get(i), small[i - 1] + 2);
        }
        sizes.put("adgroup_id", preset.ads() + 2);
        sizes.put("cate_id", preset.categories() + 2);
        sizes.put("campaign_id", preset.campaigns() + 2);
        sizes.put("customer", preset.customers() + 2);
        sizes.put("brand", preset.brands() + 2);
        sizes.put("pid", 2 + 2);
        sizes.put(FeatureSchema.BTAG_TABLE, 4 + 2);
        return new FeatureSchema(USER_FIELDS, AD_FIELDS, sizes, historyLength);
    }

    /**
     * Random samples: every index drawn uniformly from the real values of its table, labels with a 5 % click rate.
     *
     * @param fullHistories every sample has L behaviours; otherwise lengths are uniform in 0..L
     */
    public static Batch random(FeatureSchema schema, int size, SplittableRandom random, boolean fullHistories) {
        int len = schema.historyLength();
        int[][] user = columns(schema, schema.userFields(), size, random);
        int[][] ad = columns(schema, schema.adFields(), size, random);
        float[] price = new float[size];
        int[] lengths = new int[size];
        float[] labels = new float[size];
        long[] users = new long[size];
        long[] ids = new long[size];
        int[] cate = new int[size * len];
        int[] brand = new int[size * len];
        int[] btag = new int[size * len];
        int[] age = new int[size * len];
        for (int s = 0; s < size; s++) {
            price[s] = (float) random.nextDouble();
            lengths[s] = fullHistories ? len : random.nextInt(len + 1);
            labels[s] = random.nextDouble() < 0.05 ? 1f : 0f;
            users[s] = user[0][s];
            ids[s] = s;
            for (int p = len - lengths[s]; p < len; p++) {
                cate[s * len + p] = draw(schema, FeatureSchema.CATE_TABLE, random);
                brand[s * len + p] = draw(schema, FeatureSchema.BRAND_TABLE, random);
                btag[s * len + p] = draw(schema, FeatureSchema.BTAG_TABLE, random);
                age[s * len + p] = (len - p) * 3600 + random.nextInt(3600);
            }
        }
        return new Batch(size, len, user, ad, price, cate, brand, btag, age, lengths, labels, users, ids);
    }

    /**
     * Learnable samples: the candidate's category is taken from the user's history for half of the samples (then
     * a click with probability 0.9) and from outside it otherwise (click probability 0.1). All other fields hold the
     * "unknown" index 1 (brands in the history too) and every behaviour is an hour old, so the only signal is the
     * candidate's category against the history's categories, and a model cannot memorise samples by their ids.
     *
     * @param userCount distinct users the samples are spread over (for GAUC)
     */
    public static Batch categoryMatch(FeatureSchema schema, int size, int userCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Batch base = random(schema, size, random, false);
        int len = schema.historyLength();
        int cateColumn = schema.adFields().indexOf(FeatureSchema.CATE_TABLE);
        int categories = schema.vocabularySize(FeatureSchema.CATE_TABLE);
        for (int s = 0; s < size; s++) {
            int real = Math.max(1, base.historyLengths()[s]);
            base.historyLengths()[s] = real;
            for (int p = len - real; p < len; p++) {
                base.histCate()[s * len + p] = 2 + random.nextInt(categories - 2);
                base.histBrand()[s * len + p] = 1;
                base.histBtag()[s * len + p] = 2;
                base.histAge()[s * len + p] = 3600;
            }
            boolean inHistory = random.nextBoolean();
            int candidate = inHistory ? base.histCate()[s * len + len - real + random.nextInt(real)]
                    : outsideHistory(base, s, categories, random);
            base.labels()[s] = random.nextDouble() < (inHistory ? 0.9 : 0.1) ? 1f : 0f;
            base.userIds()[s] = random.nextInt(userCount);
            for (int[] column : base.userFeatures()) {
                column[s] = 1;
            }
            for (int f = 0; f < base.adFeatures().length; f++) {
                base.adFeatures()[f][s] = f == cateColumn ? candidate : 1;
            }
            base.price()[s] = 0.5f;
        }
        return base;
    }

    private static int outsideHistory(Batch batch, int sample, int categories, SplittableRandom random) {
        int len = batch.historyLength();
        int candidate = 2;
        for (int attempt = 0; attempt < 1000; attempt++) {
            candidate = 2 + random.nextInt(categories - 2);
            boolean seen = false;
            for (int p = len - batch.historyLengths()[sample]; p < len; p++) {
                seen |= batch.histCate()[sample * len + p] == candidate;
            }
            if (!seen) {
                return candidate;
            }
        }
        return candidate;
    }

    private static int[][] columns(FeatureSchema schema, List<String> fields, int size, SplittableRandom random) {
        int[][] columns = new int[fields.size()][size];
        for (int f = 0; f < fields.size(); f++) {
            for (int s = 0; s < size; s++) {
                columns[f][s] = draw(schema, fields.get(f), random);
            }
        }
        return columns;
    }

    private static int draw(FeatureSchema schema, String table, SplittableRandom random) {
        return 2 + random.nextInt(schema.vocabularySize(table) - 2);
    }
}
