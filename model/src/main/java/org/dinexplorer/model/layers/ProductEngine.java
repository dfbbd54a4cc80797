package org.dinexplorer.model.layers;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.dinexplorer.model.env.Nd4jStartup;

/**
 * The library that computes the networks' matrix products, chosen once per process. {@code auto} (the default) takes
 * ND4J when its active backend is CUDA, so the products run on the GPU, and OpenBLAS called directly otherwise, the
 * fastest route on a CPU. The environment variable {@value #VARIABLE} (or the system property {@value #PROPERTY})
 * forces {@code openblas} or {@code nd4j}.
 */
public enum ProductEngine {

    /** OpenBLAS called directly on the networks' own buffers. */
    OPENBLAS("OpenBLAS (direct)") {
        @Override
        Gemm newGemm() {
            return new OpenBlasGemm();
        }
    },
    /** ND4J's active backend, through ND4J arrays. */
    ND4J("ND4J's backend (cuBLAS under CUDA)") {
        @Override
        Gemm newGemm() {
            return new Nd4jGemm();
        }
    };

    /** Environment variable that chooses the engine: auto, openblas or nd4j. */
    public static final String VARIABLE = "DIN_EXPLORER_PRODUCTS";
    /** System property that chooses the engine; it wins over {@link #VARIABLE}. */
    public static final String PROPERTY = "dinexplorer.products";

    private static volatile ProductEngine active;

    private final String label;

    ProductEngine(String label) {
        this.label = label;
    }

    abstract Gemm newGemm();

    /** A short name for reports, e.g. "OpenBLAS (direct)". */
    public String label() {
        return label;
    }

    /**
     * The engine of this process, chosen on the first call.
     *
     * @throws IllegalArgumentException when the setting is not auto, openblas or nd4j
     */
    public static ProductEngine active() {
        ProductEngine engine = active;
        if (engine == null) {
            synchronized (ProductEngine.class) {
                if (active == null) {
                    active = choose(System.getProperty(PROPERTY, System.getenv(VARIABLE)),
                            () -> Nd4jStartup.cudaInBuild() && Nd4jStartup.start().active());
                }
                engine = active;
            }
        }
        return engine;
    }

    /**
     * The engine a setting asks for.
     *
     * @param setting    auto, openblas or nd4j, any case; null or blank mean auto
     * @param cudaActive asked only for auto: whether ND4J runs on CUDA
     * @throws IllegalArgumentException for any other setting
     */
    static ProductEngine choose(String setting, BooleanSupplier cudaActive) {
        String value = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "auto" -> cudaActive.getAsBoolean() ? ND4J : OPENBLAS;
            case "openblas" -> OPENBLAS;
            case "nd4j" -> ND4J;
            default -> throw new IllegalArgumentException(VARIABLE + " must be auto, openblas or nd4j, not '"
                    + setting.strip() + "'");
        };
    }
}
