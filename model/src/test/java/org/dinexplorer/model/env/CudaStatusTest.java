package org.dinexplorer.model.env;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CudaStatusTest {

    @Test
    void theReasonDropsTheExceptionClassAndTheFailedLibrarysPath() {
        String printed = """
                java.lang.UnsatisfiedLinkError: /root/.javacpp/cache/cuda.jar/org/bytedeco/cuda/linux-x86_64/\
                libjnicudart.so: libcuda.so.1: cannot open shared object file: No such file or directory
                \tat java.base/jdk.internal.loader.NativeLibraries.load(Native Method)
                """;
        assertThat(CudaStatus.reasonFrom(printed))
                .isEqualTo("libcuda.so.1: cannot open shared object file: No such file or directory");
    }

    @Test
    void aPlainMessageIsKeptAndSilenceIsSaid() {
        assertThat(CudaStatus.reasonFrom("java.lang.RuntimeException: No CUDA devices were found in system\n"))
                .isEqualTo("No CUDA devices were found in system");
        assertThat(CudaStatus.reasonFrom("  \n")).isEqualTo("no reason given (see the log)");
    }

    @Test
    void eachStateReadsAsOneLine() {
        assertThat(new CudaStatus(false, false, "").describe()).isEqualTo("not in this build (CPU only)");
        assertThat(new CudaStatus(true, true, "").describe()).isEqualTo("in use");
        assertThat(new CudaStatus(true, false, "no GPU").describe()).isEqualTo("in this build, not usable here: no GPU");
    }

    @Test
    void theCpuBuildReportsNoCudaBackend() {
        assertThat(Nd4jStartup.cudaInBuild()).isFalse();
        assertThat(Nd4jStartup.start().inBuild()).isFalse();
    }
}
