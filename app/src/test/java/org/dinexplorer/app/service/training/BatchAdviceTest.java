package org.dinexplorer.app.service.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchAdviceTest {

    @Test
    void adviseOnlyWhenABatchAboveThe32LeavesFewerThan500StepsPerEpoch() {
        assertThat(BatchAdvice.forBatch(226_122, 1024)).hasValueSatisfying(advice -> assertThat(advice)
                .isEqualTo("Only 221 steps per epoch at batch 1,024: on a training set this small a batch of 32 "
                        + "learns far more per epoch."));
        assertThat(BatchAdvice.forBatch(510_976, 1024)).as("499 steps").isPresent();
        assertThat(BatchAdvice.forBatch(510_977, 1024)).as("500 steps").isEmpty();
        assertThat(BatchAdvice.forBatch(226_122, 32)).isEmpty();
        assertThat(BatchAdvice.forBatch(0, 1024)).as("no training set").isEmpty();
        assertThat(BatchAdvice.forBatch(26_000_000, 1024)).as("the full Taobao log").isEmpty();
    }
}
