package org.dinexplorer.model.env;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts ND4J once per process. In a build with the CUDA backend, ND4J tries CUDA first and falls back to the CPU when
 * there is no GPU, driver or CUDA runtime; it then prints a stack trace straight to standard error. This class keeps
 * that text out of the console: it goes to the log, and its first line becomes the {@link CudaStatus} reason.
 */
public final class Nd4jStartup {

    private static final Logger LOG = LoggerFactory.getLogger(Nd4jStartup.class);
    private static final String CUDA_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";

    private static CudaStatus status;

    private Nd4jStartup() {
    }

    /** Whether the CUDA backend is on the class path; loads nothing. */
    public static boolean cudaInBuild() {
        try {
            Class.forName(CUDA_BACKEND, false, Nd4jStartup.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Loads ND4J's backend if that has not happened yet (seconds: native libraries are unpacked). */
    public static synchronized CudaStatus start() {
        if (status == null) {
            status = cudaInBuild() ? startWithCuda() : startCpuOnly();
        }
        return status;
    }

    private static CudaStatus startCpuOnly() {
        Nd4j.getBackend();
        return new CudaStatus(false, false, "");
    }

    private static CudaStatus startWithCuda() {
        PrintStream console = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        boolean active;
        try {
            active = Nd4j.getBackend().getClass().getName().equals(CUDA_BACKEND);
        } finally {
            System.setErr(console);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        if (!text.isBlank()) {
            LOG.info("ND4J start-up output:\n{}", text.strip());
        }
        if (active) {
            return new CudaStatus(true, true, "");
        }
        return new CudaStatus(true, false,
                CudaStatus.priorityReason(System.getenv()).orElseGet(() -> CudaStatus.reasonFrom(text)));
    }
}
