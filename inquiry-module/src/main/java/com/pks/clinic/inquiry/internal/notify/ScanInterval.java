package com.pks.clinic.inquiry.internal.notify;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often the outbox and the urgent reminders look for what is due: every ten seconds, or every
 * {@code clinic.inquiry.scan-seconds} (1 to 59) for tests, which cannot wait ten seconds a round.
 */
@ApplicationScoped
class ScanInterval {

    @Inject
    @ConfigProperty(name = "clinic.inquiry.scan-seconds", defaultValue = "10")
    int seconds;

    /** Starts the calling bean's timer (its {@code @Timeout} method) at this interval; not kept across restarts. */
    void scheduleOn(TimerService timers) {
        int every = Math.max(1, Math.min(59, seconds));
        timers.createCalendarTimer(new ScheduleExpression().hour("*").minute("*").second("*/" + every),
                new TimerConfig(null, false));
    }
}
