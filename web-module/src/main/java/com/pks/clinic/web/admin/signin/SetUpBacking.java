package com.pks.clinic.web.admin.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import com.pks.clinic.admin.api.InvalidAccountException;
import com.pks.clinic.admin.api.NewAccount;
import com.pks.clinic.admin.api.SetUpService;
import com.pks.clinic.admin.api.StaffRole;
import com.pks.clinic.web.admin.PasswordFields;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.faces.FieldErrors;

/**
 * The page behind the one-time set-up link: whoever opens it first creates an Administrator. Every problem is named
 * next to its field, at once, and everything but the passwords stays typed.
 */
@Named
@RequestScoped
public class SetUpBacking {

    @Inject
    private SetUpService setUp;

    @Inject
    private ClientAddress client;

    @Inject
    @Param
    private String token;

    private String displayName;
    private String username;
    private final PasswordFields passwords = new PasswordFields();
    private FieldErrors errors = FieldErrors.none();
    private boolean linkValid;

    /** Whether the link still works, looked at once as the page opens. */
    @PostConstruct
    void checkLink() {
        linkValid = setUp.isValidLink(token);
    }

    public boolean isLinkValid() {
        return linkValid;
    }

    public void create() throws IOException {
        NewAccount account = new NewAccount(username, displayName, EnumSet.of(StaffRole.ADMINISTRATOR),
                passwords.typed());
        if (!passwords.mismatch().isEmpty()) {
            errors = mismatchAndTheOtherProblems(account);
            return;
        }
        try {
            setUp.createAdministrator(token, account, client.get());
            Faces.redirect(Faces.getRequestContextPath() + "/admin/sign-in?ready=true");
        } catch (InvalidAccountException invalid) {
            errors = FieldErrors.of(invalid.problems());
        }
    }

    /**
     * Passwords typed unlike, named together with every problem the service finds in the rest (the first password
     * checked against the password rules), so that one more send can put everything right.
     */
    private FieldErrors mismatchAndTheOtherProblems(NewAccount account) {
        Map<String, String> problems = new TreeMap<>(setUp.problemsWith(token, account));
        problems.putAll(passwords.mismatch().getByField());
        return FieldErrors.of(problems);
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

    /** The new password, typed twice. */
    public PasswordFields getPasswords() {
        return passwords;
    }
}
