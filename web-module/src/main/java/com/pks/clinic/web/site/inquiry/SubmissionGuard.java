package com.pks.clinic.web.site.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps spam out without a third party: a honeypot field that people never see, a minimum time to fill the form,
 * and a limit of submissions per client per hour. Clients are told politely why a submission was refused.
 */
@ApplicationScoped
public class SubmissionGuard {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final Map<String, Deque<Instant>> recentByClient = new ConcurrentHashMap<>();
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
        if (Duration.between(formShownAt, clock.instant()).getSeconds() < minFillSeconds) {
            return Optional.of(Refusal.TOO_FAST);
        }
        Instant now = clock.instant();
        Deque<Instant> recent = recentByClient.computeIfAbsent(client, key -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
                recent.pollFirst();
            }
            if (recent.size() >= maxPerHour) {
                return Optional.of(Refusal.TOO_MANY);
            }
            recent.addLast(now);
        }
        return Optional.empty();
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
