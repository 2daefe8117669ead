package com.pks.clinic.web.admin.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import com.pks.clinic.admin.api.InvalidAccountException;
import com.pks.clinic.admin.api.RecentSignIn;
import com.pks.clinic.admin.api.SignInService;
import com.pks.clinic.web.admin.PasswordFields;
import com.pks.clinic.web.admin.signin.SignInBacking;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.faces.FieldErrors;
import com.pks.clinic.web.platform.security.ConsoleAuthentication;

/**
 * One's own account ({@code /admin/account}, everyone signed in): the recovery codes of a second factor set up just
 * now (shown this once), one's recent sign-ins (to notice one that was not one's own), and a new password.
 */
@Named
@RequestScoped
public class MyAccountBacking {

    @Inject
    private SignInService signIns;

    @Inject
    private ClientAddress client;

    @Inject
    @Param
    private String next;

    private List<String> freshRecoveryCodes;
    private List<RecentSignIn> recentSignIns;
    private boolean secondFactor;
    private String current;
    private final PasswordFields passwords = new PasswordFields();
    private FieldErrors errors = FieldErrors.none();

    @PostConstruct
    void load() {
        freshRecoveryCodes = ConsoleAuthentication.takeFreshRecoveryCodes(Faces.getRequest());
        recentSignIns = signIns.recentSignIns();
        secondFactor = signIns.hasSecondFactor();
    }

    public void changePassword() throws IOException {
        errors = passwords.mismatch(signIns::newPasswordProblem);
        if (!errors.isEmpty()) {
            return;
        }
        try {
            signIns.changePassword(current, passwords.typed(), client.get());
        } catch (InvalidAccountException invalid) {
            errors = FieldErrors.of(invalid.problems());
            return;
        }
        // the stamp moved on, so this session ends too: sign in again with the new password
        Faces.invalidateSession();
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/sign-in?passwordChanged=true");
    }

    /** Where to go on once the recovery codes are kept: the page the person was going to, else the dashboard. */
    public String getContinueTo() {
        return SignInBacking.destination(next);
    }

    /** Whether one signs in with an authenticator app's code as well as the password. */
    public boolean isSecondFactor() {
        return secondFactor;
    }

    /** A recent sign-in's browser as a person knows it, such as "Chrome on Windows". */
    public String browserName(RecentSignIn signIn) {
        return BrowserName.of(signIn.browser());
    }

    public List<String> getFreshRecoveryCodes() {
        return freshRecoveryCodes;
    }

    public List<RecentSignIn> getRecentSignIns() {
        return recentSignIns;
    }

    public FieldErrors getErrors() {
        return errors;
    }

    public String getCurrent() {
        return null; // never sent back to the browser
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    /** The new password, typed twice. */
    public PasswordFields getPasswords() {
        return passwords;
    }
}
