package org.dinexplorer.app.service.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import java.util.TreeMap;
import org.dinexplorer.app.AppVersion;
import org.dinexplorer.model.env.BackendInfo;
import org.dinexplorer.model.layers.ProductEngine;

/**
 * Where a run was trained; floating-point results can depend on every field, so each run stores it.
 *
 * @param appVersion   DIN Explorer version
 * @param appCommit    git commit of the build
 * @param javaVendor   Java runtime vendor
 * @param javaVersion  Java runtime version
 * @param osName       operating system name and version
 * @param osArch       CPU architecture
 * @param ndVersion    ND4J version
 * @param backend      ND4J backend, e.g. CPU
 * @param blasVendor   BLAS library, e.g. OPENBLAS
 * @param threadCount  BLAS threads the run uses
 * @param cpuCount     processors available to the JVM
 * @param products     the library that computed the networks' matrix products
 */
public record RunEnvironment(String appVersion, String appCommit, String javaVendor, String javaVersion,
                             String osName, String osArch, String ndVersion, String backend, String blasVendor,
                             int threadCount, int cpuCount, String products) {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    /**
     * Describes this process; loads the numeric backend (seconds the first time).
     *
     * @param configuredThreads the run's thread setting, 0 for the library default
     */
    public static RunEnvironment capture(int configuredThreads) {
        BackendInfo info = BackendInfo.probe();
        AppVersion version = AppVersion.current();
        int threads = configuredThreads > 0 ? configuredThreads : info.threadCount();
        return new RunEnvironment(version.version(), version.commit(), System.getProperty("java.vendor", "?"),
                System.getProperty("java.version", "?"),
                System.getProperty("os.name", "?") + " " + System.getProperty("os.version", ""),
                System.getProperty("os.arch", "?"), info.ndVersion(), info.backend(), info.blasVendor(), threads,
                Runtime.getRuntime().availableProcessors(), ProductEngine.active().label());
    }

    /** JSON with sorted keys. */
    public String toJson() {
        Map<String, Object> map = new TreeMap<>();
        map.put("appVersion", appVersion);
        map.put("appCommit", appCommit);
        map.put("javaVendor", javaVendor);
        map.put("javaVersion", javaVersion);
        map.put("osName", osName);
        map.put("osArch", osArch);
        map.put("ndVersion", ndVersion);
        map.put("backend", backend);
        map.put("blasVendor", blasVendor);
        map.put("threadCount", threadCount);
        map.put("cpuCount", cpuCount);
        map.put("products", products);
        try {
            return MAPPER.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the environment as JSON", e);
        }
    }
}
