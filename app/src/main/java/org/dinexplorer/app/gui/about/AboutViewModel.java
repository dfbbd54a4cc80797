package org.dinexplorer.app.gui.about;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dinexplorer.app.service.SystemInfo;
import org.jspecify.annotations.Nullable;

/**
 * Environment facts for Help ▸ About. Probing the numeric backend takes seconds, so it happens once, in the
 * background, right after start-up; until then {@link #status()} says so.
 */
public final class AboutViewModel {

    private final ReadOnlyObjectWrapper<@Nullable SystemInfo> info = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Checking the numeric backend…");

    /** Starts probing with {@code probe} on {@code executor}; results arrive on the FX thread. */
    public void load(Supplier<SystemInfo> probe, Executor executor) {
        executor.execute(() -> {
            try {
                SystemInfo result = probe.get();
                Platform.runLater(() -> {
                    info.set(result);
                    status.set(result.productCorrect() ? "Backend check passed"
                            : "Backend check FAILED: the test matrix product is wrong");
                });
            } catch (RuntimeException | LinkageError e) { // a broken native backend must not kill the app
                Platform.runLater(() -> status.set("Numeric backend unavailable: " + e));
            }
        });
    }

    /** One line naming the backend, e.g. "Backend: CPU, OPENBLAS, 2 threads, products: OpenBLAS (direct)". */
    public javafx.beans.binding.StringBinding backendLine() {
        return javafx.beans.binding.Bindings.createStringBinding(() -> info.get() == null ? status.get()
                : "Backend: " + info.get().backend() + ", " + info.get().blasVendor() + ", "
                        + info.get().threadCount() + " threads, products: " + info.get().products(), info, status);
    }

    /** The collected facts, null until the probe finishes. */
    public ReadOnlyObjectProperty<@Nullable SystemInfo> info() {
        return info.getReadOnlyProperty();
    }

    /** One line on the state of the probe. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
