package org.dinexplorer.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The application's version and build commit, read from {@code version.properties} that the build filters.
 *
 * @param version the Maven project version
 * @param commit  the git commit the build was made from, or {@code unknown}
 */
public record AppVersion(String version, String commit) {

    /** Reads the version baked into the application jar. */
    public static AppVersion current() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("version.properties is unreadable", e);
        }
        return of(properties);
    }

    /**
     * The version in {@code properties}; a value the build left unfiltered (a {@code ${...}} placeholder, as when the
     * sources were built outside a git checkout) counts as missing.
     */
    static AppVersion of(Properties properties) {
        return new AppVersion(value(properties, "version", "development"), value(properties, "commit", "unknown"));
    }

    private static String value(Properties properties, String key, String fallback) {
        String value = properties.getProperty(key, "").strip();
        return value.isEmpty() || value.startsWith("${") ? fallback : value;
    }

    @Override
    public String toString() {
        return version + " (" + commit + ")";
    }
}
