package org.dinexplorer.model.layers;

import org.nd4j.linalg.cpu.nativecpu.blas.CpuBlas;

/** The thread count of the CPU's BLAS library, OpenBLAS, which keeps one global setting for the whole process. */
public final class BlasThreads {

    private BlasThreads() {
    }

    /**
     * Sets the number of BLAS threads.
     *
     * @param threads 1..256, or 0 to keep the library default (OMP_NUM_THREADS or the core count)
     */
    public static void set(int threads) {
        if (threads > 0) {
            new CpuBlas().setMaxThreads(threads);
        }
    }

    /** The number of BLAS threads currently in use. */
    public static int current() {
        return new CpuBlas().getMaxThreads();
    }
}
