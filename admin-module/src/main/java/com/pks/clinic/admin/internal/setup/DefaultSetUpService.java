package com.pks.clinic.admin.internal.setup;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.pks.clinic.admin.api.Account;
import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.InvalidAccountException;
import com.pks.clinic.admin.api.NewAccount;
import com.pks.clinic.admin.api.SetUpService;
import com.pks.clinic.admin.api.StaffRole;
import com.pks.clinic.admin.internal.account.NewAccounts;
import com.pks.clinic.admin.internal.account.StaffAccount;
import com.pks.clinic.admin.internal.account.StaffAccounts;
import com.pks.clinic.admin.internal.audit.AuditTrail;

/**
 * The way into a console that has no Administrator yet. No account ever has a default password: on a start with no
 * account at all, the server either creates the Administrator an automated install names
 * ({@code clinic.admin.initial-username}, {@code -name}, {@code -password}) or writes a one-time set-up link to its
 * log. Whoever opens the link first creates an Administrator, and the link stops working (the file is gone before
 * the next caller, who waits for the lock, can look).
 */
@Singleton
@Lock(LockType.WRITE) // one use of a link at a time: two people opening it together cannot both succeed
public class DefaultSetUpService implements SetUpService {

    private static final Logger LOG = Logger.getLogger(DefaultSetUpService.class.getName());
    private static final String LINK_SPENT = "This set-up link has been used or has expired.";
    static final String SET_UP_PATH = "/admin/set-up?token=";

    private final Clock clock = Clock.systemUTC();

    @Inject
    private SetUpLinks links;

    @Inject
    private StaffAccounts accounts;

    @Inject
    private NewAccounts newAccounts;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "clinic.admin.initial-username")
    Optional<String> initialUsername;

    @Inject
    @ConfigProperty(name = "clinic.admin.initial-name", defaultValue = "Administrator")
    String initialName;

    @Inject
    @ConfigProperty(name = "clinic.admin.initial-password")
    Optional<String> initialPassword;

    @Override
    @PermitAll
    public void offerFirstRunSetUp(String siteAddress) {
        if (!accounts.none()) {
            return;
        }
        Instant now = clock.instant();
        if (initialUsername.isPresent() && initialPassword.isPresent()) {
            try {
                StaffAccount created = newAccounts.create(new NewAccount(initialUsername.get(), initialName,
                        EnumSet.of(StaffRole.ADMINISTRATOR), initialPassword.get()), now);
                audit.record(AuditTrail.SYSTEM, AuditAction.SET_UP, "account " + created.toAccount().username(),
                        "from the server's settings (clinic.admin.initial-username)", null, now);
                LOG.info(() -> "Created the first Administrator, " + created.toAccount().username()
                        + ", from clinic.admin.initial-username");
                return;
            } catch (InvalidAccountException refused) {
                LOG.severe(() -> "The initial Administrator from clinic.admin.initial-* was not created: "
                        + refused.problems().values() + " A set-up link follows instead.");
            }
        }
        String token = links.issue(now);
        LOG.warning(() -> "No one can sign in to the admin console yet. To create the first Administrator, open "
                + "this one-time link within 24 hours: " + siteAddress + SET_UP_PATH + token);
    }

    @Override
    @PermitAll
    public boolean isValidLink(String token) {
        return links.valid(token, clock.instant()).isPresent();
    }

    @Override
    @PermitAll
    public Map<String, String> problemsWith(String token, NewAccount account) {
        boolean usable = links.valid(token, clock.instant()).filter(this::stillOpen).isPresent();
        return usable ? newAccounts.problems(asAdministrator(account)) : Map.of("token", LINK_SPENT);
    }

    @Override
    @PermitAll
    public Account createAdministrator(String token, NewAccount account, String clientAddress) {
        Instant now = clock.instant();
        SetUpLinks.Pending link = links.valid(token, now).orElseThrow(() -> InvalidAccountException.of("token",
                LINK_SPENT));
        if (!stillOpen(link)) {
            links.spend();
            throw InvalidAccountException.of("token", LINK_SPENT);
        }
        StaffAccount created = newAccounts.create(asAdministrator(account), now);
        boolean breakGlass = link.origin() == SetUpLinks.Origin.BREAK_GLASS;
        audit.record(created.toAccount().username(), breakGlass ? AuditAction.BREAK_GLASS : AuditAction.SET_UP,
                "account " + created.toAccount().username(),
                breakGlass ? "with a break-glass link from the server" : "with the one-time set-up link",
                clientAddress, now);
        links.spend();
        return created.toAccount();
    }

    /** The first run's link opens only while there is no account at all; a break-glass link while it is valid. */
    private boolean stillOpen(SetUpLinks.Pending link) {
        return link.origin() != SetUpLinks.Origin.FIRST_RUN || accounts.none();
    }

    /** A set-up link makes an Administrator, whatever roles the form asked for. */
    private static NewAccount asAdministrator(NewAccount account) {
        return account == null ? null : new NewAccount(account.username(), account.displayName(),
                EnumSet.of(StaffRole.ADMINISTRATOR), account.password());
    }
}
