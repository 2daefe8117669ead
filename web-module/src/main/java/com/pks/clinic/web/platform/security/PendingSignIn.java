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
 * After {@value #MOST_WRONG_CODES} wrong codes it is dropped, and the password must be typed again.
 *
 * @param next      where the person was going, for after the sign-in
 * @param wrongCodes how many codes were wrong so far
 */
public record PendingSignIn(SignedInStaff staff, SecondFactorStep step, String next, int wrongCodes)
        implements Serializable {

    static final String SESSION_KEY = PendingSignIn.class.getName();
    static final int MOST_WRONG_CODES = 5;

    /** Counts a wrong code in the session; after too many, the sign-in waiting there is over. */
    void wrongCode(HttpServletRequest request) {
        HttpSession session = request.getSession();
        if (wrongCodes + 1 >= MOST_WRONG_CODES) {
            session.removeAttribute(SESSION_KEY);
        } else {
            session.setAttribute(SESSION_KEY, new PendingSignIn(staff, step, next, wrongCodes + 1));
        }
    }

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
