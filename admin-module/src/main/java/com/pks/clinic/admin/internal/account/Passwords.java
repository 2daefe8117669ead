package com.pks.clinic.admin.internal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA512, 210,000 iterations and a 32-byte salt (OWASP's figures; the
 * defaults of Jakarta Security are far too weak). One hash takes about 0.2 s, so never more run at once than there
 * are cores: a burst of sign-ins queues instead of starving the site. An unknown account costs the same hash as a
 * known one, so that the time of an answer tells nothing. Passwords are never logged.
 */
@ApplicationScoped
public class Passwords {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32");

    private final Semaphore hashing = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    @Inject
    private Pbkdf2PasswordHash hash;

    /** The hash an unknown account's password is checked against: the work is the same, the answer always no. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        decoy = hash(Base64.getEncoder().encodeToString(random));
    }

    public String hash(String password) {
        return limited(() -> hash.generate(password.toCharArray()));
    }

    /** Whether the password matches the stored hash; {@code null} (no such account) costs the same and fails. */
    public boolean matches(String password, String storedHash) {
        boolean matches = limited(() -> hash.verify(password.toCharArray(), storedHash == null ? decoy : storedHash));
        return storedHash != null && matches;
    }

    private <T> T limited(java.util.function.Supplier<T> work) {
        hashing.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            hashing.release();
        }
    }
}
