package com.pks.clinic.admin.internal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA512, 210,000 iterations and a 32-byte salt (OWASP's figures; the
 * defaults of Jakarta Security are far too weak). One hash takes about 0.2 s, so never more run at once than there
 * are cores: a sign-in that comes while they all hash is not checked (the person is asked to try again in a moment,
 * and it is logged without any name) rather than wait on one of the site's few request threads. An unknown account
 * costs the same hash as a known one, so that the time of an answer tells nothing. Passwords are never logged.
 */
@ApplicationScoped
public class Passwords {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32");

    private static final Logger LOG = Logger.getLogger(Passwords.class.getName());

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

    /** A new password's hash: no waiting limit, since only an Administrator or the set-up link asks for one. */
    public String hash(String password) {
        hashing.acquireUninterruptibly();
        try {
            return hash.generate(password.toCharArray());
        } finally {
            hashing.release();
        }
    }

    /**
     * Whether the password matches the stored hash; {@code null} (no such account) costs the same and fails. Empty
     * when as many checks as there are cores are under way (a flood of sign-ins): that is no wrong password. It
     * does not wait in line, since a request thread waiting here is one fewer for the patients' pages.
     */
    public Optional<Boolean> matches(String password, String storedHash) {
        if (!hashing.tryAcquire()) {
            LOG.warning("A sign-in was not checked because as many as the server checks at once were under way");
            return Optional.empty();
        }
        try {
            boolean matches = hash.verify(password.toCharArray(), storedHash == null ? decoy : storedHash);
            return Optional.of(storedHash != null && matches);
        } finally {
            hashing.release();
        }
    }
}
