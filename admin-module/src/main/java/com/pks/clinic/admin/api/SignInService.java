package com.pks.clinic.admin.api;

import java.util.Optional;

/**
 * What the console's sign-in needs beyond the identity store: whether a session may go on, and its end. Passwords
 * are checked by the identity store ({@link StaffCredential}).
 */
public interface SignInService {

    /**
     * The account behind a console session, if it is still enabled and nothing changed its roles since the session
     * began ({@link StaffPrincipal#sessionStamp()}); empty ends the session.
     */
    Optional<SignedInStaff> stillSignedIn(StaffPrincipal principal);

    /**
     * Records that this member of staff has signed in (after every factor) from this address, and when: the
     * accounts screen shows it.
     */
    void signedIn(StaffPrincipal principal, String clientAddress);

    /** Records that the signed-in caller signed out. */
    void signedOut(String clientAddress);
}
