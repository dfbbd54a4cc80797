package org.dinexplorer.storage.importing;

import java.nio.file.Path;
import java.util.List;
import org.dinexplorer.storage.db.Database;

/**
 * Runs one import in its own JVM so that a test can kill it with SIGKILL. Arguments: database, file, role, chunk
 * rows, milliseconds to pause after each committed chunk (to give the test time to kill it mid-file).
 */
public final class ImportChild {

    private ImportChild() {
    }

    /** Entry point of the child JVM. */
    public static void main(String[] args) {
        Database database = Database.open(Path.of(args[0]));
        long pauseMillis = Long.parseLong(args[4]);
        ImportListener slow = new ImportListener() {
            @Override
            public void onProgress(long bytesRead, long acceptedCount, long rejectedCount) {
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ImportConfig config = ImportConfig.defaults().withChunkRows(Integer.parseInt(args[3]));
        new TaobaoImporter(database, config).importAll(
                List.of(new ImportSource(Path.of(args[1]), FileRole.valueOf(args[2]))), slow, () -> false);
    }
}
