package org.dinexplorer.storage.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The ads of a demo world with their categories, brands, campaigns, customers and prices. Categories and ads are held
 * by index; the Taobao-looking ids are only used when writing. Popularity of categories is Zipf-like, brands belong to
 * a home category, and prices are log-normal around a per-category level (heavy-tailed, like the real ones).
 */
final class AdCatalog {

    private static final double NULL_BRAND_SHARE = 0.12;
    private static final double QUALITY_SIGMA = 0.3;

    private final int[] cateIds;
    private final int[] brandIds;
    private final int[][] brandsByCate;
    private final WeightedChoice catePopularity;
    private final int[] adIds;
    private final int[] adCate;
    private final int[] adBrand;
    private final int[] adCampaign;
    private final int[] adCustomer;
    private final long[] adPriceCents;
    private final double[] adQuality;
    private final int[][] adsByCate;

    private AdCatalog(Builder b) {
        cateIds = b.cateIds;
        brandIds = b.brandIds;
        brandsByCate = b.brandsByCate;
        catePopularity = b.catePopularity;
        adIds = b.adIds;
        adCate = b.adCate;
        adBrand = b.adBrand;
        adCampaign = b.adCampaign;
        adCustomer = b.adCustomer;
        adPriceCents = b.adPriceCents;
        adQuality = b.adQuality;
        adsByCate = b.adsByCate;
    }

    static AdCatalog create(SplittableRandom rng, WorldSize world) {
        Builder b = new Builder();
        int cates = world.cateCount();
        b.cateIds = IdSampler.distinctIds(rng, cates, world.maxCateId());
        b.catePopularity = WeightedChoice.zipf(cates, 1.0);
        b.brandIds = IdSampler.distinctIds(rng, world.brandCount(), world.maxBrandId());
        b.brandsByCate = assignBrands(rng, b.catePopularity, cates, world.brandCount());
        b.createAds(rng, world);
        return new AdCatalog(b);
    }

    private static int[][] assignBrands(SplittableRandom rng, WeightedChoice popularity, int cates, int brands) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int c = 0; c < cates; c++) {
            lists.add(new ArrayList<>());
        }
        for (int brand = 0; brand < brands; brand++) {
            // the first brands go round-robin so that every category has at least one
            int cate = brand < cates ? brand : popularity.next(rng);
            lists.get(cate).add(brand);
        }
        int[][] result = new int[cates][];
        for (int c = 0; c < cates; c++) {
            result[c] = lists.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    int adCount() {
        return adIds.length;
    }

    int cateCount() {
        return cateIds.length;
    }

    int adId(int ad) {
        return adIds[ad];
    }

    int adCate(int ad) {
        return adCate[ad];
    }

    /** Brand index of the ad, or -1 when the ad has no brand. */
    int adBrand(int ad) {
        return adBrand[ad];
    }

    double adQuality(int ad) {
        return adQuality[ad];
    }

    long adPriceCents(int ad) {
        return adPriceCents[ad];
    }

    int cateId(int cate) {
        return cateIds[cate];
    }

    /** Brand id for writing, or -1 for a missing brand. */
    int brandId(int brand) {
        return brand < 0 ? -1 : brandIds[brand];
    }

    boolean hasAds(int cate) {
        return adsByCate[cate].length > 0;
    }

    /** A category by popularity (any category, with or without ads). */
    int drawCate(SplittableRandom rng) {
        return catePopularity.next(rng);
    }

    /** A category that has ads, by popularity. */
    int drawAdCate(SplittableRandom rng) {
        while (true) {
            int cate = catePopularity.next(rng);
            if (hasAds(cate)) {
                return cate;
            }
        }
    }

    /** A uniformly chosen ad of a category that has ads. */
    int drawAdOf(SplittableRandom rng, int cate) {
        int[] ads = adsByCate[cate];
        return ads[rng.nextInt(ads.length)];
    }

    /** A brand of the category, uniformly. */
    int drawBrandOf(SplittableRandom rng, int cate) {
        int[] brands = brandsByCate[cate];
        return brands[rng.nextInt(brands.length)];
    }

    /** Writes ad {@code ad} as one ad_feature.csv row. */
    void writeRow(AsciiLineWriter out, int ad) throws IOException {
        out.field(adIds[ad]).field(cateIds[adCate[ad]]).field(adCampaign[ad]).field(adCustomer[ad]);
        if (adBrand[ad] < 0) {
            out.field(TaobaoFormat.NULL_BRAND);
        } else {
            out.field(brandIds[adBrand[ad]]);
        }
        out.fixed(adPriceCents[ad], 2).endLine();
    }

    /** Mutable arrays while the catalogue is built. */
    private static final class Builder {
        private int[] cateIds;
        private int[] brandIds;
        private int[][] brandsByCate;
        private WeightedChoice catePopularity;
        private int[] adIds;
        private int[] adCate;
        private int[] adBrand;
        private int[] adCampaign;
        private int[] adCustomer;
        private long[] adPriceCents;
        private double[] adQuality;
        private int[][] adsByCate;

        private void createAds(SplittableRandom rng, WorldSize world) {
            int ads = world.adCount();
            int cates = cateIds.length;
            double[] catePriceLevel = new double[cates];
            for (int c = 0; c < cates; c++) {
                catePriceLevel[c] = 150.0 * WeightedChoice.logNormalFactor(rng, 1.0);
            }
            int[] customers = IdSampler.distinctIds(rng, world.customerCount(), world.maxCustomerId());
            int[] campaigns = IdSampler.distinctIds(rng, world.campaignCount(), world.maxCampaignId());
            int[] campaignCustomer = new int[campaigns.length];
            for (int i = 0; i < campaigns.length; i++) {
                campaignCustomer[i] = customers[rng.nextInt(customers.length)];
            }
            adIds = IdSampler.distinctIds(rng, ads, world.maxAdgroupId());
            adCate = new int[ads];
            adBrand = new int[ads];
            adCampaign = new int[ads];
            adCustomer = new int[ads];
            adPriceCents = new long[ads];
            adQuality = new double[ads];
            int[] perCate = new int[cates];
            for (int ad = 0; ad < ads; ad++) {
                int cate = catePopularity.next(rng);
                adCate[ad] = cate;
                perCate[cate]++;
                int[] brands = brandsByCate[cate];
                adBrand[ad] = rng.nextDouble() < NULL_BRAND_SHARE ? -1 : brands[rng.nextInt(brands.length)];
                int campaign = rng.nextInt(campaigns.length);
                adCampaign[ad] = campaigns[campaign];
                adCustomer[ad] = campaignCustomer[campaign];
                adPriceCents[ad] = priceCents(rng, catePriceLevel[cate]);
                adQuality[ad] = QUALITY_SIGMA * WeightedChoice.gaussian(rng);
            }
            indexAdsByCate(perCate);
        }

        private void indexAdsByCate(int[] perCate) {
            adsByCate = new int[perCate.length][];
            int[] filled = new int[perCate.length];
            for (int c = 0; c < perCate.length; c++) {
                adsByCate[c] = new int[perCate[c]];
            }
            for (int ad = 0; ad < adCate.length; ad++) {
                int c = adCate[ad];
                adsByCate[c][filled[c]++] = ad;
            }
        }

        /** Log-normal price in cents; half of the prices are whole yuan, as in the real file. */
        private static long priceCents(SplittableRandom rng, double level) {
            double yuan = level * WeightedChoice.logNormalFactor(rng, 0.7);
            long cents = Math.max(1, Math.min(100_000_000L, Math.round(yuan * 100)));
            if (rng.nextBoolean() && cents >= 100) {
                cents = cents / 100 * 100;
            }
            return cents;
        }
    }
}
