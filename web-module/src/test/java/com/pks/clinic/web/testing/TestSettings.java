package com.pks.clinic.web.testing;

import java.nio.file.Path;

/** The paths the build hands to the integration tests as system properties (see web-module's pom). */
public final class TestSettings {

    /**
     * How often every test server's outbox and urgent reminders look for what is due
     * ({@code clinic.inquiry.scan-seconds}; ten in production).
     */
    public static final int SCAN_SECONDS = 2;

    /** How long every test server expects a person to take over a form ({@code clinic.inquiry.min-fill-seconds}). */
    public static final int MIN_FILL_SECONDS = 2;

    private TestSettings() {
    }

    /** One more round of the outbox and the reminders, and a second for the mail to arrive. */
    public static void awaitOneMoreScan() throws InterruptedException {
        Thread.sleep((SCAN_SECONDS + 1) * 1000L);
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
