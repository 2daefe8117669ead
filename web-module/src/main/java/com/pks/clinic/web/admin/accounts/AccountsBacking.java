package com.pks.clinic.web.admin.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import com.pks.clinic.admin.api.Account;
import com.pks.clinic.admin.api.AccountException;
import com.pks.clinic.admin.api.AccountService;
import com.pks.clinic.admin.api.InvalidAccountException;
import com.pks.clinic.admin.api.Invitation;
import com.pks.clinic.admin.api.PasswordLink;
import com.pks.clinic.admin.api.StaffRole;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.faces.FieldErrors;
import com.pks.clinic.web.site.PublicContent;

/**
 * The accounts screen (Administrators): who may sign in with which roles, a form to add a colleague, and per account
 * a change of roles or disabling. Each change is one service call, a message and a redirect; a change that someone
 * else made first, or that would leave no Administrator, is refused in words.
 */
@Named
@RequestScoped
public class AccountsBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private ClientAddress client;

    @Inject
    private PublicContent content;

    private List<Account> list;
    private String displayName;
    private String username;
    private StaffRole[] roles = {};
    private PasswordLink issued;
    private FieldErrors errors = FieldErrors.none();

    @PostConstruct
    void load() {
        list = accounts.list();
    }

    /** Adds the colleague and shows the one-time link with which they choose their own password. */
    public void create() {
        try {
            issued = accounts.invite(new Invitation(username, displayName, roleSet(roles)), client.get());
            list = accounts.list();
            username = null;
            displayName = null;
            roles = new StaffRole[0];
        } catch (InvalidAccountException invalid) {
            errors = FieldErrors.of(invalid.problems());
        }
    }

    /** A row's "New password link": for someone who forgot theirs. */
    public void resetPassword() {
        String target = Faces.getRequestParameter("account");
        try {
            issued = accounts.resetPasswordLink(target, shownVersion(), client.get());
            list = accounts.list();
        } catch (IllegalArgumentException altered) {
            Messages.addGlobalError("That change could not be read. Please reload the page and try again.");
        } catch (AccountException refused) {
            Messages.addGlobalError(refused.getMessage());
        }
    }

    /** The one-time link just made, to pass on; {@code null} when none. */
    public PasswordLink getIssued() {
        return issued;
    }

    /** The link's full address on this site, to pass on when it could not be e-mailed; {@code null} otherwise. */
    public String getIssuedAddress() {
        return issued == null || issued.emailed() ? null
                : issued.address(content.current().settings().origin()); // the site's address, never the request's
    }

    /** A row's form: which account (its hidden fields) and the roles ticked in that row. */
    public void changeRoles() throws IOException {
        String target = Faces.getRequestParameter("account");
        String[] ticked = Objects.requireNonNullElse(Faces.getRequestParameterValues("role"), new String[0]);
        act(() -> accounts.changeRoles(target, roleSet(Arrays.stream(ticked).map(StaffRole::valueOf)
                        .toArray(StaffRole[]::new)), shownVersion(), client.get()),
                "The roles of " + target + " are changed. If they were signed in, they must sign in again.");
    }

    /**
     * A row's Disable or Enable button: one button whatever the account's state (its hidden {@code enable} field
     * says which), so that a change made meanwhile by someone else cannot make the click vanish silently.
     */
    public void setEnabled() throws IOException {
        String target = Faces.getRequestParameter("account");
        boolean enable = Boolean.parseBoolean(Faces.getRequestParameter("enable"));
        act(() -> accounts.setEnabled(target, enable, shownVersion(), client.get()), enable
                ? target + " can sign in again."
                : target + " can no longer sign in. If they were signed in, they are signed out.");
    }

    /** A row's "Reset two-step sign-in": for a lost phone; they set up a new app at their next sign-in. */
    public void resetSecondFactor() throws IOException {
        String target = Faces.getRequestParameter("account");
        act(() -> accounts.resetSecondFactor(target, shownVersion(), client.get()), "Two-step sign-in of " + target
                + " is reset. At their next sign-in they set up their authenticator app again.");
    }

    private static long shownVersion() {
        return Long.parseLong(Faces.getRequestParameter("version"));
    }

    private static Set<StaffRole> roleSet(StaffRole[] roles) {
        Set<StaffRole> set = EnumSet.noneOf(StaffRole.class);
        set.addAll(Arrays.asList(roles));
        return set;
    }

    private void act(Runnable change, String success) throws IOException {
        try {
            change.run();
            done(success);
        } catch (IllegalArgumentException altered) {
            Messages.addGlobalError("That change could not be read. Please reload the page and try again.");
        } catch (InvalidAccountException invalid) {
            Messages.addGlobalError(String.join(" ", invalid.problems().values()));
        } catch (AccountException refused) {
            Messages.addGlobalError(refused.getMessage());
        }
    }

    private void done(String message) throws IOException {
        Messages.addFlashGlobalInfo(message);
        Faces.redirect(Faces.getRequestContextPath() + "/admin/accounts");
    }

    public List<StaffRole> getAllRoles() {
        return Arrays.asList(StaffRole.values());
    }

    public List<Account> getList() {
        return list;
    }

    /** What the fields got wrong, for {@code clinic:field} and the summary. */
    public FieldErrors getErrors() {
        return errors;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public StaffRole[] getRoles() {
        return roles;
    }

    public void setRoles(StaffRole[] roles) {
        this.roles = roles;
    }
}
