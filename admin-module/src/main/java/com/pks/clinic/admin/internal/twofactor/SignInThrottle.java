package com.pks.clinic.admin.internal.twofactor;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes guessing get nowhere, before any password is hashed. Per client (its network address, or an IPv6 /64):
 * after a few failures each attempt waits longer, and after {@code clinic.admin.sign-in-client-limit} failures (10)
 * in a quarter of an hour the client is refused for the rest of it. Per account: failures only slow down, up to a ceiling, so that nobody
 * can lock the on-call nurse out by typing her address wrongly on purpose. Unknown accounts are counted like known
 * ones (the same work, the same answer). Two-factor codes count the same way. Kept in memory, bounded, forgotten
 * after the window.
 *
 * <p>A wait holds the request thread it runs on, and the server has only a few (see the README's "Fast"): at most
 * {@code clinic.admin.sign-in-waits} attempts (2) wait at once, and any further one that would have to wait is
 * turned away at once, unchecked and uncounted, so that guessing from many addresses cannot hold the threads that
 * serve the patients' pages. A sign-in with no failures before it never waits.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int DEFAULT_CLIENT_LIMIT = 10;
    /** Wrong codes for one account (which takes its password each time) before its codes are refused a while. */
    static final int CODE_LIMIT = 20;
    static final int DEFAULT_WAITS = 2;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int FREE_FAILURES = 3;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(4);
    private static final int MOST_REMEMBERED = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration firstWait;
    private final int clientLimit;
    private final Semaphore waits;
    private final Pause pause;

    /**
     * The first wait comes from {@code clinic.admin.sign-in-wait-millis} (half a second), the client's limit
     * from {@code clinic.admin.sign-in-client-limit} and the waits at once from {@code clinic.admin.sign-in-waits}:
     * tests, which all come from one address, raise the limit and shorten the wait.
     */
    public SignInThrottle() {
        this(Clock.systemUTC(), Duration.ofMillis(ConfigProvider.getConfig()
                        .getOptionalValue("clinic.admin.sign-in-wait-millis", Long.class).orElse(500L)),
                ConfigProvider.getConfig().getOptionalValue("clinic.admin.sign-in-client-limit", Integer.class)
                        .orElse(DEFAULT_CLIENT_LIMIT),
                ConfigProvider.getConfig().getOptionalValue("clinic.admin.sign-in-waits", Integer.class)
                        .orElse(DEFAULT_WAITS),
                wait -> Thread.sleep(wait.toMillis()));
    }

    SignInThrottle(Clock clock, Duration firstWait, int clientLimit, int mostWaiting, Pause pause) {
        this.clock = clock;
        this.firstWait = firstWait;
        this.clientLimit = clientLimit;
        this.waits = new Semaphore(mostWaiting);
        this.pause = pause;
    }

    /** How a wait passes: asleep, in the server; on a signal, in a test. */
    @FunctionalInterface
    interface Pause {
        void pass(Duration wait) throws InterruptedException;
    }

    /** Whether this client is refused for now (too many failures): nothing is checked for it. */
    public boolean refuses(String client) {
        return recent(clientKey(client)) >= clientLimit;
    }

    /**
     * Whether codes for this account are refused for now: only someone who knows its password gets this far, so
     * refusing cannot lock a colleague out on a whim.
     */
    public boolean refusesCodes(String account) {
        return recent(accountKey(account)) >= CODE_LIMIT;
    }

    /** How long this attempt waits before its check: longer after each failure, never more than a few seconds. */
    public Duration delay(String client, String account) {
        int most = Math.max(recent(clientKey(client)), recent(accountKey(account)));
        if (most < FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration wait = firstWait.multipliedBy(1L << Math.min(most - FREE_FAILURES, 4));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * Waits as {@link #delay} says, and says whether the attempt may be checked now: not when it would have to wait
     * while as many attempts as allowed are waiting already (then it returns at once).
     */
    public boolean awaitTurn(String client, String account) {
        Duration wait = delay(client, account);
        if (wait.isZero()) {
            return true;
        }
        if (!waits.tryAcquire()) {
            return false;
        }
        try {
            pause.pass(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waits.release();
        }
    }

    public void failed(String client, String account) {
        Instant now = clock.instant();
        if (failures.size() > MOST_REMEMBERED) {
            failures.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW)));
        }
        if (failures.size() > MOST_REMEMBERED) {
            // a spray of made-up names: forget the accounts' counts, keep the clients', which refuse
            failures.keySet().removeIf(key -> key.startsWith("account "));
        }
        for (String key : new String[] {clientKey(client), accountKey(account)}) {
            failures.compute(key, (k, times) -> {
                Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
                kept.addLast(now);
                return kept;
            });
        }
    }

    /**
     * A completed sign-in (every factor) clears its account's failures, not its client's: a guesser may know one
     * password.
     */
    public void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private int recent(String key) {
        Instant since = clock.instant().minus(WINDOW);
        Deque<Instant> times = failures.computeIfPresent(key, (k, kept) -> {
            while (!kept.isEmpty() && kept.peekFirst().isBefore(since)) {
                kept.removeFirst();
            }
            return kept.isEmpty() ? null : kept;
        });
        return times == null ? 0 : times.size();
    }

    private static String clientKey(String client) {
        return "client " + client;
    }

    private static String accountKey(String account) {
        return "account " + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }
}
