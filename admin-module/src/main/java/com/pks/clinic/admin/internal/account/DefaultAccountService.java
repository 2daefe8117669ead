package com.pks.clinic.admin.internal.account;

import static com.pks.clinic.admin.api.AdminRoles.ADMINISTRATOR;
import static com.pks.clinic.admin.api.AdminRoles.EDITOR;
import static com.pks.clinic.admin.api.AdminRoles.INTAKE;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.pks.clinic.admin.api.Account;
import com.pks.clinic.admin.api.AccountService;
import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.ConcurrentAccountChangeException;
import com.pks.clinic.admin.api.InvalidAccountException;
import com.pks.clinic.admin.api.LastAdministratorException;
import com.pks.clinic.admin.api.OwnAccountException;
import com.pks.clinic.admin.api.Invitation;
import com.pks.clinic.admin.api.PasswordLink;
import com.pks.clinic.admin.api.StaffRole;
import com.pks.clinic.content.api.SiteSettings;
import com.pks.clinic.content.api.SiteSettingsService;
import com.pks.clinic.inquiry.api.StaffMail;
import com.pks.clinic.admin.internal.audit.AuditTrail;

/** Administrators manage the staff accounts here; each change is audited in its own transaction. */
@Stateless
@DeclareRoles({ADMINISTRATOR, EDITOR, INTAKE})
public class DefaultAccountService implements AccountService {

    private final Clock clock = Clock.systemUTC();

    @Inject
    private StaffAccounts accounts;

    @Inject
    private NewAccounts newAccounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private PasswordLinks passwordLinks;

    @Inject
    private StaffMail staffMail;

    @Inject
    private SiteSettingsService settings;

    @Resource
    private SessionContext session;

    @PersistenceContext(unitName = "admin")
    private EntityManager em;

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public List<Account> list() {
        return accounts.all().stream().map(StaffAccount::toAccount).toList();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR, INTAKE})
    public Map<String, String> displayNames() {
        return accounts.all().stream().collect(Collectors.toUnmodifiableMap(StaffAccount::username,
                StaffAccount::displayName));
    }

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public PasswordLink invite(Invitation invitation, String clientAddress) {
        Instant now = clock.instant();
        StaffAccount invited = newAccounts.invite(invitation, now);
        record(AuditAction.ACCOUNT_CREATED, invited, "roles: " + inWords(invited.toAccount().roles()), clientAddress,
                now);
        return issue(invited, PasswordLinkRecord.Purpose.INVITATION, clientAddress, now);
    }

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public PasswordLink resetPasswordLink(String username, long expectedVersion, String clientAddress) {
        return issue(locked(username, expectedVersion), PasswordLinkRecord.Purpose.RESET, clientAddress,
                clock.instant());
    }

    private PasswordLink issue(StaffAccount account, PasswordLinkRecord.Purpose purpose, String clientAddress,
                               Instant now) {
        boolean invitation = purpose == PasswordLinkRecord.Purpose.INVITATION;
        PasswordLink link = passwordLinks.issue(account, purpose, now);
        boolean mailing = staffMail.available();
        record(AuditAction.PASSWORD_LINK_ISSUED, account, (invitation ? "invitation" : "password reset")
                + (mailing ? ", e-mailed" : ", shown to pass on"), clientAddress, now);
        if (!mailing) {
            return link;
        }
        // in the same transaction as the link: if the link exists, so does the promise to send it
        staffMail.send(account.username(), invitation ? "Your account in the clinic's console"
                : "Choose a new password for the clinic's console", mailText(link, invitation));
        return link.sentByMail();
    }

    /** The invitation or reset, in plain words, with nothing but the person's name and the link. */
    private String mailText(PasswordLink link, boolean invitation) {
        SiteSettings site = settings.get();
        return "Hello " + link.displayName() + ",\n\n"
                + (invitation ? "An Administrator of " + site.clinicName() + " has made you an account in the "
                        + "clinic's console. Choose your password with this link:"
                        : "Choose a new password for your account in the console of " + site.clinicName()
                        + " with this link:")
                + "\n\n" + link.address(site.origin()) + "\n\n"
                + "It works once, for three days. If you did not expect this message, you can ignore it; and "
                + "please tell the clinic.\n";
    }

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public Account changeRoles(String username, Set<StaffRole> roles, long expectedVersion, String clientAddress) {
        if (roles == null || roles.isEmpty()) {
            throw InvalidAccountException.of("roles", "Please choose at least one role, or disable the account.");
        }
        StaffAccount account = locked(username, expectedVersion);
        requireNotOwn(account, !roles.contains(StaffRole.ADMINISTRATOR));
        Set<StaffRole> before = account.roles();
        account.changeRoles(roles);
        requireAnAdministratorLeft(account);
        record(AuditAction.ROLES_CHANGED, account, inWords(before) + " → " + inWords(account.roles()), clientAddress,
                clock.instant());
        return account.toAccount();
    }

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public Account resetSecondFactor(String username, long expectedVersion, String clientAddress) {
        StaffAccount account = locked(username, expectedVersion);
        secondFactors.reset(account);
        requireAnAdministratorLeft(account);
        record(AuditAction.SECOND_FACTOR_RESET, account, null, clientAddress, clock.instant());
        return account.toAccount();
    }

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public Account setEnabled(String username, boolean enabled, long expectedVersion, String clientAddress) {
        StaffAccount account = locked(username, expectedVersion);
        requireNotOwn(account, !enabled);
        account.setEnabled(enabled);
        requireAnAdministratorLeft(account);
        record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, account, null, clientAddress,
                clock.instant());
        return account.toAccount();
    }

    private StaffAccount locked(String username, long expectedVersion) {
        accounts.lockAll();
        StaffAccount account = accounts.find(username)
                .orElseThrow(() -> InvalidAccountException.of("username", "There is no account " + username + "."));
        if (account.version() != expectedVersion) {
            throw new ConcurrentAccountChangeException(account.username());
        }
        return account;
    }

    /** Refuses a change that would lock its caller out of the console (demoted or disabled). */
    private void requireNotOwn(StaffAccount account, boolean locksOut) {
        if (locksOut && account.username().equalsIgnoreCase(session.getCallerPrincipal().getName())) {
            throw new OwnAccountException();
        }
    }

    /** Checked after the change, inside the transaction that the refusal rolls back. */
    private void requireAnAdministratorLeft(StaffAccount changed) {
        if (accounts.enabledAdministrators() == 0) {
            throw new LastAdministratorException();
        }
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw new ConcurrentAccountChangeException(changed.username());
        }
    }

    private void record(AuditAction action, StaffAccount account, String detail, String clientAddress, Instant at) {
        audit.record(session.getCallerPrincipal().getName(), action, "account " + account.username(), detail,
                clientAddress, at);
    }

    /** Roles as the accounts screen names them, for the audit log: "Editor, Intake". */
    private static String inWords(Set<StaffRole> roles) {
        return roles.isEmpty() ? "none" : roles.stream().sorted().map(StaffRole::group)
                .collect(Collectors.joining(", "));
    }
}
