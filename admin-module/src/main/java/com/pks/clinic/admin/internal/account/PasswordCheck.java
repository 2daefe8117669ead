package com.pks.clinic.admin.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.SignedInStaff;
import com.pks.clinic.admin.api.StaffCredential;
import com.pks.clinic.admin.internal.audit.AuditTrail;
import com.pks.clinic.admin.internal.twofactor.SignInThrottle;

/**
 * Checks a typed password and records a failed attempt, in one transaction (the throttle comes before, outside
 * it: {@link AccountIdentityStore}). A wrong password for a
 * real account and any password for an unknown one take the same work and give the same answer; the audit log names
 * the account tried when it exists, and never the name typed when it does not (that is often a password typed in
 * the wrong field).
 */
@ApplicationScoped
public class PasswordCheck {

    private final Clock clock = Clock.systemUTC();

    @Inject
    private StaffAccounts accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private AuditTrail audit;

    @Inject
    private SignInThrottle throttle;

    /** Records a sign-in the throttle refused without a check. */
    @Transactional
    public void refused(StaffCredential credential) {
        audit.record(accounts.find(credential.getCaller()).map(StaffAccount::username).orElse(AuditTrail.ANONYMOUS),
                AuditAction.SIGN_IN_REFUSED, null, null, credential.clientAddress(), clock.instant());
    }

    /**
     * Valid with the account's principal and groups, invalid (counted and audited), or not validated when no check
     * could be made at this moment (every core hashing): that is no wrong password, so it is not counted.
     */
    @Transactional
    public CredentialValidationResult check(StaffCredential credential) {
        Optional<StaffAccount> account = accounts.find(credential.getCaller());
        Instant now = clock.instant();
        Optional<Boolean> matches = passwords.matches(credential.getPasswordAsString(),
                account.map(StaffAccount::passwordHash).orElse(null));
        if (matches.isEmpty()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (matches.get() && account.get().enabled()) {
            SignedInStaff signedIn = account.get().toSignedIn(); // recorded once the whole sign-in is done
            return new CredentialValidationResult(signedIn.principal(), signedIn.groups());
        }
        throttle.failed(credential.clientKey(), credential.getCaller());
        String detail = account.isEmpty() ? "no such account" : matches.get() ? "account disabled" : "wrong password";
        audit.record(account.map(StaffAccount::username).orElse(AuditTrail.ANONYMOUS), AuditAction.SIGN_IN_FAILED, null,
                detail, credential.clientAddress(), now);
        return CredentialValidationResult.INVALID_RESULT;
    }
}
