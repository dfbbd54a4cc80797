package org.dinexplorer.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Raw little-endian float arrays as zip entries, read back with a length and CRC check. */
final class FloatEntries {

    private static final int CHUNK_FLOATS = 1 << 16;

    private FloatEntries() {
    }

    static void write(OutputStream out, float[] values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK_FLOATS * 4).order(ByteOrder.LITTLE_ENDIAN);
        FloatBuffer floats = bytes.asFloatBuffer();
        for (int from = 0; from < values.length; from += CHUNK_FLOATS) {
            int count = Math.min(CHUNK_FLOATS, values.length - from);
            floats.clear();
            floats.put(values, from, count);
            out.write(bytes.array(), 0, count * 4);
        }
    }

    /**
     * Fills {@code target} from entry {@code name}.
     *
     * @throws ModelFileException when the entry is missing, has another length or fails its CRC check
     */
    static void read(ZipFile zip, String name, float[] target, String fileName) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new ModelFileException(fileName + ": entry '" + name + "' is missing; the file is damaged or was "
                    + "written by an incompatible version");
        }
        long expectedBytes = 4L * target.length;
        if (entry.getSize() != -1 && entry.getSize() != expectedBytes) {
            throw new ModelFileException(fileName + ": '" + name + "' holds " + entry.getSize() / 4
                    + " values, expected " + target.length + " for this model's shape");
        }
        CRC32 crc = new CRC32();
        try (InputStream in = new CheckedInputStream(zip.getInputStream(entry), crc)) {
            ByteBuffer bytes = ByteBuffer.allocate(CHUNK_FLOATS * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (int from = 0; from < target.length; from += CHUNK_FLOATS) {
                int count = Math.min(CHUNK_FLOATS, target.length - from);
                int read = in.readNBytes(bytes.array(), 0, count * 4);
                if (read != count * 4) {
                    throw new ModelFileException(fileName + ": '" + name + "' is truncated");
                }
                bytes.asFloatBuffer().get(target, from, count);
            }
            if (in.read() != -1) {
                throw new ModelFileException(fileName + ": '" + name + "' is longer than this model's shape");
            }
        }
        if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
            throw new ModelFileException(fileName + ": '" + name + "' fails its checksum; the file is damaged");
        }
    }
}
