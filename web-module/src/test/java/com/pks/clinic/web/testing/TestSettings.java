package com.pks.clinic.web.testing;

import java.nio.file.Path;

/** The paths the build hands to the integration tests as system properties (see web-module's pom). */
public final class TestSettings {

    private TestSettings() {
    }

    static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run the tests with Maven");
        }
        return value;
    }

    /** A fresh directory for one test's data, under the build's test-data directory. */
    public static Path dataDirectory(String name) {
        return Path.of(required("it.data.dir"), name);
    }
}
