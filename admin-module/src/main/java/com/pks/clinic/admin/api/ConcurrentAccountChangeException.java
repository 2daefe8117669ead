package com.pks.clinic.admin.api;

/** The account changed since it was shown: nothing was overwritten. */
public class ConcurrentAccountChangeException extends AccountException {

    private static final long serialVersionUID = 1L;

    public ConcurrentAccountChangeException(String username) {
        super("Someone else changed the account " + username + " in the meantime. Here is how it is now.");
    }
}
