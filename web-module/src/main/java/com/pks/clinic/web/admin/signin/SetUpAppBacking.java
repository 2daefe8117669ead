package com.pks.clinic.web.admin.signin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.omnifaces.util.Faces;

import com.pks.clinic.admin.api.AccountException;
import com.pks.clinic.admin.api.Enrolment;
import com.pks.clinic.admin.api.SecondFactorStep;
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
    private boolean inUse;
    private String next;
    private String qrImage;
    private String code;
    private String failure;

    /**
     * As the page opens: a new secret for the account that is signing in and must set up an app, or that is signed
     * in and has none yet. An app in use is never replaced from here (a session left open must not be enough to
     * take the account over): an Administrator resets it, and the next sign-in sets up the new one.
     */
    public void load() throws IOException {
        Optional<PendingSignIn> pending = pending();
        if (pending.isPresent() && pending.get().step() != SecondFactorStep.ENROL) {
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + pending.get().page());
            return;
        }
        Optional<StaffPrincipal> who = pending.map(p -> p.staff().principal()).or(this::signedIn);
        if (who.isEmpty()) {
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/sign-in");
            return;
        }
        if (pending.isEmpty() && signIns.secondFactor(who.get()) == SecondFactorStep.CODE) {
            inUse = true;
            return;
        }
        next = pending.map(PendingSignIn::next).orElse(null);
        enrolment = signIns.startEnrolment(who.get());
        qrImage = QrImage.dataUri(enrolment.appUri());
    }

    public void confirm() throws IOException {
        Optional<PendingSignIn> pending = pending();
        try {
            if (pending.isPresent()) {
                if (SecondStepBacking.prove(security, client, code) != AuthenticationStatus.SUCCESS) {
                    failure = SignInBacking.failure(WRONG_CODE);
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
        // the recovery codes first; then on to where the person was going
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/account"
                + (next == null ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }

    static final String WRONG_CODE = "That is not the code the app shows now. Check that the app lists this account, "
            + "then type the six digits it shows (they change every 30 seconds).";

    private static Optional<PendingSignIn> pending() {
        return PendingSignIn.of(Faces.getRequest());
    }

    private Optional<StaffPrincipal> signedIn() {
        return security.getPrincipalsByType(StaffPrincipal.class).stream().findFirst();
    }

    /** The account has an app in use already, which this page does not replace. */
    public boolean isInUse() {
        return inUse;
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
