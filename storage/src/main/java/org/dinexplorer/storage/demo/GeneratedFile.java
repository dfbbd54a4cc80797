package org.dinexplorer.storage.demo;

import java.nio.file.Path;

/**
 * One file written by the generator.
 *
 * @param name      file name, e.g. {@code raw_sample.csv} or {@code raw_sample.csv.gz}
 * @param path      where it is
 * @param rowCount  lines after the header (including injected bad rows)
 * @param sizeBytes size on disk
 */
public record GeneratedFile(String name, Path path, long rowCount, long sizeBytes) {
}
