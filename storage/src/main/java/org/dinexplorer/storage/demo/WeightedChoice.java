package org.dinexplorer.storage.demo;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws indices {@code 0..n-1} with fixed weights, by binary search in the cumulative weights. */
final class WeightedChoice {

    private final double[] cumulative;

    private WeightedChoice(double[] cumulative) {
        this.cumulative = cumulative;
    }

    static WeightedChoice of(double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return new WeightedChoice(cumulative);
    }

    /** Zipf-like popularity: index {@code i} has weight {@code 1 / (i + 1)^exponent}. */
    static WeightedChoice zipf(int n, double exponent) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1.0 / Math.pow(i + 1, exponent);
        }
        return of(weights);
    }

    int size() {
        return cumulative.length;
    }

    int next(SplittableRandom rng) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, u);
        int position = index >= 0 ? index + 1 : -index - 1;
        return Math.min(position, cumulative.length - 1);
    }

    /** A log-normal factor with mean 1: {@code exp(sigma * z - sigma^2 / 2)}. */
    static double logNormalFactor(SplittableRandom rng, double sigma) {
        return Math.exp(sigma * gaussian(rng) - sigma * sigma / 2);
    }

    /** A standard normal draw (Box-Muller; one value per call keeps the stream simple and reproducible). */
    static double gaussian(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
