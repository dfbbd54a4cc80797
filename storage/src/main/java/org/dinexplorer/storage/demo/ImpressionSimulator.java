package org.dinexplorer.storage.demo;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Simulates the ads shown to a user during the 8 impression days. Impressions come in page views of one to three
 * ads at the same second and position; ads are targeted at the user's interests, retargeted from recent behaviours or
 * drawn by popularity. Each impression is clicked with the {@link ClickModel} probability given the behaviours before
 * it, and a click is often followed by a page view of the ad's category and brand, sometimes in the very same second,
 * which lets tests detect a history that leaks behaviours from the impression's own second or later.
 */
final class ImpressionSimulator {

    private static final double TARGETED_SHARE = 0.30;
    private static final double RETARGETED_SHARE = 0.15;
    private static final int RETARGET_WINDOW = 30;
    private static final double FIRST_PID_SHARE = 0.6;
    private static final double VIEW_AFTER_CLICK_SHARE = 0.6;
    private static final double SAME_SECOND_VIEW_SHARE = 0.35;
    private static final int MAX_VIEW_DELAY_SECONDS = 900;
    private static final int MAX_DRAWS = 20;

    private final UserPopulation users;
    private final AdCatalog catalog;
    private final ClickModel clickModel;

    ImpressionSimulator(UserPopulation users, AdCatalog catalog, ClickModel clickModel) {
        this.users = users;
        this.catalog = catalog;
        this.clickModel = clickModel;
    }

    /** Adds user {@code u}'s impressions, in time order, to {@code log} (whose organic behaviours are sorted). */
    void simulate(SplittableRandom rng, int u, UserLog log) {
        int planned = users.plannedImpressions(u);
        int[] pageViews = pageViewSizes(rng, planned);
        int[] times = new int[pageViews.length];
        for (int v = 0; v < times.length; v++) {
            int day = DemoClock.FIRST_IMPRESSION_DAY + rng.nextInt(DemoClock.IMPRESSION_DAYS);
            times[v] = DemoClock.momentOnDay(rng, day);
        }
        Arrays.sort(times);
        Set<Long> shown = new HashSet<>();
        for (int v = 0; v < times.length; v++) {
            int pid = rng.nextDouble() < FIRST_PID_SHARE ? 0 : 1;
            for (int slot = 0; slot < pageViews[v]; slot++) {
                // the same ad is never shown twice to a user in the same second: (user, second, ad) is a key
                for (int draw = 0; draw < MAX_DRAWS; draw++) {
                    int ad = drawAd(rng, u, log, times[v]);
                    if (shown.add((long) times[v] << 32 | ad)) {
                        show(rng, log, ad, pid, times[v]);
                        break;
                    }
                }
            }
        }
    }

    private static int[] pageViewSizes(SplittableRandom rng, int planned) {
        int[] sizes = new int[planned];
        int views = 0;
        for (int left = planned; left > 0; views++) {
            double r = rng.nextDouble();
            sizes[views] = Math.min(left, r < 0.6 ? 1 : r < 0.9 ? 2 : 3);
            left -= sizes[views];
        }
        return Arrays.copyOf(sizes, views);
    }

    private int drawAd(SplittableRandom rng, int u, UserLog log, int time) {
        double r = rng.nextDouble();
        if (r < TARGETED_SHARE) {
            int[] cates = users.interestCates(u);
            return catalog.drawAdOf(rng, cates[rng.nextInt(cates.length)]);
        }
        if (r < TARGETED_SHARE + RETARGETED_SHARE) {
            int end = log.firstOrganicAtOrAfter(time);
            int start = Math.max(0, end - RETARGET_WINDOW);
            if (end > start) {
                int cate = log.behaviorCate[start + rng.nextInt(end - start)];
                if (catalog.hasAds(cate)) {
                    return catalog.drawAdOf(rng, cate);
                }
            }
        }
        return catalog.drawAdOf(rng, catalog.drawAdCate(rng));
    }

    private void show(SplittableRandom rng, UserLog log, int ad, int pid, int time) {
        double probability = clickModel.probability(log, ad, pid, time);
        boolean click = rng.nextDouble() < probability;
        log.addImpression(time, ad, pid, click, probability);
        if (click && rng.nextDouble() < VIEW_AFTER_CLICK_SHARE) {
            int delay = rng.nextDouble() < SAME_SECOND_VIEW_SHARE ? 0 : 1 + rng.nextInt(MAX_VIEW_DELAY_SECONDS);
            log.addBehavior(DemoClock.clamp(time + delay), BehaviorSimulator.PV, catalog.adCate(ad),
                    catalog.adBrand(ad));
        }
    }
}
