package org.dinexplorer.app.service;

import java.util.Arrays;
import org.dinexplorer.app.AppPaths;
import org.dinexplorer.app.AppVersion;
import org.dinexplorer.model.env.BackendInfo;
import org.dinexplorer.model.layers.ProductEngine;

/** Collects {@link SystemInfo}; loading the numeric backend takes seconds the first time, so call it off the FX thread. */
public final class SystemInfoService {

    private final AppPaths paths;

    /** A service reporting on the given data directory. */
    public SystemInfoService(AppPaths paths) {
        this.paths = paths;
    }

    /** The product engine's label, or why its setting is invalid: a diagnosis shows everything it can. */
    private static String productEngine() {
        try {
            return ProductEngine.active().label();
        } catch (IllegalArgumentException e) {
            return "invalid setting: " + e.getMessage();
        }
    }

    /** Probes the backend and gathers the rest of the environment. */
    public SystemInfo collect() {
        BackendInfo backend = BackendInfo.probe();
        return new SystemInfo(AppVersion.current().toString(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                backend.backend(), backend.blasVendor(), backend.threadCount(),
                Runtime.getRuntime().availableProcessors(), backend.ndVersion(), paths.dataDirectory(),
                Arrays.stream(backend.product()).boxed().toList(), backend.productCorrect(),
                backend.cuda().describe(), productEngine());
    }
}
