package org.dinexplorer.storage.demo;

import java.util.List;

/**
 * File names, header lines and value conventions of the Taobao display-ad dataset as the generator writes them.
 * Headers are reproduced byte for byte, including the trailing space after the last column of user_profile.csv.
 */
public final class TaobaoFormat {

    /** Impressions with click labels. */
    public static final String RAW_SAMPLE = "raw_sample.csv";
    /** Ad attributes. */
    public static final String AD_FEATURE = "ad_feature.csv";
    /** User attributes. */
    public static final String USER_PROFILE = "user_profile.csv";
    /** Browsing behaviours. */
    public static final String BEHAVIOR_LOG = "behavior_log.csv";
    /** Side file with the planted click probability of every valid impression. */
    public static final String TRUTH = "truth.csv";
    /** Side file listing injected bad rows ({@code file,line,reason}). */
    public static final String DIRTY_MANIFEST = "dirty-manifest.csv";

    /** Header of raw_sample.csv. */
    public static final String RAW_SAMPLE_HEADER = "user,time_stamp,adgroup_id,pid,nonclk,clk";
    /** Header of ad_feature.csv. */
    public static final String AD_FEATURE_HEADER = "adgroup_id,cate_id,campaign_id,customer,brand,price";
    /** Header of user_profile.csv; the trailing space is part of the original file. */
    public static final String USER_PROFILE_HEADER = "userid,cms_segid,cms_group_id,final_gender_code,age_level,"
            + "pvalue_level,shopping_level,occupation,new_user_class_level ";
    /** Header of behavior_log.csv. */
    public static final String BEHAVIOR_LOG_HEADER = "user,time_stamp,btag,cate,brand";
    /** Header of truth.csv. */
    public static final String TRUTH_HEADER = "user,time_stamp,adgroup_id,pid,probability";
    /** Header of dirty-manifest.csv. */
    public static final String DIRTY_MANIFEST_HEADER = "file,line,reason";

    /** The literal written for a missing brand. */
    public static final String NULL_BRAND = "NULL";
    /** The ad positions (pid) that occur in the data. */
    public static final List<String> PIDS = List.of("430548_1007", "430539_1007");
    /** Behaviour types, in the order of their database codes 1..4. */
    public static final List<String> BTAGS = List.of("pv", "cart", "fav", "buy");

    /** First second of the behaviour window: 2017-04-22 00:00 Asia/Shanghai. */
    public static final long BEHAVIOR_START_SECONDS = 1_492_790_400L;
    /** First second of the impression window: 2017-05-06 00:00 Asia/Shanghai. */
    public static final long IMPRESSION_START_SECONDS = 1_494_000_000L;
    /** End (exclusive) of both windows: 2017-05-14 00:00 Asia/Shanghai. */
    public static final long WINDOW_END_SECONDS = 1_494_691_200L;
    /** Seconds in a day. */
    public static final long DAY_SECONDS = 86_400L;

    private TaobaoFormat() {
    }
}
