package org.dinexplorer.model.env;

import java.util.Map;
import java.util.Optional;

/**
 * What became of ND4J's CUDA backend in this process.
 *
 * @param inBuild whether the CUDA backend is on the class path (a build made with {@code -Pcuda})
 * @param active  whether ND4J runs on it
 * @param reason  why it is not used although present, as ND4J reported it; empty otherwise
 */
public record CudaStatus(boolean inBuild, boolean active, String reason) {

    /** One line for reports, e.g. "not in this build (CPU only)". */
    public String describe() {
        if (!inBuild) {
            return "not in this build (CPU only)";
        }
        return active ? "in use" : "in this build, not usable here: " + reason;
    }

    /**
     * Why ND4J took its CPU backend without trying CUDA, when the environment ranks it first: ND4J reads the variables
     * {@code BACKEND_PRIORITY_CPU} (default 0) and {@code BACKEND_PRIORITY_GPU} (default 100) and tries the higher one
     * first. Empty when they leave CUDA first (or a value is not a number, which ND4J itself rejects).
     */
    static Optional<String> priorityReason(Map<String, String> environment) {
        try {
            int cpu = Integer.parseInt(environment.getOrDefault("BACKEND_PRIORITY_CPU", "0").strip());
            int gpu = Integer.parseInt(environment.getOrDefault("BACKEND_PRIORITY_GPU", "100").strip());
            return cpu > gpu ? Optional.of("BACKEND_PRIORITY_CPU=" + cpu + " ranks ND4J's CPU backend above CUDA ("
                    + gpu + ")") : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The reason in the first line ND4J printed when the backend could not start: the exception's message without its
     * class name, and without the path of the JNI library that failed to load when the message names one.
     */
    static String reasonFrom(String printed) {
        String first = printed.strip().lines().findFirst().orElse("").strip();
        if (first.isEmpty()) {
            return "no reason given (see the log)";
        }
        int colon = first.indexOf(": ");
        String message = colon > 0 && first.substring(0, colon).matches("[\\w.$]+") ? first.substring(colon + 2)
                : first;
        int library = message.indexOf(".so: ");
        return library >= 0 ? message.substring(library + ".so: ".length()) : message;
    }
}
