package com.pks.clinic.inquiry.internal.notify;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often the outbox and the urgent reminders look for what is due: every ten seconds, or every
 * {@code clinic.inquiry.scan-seconds} (tests), which cannot wait ten seconds a round.
 */
@ApplicationScoped
class ScanInterval {

    @Inject
    @ConfigProperty(name = "clinic.inquiry.scan-seconds", defaultValue = "10")
    int seconds;

    /** Starts the calling bean's timer (its {@code @Timeout} method) at this interval; not kept across restarts. */
    void scheduleOn(TimerService timers) {
        long every = Math.max(1, seconds) * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig(null, false));
    }
}
