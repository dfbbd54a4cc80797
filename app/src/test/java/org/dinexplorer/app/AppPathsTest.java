package org.dinexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    private static final Path HOME = Path.of("/home/ana");

    @Test
    void explicitDirectoryWinsOverEnvironment() {
        AppPaths paths = AppPaths.resolve(Path.of("/data/din"), Map.of(AppPaths.ENV_VARIABLE, "/env/din"), "Linux",
                HOME);
        assertThat(paths.dataDirectory()).isEqualTo(Path.of("/data/din"));
    }

    @Test
    void environmentVariableWinsOverPlatformConvention() {
        AppPaths paths = AppPaths.resolve(null, Map.of(AppPaths.ENV_VARIABLE, "/env/din", "XDG_DATA_HOME", "/xdg"),
                "Linux", HOME);
        assertThat(paths.dataDirectory()).isEqualTo(Path.of("/env/din"));
    }

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(AppPaths.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME).dataDirectory())
                .isEqualTo(Path.of("/xdg/din-explorer"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(AppPaths.resolve(null, Map.of(), "Linux", HOME).dataDirectory())
                .isEqualTo(Path.of("/home/ana/.local/share/din-explorer"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(AppPaths.resolve(null, Map.of(), "Mac OS X", HOME).dataDirectory())
                .isEqualTo(HOME.resolve("Library/Application Support/DIN Explorer"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(AppPaths.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", HOME).dataDirectory())
                .isEqualTo(Path.of("/appdata/DIN Explorer"));
    }

    @Test
    void logsAndDatabaseLiveInsideTheDataDirectory() {
        AppPaths paths = new AppPaths(Path.of("/d"));
        assertThat(paths.logDirectory()).isEqualTo(Path.of("/d/logs"));
        assertThat(paths.defaultDatabase().getParent()).isEqualTo(Path.of("/d"));
    }
}
