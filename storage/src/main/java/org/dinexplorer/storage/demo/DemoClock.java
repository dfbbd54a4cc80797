package org.dinexplorer.storage.demo;

import java.util.SplittableRandom;

/**
 * Draws moments inside the demo windows, as seconds since {@link TaobaoFormat#BEHAVIOR_START_SECONDS} (a midnight in
 * Asia/Shanghai), with the daily rhythm of a shopping site in that time zone: quiet at night, busiest in the evening.
 * Because days are Shanghai days, the UTC date of an evening event is the previous day.
 */
final class DemoClock {

    static final int BEHAVIOR_DAYS = 22;
    /** Day index (since the behaviour start) of the first impression day, 2017-05-06. */
    static final int FIRST_IMPRESSION_DAY = 14;
    static final int IMPRESSION_DAYS = 8;
    static final int WINDOW_END = (int) (TaobaoFormat.WINDOW_END_SECONDS - TaobaoFormat.BEHAVIOR_START_SECONDS);
    private static final int HOUR_SECONDS = 3_600;

    private static final WeightedChoice LOCAL_HOUR = WeightedChoice.of(new double[] {
        0.6, 0.3, 0.15, 0.1, 0.1, 0.15, 0.3, 0.6, 0.9, 1.0, 1.1, 1.1,
        1.2, 1.1, 1.0, 1.0, 1.0, 1.1, 1.2, 1.4, 1.6, 1.8, 1.7, 1.2});

    private DemoClock() {
    }

    /** A moment on day {@code day} (0-based since the behaviour start), at a typical local hour. */
    static int momentOnDay(SplittableRandom rng, int day) {
        return day * (int) TaobaoFormat.DAY_SECONDS + LOCAL_HOUR.next(rng) * HOUR_SECONDS + rng.nextInt(HOUR_SECONDS);
    }

    /** Keeps a moment inside the windows (strictly before their common end). */
    static int clamp(int time) {
        return Math.min(time, WINDOW_END - 1);
    }

    /** Unix seconds of a demo moment. */
    static long unixSeconds(int time) {
        return TaobaoFormat.BEHAVIOR_START_SECONDS + time;
    }
}
