package com.pks.clinic.admin.api;

/**
 * A password was not checked because as many as the server checks at once were being checked already (each check
 * takes a core for a moment, on purpose): nothing was counted, and it may be tried again in a moment.
 */
public class SignInsBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SignInsBusyException() {
        super("Too many sign-ins are being checked at this moment");
    }
}
