package org.dinexplorer.app.service;

import java.nio.file.Path;
import java.util.List;

/**
 * The environment DIN Explorer runs in, as shown by {@code din-explorer info} and Help ▸ About.
 *
 * @param appVersion     application version and build commit
 * @param javaVersion    Java runtime version and vendor
 * @param os             operating system name, version and architecture
 * @param backend        ND4J backend (CPU or CUDA)
 * @param blasVendor     BLAS library used by the backend
 * @param threadCount    threads the backend uses
 * @param cpuCount       processors available to the JVM
 * @param ndVersion      ND4J version
 * @param dataDirectory  where databases, runs and logs live
 * @param product        the check product [[1,2],[3,4]] x [[5,6],[7,8]] as computed by the backend
 * @param productCorrect whether the product is right
 * @param cuda           what became of the CUDA backend, e.g. "not in this build (CPU only)"
 * @param products       the library computing the networks' matrix products, e.g. "OpenBLAS (direct)"
 */
public record SystemInfo(String appVersion, String javaVersion, String os, String backend, String blasVendor,
                         int threadCount, int cpuCount, String ndVersion, Path dataDirectory, List<Double> product,
                         boolean productCorrect, String cuda, String products) {
}
