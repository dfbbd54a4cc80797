package org.dinexplorer.model.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
    void theReportSaysWhetherTheBuildHoldsTheCudaBackend() {
        boolean built = Boolean.getBoolean("din.test.cudaInBuild");
        assertThat(Nd4jStartup.cudaInBuild()).isEqualTo(built);
        assertThat(Nd4jStartup.start().inBuild()).isEqualTo(built);
    }

    @Test
    void aCpuBackendRankedFirstByTheEnvironmentIsTheReason() {
        assertThat(CudaStatus.priorityReason(Map.of("BACKEND_PRIORITY_CPU", "200")))
                .contains("BACKEND_PRIORITY_CPU=200 ranks ND4J's CPU backend above CUDA (100)");
        assertThat(CudaStatus.priorityReason(Map.of("BACKEND_PRIORITY_CPU", "5", "BACKEND_PRIORITY_GPU", "1")))
                .contains("BACKEND_PRIORITY_CPU=5 ranks ND4J's CPU backend above CUDA (1)");
        assertThat(CudaStatus.priorityReason(Map.of("BACKEND_PRIORITY_CPU", "100"))).isEmpty();
        assertThat(CudaStatus.priorityReason(Map.of())).isEmpty();
    }
}
