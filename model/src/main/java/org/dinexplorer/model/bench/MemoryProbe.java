package org.dinexplorer.model.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the process's resident memory from {@code /proc/self/status} (Linux); -1 where it is not available. */
public final class MemoryProbe {

    private static final Path STATUS = Path.of("/proc/self/status");

    private MemoryProbe() {
    }

    /** Current resident set size in bytes (VmRSS), or -1. */
    public static long residentBytes() {
        return readKilobytes("VmRSS:") * 1024;
    }

    /** Peak resident set size in bytes (VmHWM), or -1. */
    public static long peakResidentBytes() {
        return readKilobytes("VmHWM:") * 1024;
    }

    private static long readKilobytes(String key) {
        if (!Files.isReadable(STATUS)) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
