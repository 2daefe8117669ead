package com.pks.clinic.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

import com.pks.clinic.admin.api.SignInService;
import com.pks.clinic.admin.api.SignedInStaff;
import com.pks.clinic.admin.api.StaffCredential;
import com.pks.clinic.admin.api.StaffPrincipal;
import com.pks.clinic.web.platform.client.ClientAddress;

/**
 * The console's sign-in, on every request. Outside {@code /admin} it does nothing at all: a public reader never gets
 * a session from here, and reading the public site does not keep a console session alive. A request for a
 * protected console address without a console session is sent to the sign-in page. The sign-in page hands a
 * {@link StaffCredential} to {@code SecurityContext.authenticate}: when the identity store accepts it, the old
 * session (and anything in it) is thrown away and a new one holds the signed-in staff member, with the console's
 * idle time-out. Every later console request asks the account again, so that disabling it or changing its roles
 * ends the session at once.
 *
 * <p>The container learns who is calling only in {@link #signedIn}: a second factor (issue: two-factor sign-in) plugs
 * in between the password and that step, by keeping a pending sign-in in the session until the code is given.
 */
@ApplicationScoped
public class ConsoleAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = SignedInStaff.class.getName();
    public static final String SIGN_IN_PAGE = "/admin/sign-in";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignInService signIns;

    @Inject
    private ClientAddress client;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() instanceof StaffCredential credential) {
            CredentialValidationResult result = identityStores.validate(credential);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? signedIn(request, context, SignedInStaff.of((StaffPrincipal) result.getCallerPrincipal(),
                            result.getCallerGroups()))
                    : AuthenticationStatus.SEND_FAILURE;
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
            response.setHeader("Cache-Control", "no-store"); // sent before any filter: the console is never cached
            String next = path(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signedIn(HttpServletRequest request, HttpMessageContext context,
                                          SignedInStaff staff) {
        HttpSession before = request.getSession(false);
        if (before != null) {
            before.invalidate(); // a new id, and nothing an earlier visitor left behind
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(IdleTimeout.seconds(ConfigProvider.getConfig()));
        session.setAttribute(SESSION_KEY, staff);
        signIns.signedIn(staff.principal(), client.get());
        return context.notifyContainerAboutLogin(staff.principal(), staff.groups());
    }

    static boolean isConsole(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/admin") || path.startsWith("/admin/");
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
