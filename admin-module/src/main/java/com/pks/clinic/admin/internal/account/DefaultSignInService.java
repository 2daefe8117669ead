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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.pks.clinic.admin.api.AccountException;
import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.Enrolment;
import com.pks.clinic.admin.api.InvalidAccountException;
import com.pks.clinic.admin.api.RecentSignIn;
import com.pks.clinic.admin.api.SecondFactorStep;
import com.pks.clinic.admin.api.SignInService;
import com.pks.clinic.admin.api.SignedInStaff;
import com.pks.clinic.admin.api.StaffPrincipal;
import com.pks.clinic.admin.internal.audit.AuditTrail;
import com.pks.clinic.admin.internal.twofactor.SignInThrottle;

/**
 * Keeps console sessions honest (each request of one asks whether its account may still be signed in), leads a
 * sign-in through its second factor, and lets everyone look after their own account.
 */
@Stateless
@DeclareRoles({ADMINISTRATOR, EDITOR, INTAKE})
public class DefaultSignInService implements SignInService {

    private static final int RECENT = 10;

    @Inject
    private StaffAccounts accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private Passwords passwords;

    @PersistenceContext(unitName = "admin")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Override
    @PermitAll
    public Optional<SignedInStaff> stillSignedIn(StaffPrincipal principal) {
        return current(principal).map(StaffAccount::toSignedIn);
    }

    @Override
    @PermitAll
    public boolean refusesClient(String clientKey) {
        return throttle.refuses(clientKey);
    }

    @Override
    @PermitAll
    public SecondFactorStep secondFactor(StaffPrincipal principal) {
        StaffAccount account = proven(principal);
        return account.hasSecondFactor() ? SecondFactorStep.CODE
                : account.needsSecondFactor() ? SecondFactorStep.ENROL : SecondFactorStep.NONE;
    }

    @Override
    @PermitAll
    public Enrolment startEnrolment(StaffPrincipal principal) {
        return secondFactors.start(proven(principal));
    }

    @Override
    @PermitAll
    public List<String> confirmEnrolment(StaffPrincipal principal, String code, String clientAddress,
                                         String clientKey) {
        return secondFactors.confirm(proven(principal), code, clientAddress, clientKey);
    }

    @Override
    @PermitAll
    public boolean checkSecondFactor(StaffPrincipal principal, String code, String clientAddress, String clientKey) {
        return secondFactors.check(proven(principal), code, clientAddress, clientKey);
    }

    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // only the throttle's memory is read
    public Duration untilTurn(String account, String clientKey) {
        return throttle.takeTurn(clientKey, account);
    }

    @Override
    @PermitAll
    public void signedIn(StaffPrincipal principal, String clientAddress, String clientKey, String browser) {
        Instant now = Instant.now();
        StaffAccount account = proven(principal);
        throttle.succeeded(account.username(), clientKey);
        account.signedIn(now);
        em.persist(new SignInRecord(account, now, clientAddress, browser));
        audit.record(principal.getName(), AuditAction.SIGNED_IN, null, null, clientAddress, now);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR, INTAKE})
    public boolean hasSecondFactor() {
        return accounts.find(session.getCallerPrincipal().getName()).map(StaffAccount::hasSecondFactor).orElse(false);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR, INTAKE})
    public List<RecentSignIn> recentSignIns() {
        return em.createQuery("select s from SignInRecord s where s.account.username = :username "
                        + "order by s.signedInAt desc", SignInRecord.class)
                .setParameter("username", session.getCallerPrincipal().getName()).setMaxResults(RECENT)
                .getResultStream().map(SignInRecord::toRecent).toList();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR, INTAKE})
    public void changePassword(String current, String password, String clientAddress) {
        StaffAccount account = accounts.find(session.getCallerPrincipal().getName()).orElseThrow();
        // guessed at like a sign-in: counted for the account, and refused after too many
        Optional<Boolean> matches = current == null || throttle.refusesCodes(account.username()) ? Optional.of(false)
                : passwords.matches(current, account.passwordHash());
        if (matches.isEmpty()) {
            throw InvalidAccountException.of("current", "Many sign-ins are being checked at this moment, so your "
                    + "present password was not checked yet. Please try again in a few seconds.");
        }
        if (!matches.get()) {
            throttle.failedCode(clientAddress, account.username());
            throw InvalidAccountException.of("current", "That is not your present password.");
        }
        PasswordRules.problem(password, account.username()).ifPresent(problem -> {
            throw InvalidAccountException.of("password", problem);
        });
        account.changePassword(passwords.hash(password));
        audit.record(account.username(), AuditAction.PASSWORD_CHANGED, "account " + account.username(), null,
                clientAddress, Instant.now());
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR, INTAKE})
    public Optional<String> newPasswordProblem(String password) {
        return PasswordRules.problem(password, session.getCallerPrincipal().getName());
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR, INTAKE})
    public void signedOut(String clientAddress) {
        audit.record(session.getCallerPrincipal().getName(), AuditAction.SIGNED_OUT, null, null, clientAddress,
                Instant.now());
    }

    private Optional<StaffAccount> current(StaffPrincipal principal) {
        return accounts.find(principal.getName())
                .filter(account -> account.enabled() && account.stampIs(principal.sessionStamp()));
    }

    /** The account a password (or a signed-in session) proved, as long as nothing changed it since. */
    private StaffAccount proven(StaffPrincipal principal) {
        return current(principal).orElseThrow(() -> new AccountException(
                "Your account was changed since you signed in. Please sign in again."));
    }
}
