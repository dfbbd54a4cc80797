package org.dinexplorer.storage.demo;

import java.util.Arrays;

/**
 * Everything one user does in the demo world: behaviours (organic ones sorted by time, then those caused by clicks)
 * and impressions with their planted click probability. Times are seconds since
 * {@link TaobaoFormat#BEHAVIOR_START_SECONDS}.
 */
final class UserLog {

    final int user;
    int organicCount;
    int behaviorCount;
    int[] behaviorTime;
    byte[] behaviorTag;
    int[] behaviorCate;
    int[] behaviorBrand;
    int impressionCount;
    int[] impressionTime = new int[8];
    int[] impressionAd = new int[8];
    byte[] impressionPid = new byte[8];
    boolean[] impressionClick = new boolean[8];
    double[] impressionProbability = new double[8];

    UserLog(int user, int behaviorCapacity) {
        this.user = user;
        int capacity = Math.max(4, behaviorCapacity);
        behaviorTime = new int[capacity];
        behaviorTag = new byte[capacity];
        behaviorCate = new int[capacity];
        behaviorBrand = new int[capacity];
    }

    void addBehavior(int time, int tag, int cate, int brand) {
        if (behaviorCount == behaviorTime.length) {
            int capacity = behaviorCount * 2;
            behaviorTime = Arrays.copyOf(behaviorTime, capacity);
            behaviorTag = Arrays.copyOf(behaviorTag, capacity);
            behaviorCate = Arrays.copyOf(behaviorCate, capacity);
            behaviorBrand = Arrays.copyOf(behaviorBrand, capacity);
        }
        behaviorTime[behaviorCount] = time;
        behaviorTag[behaviorCount] = (byte) tag;
        behaviorCate[behaviorCount] = cate;
        behaviorBrand[behaviorCount] = brand;
        behaviorCount++;
    }

    void addImpression(int time, int ad, int pid, boolean click, double probability) {
        if (impressionCount == impressionTime.length) {
            int capacity = impressionCount * 2;
            impressionTime = Arrays.copyOf(impressionTime, capacity);
            impressionAd = Arrays.copyOf(impressionAd, capacity);
            impressionPid = Arrays.copyOf(impressionPid, capacity);
            impressionClick = Arrays.copyOf(impressionClick, capacity);
            impressionProbability = Arrays.copyOf(impressionProbability, capacity);
        }
        impressionTime[impressionCount] = time;
        impressionAd[impressionCount] = ad;
        impressionPid[impressionCount] = (byte) pid;
        impressionClick[impressionCount] = click;
        impressionProbability[impressionCount] = probability;
        impressionCount++;
    }

    /** Sorts the behaviours added so far by time (stable) and marks them as the organic part. */
    void sortOrganic() {
        long[] keys = new long[behaviorCount];
        for (int i = 0; i < behaviorCount; i++) {
            keys[i] = (long) behaviorTime[i] << 32 | i;
        }
        Arrays.sort(keys);
        int[] time = new int[behaviorTime.length];
        byte[] tag = new byte[behaviorTime.length];
        int[] cate = new int[behaviorTime.length];
        int[] brand = new int[behaviorTime.length];
        for (int i = 0; i < behaviorCount; i++) {
            int from = (int) keys[i];
            time[i] = behaviorTime[from];
            tag[i] = behaviorTag[from];
            cate[i] = behaviorCate[from];
            brand[i] = behaviorBrand[from];
        }
        behaviorTime = time;
        behaviorTag = tag;
        behaviorCate = cate;
        behaviorBrand = brand;
        organicCount = behaviorCount;
    }

    /** Index of the first organic behaviour at or after {@code time} (organic behaviours must be sorted). */
    int firstOrganicAtOrAfter(int time) {
        int low = 0;
        int high = organicCount;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (behaviorTime[mid] < time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
