package org.dinexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class AppVersionTest {

    @Test
    void theBuiltJarKnowsItsVersionAndCommit() {
        AppVersion version = AppVersion.current();

        assertThat(version.version()).doesNotContain("${").isNotEqualTo("development");
        assertThat(version.commit()).doesNotContain("${");
    }

    @Test
    void anUnfilteredPlaceholderCountsAsUnknown() {
        Properties properties = new Properties();
        properties.setProperty("version", "0.1.0");
        properties.setProperty("commit", "${git.commit.id.abbrev}");

        assertThat(AppVersion.of(properties)).hasToString("0.1.0 (unknown)");
    }

    @Test
    void missingValuesFallBack() {
        assertThat(AppVersion.of(new Properties())).hasToString("development (unknown)");
    }
}
