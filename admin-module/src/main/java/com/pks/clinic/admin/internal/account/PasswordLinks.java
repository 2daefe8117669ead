package com.pks.clinic.admin.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import com.pks.clinic.admin.api.PasswordLink;

/**
 * Makes and spends the one-time links that set a password, inside the calling service's transaction. A link lives
 * three days (long enough to reach a colleague who works part-time); a new link for an account ends its older ones.
 */
@ApplicationScoped
public class PasswordLinks {

    static final Duration VALID_FOR = Duration.ofDays(3);

    @PersistenceContext(unitName = "admin")
    private EntityManager em;

    PasswordLink issue(StaffAccount account, PasswordLinkRecord.Purpose purpose, Instant now) {
        endAll(account, now);
        String token = OneTimeTokens.fresh();
        Instant expires = now.plus(VALID_FOR);
        em.persist(new PasswordLinkRecord(account, OneTimeTokens.hash(token), purpose, utc(expires)));
        return new PasswordLink(account.username(), account.toAccount().displayName(), token, expires, false);
    }

    /** The link of this token, if it is unused and unexpired. */
    Optional<PasswordLinkRecord> valid(String token, Instant now) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select l from PasswordLinkRecord l where l.tokenHash = :hash and l.usedAt is null "
                        + "and l.expiresAt > :now", PasswordLinkRecord.class)
                .setParameter("hash", OneTimeTokens.hash(token)).setParameter("now", utc(now))
                .getResultStream().findFirst();
    }

    /** Uses the link: true for exactly one caller, however many send it at once. */
    boolean spend(PasswordLinkRecord link, Instant now) {
        return em.createQuery("update PasswordLinkRecord l set l.usedAt = :now where l.id = :id and l.usedAt is null")
                .setParameter("now", utc(now)).setParameter("id", link.id()).executeUpdate() == 1;
    }

    /** Every unused link of the account stops working (it was used, or a new one was made). */
    void endAll(StaffAccount account, Instant now) {
        em.createQuery("update PasswordLinkRecord l set l.usedAt = :now where l.account = :account "
                + "and l.usedAt is null").setParameter("now", utc(now)).setParameter("account", account)
                .executeUpdate();
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
