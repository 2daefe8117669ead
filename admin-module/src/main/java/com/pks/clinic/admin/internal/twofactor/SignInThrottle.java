package com.pks.clinic.admin.internal.twofactor;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes guessing get nowhere, before any password is hashed. Per client (its network address, or an IPv6 /64):
 * after a few failures each next attempt must wait its turn, longer after each failure, and after
 * {@code clinic.admin.sign-in-client-limit} failures (10) in a quarter of an hour the client is refused for the rest
 * of it. Per account: failures only make the next attempt wait, up to a ceiling, and never for an address the account
 * has signed in from (since the server started), so that nobody can lock the on-call nurse out by typing her address
 * wrongly on purpose. Unknown accounts are counted like known ones (the same work, the same answer). Wrong
 * two-factor codes count for the client too, and for the account apart from its passwords: only codes refuse an
 * account's codes, so that guessing its password cannot keep its owner from her second step. Kept in memory,
 * bounded, forgotten after the window.
 *
 * <p>An attempt that comes before its turn is answered at once, unchecked and uncounted ({@link #takeTurn}): no
 * request thread waits (the server has only a few: README, "Fast"). A turn is taken by the first attempt that asks
 * for it, so attempts sent side by side get no more checks than attempts sent one after another.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int DEFAULT_CLIENT_LIMIT = 10;
    /** Wrong codes for one account (which takes its password each time) before its codes are refused a while. */
    static final int CODE_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int FREE_FAILURES = 3;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(4);
    private static final int MOST_REMEMBERED = 10_000;
    private static final int MOST_KNOWN_PER_ACCOUNT = 50;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    /** When an attempt last took its turn, for each client or account that has to wait for turns. */
    private final Map<String, Instant> turnTaken = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> knownClients = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration firstWait;
    private final int clientLimit;

    /**
     * The first wait comes from {@code clinic.admin.sign-in-wait-millis} (half a second) and the client's limit
     * from {@code clinic.admin.sign-in-client-limit}: tests, which all come from one address, raise the one and
     * shorten the other.
     */
    public SignInThrottle() {
        this(Clock.systemUTC(), Duration.ofMillis(ConfigProvider.getConfig()
                        .getOptionalValue("clinic.admin.sign-in-wait-millis", Long.class).orElse(500L)),
                ConfigProvider.getConfig().getOptionalValue("clinic.admin.sign-in-client-limit", Integer.class)
                        .orElse(DEFAULT_CLIENT_LIMIT));
    }

    SignInThrottle(Clock clock, Duration firstWait, int clientLimit) {
        this.clock = clock;
        this.firstWait = firstWait;
        this.clientLimit = clientLimit;
    }

    /** Whether this client is refused for now (too many failures): nothing is checked for it. */
    public boolean refuses(String client) {
        return recent(clientKey(client)).count() >= clientLimit;
    }

    /**
     * Whether codes for this account are refused for now: only someone who knows its password gets this far, so
     * refusing cannot lock a colleague out on a whim.
     */
    public boolean refusesCodes(String account) {
        return recent(codeKey(account)).count() >= CODE_LIMIT;
    }

    /**
     * How long before an attempt from this client for this account may be checked; zero when it may be checked now,
     * and then its turn is taken. Nothing to wait while both have had fewer than three recent failures; after that,
     * from the last failure or the last turn taken, the first wait, doubling with each further failure up to four
     * seconds. The account's failures do not count for a client it has signed in from.
     */
    public synchronized Duration takeTurn(String client, String account) {
        Instant now = clock.instant();
        List<String> keys = knownClients.getOrDefault(accountKey(account), Set.of()).contains(client)
                ? List.of(clientKey(client)) : List.of(clientKey(client), accountKey(account));
        Duration left = Duration.ZERO;
        for (String key : keys) {
            Duration keyLeft = left(key, now);
            left = keyLeft.compareTo(left) > 0 ? keyLeft : left;
        }
        if (left.isZero()) {
            keys.stream().filter(key -> recent(key).count() >= FREE_FAILURES).forEach(key -> turnTaken.put(key, now));
        }
        return left;
    }

    /** A wrong password (or an unknown account), for the client and the account. */
    public void failed(String client, String account) {
        remember(clientKey(client), accountKey(account));
    }

    /** A wrong two-factor code, for the client and the account's codes. */
    public void failedCode(String client, String account) {
        remember(clientKey(client), codeKey(account));
    }

    private void remember(String... keys) {
        Instant now = clock.instant();
        if (failures.size() > MOST_REMEMBERED) {
            failures.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW)));
        }
        if (failures.size() > MOST_REMEMBERED) {
            // a spray of made-up names: forget the accounts' counts, keep the clients', which refuse
            failures.keySet().removeIf(key -> key.startsWith("account "));
        }
        turnTaken.keySet().retainAll(failures.keySet());
        for (String key : keys) {
            failures.compute(key, (k, times) -> {
                Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
                kept.addLast(now);
                return kept;
            });
        }
    }

    /**
     * A completed sign-in (every factor) clears its account's failures, not its client's (a guesser may know one
     * password), and makes the client one the account's failures never slow down.
     */
    public void succeeded(String account, String client) {
        failures.remove(accountKey(account));
        failures.remove(codeKey(account));
        Set<String> known = knownClients.computeIfAbsent(accountKey(account), key -> ConcurrentHashMap.newKeySet());
        if (known.size() >= MOST_KNOWN_PER_ACCOUNT) {
            known.clear(); // a colleague who travels a lot: the newest addresses count
        }
        known.add(client);
    }

    /** The failures of one client or account within the window: how many, and the last. */
    private record Recent(int count, Instant last) {

        static final Recent NONE = new Recent(0, Instant.MIN);
    }

    private Duration left(String key, Instant now) {
        Recent recent = recent(key);
        if (recent.count() < FREE_FAILURES) {
            return Duration.ZERO;
        }
        Instant taken = turnTaken.getOrDefault(key, Instant.MIN);
        Instant since = taken.isAfter(recent.last()) ? taken : recent.last();
        Duration wait = firstWait.multipliedBy(1L << Math.min(recent.count() - FREE_FAILURES, 4));
        Duration left = Duration.between(now, since.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
        // never longer than the longest wait, even if the clock was set back
        return left.isNegative() ? Duration.ZERO : left.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : left;
    }

    private Recent recent(String key) {
        Instant since = clock.instant().minus(WINDOW);
        Recent[] found = {Recent.NONE};
        failures.computeIfPresent(key, (k, kept) -> {
            while (!kept.isEmpty() && kept.peekFirst().isBefore(since)) {
                kept.removeFirst();
            }
            if (kept.isEmpty()) {
                return null;
            }
            found[0] = new Recent(kept.size(), kept.peekLast());
            return kept;
        });
        return found[0];
    }

    private static String clientKey(String client) {
        return "client " + client;
    }

    private static String accountKey(String account) {
        return "account " + normalized(account);
    }

    private static String codeKey(String account) {
        return "codes " + normalized(account);
    }

    private static String normalized(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }
}
