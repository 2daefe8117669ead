package com.pks.clinic.web.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;

import com.pks.clinic.admin.api.SecondFactorStep;
import com.pks.clinic.admin.api.SignedInStaff;

/**
 * A sign-in whose password was right and whose second factor is still to come, kept in the session. Until it is
 * given, nobody is signed in: the container does not know the caller, and every console address leads back here.
 *
 * @param next where the person was going, for after the sign-in
 */
public record PendingSignIn(SignedInStaff staff, SecondFactorStep step, String next) implements Serializable {

    static final String SESSION_KEY = PendingSignIn.class.getName();

    /** The sign-in waiting in this request's session, if any. */
    public static Optional<PendingSignIn> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_KEY) instanceof PendingSignIn pending
                ? Optional.of(pending) : Optional.empty();
    }

    /** The page that asks for what this sign-in still needs. */
    public String page() {
        return step == SecondFactorStep.ENROL ? ConsoleAuthentication.ENROL_PAGE : ConsoleAuthentication.CODE_PAGE;
    }
}
