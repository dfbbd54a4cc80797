package org.dinexplorer.app.service.interop;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A {@code .npy} file read back for tests: its header dict text and its data, little-endian. */
record NpyFile(String header, ByteBuffer data) {

    static NpyFile read(Path file) throws IOException {
        ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int length = Short.toUnsignedInt(all.getShort(8));
        String header = new String(all.array(), 10, length, StandardCharsets.US_ASCII).strip();
        ByteBuffer data = all.position(10 + length).slice().order(ByteOrder.LITTLE_ENDIAN);
        return new NpyFile(header, data);
    }

    int[] ints() {
        int[] out = new int[data.remaining() / 4];
        data.duplicate().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(out);
        return out;
    }

    long[] longs() {
        long[] out = new long[data.remaining() / 8];
        data.duplicate().order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(out);
        return out;
    }

    float[] floats() {
        float[] out = new float[data.remaining() / 4];
        data.duplicate().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }
}
