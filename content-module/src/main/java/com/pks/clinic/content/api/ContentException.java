package com.pks.clinic.content.api;

import jakarta.ejb.ApplicationException;

/** The one family of failures the content services report; each rolls its transaction back. */
@ApplicationException(rollback = true)
public abstract class ContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected ContentException(String message) {
        super(message);
    }
}
