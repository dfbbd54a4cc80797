package org.dinexplorer.storage.demo;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Simulates users block by block and writes their impressions (raw_sample.csv plus truth.csv) and behaviours
 * (behavior_log.csv). Only one block of users is in memory at a time; within a block the rows are shuffled, so the
 * files are unsorted like the real ones. Each user draws from their own split of the simulation stream, which keeps
 * the output independent of the block size.
 */
final class LogFilesWriter {

    private static final int BLOCK_USERS = 1_000;
    private static final long PROBABILITY_SCALE = 1_000_000L;

    private final UserPopulation users;
    private final AdCatalog catalog;
    private final BehaviorSimulator behaviorSimulator;
    private final ImpressionSimulator impressionSimulator;
    private final SplittableRandom simulationRoot;
    private final SplittableRandom shuffleRng;
    private long impressionCount;
    private long clickCount;
    private long behaviorCount;

    LogFilesWriter(UserPopulation users, AdCatalog catalog, ClickModel clickModel, SplittableRandom simulationRoot,
                   SplittableRandom shuffleRng) {
        this.users = users;
        this.catalog = catalog;
        this.behaviorSimulator = new BehaviorSimulator(users, catalog);
        this.impressionSimulator = new ImpressionSimulator(users, catalog, clickModel);
        this.simulationRoot = simulationRoot;
        this.shuffleRng = shuffleRng;
    }

    /** Writes all users' rows; the writers must already hold their header lines. */
    void write(Targets targets, ProgressTracker progress) throws IOException {
        for (int from = 0; from < users.size(); from += BLOCK_USERS) {
            UserLog[] block = simulate(from, Math.min(users.size(), from + BLOCK_USERS));
            long rows = writeImpressions(block, targets);
            rows += writeBehaviors(block, targets);
            progress.add(rows);
        }
    }

    long impressionCount() {
        return impressionCount;
    }

    long clickCount() {
        return clickCount;
    }

    long behaviorCount() {
        return behaviorCount;
    }

    private UserLog[] simulate(int from, int to) {
        UserLog[] block = new UserLog[to - from];
        for (int u = from; u < to; u++) {
            SplittableRandom rng = simulationRoot.split();
            UserLog log = new UserLog(u, users.plannedBehaviors(u) + 8);
            behaviorSimulator.simulate(rng, u, log);
            impressionSimulator.simulate(rng, u, log);
            block[u - from] = log;
        }
        return block;
    }

    private long writeImpressions(UserLog[] block, Targets t) throws IOException {
        long[] order = shuffledOrder(block, true);
        for (long key : order) {
            UserLog log = block[(int) (key >>> 32)];
            int i = (int) key;
            long user = users.userId(log.user);
            long time = DemoClock.unixSeconds(log.impressionTime[i]);
            int ad = log.impressionAd[i];
            String pid = TaobaoFormat.PIDS.get(log.impressionPid[i]);
            int click = log.impressionClick[i] ? 1 : 0;
            t.rawSample.field(user).field(time).field(catalog.adId(ad)).field(pid).field(1 - click).field(click)
                    .endLine();
            t.truth.field(user).field(time).field(catalog.adId(ad)).field(pid)
                    .fixed(Math.round(log.impressionProbability[i] * PROBABILITY_SCALE), 6).endLine();
            t.rawSampleDirt.afterValidRow(t.rawSample);
            clickCount += click;
        }
        impressionCount += order.length;
        return order.length;
    }

    private long writeBehaviors(UserLog[] block, Targets t) throws IOException {
        long[] order = shuffledOrder(block, false);
        for (long key : order) {
            UserLog log = block[(int) (key >>> 32)];
            int i = (int) key;
            t.behaviorLog.field(users.userId(log.user)).field(DemoClock.unixSeconds(log.behaviorTime[i]))
                    .field(TaobaoFormat.BTAGS.get(log.behaviorTag[i])).field(catalog.cateId(log.behaviorCate[i]));
            int brand = log.behaviorBrand[i];
            if (brand < 0) {
                t.behaviorLog.field(TaobaoFormat.NULL_BRAND);
            } else {
                t.behaviorLog.field(catalog.brandId(brand));
            }
            t.behaviorLog.endLine();
            t.behaviorDirt.afterValidRow(t.behaviorLog);
        }
        behaviorCount += order.length;
        return order.length;
    }

    /** Keys {@code (index in block) << 32 | row}, shuffled. */
    private long[] shuffledOrder(UserLog[] block, boolean impressions) {
        int total = 0;
        for (UserLog log : block) {
            total += impressions ? log.impressionCount : log.behaviorCount;
        }
        long[] keys = new long[total];
        int k = 0;
        for (int b = 0; b < block.length; b++) {
            int rows = impressions ? block[b].impressionCount : block[b].behaviorCount;
            for (int i = 0; i < rows; i++) {
                keys[k++] = (long) b << 32 | i;
            }
        }
        IdSampler.shuffle(shuffleRng, keys, total);
        return keys;
    }

    /** The open files and their bad-row injectors. */
    record Targets(AsciiLineWriter rawSample, AsciiLineWriter truth, AsciiLineWriter behaviorLog,
                   DirtyRowInjector rawSampleDirt, DirtyRowInjector behaviorDirt) {
    }
}
