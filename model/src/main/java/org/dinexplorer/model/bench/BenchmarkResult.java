package org.dinexplorer.model.bench;

import java.util.List;
import java.util.Map;

/**
 * Figures of one benchmark run.
 *
 * @param settings          what ran
 * @param samplesPerSecond  measured throughput
 * @param millisPerStep     mean wall time of one step
 * @param peakResidentBytes VmHWM at the end of the run (-1 if unknown)
 * @param residentSamples   VmRSS read at regular intervals during the measured steps, in bytes
 * @param phaseMillis       mean milliseconds per step spent in each part of the step, in step order
 * @param meanHistoryLength mean real behaviours per sample in the synthetic batches
 * @param cpuMillisPerStep  process CPU time (all threads) per measured step, -1 if unknown; less disturbed than wall
 *                          time when other processes share the cores
 */
public record BenchmarkResult(BenchmarkSettings settings, double samplesPerSecond, double millisPerStep,
                              long peakResidentBytes, List<Long> residentSamples, Map<String, Double> phaseMillis,
                              double meanHistoryLength, double cpuMillisPerStep) {

    /** Copies the collections. */
    public BenchmarkResult {
        residentSamples = List.copyOf(residentSamples);
        phaseMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phaseMillis));
    }
}
