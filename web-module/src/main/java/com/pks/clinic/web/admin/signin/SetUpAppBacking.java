package com.pks.clinic.web.admin.signin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.omnifaces.util.Faces;

import com.pks.clinic.admin.api.AccountException;
import com.pks.clinic.admin.api.Enrolment;
import com.pks.clinic.admin.api.SignInService;
import com.pks.clinic.admin.api.StaffPrincipal;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.security.ConsoleAuthentication;
import com.pks.clinic.web.platform.security.PendingSignIn;

/**
 * Setting up an authenticator app ({@code /admin/sign-in/set-up-app}): as part of a sign-in whose roles need a second
 * factor, or later from one's own account page. The QR code and the secret stay the same while the page is open
 * (view scope), so that a mistyped first code can simply be typed again.
 */
@Named
@ViewScoped
public class SetUpAppBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignInService signIns;

    @Inject
    private SecurityContext security;

    @Inject
    private ClientAddress client;

    private Enrolment enrolment;
    private String qrImage;
    private String code;
    private String failure;

    /** As the page opens: a new secret for the account that is signing in, or that is signed in. */
    public void load() throws IOException {
        Optional<StaffPrincipal> who = pending().map(p -> p.staff().principal()).or(this::signedIn);
        if (who.isEmpty()) {
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/sign-in");
            return;
        }
        enrolment = signIns.startEnrolment(who.get());
        qrImage = QrImage.dataUri(enrolment.appUri());
    }

    public void confirm() throws IOException {
        Optional<PendingSignIn> pending = pending();
        try {
            if (pending.isPresent()) {
                if (SecondStepBacking.prove(security, client, code) != AuthenticationStatus.SUCCESS) {
                    failure = WRONG_CODE;
                    return;
                }
            } else if (signedIn().isPresent()) {
                ConsoleAuthentication.giveFreshRecoveryCodes(Faces.getRequest(),
                        signIns.confirmEnrolment(signedIn().get(), code, client.get(), client.limitKey()));
            } else {
                Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/sign-in?timedOut=true");
                return;
            }
        } catch (AccountException wrong) {
            failure = WRONG_CODE;
            return;
        } finally {
            code = null;
        }
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/account");
    }

    static final String WRONG_CODE = "That is not the code the app shows now. Check that the app lists this account, "
            + "then type the six digits it shows (they change every 30 seconds).";

    private static Optional<PendingSignIn> pending() {
        return PendingSignIn.of(Faces.getRequest());
    }

    private Optional<StaffPrincipal> signedIn() {
        return security.getPrincipalsByType(StaffPrincipal.class).stream().findFirst();
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public String getQrImage() {
        return qrImage;
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
