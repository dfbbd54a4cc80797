package org.dinexplorer.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file through a temporary sibling and a move, so readers (and a crash mid-write) never leave a half-written
 * file under the target's name: the old file stays until the new one is complete. Model files, ONNX and safetensors
 * exports and the app's chart and table exports all write this way.
 */
public final class AtomicFile {

    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Writer {
        /** Writes everything to {@code out}. */
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code target} with {@code writer}, creating its folder when missing and replacing an existing file only
     * once the new one is complete. The move is atomic where the file system allows it. When the writer or the move
     * fails, the temporary file is removed.
     *
     * @throws IOException from the writer, or when the file cannot be created or moved into place
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        // not Files.createTempFile: that makes the file private (0600); the file gets the user's usual permissions
        Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                writer.write(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            deleteAfterFailure(temp, e);
            throw e;
        }
    }

    private static void deleteAfterFailure(Path temp, Exception failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException cleanupFailure) {
            failure.addSuppressed(cleanupFailure);
        }
    }
}
