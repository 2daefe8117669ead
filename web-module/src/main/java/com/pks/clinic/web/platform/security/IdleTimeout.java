package com.pks.clinic.web.platform.security;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * How long a console session may stay without a request: {@code clinic.admin.idle-seconds} if set (for tests that
 * cannot wait minutes), else {@code clinic.admin.idle-minutes}, else 15 minutes, since inquiries are health
 * information. The sign-in gives the session this time and the idle warning counts down from it, so both agree.
 */
public final class IdleTimeout {

    static final int DEFAULT_MINUTES = 15;
    private static final Logger LOG = Logger.getLogger(IdleTimeout.class.getName());

    private IdleTimeout() {
    }

    public static int seconds(Config config) {
        return positive(config, "clinic.admin.idle-seconds")
                .or(() -> positive(config, "clinic.admin.idle-minutes").map(minutes -> minutes * 60))
                .orElse(DEFAULT_MINUTES * 60);
    }

    private static Optional<Integer> positive(Config config, String name) {
        try {
            return config.getOptionalValue(name, Integer.class).filter(value -> value > 0);
        } catch (IllegalArgumentException notANumber) {
            LOG.log(Level.WARNING, "{0} is not a whole number; ignoring it", name);
            return Optional.empty();
        }
    }
}
