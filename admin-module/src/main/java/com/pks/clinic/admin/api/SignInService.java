package com.pks.clinic.admin.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the console's sign-in needs beyond the identity store: the second factor, whether a session may go on, and
 * its end; and what everyone may do with their own account. Passwords are checked by the identity store
 * ({@link StaffCredential}). The methods for a sign-in under way take the principal the password proved, since the
 * container does not know the caller until the sign-in is complete.
 */
public interface SignInService {

    /** Whether this client is refused for now after too many failures (then nothing is checked for it). */
    boolean refusesClient(String clientKey);

    /** What this sign-in needs after the password. */
    SecondFactorStep secondFactor(StaffPrincipal principal);

    /** Starts setting up an authenticator app for this account (any earlier unfinished set-up is replaced). */
    Enrolment startEnrolment(StaffPrincipal principal);

    /**
     * Finishes the set-up with a first code from the app, and returns ten new recovery codes, to be shown once.
     *
     * @throws InvalidAccountException ({@code code}) when the code is not the app's present one
     */
    List<String> confirmEnrolment(StaffPrincipal principal, String code, String clientAddress, String clientKey);

    /**
     * How long before a password or code for this account from this client may be checked (after earlier failures);
     * zero when it may be checked now, and then its turn is taken. One that comes sooner is not checked and not
     * counted.
     */
    Duration untilTurn(String account, String clientKey);

    /** Whether this code (from the app, or an unused recovery code) proves the sign-in; each is accepted once. */
    boolean checkSecondFactor(StaffPrincipal principal, String code, String clientAddress, String clientKey);

    /** The caller's own recent sign-ins, newest first. */
    List<RecentSignIn> recentSignIns();

    /** Whether the caller's own account has an authenticator app set up. */
    boolean hasSecondFactor();

    /**
     * Changes the caller's own password; sessions elsewhere end.
     *
     * @throws InvalidAccountException ({@code current} or {@code password}) when the present password is wrong or
     *                                 the new one breaks the rules
     */
    void changePassword(String current, String password, String clientAddress);

    /**
     * What the password rules find wrong with this new password for the caller, if anything, without changing it:
     * to name it together with a second typing that differs, so that one more send can put both right.
     */
    Optional<String> newPasswordProblem(String password);

    /**
     * The account behind a console session, if it is still enabled and nothing changed its roles since the session
     * began ({@link StaffPrincipal#sessionStamp()}); empty ends the session.
     */
    Optional<SignedInStaff> stillSignedIn(StaffPrincipal principal);

    /**
     * Records that this member of staff has signed in (after every factor) from this address, and when: the
     * accounts screen shows it. Failed guesses at the account no longer make sign-ins from this client wait.
     */
    void signedIn(StaffPrincipal principal, String clientAddress, String clientKey, String browser);

    /** Records that the signed-in caller signed out. */
    void signedOut(String clientAddress);
}
