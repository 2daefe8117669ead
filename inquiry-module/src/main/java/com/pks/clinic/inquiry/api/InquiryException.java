package com.pks.clinic.inquiry.api;

import jakarta.ejb.ApplicationException;

/**
 * The one family of failures the inquiry service reports; each rolls its transaction back. Messages never
 * contain what a person wrote: they may reach a log.
 */
@ApplicationException(rollback = true)
public abstract class InquiryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected InquiryException(String message) {
        super(message);
    }
}
