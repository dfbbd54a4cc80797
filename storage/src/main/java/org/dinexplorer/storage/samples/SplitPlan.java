package org.dinexplorer.storage.samples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.TreeSet;
import org.dinexplorer.storage.StorageException;
import org.jspecify.annotations.Nullable;

/**
 * Assigns every impression to a split by its Asia/Shanghai calendar day: the test day, the training days before it
 * (minus validation) and nothing for days after it.
 */
final class SplitPlan {

    /** The Taobao logs are stamped in UTC seconds but the days of the data set are Beijing days. */
    static final ZoneId DAY_ZONE = ZoneId.of("Asia/Shanghai");

    final byte[] splitOf;
    final int[] dayOf;
    final LocalDate testDay;
    final LocalDate trainFirstDay;
    final LocalDate trainLastDay;
    final @Nullable LocalDate validationDay;

    private SplitPlan(byte[] splitOf, int[] dayOf, LocalDate testDay, LocalDate trainFirstDay, LocalDate trainLastDay,
                      @Nullable LocalDate validationDay) {
        this.splitOf = splitOf;
        this.dayOf = dayOf;
        this.testDay = testDay;
        this.trainFirstDay = trainFirstDay;
        this.trainLastDay = trainLastDay;
        this.validationDay = validationDay;
    }

    /** The Asia/Shanghai epoch day of a UTC timestamp in seconds. */
    static int dayOf(long epochSecond) {
        return (int) Instant.ofEpochSecond(epochSecond).atZone(DAY_ZONE).toLocalDate().toEpochDay();
    }

    static SplitPlan assign(int[] time, int[] userRaw, DatasetConfig config) {
        int n = time.length;
        if (n == 0) {
            throw new StorageException("The database has no impressions. Import raw_sample.csv (or generate demo "
                    + "data) before building a training set.");
        }
        int[] days = new int[n];
        long cachedHour = Long.MIN_VALUE;
        int cachedDay = 0;
        TreeSet<Integer> distinct = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            long hour = Math.floorDiv((long) time[i], 3600L);
            if (hour != cachedHour) {
                cachedHour = hour;
                cachedDay = dayOf(hour * 3600L);
                distinct.add(cachedDay);
            }
            days[i] = cachedDay;
        }
        int test = chooseTestDay(distinct, config.testDay());
        int[] trainDays = distinct.headSet(test, false).stream().mapToInt(Integer::intValue).toArray();
        if (trainDays.length == 0) {
            throw new StorageException("No impression day lies before the test day " + LocalDate.ofEpochDay(test)
                    + ", so there is nothing to train on. Choose a later --test-day.");
        }
        // with a single training day there is nothing left to train on without it: no validation split then (the
        // summary shows an empty one), rather than refusing the default settings
        Integer validationDay = config.validation() == ValidationMode.LAST_TRAIN_DAY && trainDays.length >= 2
                ? trainDays[trainDays.length - 1] : null;
        byte[] split = new byte[n];
        for (int i = 0; i < n; i++) {
            split[i] = splitOf(days[i], userRaw[i], test, validationDay, config);
        }
        return new SplitPlan(split, days, LocalDate.ofEpochDay(test), LocalDate.ofEpochDay(trainDays[0]),
                LocalDate.ofEpochDay(trainDays[trainDays.length - 1]),
                validationDay == null ? null : LocalDate.ofEpochDay(validationDay));
    }

    private static int chooseTestDay(TreeSet<Integer> days, @Nullable LocalDate requested) {
        if (requested == null) {
            return days.last();
        }
        int test = (int) requested.toEpochDay();
        if (!days.contains(test)) {
            throw new StorageException("Test day " + requested + " has no impressions; impression days (Asia/Shanghai)"
                    + " are " + LocalDate.ofEpochDay(days.first()) + " to " + LocalDate.ofEpochDay(days.last()) + ".");
        }
        return test;
    }

    private static byte splitOf(int day, int user, int test, @Nullable Integer validationDay, DatasetConfig config) {
        if (day > test) {
            return Split.EXCLUDED;
        }
        if (day == test) {
            return (byte) Split.TEST.ordinal();
        }
        boolean validation = switch (config.validation()) {
            case NONE -> false;
            case LAST_TRAIN_DAY -> validationDay != null && day == validationDay;
            case USER_SHARE -> userDraw(user, config.validationSeed()) < config.validationShare();
        };
        return (byte) (validation ? Split.VALIDATION : Split.TRAIN).ordinal();
    }

    /** A uniform number in [0, 1) fixed by user and seed (SplitMix64 finaliser), so no RNG state is involved. */
    static double userDraw(int user, long seed) {
        long z = (user & 0xFFFFFFFFL) + seed * 0x9E3779B97F4A7C15L + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    /** Epoch days of all impression days, ascending. */
    int[] distinctDays() {
        return Arrays.stream(dayOf).distinct().sorted().toArray();
    }
}
