/**
 * Synthetic Taobao-shaped data and throughput benchmarks of training and inference, with memory readings from
 * {@code /proc/self/status}. Used by the {@code bench} commands and by tests; not a timed test itself.
 */
package org.dinexplorer.model.bench;
