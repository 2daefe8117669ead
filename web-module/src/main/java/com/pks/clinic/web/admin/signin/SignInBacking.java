package com.pks.clinic.web.admin.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import java.io.IOException;
import java.util.OptionalLong;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import com.pks.clinic.admin.api.SignInService;
import com.pks.clinic.admin.api.StaffCredential;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.security.ConsoleAuthentication;

/**
 * The sign-in page. A wrong password and an unknown address get the same words; the typed address stays, the
 * password never comes back. After signing in, the person lands where they were going (only ever a console page).
 */
@Named
@RequestScoped
public class SignInBacking {

    static final String FAILED = "That e-mail address and password do not match an account. Please check both and "
            + "try again. If you have forgotten your password, ask an Administrator of the clinic.";
    static final String REFUSED = "There have been too many failed sign-ins from this network, so signing in is paused "
            + "here for a quarter of an hour. Please try again later, or ask an Administrator of the clinic.";
    /** Said when a password or code was not checked yet; the seconds are filled in. */
    static final String NOT_ITS_TURN = "Please wait %d second%s, then try again. Yours was not checked yet: after "
            + "sign-ins that did not work, or while many are being made, each waits its turn.";

    @Inject
    private SecurityContext security;

    @Inject
    private ClientAddress client;

    @Inject
    private SignInService signIns;

    @Inject
    @Param
    private String next;

    @Inject
    @Param
    private String timedOut;

    @Inject
    @Param
    private String signedOut;

    @Inject
    @Param
    private String ready;

    @Inject
    @Param
    private String passwordChanged;

    @Inject
    @Param
    private String tooManyCodes;

    private String username;
    private String password;
    private String failure;

    /** A person who is signed in already goes straight on. */
    public void load() throws IOException {
        if (Faces.getRequest().getUserPrincipal() != null) {
            Faces.getExternalContext().redirect(destination(next));
        }
    }

    public void signIn() throws IOException {
        if (signIns.refusesClient(client.limitKey())) {
            failure = REFUSED;
            return;
        }
        AuthenticationStatus status = security.authenticate(Faces.getRequest(), Faces.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new StaffCredential(username, password, client.get(), client.limitKey())));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            // not Faces.redirect, which reads the address as a format string
            Faces.getExternalContext().redirect(destination(next));
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            Faces.responseComplete(); // on to the second step: the mechanism has redirected
        } else {
            failure = failure(FAILED);
        }
    }

    /** What to say when a password or code did not get through: it was wrong, or it was not checked at all. */
    static String failure(String wrong) {
        OptionalLong wait = ConsoleAuthentication.secondsToWait(Faces.getRequest());
        return wait.isEmpty() ? wrong : NOT_ITS_TURN.formatted(wait.getAsLong(), wait.getAsLong() == 1 ? "" : "s");
    }

    public boolean isFailed() {
        return failure != null;
    }

    public String getFailure() {
        return failure;
    }

    /** Where to go after signing in: the console page asked for, never another site. */
    public static String destination(String next) {
        boolean safe = next != null && next.matches("/admin(/[A-Za-z0-9/_.-]*)?(\\?[A-Za-z0-9=&_%.-]*)?")
                && !next.contains("..") && !next.startsWith("/admin/sign-in");
        return Faces.getRequestContextPath() + (safe ? next : "/admin/");
    }

    public boolean isTimedOut() {
        return timedOut != null;
    }

    public boolean isTooManyCodes() {
        return tooManyCodes != null;
    }

    public boolean isPasswordChanged() {
        return passwordChanged != null;
    }

    public boolean isReady() {
        return ready != null;
    }

    public boolean isSignedOut() {
        return signedOut != null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
