package org.dinexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void noArgumentsOpensTheGui() {
        assertThat(Launcher.wantsGui(new String[0])).isTrue();
    }

    @Test
    void dataDirAndSmokeTestAloneStillOpenTheGui() {
        assertThat(Launcher.wantsGui(new String[] {"--data-dir", "/x", "--smoke-test"})).isTrue();
        assertThat(Launcher.wantsGui(new String[] {"--data-dir=/x"})).isTrue();
    }

    @Test
    void aSubcommandOrHelpRunsTheCli() {
        assertThat(Launcher.wantsGui(new String[] {"info"})).isFalse();
        assertThat(Launcher.wantsGui(new String[] {"--data-dir", "/x", "info"})).isFalse();
        assertThat(Launcher.wantsGui(new String[] {"--help"})).isFalse();
    }

    @Test
    void dataDirOptionIsFoundInBothSpellings() {
        assertThat(Launcher.dataDirOption(new String[] {"info", "--data-dir", "/a"})).isEqualTo(Path.of("/a"));
        assertThat(Launcher.dataDirOption(new String[] {"--data-dir=/b", "info"})).isEqualTo(Path.of("/b"));
        assertThat(Launcher.dataDirOption(new String[] {"info"})).isNull();
    }
}
