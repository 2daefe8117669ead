package com.pks.clinic.inquiry.api;

/** No inquiry has this id. */
public class InquiryNotFoundException extends InquiryException {

    private static final long serialVersionUID = 1L;

    public InquiryNotFoundException(long id) {
        super("No inquiry " + id);
    }
}
