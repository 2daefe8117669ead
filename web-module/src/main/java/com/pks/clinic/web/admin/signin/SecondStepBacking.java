package com.pks.clinic.web.admin.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.util.Faces;

import com.pks.clinic.admin.api.SecondFactorCredential;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.security.PendingSignIn;

/**
 * The second page of the sign-in ({@code /admin/sign-in/code}): the six digits of the authenticator app, or one of
 * the recovery codes. Without a sign-in waiting for it, it leads back to the first page.
 */
@Named
@RequestScoped
public class SecondStepBacking {

    static final String FAILED = "That code did not work. Type the six digits the app shows now (they change every "
            + "30 seconds), or one of your recovery codes.";

    @Inject
    private SecurityContext security;

    @Inject
    private ClientAddress client;

    private String code;
    private String failure;

    public void load() throws IOException {
        if (PendingSignIn.of(Faces.getRequest()).isEmpty()) {
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/sign-in");
        }
    }

    public void check() throws IOException {
        Optional<PendingSignIn> pending = PendingSignIn.of(Faces.getRequest());
        if (pending.isEmpty()) {
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/sign-in?timedOut=true");
            return;
        }
        AuthenticationStatus status = prove(security, client, code);
        code = null;
        if (status == AuthenticationStatus.SUCCESS) {
            Faces.getExternalContext().redirect(SignInBacking.destination(pending.get().next()));
        } else if (PendingSignIn.of(Faces.getRequest()).isEmpty()) {
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/sign-in?tooManyCodes=true");
        } else {
            failure = SignInBacking.failure(FAILED);
        }
    }

    /** Hands a code to the sign-in mechanism, for the sign-in waiting in the session. */
    static AuthenticationStatus prove(SecurityContext security, ClientAddress client, String code) {
        return security.authenticate(Faces.getRequest(), Faces.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new SecondFactorCredential(code, client.get(), client.limitKey())));
    }

    public String getFailure() {
        return failure;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
