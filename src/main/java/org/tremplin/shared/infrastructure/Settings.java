package org.tremplin.shared.infrastructure;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The runtime configuration keys of DESIGN.md. Read from the environment first, then from a JVM
 * system property of the same name, so that no framework has to be up yet (the data source is built
 * before CDI). An empty value counts as unset.
 */
public final class Settings {

    public static final String DATA_DIR = "TREMPLIN_DATA_DIR";
    public static final String DB_URL = "TREMPLIN_DB_URL";
    public static final String DB_USER = "TREMPLIN_DB_USER";
    public static final String DB_PASSWORD = "TREMPLIN_DB_PASSWORD";
    public static final String DEMO = "TREMPLIN_DEMO";
    public static final String ADMIN_USER = "TREMPLIN_ADMIN_USER";
    public static final String ADMIN_PASSWORD = "TREMPLIN_ADMIN_PASSWORD";

    private Settings() {
    }

    public static Optional<String> get(String key) {
        String value = System.getenv(key);
        if (value == null || value.isBlank()) {
            value = System.getProperty(key);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** A whole number of at least 1; the fallback when unset or not a number. */
    public static int positive(String key, int fallback) {
        return get(key).map(value -> {
            try {
                return Math.max(1, Integer.parseInt(value));
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }

    public static boolean demo() {
        return get(DEMO).map(Boolean::parseBoolean).orElse(false);
    }

    public static Path dataDir() {
        return Path.of(get(DATA_DIR).orElse("./data")).toAbsolutePath().normalize();
    }
}
