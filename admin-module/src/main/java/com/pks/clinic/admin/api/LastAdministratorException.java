package com.pks.clinic.admin.api;

/** Refused: the change would leave the clinic without an enabled Administrator. */
public class LastAdministratorException extends AccountException {

    private static final long serialVersionUID = 1L;

    public LastAdministratorException() {
        super("This is the only enabled Administrator. Make another account an Administrator first, so that someone "
                + "can still manage the console.");
    }
}
