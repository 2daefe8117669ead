package com.pks.clinic.admin.api;

import jakarta.ejb.ApplicationException;

/** Why an account operation was refused, in words for the person who tried it; rolls the transaction back. */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccountException(String message) {
        super(message);
    }
}
