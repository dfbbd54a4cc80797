package org.dinexplorer.model.layers;

import org.bytedeco.javacpp.PointerScope;
import org.dinexplorer.model.env.Nd4jStartup;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.concurrency.AffinityManager;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Products through ND4J's active backend: cuBLAS on the CUDA backend, libnd4j's matrix product on the CPU. Operands
 * are copied into ND4J arrays (host memory, which the CUDA backend copies to the device) and the result back for every
 * product, so the networks' other work stays in Java. The arrays live in one ND4J workspace per thread, which grows
 * to the largest product met and is reused after that: no native allocation per product once it has grown.
 */
final class Nd4jGemm extends Gemm {

    private static final String WORKSPACE_ID = "din-explorer-products";
    private static final WorkspaceConfiguration WORKSPACE = WorkspaceConfiguration.builder()
            .initialSize(0)
            .policyAllocation(AllocationPolicy.OVERALLOCATE)
            .overallocationLimit(0.1)
            .policyLearning(LearningPolicy.OVER_TIME)
            .cyclesBeforeInitialization(1)
            .policySpill(SpillPolicy.REALLOCATE)
            .build();

    /** Starts ND4J first, so that a CUDA build without a usable GPU falls back quietly. */
    Nd4jGemm() {
        Nd4jStartup.start();
    }

    @Override
    protected void wide(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] left,
                        float[] right, float beta, float[] result) {
        int resultSize = m * n;
        try (PointerScope pointers = new PointerScope();
             MemoryWorkspace arrays = Nd4j.getWorkspaceManager().getAndActivateWorkspace(WORKSPACE, WORKSPACE_ID)) {
            INDArray a = matrix(left, transA ? k : m, transA ? m : k);
            INDArray b = matrix(right, transB ? n : k, transB ? k : n);
            INDArray c = beta == 0f ? Nd4j.create(DataType.FLOAT, m, n) : matrix(result, m, n);
            Nd4j.gemm(a, b, c, transA, transB, alpha, beta);
            Nd4j.getAffinityManager().ensureLocation(c, AffinityManager.Location.HOST);
            c.data().asNioFloat().get(0, result, 0, resultSize);
        }
    }

    /** A workspace array holding the first rows x columns values, written straight into its host memory. */
    private static INDArray matrix(float[] values, int rows, int columns) {
        INDArray array = Nd4j.createUninitialized(DataType.FLOAT, rows, columns);
        array.data().asNioFloat().put(0, values, 0, rows * columns);
        Nd4j.getAffinityManager().tagLocation(array, AffinityManager.Location.HOST);
        return array;
    }
}
