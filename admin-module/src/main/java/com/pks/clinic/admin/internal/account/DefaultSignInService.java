package com.pks.clinic.admin.internal.account;

import static com.pks.clinic.admin.api.AdminRoles.ADMINISTRATOR;
import static com.pks.clinic.admin.api.AdminRoles.EDITOR;
import static com.pks.clinic.admin.api.AdminRoles.INTAKE;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.SignInService;
import com.pks.clinic.admin.api.SignedInStaff;
import com.pks.clinic.admin.api.StaffPrincipal;
import com.pks.clinic.admin.internal.audit.AuditTrail;

/** Keeps console sessions honest: each request of one asks whether its account may still be signed in. */
@Stateless
@DeclareRoles({ADMINISTRATOR, EDITOR, INTAKE})
public class DefaultSignInService implements SignInService {

    @Inject
    private StaffAccounts accounts;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @Override
    @PermitAll
    public Optional<SignedInStaff> stillSignedIn(StaffPrincipal principal) {
        return accounts.find(principal.getName())
                .filter(account -> account.enabled() && account.stampIs(principal.sessionStamp()))
                .map(StaffAccount::toSignedIn);
    }

    @Override
    @PermitAll
    public void signedIn(StaffPrincipal principal, String clientAddress) {
        Instant now = Instant.now();
        accounts.find(principal.getName()).ifPresent(account -> account.signedIn(now));
        audit.record(principal.getName(), AuditAction.SIGNED_IN, null, null, clientAddress, now);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR, INTAKE})
    public void signedOut(String clientAddress) {
        audit.record(session.getCallerPrincipal().getName(), AuditAction.SIGNED_OUT, null, null, clientAddress,
                Instant.now());
    }
}
