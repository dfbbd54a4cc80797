package org.dinexplorer.app.service.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.dinexplorer.app.service.interop.NpyWriter.DType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesAVersionOneHeaderPaddedTo64BytesAndTheValuesInRowMajorOrder() throws Exception {
        Path file = dir.resolve("a.npy");
        try (NpyWriter w = new NpyWriter(file, DType.INT32, 2, 3)) {
            w.writeInts(new int[] {9, 1, 2, 3, 4, 5, 6}, 1, 6);
        }

        NpyFile npy = NpyFile.read(file);
        assertThat(npy.header()).isEqualTo("{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }");
        assertThat(npy.ints()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat((java.nio.file.Files.size(file) - 6 * 4) % 64).isZero();
    }

    @Test
    void aOneDimensionalShapeIsAPythonOneTuple() {
        String header = new String(NpyWriter.header(DType.INT64, 7), java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(header).contains("'descr': '<i8'").contains("'shape': (7,)").endsWith("\n");
        assertThat(header.length() % 64).isZero();
    }

    @Test
    void refusesToCloseWithFewerValuesThanTheShapePromises() throws Exception {
        NpyWriter w = new NpyWriter(dir.resolve("short.npy"), DType.FLOAT32, 3);
        w.writeFloat(1f);
        assertThatThrownBy(w::close).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrote 1 values, the header promises 3");
    }

    @Test
    void refusesAValueOfAnotherWidthThanItsDtype() throws Exception {
        try (NpyWriter w = new NpyWriter(dir.resolve("f.npy"), DType.FLOAT32, 0)) {
            assertThatThrownBy(() -> w.writeLong(1L)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("FLOAT32");
        }
    }
}
