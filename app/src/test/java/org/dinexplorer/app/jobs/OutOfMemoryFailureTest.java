package org.dinexplorer.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutOfMemoryFailureTest {

    @Test
    void messageNamesTheStepTheHeapAndHowToGiveMore() {
        assertThat(OutOfMemoryFailure.message("din-explorer train", 256L << 20))
                .startsWith("Out of memory in 'din-explorer train': the Java heap is limited to 256 MiB.")
                .contains("DIN_EXPLORER_JAVA_OPTS=-Xmx8g").contains("-XX:MaxRAMPercentage=60");
    }

    @Test
    void largeHeapsReadInGibibytes() {
        assertThat(OutOfMemoryFailure.formatBytes(9L << 30)).isEqualTo("9,216 MiB");
        assertThat(OutOfMemoryFailure.formatBytes(12L << 30)).isEqualTo("12.0 GiB");
    }

    @Test
    void heapReportedIsThisProcessesLimit() {
        String expected = OutOfMemoryFailure.formatBytes(Runtime.getRuntime().maxMemory());
        assertThat(new OutOfMemoryFailure("x", new OutOfMemoryError()).getMessage()).contains(expected);
    }
}
