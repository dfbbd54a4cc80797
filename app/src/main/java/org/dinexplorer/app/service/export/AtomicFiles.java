package org.dinexplorer.app.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/** Writes a file through a temporary sibling and an atomic move, so readers never see a half-written export. */
public final class AtomicFiles {

    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Writer {
        /** Writes everything to {@code out}. */
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} with {@code writer}, replacing an existing file only once the new one is complete.
     *
     * @throws UncheckedIOException naming the file if it cannot be written
     */
    public static void write(Path target, Writer writer) {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            Path folder = absolute.getParent();
            Files.createDirectories(folder);
            // not Files.createTempFile: that makes the file private (0600); an export gets the user's usual permissions
            temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                writer.write(out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("Cannot write " + absolute + ": " + e.getMessage(), e);
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

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException cleanupFailure) {
            // the export already failed with a clearer message; a stray .part file is harmless
        }
    }
}
