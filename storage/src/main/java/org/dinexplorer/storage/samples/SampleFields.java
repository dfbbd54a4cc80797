package org.dinexplorer.storage.samples;

import java.util.List;

/** Field ids of an encoded sample, named after the Taobao columns; the order is the column order of sample arrays. */
public final class SampleFields {

    /** User profile fields, {@code userid} first. */
    public static final List<String> USER_FIELDS = List.of("userid", "cms_segid", "cms_group_id", "final_gender_code",
            "age_level", "pvalue_level", "shopping_level", "occupation", "new_user_class_level");
    /** Ad and context fields; {@code cate_id} and {@code brand} tables are shared with the history. */
    public static final List<String> AD_FIELDS = List.of("adgroup_id", "cate_id", "campaign_id", "customer", "brand",
            "pid");
    /** Table of behaviour types; raw codes 1 = pv, 2 = cart, 3 = fav, 4 = buy. */
    public static final String BTAG = "btag";
    /** Ad fields that come from the {@code ads} table, in order (all ad fields but {@code pid}). */
    static final int AD_TABLE_FIELDS = 5;
    /** Position of {@code cate_id} in {@link #AD_FIELDS}. */
    static final int CATE = 1;
    /** Position of {@code brand} in {@link #AD_FIELDS}. */
    static final int BRAND = 4;
    /** Position of {@code pid} in {@link #AD_FIELDS}. */
    static final int PID = 5;

    private SampleFields() {
    }

    /** Every table name in schema order: user fields, ad fields, then {@code btag}. */
    public static List<String> tables() {
        var all = new java.util.ArrayList<>(USER_FIELDS);
        all.addAll(AD_FIELDS);
        all.add(BTAG);
        return List.copyOf(all);
    }
}
