package com.pks.clinic.web.site.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps spam out without a third party: a honeypot field that people never see, a minimum time to fill the form,
 * and a limit of submissions per client per hour. Clients are told politely why a submission was refused.
 */
@ApplicationScoped
public class SubmissionGuard {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final Map<String, List<Instant>> recentByClient = new ConcurrentHashMap<>();
    private final int minFillSeconds;
    private final int maxPerHour;
    private final Clock clock;

    @Inject
    SubmissionGuard(@ConfigProperty(name = "clinic.inquiry.min-fill-seconds", defaultValue = "3") int minFillSeconds,
                    @ConfigProperty(name = "clinic.inquiry.max-per-hour", defaultValue = "5") int maxPerHour) {
        this(minFillSeconds, maxPerHour, Clock.systemUTC());
    }

    SubmissionGuard(int minFillSeconds, int maxPerHour, Clock clock) {
        this.minFillSeconds = minFillSeconds;
        this.maxPerHour = maxPerHour;
        this.clock = clock;
    }

    /** For the container's proxy only. */
    protected SubmissionGuard() {
        this(0, 0, Clock.systemUTC());
    }

    /** Why this submission is refused, in plain words, or empty when it may go ahead (and then counts). */
    public Optional<Refusal> check(String honeypot, Instant formShownAt, String client) {
        if (honeypot != null && !honeypot.isBlank()) {
            return Optional.of(Refusal.AUTOMATED);
        }
        Instant now = clock.instant();
        if (Duration.between(formShownAt, now).getSeconds() < minFillSeconds) {
            return Optional.of(Refusal.TOO_FAST);
        }
        Instant windowStart = now.minus(WINDOW);
        AtomicBoolean counted = new AtomicBoolean();
        // one atomic step per client; each list is replaced, never changed, so the sweep below may read any of them
        recentByClient.compute(client, (key, times) -> {
            List<Instant> recent = new ArrayList<>(times == null ? List.of() : times);
            recent.removeIf(time -> time.isBefore(windowStart));
            if (recent.size() < maxPerHour) {
                recent.add(now);
                counted.set(true);
            }
            return List.copyOf(recent);
        });
        // clients who have not sent anything for an hour are forgotten, so the map does not grow for ever
        recentByClient.values()
                .removeIf(times -> times.isEmpty() || times.get(times.size() - 1).isBefore(windowStart));
        return counted.get() ? Optional.empty() : Optional.of(Refusal.TOO_MANY);
    }

    /** How many clients the hourly limit remembers now. */
    int clientsRemembered() {
        return recentByClient.size();
    }

    /** The reasons a submission is refused, each with what the person reads. */
    public enum Refusal {
        AUTOMATED("Sorry, this form looked as if it was filled in automatically, so we could not accept it."),
        TOO_FAST("Sorry, that was quicker than a person can fill in the form. Please check your answers and send it again."),
        TOO_MANY("You have sent several messages in the last hour, so we cannot accept another one right now.");

        private final String message;

        Refusal(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
