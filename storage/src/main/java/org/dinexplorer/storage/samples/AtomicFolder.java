package org.dinexplorer.storage.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a folder under a temporary sibling name and moves it into place only when it is complete, so a reader, a
 * cancel or a crash never leaves a half-written folder under the target's name. The training set and the app's
 * exported arrays are written this way.
 */
public final class AtomicFolder {

    /** Fills one folder. */
    @FunctionalInterface
    public interface Writer {
        /** Writes every file of the folder into {@code folder}, which exists and is empty. */
        void write(Path folder) throws IOException;
    }

    private AtomicFolder() {
    }

    /**
     * Writes {@code target} with {@code writer} in {@code target.tmp}, then moves an existing {@code target} aside
     * to {@code target.old}, the new folder into place and deletes the old one. Leftovers of an earlier failed
     * attempt are deleted first; after a failure the target is unchanged (or, if the machine stopped between the two
     * moves, found again as {@code target.old}).
     *
     * @throws IOException from the writer, or when a folder cannot be created, moved or deleted
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Path old = target.resolveSibling(target.getFileName() + ".old");
        delete(temporary);
        delete(old);
        Files.createDirectories(temporary);
        try {
            writer.write(temporary);
        } catch (IOException | RuntimeException e) {
            delete(temporary);
            throw e;
        }
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        delete(old);
    }

    /**
     * Deletes a folder (or file) with everything in it; nothing happens when there is none.
     *
     * @throws IOException naming the first file that cannot be deleted
     */
    public static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
