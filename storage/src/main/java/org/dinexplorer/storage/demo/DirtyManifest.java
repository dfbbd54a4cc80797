package org.dinexplorer.storage.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the injected bad rows and writes dirty-manifest.csv ({@code file,line,reason}), grouped by file. */
final class DirtyManifest {

    private final List<Entry> entries = new ArrayList<>();

    void add(String file, long line, DirtyKind kind) {
        entries.add(new Entry(file, line, kind));
    }

    int size() {
        return entries.size();
    }

    /**
     * Writes the manifest: files in the given order, each file's entries by line number.
     *
     * @return the number of entries written
     */
    long write(Path path, List<String> fileOrder) throws IOException {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((Entry e) -> fileOrder.indexOf(e.file)).thenComparingLong(Entry::line));
        try (AsciiLineWriter out = AsciiLineWriter.open(path, false)) {
            out.rawLine(TaobaoFormat.DIRTY_MANIFEST_HEADER);
            for (Entry e : sorted) {
                out.field(e.file).field(e.line).field(e.kind.name()).endLine();
            }
        }
        return sorted.size();
    }

    /** One bad row. */
    private record Entry(String file, long line, DirtyKind kind) {
    }
}
