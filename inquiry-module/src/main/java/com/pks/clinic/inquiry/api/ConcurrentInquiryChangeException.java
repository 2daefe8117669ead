package com.pks.clinic.inquiry.api;

/** Someone else changed the inquiry's status since it was opened; reload to see their change. */
public class ConcurrentInquiryChangeException extends InquiryException {

    private static final long serialVersionUID = 1L;

    public ConcurrentInquiryChangeException(long id) {
        super("Inquiry " + id + " was changed by someone else in the meantime");
    }
}
