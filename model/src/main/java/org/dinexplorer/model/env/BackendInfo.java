package org.dinexplorer.model.env;

import java.util.Locale;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What the numeric backend is on this machine: the ND4J backend class, the BLAS library, the thread count, and the
 * result of a tiny matrix product that proves the native code loads and computes correctly.
 *
 * @param backend        ND4J backend name, e.g. {@code CPU} or {@code CUDA}
 * @param blasVendor     BLAS library in use, e.g. {@code OPENBLAS}
 * @param threadCount    threads the backend uses for one operation
 * @param ndVersion      ND4J version string
 * @param product        {@code [[1,2],[3,4]] x [[5,6],[7,8]]} as computed by the backend, row-major
 * @param productCorrect true if {@code product} equals {@code [19, 22, 43, 50]}
 * @param cuda           what became of the CUDA backend
 */
public record BackendInfo(String backend, String blasVendor, int threadCount, String ndVersion, double[] product,
                          boolean productCorrect, CudaStatus cuda) {

    private static final double[] EXPECTED = {19, 22, 43, 50};

    /** Loads the backend (first call takes seconds: native libraries are unpacked) and runs the check product. */
    public static BackendInfo probe() {
        CudaStatus cuda = Nd4jStartup.start();
        INDArray a = Nd4j.create(new double[][] {{1, 2}, {3, 4}});
        INDArray b = Nd4j.create(new double[][] {{5, 6}, {7, 8}});
        double[] product = a.mmul(b).castTo(DataType.DOUBLE).data().asDouble();
        boolean correct = java.util.Arrays.equals(product, EXPECTED);
        var environment = Nd4j.getExecutioner().getEnvironmentInformation();
        String backendName = String.valueOf(environment.getOrDefault("backend", Nd4j.getBackend().getClass()
                .getSimpleName())).toUpperCase(Locale.ROOT);
        String blas = String.valueOf(environment.getOrDefault("blas.vendor",
                Nd4j.factory().blas().getBlasVendor()));
        int threads = Nd4j.getEnvironment().maxMasterThreads();
        return new BackendInfo(backendName, blas, threads, nd4jVersion(), product, correct, cuda);
    }

    private static String nd4jVersion() {
        var properties = new java.util.Properties();
        try (var in = Nd4j.class.getResourceAsStream("/META-INF/maven/org.nd4j/nd4j-api/pom.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (java.io.IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
