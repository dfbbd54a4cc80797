package org.dinexplorer.app.service.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.dinexplorer.model.io.AtomicFile;

/**
 * Writes exports through {@link AtomicFile} (a temporary sibling and an atomic move), so readers never see a
 * half-written export, and deletes folders.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} with {@code writer}, replacing an existing file only once the new one is complete.
     *
     * @throws UncheckedIOException naming the file if it cannot be written
     */
    public static void write(Path target, AtomicFile.Writer writer) {
        try {
            AtomicFile.write(target, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes a folder with everything in it; nothing happens when there is no such folder.
     *
     * @throws IOException naming the first file that cannot be deleted
     */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
