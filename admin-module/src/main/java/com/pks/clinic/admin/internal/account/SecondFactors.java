package com.pks.clinic.admin.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Logger;

import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.Enrolment;
import com.pks.clinic.admin.api.InvalidAccountException;
import com.pks.clinic.admin.internal.audit.AuditTrail;
import com.pks.clinic.admin.internal.twofactor.Base32;
import com.pks.clinic.admin.internal.twofactor.RecoveryCodes;
import com.pks.clinic.admin.internal.twofactor.SecretBox;
import com.pks.clinic.admin.internal.twofactor.SignInThrottle;
import com.pks.clinic.admin.internal.twofactor.Totp;

/**
 * The second factor of an account, inside the calling service's transaction: setting up an authenticator app,
 * checking its codes (each once, throttled like passwords) and the recovery codes.
 */
@ApplicationScoped
public class SecondFactors {

    static final String ISSUER = "Psychiatric Ketamine Specialists";
    private static final Logger LOG = Logger.getLogger(SecondFactors.class.getName());

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "admin")
    private EntityManager em;

    @Inject
    private SecretBox box;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private AuditTrail audit;

    public Enrolment start(StaffAccount account) {
        byte[] secret = Totp.newSecret();
        account.startSecondFactor(box.seal(secret, account.secretPlace()));
        return new Enrolment(Base32.grouped(secret), Totp.appUri(ISSUER, account.username(), secret));
    }

    public List<String> confirm(StaffAccount account, String code, String address, String clientKey) {
        if (account.totpPending() == null) {
            throw InvalidAccountException.of("code", "Please start setting up the app again.");
        }
        if (throttle.refuses(clientKey) || throttle.refusesCodes(account.username())) {
            throw InvalidAccountException.of("code", "Too many wrong codes: please wait a quarter of an hour.");
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.accept(box.open(account.totpPending(), account.secretPlace()), code, now, -1);
        if (step.isEmpty()) {
            throttle.failedCode(clientKey, account.username());
            throw InvalidAccountException.of("code", "That is not the code the app shows now. Check that the app "
                    + "lists this account, then type the six digits it shows (they change every 30 seconds).");
        }
        account.confirmSecondFactor(step.getAsLong());
        em.createQuery("delete from RecoveryCode r where r.account = :account").setParameter("account", account)
                .executeUpdate();
        List<String> codes = RecoveryCodes.fresh();
        codes.forEach(fresh -> em.persist(new RecoveryCode(account, RecoveryCodes.hash(fresh))));
        audit.record(account.username(), AuditAction.SECOND_FACTOR_SET_UP, "account " + account.username(), null,
                address, now);
        return codes;
    }

    /**
     * Whether the code proves the sign-in: the app's code of now (once), or an unused recovery code. One check per
     * account at a time (its row is locked), so that guesses sent together are counted one after the other.
     */
    public boolean check(StaffAccount account, String code, String address, String clientKey) {
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        if (throttle.refuses(clientKey) || throttle.refusesCodes(account.username())) {
            return false;
        }
        Instant now = clock.instant();
        boolean proved = RecoveryCodes.looksLikeOne(code) ? useRecoveryCode(account, code, address, now)
                : acceptCode(account, code, now);
        if (!proved) {
            throttle.failedCode(clientKey, account.username());
            audit.record(account.username(), AuditAction.SECOND_FACTOR_FAILED, null, null, address, now);
        }
        return proved;
    }

    private boolean acceptCode(StaffAccount account, String code, Instant now) {
        if (!account.hasSecondFactor()) {
            return false;
        }
        byte[] secret;
        try {
            secret = box.open(account.totpSecret(), account.secretPlace());
        } catch (IllegalStateException unreadable) {
            LOG.severe(() -> "The two-factor secret of " + account.username() + " cannot be read with this "
                    + "clinic.admin.key: they sign in with a recovery code, or an Administrator resets it");
            return false;
        }
        OptionalLong step = Totp.accept(secret, code, now, account.totpLastStep());
        step.ifPresent(account::codeAccepted);
        return step.isPresent();
    }

    private boolean useRecoveryCode(StaffAccount account, String code, String address, Instant now) {
        // one statement that only an unused code survives: two posts of the same code cannot both count
        int used = em.createQuery("update RecoveryCode r set r.usedAt = :now where r.account = :account "
                        + "and r.codeHash = :hash and r.usedAt is null")
                .setParameter("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter("account", account)
                .setParameter("hash", RecoveryCodes.hash(code)).executeUpdate();
        if (used != 1) {
            return false;
        }
        audit.record(account.username(), AuditAction.RECOVERY_CODE_USED, null, null, address, now);
        return true;
    }

    /** Forgets the app and the recovery codes: the next sign-in sets up a new one. */
    public void reset(StaffAccount account) {
        account.resetSecondFactor();
        em.createQuery("delete from RecoveryCode r where r.account = :account").setParameter("account", account)
                .executeUpdate();
    }
}
