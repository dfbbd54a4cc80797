package org.dinexplorer.storage.demo;

import java.util.SplittableRandom;

/**
 * Finds the click model's intercept that gives a target CTR. A pilot simulates the first users of the world on a
 * stream of its own (so the real simulation is unaffected), records each impression's logit without the intercept,
 * and solves {@code mean(sigmoid(b + x)) = target} for {@code b} by bisection. More behaviours per user mean more
 * history matches, so without this the CTR would drift with the preset.
 */
final class ClickCalibration {

    /** Overall CTR of the public Taobao sample, roughly. */
    static final double TARGET_CTR = 0.05;
    private static final int PILOT_USERS = 1_000;
    private static final int BISECTION_STEPS = 60;

    private ClickCalibration() {
    }

    static double calibratedIntercept(UserPopulation users, AdCatalog catalog, SplittableRandom pilotRng) {
        ClickModel provisional = new ClickModel(users, catalog, ClickModel.DEFAULT_INTERCEPT);
        BehaviorSimulator behaviors = new BehaviorSimulator(users, catalog);
        ImpressionSimulator impressions = new ImpressionSimulator(users, catalog, provisional);
        int pilotUsers = Math.min(PILOT_USERS, users.size());
        double[] logits = new double[0];
        int count = 0;
        for (int u = 0; u < pilotUsers; u++) {
            UserLog log = new UserLog(u, users.plannedBehaviors(u) + 8);
            SplittableRandom rng = pilotRng.split();
            behaviors.simulate(rng, u, log);
            impressions.simulate(rng, u, log);
            if (count + log.impressionCount > logits.length) {
                logits = java.util.Arrays.copyOf(logits, Math.max(2 * logits.length, count + log.impressionCount));
            }
            for (int i = 0; i < log.impressionCount; i++) {
                double p = log.impressionProbability[i];
                logits[count++] = Math.log(p / (1 - p)) - provisional.intercept();
            }
        }
        return solve(logits, count, TARGET_CTR);
    }

    /** The {@code b} with {@code mean(sigmoid(b + x)) = target} over the first {@code count} values. */
    static double solve(double[] x, int count, double target) {
        double low = -20;
        double high = 10;
        for (int step = 0; step < BISECTION_STEPS; step++) {
            double mid = (low + high) / 2;
            double sum = 0;
            for (int i = 0; i < count; i++) {
                sum += 1.0 / (1.0 + Math.exp(-(mid + x[i])));
            }
            if (sum / count < target) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }
}
