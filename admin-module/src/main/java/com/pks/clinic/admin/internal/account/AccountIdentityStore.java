package com.pks.clinic.admin.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import com.pks.clinic.admin.api.StaffCredential;
import com.pks.clinic.admin.internal.twofactor.SignInThrottle;

/**
 * The console's identity store: staff accounts in Derby, whose groups are the role names the services enforce
 * (Payara maps each group to the role of the same name). Only a {@link StaffCredential} is checked here, after the
 * throttle has had its say: a refused client here, the wait before, where the sign-in can say that it was not its
 * turn ({@code SignInService.untilTurn}, asked by the console's sign-in mechanism).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private PasswordCheck check;

    @Inject
    private SignInThrottle throttle;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof StaffCredential staff)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (throttle.refuses(staff.clientKey())) {
            check.refused(staff); // nothing is hashed
            return CredentialValidationResult.INVALID_RESULT;
        }
        return check.check(staff); // not validated: every core was hashing, so it was not checked
    }
}
