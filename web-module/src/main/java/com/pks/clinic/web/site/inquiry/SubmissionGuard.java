package com.pks.clinic.web.site.inquiry;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.pks.clinic.inquiry.api.InquiryKind;

/**
 * Keeps spam out without a third party: a honeypot field that people never see, a minimum time to fill the form,
 * and a limit of stored inquiries per client per hour, with a limit of its own for referrals (the clinicians of one
 * hospital share one address). A place in the limit is reserved before an inquiry is stored and given back when it
 * is not (a mistake to correct, a failure), so that only stored inquiries count. Quiet clients are forgotten by a
 * timer; the memory is bounded, and while it is full all new clients share one larger limit.
 */
@ApplicationScoped
public class SubmissionGuard {

    static final Duration WINDOW = Duration.ofHours(1);
    static final int MAX_CLIENTS = 50_000;
    /** How many times a client's limit all new clients share while the memory is full. */
    static final int OVERFLOW_FACTOR = 20;

    private static final Logger LOG = Logger.getLogger(SubmissionGuard.class.getName());

    private final Map<String, List<Instant>> recentByClient = new ConcurrentHashMap<>();
    private final AtomicBoolean fullReported = new AtomicBoolean();
    private final int minFillSeconds;
    private final Map<InquiryKind, Integer> maxPerHour;
    private final Clock clock;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> forgetting;

    @Inject
    SubmissionGuard(@ConfigProperty(name = "clinic.inquiry.min-fill-seconds", defaultValue = "3") int minFillSeconds,
                    @ConfigProperty(name = "clinic.inquiry.max-per-hour", defaultValue = "5") int maxPerHour,
                    @ConfigProperty(name = "clinic.inquiry.max-referrals-per-hour", defaultValue = "20")
                    int maxReferralsPerHour) {
        this(minFillSeconds, Map.of(InquiryKind.CONSULTATION, maxPerHour, InquiryKind.REFERRAL, maxReferralsPerHour),
                Clock.systemUTC());
    }

    SubmissionGuard(int minFillSeconds, Map<InquiryKind, Integer> maxPerHour, Clock clock) {
        this.minFillSeconds = minFillSeconds;
        this.maxPerHour = Map.copyOf(maxPerHour);
        this.clock = clock;
    }

    /** For the container's proxy only. */
    protected SubmissionGuard() {
        this(0, Map.of(), Clock.systemUTC());
    }

    @PostConstruct
    void startForgetting() {
        forgetting = scheduler.scheduleAtFixedRate(this::forgetQuietClients, 5, 5, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stopForgetting() {
        forgetting.cancel(false);
    }

    /** Why this submission looks automated, in plain words, or empty when it looks like a person's. */
    public Optional<Refusal> screen(String honeypot, Instant formShownAt) {
        if (honeypot != null && !honeypot.isBlank()) {
            return Optional.of(Refusal.AUTOMATED);
        }
        return Duration.between(formShownAt, clock.instant()).getSeconds() < minFillSeconds
                ? Optional.of(Refusal.TOO_FAST) : Optional.empty();
    }

    /**
     * A place in this client's hourly limit for one inquiry of this kind, or empty when the limit is reached. Give it
     * back with {@link #release} when the inquiry is not stored.
     */
    public Optional<Place> reserve(String client, InquiryKind kind) {
        String key = kind + " " + client;
        int limit = maxPerHour.getOrDefault(kind, 0);
        if (!recentByClient.containsKey(key) && recentByClient.size() >= MAX_CLIENTS) {
            if (fullReported.compareAndSet(false, true)) {
                LOG.warning("The hourly limit remembers " + MAX_CLIENTS + " clients already: new ones share one "
                        + "larger limit until quiet ones are forgotten. Many addresses are sending forms.");
            }
            key = kind + " (all new clients while the memory is full)";
            limit *= OVERFLOW_FACTOR;
        }
        return reserve(key, limit);
    }

    private Optional<Place> reserve(String key, int limit) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(WINDOW);
        AtomicBoolean reserved = new AtomicBoolean();
        // one atomic step per client; each list is replaced, never changed, so the timer may read any of them
        recentByClient.compute(key, (ignored, times) -> {
            List<Instant> recent = new ArrayList<>(times == null ? List.of() : times);
            recent.removeIf(time -> time.isBefore(windowStart));
            if (recent.size() < limit) {
                recent.add(now);
                reserved.set(true);
            }
            return List.copyOf(recent);
        });
        return reserved.get() ? Optional.of(new Place(key, now)) : Optional.empty();
    }

    /** The inquiry was not stored: its place counts no more. */
    public void release(Place place) {
        recentByClient.computeIfPresent(place.key(), (ignored, times) -> {
            List<Instant> recent = new ArrayList<>(times);
            recent.remove(place.at());
            return recent.isEmpty() ? null : List.copyOf(recent); // a client with nothing stored is not remembered
        });
    }

    /** Clients who have not stored anything for an hour are forgotten, so the memory does not grow for ever. */
    void forgetQuietClients() {
        Instant windowStart = clock.instant().minus(WINDOW);
        recentByClient.values().removeIf(times -> times.isEmpty() || times.get(times.size() - 1).isBefore(windowStart));
        if (recentByClient.size() < MAX_CLIENTS) {
            fullReported.set(false);
        }
    }

    /** How many clients the hourly limit remembers now. */
    int clientsRemembered() {
        return recentByClient.size();
    }

    /** A reserved place in one client's hourly limit. */
    public record Place(String key, Instant at) {
    }

    /**
     * The reasons a submission is refused, each with what the person reads; the form adds the clinic's phone number
     * and the crisis line to every one of them.
     */
    public enum Refusal {
        AUTOMATED("Sorry, this form looked as if it was filled in automatically, so we could not accept it."),
        TOO_FAST("Sorry, that was quicker than a person can fill in the form. Please check your answers and send it "
                + "again."),
        TOO_MANY("Many messages have been sent from your network in the last hour, so we cannot accept another one "
                + "through the website right now. Please call us instead: we would like to hear from you.");

        private final String message;

        Refusal(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
