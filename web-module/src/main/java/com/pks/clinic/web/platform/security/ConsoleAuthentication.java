package com.pks.clinic.web.platform.security;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.ConfigProvider;

import com.pks.clinic.admin.api.AccountException;
import com.pks.clinic.admin.api.SecondFactorCredential;
import com.pks.clinic.admin.api.SecondFactorStep;
import com.pks.clinic.admin.api.SignInService;
import com.pks.clinic.admin.api.SignedInStaff;
import com.pks.clinic.admin.api.StaffCredential;
import com.pks.clinic.admin.api.StaffPrincipal;
import com.pks.clinic.web.platform.client.ClientAddress;

/**
 * The console's sign-in, on every request that may need it ({@link PublicSiteAuthModule} answers for the public
 * site itself). Outside {@code /admin} it does nothing at all: a public reader never gets
 * a session from here, and reading the public site does not keep a console session alive. A request for a
 * protected console address without a console session is sent to the sign-in page. The sign-in page hands a
 * {@link StaffCredential} to {@code SecurityContext.authenticate}: when the identity store accepts it, the old
 * session (and anything in it) is thrown away and a new one holds the signed-in staff member, with the console's
 * idle time-out. Every later console request asks the account again, so that disabling it or changing its roles
 * ends the session at once.
 *
 * <p>The container learns who is calling only in {@link #signedIn}: when the account has a second factor (or its
 * roles need one and it has none yet), a right password only leaves a {@link PendingSignIn} in a new session, and
 * the code page (or the page that sets up the app) hands a {@link SecondFactorCredential} back here.
 *
 * <p>A password or a code that comes before its turn (the throttle's, after earlier failures), or while as many
 * passwords as the server checks at once are being checked, is neither checked nor counted, and the page can say
 * how long to wait ({@link #secondsToWait}).
 */
@ApplicationScoped
public class ConsoleAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = SignedInStaff.class.getName();
    static final String FRESH_RECOVERY_CODES = "recovery codes to show once";
    public static final String SIGN_IN_PAGE = "/admin/sign-in";
    public static final String CODE_PAGE = "/admin/sign-in/code";
    public static final String ENROL_PAGE = "/admin/sign-in/set-up-app";
    private static final String NOT_ITS_TURN = "sign-in not checked: seconds to wait";
    /** How long to wait when the check itself was busy: a password check takes a fraction of a second. */
    private static final long BUSY_SECONDS = 2;

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignInService signIns;

    @Inject
    private ClientAddress client;

    @Inject
    private SecurityHeaders headers;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof StaffCredential password) {
            return passwordGiven(request, context, password);
        }
        if (credential instanceof SecondFactorCredential code) {
            return codeGiven(request, context, code);
        }
        if (!isConsole(request)) {
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedInStaff staff) {
            Optional<SignedInStaff> current = signIns.stillSignedIn(staff.principal());
            if (current.isPresent()) {
                return context.notifyContainerAboutLogin(current.get().principal(), current.get().groups());
            }
            session.invalidate(); // disabled, or its roles changed: this session is over
        }
        if (context.isProtected()) {
            headers.protect(request, response); // this redirect is sent before any filter runs
            Optional<PendingSignIn> pending = PendingSignIn.of(request);
            if (pending.isPresent()) {
                return redirect(context, request.getContextPath() + pending.get().page());
            }
            String next = path(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return redirect(context, request.getContextPath() + SIGN_IN_PAGE + "?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /** A right password signs in at once, or first asks for the second factor (or for setting one up). */
    private AuthenticationStatus passwordGiven(HttpServletRequest request, HttpMessageContext context,
                                               StaffCredential password) {
        if (notItsTurn(request, password.getCaller(), password.clientKey())) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(password);
        if (result.getStatus() == CredentialValidationResult.Status.NOT_VALIDATED) { // every core was hashing
            request.setAttribute(NOT_ITS_TURN, BUSY_SECONDS);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignedInStaff staff = SignedInStaff.of((StaffPrincipal) result.getCallerPrincipal(), result.getCallerGroups());
        SecondFactorStep step = signIns.secondFactor(staff.principal());
        if (step == SecondFactorStep.NONE) {
            return signedIn(request, context, staff);
        }
        PendingSignIn pending = new PendingSignIn(staff, step, request.getParameter("next"), 0);
        freshSession(request).setAttribute(PendingSignIn.SESSION_KEY, pending);
        return redirect(context, request.getContextPath() + pending.page());
    }

    private AuthenticationStatus codeGiven(HttpServletRequest request, HttpMessageContext context,
                                           SecondFactorCredential code) {
        Optional<PendingSignIn> pending = PendingSignIn.of(request);
        if (pending.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignedInStaff staff = pending.get().staff();
        if (notItsTurn(request, staff.principal().getName(), code.clientKey())) {
            return AuthenticationStatus.SEND_FAILURE; // not a wrong code: none was checked
        }
        try {
            if (pending.get().step() == SecondFactorStep.ENROL) {
                List<String> recoveryCodes = signIns.confirmEnrolment(staff.principal(), code.code(),
                        code.clientAddress(), code.clientKey());
                AuthenticationStatus status = signedIn(request, context, staff);
                giveFreshRecoveryCodes(request, recoveryCodes);
                return status;
            }
            if (signIns.checkSecondFactor(staff.principal(), code.code(), code.clientAddress(), code.clientKey())) {
                return signedIn(request, context, staff);
            }
        } catch (AccountException | EJBException wrongCodeChangedAccountOrRaced) {
            // a wrong code, an account changed since the password, or the same code sent twice at once
        }
        pending.get().wrongCode(request);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private boolean notItsTurn(HttpServletRequest request, String account, String clientKey) {
        Duration wait = signIns.untilTurn(account, clientKey);
        if (wait.isZero()) {
            return false;
        }
        request.setAttribute(NOT_ITS_TURN, Math.max(1, (wait.toMillis() + 999) / 1000));
        return true;
    }

    /**
     * How many seconds to wait when this request's password or code was not checked, not its turn yet; empty when
     * it was checked.
     */
    public static OptionalLong secondsToWait(HttpServletRequest request) {
        return request.getAttribute(NOT_ITS_TURN) instanceof Long seconds ? OptionalLong.of(seconds)
                : OptionalLong.empty();
    }

    /** Keeps the recovery codes of a second factor set up just now, for the account page to show once. */
    public static void giveFreshRecoveryCodes(HttpServletRequest request, List<String> codes) {
        request.getSession().setAttribute(FRESH_RECOVERY_CODES, codes);
    }

    /** The recovery codes of a second factor set up just now, given once: the next call has none. */
    public static List<String> takeFreshRecoveryCodes(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(FRESH_RECOVERY_CODES) instanceof List<?> codes)) {
            return List.of();
        }
        session.removeAttribute(FRESH_RECOVERY_CODES);
        return codes.stream().map(String::valueOf).toList();
    }

    private AuthenticationStatus signedIn(HttpServletRequest request, HttpMessageContext context,
                                          SignedInStaff staff) {
        signIns.signedIn(staff.principal(), client.get(), client.limitKey(),
                request.getHeader("User-Agent")); // recorded first
        HttpSession session = freshSession(request);
        session.setMaxInactiveInterval(IdleTimeout.seconds(ConfigProvider.getConfig()));
        session.setAttribute(SESSION_KEY, staff);
        return context.notifyContainerAboutLogin(staff.principal(), staff.groups());
    }

    /** A new session: a new id, and nothing an earlier visitor or step left behind. */
    private static HttpSession freshSession(HttpServletRequest request) {
        HttpSession before = request.getSession(false);
        if (before != null) {
            before.invalidate();
        }
        return request.getSession(true);
    }

    static boolean isConsole(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/admin") || path.startsWith("/admin/");
    }

    /** A relative redirect, as the filters make every other one ({@link RelativeRedirects}). */
    private static AuthenticationStatus redirect(HttpMessageContext context, String location) {
        RelativeRedirects.send(context.getResponse(), location);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
