package org.dinexplorer.storage.demo;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * The users of a demo world: ids, profiles (some missing, some fields empty), a personal click propensity, a few
 * interest categories with a preferred brand and a peak day each, and the planned number of impressions and behaviours
 * (heavy-tailed activity, scaled so the totals meet the world's targets).
 */
final class UserPopulation {

    private static final int MIN_INTERESTS = 2;
    private static final int MAX_INTERESTS = 5;
    private static final WeightedChoice AGE_LEVEL =
            WeightedChoice.of(new double[] {0.01, 0.06, 0.27, 0.33, 0.20, 0.10, 0.03});
    private static final int MAX_DRAWS = 50;
    static final int MISSING = -1;

    private final int[] userIds;
    private final boolean[] hasProfile;
    /** Per user: segid, group, gender, age, pvalue, shopping, occupation, new_user_class ({@link #MISSING} = empty). */
    private final byte[][] profile;
    private final double[] propensity;
    private final int[][] interestCate;
    private final int[][] interestBrand;
    private final double[][] interestPeakDay;
    private final int[] impressionCount;
    private final int[] behaviorCount;

    private UserPopulation(int users) {
        userIds = new int[users];
        hasProfile = new boolean[users];
        profile = new byte[users][];
        propensity = new double[users];
        interestCate = new int[users][];
        interestBrand = new int[users][];
        interestPeakDay = new double[users][];
        impressionCount = new int[users];
        behaviorCount = new int[users];
    }

    static UserPopulation create(SplittableRandom rng, WorldSize world, AdCatalog catalog) {
        int users = world.userCount();
        UserPopulation p = new UserPopulation(users);
        System.arraycopy(IdSampler.distinctIds(rng, users, world.maxUserId()), 0, p.userIds, 0, users);
        double[] activity = new double[users];
        double[] exposure = new double[users];
        for (int u = 0; u < users; u++) {
            activity[u] = WeightedChoice.logNormalFactor(rng, 0.9);
            exposure[u] = Math.sqrt(activity[u]) * WeightedChoice.logNormalFactor(rng, 0.6);
            p.hasProfile[u] = rng.nextDouble() < world.profileShare();
            p.profile[u] = drawProfile(rng);
            p.propensity[u] = 0.3 * WeightedChoice.gaussian(rng);
            p.drawInterests(rng, u, catalog);
        }
        scaleCounts(activity, world.behaviorCount(), p.behaviorCount);
        scaleCounts(exposure, world.impressionCount(), p.impressionCount);
        return p;
    }

    private static void scaleCounts(double[] weights, long target, int[] counts) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        for (int u = 0; u < weights.length; u++) {
            counts[u] = (int) Math.max(1, Math.round(target * weights[u] / sum));
        }
    }

    private static byte[] drawProfile(SplittableRandom rng) {
        int gender = rng.nextDouble() < 0.35 ? 1 : 2;
        int age = AGE_LEVEL.next(rng);
        int segid = rng.nextDouble() < 0.95 ? 0 : 1 + rng.nextInt(96);
        int group = gender == 1 ? age : Math.min(12, 6 + age);
        int pvalue = rng.nextDouble() < 0.55 ? MISSING : pick(rng, 0.25, 0.85) + 1;
        int shopping = pick(rng, 0.05, 0.15) + 1;
        int occupation = rng.nextDouble() < 0.06 ? 1 : 0;
        int newUserClass = rng.nextDouble() < 0.3 ? MISSING : 1 + rng.nextInt(4);
        return new byte[] {(byte) segid, (byte) group, (byte) gender, (byte) age, (byte) pvalue, (byte) shopping,
            (byte) occupation, (byte) newUserClass};
    }

    /** 0, 1 or 2, with cumulative thresholds {@code first} and {@code second}. */
    private static int pick(SplittableRandom rng, double first, double second) {
        double u = rng.nextDouble();
        return u < first ? 0 : u < second ? 1 : 2;
    }

    private void drawInterests(SplittableRandom rng, int u, AdCatalog catalog) {
        int count = MIN_INTERESTS + rng.nextInt(MAX_INTERESTS - MIN_INTERESTS + 1);
        int[] cates = new int[count];
        int[] brands = new int[count];
        double[] peaks = new double[count];
        for (int k = 0; k < count; k++) {
            int cate = catalog.drawAdCate(rng);
            // a bounded number of redraws: a tiny catalogue may have fewer categories than interests
            for (int draw = 0; draw < MAX_DRAWS && contains(cates, k, cate); draw++) {
                cate = catalog.drawAdCate(rng);
            }
            cates[k] = cate;
            int ad = catalog.drawAdOf(rng, cate);
            int brand = catalog.adBrand(ad);
            brands[k] = brand >= 0 && rng.nextDouble() < 0.7 ? brand : catalog.drawBrandOf(rng, cate);
            peaks[k] = rng.nextDouble() * 22.0;
        }
        interestCate[u] = cates;
        interestBrand[u] = brands;
        interestPeakDay[u] = peaks;
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return userIds.length;
    }

    int userId(int u) {
        return userIds[u];
    }

    boolean hasProfile(int u) {
        return hasProfile[u];
    }

    /** Profile field {@code field} (0..7 in file order after userid), or {@link #MISSING}. */
    int profileField(int u, int field) {
        return profile[u][field];
    }

    double propensity(int u) {
        return propensity[u];
    }

    int[] interestCates(int u) {
        return interestCate[u];
    }

    int[] interestBrands(int u) {
        return interestBrand[u];
    }

    double[] interestPeakDays(int u) {
        return interestPeakDay[u];
    }

    int plannedImpressions(int u) {
        return impressionCount[u];
    }

    int plannedBehaviors(int u) {
        return behaviorCount[u];
    }

    long plannedImpressionTotal() {
        long sum = 0;
        for (int c : impressionCount) {
            sum += c;
        }
        return sum;
    }

    long plannedBehaviorTotal() {
        long sum = 0;
        for (int c : behaviorCount) {
            sum += c;
        }
        return sum;
    }

    long profileTotal() {
        long sum = 0;
        for (boolean has : hasProfile) {
            sum += has ? 1 : 0;
        }
        return sum;
    }

    /** Writes user {@code u}'s user_profile.csv row; empty fields stay empty, as in the real file. */
    void writeProfileRow(AsciiLineWriter out, int u) throws IOException {
        out.field(userIds[u]);
        for (byte value : profile[u]) {
            if (value == MISSING) {
                out.field("");
            } else {
                out.field(value);
            }
        }
        out.endLine();
    }
}
